#!/usr/bin/env bash
# Stops the PostgreSQL that ./scripts/run.sh started. Its data stays for the next run.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

if docker_engine_answers && [ -n "$(docker compose -f "$ROOT/docker-compose.yml" ps -q postgres 2>/dev/null)" ]; then
  docker compose -f "$ROOT/docker-compose.yml" stop postgres
else
  pg_cluster_stop "$(run_data_dir)"
fi
echo "PostgreSQL stopped."

#!/usr/bin/env bash
# Starts PostgreSQL (reused between runs) and the API on http://localhost:5000 with Swagger UI at /swagger.
# ./scripts/run.sh --stop stops PostgreSQL again.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

if [ "${1:-}" = "--stop" ]; then
  exec "$ROOT/scripts/stop.sh"
fi

if docker_engine_answers; then
  echo "Starting PostgreSQL with Docker Compose on port $RUN_PG_PORT..."
  docker compose -f "$ROOT/docker-compose.yml" up -d --wait postgres
else
  data=$(run_data_dir)
  echo "Starting PostgreSQL from the Debian binaries in $data on port $RUN_PG_PORT..."
  pg_cluster_start "$data" "$RUN_PG_PORT"
  pg_create_database "$data" "$RUN_PG_PORT" "$RUN_DATABASE"
fi

export ConnectionStrings__Postgres="${ConnectionStrings__Postgres:-$(pg_connection_string "$RUN_PG_PORT" "$RUN_DATABASE")}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5000}"

cd "$ROOT"
dotnet build src/Api -c Release -v quiet -nologo
cat <<MSG

API: $ASPNETCORE_URLS   Swagger UI: $ASPNETCORE_URLS/swagger
Get a token for Swagger's Authorize button or curl (in another terminal):
  ./scripts/dev-token.sh operator 370302
Stop PostgreSQL afterwards with: ./scripts/run.sh --stop

MSG
cd src/Api/bin/Release/net10.0
exec dotnet Fupin.EventSourced.Api.dll

#!/usr/bin/env bash
# The benchmark: builds Release, starts a dedicated PostgreSQL cluster with default durability (fsync and
# synchronous_commit on) on a free port, runs the raw PostgreSQL baseline, commands over HTTP (group commit and one
# transaction per command; the village mix, villages with envoys, villages with households, villages with funds and
# the chain verification rate), household registration
# under concurrent duplicates, the village household list at national scale, async projection lag, a rebuild of 1,000,000
# events, the coverage query and its read models' rebuild at seed and national scale, and cold starts in one invocation,
# prints one table of ratios against baselines measured in the same run, writes it to bench/results/<timestamp>.md
# (git-ignored) and removes the cluster. A full run takes about 20 minutes; --quick is a smoke run of about 3.
#   ./scripts/bench.sh [--quick] [--concurrency 16] [--warmup 15] [--duration 30] [--rebuild-events 1000000]
#                      [--cold-starts 5] [--national-villages 128000] [--national-envoys 300000] [--no-pgbench]
#                      [--dedup-heads 500] [--national-households 1000000] [--national-household-villages 100000]
#                      [--only raw,pgbench,http,http-envoys,http-households,http-fieldwork,http-funds,households-dedup,http1,households-national,
#                              rebuild,coverage,coverage-national,figures,figures-rebuild,cold] [--rebuild-projections A,B]
# Each option can also be given as BENCH_<NAME>, e.g. BENCH_DURATION=60 ./scripts/bench.sh.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
started=$(date +%s)

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found." >&2
  return 1
}

cleanup() {
  if [ -n "${bench_data:-}" ]; then
    pg_cluster_destroy "$bench_data"
  fi
}
trap cleanup EXIT

cd "$ROOT"
echo "Building Release..."
dotnet build bench/Fupin.EventSourced.Bench -c Release -v quiet -nologo
# The API runs as production runs it: published ReadyToRun, with the pre-generated Wolverine code.
./scripts/publish.sh artifacts/bench-api
export FUPIN_API_ASSEMBLY="$ROOT/artifacts/bench-api/Fupin.EventSourced.Api.dll"

bench_data=$(mktemp -d /tmp/fupin-bench-XXXXXX)/postgres
chmod 755 "$(dirname "$bench_data")"
# No durability settings on purpose: the figures must hold for a server that flushes every commit. A port that
# looked free can be taken by the time the server binds it on a busy machine, so try a few.
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  echo "Starting PostgreSQL (default durability) in $bench_data on port $port..."
  pg_cluster_start "$bench_data" "$port" && break
  [ "$attempt" -lt 5 ] || exit 1
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results
dotnet bench/Fupin.EventSourced.Bench/bin/Release/net10.0/Fupin.EventSourced.Bench.dll \
  --connection "$(pg_connection_string "$port" postgres)" --pgdata "$bench_data" \
  --output "bench/results/$stamp.md" "$@"
echo "Benchmark command finished in $(( $(date +%s) - started )) s."

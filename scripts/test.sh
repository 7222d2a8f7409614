#!/usr/bin/env bash
# Builds the solution and runs every test against a throwaway PostgreSQL:
#  - FUPIN_TEST_POSTGRES when set (a connection string to a server the tests may create databases on);
#  - else Testcontainers.PostgreSql when a Docker engine answers;
#  - else a fresh cluster from the Debian binaries in a temporary folder, stopped and deleted afterwards.
# The fault tests (tests/Faults.Tests) start and restart clusters of their own from the same binaries.
# Extra arguments go to `dotnet test`, e.g. ./scripts/test.sh --filter Category!=Fault
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
started=$(date +%s)

cleanup() {
  if [ -n "${test_data:-}" ]; then
    pg_cluster_destroy "$test_data"
  fi
}
trap cleanup EXIT

# The fault tests restart PostgreSQL, so they start clusters of their own from the Debian binaries in any case.
ensure_pg_binaries

if [ -z "${FUPIN_TEST_POSTGRES:-}" ] && ! docker_engine_answers; then
  test_data=$(mktemp -d /tmp/fupin-test-XXXXXX)/postgres
  chmod 755 "$(dirname "$test_data")"
  port=${FUPIN_TEST_PG_PORT:-55433}
  echo "Starting a throwaway PostgreSQL in $test_data on port $port..."
  # A test cluster can lose everything on a crash; it trades fsync for speed. The benchmark does not.
  pg_cluster_start "$test_data" "$port" fsync=off full_page_writes=off synchronous_commit=off
  export FUPIN_TEST_POSTGRES
  FUPIN_TEST_POSTGRES=$(pg_connection_string "$port" postgres)
  # Lets the fault tests restart this cluster.
  export FUPIN_TEST_PGDATA=$test_data FUPIN_TEST_PGBIN=$PG_BIN
fi

cd "$ROOT"
dotnet build Fupin.EventSourced.sln -c Release -v quiet -nologo
log=$(mktemp /tmp/fupin-test-log-XXXXXX)
status=0
dotnet test Fupin.EventSourced.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" \
  || status=${PIPESTATUS[0]}
# The log is long; a failure's name and message are repeated at the end, where a CI excerpt shows them.
if [ "$status" -ne 0 ]; then
  echo "=== Failed tests ==="
  awk '/^  Failed /{on=1; n=0} /^  (Passed|Skipped) /{on=0} on && n++ < 40' "$log"
  # A test that fails once and passes when run again alone is reported as flaky, loudly, and does not fail the
  # run; one that fails again does. (A build or host failure names no test and is never rerun.)
  failed=$(sed -n 's/^  Failed \([A-Za-z0-9_.]*\).*/\1/p' "$log" | sort -u)
  if [ -n "$failed" ] && [ "$(echo "$failed" | wc -l)" -le 5 ]; then
    filter=$(echo "$failed" | sed 's/^/FullyQualifiedName~/' | paste -sd '|')
    echo "=== Running the failed tests again: $filter ==="
    if dotnet test Fupin.EventSourced.sln -c Release --no-build --logger "console;verbosity=minimal" --filter "$filter"; then
      echo "=== FLAKY (failed once, passed when run again): $(echo "$failed" | paste -sd ' ') ==="
      status=0
    fi
  fi
fi
rm -f "$log"
echo "Test command finished in $(( $(date +%s) - started )) s (exit $status)."
exit "$status"

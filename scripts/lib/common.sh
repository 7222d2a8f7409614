# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# shellcheck source=postgres.sh
. "$ROOT/scripts/lib/postgres.sh"

RUN_PG_PORT=${RUN_PG_PORT:-55432}
RUN_DATABASE=${RUN_DATABASE:-fupin}

# The run command's cluster lives under the repo (git-ignored) when the postgres user can reach it there,
# else in /var/tmp under a name derived from the repo path.
run_data_dir() {
  if [ "$(id -u)" -ne 0 ] || runuser -u "$PG_USER" -- test -x "$ROOT" 2>/dev/null; then
    echo "$ROOT/.data/postgres"
  else
    echo "/var/tmp/fupin-eventsourced-$(echo "$ROOT" | md5sum | cut -c1-8)/postgres"
  fi
}

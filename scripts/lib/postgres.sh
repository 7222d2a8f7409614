# shellcheck shell=bash
# PostgreSQL for local runs and tests: Docker Compose where a Docker engine answers, otherwise the Debian
# server binaries (installed with apt-get when missing) in a data folder of our own, run as the `postgres`
# user when we are root (PostgreSQL refuses to run as root). Sourced by run.sh, test.sh, stop.sh, bench.sh.

PG_USER=postgres
PG_PASSWORD=postgres

docker_engine_answers() {
  command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_pg_binaries() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "PostgreSQL server binaries not found; installing the Debian package 'postgresql'..." >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  fi
  PG_BIN=$(pg_bin_dir) || { echo "PostgreSQL server binaries are still missing." >&2; return 1; }
}

# Runs a PostgreSQL binary as the postgres user when we are root, else as ourselves.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

# pg_cluster_start DATA_DIR PORT [extra postgres -c settings...]
pg_cluster_start() {
  local data=$1 port=$2
  shift 2
  ensure_pg_binaries || return 1
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$data" && chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    local pwfile
    pwfile=$(mktemp)
    echo "$PG_PASSWORD" >"$pwfile"
    [ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$pwfile"
    as_pg "$PG_BIN/initdb" -D "$data" -U "$PG_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; return 1; }
    rm -f "$pwfile"
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    return 0
  fi
  local options="-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c max_connections=200"
  local setting
  for setting in "$@"; do options="$options -c $setting"; done
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "$options" start >/dev/null ||
    { tail -n 20 "$data/server.log" >&2; return 1; }
}

pg_cluster_stop() {
  local data=$1
  [ -f "$data/PG_VERSION" ] || return 0
  ensure_pg_binaries || return 1
  if as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
}

# pg_create_database DATA_DIR PORT NAME
pg_create_database() {
  local data=$1 port=$2 name=$3
  as_pg "$PG_BIN/psql" -h "$data" -p "$port" -U "$PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 ||
    as_pg "$PG_BIN/psql" -h "$data" -p "$port" -U "$PG_USER" -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
}

pg_connection_string() {
  local port=$1 database=$2
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=$PG_USER;Password=$PG_PASSWORD"
}

# pg_cluster_destroy DATA_DIR: stops the cluster and deletes the folder that holds its data folder.
pg_cluster_destroy() {
  local data=$1
  pg_cluster_stop "$data" || true
  rm -rf "$(dirname "$data")"
}

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests on 127.0.0.1 (installing it from Debian's packages when missing),
# creates the test database and prints its connection string as the last line of standard output:
#   export NEWSGRAPH_TEST_POSTGRES="$(scripts/postgres.sh)"
# Settings: NEWSGRAPH_PG_DATA (data folder, default /tmp/newsgraph-pg), NEWSGRAPH_PG_PORT (default 55432),
# NEWSGRAPH_PG_DB (default newsgraph_test). Stop it with: scripts/postgres.sh stop
set -euo pipefail
data="${NEWSGRAPH_PG_DATA:-/tmp/newsgraph-pg}"
port="${NEWSGRAPH_PG_PORT:-55432}"
db="${NEWSGRAPH_PG_DB:-newsgraph_test}"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
  echo "postgres.sh: installing PostgreSQL from the Debian packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin="$(bindir)"

# initdb and postgres refuse to run as root: run them as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  as_owner "$bin/pg_ctl" -D "$data" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  as_owner "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >&2
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $data" start >&2
fi

if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$db"

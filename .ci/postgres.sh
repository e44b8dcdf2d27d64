#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for the Active Objects tests and prints the JDBC settings.
# Usage: .ci/postgres.sh start|stop   (port: PAYDESK_PG_PORT, default 55432)
set -euo pipefail
port="${PAYDESK_PG_PORT:-55432}"
dir="${PAYDESK_PG_DIR:-${TMPDIR:-/tmp}/paydesk-pg}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if [ -z "$bin" ]; then
      echo "PostgreSQL server not installed (apt-get install postgresql)" >&2
      exit 1
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir" start >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE paydesk LOGIN PASSWORD 'paydesk'"
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE paydesk OWNER paydesk"
    echo "-Dao.test.database=postgres -Ddb.url=jdbc:postgresql://127.0.0.1:$port/paydesk -Ddb.username=paydesk -Ddb.password=paydesk -Ddb.schema=public"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
esac

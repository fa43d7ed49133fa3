#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server for the tests on 127.0.0.1, as a plain process: no service manager, no Docker.
# Installs Debian's postgresql package first when it is missing.
# Usage: scripts/postgres.sh start|stop|url      Port: KINERJA_PG_PORT (55432); data: KINERJA_PG_ROOT (/tmp/kinerja-postgres-$PORT)
set -euo pipefail
port=${KINERJA_PG_PORT:-55432}
root=${KINERJA_PG_ROOT:-/tmp/kinerja-postgres-$port}
data=$root/data
sock=$root/sock

as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pgbin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_postgres() {
  if [ -n "$(pgbin)" ] && [ -x "$(pgbin)/initdb" ]; then return; fi
  echo "postgres.sh: installing Debian's postgresql package" >&2
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

case "${1:-start}" in
  start)
    install_postgres
    bin=$(pgbin)
    if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      echo "postgres.sh: already running on 127.0.0.1:$port" >&2
      exit 0
    fi
    mkdir -p "$data" "$sock"
    chmod 755 "$root"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$root" "$data" "$sock"; fi
    chmod 700 "$data"
    if [ ! -f "$data/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
      -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "postgres.sh: PostgreSQL running on 127.0.0.1:$port (log: $root/server.log)" >&2
    ;;
  stop)
    bin=$(pgbin)
    if [ -n "$bin" ] && as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
      echo "postgres.sh: stopped" >&2
    fi
    ;;
  url)
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop|url" >&2
    exit 2
    ;;
esac

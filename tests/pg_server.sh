#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests.
#
#   tests/pg_server.sh start DIR   initdb in DIR, start on a free local port, print the URL
#   tests/pg_server.sh stop DIR    stop the cluster and remove DIR
#
# The server refuses to run as root: as root, the cluster runs as the
# 'postgres' user (runuser); otherwise as the current user. fsync is off: the
# tests kill processes, not machines, and a throwaway cluster needs no durability.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?usage: pg_server.sh start|stop DIR}
dir=${2:?usage: pg_server.sh start|stop DIR}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  printf '%s\n' "$password" >"$dir/.pw"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir/.pw"; fi
  as_owner "$BIN/initdb" -D "$dir/data" -U igo --pwfile="$dir/.pw" -A scram-sha-256 \
    --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=$password "$BIN/createdb" -h 127.0.0.1 -p "$port" -U igo igo_test
  echo "postgresql://igo:$password@127.0.0.1:$port/igo_test"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg_server.sh start|stop DIR" >&2
  exit 2
  ;;
esac

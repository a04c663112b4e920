#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and benchmarks: `bash .ci/postgres.sh` (or `npm run db:start`)
# creates a cluster under /tmp and starts it on 127.0.0.1:${NEWSBRIEF_PG_PORT:-55432}, then prints
# its URL (which the tests find by themselves); `bash .ci/postgres.sh stop` stops it.
# Uses the machine's PostgreSQL server binaries; as root with none installed, installs Debian's
# `postgresql` package. PostgreSQL refuses to run as root, so root runs it as the `postgres` user.
set -euo pipefail
port="${NEWSBRIEF_PG_PORT:-55432}"
dir="${NEWSBRIEF_PG_DIR:-/tmp/newsbrief-pg-$port}"

find_bin() {
  local initdb
  initdb="$(command -v initdb || true)"
  for candidate in ${initdb:+"$(dirname "$(readlink -f "$initdb")")"} /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "No PostgreSQL server binaries found: install PostgreSQL (Debian: apt-get install postgresql)." >&2
    exit 1
  fi
  echo "Installing PostgreSQL (Debian's postgresql package)..." >&2
  # Its output goes to stderr: stdout carries only the URL.
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

if [ "${1:-start}" = "stop" ]; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
fi
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  # Loopback only, sockets in the cluster's own folder; enough connections for parallel test files.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null ||
    { tail -20 "$dir/server.log" >&2; exit 1; }
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"

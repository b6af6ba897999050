#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and trials, from Debian's postgresql package (installed when missing):
#   releng/postgres.sh start [FOLDER]   initdb + start; prints the JDBC URL (default FOLDER: target/postgres)
#   releng/postgres.sh url [FOLDER]     prints the JDBC URL of the running cluster
#   releng/postgres.sh stop [FOLDER]    stops the cluster and deletes it
# The cluster listens on 127.0.0.1 only, on a free port, without a Unix socket; its superuser is "govsite" with a
# password generated at start (FOLDER/password, mode 600; FOLDER/user, FOLDER/url hold the rest), database
# "govsite". PostgreSQL refuses to run as root: as root the server runs as the "postgres" system user (runuser),
# and if that user cannot reach FOLDER (e.g. under /root) the data directory goes to a private folder under /tmp.
# See docs/server.md, "PostgreSQL".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command="${1:-}"
folder="${2:-$root/target/postgres}"
mkdir -p "$folder"
folder="$(cd "$folder" && pwd)"

bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

install_postgres() {
  if [ -z "$(bin_dir)" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "postgres: installing Debian's postgresql package" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}

# runs a PostgreSQL program as the cluster's owner
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

data_dir() {
  cat "$folder/datadir"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "postgres: no free port found" >&2
  exit 1
}

start() {
  install_postgres
  local bin data port password
  bin="$(bin_dir)"
  if [ -f "$folder/datadir" ] && as_owner "$bin/pg_ctl" -D "$(data_dir)" status >/dev/null 2>&1; then
    echo "postgres: already running in $(data_dir); stop it first" >&2
    exit 1
  fi
  stop_quietly
  mkdir -p "$folder"
  data="$folder/data"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$folder"
    if ! runuser -u postgres -- test -w "$folder"; then
      data="$(mktemp -d /tmp/govsite-postgres.XXXXXX)/data"
      chown postgres "$(dirname "$data")"
    fi
  fi
  echo "$data" >"$folder/datadir"
  password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')"
  umask 077
  printf '%s\n' "$password" >"$folder/password"
  echo govsite >"$folder/user"
  local pwfile
  pwfile="$(dirname "$data")/.pwfile"
  printf '%s\n' "$password" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
  as_owner "$bin/initdb" -D "$data" -U govsite --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  for attempt in 1 2 3; do
    port="$(free_port)"
    if as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=''" start >/dev/null; then
      break
    fi
    [ "$attempt" -lt 3 ] || { cat "$data/server.log" >&2; exit 1; }
  done
  PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U govsite govsite
  echo "jdbc:postgresql://127.0.0.1:$port/govsite" >"$folder/url"
  cat "$folder/url"
}

stop_quietly() {
  if [ -f "$folder/datadir" ]; then
    local data
    data="$(data_dir)"
    if [ -d "$data" ]; then
      as_owner "$(bin_dir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
      case "$data" in
        /tmp/govsite-postgres.*/data) rm -rf "$(dirname "$data")" ;;
        *) rm -rf "$data" ;;
      esac
    fi
    rm -f "$folder/datadir" "$folder/url" "$folder/password" "$folder/user" "$folder/initdb.log"
    rmdir "$folder" 2>/dev/null || true
  fi
}

case "$command" in
  start) start ;;
  url)
    [ -f "$folder/url" ] || { echo "postgres: no cluster in $folder" >&2; exit 1; }
    cat "$folder/url" ;;
  stop) stop_quietly ;;
  *) echo "usage: releng/postgres.sh start|url|stop [FOLDER]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL 15 and Redis on loopback for the cluster test (ClusterTests) and bench/cluster.sh.
# Installs nothing: Debian's `postgresql` and `redis-server` must be there (.ci/run installs them).
#
#   eval "$(tests/cluster/services.sh start)"   # starts both, prints the env to use:
#       CLUSTER_POSTGRES   Npgsql connection string (superuser "summit", a password made at start)
#       CLUSTER_REDIS      StackExchange.Redis configuration (a password made at start)
#       CLUSTER_SERVICES_DIR  where their data, sockets and logs live
#   tests/cluster/services.sh stop              # stops both and removes the folder
#
# Ports: CLUSTER_POSTGRES_PORT (5441) and CLUSTER_REDIS_PORT (6381). The folder defaults to
# /tmp/gnets-cluster-services.<postgres port>, so `stop` finds what `start` made with the same ports.
# Run as root, PostgreSQL runs as the user postgres (it refuses root); otherwise as the calling user.
set -euo pipefail
PG_PORT=${CLUSTER_POSTGRES_PORT:-5441}
REDIS_PORT=${CLUSTER_REDIS_PORT:-6381}
DIR=${CLUSTER_SERVICES_DIR:-/tmp/gnets-cluster-services.$PG_PORT}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is not installed (no initdb under /usr/lib/postgresql): apt-get install postgresql" >&2; exit 2; }
  command -v redis-server >/dev/null || { echo "redis-server is not installed: apt-get install redis-server" >&2; exit 2; }
  if [ -e "$DIR" ]; then echo "$DIR exists: run '$0 stop' first" >&2; exit 2; fi
  mkdir -p "$DIR/pg" "$DIR/redis"
  chmod 755 "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
  chmod 700 "$DIR/pg" "$DIR/redis"

  # Passwords made here, for this run only: nothing secret is kept in the repository.
  local pg_password redis_password
  pg_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  redis_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$pg_password" | as_pg tee "$DIR/pg/pwfile" >/dev/null

  as_pg "$PG_BIN/initdb" -D "$DIR/pg/data" -U summit --pwfile="$DIR/pg/pwfile" --auth-host=scram-sha-256 --auth-local=peer \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_pg rm -f "$DIR/pg/pwfile"
  # fsync off: a test database that is thrown away at the end need not survive a power cut. Every
  # commit is still a commit (a killed site loses nothing); only a crash of the machine could.
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/pg/postgres.log" >&2; exit 1; }

  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --requirepass "$redis_password" --save '' --appendonly no \
    --dir "$DIR/redis" --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log" --daemonize yes >/dev/null
  for _ in $(seq 1 50); do
    REDISCLI_AUTH="$redis_password" redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  REDISCLI_AUTH="$redis_password" redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG \
    || { echo "redis-server did not answer on port $REDIS_PORT" >&2; cat "$DIR/redis/redis.log" >&2; exit 1; }

  {
    echo "export CLUSTER_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=summit;Password=$pg_password;Database=postgres'"
    echo "export CLUSTER_REDIS='127.0.0.1:$REDIS_PORT,password=$redis_password'"
    echo "export CLUSTER_SERVICES_DIR='$DIR'"
  } | tee "$DIR/env"
}

stop() {
  [ -d "$DIR" ] || return 0
  if [ -f "$DIR/pg/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$DIR/redis/redis.pid" ]; then
    local pid; pid=$(cat "$DIR/redis/redis.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop   (ports: CLUSTER_POSTGRES_PORT, CLUSTER_REDIS_PORT)" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# One instance vs two behind nginx, on PostgreSQL and Redis, cached and uncached. Not part of the test run;
# needs wrk (apt-get install -y wrk), nginx, postgresql and redis-server.
#
#   bench/cluster.sh [seconds-per-measurement] [runs]     (default 8 s, 3 runs)
#
# It publishes the site in Release into a temporary folder and, unless CLUSTER_POSTGRES and CLUSTER_REDIS
# are set already, starts a throwaway PostgreSQL and Redis with tests/cluster/services.sh (stopped at the
# end). For each mode it makes a fresh database, starts instance A (which applies the migrations and
# imports content/), then instance B, and one nginx with two servers, set up as the README's
# "Two instances behind a proxy" says:
#   one   port 8345: an upstream of A alone
#   two   port 8346: an upstream of A and B, round robin
# Modes:
#   cached     the production setting (output cache in Redis, view models in memory)
#   uncached   Site__CachePages=false and Site__CacheData=false: every request renders and queries PostgreSQL
# Then, run by run, wrk measures one and two in turn (one two one two ..., so a machine that slows down
# slows both alike) on each page, and it prints the median req/s and latency of each, and two/one.
# On a machine with few cores both instances, nginx, PostgreSQL, Redis and wrk share them: two
# instances cannot double the throughput there; the ratio says what a second instance gives on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-8}
RUNS=${2:-3}
CONNECTIONS=${CONNECTIONS:-32}
PORT_A=${PORT_A:-5335}
PORT_B=${PORT_B:-5336}
PORT_ONE=${PORT_ONE:-8345}
PORT_TWO=${PORT_TWO:-8346}
for tool in wrk nginx curl psql; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install -y wrk nginx curl postgresql redis-server)" >&2; exit 2; }
done
PAGES=(
  "home|/"
  "program|/events/leaders-summit-2023/program"
  "city|/cities/tokyo"
)

work=$(mktemp -d /tmp/gnets-cluster-bench.XXXXXX)
chmod 755 "$work"
pids=()
own_services=
stop_sites() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() {
  stop_sites
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  [ -n "$own_services" ] && CLUSTER_SERVICES_DIR="$work/services" tests/cluster/services.sh stop || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${CLUSTER_POSTGRES:-}" ] || [ -z "${CLUSTER_REDIS:-}" ]; then
  eval "$(CLUSTER_SERVICES_DIR="$work/services" tests/cluster/services.sh start)"
  own_services=1
fi
# psql reads the server from the Npgsql connection string's parts.
part() { tr ';' '\n' <<<"$CLUSTER_POSTGRES" | awk -F= -v k="$1" 'tolower($1)==tolower(k) {sub(/^[^=]*=/, ""); print}'; }
export PGOPTIONS="-c client_min_messages=warning" PGHOST=$(part Host) PGPORT=$(part Port) PGUSER=$(part Username) PGPASSWORD=$(part Password) PGDATABASE=postgres

echo "Publishing (Release) into $work ..."
mkdir -p "$work/src"
tar --exclude='./bin' --exclude='./obj' --exclude='*/bin' --exclude='*/obj' --exclude='./.git' --exclude='./bench/node_modules' \
  -cf - . | tar -xf - -C "$work/src"
dotnet publish "$work/src/src/GNets.Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null

# nginx: the README's upstream and proxy settings, around them what a private nginx needs.
mkdir -p "$work/nginx"
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user root root;"
cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;

    upstream summit {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
        keepalive 32;
    }
    upstream summit_one {
        server 127.0.0.1:$PORT_A;
        keepalive 32;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_next_upstream error timeout;
    proxy_connect_timeout 2s;

    server { listen 127.0.0.1:$PORT_ONE; location / { proxy_pass http://summit_one; } }
    server { listen 127.0.0.1:$PORT_TWO; location / { proxy_pass http://summit; } }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"

start() { # name port database cache
  local name=$1 port=$2 database=$3 cache=$4
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
     ASPNETCORE_FORWARDEDHEADERS_ENABLED=true Store__Provider=Postgres \
     ConnectionStrings__Summit="$(sed "s/Database=[^;]*/Database=$database/" <<<"$CLUSTER_POSTGRES")" Redis__Configuration="$CLUSTER_REDIS" \
     Store__DatabasePath="$work/store-$name/summit.db" Content__Path="$work/src/content" Site__PublicBaseUrl="http://127.0.0.1:$PORT_TWO" \
     Site__CachePages="$cache" Site__CacheData="$cache" dotnet GNets.Summit.Web.dll) >"$work/log-$name-$database.txt" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 360); do curl -fs "http://127.0.0.1:$port/healthz" -o /dev/null && return 0; sleep 0.5; done
  echo "instance $name did not start; log:" >&2; cat "$work/log-$name-$database.txt" >&2; exit 1
}

measure() { # url -> "rps p50 p99"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out") $(awk '/Non-2xx/ {print $NF}' <<<"$out")"
}

: >"$work/results"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores)"
for mode in cached uncached; do
  database="summit_bench_$mode"
  psql -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  cache=true; [ "$mode" = uncached ] && cache=false
  # One instance first: it migrates and imports; the second starts on a ready store.
  start A "$PORT_A" "$database" "$cache"
  start B "$PORT_B" "$database" "$cache"
  for entry in "${PAGES[@]}"; do # warm up both instances (JIT, caches, connection pools)
    wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT_TWO${entry#*|}" >/dev/null
  done
  for run in $(seq 1 "$RUNS"); do
    for entry in "${PAGES[@]}"; do
      name=${entry%%|*}; path=${entry#*|}
      for variant in one two; do
        port=$PORT_ONE; [ "$variant" = two ] && port=$PORT_TWO
        read -r rps p50 p99 non2xx < <(measure "http://127.0.0.1:$port$path")
        echo "$mode $name $variant $run $rps $p50 $p99 ${non2xx:-0}" >>"$work/results"
      done
    done
    echo "  $mode: run $run of $RUNS done"
  done
  stop_sites
  psql -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
done
echo "Load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/results" "$DURATION" "$RUNS" "$CONNECTIONS" <<'EOF'
import sys, statistics as st, re
rows = [l.split() for l in open(sys.argv[1])]
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v); n = float(m.group(1))
    return n / 1000 if m.group(2) == "us" else n * 1000 if m.group(2) == "s" else n
print(f"\n{'mode':<9} {'page':<8} {'one: req/s':>10} {'p50':>8} {'p99':>8}   {'two: req/s':>10} {'p50':>8} {'p99':>8}   {'two/one':>7}  {'non-2xx':>7}")
for mode in ("cached", "uncached"):
    for page in dict.fromkeys(r[1] for r in rows):
        def med(variant, column, f=float):
            return st.median(f(r[column]) for r in rows if r[0] == mode and r[1] == page and r[2] == variant)
        runs = {r[3] for r in rows if r[0] == mode and r[1] == page}
        ratio = st.median(float(next(r[4] for r in rows if r[:4] == [mode, page, "two", k])) / float(next(r[4] for r in rows if r[:4] == [mode, page, "one", k])) for k in runs)
        errors = sum(int(r[7]) for r in rows if r[0] == mode and r[1] == page)
        print(f"{mode:<9} {page:<8} {med('one', 4):>10.0f} {med('one', 5, ms):>6.2f}ms {med('one', 6, ms):>6.2f}ms   {med('two', 4):>10.0f} {med('two', 5, ms):>6.2f}ms {med('two', 6, ms):>6.2f}ms   {ratio:>7.2f}  {errors:>7}")
print(f"\nwrk -t2 -c{sys.argv[4]} -d{sys.argv[2]}s through nginx, median of {sys.argv[3]} interleaved runs; two/one is the median of the runs' ratios.")
EOF

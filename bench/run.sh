#!/usr/bin/env bash
# Throughput and latency of public pages, with the output cache on and off, against a static file of
# the same bytes served by the same app. Not part of the test run; needs wrk (apt-get install wrk).
#
#   bench/run.sh [seconds-per-run]        (default 10)
#
# It publishes the site in Release into a temporary folder (with one static copy of each measured
# page added to wwwroot/bench/), starts it three times on loopback (Production, each on a fresh SQLite
# store seeded from content/), runs wrk against each URL and prints one line per URL and mode:
#   static    the page's exact bytes as a static file, served by the same app (MapStaticAssets)
#   cached    output cache on (the production setting)
#   uncached  output cache off: every request runs the controller and renders the Razor view
#             (view models come from memory until the next content change: Site:CacheData)
#   no-cache  output cache and data cache off: every request also queries SQLite
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d /tmp/gnets-bench.XXXXXX)
stop_all() { for port in 5190 5191 5192 5193; do fuser -k "$port/tcp" >/dev/null 2>&1 || true; done; }
trap 'stop_all; rm -rf "$work"' EXIT
PAGES=(
  "home|/"
  "cities|/events/leaders-summit-2023/cities"
  "program|/events/leaders-summit-2023/program"
  "communique|/events/leaders-summit-2023/communique"
)

start() { # port cache-pages cache-data
  local port=$1 cache=$2 data=${3:-true} store="$work/store-$1"
  mkdir -p "$store"
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
     Store__DatabasePath="$store/summit.db" Content__Path="$work/src/content" Site__CachePages="$cache" Site__CacheData="$data" \
     Site__PublicBaseUrl="http://127.0.0.1:$port" dotnet GNets.Summit.Web.dll) >"$work/log-$port.txt" 2>&1 &
  disown
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" -o /dev/null && return 0; sleep 0.5; done
  echo "the site on port $port did not start; log:" >&2; cat "$work/log-$port.txt" >&2; exit 1
}

echo "Publishing (Release) ..."
mkdir -p "$work/src"
# A copy of the repository, so the static copies of the pages never touch the working tree.
tar --exclude='./bin' --exclude='./obj' --exclude='*/bin' --exclude='*/obj' --exclude='./.git' --exclude='./bench/node_modules' -cf - . | tar -xf - -C "$work/src"

# First get the pages' exact bytes from a plain build, to serve them as static files of the same size.
dotnet publish "$work/src/src/GNets.Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
start 5190 true
mkdir -p "$work/src/src/GNets.Summit.Web/wwwroot/bench"
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -fs "http://127.0.0.1:5190$path" -o "$work/src/src/GNets.Summit.Web/wwwroot/bench/$name.html"
done
stop_all
sleep 1
rm -rf "$work/app" "$work/store-5190"
dotnet publish "$work/src/src/GNets.Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null

start 5191 true true
start 5192 false true
start 5193 false false

measure() { # url -> "rps p50 p99"
  local out
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

# Warm up the JIT and caches.
for port in 5191 5192 5193; do
  for entry in "${PAGES[@]}"; do wrk -t1 -c8 -d2s "http://127.0.0.1:$port${entry#*|}" >/dev/null; done
done

printf '\n%-11s %-7s %9s %10s %10s %12s %9s\n' page mode bytes req/s p50 p99 vs-static
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  bytes=$(stat -c %s "$work/src/src/GNets.Summit.Web/wwwroot/bench/$name.html")
  read -r s_rps s_p50 s_p99 < <(measure "http://127.0.0.1:5191/bench/$name.html")
  read -r c_rps c_p50 c_p99 < <(measure "http://127.0.0.1:5191$path")
  read -r u_rps u_p50 u_p99 < <(measure "http://127.0.0.1:5192$path")
  read -r n_rps n_p50 n_p99 < <(measure "http://127.0.0.1:5193$path")
  printf '%-11s %-7s %9s %10s %10s %12s %9s\n' "$name" static "$bytes" "$s_rps" "$s_p50" "$s_p99" "1.00"
  printf '%-11s %-7s %9s %10s %10s %12s %9s\n' "$name" cached "$bytes" "$c_rps" "$c_p50" "$c_p99" "$(awk -v a="$c_rps" -v b="$s_rps" 'BEGIN {printf "%.2f", a/b}')"
  printf '%-11s %-7s %9s %10s %10s %12s %9s\n' "$name" uncached "$bytes" "$u_rps" "$u_p50" "$u_p99" "$(awk -v a="$u_rps" -v b="$s_rps" 'BEGIN {printf "%.2f", a/b}')"
  printf '%-11s %-7s %9s %10s %10s %12s %9s\n' "$name" no-cache "$bytes" "$n_rps" "$n_p50" "$n_p99" "$(awk -v a="$n_rps" -v b="$s_rps" 'BEGIN {printf "%.2f", a/b}')"
done
echo
echo "wrk -t1 -c$CONNECTIONS -d${DURATION}s per line, on $(nproc) cores shared with the server; goals: cached >= 0.80, uncached >= 0.20 of static."
stop_all

#!/usr/bin/env bash
# Milliseconds per search, as a visitor's browser sees them (curl's time_total: connect, query,
# render, transfer), against a site that is already running. Not part of the test run.
#
#   bench/search.sh [base-url] [rounds]        (defaults: http://127.0.0.1:5000, 20)
#
# Start a site first, e.g. a Release publish on a fresh store seeded from content/:
#   dotnet publish src/GNets.Summit.Web -c Release -o /tmp/gnets-app
#   (cd /tmp/gnets-app && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5000 \
#      Store__DatabasePath=/tmp/gnets-bench.db Content__Path="$OLDPWD/content" \
#      Site__PublicBaseUrl=http://127.0.0.1:5000 dotnet GNets.Summit.Web.dll)
# Prints min / median / max per query; one warm-up request per query is not counted.
set -euo pipefail
BASE=${1:-http://127.0.0.1:5000}
ROUNDS=${2:-20}
QUERIES=("Tokyo" "Helsin" "KORESAWA" "earthquake" "communiqué" "climate change" "sustainable cities" "東京" "UN" "\"NEAR(x*" "zzzzzz")

curl -fs "$BASE/search" -o /dev/null || { echo "no site answers at $BASE" >&2; exit 2; }
printf '%-22s %8s %8s %8s\n' query min median max
all=()
for query in "${QUERIES[@]}"; do
  url="$BASE/search?q=$(printf '%s' "$query" | jq -sRr @uri)"
  curl -s "$url" -o /dev/null
  times=()
  for _ in $(seq 1 "$ROUNDS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$url")")
  done
  all+=("${times[@]}")
  printf '%s\n' "${times[@]}" | sort -g | awk -v q="$query" '{ t[NR] = $1 * 1000 } END {
    printf "%-22s %8.2f %8.2f %8.2f\n", q, t[1], (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR] }'
done
printf '%s\n' "${all[@]}" | sort -g | awk '{ t[NR] = $1 * 1000 } END {
  printf "%-22s %8.2f %8.2f %8.2f   (%d requests)\n", "all", t[1], t[int((NR + 1) / 2)], t[NR], NR }'

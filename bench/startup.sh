#!/usr/bin/env bash
# Time from process start to the first 200 on /, for the published site. Not part of the test run.
#
#   bench/startup.sh [runs]                  (default 5)
#   BASELINE_REF=<commit> bench/startup.sh   also publishes that commit, as it was, for a before/after
#   PLAIN=1 bench/startup.sh                 also publishes without ReadyToRun (JIT-compiles everything at start)
#
# It copies the repository into a temporary folder and publishes it in Release:
#   ready-to-run   dotnet publish                              (the project's publish: ReadyToRun)
#   plain          dotnet publish -p:PublishReadyToRun=false   (only with PLAIN=1)
#   before         BASELINE_REF published the same way as ready-to-run (only with BASELINE_REF)
# Then, run by run, it starts each variant in turn (A B A B ..., so a machine that slows down slows
# every variant alike) on loopback in Production, polls / every 10 ms and records:
#   wall   ms from starting `dotnet GNets.Summit.Web.dll` to the first 200 on /
#   cpu    ms of CPU the process had used by then (user + system, all threads; less noisy than wall on a
#          busy machine)
# for two stores:
#   existing   a store made by an earlier start (the usual restart)
#   fresh      no store file: migrations create it and content/ is imported before the first page
# It prints median, min and max per variant and store, each variant's median ratio to the first
# variant, run by run, and whether the ready-to-run site's median on an existing store is under 1.5 s.
# Quote medians and ratios; the load average printed with them says how busy the machine was (on a
# machine busy with other work, wall time waits for the CPU: the cpu column is then the better guide).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-5310}
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }

work=$(mktemp -d /tmp/gnets-startup.XXXXXX)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop; rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)

echo "Publishing (Release) into $work ..."
mkdir -p "$work/src"
tar --exclude='./bin' --exclude='./obj' --exclude='*/bin' --exclude='*/obj' --exclude='./.git' --exclude='./bench/node_modules' \
  -cf - . | tar -xf - -C "$work/src"
VARIANTS=()
if [ -n "${BASELINE_REF:-}" ]; then
  mkdir -p "$work/before-src"
  git archive "$BASELINE_REF" | tar -xf - -C "$work/before-src"
  dotnet publish "$work/before-src/src/GNets.Summit.Web" -c Release -o "$work/before" --nologo -v quiet >/dev/null
  VARIANTS+=("before")
fi
if [ -n "${PLAIN:-}" ]; then
  dotnet publish "$work/src/src/GNets.Summit.Web" -c Release -p:PublishReadyToRun=false -o "$work/plain" --nologo -v quiet >/dev/null
  VARIANTS+=("plain")
fi
dotnet publish "$work/src/src/GNets.Summit.Web" -c Release -o "$work/ready-to-run" --nologo -v quiet >/dev/null
VARIANTS+=("ready-to-run")

# start_once VARIANT STORE_DIR -> "wall_ms cpu_ms"
start_once() {
  local app="$work/$1" store=$2 t0 t1 code cpu
  mkdir -p "$store"
  t0=$(date +%s%N)
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
     Store__DatabasePath="$store/summit.db" Content__Path="$work/src/content" Site__PublicBaseUrl="http://127.0.0.1:$PORT" \
     dotnet GNets.Summit.Web.dll) >"$store/log.txt" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/") || true
    [ "$code" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "the $1 site stopped before answering; log:" >&2; cat "$store/log.txt" >&2; exit 1; fi
    if (( ($(date +%s%N) - t0) / 1000000000 > 120 )); then echo "the $1 site gave no 200 in 120 s" >&2; exit 1; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  cpu=$(awk -v tick="$tick" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$pid/stat")
  stop
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

# An existing store per variant, made by one start (not counted).
for v in "${VARIANTS[@]}"; do start_once "$v" "$work/store-$v" >/dev/null; done

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores)"
: >"$work/results"
for run in $(seq 1 "$RUNS"); do
  for store in existing fresh; do
    for v in "${VARIANTS[@]}"; do
      if [ "$store" = fresh ]; then dir="$work/fresh-$v"; rm -rf "$dir"; else dir="$work/store-$v"; fi
      read -r wall cpu < <(start_once "$v" "$dir") || true
      [ -n "${wall:-}" ] || exit 1
      echo "$run $store $v $wall $cpu" >>"$work/results"
    done
  done
  echo "  run $run of $RUNS done"
done
echo "Load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/results" "${VARIANTS[@]}" <<'EOF'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
variants = sys.argv[2:]
first = variants[0]
print(f"\n{'store':<9} {'variant':<13} {'wall ms: median':>15} {'min':>6} {'max':>6}   {'cpu ms: median':>14} {'min':>6} {'max':>6}   {'wall vs ' + first:>16}")
for store in ("existing", "fresh"):
    for v in variants:
        mine = {r[0]: (int(r[3]), int(r[4])) for r in rows if r[1] == store and r[2] == v}
        base = {r[0]: (int(r[3]), int(r[4])) for r in rows if r[1] == store and r[2] == first}
        wall = [w for w, _ in mine.values()]; cpu = [c for _, c in mine.values()]
        ratio = st.median(mine[k][0] / base[k][0] for k in mine)
        print(f"{store:<9} {v:<13} {st.median(wall):>15.0f} {min(wall):>6} {max(wall):>6}   {st.median(cpu):>14.0f} {min(cpu):>6} {max(cpu):>6}   {ratio:>16.2f}")
for store in ("existing", "fresh"):
    mine = [(int(r[3]), int(r[4])) for r in rows if r[1] == store and r[2] == "ready-to-run"]
    wall = st.median(w for w, _ in mine); cpu = st.median(c for _, c in mine)
    verdict = "under" if wall < 1500 else "NOT under"
    print(f"\nready-to-run, {store} store: first 200 after {wall / 1000:.2f} s wall ({cpu / 1000:.2f} s CPU): {verdict} 1.5 s"
          + ("" if wall < 1500 or cpu >= 1500 else " (the CPU time is: the machine is busy)"))
EOF

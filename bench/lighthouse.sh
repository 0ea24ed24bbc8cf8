#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12.2.3, mobile preset: the default) against every public page in the
# sitemap, with Debian's Chromium. Not part of the test run.
#
#   bench/lighthouse.sh            all pages
#   bench/lighthouse.sh /about     some pages
#
# Publishes the site in Release, runs it on loopback (Production, fresh store from content/), prints
# the performance, SEO and best-practices scores of each page, and exits 1 if any is below 100.
# Reports (JSON) are kept in bench/results/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")"
PORT=${PORT:-5290}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME" ] || { echo "Chromium not found at $CHROME: apt-get install -y chromium" >&2; exit 2; }
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error lighthouse@12.2.3 >/dev/null
fi

work=$(mktemp -d /tmp/gnets-lighthouse.XXXXXX)
trap 'fuser -k "$PORT/tcp" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dotnet publish ../src/GNets.Summit.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
content="$(cd .. && pwd)/content"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
   Store__DatabasePath="$work/summit.db" Content__Path="$content" \
   Site__PublicBaseUrl="http://127.0.0.1:$PORT" dotnet GNets.Summit.Web.dll) >"$work/site.log" 2>&1 &
disown
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/" -o /dev/null && break; sleep 0.5; done

if [ $# -gt 0 ]; then
  urls=$(printf "http://127.0.0.1:$PORT%s\n" "$@")
else
  urls=$(curl -fs "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's/<loc>//')
fi

mkdir -p results/lighthouse
status=0
printf '%-62s %5s %5s %5s\n' page perf seo bp
for url in $urls; do
  name=$(echo "${url#http://127.0.0.1:$PORT}" | sed 's#^/$#home#; s#^/##; s#/#_#g')
  report="results/lighthouse/$name.json"
  CHROME_PATH="$CHROME" node_modules/.bin/lighthouse "$url" --quiet \
    --only-categories=performance,seo,best-practices --output=json --output-path="$report" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run --disable-sync --disable-component-update" || { echo "lighthouse failed on $url" >&2; status=1; continue; }
  read -r perf seo bp < <(node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(s("performance"), s("seo"), s("best-practices"));' "$PWD/$report")
  printf '%-62s %5s %5s %5s\n' "${url#http://127.0.0.1:$PORT}" "$perf" "$seo" "$bp"
  if [ "$perf" -lt 100 ] || [ "$seo" -lt 100 ] || [ "$bp" -lt 100 ]; then
    status=1
    node -e '
      const r = require(process.argv[1]);
      for (const [id, a] of Object.entries(r.audits))
        if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
          console.log("    " + id + ": " + a.score + (a.displayValue ? " (" + a.displayValue + ")" : ""));' "$PWD/$report"
  fi
done
exit $status

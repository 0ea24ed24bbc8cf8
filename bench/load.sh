#!/usr/bin/env bash
# Load and data safety: for a bounded time (default 120 s), 64 clients read public pages while 4 staff
# clients save edits through the admin forms; then every acknowledged save is looked up in the store.
# Prints requests, errors, p50/p99, conflicts and lost saves; exits 1 if anything was lost or failed.
#
#   bench/load.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-120}
PORT=${PORT:-5390}
work=$(mktemp -d /tmp/gnets-load.XXXXXX)
trap 'fuser -k "$PORT/tcp" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet publish src/GNets.Summit.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
# Staff pages are HTTPS-only outside Development: a throwaway self-signed certificate for loopback.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1
dotnet build bench/GNets.Summit.LoadTest -c Release --nologo -v quiet -o "$work/load" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Store__DatabasePath="$work/summit.db" Content__Path="$PWD/content" \
       Site__PublicBaseUrl="https://127.0.0.1:$PORT" Security__SignInAttemptsPerMinute=1000 \
       Kestrel__Certificates__Default__Path="$work/cert.pem" Kestrel__Certificates__Default__KeyPath="$work/key.pem"
(cd "$work/app" && exec env ASPNETCORE_URLS="https://127.0.0.1:$PORT" dotnet GNets.Summit.Web.dll) >"$work/site.log" 2>&1 &
disown
for _ in $(seq 1 60); do curl -kfs "https://127.0.0.1:$PORT/healthz" -o /dev/null && break; sleep 0.5; done

password="load test password $(date +%s%N)"
emails=""
for i in 1 2 3 4; do
  (cd "$work/app" && echo "$password" | dotnet GNets.Summit.Web.dll create-staff "staff$i@load.test" --role Editor >/dev/null)
  emails="$emails${emails:+,}staff$i@load.test"
done

status=0
dotnet "$work/load/GNets.Summit.LoadTest.dll" --url "https://127.0.0.1:$PORT" --certificate "$work/cert.pem" --database "$work/summit.db" \
  --password "$password" --staff "$emails" --readers 64 --seconds "$SECONDS_TO_RUN" || status=$?
echo "site log: $(grep -c 'ERR\|FTL' "$work/site.log" || true) error lines"
grep -E 'ERR|FTL' "$work/site.log" | head -5 || true
exit $status

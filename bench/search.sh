#!/usr/bin/env bash
# Milliseconds per search, as a visitor's browser sees them (curl's time_total: connect, query,
# render, transfer), against a site that is already running. Not part of the test run.
#
#   bench/search.sh [base-url] [rounds] [store.db]        (defaults: http://127.0.0.1:5000, 20, none)
#
# Start a site first, e.g. a Release publish on a fresh store seeded from content/:
#   dotnet publish src/GNets.Summit.Web -c Release -o /tmp/gnets-app
#   (cd /tmp/gnets-app && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5000 \
#      Store__DatabasePath=/tmp/gnets-bench.db Content__Path="$OLDPWD/content" \
#      Site__PublicBaseUrl=http://127.0.0.1:5000 dotnet GNets.Summit.Web.dll)
# English queries go to /search (the English index), Japanese ones to /ja/search (the Japanese index):
# words of three characters or more are trigram lookups (FTS5 MATCH), shorter ones ("UN", "東京") LIKE scans.
# Prints min / median / p95 / max per query and the number of results; one warm-up request per query
# is not counted. At the end: each language's median and p95 over all its requests, and Japanese ÷ English.
# On a busy machine the requests' times are mostly waiting for a core (compare min with median); given the
# site's SQLite file as well, the script also times the search SQL alone, as the site runs it (python3's sqlite3).
set -euo pipefail
BASE=${1:-http://127.0.0.1:5000}
ROUNDS=${2:-20}
STORE=${3:-}
# "edition|query"; the comment after each says what it exercises.
QUERIES=(
  "en|Tokyo"               # a city, trigram
  "en|Helsin"              # part of a word
  "en|KORESAWA"            # a person
  "en|earthquake"          # body text
  "en|communiqué"          # non-ASCII
  "en|climate change"      # two words, both required
  "en|sustainable cities"
  "en|senior officials"    # a meeting's level
  "en|UN"                  # under three characters: LIKE
  "en|\"NEAR(x*"           # FTS syntax as text
  "en|zzzzzz"              # nothing found
  "ja|東京"                # two characters: LIKE
  "ja|環境"                # a theme, two characters: LIKE
  "ja|首長級会議"          # a meeting's level, trigram
  "ja|包摂・公正"          # a theme with a middle dot
  "ja|都"                  # one character: LIKE
  "ja|セッション"          # katakana
  "ja|ひろしま"            # hiragana, nothing found
  "ja|Tokyo"               # English word on a Japanese page
  "ja|気候変動 東京"       # a trigram word and a LIKE word
)

curl -fs "$BASE/search" -o /dev/null || { echo "no site answers at $BASE" >&2; exit 2; }
printf '%-3s %7s %8s %8s %8s %8s  %s\n' ed results min median p95 max query
declare -A all=([en]="" [ja]="")
for entry in "${QUERIES[@]}"; do
  edition=${entry%%|*}
  query=${entry#*|}
  prefix=$([ "$edition" = ja ] && echo /ja || echo)
  url="$BASE$prefix/search?q=$(printf '%s' "$query" | jq -sRr @uri)"
  # Results: the links in the results list (each result's heading is one).
  results=$(curl -s "$url" | grep -c 'class="card__title"' || true)
  times=()
  for _ in $(seq 1 "$ROUNDS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$url")")
  done
  all[$edition]+="${times[*]} "
  printf '%s\n' "${times[@]}" | sort -g | awk -v e="$edition" -v q="$query" -v r="$results" '{ t[NR] = $1 * 1000 } END {
    p95 = t[int(NR * 0.95 + 0.5) < 1 ? 1 : int(NR * 0.95 + 0.5)]
    printf "%-3s %7s %8.2f %8.2f %8.2f %8.2f  %s\n", e, r, t[1], (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), p95, t[NR], q }'
done
summary() {
  tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ t[NR] = $1 * 1000 } END {
    printf "%.2f %.2f %d\n", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[int(NR * 0.95 + 0.5)], NR }'
}
read -r en_median en_p95 en_n <<<"$(summary "${all[en]}")"
read -r ja_median ja_p95 ja_n <<<"$(summary "${all[ja]}")"
echo
printf 'English:  median %6.2f ms  p95 %6.2f ms  (%d requests)\n' "$en_median" "$en_p95" "$en_n"
printf 'Japanese: median %6.2f ms  p95 %6.2f ms  (%d requests)\n' "$ja_median" "$ja_p95" "$ja_n"
awk -v a="$ja_median" -v b="$en_median" -v c="$ja_p95" -v d="$en_p95" 'BEGIN { printf "Japanese / English: median %.2f×, p95 %.2f×\n", a / b, c / d }'

[ -n "$STORE" ] || exit 0
echo
echo "The search SQL alone (FTS5 MATCH for words of 3+ characters, LIKE for shorter ones), 200 runs each:"
read -r -d '' SQL_TIMER <<'PY' || true
import sqlite3, statistics, sys, time
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(f"{'ed':<3} {'rows':>5} {'median':>8} {'p95':>8}  query   (ms)")
for entry in sys.argv[2:]:
    edition, query = entry.split("|", 1)
    table = "search_index_ja" if edition == "ja" else "search_index"
    # As SearchTerms.Parse: control characters and quotes are spaces; words of 3+ characters are MATCHed, quoted.
    words = list(dict.fromkeys("".join(" " if c == '"' or ord(c) < 32 else c for c in query).split()))
    indexed, scanned = [w for w in words if len(w) >= 3], [w for w in words if len(w) < 3]
    conditions, args = [], []
    if indexed:
        conditions.append(f"{table} MATCH ?")
        args.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in indexed))
    for w in scanned:
        like = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
        args += [like, like]
    order = f"bm25({table}, 0.0, 0.0, 10.0, 1.0)" if indexed else "title"
    sql = f"SELECT kind, url, title, body FROM {table} WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT 60"
    times = []
    for _ in range(200):
        start = time.perf_counter()
        rows = db.execute(sql, args).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{edition:<3} {len(rows):>5} {statistics.median(times):8.3f} {times[int(len(times) * 0.95) - 1]:8.3f}  {query}")
PY
python3 -c "$SQL_TIMER" "$STORE" "${QUERIES[@]}"

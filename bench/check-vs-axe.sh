#!/usr/bin/env bash
# Times `dueregard check` on pages that all changed (its cache emptied first) against @axe-core/cli on the same
# pages, the two run in turn, several times; prints the medians and the ratio. dueregard's time is the whole command
# (building the site, its static checks, the browsers, axe-core and its own layout and accessibility-tree checks);
# axe-cli's is one browser with all the pages' addresses in one call, with the same axe tags, on a copy of the site
# served from 127.0.0.1.
# Usage: bench/check-vs-axe.sh [RUNS] [SITE] [BROWSERS...]    (default: 5 runs, the sample site, 2 browsers)
# The pages' check results are forgotten before each run; the documents (PDFs) made before are kept when their pages
# did not change, as in daily use. Set ALL_CHANGED=1 to forget those too, as if every report had been edited.
# Needs: npm (axe-cli is installed into bench-sites/axe-cli with the browser downloads skipped), python3, Debian's
# chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"; site="${2:-.}"; shift 2 || shift $# || true
browsers=("${@:-2}")
tags="wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice"
axe_dir=bench-sites/axe-cli
if [ ! -x "$axe_dir/node_modules/.bin/axe" ]; then
  mkdir -p "$axe_dir"
  (cd "$axe_dir" && PUPPETEER_SKIP_DOWNLOAD=true CHROMEDRIVER_SKIP_DOWNLOAD=true npm install --no-save --silent @axe-core/cli@4.13 >/dev/null)
fi
./dueregard --version >/dev/null
./dueregard check --help >/dev/null 2>&1  # the first check prepares its faster start (about 15 s): not timed
port=8791
served="$(mktemp -d)"
./dueregard build --source "$site" --output "$served/site" --base-url "http://127.0.0.1:$port/" >/dev/null 2>&1
(cd "$served/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$served"' EXIT
sleep 1
mapfile -t urls < <(grep -o '<loc>[^<]*' "$served/site/sitemap.xml" | sed 's/<loc>//')
urls+=("http://127.0.0.1:$port/404.html")
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); awk -v n=$((e - s)) 'BEGIN {printf "%.2f", n / 1e9}'; }
echo "${#urls[@]} pages; load before: $(uptime | sed 's/.*load/load/')"
declare -A ours; theirs=()
for ((i = 0; i < runs; i++)); do
  for b in "${browsers[@]}"; do
    rm -f "$site/.dueregard/check-cache.json"
    # ALL_CHANGED=1: the documents as well (kept PDFs and their veraPDF passes), as after an edit to every report.
    [ -z "${ALL_CHANGED:-}" ] || rm -rf "$site/.dueregard/pdfs" "$site/.dueregard/pdf-checks"
    ours[$b]+="$(seconds ./dueregard check --source "$site" --browsers "$b") "
  done
  theirs+=("$(seconds "$axe_dir/node_modules/.bin/axe" "${urls[@]}" --tags "$tags" --chromedriver-path /usr/bin/chromedriver \
    --chrome-path /usr/bin/chromium --chrome-options="no-sandbox,disable-dev-shm-usage" --no-reporter)")
done
t=$(printf '%s\n' "${theirs[@]}" | median)
echo "@axe-core/cli 4.13: median ${t} s (all: ${theirs[*]})"
for b in "${browsers[@]}"; do
  read -r -a all <<< "${ours[$b]}"
  o=$(printf '%s\n' "${all[@]}" | median)
  awk -v o="$o" -v t="$t" -v b="$b" -v all="${all[*]}" 'BEGIN {
    printf "dueregard check, %d browser(s): median %.2f s (all: %s); %.2fx faster than axe-cli\n", b, o, all, t / o }'
done
echo "load after: $(uptime | sed 's/.*load/load/')"

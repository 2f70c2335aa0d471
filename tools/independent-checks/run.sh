#!/usr/bin/env bash
# Other people's accessibility checkers on the sample site, as a second opinion on our own: pa11y-ci 4.1.1 (axe and
# HTML_CodeSniffer, WCAG 2 AA, warnings included), @axe-core/cli 4.13 (WCAG 2.2 AA and best practices) and
# Lighthouse 12.8 (every category), with Debian's Chromium and ChromeDriver. Nothing but the npm packages is
# downloaded. Prints one line per checker and exits 1 if any of them reports a problem.
# Usage: tools/independent-checks/run.sh [SITE_FOLDER]   (default: the sample site in this repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_folder="$(cd "${1:-$repo}" && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
chromedriver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The packages would fetch browsers of their own; we use Debian's.
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 CHROMEDRIVER_SKIP_DOWNLOAD=true CHROME_PATH="$chromium"

cd "$here"
if [ ! -d node_modules ]; then
  echo "Installing the checkers from npm (package-lock.json)..."
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi

work="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"

echo "Building the site for $base/..."
"$repo/dueregard" build --source "$source_folder" --output "$work/site" --base-url "$base/" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "$base/" >/dev/null && break; sleep 0.2; done
mapfile -t urls < <(cd "$work/site" && find . -name '*.html' | sort | sed -e 's|^\./||' -e 's|index\.html$||' -e "s|^|$base/|")
echo "Checking ${#urls[@]} pages."
failed=0

# pa11y-ci: warnings count as failures too (colour contrast it cannot measure is a "needs review" warning). One is
# left out: HTML_CodeSniffer asks for a review of reflow (1.4.10) for every <pre> element, whether it scrolls or not.
# Ours wrap (white-space: pre-wrap), and our own browser checks measure sideways scrolling at 320 px on every page.
node -e '
const [chromium, ...urls] = process.argv.slice(1);
console.log(JSON.stringify({defaults: {standard: "WCAG2AA", runners: ["axe", "htmlcs"], includeWarnings: true, timeout: 60000,
  ignore: ["WCAG2AA.Principle1.Guideline1_4.1_4_10.C32,C31,C33,C38,SCR34,G206"],
  chromeLaunchConfig: {executablePath: chromium, args: ["--no-sandbox", "--headless=new"]}}, urls}));
' "$chromium" "${urls[@]}" > "$work/pa11y.json"
if npx pa11y-ci --config "$work/pa11y.json" --json > "$work/pa11y-result.json" 2> "$work/pa11y.log"; then :; else failed=1; fi
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`pa11y-ci: ${r.total} pages, ${r.passes} passed, ${r.errors} issues (errors and warnings).`);
for (const [url, issues] of Object.entries(r.results)) for (const i of issues) console.log(`  ${url} ${i.type} ${i.code}: ${i.message} ${i.selector}`);
' "$work/pa11y-result.json"

# @axe-core/cli: every WCAG 2.0 to 2.2 A and AA rule and axe's best practices.
if npx axe "${urls[@]}" --chromedriver-path "$chromedriver" --chrome-path "$chromium" --chrome-options="headless=new,no-sandbox" \
    --tags wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice --exit --no-reporter --save axe.json --dir "$work" > "$work/axe.log" 2>&1; then
  axe_status=0
else
  axe_status=1; failed=1
fi
node -e '
const runs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const violations = runs.flatMap(r => r.violations.flatMap(v => v.nodes.map(n => `  ${r.url} ${v.id}: ${n.target.join(" ")}`)));
console.log(`@axe-core/cli: ${runs.length} pages, ${violations.length} violations.`);
violations.forEach(v => console.log(v));
' "$work/axe.json" || { cat "$work/axe.log"; failed=1; }

# Lighthouse: accessibility, best practices and SEO must score 100; performance must be green (90 or more).
lowest=""
for url in "${urls[@]}"; do
  npx lighthouse "$url" --quiet --output json --output-path "$work/lighthouse.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "Lighthouse could not check $url"; failed=1; continue; }
  line="$(node -e '
const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).categories;
const s = k => Math.round(c[k].score * 100);
const ok = s("accessibility") === 100 && s("best-practices") === 100 && s("seo") === 100 && s("performance") >= 90;
console.log(`${ok ? "ok" : "LOW"} ${s("performance")}/${s("accessibility")}/${s("best-practices")}/${s("seo")} ${process.argv[2]}`);
' "$work/lighthouse.json" "$url")"
  case "$line" in LOW*) echo "  Lighthouse $line"; failed=1 ;; esac
  lowest="$lowest$line"$'\n'
done
echo "Lighthouse (performance/accessibility/best practices/SEO): $(printf '%s' "$lowest" | awk '{print $2}' | sort -u | paste -sd ' ') on ${#urls[@]} pages."

exit "$failed"

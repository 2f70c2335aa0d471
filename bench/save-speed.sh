#!/usr/bin/env bash
# Times what an author waits for under `serve`: from saving a page to its new HTML on disk, through the real preview
# session and file watcher, on a generated site (default 10,000 report pages). Prints each save and the median.
# Usage: bench/save-speed.sh [PAGES] [SAVES]
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"; saves="${2:-5}"
site="bench-sites/site-$pages"
./dueregard --version >/dev/null
[ -d "$site/content" ] || ./dueregard bench-site "$site" --pages "$pages" >/dev/null
echo "load before: $(uptime | sed 's/.*load/load/')"
./dueregard bench-save "$site" --saves "$saves"
echo "load after: $(uptime | sed 's/.*load/load/')"

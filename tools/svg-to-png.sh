#!/usr/bin/env bash
# Draws SVG files as PNG pictures at their own size with headless Chromium, to look at charts: svg-to-png.sh OUT SVG...
set -euo pipefail
out="$1"; shift
mkdir -p "$out"
for f in "$@"; do
  size=$(grep -o 'viewBox="0 0 [0-9]* [0-9]*"' "$f" | head -1 | tr -d '"' | awk '{print $3","$4}')
  timeout 60 /usr/bin/chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out/$(basename "$f" .svg).png" --window-size="$size" "file://$(realpath "$f")" 2>/dev/null
done

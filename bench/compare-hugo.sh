#!/usr/bin/env bash
# Times full builds of dueregard and Hugo on the same generated corpus (about 8 KB of Markdown a page, one table and
# one image each), running the two in turn so both see the same load on a shared machine. Prints, for each size, the
# median wall time and peak memory (maximum resident set size) of each tool and dueregard's ratio to Hugo.
# Usage: bench/compare-hugo.sh [RUNS] [PAGES...]      (default: 5 runs, 1000 and 10000 pages)
# Set DUEREGARD=path/to/dueregard to time another copy of the launcher, and BEFORE=path/to/dueregard to time an older
# one as well (say a checkout from before a change), in the same turns, for a before/after/Hugo table.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"; shift || true
sizes=("${@:-1000 10000}")
command -v hugo >/dev/null || { echo "needs Hugo: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
dueregard=("${DUEREGARD:-./dueregard}")
"${dueregard[@]}" --version >/dev/null   # builds the jar and its class-data archive first if needed
before="${BEFORE:-}"
[ -z "$before" ] || "$before" --version >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
timed() { /usr/bin/time -f "%e %M %U %S" -o /tmp/dueregard-bench-time "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; cat /tmp/dueregard-bench-time; }
mkdir -p bench-sites
echo "load before: $(uptime | sed 's/.*load/load/')"
for pages in ${sizes[@]}; do
  ours="bench-sites/site-$pages"; theirs="bench-sites/hugo-$pages"
  [ -d "$ours/content" ] || "${dueregard[@]}" bench-site "$ours" --pages "$pages" >/dev/null
  [ -d "$theirs/content" ] || "${dueregard[@]}" bench-site "$theirs" --pages "$pages" --hugo >/dev/null
  # One untimed run each: warms the disk cache and leaves an output folder to replace, as in daily use.
  "${dueregard[@]}" build --source "$ours" >/dev/null 2>&1
  hugo --quiet --source "$theirs" >/dev/null 2>&1
  d_wall=(); d_mem=(); d_cpu=(); h_wall=(); h_mem=(); h_cpu=(); b_wall=(); b_mem=(); b_cpu=()
  for ((i = 0; i < runs; i++)); do
    if [ -n "$before" ]; then
      read -r s kb u k < <(timed "$before" build --source "$ours" --output "$ours/site-before"); b_wall+=("$s"); b_mem+=("$kb"); b_cpu+=("$(awk -v u="$u" -v k="$k" 'BEGIN {print u + k}')")
    fi
    read -r s kb u k < <(timed "${dueregard[@]}" build --source "$ours"); d_wall+=("$s"); d_mem+=("$kb"); d_cpu+=("$(awk -v u="$u" -v k="$k" 'BEGIN {print u + k}')")
    read -r s kb u k < <(timed hugo --quiet --source "$theirs"); h_wall+=("$s"); h_mem+=("$kb"); h_cpu+=("$(awk -v u="$u" -v k="$k" 'BEGIN {print u + k}')")
  done
  dw=$(printf '%s\n' "${d_wall[@]}" | median); hw=$(printf '%s\n' "${h_wall[@]}" | median)
  dm=$(printf '%s\n' "${d_mem[@]}" | median); hm=$(printf '%s\n' "${h_mem[@]}" | median)
  dc=$(printf '%s\n' "${d_cpu[@]}" | median); hc=$(printf '%s\n' "${h_cpu[@]}" | median)
  awk -v p="$pages" -v dw="$dw" -v hw="$hw" -v dm="$dm" -v hm="$hm" -v dc="$dc" -v hc="$hc" -v r="$runs" 'BEGIN {
    printf "%d pages, median of %d runs in turn: dueregard %.2f s (cpu %.1f s), %d MiB; Hugo %.2f s (cpu %.1f s), %d MiB; ratio: wall %.2fx, memory %.2fx\n",
      p, r, dw, dc, dm / 1024, hw, hc, hm / 1024, dw / hw, dm / hm }'
  echo "  dueregard: ${d_wall[*]}  Hugo: ${h_wall[*]}"
  if [ -n "$before" ]; then
    bw=$(printf '%s\n' "${b_wall[@]}" | median); bm=$(printf '%s\n' "${b_mem[@]}" | median); bc=$(printf '%s\n' "${b_cpu[@]}" | median)
    awk -v p="$pages" -v bw="$bw" -v bm="$bm" -v bc="$bc" -v hw="$hw" -v hm="$hm" 'BEGIN {
      printf "  before: %.2f s (cpu %.1f s), %d MiB; ratio to Hugo: wall %.2fx, memory %.2fx  (all: %s)\n", bw, bc, bm / 1024, bw / hw, bm / hm, "" }'
    echo "  before: ${b_wall[*]}"
  fi
done
echo "load after: $(uptime | sed 's/.*load/load/')"

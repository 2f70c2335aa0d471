#!/usr/bin/env bash
# Times full builds of generated sites of realistic report pages: median wall time of several runs, pages per second
# and peak memory (maximum resident set size), for each size given (default: 1000 and 10000 pages).
# Usage: bench/build-speed.sh [RUNS] [PAGES...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"; shift || true
sizes=("${@:-1000 10000}")
[ -f target/dueregard.jar ] || ./mvnw -q -B -DskipTests package
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
mkdir -p bench-sites
for pages in ${sizes[@]}; do
  site="bench-sites/site-$pages"
  [ -d "$site/content" ] || ./dueregard bench-site "$site" --pages "$pages" >/dev/null
  ./dueregard build --source "$site" >/dev/null   # warm the disk cache
  times=(); peaks=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o /tmp/dueregard-bench-time ./dueregard build --source "$site" >/dev/null
    read -r seconds kb < /tmp/dueregard-bench-time
    times+=("$seconds"); peaks+=("$kb")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
  rate=$(awk -v p="$pages" -v t="$median" 'BEGIN {printf "%.0f", p / t}')
  echo "$pages pages: median ${median} s wall over $runs runs (all: ${times[*]}), ${rate} pages/s, peak RSS $((peak / 1024)) MiB"
done

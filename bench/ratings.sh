#!/usr/bin/env bash
# Wall time of `./rapporteur ratings content/example-yjs` once the tool is built (a fresh JVM each run).
# Usage: bench/ratings.sh [runs]   (default 20). Prints min, median and max in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
./rapporteur ratings content/example-yjs >/dev/null   # builds the jar if needed
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./rapporteur ratings content/example-yjs >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
printf 'ratings, %d runs: min %.3f s, median %.3f s, max %.3f s\n' "$n" \
  "$(echo "${sorted[0]} / 1000" | bc -l)" "$(echo "${sorted[$((n / 2))]} / 1000" | bc -l)" \
  "$(echo "${sorted[$((n - 1))]} / 1000" | bc -l)"

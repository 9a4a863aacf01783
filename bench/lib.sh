# Shared by the bench/ scripts: milliseconds between two `date +%s%N` readings, and min/median/max of a column.
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

#!/usr/bin/env bash
# PDF timings for the example report: cold build (fresh JVM), warm render in one JVM, and headless Chromium
# printing the same XHTML to PDF. Usage: bench/pdf.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${1:-5}"
report=content/example-yjs
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT


./rapporteur build "$report" --format pdf,xhtml --out "$tmp" >/dev/null   # builds the jar if needed
pages=$(pdfinfo "$tmp/example-yjs/example-yjs.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "example report: ${pages:-?} pages"

echo -n "cold ./rapporteur build --format pdf:   "
for _ in $(seq "$runs"); do
  s=$(date +%s%N); ./rapporteur build "$report" --format pdf --out "$tmp/cold" >/dev/null; e=$(date +%s%N); ms "$s" "$e"
done | stats

echo "warm, one JVM (rapporteur benchmark):"
./rapporteur benchmark "$report" --runs 10 --format pdf | sed 's/^/  /'

if command -v chromium >/dev/null 2>&1; then
  echo -n "chromium --headless --print-to-pdf of the same XHTML: "
  for i in $(seq "$runs"); do
    s=$(date +%s%N)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$tmp/chrome-$i" --no-pdf-header-footer \
      --print-to-pdf="$tmp/chrome-$i.pdf" "file://$tmp/example-yjs/example-yjs.xhtml" >/dev/null 2>&1
    e=$(date +%s%N); ms "$s" "$e"
  done | stats
else
  echo "chromium not installed: apt-get install chromium to compare"
fi

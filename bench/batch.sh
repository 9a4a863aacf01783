#!/usr/bin/env bash
# Batch benchmark: N synthetic full reports (default 50 and 150) built in one run in all three formats, and the
# usual tools doing comparable work: headless Chromium printing our XHTML to PDF, LibreOffice converting our
# .docx, pandoc writing .docx. Prints a table of times and ratios. Usage: bench/batch.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(50 150)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

./rapporteur check content/example-yjs >/dev/null   # builds the tool (and its class-data archive) if needed
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%d)"

s=$(now); ./rapporteur build content/example-yjs --out "$tmp/single" >/dev/null; e=$(now)
echo "cold single build, all three formats: $(ms "$s" "$e") ms"

for n in "${sizes[@]}"; do
  ./rapporteur generate-reports "$n" "$tmp/reports-$n" >/dev/null
  s=$(now)
  ./rapporteur build "$tmp/reports-$n" --out "$tmp/out-$n" > "$tmp/summary-$n.txt" 2>/dev/null || true
  e=$(now)
  total=$(ms "$s" "$e")
  echo "batch of $n reports (pdf, docx, html) + programme summary: $total ms, $(( total / n )) ms per report; $(grep -o 'peak memory [0-9]* MB' "$tmp/summary-$n.txt")"
done
n=${sizes[$(( ${#sizes[@]} - 1 ))]}
s=$(now); ./rapporteur build "$tmp/reports-$n" --out "$tmp/pdf-$n" --format pdf >/dev/null 2>&1 || true; e=$(now)
echo "batch of $n reports, PDF only: $(ms "$s" "$e") ms, $(( $(ms "$s" "$e") / n )) ms per PDF" 

n=${sizes[0]}
echo "per-format times in one JVM (rapporteur benchmark, warm median):"
./rapporteur benchmark content/example-yjs --runs 10 --format pdf,docx,html | sed 's/^/  /'

sample=5
./rapporteur build content/example-yjs --format xhtml,docx --out "$tmp/peer" >/dev/null
if command -v chromium >/dev/null 2>&1; then
  s=$(now)
  for i in $(seq $sample); do
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$tmp/chrome-$i" --no-pdf-header-footer \
      --print-to-pdf="$tmp/chrome-$i.pdf" "file://$tmp/peer/example-yjs/example-yjs.xhtml" >/dev/null 2>&1
  done
  e=$(now); echo "chromium print-to-pdf of the same XHTML: $(( $(ms "$s" "$e") / sample )) ms per PDF"
fi
if command -v soffice >/dev/null 2>&1; then
  s=$(now)
  for i in $(seq $sample); do
    soffice --headless --convert-to pdf --outdir "$tmp/lo-$i" "$tmp/peer/example-yjs/example-yjs.docx" >/dev/null 2>&1
  done
  e=$(now); echo "libreoffice converting our .docx to PDF: $(( $(ms "$s" "$e") / sample )) ms per document"
fi
if command -v pandoc >/dev/null 2>&1; then
  s=$(now)
  for i in $(seq $sample); do pandoc -f html "$tmp/peer/example-yjs/example-yjs.xhtml" -o "$tmp/p-$i.docx"; done
  e=$(now); echo "pandoc writing .docx from the same XHTML: $(( $(ms "$s" "$e") / sample )) ms per document"
fi

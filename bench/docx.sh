#!/usr/bin/env bash
# .docx timings for the example report: cold build (fresh JVM), warm write in one JVM, and pandoc writing .docx
# from the same content as HTML and as Markdown. Usage: bench/docx.sh [runs]   (default 5; needs pandoc)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${1:-5}"
report=content/example-yjs
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

./rapporteur build "$report" --format docx,html --out "$tmp" >/dev/null   # builds the jar if needed

echo -n "cold ./rapporteur build --format docx:  "
for _ in $(seq "$runs"); do
  s=$(date +%s%N); ./rapporteur build "$report" --format docx --out "$tmp/cold" >/dev/null; e=$(date +%s%N); ms "$s" "$e"
done | stats

echo "warm, one JVM (rapporteur benchmark):"
./rapporteur benchmark "$report" --runs 10 --format docx | sed 's/^/  /'

if command -v pandoc >/dev/null 2>&1; then
  html="$tmp/example-yjs/example-yjs.html"
  pandoc -f html -t markdown "$html" -o "$tmp/example.md"
  echo -n "pandoc HTML -> docx:                    "
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); pandoc -f html "$html" -o "$tmp/p.docx"; e=$(date +%s%N); ms "$s" "$e"
  done | stats
  echo -n "pandoc Markdown -> docx:                "
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); pandoc -f markdown "$tmp/example.md" -o "$tmp/m.docx"; e=$(date +%s%N); ms "$s" "$e"
  done | stats
else
  echo "pandoc not installed: apt-get install pandoc to compare"
fi

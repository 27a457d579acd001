#!/usr/bin/env bash
# The tool over a corpus: wall time and peak memory of `res2006 asks --corpus` on the development corpus
# (../shared/corpus-dev, both folders copied into one) and on the same texts four times over, under distinct
# file names (the copies repeat the originals' symbols, so they are parsed and then left out as duplicates:
# --keep-going). Rows stream as each resolution is read, so peak memory should stay flat while time grows
# linearly. Run from the repository root:
#   bash docs/measure/corpus.sh
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish -c Release -r linux-x64 src/Resolution2006_27.Cli -o "$work/tool" > /dev/null
mkdir -p "$work/x1" "$work/x4"
cp ../shared/corpus-dev/eosg/*.txt ../shared/corpus-dev/unsc/*.txt "$work/x1/"
for copy in 1 2 3 4; do
  for f in "$work"/x1/*.txt; do cp "$f" "$work/x4/$copy-$(basename "$f")"; done
done
for corpus in x1 x4; do
  files=$(ls "$work/$corpus" | wc -l)
  start=$(date +%s%N)
  /usr/bin/time -o "$work/$corpus.time" -f '%M' "$work/tool/res2006" asks --corpus "$work/$corpus" --format csv --keep-going > "$work/$corpus.csv" 2> "$work/$corpus.err"
  kb=$(tail -1 "$work/$corpus.time")
  end=$(date +%s%N)
  echo "asks --corpus $corpus ($files files, $(wc -l < "$work/$corpus.csv") rows): $(( (end - start) / 1000000 )) ms, peak ${kb} KB"
done
# The same on one core against every core (taskset pins the process; the tool parses on as many threads as it is
# given cores): the speed-up of --corpus, median of five alternating runs each. The one core is the last: on this
# machine the first also takes the interrupts, and runs pinned to it were up to 1.6 times slower at times.
if command -v taskset > /dev/null && [ "$(nproc)" -ge 2 ]; then
  timed() { # command...: its wall time in ms
    local start end
    start=$(date +%s%N)
    "$@" "$work/tool/res2006" asks --corpus "$work/x4" --format csv --keep-going > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  }
  one=() all=()
  for _ in 1 2 3 4 5; do
    one+=($(timed taskset -c "$(( $(nproc) - 1 ))"))
    all+=($(timed))
  done
  m1=$(printf '%s\n' "${one[@]}" | sort -n | sed -n 3p)
  mn=$(printf '%s\n' "${all[@]}" | sort -n | sed -n 3p)
  echo "asks --corpus x4 on 1 core: ${m1} ms, on $(nproc) cores: ${mn} ms, speed-up $(awk "BEGIN { printf \"%.2f\", $m1 / $mn }") x"
fi

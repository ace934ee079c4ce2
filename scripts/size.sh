#!/usr/bin/env bash
# Prints the gzipped size (gzip -9, what a static host serves with compression) and the raw
# size of every file in a directory (default dist/), largest first, then the total and the
# share of the largest file. Usage: scripts/size.sh [DIR]
set -euo pipefail
dir=${1:-dist}
if [ ! -d "$dir" ]; then
  echo "size.sh: no $dir/ (run make dist first)" >&2
  exit 1
fi
total_gz=0
total_raw=0
rows=$(
  find "$dir" -type f | sort | while read -r f; do
    raw=$(wc -c <"$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '%s\t%s\t%s\n' "$gz" "$raw" "${f#"$dir"/}"
  done | sort -rn
)
printf '%12s %12s  %s\n' "gzipped" "raw" "file"
while IFS=$'\t' read -r gz raw name; do
  [ -n "$gz" ] || continue
  printf '%12s %12s  %s\n' "$gz" "$raw" "$name"
  total_gz=$((total_gz + gz))
  total_raw=$((total_raw + raw))
done <<<"$rows"
printf '%12s %12s  %s\n' "$total_gz" "$total_raw" "TOTAL (bytes)"
awk -v gz="$total_gz" 'BEGIN { printf "total gzipped: %.2f MB (%.0f KiB); bar 1.5 MB\n", gz / 1e6, gz / 1024 }'
top=$(head -n1 <<<"$rows")
awk -F'\t' -v total="$total_gz" '{ printf "largest: %s, %.0f%% of the gzipped total\n", $3, 100 * $1 / total }' <<<"$top"

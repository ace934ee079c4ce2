#!/usr/bin/env bash
# Prints the gzipped size (gzip -9, what a static host serves with compression) and the raw
# size of every file in a directory (default dist/), largest first, then the first-load
# total (what the page loads before it is usable, held to the 1.5 MB bar), the files it
# loads only after that (LATER), and the share of the largest first-load file.
# Usage: scripts/size.sh [DIR]
set -euo pipefail
dir=${1:-dist}
# Not loaded before the page is usable: the small-places tier (fetched after first paint,
# src/runner/small.rs), the service worker (registered after the app has mounted,
# src/offline.rs) and the analysis worker (started for a long text, src/runner/worker.rs).
LATER=" smallplaces.tsv sw.js worker.js "
if [ ! -d "$dir" ]; then
  echo "size.sh: no $dir/ (run make dist first)" >&2
  exit 1
fi
first_gz=0
first_raw=0
later_gz=0
later_raw=0
top=""
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
  if [[ "$LATER" == *" $name "* ]]; then
    printf '%12s %12s  %s  (later)\n' "$gz" "$raw" "$name"
    later_gz=$((later_gz + gz))
    later_raw=$((later_raw + raw))
  else
    printf '%12s %12s  %s\n' "$gz" "$raw" "$name"
    [ -n "$top" ] || top="$name"$'\t'"$gz"
    first_gz=$((first_gz + gz))
    first_raw=$((first_raw + raw))
  fi
done <<<"$rows"
printf '%12s %12s  %s\n' "$first_gz" "$first_raw" "FIRST LOAD (bytes)"
printf '%12s %12s  %s\n' "$later_gz" "$later_raw" "LATER (bytes)"
awk -v gz="$first_gz" 'BEGIN { printf "first load gzipped: %.2f MB (%.0f KiB); bar 1.5 MB\n", gz / 1e6, gz / 1024 }'
awk -v gz="$later_gz" 'BEGIN { printf "later gzipped: %.2f MB (%.0f KiB): the small-places tier, the service worker, the analysis worker\n", gz / 1e6, gz / 1024 }'
awk -F'\t' -v total="$first_gz" '{ printf "largest: %s, %.0f%% of the first-load gzipped total\n", $1, 100 * $2 / total }' <<<"$top"

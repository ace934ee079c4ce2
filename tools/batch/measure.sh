#!/usr/bin/env bash
# Times `itinera analyze --jsonl` on N generated articles (default 2000) with 1 and 2
# threads, checks both outputs are the same, and prints the ratio and the peak memory;
# with --memory, also the peak memory on 10 N articles (bounded: it should not grow).
#   tools/batch/measure.sh [N] [--memory]
# The times are wall-clock: on a machine shared with other work, run it when it is quiet
# (user CPU seconds are printed too, for comparison).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet -p itinera-cli
python3 tools/batch/gen.py "$n" > "$tmp/in.jsonl"
bin=target/release/itinera
for t in 1 2; do
  echo "\$ $bin analyze --jsonl in.jsonl --threads $t  ($n articles)"
  /usr/bin/time -f "%e %U %M" -o "$tmp/time$t" "$bin" analyze --jsonl "$tmp/in.jsonl" --threads "$t" > "$tmp/out$t.jsonl"
  read -r wall user rss < "$tmp/time$t"
  echo "  wall ${wall} s, user ${user} s, max RSS ${rss} KB, $(wc -l < "$tmp/out$t.jsonl") lines out"
done
cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl" && echo "same output with 1 and 2 threads" || { echo "outputs differ"; exit 1; }
read -r w1 _ _ < "$tmp/time1"; read -r w2 _ _ < "$tmp/time2"
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "2 threads / 1 thread: %.2f (bar: at most 0.65)\n", b / a }'
if [ "${2:-}" = --memory ]; then
  python3 tools/batch/gen.py "$((n * 10))" --seed 7 > "$tmp/big.jsonl"
  /usr/bin/time -f "%e %U %M" -o "$tmp/timebig" "$bin" analyze --jsonl "$tmp/big.jsonl" > /dev/null
  read -r wall user rss < "$tmp/timebig"
  echo "$((n * 10)) articles, all cores: wall ${wall} s, max RSS ${rss} KB"
fi

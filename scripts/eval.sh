#!/usr/bin/env bash
# Scores target/release/itinera on every data set in SHARED (default ../shared).
set -uo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "eval: $shared/eval/score.py not found; put the shared folder beside the repo" >&2
  exit 1
fi
bin=$(pwd)/target/release/itinera
score="python3 $shared/eval/score.py run"
$score --task trips --gold "$shared/data/trips/dev" --cmd "$bin analyze {file} [--date {date}]" --verbose
$score --task toponyms --corpus lgl --data "$shared/data/geo/lgl" --cmd "$bin analyze {file}" --jobs 2
$score --task toponyms --corpus geowebnews --data "$shared/data/geo/geowebnews" --cmd "$bin analyze {file}" --jobs 2
$score --task timex --data "$shared/data/time/tbaq" --cmd "$bin analyze {file} [--date {date}]" --jobs 2
$score --task keyphrases --data "$shared/data/keyphrases/500N-KPCrowd" --cmd "$bin analyze {file}" --jobs 2

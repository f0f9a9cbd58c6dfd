#!/usr/bin/env bash
# Compares Revisio's FSRS-6 weight fit with fsrs-rs (the reference optimizer) on simulated students whose
# true weights are known. Prints a Markdown table; see docs/benchmarks/revision.md.
#   ./mvnw -q -DskipTests package && (cd bench/fsrs-rs && npm ci) && bench/fsrs-rs/compare.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
revisio=${REVISIO:-"java -jar $(ls target/revisio-*.jar | grep -v original | head -1)"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Three students: slower forgetting with harder first reviews; faster forgetting; a flat forgetting curve.
students=(
  "A 0.6,1.2931,4.0,8.2956,6.4133,0.8334,3.0194,0.001,1.4,0.1666,0.796,2.2,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.35"
  "B 0.1,0.8,1.5,5.0,7.0,0.9,2.5,0.01,1.5,0.2,1.0,1.8,0.08,0.3,1.5,0.5,2.2,0.5425,0.0912,0.0658,0.2"
  "C 0.4,1.8,3.2,12.0,5.5,0.7,3.4,0.005,2.1,0.12,0.6,1.2,0.05,0.2,1.9,0.7,1.6,0.5425,0.0912,0.0658,0.12"
)
field() { python3 -c "import json,sys; v=json.load(sys.stdin)['$1']; print(','.join(repr(x) for x in v) if isinstance(v, list) else v)"; }

echo "| student | reviews | true | default | Revisio fit | fsrs-rs fit | Revisio vs fsrs-rs | held-out: default / Revisio / fsrs-rs | calibration RMSE: true / Revisio | Revisio fit time |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for student in "${students[@]}"; do
  name=${student%% *}; truth=${student#* }
  $revisio fsrs simulate --cards 1000 --reviews 8 --seed 1 --weights "$truth" > "$work/train.jsonl"
  $revisio fsrs simulate --cards 1000 --reviews 8 --seed 2 --weights "$truth" > "$work/test.jsonl"
  start=$(date +%s.%N)
  ours=$($revisio fsrs fit < "$work/train.jsonl" | field weights)
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  theirs=$(node bench/fsrs-rs/fit-with-fsrs-rs.mjs < "$work/train.jsonl" | field weights)
  loss() { $revisio fsrs evaluate ${1:+--weights "$1"} < "$2"; }
  t=$(loss "$truth" "$work/train.jsonl"); d=$(loss "" "$work/train.jsonl")
  o=$(loss "$ours" "$work/train.jsonl"); r=$(loss "$theirs" "$work/train.jsonl")
  hd=$(loss "" "$work/test.jsonl" | field logLoss); ho=$(loss "$ours" "$work/test.jsonl" | field logLoss)
  hr=$(loss "$theirs" "$work/test.jsonl" | field logLoss)
  python3 - "$name" "$t" "$d" "$o" "$r" "$hd" "$ho" "$hr" "$seconds" <<'PY'
import json, sys
name, t, d, o, r = sys.argv[1], *(json.loads(x) for x in sys.argv[2:6])
hd, ho, hr, seconds = (float(x) for x in sys.argv[6:10])
gap = (o["logLoss"] - r["logLoss"]) / r["logLoss"] * 100
print(f"| {name} | {t['reviews']} | {t['logLoss']:.4f} | {d['logLoss']:.4f} | {o['logLoss']:.4f} | {r['logLoss']:.4f} "
      f"| {gap:+.2f} % | {hd:.4f} / {ho:.4f} / {hr:.4f} | {t['calibrationRmse']:.4f} / {o['calibrationRmse']:.4f} | {seconds:.1f} s |")
PY
done

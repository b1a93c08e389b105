#!/usr/bin/env bash
# Quality-diversity algorithms against random latents on one trained run: every algorithm with
# the same measures, grid, batch and iterations, for several seeds (the seed also fixes the
# measures' ranges, so each seed's searches share one grid). Prints one Markdown row per search
# (with the elites' Vendi score and pure diversity, by pixels) and the medians per algorithm;
# the searches stay in RUN/search/qd-compare-*.
#
#   bench/qd-compare.sh RUN [ITERATIONS] [SEEDS] [MEASURES] [OBJECTIVE]
#   (default: 60 3 brightness,colourfulness typical)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="${1:?give a trained run folder, e.g. renders/demo/<run>}"
iterations="${2:-60}"
seeds="${3:-3}"
measures="${4:-brightness,colourfulness}"
objective="${5:-typical}"
"$root/equilibria" --version >/dev/null # builds first, outside the timings
rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT
echo "| algorithm | seed | latents | cells filled | coverage | QD score | latents/s | elites' Vendi | elites' pure diversity |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for seed in $(seq 0 $((seeds - 1))); do
  for algorithm in random map-elites cma-me cma-mae cma-maega; do
    name="qd-compare-$algorithm-$seed"
    rm -rf "${run:?}/search/$name"
    start=$(date +%s.%N)
    "$root/equilibria" search "$run" --algorithm "$algorithm" --measures "$measures" \
      --objective "$objective" --iterations "$iterations" --seed "$seed" --name "$name" \
      >/dev/null 2>&1
    end=$(date +%s.%N)
    python3 - "$run/search/$name/search.json" "$algorithm" "$seed" "$start" "$end" <<'PY' | tee -a "$rows"
import json, sys
record = json.load(open(sys.argv[1]))
last = record["history"][-1]
seconds = float(sys.argv[5]) - float(sys.argv[4])
d = record.get("diversity") or {}
print(f"| {sys.argv[2]} | {sys.argv[3]} | {last['evaluations']} | {last['elites']} | "
      f"{last['coverage']:.3f} | {last['qdScore']:.0f} | {last['evaluations'] / seconds:.0f} | "
      f"{d.get('pixels', float('nan')):.1f} | {d.get('purePixels', float('nan')):.2f} |")
PY
  done
done
echo
echo "| algorithm | median coverage | median QD score |"
echo "|---|---:|---:|"
python3 - "$rows" <<'PY'
import statistics, sys
by = {}
for line in open(sys.argv[1]):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    by.setdefault(cells[0], []).append((float(cells[4]), float(cells[5])))
for algorithm, values in by.items():
    print(f"| {algorithm} | {statistics.median(v[0] for v in values):.3f} | "
          f"{statistics.median(v[1] for v in values):.0f} |")
PY

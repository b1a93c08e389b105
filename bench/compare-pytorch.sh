#!/usr/bin/env bash
# Equilibria's training step against the same step in PyTorch eager, alternating the two in the
# same minutes (these machines are shared and noisy), and the ratio of their median times per
# resolution. The PyTorch side is ../shared/bench/pytorch_demo_step.py, which builds what
# bench/demo-stylegan2.yaml describes layer for layer.
#
#   bench/compare-pytorch.sh [ROUNDS] [STEPS] [RESOLUTION...]     (default: 3 30 16 32 64)
#
# Needs Python with PyTorch (pip install torch). Uses EQUILIBRIA_THREADS (default: one per core)
# libtorch threads on both sides. Prints a Markdown table; progress goes to standard error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script="${PYTORCH_STEP:-$root/../shared/bench/pytorch_demo_step.py}"
if ! python3 -c 'import torch' 2>/dev/null; then
  echo "compare-pytorch: needs Python with PyTorch; install it with: pip install torch" >&2
  exit 2
fi
if [[ ! -f "$script" ]]; then
  echo "compare-pytorch: no PyTorch step at $script; set PYTORCH_STEP to its path" >&2
  exit 2
fi
rounds="${1:-3}"
steps="${2:-30}"
shift $(($# < 2 ? $# : 2))
resolutions=("$@")
[[ ${#resolutions[@]} -gt 0 ]] || resolutions=(16 32 64)
threads="${EQUILIBRIA_THREADS:-$(getconf _NPROCESSORS_ONLN)}"
raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT

for ((round = 1; round <= rounds; round++)); do
  for res in "${resolutions[@]}"; do
    echo "round $round of $rounds, $res px..." >&2
    # The bench table's third column is the median ms/step.
    java_ms="$("$root/equilibria" bench "$root/bench/demo-stylegan2.yaml" --stage "$res" \
      --steps "$steps" --memory "$steps" 2>/dev/null \
      | awk -F'|' -v r="$res" '$2 + 0 == r && $4 ~ /[0-9]/ { gsub(/ /, "", $4); print $4 }')"
    py_ms="$(python3 "$script" --res "$res" --steps "$steps" --threads "$threads" \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)["ms_per_step_median"])')"
    echo "$round $res $java_ms $py_ms" >>"$raw"
  done
done

python3 - "$raw" "$threads" "$steps" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print(f"{sys.argv[2]} libtorch threads each, {sys.argv[3]} timed steps per run, median ms/step\n")
print("| round | resolution | Equilibria | PyTorch | Equilibria / PyTorch |")
print("|---:|---:|---:|---:|---:|")
for rnd, res, eq, py in rows:
    print(f"| {rnd} | {res} | {float(eq):.1f} | {float(py):.1f} | {float(eq) / float(py):.2f} |")
print("\n| resolution | median ratio | range |")
print("|---:|---:|---|")
for res in dict.fromkeys(r[1] for r in rows):
    ratios = [float(eq) / float(py) for _, r, eq, py in rows if r == res]
    print(f"| {res} | {statistics.median(ratios):.2f} | {min(ratios):.2f}-{max(ratios):.2f} |")
PY

#!/usr/bin/env bash
# How a training step fares when it has the machine to itself, beside a second training, and
# beside two busy loops: median ms/step of ./equilibria bench at one resolution in each case.
# The environment passes through, so a setting can be compared with the launcher's own, e.g.
#   GOMP_SPINCOUNT=10000 bench/under-load.sh 32
#
#   bench/under-load.sh [RESOLUTION] [STEPS]     (default: 32 40)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
res="${1:-32}"
steps="${2:-40}"
piece="$root/bench/demo-stylegan2.yaml"
median() {
  "$root/equilibria" bench "$piece" --stage "$res" --steps "$steps" --memory "$steps" 2>/dev/null \
    | awk -F'|' -v r="$res" '$2 + 0 == r && $4 ~ /[0-9]/ { gsub(/ /, "", $4); print $4 }'
}
"$root/equilibria" --version >/dev/null # builds first, outside the timings
other="$(mktemp)"
busy=()
cleanup() {
  rm -f "$other"
  local p
  for p in "${busy[@]+"${busy[@]}"}"; do
    kill "$p" 2>/dev/null || true
  done
}
trap cleanup EXIT
echo "| case | median ms/step at $res px |"
echo "|---|---:|"
echo "| alone | $(median) |"
median >"$other" &
started=$!
sleep 3 # the second training is past its start when the first one's timing begins
mine="$(median)"
wait "$started"
echo "| beside a second training (the other: $(cat "$other")) | $mine |"
yes >/dev/null &
busy+=($!)
yes >/dev/null &
busy+=($!)
echo "| beside two busy loops | $(median) |"

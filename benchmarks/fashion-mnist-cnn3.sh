#!/usr/bin/env bash
# The issue's accuracy target: cnn3, T = 4, full Fashion-MNIST, 3 epochs, no augmentation,
# SGD 0.1 / momentum 0.9 / weight decay 5e-4, batch 64; baseline and TRT for seeds 0, 1, 2.
# Usage: benchmarks/fashion-mnist-cnn3.sh OUT_DIR   (about 75 minutes on 2 cores)
set -euo pipefail
out="${1:?usage: $0 OUT_DIR}"
here="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
for seed in 0 1 2; do
  for method in baseline trt; do
    run="$out/$method-seed$seed"
    if [[ -f "$run/metrics.json" ]] && grep -q '"final"' "$run/metrics.json"; then
      echo "skip $run (finished)"; continue
    fi
    rm -rf "$run"
    "$here/snn4j" train --dataset fashion-mnist --model cnn3 --method "$method" --timesteps 4 --epochs 3 \
      --batch-size 64 --optimizer sgd --lr 0.1 --momentum 0.9 --weight-decay 5e-4 --seed "$seed" \
      --augment none --out "$run" --json > "$run.json"
  done
done
"$here/benchmarks/summarize.py" "$out"

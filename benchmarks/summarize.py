#!/usr/bin/env python3
"""Mean ± sample std of test accuracy, ASFR and seconds per epoch per method over run folders."""
import json, statistics, sys, pathlib
root = pathlib.Path(sys.argv[1])
rows = {}
for metrics in sorted(root.glob("*/metrics.json")):
    m = json.loads(metrics.read_text())
    if "final" not in m:
        continue
    rows.setdefault(m["method"], []).append(m["final"])
def fmt(values, scale=1.0, digits=2):
    values = [v * scale for v in values]
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.{digits}f} ± {sd:.{digits}f}"
print("| method | runs | test accuracy (%) | ASFR | s / epoch |")
print("|---|---|---|---|---|")
for method, finals in rows.items():
    print(f"| {method} | {len(finals)} | {fmt([f['test_accuracy'] for f in finals], 100)} | "
          f"{fmt([f['asfr'] for f in finals], 1, 4)} | {fmt([f['seconds_per_epoch'] for f in finals], 1, 1)} |")

"""Kernel ridge regression at scale: NTK random features against the exact NTK.

    python benchmarks/features.py [--ns 1000,3000,10000,30000,100000] [--m 1024]
        [--depth 2] [--dim 5] [--max-exact 5000] [--out benchmarks/results/features]

Data: N points uniform on S^(d-1) with the Laplace page's smooth target (25 % test).
Kernel: the ReLU MLP NTK (depth ``--depth``, W_std 1.5, b_std 0.1, NTK parameterization).
For each N: the feature route (draw the map, featurise train and test, ridge in feature
space with the validation sweep, predict) and, while N <= ``--max-exact``, the exact route
(N x N analytic kernel, KRR with the same protocol). Time is wall-clock of the whole
route; memory is the peak of Python allocations (``tracemalloc``, which numpy reports
to). Writes ``OUT.txt`` and ``OUT.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ntk_core.app.laplace_study import sphere_target  # noqa: E402
from ntk_core.features import feature_ridge_regression, relu_feature_map  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.networks.specs import MLPSpec  # noqa: E402
from ntk_core.sphere import datasets, regression  # noqa: E402


def measured(fn):
    """``(result, seconds, peak bytes)`` of ``fn()``."""
    tracemalloc.start()
    t0 = time.perf_counter()
    out = fn()
    sec = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return out, sec, peak


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ns", default="1000,3000,10000,30000,100000")
    ap.add_argument("--m", type=int, default=1024)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--dim", type=int, default=5)
    ap.add_argument("--max-exact", type=int, default=5000)
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/features"))
    a = ap.parse_args(argv)
    spec = MLPSpec(depth=a.depth, width=1, activation="relu", W_std=1.5, b_std=0.1)
    rows = []
    for n in [int(v) for v in a.ns.split(",")]:
        x = datasets.sample_sphere(11, n, a.dim)
        y = sphere_target(x, 0)
        tr, te = datasets.train_test_split_indices(0, n, 0.25)

        def feats():
            fmap = relu_feature_map(spec, a.dim, a.m, 0)
            return feature_ridge_regression(fmap(x[tr]), y[tr], fmap(x[te]), y[te], key=0)

        rf, t_f, mem_f = measured(feats)
        row = {"n": n, "m": a.m, "features_s": t_f, "features_peak_mb": mem_f / 2 ** 20,
               "features_rel_mse": rf.test_rel_mse}
        if n <= a.max_exact:
            re, t_e, mem_e = measured(lambda: regression.kernel_ridge_regression(
                regression.ntk_kernel_fn(spec), x[tr], y[tr], x[te], y[te], key=0))
            row.update(exact_s=t_e, exact_peak_mb=mem_e / 2 ** 20, exact_rel_mse=re.test_rel_mse,
                       speedup=t_e / t_f,
                       pred_rel_diff=float(np.linalg.norm(rf.y_pred - re.y_pred)
                                           / np.linalg.norm(re.y_pred)))
        rows.append(row)
        print(row, flush=True)
    nan = float("nan")
    lines = [f"{describe_device()}; ReLU MLP NTK depth {a.depth}, sphere S^{a.dim - 1}, "
             f"m = {a.m} features (float32), exact only for N <= {a.max_exact}",
             f"{'N':>7} {'feat s':>8} {'feat MB':>8} {'feat relMSE':>11} {'exact s':>8} "
             f"{'exact MB':>9} {'exact relMSE':>12} {'speed-up':>8} {'|dpred|':>8}"]
    for r in rows:
        lines.append(f"{r['n']:>7} {r['features_s']:>8.2f} {r['features_peak_mb']:>8.0f} "
                     f"{r['features_rel_mse']:>11.4f} {r.get('exact_s', nan):>8.2f} "
                     f"{r.get('exact_peak_mb', nan):>9.0f} {r.get('exact_rel_mse', nan):>12.4f} "
                     f"{r.get('speedup', nan):>8.1f} {r.get('pred_rel_diff', nan):>8.3f}")
    text = "\n".join(lines)
    print(text)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".txt").write_text(text + "\n")
    out.with_suffix(".json").write_text(json.dumps({"device": describe_device(),
                                                    "args": vars(a), "rows": rows}, indent=2))
    print(f"wrote {out}.txt and .json")


if __name__ == "__main__":
    main()

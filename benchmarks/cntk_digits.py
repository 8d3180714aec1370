"""CNTK random features against the exact CNTK on scikit-learn's bundled 8x8 digits.

    python benchmarks/cntk_digits.py [--ms 64,256] [--layers 2] [--upsample 1,2]
        [--exact-max 1797] [--n-exact-16 600] [--merge] [--out benchmarks/results/cntk_digits]

Data: sklearn.datasets.load_digits (1797 images, 10 classes, no download), pixels / 16,
each image scaled to unit norm; optionally upsampled 2x (nearest neighbour, 16x16) --
the exact GAP kernel's cost grows as (H W)^2 per pair, the features' as H W. Network:
conv 3x3 SAME + ReLU, ``--layers`` times, GAP, W_std 1.5, b_std 0.1, NTK
parameterization. Same 75 / 25 split and ridge protocol (ridge chosen on a validation
split of the training rows) for kernel ridge regression on the exact CNTK and ridge
regression on the features. Reports test accuracy, wall time of each route (kernel or
features + fit + predict) and the relative Frobenius error of Phi Phi^T on the first 300
images. Exact kernel on the first ``--exact-max`` images (``--n-exact-16`` when upsampled),
features (each m of ``--ms``) on those and on all 1797. ``--methods``: the CNTK feature maps
compared (``cntk_feature_map(method=)``). ``--merge`` adds the rows to the JSON already at
``--out`` (replacing equal (size, n, m, method) keys), so the table is built in
parts. Machine load recorded.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._out import write_results  # noqa: E402

from ntk_core.features import feature_ridge_regression, relative_frobenius_error  # noqa: E402
from ntk_core.features.cntk_sketch import cntk_feature_map  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite.analytic import cnn_kernels  # noqa: E402
from ntk_core.networks.specs import CNNSpec, ConvLayer  # noqa: E402
from ntk_core.sphere import datasets, regression  # noqa: E402


def digits(upsample: int):
    from sklearn.datasets import load_digits
    raw = load_digits()
    x = raw.images / 16.0
    if upsample > 1:
        x = np.kron(x, np.ones((1, upsample, upsample)))
    x = x / np.linalg.norm(x.reshape(len(x), -1), axis=1)[:, None, None]
    y = np.eye(10)[raw.target] - 0.1
    return x[..., None], y


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ms", default="64,256")
    ap.add_argument("--methods", default="leverage,ntk_sketch")
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--upsample", default="1,2")
    ap.add_argument("--exact-max", type=int, default=1797)
    ap.add_argument("--n-exact-16", type=int, default=600)
    ap.add_argument("--no-exact", action="store_true", help="features only")
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/cntk_digits"))
    a = ap.parse_args(argv)
    spec = CNNSpec(layers=(ConvLayer(8),) * a.layers, W_std=1.5, b_std=0.1)
    rows = []
    for up in [int(v) for v in a.upsample.split(",")]:
        x, y = digits(up)
        n_exact = min(len(x), a.exact_max if up == 1 else a.n_exact_16)
        for n, do_exact in sorted({(n_exact, not a.no_exact), (len(x), False)}):
            xs, ys = x[:n], y[:n]
            tr, te = datasets.train_test_split_indices(0, n, 0.25)
            exact = {}
            if do_exact:
                t0 = time.perf_counter()
                re = regression.kernel_ridge_regression(
                    lambda p, q: cnn_kernels(spec, p, q).ntk, xs[tr], ys[tr], xs[te], ys[te],
                    key=0, classification=True)
                exact = {"exact_s": time.perf_counter() - t0, "exact_acc": re.test_accuracy}
                k300 = cnn_kernels(spec, xs[:300]).ntk
                print(exact, flush=True)
            for m, method in [(int(v), mt) for v in a.ms.split(",")
                              for mt in a.methods.split(",")]:
                t0 = time.perf_counter()
                fmap = cntk_feature_map(spec, x.shape[1:], m, 0, method=method)
                rf = feature_ridge_regression(fmap(xs[tr]), ys[tr], fmap(xs[te]), ys[te],
                                              key=0, classification=True)
                t_f = time.perf_counter() - t0
                row = {"size": x.shape[1], "n": n, "m": m, "method": method, "features_s": t_f,
                       "features_acc": rf.test_accuracy,
                       "load": open("/proc/loadavg").read().split()[0], **exact}
                if do_exact:
                    row.update(speedup=exact["exact_s"] / t_f,
                               frob_300=relative_frobenius_error(k300, fmap(xs[:300])))
                rows.append(row)
                print(row, flush=True)
    path = Path(a.out).with_suffix(".json")
    if a.merge and path.exists():
        def key(r):
            return r["size"], r["n"], r["m"], r.get("method", "leverage")
        new = {key(r) for r in rows}
        rows = [r for r in json.loads(path.read_text())["rows"] if key(r) not in new] + rows
    rows.sort(key=lambda r: (r["size"], r["n"], r["m"], r["method"]))
    nan = float("nan")
    lines = [f"{describe_device()}; CNTK ({a.layers} x conv3x3 + ReLU, GAP, W_std 1.5, "
             "b_std 0.1) on sklearn digits (75/25 split of the first N), m features per pixel and layer; "
             "exact: kernel ridge on the exact CNTK (kernel + fit + predict); features: draw + "
             "featurise + ridge fit + predict; frob(300): relative Frobenius error of "
             "Phi Phi^T on the first 300 images",
             f"{'HxW':>6} {'N':>5} {'m':>5} {'method':>10} {'feat acc':>8} {'feat s':>7} {'exact acc':>9} "
             f"{'exact s':>8} {'speed-up':>8} {'frob(300)':>9} {'load':>5}"]
    for r in rows:
        lines.append(f"{r['size']:>3}x{r['size']:<2} {r['n']:>5} {r['m']:>5} {r['method']:>10} "
                     f"{r['features_acc']:>8.4f} {r['features_s']:>7.1f} {r.get('exact_acc', nan):>9.4f} "
                     f"{r.get('exact_s', nan):>8.1f} {r.get('speedup', nan):>8.1f} "
                     f"{r.get('frob_300', nan):>9.4f} {r['load']:>5}")
    text = "\n".join(lines)
    write_results(a.out, text, {"device": describe_device(), "args": vars(a), "rows": rows})


if __name__ == "__main__":
    main()

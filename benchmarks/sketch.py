"""NTK feature maps side by side: dense Gaussian sketch vs NTK Sketch vs leverage-score
features, against the exact analytic ReLU MLP NTK.

    python benchmarks/sketch.py [--n 1000] [--dim 16] [--ms 256,1024,4096,16384]
        [--depths 1,2,3,4] [--time-ms 4096,8192,16384] [--time-depth 4]
        [--gauss-max-m 8192] [--out benchmarks/results/sketch]

Error table: for each depth and m, relative Frobenius error and spectral epsilon
(lam = 1 % of the mean diagonal) of ``Phi Phi^T`` against the exact NTK on ``--n`` points
uniform on S^(dim-1) (W_std 1.5, b_std 0.1, NTK parameterization: the Scale page's
kernel), one draw per (method, m), methods interleaved. Time table: draw + featurise the
same points at depth ``--time-depth`` (wall clock incl. JIT compilation; the Gaussian map
only up to ``--gauss-max-m``: its dense projections take 3 m^2/4 floats per layer, 3.2 GB
at depth 4, m = 16384, over this shared machine's per-process budget). Peak memory is
``tracemalloc``'s (numpy) plus the feature matrix for the JAX maps. The machine load
(``/proc/loadavg``) is recorded with each time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._out import write_results  # noqa: E402

from ntk_core.features import feature_map, relative_frobenius_error, spectral_epsilon  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite.analytic import mlp_kernels  # noqa: E402
from ntk_core.networks.specs import MLPSpec  # noqa: E402
from ntk_core.sphere.datasets import sample_sphere  # noqa: E402

METHODS = ("gaussian", "ntk_sketch", "leverage")


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def spec_of(depth):
    return MLPSpec(depth=depth, width=1, activation="relu", W_std=1.5, b_std=0.1)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--dim", type=int, default=16)
    ap.add_argument("--ms", default="256,1024,4096,16384")
    ap.add_argument("--depths", default="1,2,3,4")
    ap.add_argument("--time-ms", default="4096,8192,16384")
    ap.add_argument("--time-depth", type=int, default=4)
    ap.add_argument("--gauss-max-m", type=int, default=8192)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/sketch"))
    a = ap.parse_args(argv)
    x = sample_sphere(a.seed, a.n, a.dim)
    err_rows, time_rows = [], []
    for depth in [int(v) for v in a.depths.split(",")]:
        spec = spec_of(depth)
        k = mlp_kernels(spec, x).ntk
        lam = 1e-2 * float(np.mean(np.diag(k)))
        for m in [int(v) for v in a.ms.split(",")]:
            for method in METHODS:
                if method == "gaussian" and m > a.gauss_max_m and depth > 2:
                    continue
                phi = feature_map(spec, a.dim, m, a.seed, method=method)(x)
                row = {"depth": depth, "m": m, "method": method, "dim": phi.shape[1],
                       "frob": relative_frobenius_error(k, phi),
                       "eps": spectral_epsilon(k, phi, lam)}
                err_rows.append(row)
                print(row, flush=True)
    spec = spec_of(a.time_depth)
    for m in [int(v) for v in a.time_ms.split(",")]:
        for method in METHODS:
            if method == "gaussian" and m > a.gauss_max_m:
                continue
            t0 = time.perf_counter()
            phi = feature_map(spec, a.dim, m, a.seed + 1, method=method)(x)
            sec = time.perf_counter() - t0
            row = {"depth": a.time_depth, "m": m, "method": method, "seconds": sec,
                   "load": load(), "features_mb": phi.nbytes / 2 ** 20}
            time_rows.append(row)
            print(row, flush=True)
    lines = [f"{describe_device()}; ReLU MLP NTK (W_std 1.5, b_std 0.1), {a.n} points on "
             f"S^{a.dim - 1}; lam = 1 % of mean diag K",
             f"{'depth':>5} {'m':>6} " + " ".join(f"{mt + ' frob':>16} {'eps':>6}"
                                                  for mt in METHODS)]
    for depth in sorted({r["depth"] for r in err_rows}):
        for m in sorted({r["m"] for r in err_rows}):
            cells = []
            for mt in METHODS:
                r = [r for r in err_rows if (r["depth"], r["m"], r["method"]) == (depth, m, mt)]
                cells.append(f"{r[0]['frob']:>16.4f} {r[0]['eps']:>6.2f}" if r else
                             f"{'-':>16} {'-':>6}")
            lines.append(f"{depth:>5} {m:>6} " + " ".join(cells))
    lines += ["", f"time to draw + featurise {a.n} points, depth {a.time_depth} (incl. JIT)",
              f"{'m':>6} {'method':>11} {'seconds':>8} {'load':>6} {'vs gaussian':>11}"]
    for r in time_rows:
        g = [q for q in time_rows if q["m"] == r["m"] and q["method"] == "gaussian"]
        ratio = f"{g[0]['seconds'] / r['seconds']:>10.1f}x" if g else f"{'-':>11}"
        lines.append(f"{r['m']:>6} {r['method']:>11} {r['seconds']:>8.2f} {r['load']:>6} {ratio}")
    text = "\n".join(lines)
    write_results(a.out, text, {"device": describe_device(), "args": vars(a),
                                "errors": err_rows, "times": time_rows})


if __name__ == "__main__":
    main()

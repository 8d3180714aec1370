"""Monte-Carlo convergence of CNN NTKs to the analytic CNTK: Gaussian, per-tap orthogonal and
delta-orthogonal convolutions; printed as a table and written as JSON.

    python benchmarks/orthogonal_cnn.py [--seeds 16] [--widths 16,32,64,128,256]
        [--out orthogonal_cnn.json]

Network: two 3x3 SAME convs, ReLU, global average pooling, Dense(1), NTK parameterization,
W_std 1.4, b_std 0.2 (as tests/test_orthogonal.py); inputs: 3 standard normal 4x4x2 images
(numpy default_rng(1)). Per init and width: the relative Frobenius error of each seed's
float32 trace NTK against the *Gaussian* analytic CNTK (float64, numpy recursion), its mean,
median and std over seeds, the error of the seed-mean kernel, and for delta-orthogonal also
the mean error against its own analytic kernel (the centre-tap recursion of
:mod:`ntk_core.infinite.analytic`); the slope of log(mean error) against log(width).
Theory (Huang, Du, Xu 2021): Gaussian and per-tap orthogonal both fall like width^-1/2 to the
same kernel; delta-orthogonal levels off at its limit's distance to the Gaussian CNTK.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from ntk_core.infinite.analytic import cnn_kernels  # noqa: E402
from ntk_core.infinite.convergence import fit_power_law, relative_frobenius, seed_ntks  # noqa: E402
from ntk_core.networks.specs import INITS, CNNSpec, ConvLayer  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def spec(width: int, init: str) -> CNNSpec:
    return CNNSpec(layers=(ConvLayer(width, 3), ConvLayer(width, 3)), W_std=1.4, b_std=0.2,
                   weight_init=init)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=16)
    ap.add_argument("--widths", default="16,32,64,128,256")
    ap.add_argument("--chunk", type=int, default=8, help="seeds per vmapped program")
    ap.add_argument("--out", default="orthogonal_cnn.json")
    a = ap.parse_args(argv)
    widths = [int(w) for w in a.widths.split(",")]
    x = np.random.default_rng(1).normal(size=(3, 4, 4, 2))
    load0, t0 = open("/proc/loadavg").read().split()[:3], time.time()
    rows = []
    for init in INITS:
        for w in widths:
            gauss = cnn_kernels(spec(w, "gaussian"), x, engine="numpy").ntk
            own = cnn_kernels(spec(w, init), x, engine="numpy").ntk
            ks = np.concatenate([seed_ntks(spec(w, init), x, min(a.chunk, a.seeds - s), key=s)
                                 for s in range(0, a.seeds, a.chunk)])
            e = np.array([relative_frobenius(k, gauss) for k in ks])
            rows.append({"init": init, "width": w, "mean": float(e.mean()),
                         "median": float(np.median(e)), "std": float(e.std(ddof=1)),
                         "seed_mean_kernel": relative_frobenius(ks.mean(0), gauss),
                         "mean_vs_own": float(np.mean([relative_frobenius(k, own) for k in ks])),
                         "own_vs_gaussian": relative_frobenius(own, gauss)})
            print(rows[-1], flush=True)
    slopes = {i: fit_power_law(widths, [r["mean"] for r in rows if r["init"] == i])[0]
              for i in INITS}
    load1 = open("/proc/loadavg").read().split()[:3]
    head = (f"CPU (2 cores); loadavg at start {' '.join(load0)}; {a.seeds} seeds; error = "
            "relative Frobenius distance of one seed's NTK to the Gaussian analytic CNTK")
    lines = [head, f"{'init':>17} {'width':>5} {'mean':>7} {'median':>7} {'std':>7} "
                   f"{'seed-mean K':>11} {'vs own limit':>12} {'own limit vs G':>14}"]
    for r in rows:
        lines.append(f"{r['init']:>17} {r['width']:5d} {r['mean']:7.4f} {r['median']:7.4f} "
                     f"{r['std']:7.4f} {r['seed_mean_kernel']:11.4f} {r['mean_vs_own']:12.4f} "
                     f"{r['own_vs_gaussian']:14.4f}")
    lines.append("slope of log(mean error) vs log(width): " +
                 ", ".join(f"{i} {s:.3f}" for i, s in slopes.items()))
    lines.append(f"wall {time.time() - t0:.0f} s; loadavg at end {' '.join(load1)}")
    print("\n".join(lines))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / a.out).write_text(json.dumps({"rows": rows, "slopes": slopes, "seeds": a.seeds,
                                             "loadavg_start": load0, "loadavg_end": load1},
                                            indent=1))
    (RESULTS / a.out.replace(".json", ".txt")).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

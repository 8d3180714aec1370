"""The speed goal of issue 22 side by side: draw + featurise 1000 points on S^15 with the
depth-4 ReLU MLP NTK at m = 16384 by the dense Gaussian sketch and by the NTK Sketch, in
one process, interleaved, ``--reps`` times; the minimum of each method's times, its
median, its first call (incl. JIT compilation) and the error of its features at the same
m against the exact analytic NTK.

    python benchmarks/sketch_speed.py [--n 1000] [--dim 16] [--depth 4] [--m 16384]
        [--reps 3] [--methods gaussian,ntk_sketch] [--out benchmarks/results/sketch_speed]

The Gaussian map holds 9 dense m/2-column float32 matrices at depth 4 (2.4 GB at
m = 16384); its random draws and its O(N m^2) products are what it spends its time on.
The machine load (``/proc/loadavg``) is recorded before and after each timed call.
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
from benchmarks.sketch import load, spec_of  # noqa: E402

from ntk_core.features import feature_map, relative_frobenius_error, spectral_epsilon  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite.analytic import mlp_kernels  # noqa: E402
from ntk_core.sphere.datasets import sample_sphere  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--dim", type=int, default=16)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--m", type=int, default=16384)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--methods", default="ntk_sketch,gaussian")
    ap.add_argument("--gauss-reps", type=int, default=None,
                    help="timed Gaussian calls (default reps + 1; numpy: no compilation, "
                         "so its first call counts as a timed one)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/sketch_speed"))
    a = ap.parse_args(argv)
    methods = a.methods.split(",")
    x = sample_sphere(0, a.n, a.dim)
    spec = spec_of(a.depth)
    k = mlp_kernels(spec, x).ntk
    lam = 1e-2 * float(np.mean(np.diag(k)))
    runs = {mt: [] for mt in methods}
    errors = {}
    gauss_reps = a.reps + 1 if a.gauss_reps is None else a.gauss_reps
    for rep in range(a.reps + 1):  # rep 0: the first call, JIT compilation included
        for mt in methods:
            if mt == "gaussian" and rep >= gauss_reps:
                continue
            before = load()
            t0 = time.perf_counter()
            phi = feature_map(spec, a.dim, a.m, rep, method=mt)(x)
            sec = time.perf_counter() - t0
            runs[mt].append({"rep": rep, "seconds": sec, "load_before": before,
                             "load_after": load()})
            print(mt, runs[mt][-1], flush=True)
            if mt not in errors:
                errors[mt] = {"dim": int(phi.shape[1]),
                              "frob": relative_frobenius_error(k, phi),
                              "eps": spectral_epsilon(k, phi, lam)}
                print(mt, errors[mt], flush=True)
            del phi
            report(a, methods, runs, errors)


def report(a, methods, runs, errors):
    """Write the table from the calls so far (a killed run leaves a partial table)."""
    summary = {}
    for mt in methods:
        if not runs[mt]:
            continue
        # the Gaussian map is numpy (nothing to compile): every call is a timed one
        warm = [r["seconds"] for r in (runs[mt] if mt == "gaussian" else runs[mt][1:])]
        warm = warm or [runs[mt][0]["seconds"]]
        summary[mt] = {"first": runs[mt][0]["seconds"], "min": min(warm),
                       "median": float(np.median(warm)), "timed_calls": len(warm)}
    methods = [mt for mt in methods if mt in summary]
    base = summary.get("gaussian")
    lines = [f"{describe_device()}; draw + featurise {a.n} points on S^{a.dim - 1}, ReLU MLP "
             f"NTK depth {a.depth} (W_std 1.5, b_std 0.1), m = {a.m}; {a.reps} interleaved "
             f"reps after a first call (Gaussian: {summary.get('gaussian', {}).get('timed_calls', 0)} "
             "calls in all); lam = 1 % of mean diag K",
             f"{'method':>11} {'features':>8} {'first s':>8} {'min s':>8} {'median s':>8} "
             f"{'speed-up':>8} {'1st-call':>8} {'frob':>7} {'eps':>6} {'calls':>5}"]
    for mt in methods:
        s, e = summary[mt], errors[mt]
        ratio = f"{base['min'] / s['min']:>7.1f}x" if base else f"{'-':>8}"
        ratio += f" {base['first'] / s['first']:>7.1f}x" if base else f" {'-':>8}"
        lines.append(f"{mt:>11} {e['dim']:>8} {s['first']:>8.2f} {s['min']:>8.2f} "
                     f"{s['median']:>8.2f} {ratio} {e['frob']:>7.4f} {e['eps']:>6.2f} "
                     f"{s['timed_calls']:>5}")
    loads = [r[key] for rs in runs.values() for r in rs for key in ("load_before", "load_after")]
    lines.append(f"speed-up: the Gaussian sketch's min time over the method's min time "
                 "(1st-call: first calls, the NTK Sketch's JIT compilation included); "
                 f"1-min load during the timed calls {min(loads)}..{max(loads)} "
                 "(the machine is shared)")
    write_results(a.out, "\n".join(lines),
                  {"device": describe_device(), "args": vars(a), "runs": runs,
                   "summary": summary, "errors": errors})


if __name__ == "__main__":
    main()

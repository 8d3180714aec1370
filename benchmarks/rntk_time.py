"""Time of the analytic RNTK + NNGP (ntk_core.infinite.recurrent) for N sequences of T
steps, N x N kernel, one RNN layer, relu, readout last (O(N^2 T)) and, at the smaller N,
readout mean (O(N^2 T^2)).

    python benchmarks/rntk_time.py [--ns 100,200,400,700,1000] [--T 100]

Each row: the first call (tracing + XLA compilation + run) and the median of 3 warm
calls; the fitted exponent of warm time against N (theory: 2). No peer library offers the
RNTK (neural-tangents has no recurrent layer), so there is no side-by-side yardstick; the
brute-force reference of the tests (plain loops) is timed on a few pairs for scale.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _report import machine_load, write_results  # noqa: E402

from ntk_core.infinite.recurrent import rnn_kernels  # noqa: E402
from ntk_core.networks import RNN, LayerNet  # noqa: E402
from ntk_core.sequences import synthetic_sequences  # noqa: E402


def timed(fn, reps=3):
    t0 = time.perf_counter()
    fn()
    first = time.perf_counter() - t0
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return first, float(np.median(ts))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ns", default="100,200,400,700,1000")
    ap.add_argument("--T", type=int, default=100)
    ap.add_argument("--mean-ns", default="100,200")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/rntk_time"))
    a = ap.parse_args(argv)
    load = machine_load()
    rows = []
    for readout, ns in (("last", a.ns), ("mean", a.mean_ns)):
        net = LayerNet((RNN(1, "relu", 1.0, 1.0, 0.1, readout),), b_std=0.1)
        for n in (int(v) for v in ns.split(",") if v):
            x = synthetic_sequences(0, n, min_len=a.T, max_len=a.T).x
            first, warm = timed(lambda: rnn_kernels(net, x))
            rows.append({"readout": readout, "N": n, "T": a.T, "first_s": first, "warm_s": warm,
                         "pair_steps_per_s": n * n * a.T * (2 * a.T - 1 if readout == "mean" else 1) / warm})
            print(rows[-1], flush=True)
    last = [r for r in rows if r["readout"] == "last"]
    slope = float(np.polyfit(np.log([r["N"] for r in last]), np.log([r["warm_s"] for r in last]), 1)[0]) \
        if len(last) > 1 else float("nan")
    lines = [f"Analytic RNTK + NNGP, N x N, T = {a.T}, relu, one layer, float64 jitted (CPU); "
             f"load {' '.join(load)}",
             f"{'readout':>8} {'N':>6} {'first s':>9} {'warm s':>9} {'pair-steps/s':>13}"]
    lines += [f"{r['readout']:>8} {r['N']:>6} {r['first_s']:>9.2f} {r['warm_s']:>9.3f} "
              f"{r['pair_steps_per_s']:>13.3g}" for r in rows]
    lines.append(f"fitted exponent of warm time vs N (readout last): {slope:.2f} (theory 2)")
    write_results(a.out, lines, {"args": vars(a), "load": load, "rows": rows,
                                  "exponent_last": slope})


if __name__ == "__main__":
    main()

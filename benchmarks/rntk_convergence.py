"""Monte-Carlo convergence of finite RNNs' empirical NTK to the analytic RNTK.

    python benchmarks/rntk_convergence.py [--widths 64,256,1024] [--seeds 4]

Four one-layer RNNs (relu / erf, readout last / mean) on four masked sequences (lengths
4, 4, 2, 3: equal- and unequal-length pairs), evaluated in one combined function per width
(block-diagonal full NTK). Per-seed relative Frobenius error against the RNTK, its mean
over seeds, the error of the seed-mean kernel, and the slope of log error vs log width
fitted per seed (mean +- standard error; theory -1/2).
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

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

from ntk_core.finite.empirical import compute_ntk  # noqa: E402
from ntk_core.infinite import analytic_kernels  # noqa: E402
from ntk_core.infinite.convergence import relative_frobenius  # noqa: E402
from ntk_core.networks import RNN, LayerNet, pack_sequences  # noqa: E402

CONFIGS = [(a, r) for a in ("relu", "erf") for r in ("last", "mean")]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="64,256,1024")
    ap.add_argument("--seeds", type=int, default=4)
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/rntk_convergence"))
    a = ap.parse_args(argv)
    load = machine_load()
    widths = [int(w) for w in a.widths.split(",")]
    rng = np.random.default_rng(0)
    x = pack_sequences([rng.normal(size=(t, 2)) for t in (4, 4, 2, 3)], masked=True)

    def nets(w):
        return [LayerNet((RNN(w, act, 1.0, 1.0, 0.2, r, masked=True),), b_std=0.1)
                for act, r in CONFIGS]
    ana = [analytic_kernels(n, x).ntk for n in nets(1)]
    err = np.zeros((len(widths), len(CONFIGS), a.seeds))
    mean_err = np.zeros((len(widths), len(CONFIGS)))
    t0 = time.perf_counter()
    for wi, w in enumerate(widths):
        ns = nets(w)

        def f(params, xb, ns=ns):
            return jnp.concatenate([n.apply(p, xb) for n, p in zip(ns, params)], axis=1)
        per = []
        for s in range(a.seeds):
            keys = jax.random.split(jax.random.PRNGKey(s), len(ns))
            p = [n.init(k, x.shape, jnp.float32) for n, k in zip(ns, keys)]
            k = compute_ntk(f, p, jnp.asarray(x, jnp.float32), output="full").kernel
            per.append([np.asarray(k[:, :, i, i], np.float64) for i in range(len(ns))])
        per = np.array(per)
        for i in range(len(CONFIGS)):
            err[wi, i] = [relative_frobenius(per[s, i], ana[i]) for s in range(a.seeds)]
            mean_err[wi, i] = relative_frobenius(per[:, i].mean(0), ana[i])
        print(f"width {w}: {err[wi].mean(1).round(4)} ({time.perf_counter() - t0:.0f} s)", flush=True)
    lw = np.log(widths)
    rows = []
    for i, (act, r) in enumerate(CONFIGS):
        slopes = [float(np.polyfit(lw, np.log(err[:, i, s]), 1)[0]) for s in range(a.seeds)]
        rows.append({"activation": act, "readout": r, "err_single_mean": err[:, i].mean(1).tolist(),
                     "err_of_mean_kernel": mean_err[:, i].tolist(), "slope": float(np.mean(slopes)),
                     "slope_stderr": float(np.std(slopes, ddof=1) / np.sqrt(a.seeds))})
    lines = [f"Finite RNN NTK vs analytic RNTK (relative Frobenius), {a.seeds} seeds, "
             f"lengths 4,4,2,3 (masked); load {' '.join(load)}",
             f"{'net':>12} " + " ".join(f"{'w=' + str(w):>9}" for w in widths)
             + f" {'slope':>14}"]
    for r in rows:
        lines.append(f"{r['activation'] + ' ' + r['readout']:>12} "
                     + " ".join(f"{e:>9.4f}" for e in r["err_single_mean"])
                     + f" {r['slope']:>7.2f} +- {r['slope_stderr']:.2f}")
    lines.append("(per-seed error, mean over seeds; slope of log error vs log width, theory -0.5)")
    write_results(a.out, lines, {"args": vars(a), "load": load, "rows": rows,
                                  "widths": widths})


if __name__ == "__main__":
    main()

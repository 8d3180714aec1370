"""Benchmark of the infinite-width limits (issue 4): analytic MLP NTK for N = 2000 points,
CNN NTK (GAP, all position pairs) for 64 images of 16x16, Funk-Hecke spectra for K = 200,
plus a Laplace fit and a Monte-Carlo check. Prints a table and writes
benchmarks/results/limits.json.

Run: python benchmarks/limits.py [--quick]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ntk_core.sphere.datasets import sample_sphere  # noqa: E402
from ntk_core.infinite.analytic import cnn_kernels, mlp_kernel_on_sphere, mlp_kernels  # noqa: E402
from ntk_core.sphere.laplace import fit_kernel_on_sphere, gamma_exponential_of_u  # noqa: E402
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec  # noqa: E402
from ntk_core.sphere.spectra import fit_decay_exponent, funk_hecke_eigenvalues  # noqa: E402


def timed(fn, repeats=1):
    best, out = np.inf, None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return out, best


def main(quick=False):
    rows = []

    def add(task, size, seconds, detail):
        rows.append({"task": task, "size": size, "seconds": round(seconds, 4), "detail": detail})

    n = 500 if quick else 2000
    x = sample_sphere(0, n, 10)
    for act in ["relu", "erf"]:
        spec = MLPSpec(depth=3, activation=act, W_std=1.4, b_std=0.1)
        k, t = timed(lambda: mlp_kernels(spec, x), repeats=2)
        add(f"MLP NTK+NNGP, depth 3, {act} (closed form)", f"N={n}, d=10", t,
            f"ntk[0,1]={k.ntk[0, 1]:.6f}")
    nq = 60 if quick else 200
    spec = MLPSpec(depth=2, activation="tanh", W_std=1.4, b_std=0.1)
    k, t = timed(lambda: mlp_kernels(spec, x[:nq]))
    add("MLP NTK+NNGP, depth 2, tanh (polar quadrature)", f"N={nq}, d=10", t,
        f"{nq * nq} pairs x 18,432 nodes x (phi, phi') x 2 layers")

    n_img = 16 if quick else 64
    imgs = np.random.default_rng(1).normal(size=(n_img, 16, 16, 3))
    for readout in ["gap", "flatten"]:
        cspec = CNNSpec(layers=(ConvLayer(64, 3), ConvLayer(64, 3)), readout=readout,
                        W_std=1.4, b_std=0.1)
        k, t = timed(lambda: cnn_kernels(cspec, imgs))
        add(f"CNN NTK+NNGP, 2 conv 3x3 SAME relu, {readout}", f"{n_img} imgs 16x16x3", t,
            f"ntk[0,1]={k.ntk[0, 1]:.6f}")

    K = 200
    for d in [3, 10, 50]:
        fn = lambda u: mlp_kernel_on_sphere(MLPSpec(depth=2, W_std=1.4, b_std=0.1), u, d).ntk
        sp, t = timed(lambda: funk_hecke_eigenvalues(fn, d, K), repeats=3)
        if d <= 10:
            fit = fit_decay_exponent(sp, 20, 100)
            detail = f"decay exponent {fit.exponent:.3f} +- {fit.exponent_stderr:.3f} (theory {d})"
        else:  # k^-50 leaves double precision long before k = 20
            detail = f"{int((~sp.zero_degrees).sum())} degrees above 1e-13 of the largest"
        add("Funk-Hecke spectrum, ReLU NTK depth 2", f"K={K}, d={d}", t, detail)
    sp, t = timed(lambda: funk_hecke_eigenvalues(lambda u: gamma_exponential_of_u(u, c=1.0), 3, K),
                  repeats=3)
    add("Funk-Hecke spectrum, Laplace c=1", f"K={K}, d=3", t,
        f"decay exponent {fit_decay_exponent(sp, 20, 100).exponent:.3f} (theory 3)")
    fn = lambda u: mlp_kernel_on_sphere(MLPSpec(depth=6, W_std=2 ** 0.5, b_std=0.0), u, 3).ntk
    for model in ["laplace", "affine_laplace", "gamma_exponential"]:
        f, t = timed(lambda: fit_kernel_on_sphere(fn, 3, model))
        add(f"fit {model} to ReLU NTK depth 6", "d=3", t,
            f"c={f.c:.4f} gamma={f.gamma:.3f} a={f.a:.3f} b={f.b:.3f} residual={f.residual:.4f}")

    import jax
    from ntk_core.infinite.convergence import monte_carlo_ntk
    s = 8 if quick else 32
    mspec = MLPSpec(depth=2, width=1024, W_std=1.4, b_std=0.1)
    try:  # depends on the finite-width engine (ntk_core.finite.empirical), owned elsewhere
        mc, t = timed(lambda: monte_carlo_ntk(mspec, x[:8] * np.sqrt(10), s, 0))
        detail = (f"rel. Frobenius error of mean {mc.rel_error_mean:.4f}, "
                  f"single {mc.rel_error_single.mean():.4f}")
    except Exception as e:  # noqa: BLE001 - report, do not lose the other timings
        t, detail = float("nan"), f"skipped: {type(e).__name__}: {e}"
    add("Monte-Carlo NTK (engine), MLP depth 2 width 1024", f"S={s}, N=8", t, detail)

    env = {"python": platform.python_version(), "numpy": np.__version__, "jax": jax.__version__,
           "cpu_count": os.cpu_count(), "platform": platform.platform(), "quick": quick}
    w = max(len(r["task"]) for r in rows)
    z = max(len(r["size"]) for r in rows)
    lines = [f"{'task':<{w}}  {'size':<{z}}  {'seconds':>9}  detail", "-" * (w + z + 40)]
    lines += [f"{r['task']:<{w}}  {r['size']:<{z}}  {r['seconds']:>9.3f}  {r['detail']}" for r in rows]
    lines.append(f"env: {env}")
    print("\n".join(lines))
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "limits.json").write_text(json.dumps({"rows": rows, "env": env}, indent=2))
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes (smoke test)")
    main(ap.parse_args().quick)

"""The Scale page's computations (no Streamlit): kernel ridge regression at N up to 10^5
with random NTK features, against the exact NTK and the Laplace kernel while they fit,
and the features' approximation error as the number of features m grows.

Kernels: the ReLU MLP NTK of the page's depth (``W_std`` from the sidebar, ``b_std`` 0.1,
NTK parameterization) -- exactly (:func:`ntk_core.infinite.analytic.mlp_kernels`) or by
random features (:mod:`ntk_core.features`); the Laplace kernel ``exp(-c |x - y|)`` with
``c`` fitted to the NTK on the sphere (:mod:`ntk_core.sphere.laplace`) -- exactly, or by
random Fourier features above :data:`MAX_EXACT` points.
"""
from __future__ import annotations

import time

import numpy as np

from ..features import (METHODS, feature_map, feature_ridge_regression, laplace_fourier_features, relative_frobenius_error,
                        relu_feature_map, spectral_epsilon)
from ..features.approximation import whitening
from ..infinite.analytic import mlp_kernel_on_sphere, mlp_kernels
from ..networks.specs import MLPSpec
from ..sphere import datasets, laplace, regression
from .laplace_study import real_digits, sphere_target

__all__ = ["MAX_EXACT", "APPROX_POINTS", "scale_spec", "scale_data", "approximation_curve",
           "method_curves", "krr_rows"]

MAX_EXACT = 4000  # exact N x N kernels (and their O(N^3) solve) only up to here
APPROX_POINTS = 400  # subsample for the spectral epsilon (O(n^3))


def scale_spec(state: dict) -> MLPSpec:
    return MLPSpec(depth=int(state["sc_depth"]), width=1, activation="relu",
                   W_std=float(state["wstd"]), b_std=0.1)


def scale_data(state: dict):
    """``(x [N, d], y, classification, label)`` for the page's data choice.

    Sphere: N uniform points on S^(d-1) with the Laplace page's smooth target; a real set:
    all its points (at most N), normalised to the sphere (N is capped by the set's size).
    """
    seed, n = int(state["seed"]), int(state["sc_n"])
    src = state["sc_data"]
    if src == "sphere":
        d = int(state["sc_dim"])
        x = datasets.sample_sphere(seed + 11, n, d)
        return x, sphere_target(x, seed), False, f"sphere S^{d - 1}, N={n}"
    real = real_digits(seed, n=min(n, 1797)) if src == "digits" else datasets.load_real_dataset(src)
    x, y = real.x[:n], real.y[:n]
    return x, y, real.task == "classification", f"{real.name} ({real.task}, N={len(x)})"


def _ms(m_max: int) -> list[int]:
    ms = [64]
    while ms[-1] * 2 <= m_max:
        ms.append(ms[-1] * 2)
    return ms


def approximation_curve(state: dict, seeds: int = 2, progress=None) -> dict:
    """Relative Frobenius error and spectral epsilon of NTK features against m.

    On the first ``min(N, APPROX_POINTS)`` points of the page's data; ``m = 64, 128, ...
    <= sc_m``, mean and spread over ``seeds`` draws; ``lam = 1e-2`` times the mean kernel
    diagonal. ``progress(done, total)`` after each (m, seed). Returns plain arrays.
    """
    x = scale_data(state)[0][:APPROX_POINTS]
    spec = scale_spec(state)
    k = mlp_kernels(spec, x).ntk
    lam = 1e-2 * float(np.mean(np.diag(k)))
    whiten = whitening(k, lam)  # one eigendecomposition for every m, draw and method
    ms = _ms(int(state["sc_m"]))
    frob = np.zeros((len(ms), seeds))
    eps = np.zeros((len(ms), seeds))
    total, done = len(ms) * seeds, 0
    for i, m in enumerate(ms):
        for s in range(seeds):
            phi = relu_feature_map(spec, x.shape[1], m, int(state["seed"]) * 1000 + s,
                                   dtype=np.float64)(x)
            frob[i, s] = relative_frobenius_error(k, phi)
            eps[i, s] = spectral_epsilon(k, phi, lam, whiten=whiten)
            done += 1
            if progress is not None:
                progress(done, total)
    return {"m": np.array(ms), "frob": frob, "eps": eps, "n": len(x), "lam_rel": 1e-2}


def method_curves(state: dict, progress=None) -> dict:
    """The feature methods side by side (:data:`ntk_core.features.METHODS`): relative
    Frobenius error, spectral epsilon and featurisation seconds against m (one draw per
    method and m, methods interleaved) on the first ``min(N, APPROX_POINTS)`` points.
    Returns ``{"m", "n", "lam_rel", "methods": {method: {"frob", "eps", "seconds"}}}``."""
    x = scale_data(state)[0][:APPROX_POINTS]
    spec = scale_spec(state)
    k = mlp_kernels(spec, x).ntk
    lam = 1e-2 * float(np.mean(np.diag(k)))
    whiten = whitening(k, lam)  # one eigendecomposition for every m, draw and method
    ms = _ms(int(state["sc_m"]))
    out = {mt: {"frob": [], "eps": [], "seconds": []} for mt in METHODS}
    total, done = len(ms) * len(METHODS), 0
    for m in ms:
        for mt in METHODS:
            t0 = time.perf_counter()
            phi = feature_map(spec, x.shape[1], m, int(state["seed"]) * 1000, method=mt)(x)
            out[mt]["seconds"].append(time.perf_counter() - t0)
            out[mt]["frob"].append(relative_frobenius_error(k, phi))
            out[mt]["eps"].append(spectral_epsilon(k, phi, lam, whiten=whiten))
            done += 1
            if progress is not None:
                progress(done, total)
    return {"m": np.array(ms), "n": len(x), "lam_rel": 1e-2,
            "methods": {mt: {k2: np.asarray(v) for k2, v in d.items()} for mt, d in out.items()}}


def _row(name, r, seconds, mem, cls):
    """One table row; the accuracy column exists only for classification data."""
    row = {"kernel": name, "test MSE": r.test_mse, "relative test MSE": r.test_rel_mse}
    if cls:
        row["test accuracy"] = r.test_accuracy
    return row | {"chosen ridge": r.ridge, "time s": seconds, "memory MB": mem / 2 ** 20}


def krr_rows(state: dict, which: str) -> dict | None:
    """One row of the KRR comparison: ``which`` in {"features", "exact", "laplace"}.

    Same train/test split (25 % test) and ridge protocol for all. ``"exact"`` returns None
    above :data:`MAX_EXACT` points; ``"laplace"`` switches to random Fourier features
    (as many as NTK features) there. Memory is the dominant array's size: the ``N x N``
    kernel (exact) or the ``N x m`` features plus the ``m x m`` Gram.
    """
    x, y, cls, _ = scale_data(state)
    seed, m = int(state["seed"]), int(state["sc_m"])
    tr, te = datasets.train_test_split_indices(seed, len(x), 0.25)
    spec = scale_spec(state)
    n = len(tr)
    t0 = time.perf_counter()
    if which == "features":
        fmap = relu_feature_map(spec, x.shape[1], m, seed)
        r = feature_ridge_regression(fmap(x[tr]), y[tr], fmap(x[te]), y[te], key=seed,
                                     classification=cls)
        # fmap.dim = m + 1: the NTK's constant (bias) term is one extra column
        return _row(f"NTK features (m={m})", r, time.perf_counter() - t0,
                    4 * n * fmap.dim + 8 * fmap.dim ** 2, cls)
    if which == "exact":
        if n > MAX_EXACT:
            return None
        r = regression.kernel_ridge_regression(regression.ntk_kernel_fn(spec), x[tr], y[tr],
                                               x[te], y[te], key=seed, classification=cls)
        return _row("NTK exact", r, time.perf_counter() - t0, 8 * 2 * n * n, cls)
    if which == "laplace":
        d = x.shape[1]
        fit = laplace.fit_kernel_on_sphere(lambda u: mlp_kernel_on_sphere(spec, u, d).ntk, d,
                                           "laplace")
        if n <= MAX_EXACT:
            r = regression.kernel_ridge_regression(
                regression.gamma_exponential_kernel_fn(fit.c, 1.0), x[tr], y[tr], x[te], y[te],
                key=seed, classification=cls)
            return _row(f"Laplace exact (c={fit.c:.2f})", r, time.perf_counter() - t0,
                        8 * 2 * n * n, cls)
        r = feature_ridge_regression(laplace_fourier_features(x[tr], fit.c, m, seed),
                                     y[tr], laplace_fourier_features(x[te], fit.c, m, seed),
                                     y[te], key=seed, classification=cls)
        return _row(f"Laplace Fourier features (c={fit.c:.2f}, m={m})", r,
                    time.perf_counter() - t0, 4 * n * m + 8 * m * m, cls)
    raise ValueError(f"unknown row {which!r}")

"""Ridge regression / classification on random features: ``O(N m^2)`` time, ``O(N m)``
memory, identical to kernel ridge regression with the kernel ``Phi Phi^T``.

Protocol (the same as :func:`ntk_core.sphere.regression.kernel_ridge_regression`, so the
two are comparable number for number): the ridge is relative, ``lam = ridge * mean_i
|phi_i|^2`` (the mean diagonal of ``Phi Phi^T``); it is chosen on a held-out
``val_fraction`` of the training rows (permutation by ``numpy.random.default_rng(key)``),
then the model is refit on all training rows.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..sphere.datasets import as_rng
from ..sphere.regression import DEFAULT_RIDGES, KRRResult, prediction_metrics

__all__ = ["FeatureRidgeResult", "feature_ridge_regression"]

@dataclass(frozen=True)
class FeatureRidgeResult(KRRResult):
    """Outcome of :func:`feature_ridge_regression`: the fields of ``KRRResult``, plus
    ``fit_time_s`` (validation sweep and refit) and ``weights [m, C]``."""

    fit_time_s: float = 0.0
    weights: np.ndarray | None = None


def _gram_t(phi, chunk=16384):
    """``Phi^T Phi`` in float64, accumulated over row chunks (``[m, m]``)."""
    m = phi.shape[1]
    out = np.zeros((m, m))
    for i in range(0, len(phi), chunk):
        p = np.asarray(phi[i:i + chunk], np.float64)
        out += p.T @ p
    return out


def _times(phi, w, chunk=16384):
    """``Phi @ w`` in float64 over row chunks (never a float64 copy of all of Phi)."""
    return np.concatenate([np.asarray(phi[i:i + chunk], np.float64) @ w
                           for i in range(0, len(phi), chunk)] or [np.zeros((0,) + w.shape[1:])])


def _t_times(phi, y, chunk=16384):
    """``Phi^T @ y`` in float64 over row chunks."""
    out = 0.0
    for i in range(0, len(phi), chunk):
        out = out + np.asarray(phi[i:i + chunk], np.float64).T @ y[i:i + chunk]
    return out


def _solve_all(phi, y, lams):
    """Ridge weights ``(Phi^T Phi + lam I)^-1 Phi^T y`` for each ``lam`` (one eigh).

    With more features than rows the same weights are ``Phi^T (Phi Phi^T + lam I)^-1 y``
    (one ``N x N`` eigh instead of ``m x m``)."""
    if phi.shape[1] > phi.shape[0]:
        p = np.asarray(phi, np.float64)
        s, v = np.linalg.eigh(p @ p.T)
        vy = v.T @ y
        return [p.T @ (v @ (vy / (s + lam)[:, None])) for lam in lams]
    s, u = np.linalg.eigh(_gram_t(phi))
    uy = u.T @ _t_times(phi, y)
    return [u @ (uy / (s + lam)[:, None]) for lam in lams]


def _mean_sq_norm(phi, chunk=16384):
    return float(sum(np.sum(np.asarray(phi[i:i + chunk], np.float64) ** 2)
                     for i in range(0, len(phi), chunk)) / len(phi))


def feature_ridge_regression(phi_train, y_train, phi_test, y_test, *, ridges=DEFAULT_RIDGES,
                             val_fraction=0.2, key=0, classification=False) -> FeatureRidgeResult:
    """Fit ridge regression on features ``phi_train [N, m]``, targets ``[N]`` or ``[N, C]``;
    predict ``phi_test [N_test, m]``. ``classification``: accuracy of the argmax (or sign
    for one column) against ``y_test``'s."""
    t0 = time.perf_counter()
    y_train = np.asarray(y_train, np.float64)
    y_test = np.asarray(y_test, np.float64)
    y2, yt2 = y_train.reshape(len(y_train), -1), y_test.reshape(len(y_test), -1)
    n = len(y2)
    if phi_train.shape[0] != n or phi_test.shape[0] != len(yt2):
        raise ValueError("features and targets must have the same number of rows")
    perm = as_rng(key).permutation(n)
    n_val = max(1, int(round(val_fraction * n)))
    vi, fi = perm[:n_val], perm[n_val:]
    ridges = np.asarray(ridges, np.float64)
    pf = phi_train[fi]
    ws = _solve_all(pf, y2[fi], ridges * _mean_sq_norm(pf))
    pv = phi_train[vi]
    val = np.array([np.mean((_times(pv, w) - y2[vi]) ** 2) for w in ws])
    best = int(np.nanargmin(val))
    ridge = float(ridges[best])
    w = _solve_all(phi_train, y2, [ridge * _mean_sq_norm(phi_train)])[0]
    fit = time.perf_counter() - t0
    pred = _times(phi_test, w)
    train_mse, test_mse, rel, acc = prediction_metrics(_times(phi_train, w), y2, pred, yt2,
                                                       classification)
    return FeatureRidgeResult(ridge, ridges, val, train_mse, test_mse, rel, acc,
                              pred.reshape((len(pred),) + y_test.shape[1:]), fit, w)

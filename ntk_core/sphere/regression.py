"""Kernel ridge regression with any kernel, for side-by-side comparisons.

A kernel is a callable ``kernel_fn(x1 [N1, ...], x2 [N2, ...]) -> [N1, N2]`` (float64).
Prediction: ``f(x) = K(x, X) (K(X, X) + lam I)^-1 Y`` with ``lam = ridge * mean diag K``
(ridges are relative, so one sweep suits kernels of any scale).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..infinite.analytic import analytic_kernels
from .datasets import as_rng, train_test_split_indices
from .laplace import gamma_exponential_kernel

__all__ = ["KRRResult", "kernel_ridge_regression", "prediction_metrics", "compare_kernels", "ntk_kernel_fn",
           "nngp_kernel_fn", "gamma_exponential_kernel_fn", "DEFAULT_RIDGES"]

DEFAULT_RIDGES = tuple(10.0 ** np.arange(-8, 2))


@dataclass(frozen=True)
class KRRResult:
    """Kernel ridge regression outcome.

    ridge: the chosen relative ridge; ridges ``[R]`` and val_mse ``[R]``: the validation
    sweep; train_mse, test_mse: mean squared errors (averaged over targets); test_rel_mse:
    ``test_mse / mean((y_test - mean(y_train))^2)`` (1 = predicting the mean);
    test_accuracy: argmax (or sign for 1-D) accuracy when ``classification`` else None;
    y_pred ``[N_test, ...]``: test predictions.
    """

    ridge: float
    ridges: np.ndarray
    val_mse: np.ndarray
    train_mse: float
    test_mse: float
    test_rel_mse: float
    test_accuracy: float | None
    y_pred: np.ndarray


def _eig_solve(k, y, lams):
    """Solutions ``(K + lam I)^-1 y`` for each lam, by one eigendecomposition."""
    s, v = np.linalg.eigh((k + k.T) / 2)
    vy = v.T @ y
    return [v @ (vy / (s + lam)[:, None]) for lam in lams]


def kernel_ridge_regression(kernel_fn, x_train, y_train, x_test, y_test, *,
                            ridges=DEFAULT_RIDGES, val_fraction=0.2, key=0,
                            classification=False) -> KRRResult:
    """Fit KRR on ``(x_train, y_train)``, choose the ridge on a held-out ``val_fraction`` of
    the training set (split by ``key``), refit on all training data, report test errors.

    ``y_*``: ``[N]`` or ``[N, C]``. With ``classification=True``, accuracy is the argmax
    over C columns (or the sign for 1-D targets) against the argmax / sign of ``y_test``.
    """
    y_train = np.asarray(y_train, np.float64)
    y_test = np.asarray(y_test, np.float64)
    y2 = y_train.reshape(len(y_train), -1)
    yt2 = y_test.reshape(len(y_test), -1)
    n = len(y2)
    perm = as_rng(key).permutation(n)
    n_val = max(1, int(round(val_fraction * n)))
    vi, fi = perm[:n_val], perm[n_val:]
    k_all = np.asarray(kernel_fn(x_train, x_train), np.float64)
    ridges = np.asarray(ridges, np.float64)
    kf = k_all[np.ix_(fi, fi)]
    scale_f = np.mean(np.diag(kf))
    alphas = _eig_solve(kf, y2[fi], ridges * scale_f)
    kv = k_all[np.ix_(vi, fi)]
    val = np.array([np.mean((kv @ a - y2[vi]) ** 2) for a in alphas])
    best = int(np.nanargmin(val))
    ridge = float(ridges[best])
    scale = np.mean(np.diag(k_all))
    alpha = _eig_solve(k_all, y2, [ridge * scale])[0]
    k_test = np.asarray(kernel_fn(x_test, x_train), np.float64)
    pred = k_test @ alpha
    train_mse, test_mse, rel, acc = prediction_metrics(k_all @ alpha, y2, pred, yt2,
                                                       classification)
    return KRRResult(ridge, ridges, val, train_mse, test_mse, rel, acc,
                     pred.reshape((len(pred),) + y_test.shape[1:]))


def prediction_metrics(train_pred, y2, pred, yt2, classification: bool):
    """``(train MSE, test MSE, test MSE / variance of the test targets about the training
    mean, accuracy or None)`` for predictions ``[n, k]`` of targets ``[n, k]``; accuracy by
    sign (k = 1) or argmax (k > 1) when ``classification``."""
    train_mse = float(np.mean((train_pred - y2) ** 2))
    test_mse = float(np.mean((pred - yt2) ** 2))
    base = float(np.mean((yt2 - y2.mean(0)) ** 2))
    acc = None
    if classification:
        if yt2.shape[1] == 1:
            acc = float(np.mean(np.sign(pred[:, 0]) == np.sign(yt2[:, 0])))
        else:
            acc = float(np.mean(pred.argmax(1) == yt2.argmax(1)))
    return train_mse, test_mse, test_mse / base, acc


def compare_kernels(kernels: dict, x, y, *, test_fraction=0.25, key=0, **krr_kwargs) -> dict:
    """Run :func:`kernel_ridge_regression` for each named kernel on one shared split.

    ``kernels``: ``{name: kernel_fn}``; ``x [N, ...]``, ``y [N]`` or ``[N, C]``. Returns
    ``{name: KRRResult}`` (same train / test / validation split for all).
    """
    tr, te = train_test_split_indices(key, len(x), test_fraction)
    x, y = np.asarray(x), np.asarray(y)
    return {name: kernel_ridge_regression(fn, x[tr], y[tr], x[te], y[te], key=key, **krr_kwargs)
            for name, fn in kernels.items()}


def ntk_kernel_fn(spec, **kwargs):
    """``kernel_fn`` of the analytic NTK of an MLP / CNN spec (:mod:`ntk_core.infinite`)."""
    return lambda a, b: analytic_kernels(spec, a, b, **kwargs).ntk


def nngp_kernel_fn(spec, **kwargs):
    """``kernel_fn`` of the analytic NNGP of a spec."""
    return lambda a, b: analytic_kernels(spec, a, b, **kwargs).nngp


def gamma_exponential_kernel_fn(c: float, gamma: float = 1.0):
    """``kernel_fn`` of ``exp(-c |x - y|^gamma)`` (Laplace: gamma = 1, Gaussian: 2)."""
    return lambda a, b: gamma_exponential_kernel(a, b, c=c, gamma=gamma)

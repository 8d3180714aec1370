"""Kernel classification of sequences: an SVM on a precomputed kernel, its hyperparameters
(the kernel's own and the SVM's ``C``) chosen by stratified k-fold cross-validation on the
training split only, then refitted on the whole training split and scored once on the
test split.

Kernels (each ``param -> (K_train [n, n], K_test [m, n])``):

* :func:`rntk_kernel_fn`: the analytic RNTK of a one-layer RNN (:mod:`ntk_core.infinite.
  recurrent`) on the sequences as they are (unequal lengths included); grid over
  ``(W_std, readout)``;
* :func:`mlp_ntk_kernel_fn`: the analytic NTK of a ReLU MLP on the series resampled to one
  length and flattened; grid over the depth;
* :func:`rbf_kernel_fn`: Gaussian ``exp(-c |x - y|^2 / D)`` or Laplace ``exp(-c |x - y| /
  sqrt(D))`` on the same vectors (``D`` their size); grid over ``c``.

Every kernel is divided by the mean of its training diagonal (so one ``C`` grid suits all).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..infinite.analytic import analytic_kernels
from ..networks.net import LayerNet
from ..networks.recurrent import RNN
from ..networks.specs import MLPSpec
from ..sphere.laplace import gaussian_kernel, laplace_kernel
from .data import SequenceData, resample

__all__ = ["CVResult", "select_and_test", "rntk_kernel_fn", "mlp_ntk_kernel_fn",
           "rbf_kernel_fn", "DEFAULT_CS"]

DEFAULT_CS = (0.1, 1.0, 10.0, 100.0, 1000.0)


@dataclass(frozen=True)
class CVResult:
    """Best ``param`` and ``C`` by CV accuracy on the training split, that CV accuracy, and
    the accuracy of the refitted SVM on the test split."""

    param: object
    C: float
    cv_accuracy: float
    test_accuracy: float


def select_and_test(kernel_fn, params, y_train, y_test, *, Cs=DEFAULT_CS, folds=5,
                    seed=0) -> CVResult:
    """Grid search over ``params`` x ``Cs`` by stratified ``folds``-fold CV on the training
    split (the test split is never looked at), then refit and score on the test split."""
    from sklearn.model_selection import StratifiedKFold
    from sklearn.svm import SVC
    y_train, y_test = np.asarray(y_train), np.asarray(y_test)
    k = min(int(folds), int(np.bincount(y_train).min()))
    if k < 2:
        raise ValueError("every class needs at least two training examples for CV")
    splits = list(StratifiedKFold(k, shuffle=True, random_state=seed).split(y_train, y_train))
    best = None
    for p in params:
        Ktr, Kte = kernel_fn(p)
        s = float(np.mean(np.diag(Ktr)))
        Ktr, Kte = Ktr / s, Kte / s
        for C in Cs:
            acc = []
            for tr, va in splits:
                m = SVC(kernel="precomputed", C=C).fit(Ktr[np.ix_(tr, tr)], y_train[tr])
                acc.append(np.mean(m.predict(Ktr[np.ix_(va, tr)]) == y_train[va]))
            score = float(np.mean(acc))
            if best is None or score > best[0]:
                best = (score, p, C, Ktr, Kte)
    score, p, C, Ktr, Kte = best
    m = SVC(kernel="precomputed", C=C).fit(Ktr, y_train)
    return CVResult(p, float(C), score, float(np.mean(m.predict(Kte) == y_test)))


def rntk_kernel_fn(train: SequenceData, test: SequenceData, *, activation="relu",
                   U_std=1.0, b_std=0.1, readout="last"):
    """``(W_std, readout) -> (K_train, K_test)`` (a bare ``W_std``: the given ``readout``):
    the RNTK of ``RNN(width=1, ...)`` (the analytic kernel does not depend on the width)
    with the Dense readout."""
    def fn(param):
        W_std, ro = param if isinstance(param, tuple) else (param, readout)
        net = LayerNet((RNN(1, activation, float(W_std), U_std, b_std, ro,
                            masked=train.masked),), W_std=1.0, b_std=0.0)
        both = np.concatenate([train.x, test.x]) if train.x.shape[1:] == test.x.shape[1:] \
            else None
        if both is not None:
            K = analytic_kernels(net, both, train.x).ntk
            return K[:len(train.x)], K[len(train.x):]
        return analytic_kernels(net, train.x).ntk, analytic_kernels(net, test.x, train.x).ntk
    return fn


def _vectors(train: SequenceData, test: SequenceData):
    L = max(int(train.lengths.max()), int(test.lengths.max()))
    return resample(train, L), resample(test, L)


def mlp_ntk_kernel_fn(train: SequenceData, test: SequenceData, *, W_std=1.4, b_std=0.1):
    """``depth -> (K_train, K_test)``: analytic NTK of a ReLU MLP on the resampled series
    (each vector divided by ``sqrt(D)``, the MLP's ``1/d`` input scaling made explicit)."""
    a, b = _vectors(train, test)

    def fn(depth):
        spec = MLPSpec(depth=int(depth), width=1, activation="relu", W_std=W_std, b_std=b_std)
        return (analytic_kernels(spec, a).ntk, analytic_kernels(spec, b, a).ntk)
    return fn


def rbf_kernel_fn(train: SequenceData, test: SequenceData, kind="gaussian"):
    """``c -> (K_train, K_test)``: Gaussian or Laplace kernel on the resampled series."""
    a, b = _vectors(train, test)
    D = a.shape[1]
    if kind == "gaussian":
        def fn(c):
            return gaussian_kernel(a, c=c / D), gaussian_kernel(b, a, c=c / D)
    elif kind == "laplace":
        def fn(c):
            return laplace_kernel(a, c=c / np.sqrt(D)), laplace_kernel(b, a, c=c / np.sqrt(D))
    else:
        raise ValueError("kind must be 'gaussian' or 'laplace'")
    return fn

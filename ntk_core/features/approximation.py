"""How well ``Phi Phi^T`` approximates a kernel matrix ``K``: relative Frobenius error and the
spectral epsilon of Zandieh et al. (2021) / Avron et al. (2017)."""
from __future__ import annotations

import numpy as np

__all__ = ["relative_frobenius_error", "spectral_epsilon", "whitening"]


def _gram(phi):
    phi = np.asarray(phi, np.float64)
    return phi @ phi.T


def relative_frobenius_error(k, phi) -> float:
    """``||Phi Phi^T - K||_F / ||K||_F`` for ``K [N, N]``, ``Phi [N, m]``."""
    k = np.asarray(k, np.float64)
    return float(np.linalg.norm(_gram(phi) - k) / np.linalg.norm(k))


def whitening(k, lam: float) -> np.ndarray:
    """``(K + lam I)^-1/2 [N, N]`` (float64, one eigendecomposition): pass it to
    :func:`spectral_epsilon` as ``whiten`` when scoring several ``Phi`` against one ``K``."""
    if not lam > 0:
        raise ValueError("lam must be positive")
    k = np.asarray(k, np.float64)
    s, v = np.linalg.eigh((k + k.T) / 2 + lam * np.eye(len(k)))
    return (v / np.sqrt(np.maximum(s, lam * 1e-12))) @ v.T


def spectral_epsilon(k, phi, lam: float, *, whiten=None) -> float:
    """The smallest ``eps`` with ``(1 - eps)(K + lam I) <= Phi Phi^T + lam I <= (1 + eps)(K + lam I)``.

    Equals ``||(K + lam I)^-1/2 (Phi Phi^T - K) (K + lam I)^-1/2||_2`` (both Loewner
    bounds at once); ``K [N, N]`` symmetric PSD, ``Phi [N, m]``, ``lam > 0`` absolute.
    ``O(N^3)``: one eigendecomposition of ``K + lam I`` and one of the whitened error.
    A spectral ``eps`` bounds the excess risk of ridge regression on the features against
    exact KRR with the same ``lam`` (Avron et al. 2017).
    ``whiten``: :func:`whitening` ``(k, lam)`` if already computed (else it is here).
    """
    k = np.asarray(k, np.float64)
    a = whitening(k, lam) if whiten is None else whiten  # (K + lam I)^-1/2
    e = a @ (_gram(phi) - k) @ a
    return float(np.max(np.abs(np.linalg.eigvalsh((e + e.T) / 2))))

"""How well ``Phi Phi^T`` approximates a kernel matrix ``K``: relative Frobenius error and the
spectral epsilon of Zandieh et al. (2021) / Avron et al. (2017)."""
from __future__ import annotations

import numpy as np

__all__ = ["relative_frobenius_error", "spectral_epsilon"]


def _gram(phi):
    phi = np.asarray(phi, np.float64)
    return phi @ phi.T


def relative_frobenius_error(k, phi) -> float:
    """``||Phi Phi^T - K||_F / ||K||_F`` for ``K [N, N]``, ``Phi [N, m]``."""
    k = np.asarray(k, np.float64)
    return float(np.linalg.norm(_gram(phi) - k) / np.linalg.norm(k))


def spectral_epsilon(k, phi, lam: float) -> float:
    """The smallest ``eps`` with ``(1 - eps)(K + lam I) <= Phi Phi^T + lam I <= (1 + eps)(K + lam I)``.

    Equals ``||(K + lam I)^-1/2 (Phi Phi^T - K) (K + lam I)^-1/2||_2`` (both Loewner
    bounds at once); ``K [N, N]`` symmetric PSD, ``Phi [N, m]``, ``lam > 0`` absolute.
    ``O(N^3)``: one eigendecomposition of ``K + lam I`` and one of the whitened error.
    A spectral ``eps`` bounds the excess risk of ridge regression on the features against
    exact KRR with the same ``lam`` (Avron et al. 2017).
    """
    if not lam > 0:
        raise ValueError("lam must be positive")
    k = np.asarray(k, np.float64)
    s, v = np.linalg.eigh((k + k.T) / 2 + lam * np.eye(len(k)))
    a = (v / np.sqrt(np.maximum(s, lam * 1e-12))) @ v.T  # (K + lam I)^-1/2
    e = a @ (_gram(phi) - k) @ a
    return float(np.max(np.abs(np.linalg.eigvalsh((e + e.T) / 2))))

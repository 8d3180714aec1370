"""Spectra of dot-product kernels on the unit sphere S^{d-1} in R^d.

A kernel ``k(x, y) = k(<x, y>)`` on S^{d-1} (uniform probability measure) is diagonalised by
the spherical harmonics; the eigenvalue of degree ``k`` (Funk-Hecke) is

    lambda_k = c_d int_0^pi k(cos t) P_k(cos t) sin(t)^(d-2) dt,
    c_d = Gamma(d/2) / (sqrt(pi) Gamma((d-1)/2)),

with ``P_k = C_k^((d-2)/2) / C_k^((d-2)/2)(1)`` (normalised Gegenbauer; Chebyshev ``cos(k t)``
for d = 2) and multiplicity ``N(d, k) = (2k + d - 2)/k binom(k + d - 3, d - 2)``
(``N(d, 0) = 1``). Then ``k(u) = sum_k N(d, k) lambda_k P_k(u)``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

__all__ = ["harmonic_multiplicity", "gegenbauer_normalized", "theta_quadrature",
           "SphereSpectrum", "funk_hecke_eigenvalues", "DecayFit", "fit_decay_exponent",
           "empirical_spectrum", "operator_eigenvalues_sorted"]


def harmonic_multiplicity(d: int, k) -> np.ndarray:
    """Dimension ``N(d, k)`` of degree-k spherical harmonics on S^{d-1} (float64, any shape).

    Exact integers while below 2^53; floats beyond (d = 50, k = 200 gives ~1e52)."""
    k = np.asarray(k)
    kk = np.maximum(k, 1).astype(np.float64)
    n = (2 * kk + d - 2) / kk * special.comb(kk + d - 3, d - 2, exact=False)
    if d == 2:
        n = np.full_like(kk, 2.0)
    return np.where(k == 0, 1.0, np.round(n) if np.all(n < 2 ** 52) else n)


def gegenbauer_normalized(k_max: int, d: int, t) -> np.ndarray:
    """``P_k(t)`` for k = 0..k_max: ``[k_max + 1, *t.shape]`` with ``P_k(1) = 1``.

    Three-term recurrence on the normalised polynomials (alpha = (d-2)/2):
    ``P_k = (2 (k + alpha - 1) t P_{k-1} - (k - 1) P_{k-2}) / (k + 2 alpha - 1)``,
    ``P_0 = 1``, ``P_1 = t`` (d = 2: Chebyshev; d = 3: Legendre)."""
    t = np.asarray(t, np.float64)
    a = (d - 2) / 2
    p = np.empty((k_max + 1,) + t.shape)
    p[0] = 1.0
    if k_max >= 1:
        p[1] = t
    for k in range(2, k_max + 1):
        p[k] = (2 * (k + a - 1) * t * p[k - 1] - (k - 1) * p[k - 2]) / (k + 2 * a - 1)
    return p


def theta_quadrature(k_max: int, *, order: int = 16, levels: int = 24):
    """Nodes/weights on ``[0, pi]`` for integrands ``f(cos t) P_k(cos t) sin(t)^(d-2)``.

    Composite Gauss-Legendre (``order`` nodes per panel) on ``max(32, k_max)`` equal panels
    (so each panel holds at most ~half an oscillation of ``P_k``), with the end panels split
    geometrically ``levels`` times towards t = 0 and t = pi, where kernels such as
    ``exp(-c |x - y|^gamma) = exp(-c (2 sin(t/2))^gamma)`` have algebraic singularities.
    Returns ``(t, w)`` 1-D arrays."""
    m = max(32, int(k_max))
    h = np.pi / m
    inner = np.linspace(h, np.pi - h, m - 1)
    geo = h * 2.0 ** -np.arange(levels, 0, -1)
    br = np.concatenate([[0.0], geo, inner, np.pi - geo[::-1], [np.pi]])
    x, w = special.roots_legendre(order)
    lo, hi = br[:-1, None], br[1:, None]
    return ((lo + hi) / 2 + (hi - lo) / 2 * x).ravel(), ((hi - lo) / 2 * w).ravel()


@dataclass(frozen=True)
class SphereSpectrum:
    """Funk-Hecke spectrum of a dot-product kernel on S^{d-1}.

    degrees ``[K+1]`` (0..K); eigenvalues ``[K+1]`` (of the integral operator w.r.t. the
    uniform probability measure); multiplicities ``[K+1]``; zero_degrees: bool ``[K+1]``,
    True where ``|lambda_k| <= zero_tol * max |lambda|`` (e.g. odd k >= 3 of the bias-free
    two-layer ReLU NTK); trace = ``sum_{k <= K} N(d,k) lambda_k`` over the non-zero degrees
    (tends to ``k(1)`` as K grows; only meaningful for small d, where multiplicities times
    rounding noise stay small); note: text.
    """

    d: int
    degrees: np.ndarray
    eigenvalues: np.ndarray
    multiplicities: np.ndarray
    zero_degrees: np.ndarray
    trace: float
    note: str = ""


def funk_hecke_eigenvalues(kernel_fn, d: int, k_max: int = 100, *, order: int = 16,
                           levels: int = 24, zero_tol: float = 1e-13) -> SphereSpectrum:
    """Eigenvalues ``lambda_k``, k = 0..k_max, of ``k(<x, y>)`` on S^{d-1} (Funk-Hecke).

    ``kernel_fn``: vectorised callable ``u [n] -> k(u) [n]`` on [-1, 1] (e.g.
    ``lambda u: mlp_kernel_on_sphere(spec, u, d).ntk``). Quadrature: :func:`theta_quadrature`
    (``order=16, levels=24``: ~16 (k_max + 50) nodes); eigenvalues down to ~1e-13 of the
    largest are accurate (tested against the Bessel closed form of ``exp(s u)``).
    """
    if d < 2:
        raise ValueError("d must be >= 2")
    t, w = theta_quadrature(k_max, order=order, levels=levels)
    u = np.cos(t)
    ku = np.asarray(kernel_fn(u), np.float64).reshape(u.shape)
    cd = np.exp(special.gammaln(d / 2) - special.gammaln((d - 1) / 2)) / np.sqrt(np.pi)
    wt = cd * w * np.sin(t) ** (d - 2) * ku
    p = gegenbauer_normalized(k_max, d, u)
    lam = p @ wt
    ks = np.arange(k_max + 1)
    mult = harmonic_multiplicity(d, ks)
    zero = np.abs(lam) <= zero_tol * np.max(np.abs(lam))
    note = ""
    if zero[1:].any():
        zk = ks[zero]
        odd = zk[zk % 2 == 1]
        note = (f"{zero.sum()} degrees have |eigenvalue| <= {zero_tol:g} of the largest (zero to rounding)"
                + (f" (all odd k >= {odd.min()})" if len(odd) and np.all(zero[odd.min()::2])
                   else "") + "; they are excluded from decay fits")
    return SphereSpectrum(d, ks, lam, mult, zero, float(np.sum((mult * lam)[~zero])), note)


@dataclass(frozen=True)
class DecayFit:
    """Power-law fit ``lambda_k ~ C k^(-exponent)`` over ``k_min <= k <= k_max``.

    exponent (positive for decay) and its standard error from the log-log least-squares
    fit; prefactor C; degrees_used: the k that entered the fit; excluded: k in range left
    out as zero eigenvalues (or of the wrong parity); note: what was excluded and why.
    """

    exponent: float
    exponent_stderr: float
    prefactor: float
    k_min: int
    k_max: int
    degrees_used: np.ndarray
    excluded: np.ndarray
    note: str = ""


def fit_decay_exponent(spectrum: SphereSpectrum, k_min: int = 20, k_max: int = 100, *,
                       parity: str = "auto") -> DecayFit:
    """Fit ``log lambda_k = log C - exponent log k`` over ``k_min..k_max``.

    ``parity``: "all", "even", "odd", or "auto" (all degrees whose eigenvalue is not zero to
    rounding, per ``spectrum.zero_degrees``). Negative eigenvalues (rounding noise or
    non-PSD kernels) are excluded and reported."""
    ks = spectrum.degrees
    lam = spectrum.eigenvalues
    rng = (ks >= max(k_min, 1)) & (ks <= k_max)
    keep = rng.copy()
    notes = []
    if parity == "even":
        keep &= ks % 2 == 0
    elif parity == "odd":
        keep &= ks % 2 == 1
    elif parity == "auto":
        z = rng & spectrum.zero_degrees
        if z.any():
            keep &= ~spectrum.zero_degrees
            notes.append(f"excluded {z.sum()} degrees with zero eigenvalue "
                         f"({'odd' if np.all(ks[z] % 2 == 1) else 'mixed'} k)")
    elif parity != "all":
        raise ValueError("parity must be 'auto', 'all', 'even' or 'odd'")
    neg = keep & (lam <= 0)
    if neg.any():
        keep &= lam > 0
        notes.append(f"excluded {neg.sum()} non-positive eigenvalues")
    if keep.sum() < 3:
        raise ValueError("fewer than 3 usable degrees in the fit range")
    lx, ly = np.log(ks[keep]), np.log(lam[keep])
    A = np.stack([np.ones_like(lx), lx], 1)
    coef, res, *_ = np.linalg.lstsq(A, ly, rcond=None)
    r = ly - A @ coef
    dof = max(len(ly) - 2, 1)
    cov = np.linalg.inv(A.T @ A) * (r @ r) / dof
    return DecayFit(float(-coef[1]), float(np.sqrt(cov[1, 1])), float(np.exp(coef[0])),
                    int(k_min), int(k_max), ks[keep], ks[rng & ~keep], "; ".join(notes))


def empirical_spectrum(gram) -> np.ndarray:
    """Eigenvalues of ``gram / n`` (descending, ``[n]``), where ``gram [n, n]`` is the kernel
    matrix on n i.i.d. uniform sphere points: they estimate the operator eigenvalues, each
    ``lambda_k`` repeated ``N(d, k)`` times (compare :func:`operator_eigenvalues_sorted`)."""
    gram = np.asarray(gram, np.float64)
    n = gram.shape[0]
    return np.linalg.eigvalsh((gram + gram.T) / (2 * n))[::-1]


def operator_eigenvalues_sorted(spectrum: SphereSpectrum, n: int):
    """The operator's eigenvalues with multiplicity, descending, first ``n``.

    Returns ``(values [n], degree [n])``: ``degree[i]`` is the harmonic degree of value i."""
    order = np.argsort(-spectrum.eigenvalues, kind="stable")
    vals, degs = [], []
    total = 0
    for k in order:
        m = int(min(spectrum.multiplicities[k], n - total))
        vals.append(np.full(m, spectrum.eigenvalues[k]))
        degs.append(np.full(m, spectrum.degrees[k]))
        total += m
        if total >= n:
            break
    return np.concatenate(vals)[:n], np.concatenate(degs)[:n]

"""Laplace, gamma-exponential and Gaussian kernels, and their fit to an NTK on the sphere.

``k_{c, gamma}(x, y) = exp(-c |x - y|^gamma)``, ``0 < gamma <= 2`` (gamma = 1: Laplace,
gamma = 2: Gaussian). On the unit sphere ``|x - y| = sqrt(2 - 2u)``, ``u = <x, y>``, so they
are dot-product kernels there (their spectra: :mod:`ntk_core.sphere`).

Fits (:func:`fit_kernel_on_sphere`): the target dot-product kernel ``k(u)`` is normalised
to ``k(1) = 1`` and compared in ``L2`` of the pair distribution of two independent uniform
points on S^{d-1} (density of u ~ (1 - u^2)^((d-3)/2)), i.e. the Hilbert-Schmidt distance
of the two integral operators.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

__all__ = ["gamma_exponential_kernel", "laplace_kernel", "gaussian_kernel",
           "gamma_exponential_of_u", "KernelFit", "fit_kernel_on_sphere", "FIT_MODELS"]

FIT_MODELS = ("laplace", "gamma_exponential", "affine_laplace", "gaussian")


def _check(c, gamma):
    if not (0 < gamma <= 2):
        raise ValueError(f"gamma must be in (0, 2], got {gamma}")
    if not c > 0:
        raise ValueError(f"c must be positive, got {c}")


def _sqdist(x1, x2):
    x1 = np.asarray(x1, np.float64)
    x2 = x1 if x2 is None else np.asarray(x2, np.float64)
    d2 = np.sum(x1 ** 2, 1)[:, None] + np.sum(x2 ** 2, 1)[None, :] - 2 * x1 @ x2.T
    return np.maximum(d2, 0.0)


def gamma_exponential_kernel(x1, x2=None, *, c: float = 1.0, gamma: float = 1.0) -> np.ndarray:
    """``exp(-c |x1_i - x2_j|^gamma)``: ``[N1, d], [N2, d] -> [N1, N2]`` (x2=None: x1)."""
    _check(c, gamma)
    return np.exp(-c * _sqdist(x1, x2) ** (gamma / 2))


def laplace_kernel(x1, x2=None, *, c: float = 1.0) -> np.ndarray:
    """``exp(-c |x - y|)`` (``[N1, N2]``)."""
    return gamma_exponential_kernel(x1, x2, c=c, gamma=1.0)


def gaussian_kernel(x1, x2=None, *, c: float = 1.0) -> np.ndarray:
    """``exp(-c |x - y|^2)`` (``[N1, N2]``)."""
    return gamma_exponential_kernel(x1, x2, c=c, gamma=2.0)


def gamma_exponential_of_u(u, *, c: float = 1.0, gamma: float = 1.0) -> np.ndarray:
    """The kernel on the unit sphere as a function of ``u = <x, y>``: ``exp(-c (2-2u)^(gamma/2))``."""
    _check(c, gamma)
    return np.exp(-c * np.maximum(2 - 2 * np.asarray(u, np.float64), 0.0) ** (gamma / 2))


@dataclass(frozen=True)
class KernelFit:
    """Result of fitting a model kernel to a dot-product kernel on S^{d-1}.

    model; c, gamma (gamma = 1 for Laplace, 2 for Gaussian); a, b: affine coefficients
    (model ``a exp(-c r^gamma) + b``; a = 1, b = 0 for the non-affine models);
    residual: relative L2 error ``||k - fit|| / ||k||`` under the sphere pair distribution
    (both normalised to ``k(1) = 1`` for the target); max_abs_error over u in [-1, 1];
    u ``[n]``, target ``[n]`` (normalised), fitted ``[n]``: curves for plotting against
    ``angle = arccos(u)``; scale: the target's ``k(1)`` used to normalise.
    """

    model: str
    c: float
    gamma: float
    a: float
    b: float
    residual: float
    max_abs_error: float
    u: np.ndarray
    target: np.ndarray
    fitted: np.ndarray
    scale: float


def _pair_rule(d, n=400):
    """u = cos t nodes and weights of the density of <x, y> (independent uniform x, y)."""
    x, w = special.roots_legendre(n)
    t = np.pi / 2 * (x + 1)
    w = w * np.sin(t) ** (d - 2)
    return np.cos(t), w / w.sum()


def fit_kernel_on_sphere(kernel_fn, d: int, model: str = "laplace", *, n_nodes: int = 400,
                         c_bounds=(1e-3, 1e2)) -> KernelFit:
    """Fit ``model`` to the dot-product kernel ``kernel_fn(u)`` on S^{d-1}.

    Models: "laplace" ``exp(-c r)``; "gaussian" ``exp(-c r^2)``; "gamma_exponential"
    ``exp(-c r^gamma)`` (c and gamma fitted, gamma in (0, 2]); "affine_laplace"
    ``a exp(-c r) + b`` (a, b by linear least squares for each c). ``r = sqrt(2 - 2u)``.
    The target is divided by ``kernel_fn(1)``. c is found by a log-grid search refined by
    bounded scalar (or Nelder-Mead for two parameters) minimisation of the weighted L2 error.
    """
    if model not in FIT_MODELS:
        raise ValueError(f"model must be one of {FIT_MODELS}")
    u, w = _pair_rule(d, n_nodes)
    scale = float(np.asarray(kernel_fn(np.array([1.0])), np.float64).ravel()[0])
    k = np.asarray(kernel_fn(u), np.float64).ravel() / scale
    r = np.sqrt(np.maximum(2 - 2 * u, 0.0))
    norm = np.sqrt(np.sum(w * k * k))

    def affine(c, gamma):
        e = np.exp(-c * r ** gamma)
        if model != "affine_laplace":
            return e, 1.0, 0.0
        A = np.stack([e, np.ones_like(e)], 1) * np.sqrt(w)[:, None]
        (a, b), *_ = np.linalg.lstsq(A, k * np.sqrt(w), rcond=None)
        return a * e + b, float(a), float(b)

    def loss(logc, gamma):
        f, _, _ = affine(np.exp(logc), gamma)
        return float(np.sum(w * (k - f) ** 2))

    gamma0 = 2.0 if model == "gaussian" else 1.0
    lo, hi = np.log(c_bounds[0]), np.log(c_bounds[1])
    grid = np.linspace(lo, hi, 121)
    if model == "gamma_exponential":
        gammas = np.linspace(0.1, 2.0, 20)
        vals = np.array([[loss(lc, g) for g in gammas] for lc in grid])
        i, j = np.unravel_index(np.argmin(vals), vals.shape)

        def obj(p):
            g = 2.0 / (1.0 + np.exp(-p[1]))  # gamma in (0, 2)
            return loss(np.clip(p[0], lo, hi), g)
        g0 = min(gammas[j], 2 - 1e-6)
        res = optimize.minimize(obj, [grid[i], np.log(g0 / (2 - g0))], method="Nelder-Mead",
                                options={"xatol": 1e-9, "fatol": 1e-16, "maxiter": 4000})
        logc, gamma = float(np.clip(res.x[0], lo, hi)), float(2.0 / (1.0 + np.exp(-res.x[1])))
        if vals[i, -1] <= obj(res.x) and j == len(gammas) - 1:  # boundary gamma = 2
            logc, gamma = grid[i], 2.0
    else:
        vals = np.array([loss(lc, gamma0) for lc in grid])
        i = int(np.argmin(vals))
        a_, b_ = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
        res = optimize.minimize_scalar(lambda lc: loss(lc, gamma0), bounds=(a_, b_),
                                       method="bounded", options={"xatol": 1e-10})
        logc, gamma = float(res.x), gamma0
    c = float(np.exp(logc))
    _, a, b = affine(c, gamma)
    ug = np.linspace(-1, 1, 401)
    rg = np.sqrt(np.maximum(2 - 2 * ug, 0.0))
    kg = np.asarray(kernel_fn(ug), np.float64).ravel() / scale
    fg = a * np.exp(-c * rg ** gamma) + b
    f, _, _ = affine(c, gamma)
    return KernelFit(model, c, gamma, a, b, float(np.sqrt(np.sum(w * (k - f) ** 2)) / norm),
                     float(np.max(np.abs(kg - fg))), ug, kg, fg, scale)

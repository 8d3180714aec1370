"""Dual activations in float64 numpy: ``E[phi(u) phi(v)]`` and ``E[phi'(u) phi'(v)]`` for
``(u, v) ~ N(0, [[Kxx, Kxy], [Kxy, Kyy]])``.

Closed forms for ReLU (arc-cosine), erf and identity; any other activation by a 2-D
Gaussian quadrature in polar coordinates (see :func:`dual_activation`).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import special

from ..networks.specs import ACTIVATIONS

CLOSED_FORM_ACTIVATIONS = ("relu", "erf", "identity")
_SQRT2PI = np.sqrt(2.0 * np.pi)


# --------------------------------------------------------------------------------------
# Activations in float64 numpy
# --------------------------------------------------------------------------------------
def _gelu(x):
    return x * special.ndtr(x)


def _dgelu(x):
    return special.ndtr(x) + x * np.exp(-0.5 * x * x) / _SQRT2PI


_NUMPY_ACTIVATIONS = {
    "relu": (lambda x: np.maximum(x, 0.0), lambda x: (x > 0).astype(np.float64)),
    "erf": (special.erf, lambda x: 2.0 / np.sqrt(np.pi) * np.exp(-x * x)),
    "tanh": (np.tanh, lambda x: 1.0 / np.cosh(np.clip(x, -350, 350)) ** 2),
    "gelu": (_gelu, _dgelu),
    "identity": (lambda x: x, lambda x: np.ones_like(x)),
}


def activation_numpy(activation):
    """``(phi, phi')`` as float64 numpy callables for an activation name or a callable.

    Names of :data:`ntk_core.specs.ACTIVATIONS` without a numpy twin here (added later by
    someone else) fall back to the jax function and its ``jax.grad`` under
    ``jax.experimental.enable_x64``. A callable ``phi`` is used the same way.
    """
    if isinstance(activation, str):
        if activation in _NUMPY_ACTIVATIONS:
            return _NUMPY_ACTIVATIONS[activation]
        if activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {activation!r}")
        fn = ACTIVATIONS[activation]
    else:
        fn = activation
    import jax

    def phi(x):
        with enable_x64():
            return np.asarray(fn(jax.numpy.asarray(np.asarray(x, np.float64))), np.float64)

    def dphi(x):
        with enable_x64():
            g = jax.vmap(jax.grad(lambda t: fn(t)))
            xa = np.asarray(x, np.float64)
            return np.asarray(g(jax.numpy.asarray(xa.ravel())), np.float64).reshape(xa.shape)

    return phi, dphi


def enable_x64():
    """A context in which JAX computes in float64 (``jax.enable_x64(True)`` on JAX >= 0.7,
    ``jax.experimental.enable_x64()`` before); it never changes the global config."""
    import jax
    if hasattr(jax, "enable_x64"):
        return jax.enable_x64(True)
    from jax.experimental import enable_x64 as ctx  # older JAX
    return ctx()


# --------------------------------------------------------------------------------------
# Closed forms
# --------------------------------------------------------------------------------------
# ``xp``: the array module, numpy here or jax.numpy (float64) for the jitted RNTK
# (:mod:`ntk_core.infinite.recurrent`).
def _relu_dual(kxx, kyy, kxy, xp=np):
    prod = kxx * kyy
    safe = prod > 0
    sp = xp.sqrt(xp.where(safe, prod, 1.0))
    cos = xp.clip(xp.where(safe, kxy / sp, 0.0), -1.0, 1.0)
    # arccos is ill-conditioned at |cos| = 1 (a 1-ulp error gives theta ~ 1.5e-8): snap
    # values within a few ulps of +-1, which are rounding noise of an exact +-1 (diagonal).
    cos = xp.where(1.0 - xp.abs(cos) < 8 * xp.finfo(xp.float64).eps, xp.sign(cos), cos)
    theta = xp.arccos(cos)
    sin = xp.sqrt(xp.maximum(1.0 - cos * cos, 0.0))
    q = xp.where(safe, sp * (sin + (xp.pi - theta) * cos) / (2 * xp.pi), 0.0)
    kdot = xp.where(safe, (xp.pi - theta) / (2 * xp.pi), 0.0)
    return q, kdot


def _erf_dual(kxx, kyy, kxy, xp=np):
    den = (1 + 2 * kxx) * (1 + 2 * kyy)
    q = 2 / xp.pi * xp.arcsin(xp.clip(2 * kxy / xp.sqrt(den), -1.0, 1.0))
    kdot = 4 / xp.pi / xp.sqrt(den - 4 * kxy * kxy)
    return q, kdot


def _identity_dual(kxx, kyy, kxy, xp=np):
    return xp.array(kxy, xp.float64, copy=True), xp.ones_like(kxy, dtype=xp.float64)


_CLOSED = {"relu": _relu_dual, "erf": _erf_dual, "identity": _identity_dual}


def closed_form_dual(name: str, kxx, kyy, kxy, xp=np):
    """The closed-form dual activation of ``name`` (one of ``CLOSED_FORM_ACTIVATIONS``)
    with the array module ``xp`` (numpy, or jax.numpy inside a float64 jitted function)."""
    return _CLOSED[name](kxx, kyy, kxy, xp)


# --------------------------------------------------------------------------------------
# Quadrature of the 2x2 Gaussian expectation
# --------------------------------------------------------------------------------------
def _composite_legendre(breaks, q):
    x, w = special.roots_legendre(q)
    breaks = np.asarray(breaks, np.float64)
    lo, hi = breaks[:-1, None], breaks[1:, None]
    return ((lo + hi) / 2 + (hi - lo) / 2 * x).ravel(), ((hi - lo) / 2 * w).ravel()


@lru_cache(maxsize=8)
def _polar_rule(q: int):
    """Reference nodes for the polar rule (see :func:`dual_activation`)."""
    # radial: r in [0, 9.6] (mass beyond is exp(-46)), graded towards 0, weight r e^{-r^2/2}
    r, wr = _composite_legendre([0, 1 / 32, 1 / 8, 1 / 2, 1, 2, 3, 4.5, 6.5, 9.6], q)
    wr = wr * r * np.exp(-0.5 * r * r)
    wr = wr / wr.sum()  # total mass 1 (the truncation error is ~1e-14)
    # angular: unit arc [0, 1], graded geometrically towards both ends (the kink angles)
    g = np.array([0, 1 / 64, 1 / 16, 1 / 4, 1 / 2])
    s, ws = _composite_legendre(np.unique(np.concatenate([g, 1 - g])), q)
    return r, wr, s, ws


def _gauss_polar(phi, kxx, kyy, kxy, q):
    """E[phi(u) phi(v)] by the polar rule; inputs 1-D arrays of equal length P."""
    r, wr, s, ws = _polar_rule(q)
    sx, sy = np.sqrt(kxx), np.sqrt(kyy)
    den = sx * sy
    rho = np.clip(np.where(den > 0, kxy / np.where(den > 0, den, 1.0), 0.0), -1.0, 1.0)
    c = np.sqrt(np.maximum(1.0 - rho * rho, 0.0))
    # z = r (cos w, sin w), u = sx z1, v = sy (rho z1 + c z2) = sy r cos(w - w_v),
    # kinks of phi at 0 lie at w = pi/2 (u = 0) and w = w_v + pi/2 (v = 0), modulo pi.
    k1 = np.full_like(rho, np.pi / 2)
    k2 = np.mod(np.arctan2(-rho, c), np.pi)
    lo, hi = np.minimum(k1, k2), np.maximum(k1, k2)
    l1 = hi - lo
    om = np.concatenate([lo[:, None] + l1[:, None] * s, hi[:, None] + (np.pi - l1)[:, None] * s], 1)
    wo = np.concatenate([l1[:, None] * ws, (np.pi - l1)[:, None] * ws], 1) / np.pi
    # full line in r (r and -r) with w in [0, pi) covers the plane once
    rr = np.concatenate([r, -r])
    wrr = np.concatenate([wr, wr]) / 2
    cos_om, sin_om = np.cos(om), np.sin(om)
    z1 = rr[None, :, None] * cos_om[:, None, :]
    z2 = rr[None, :, None] * sin_om[:, None, :]
    u = sx[:, None, None] * z1
    v = sy[:, None, None] * (rho[:, None, None] * z1 + c[:, None, None] * z2)
    vals = phi(u) * phi(v)
    return np.einsum("prw,r,pw->p", vals, wrr, wo)


@lru_cache(maxsize=8)
def _hermite_rule(n: int):
    z, w = special.roots_hermite(n)
    return z * np.sqrt(2.0), w / np.sqrt(np.pi)


def _gauss_hermite(phi, kxx, kyy, kxy, n):
    """E[phi(u) phi(v)] by the n x n tensor Gauss-Hermite rule (Cholesky variables)."""
    z, w = _hermite_rule(n)
    sx, sy = np.sqrt(kxx), np.sqrt(kyy)
    den = sx * sy
    rho = np.clip(np.where(den > 0, kxy / np.where(den > 0, den, 1.0), 0.0), -1.0, 1.0)
    c = np.sqrt(np.maximum(1.0 - rho * rho, 0.0))
    u = sx[:, None, None] * z[None, :, None]
    v = sy[:, None, None] * (rho[:, None, None] * z[None, :, None] + c[:, None, None] * z[None, None, :])
    return np.einsum("pij,i,j->p", phi(u) * phi(v), w, w)


def dual_activation(activation, kxx, kyy, kxy, *, method="auto", order=None, chunk=256):
    """Dual activation: ``(E[phi(u) phi(v)], E[phi'(u) phi'(v)])``, elementwise.

    ``(u, v) ~ N(0, [[kxx, kxy], [kxy, kyy]])``; ``kxx, kyy, kxy`` broadcast to a common
    shape, which the two float64 outputs have.

    ``method``:

    * ``"closed"``: closed forms (ReLU arc-cosine, erf, identity); error for others;
    * ``"quadrature"``: polar Gauss rule. With ``z = r (cos w, sin w)`` standard normal,
      ``u = sqrt(kxx) z1``, ``v = sqrt(kyy) (rho z1 + sqrt(1 - rho^2) z2)``, the
      expectation is ``(1 / pi) int_0^pi dw int_R |r| e^{-r^2/2} / 2 phi(u) phi(v) dr``.
      The ``w`` range is cut at the two angles where ``u = 0`` or ``v = 0`` (the kinks of
      ReLU-like activations) and each arc is Gauss-Legendre with geometric grading towards
      the cuts; ``|r|`` is composite Gauss-Legendre on [0, 9.6] graded towards 0. Exact
      (to rounding) for ReLU; for erf, tanh and gelu relative error < 1e-6 for variances
      up to 100 (checked in the tests). ``order`` = nodes per panel (default 8: 18,432
      nodes per pair).
    * ``"hermite"``: tensor-product Gauss-Hermite in the Cholesky variables with
      ``order`` nodes per axis (default 64). Spectrally accurate for smooth activations
      with variances O(1); slow (algebraic) convergence for kinks such as ReLU.
    * ``"auto"``: closed form where available, else ``"quadrature"``.

    The quadrature methods are evaluated in chunks of ``chunk`` pairs.
    """
    kxx, kyy, kxy = np.broadcast_arrays(*(np.asarray(a, np.float64) for a in (kxx, kyy, kxy)))
    name = activation if isinstance(activation, str) else None
    if method == "auto":
        method = "closed" if name in _CLOSED else "quadrature"
    if method == "closed":
        if name not in _CLOSED:
            raise ValueError(f"no closed form for activation {activation!r}; use 'quadrature'")
        return _CLOSED[name](kxx, kyy, kxy)
    if method not in ("quadrature", "hermite"):
        raise ValueError(f"unknown method {method!r}")
    phi, dphi = activation_numpy(activation)
    if method == "quadrature":
        fn, order = _gauss_polar, int(order or 8)
    else:
        fn, order = _gauss_hermite, int(order or 64)
    shape = kxx.shape
    a, b, c = kxx.ravel(), kyy.ravel(), kxy.ravel()
    q = np.empty(a.size)
    kd = np.empty(a.size)
    for i in range(0, a.size, chunk):
        sl = slice(i, i + chunk)
        q[sl] = fn(phi, a[sl], b[sl], c[sl], order)
        kd[sl] = fn(dphi, a[sl], b[sl], c[sl], order)
    return q.reshape(shape), kd.reshape(shape)


def _self_dual(activation, k, method, order):
    """E[phi(u)^2] for u ~ N(0, k) (1-D arrays; cheap diagonal terms)."""
    return dual_activation(activation, k, k, k, method=method, order=order)[0]


# --------------------------------------------------------------------------------------
# Inputs of one norm: a 1-D table in the correlation
# --------------------------------------------------------------------------------------
DEFAULT_TABLE_NODES = 129


@lru_cache(maxsize=64)
def _sphere_table(activation, variance, nodes, method, order):
    """Chebyshev coefficients of ``rho -> (E[phi(u) phi(v)], E[phi'(u) phi'(v)])`` at
    ``kxx = kyy = variance``, ``kxy = variance rho`` (see :func:`dual_activation_one_norm`)."""
    rho = np.cos(np.pi * np.arange(nodes) / (nodes - 1))  # Chebyshev extreme points
    v = np.full(nodes, variance)
    q, kd = dual_activation(activation, v, v, variance * rho, method=method, order=order)
    cheb = np.polynomial.chebyshev.Chebyshev
    return (cheb.fit(rho, q, nodes - 1, domain=[-1, 1]).coef,
            cheb.fit(rho, kd, nodes - 1, domain=[-1, 1]).coef)


def dual_activation_one_norm(activation, variance, kxy, *, nodes=DEFAULT_TABLE_NODES,
                             method="quadrature", order=None):
    """Dual activation when every input has the same variance ``kxx = kyy = variance``.

    Then the expectation depends on the correlation ``rho = kxy / variance`` alone, so it
    is computed by quadrature (``method``, ``order`` as in :func:`dual_activation`) at
    ``nodes`` Chebyshev points of ``rho in [-1, 1]`` once and interpolated there (a
    degree ``nodes - 1`` Chebyshev series; tables are cached per activation, variance and
    size): ``nodes`` quadratures instead of one per pair. For smooth activations (tanh,
    gelu, erf, sin...) the error falls geometrically with ``nodes``; with 129 nodes it is
    below 1e-9 relative to the values' scale for tanh and gelu at variances 0.1..10
    (measured in the tests). Kinked activations are interpolated more slowly (algebraic
    convergence near ``rho = 1``). ``kxy`` any shape; returns two arrays of that shape.
    """
    variance = float(variance)
    if not variance > 0:
        raise ValueError("the common variance must be positive")
    kxy = np.asarray(kxy, np.float64)
    # the table's variance to 12 digits (a relative change below 1e-12, far under the
    # table's 1e-9): the same data's variances, which differ in the last bits from call
    # to call (x_train vs x_test, one layer's rounding), then share one cached table
    cq, ck = _sphere_table(activation, float(f"{variance:.12g}"), int(nodes), method, order)
    rho = np.clip(kxy / variance, -1.0, 1.0)
    cheb = np.polynomial.chebyshev.chebval
    return cheb(rho, cq), cheb(rho, ck)

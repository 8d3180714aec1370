"""Fast sketches of tensor products and dot-product powers, and non-negative polynomial fits
of dot-product kernels: the building blocks of the NTK Sketch of Zandieh et al. (2021,
"Scaling Neural Tangent Kernels via Sketching and Random Features") and of the CNTK sketch.

* ``real_fourier(x)``: an orthonormal real transform of the last axis in ``O(D log D)``
  from JAX's own FFT (``jnp.fft.rfft``): the real and imaginary parts of the DFT, the
  paired frequencies scaled by ``sqrt(2)``, all divided by ``sqrt(D)`` -- an orthogonal
  ``D x D`` matrix ``F`` (it plays the part of the Hadamard matrix in SRHT, for any ``D``).
* SRHT (subsampled randomized trigonometric transform) ``[N, D] -> [N, m]``:
  ``z = sqrt(D / m) (F (s * x))[i]`` with random signs ``s`` and ``m`` indices ``i``
  uniform with replacement: ``E <z(x), z(y)> = <x, y>`` exactly for every sign draw.
* TensorSRHT ``([N, D1], [N, D2]) -> [N, m]``: ``z_k = sqrt(D1 D2 / m) a_{i_k} b_{j_k}``
  with ``a = F(s1 * u)``, ``b = F(s2 * v)`` and independent uniform index pairs:
  ``E <z(u, v), z(u', v')> = <u, u'> <v, v'>`` (a sketch of ``u (x) v`` without forming
  it; ``O(D log D + m)`` per example instead of ``O(D1 D2)``).
* PolySketch of degree ``p``: ``x -> S_p(x)`` with ``E <S_p(x), S_p(y)> = <x, y>^p``, a
  binary tree of TensorSRHTs over ``p`` leaves (Ahle et al. 2020); the two subtrees of a
  node have independent randomness, so unbiasedness multiplies up the tree. Leaves are
  the identity while ``d <= m`` (exact), an SRHT to ``m`` otherwise.
* ``symmetric_power_features(x, p)``: the exact features of ``<x, y>^p`` in the
  ``C(d + p - 1, p)`` coordinates of the symmetric tensor power (multinomial weights).
* ``fit_nonnegative_polynomial(f, degree)``: ``f(t) ~ sum_j c_j t^j`` on ``[-1, 1]`` with
  every ``c_j >= 0`` (non-negative least squares on Chebyshev nodes, ``f(1)`` matched with
  a large weight); non-negative coefficients make ``sum_j c_j <x, y>^j`` a PSD kernel
  whose features are ``sqrt(c_j)`` times those of ``<x, y>^j``.

Sketch parameters live in plain dicts of numpy arrays (pytrees), applied by jitted
functions batched over the rows of ``x``; the caller chunks rows, so memory is linear in N.
"""
from __future__ import annotations

import itertools
from math import comb

import jax
import jax.numpy as jnp
import numpy as np
from scipy.optimize import nnls

__all__ = ["real_fourier", "srht_params", "srht", "tensor_srht_params", "tensor_srht",
           "poly_sketch_params", "poly_sketch", "sketch_dim", "symmetric_power_features",
           "symmetric_power_dim", "fit_nonnegative_polynomial", "PolyFit"]


def real_fourier(x):
    """Orthonormal real Fourier transform of the last axis (``[..., D] -> [..., D]``)."""
    d = x.shape[-1]
    f = jnp.fft.rfft(x, axis=-1)
    n_re = d // 2 + 1
    w = np.full(n_re, np.sqrt(2.0), np.float32)
    w[0] = 1.0
    if d % 2 == 0:
        w[-1] = 1.0
    im = f.imag[..., 1:(d + 1) // 2] * np.sqrt(2.0)
    return jnp.concatenate([f.real * w, im], axis=-1) / np.sqrt(d)


def _signs(rng, d):
    return rng.choice(np.array([-1.0, 1.0], np.float32), d)


def srht_params(rng: np.random.Generator, d: int, m: int) -> dict:
    """Random signs ``[d]`` and ``m`` sampled coordinates of an SRHT ``R^d -> R^m``."""
    return {"s": _signs(rng, d), "i": rng.integers(0, d, m).astype(np.int32)}


def _srht(p, x):
    d, m = x.shape[-1], p["i"].shape[0]
    return real_fourier(x * p["s"])[..., p["i"]] * np.float32(np.sqrt(d / m))


srht = jax.jit(_srht)
srht.__doc__ = "SRHT ``[N, d] -> [N, m]`` with :func:`srht_params`; ``E<z(x), z(y)> = <x, y>``."


def tensor_srht_params(rng: np.random.Generator, d1: int, d2: int, m: int) -> dict:
    """Signs and index pairs of a TensorSRHT ``R^d1 x R^d2 -> R^m``."""
    return {"s1": _signs(rng, d1), "s2": _signs(rng, d2),
            "i1": rng.integers(0, d1, m).astype(np.int32),
            "i2": rng.integers(0, d2, m).astype(np.int32)}


def _tensor_srht(p, u, v):
    d1, d2, m = u.shape[-1], v.shape[-1], p["i1"].shape[0]
    a = real_fourier(u * p["s1"])[..., p["i1"]]
    b = real_fourier(v * p["s2"])[..., p["i2"]]
    return a * b * np.float32(np.sqrt(d1 * d2 / m))


tensor_srht = jax.jit(_tensor_srht)
tensor_srht.__doc__ = ("TensorSRHT ``([N, d1], [N, d2]) -> [N, m]`` with "
                       ":func:`tensor_srht_params`; ``E<z(u,v), z(u',v')> = <u,u'><v,v'>``.")


def poly_sketch_params(rng: np.random.Generator, d: int, degree: int, m: int) -> dict:
    """A PolySketch tree for ``<x, y>^degree``, ``x in R^d``, output dimension ``m``
    (``d`` for degree 1 with ``d <= m``: the identity)."""
    if degree < 1:
        raise ValueError("PolySketch degree must be >= 1")
    if degree == 1:
        return {} if d <= m else {"leaf": srht_params(rng, d, m)}
    left = poly_sketch_params(rng, d, (degree + 1) // 2, m)
    right = poly_sketch_params(rng, d, degree // 2, m)
    return {"left": left, "right": right,
            "t": tensor_srht_params(rng, sketch_dim(left, d), sketch_dim(right, d), m)}


def sketch_dim(p: dict, d: int) -> int:
    """Output dimension of a :func:`poly_sketch_params` tree on inputs of dimension ``d``."""
    if "t" in p:
        return int(p["t"]["i1"].shape[0])
    return int(p["leaf"]["i"].shape[0]) if "leaf" in p else d


def _poly_sketch(p, x):
    if "t" in p:
        return _tensor_srht(p["t"], _poly_sketch(p["left"], x), _poly_sketch(p["right"], x))
    return _srht(p["leaf"], x) if "leaf" in p else x


poly_sketch = jax.jit(_poly_sketch)
poly_sketch.__doc__ = ("PolySketch ``[N, d] -> [N, m]`` with :func:`poly_sketch_params`: "
                       "``E<S(x), S(y)> = <x, y>^degree``.")


def symmetric_power_dim(d: int, degree: int) -> int:
    """``C(d + degree - 1, degree)``: coordinates of the symmetric tensor power."""
    return comb(d + degree - 1, degree)


def _symmetric_index(d: int, degree: int):
    idx = np.array(list(itertools.combinations_with_replacement(range(d), degree)), np.int32)
    idx = idx.reshape(max(len(idx), 1), degree)  # degree 0: one empty multiset
    # multinomial weight degree! / prod(mult!) of each multiset
    fact = np.cumprod(np.r_[1, np.arange(1, degree + 1)]).astype(np.float64)
    w = np.array([fact[degree] / np.prod([fact[c] for c in np.unique(r, return_counts=True)[1]])
                  for r in idx])
    return idx, np.sqrt(w).astype(np.float32)


def symmetric_power_features(x, degree: int):
    """Exact features ``[N, C(d + p - 1, p)]`` of ``<x, y>^p`` for ``x [N, d]``:
    ``sqrt(p! / prod(mult!)) prod_k x[i_k]`` over multisets ``i`` of size ``p``."""
    x = jnp.asarray(x)
    if degree == 0:
        return jnp.ones(x.shape[:-1] + (1,), x.dtype)
    idx, w = _symmetric_index(x.shape[-1], degree)
    return jnp.prod(x[..., idx], axis=-1) * w


class PolyFit:
    """``f(t) ~ sum_j coef[j] t^j`` on [-1, 1], ``coef >= 0``; ``max_error``: the largest
    absolute error on a uniform grid of 4001 points, ``rel_error`` that over ``f(1)``."""

    def __init__(self, coef, max_error, f1):
        self.coef = np.asarray(coef, np.float64)
        self.max_error = float(max_error)
        self.rel_error = float(max_error / abs(f1)) if f1 else float("inf")

    def __call__(self, t):
        return np.polynomial.polynomial.polyval(np.asarray(t, np.float64), self.coef)


def fit_nonnegative_polynomial(f, degree: int) -> PolyFit:
    """Fit ``f`` (vectorised on [-1, 1]) by a degree-``degree`` polynomial with
    non-negative coefficients: NNLS on ``8 (degree + 1)`` Chebyshev nodes plus ``t = 1``
    weighted 100x (the kernel's diagonal, where a dot-product kernel is largest)."""
    if degree < 0:
        raise ValueError("degree must be >= 0")
    n = 8 * (degree + 1)
    t = np.r_[np.cos(np.pi * (np.arange(n) + 0.5) / n), 1.0]
    wts = np.r_[np.ones(n), 100.0]
    v = np.vander(t, degree + 1, increasing=True)
    ft = np.asarray(f(t), np.float64)
    coef = nnls(v * wts[:, None], ft * wts)[0]
    grid = np.linspace(-1.0, 1.0, 4001)
    err = np.max(np.abs(np.polynomial.polynomial.polyval(grid, coef) - f(grid)))
    return PolyFit(coef, err, float(ft[-1]))

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
  it; ``O(D log D + m)`` per example instead of ``O(D1 D2)``); the same with ``k``
  factors (``product_srht_params``): unbiased for the product of the ``k`` inner
  products, whatever the signs (the uniform indices alone make it so).
* PolySketch of degree ``p``: ``x -> S_p(x)`` with ``E <S_p(x), S_p(y)> = <x, y>^p``, a
  binary tree of TensorSRHTs (Ahle et al. 2020); the two subtrees of a node have
  independent randomness, so unbiasedness multiplies up the tree. Each leaf is a power
  ``<x, y>^q`` with ``q <= leaf_degree`` featurised exactly (``x`` itself for ``q = 1``,
  the symmetric tensor power below otherwise), passed through an SRHT to ``m`` when it
  has more than ``m`` coordinates; a node whose degree ``<= max_factors * leaf_degree``
  is one TensorSRHT of its (up to ``max_factors``) leaves. Exact leaves of degree ``q``
  cut the random levels and the FFTs: for ``d = 16``, ``q = 4``, ``max_factors = 4`` a
  degree-16 sketch is one 4-factor TensorSRHT (4 FFTs of length 3888) instead of 15
  binary nodes (22 FFTs, 14 of them of length ``m``). Leaves of one degree are computed
  once per call.
* Transform lengths are padded with zeros to the next ``2^a 3^b 5^c`` (inner products
  unchanged), where JAX's FFT is several times faster than at lengths with large prime
  factors.
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

import functools
import itertools
from math import comb

import jax
import jax.numpy as jnp
import numpy as np
from scipy.optimize import nnls

__all__ = ["real_fourier", "srht_params", "srht", "tensor_srht_params", "tensor_srht",
           "product_srht_params",
           "poly_sketch_params", "poly_sketch", "sketch_dim", "smooth_length",
           "symmetric_power_features", "symmetric_power_dim", "fit_nonnegative_polynomial", "PolyFit"]


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


def smooth_length(n: int) -> int:
    """The smallest ``2^a 3^b 5^c >= n``: an FFT length that stays fast."""
    n = max(int(n), 1)
    best = 1 << (n - 1).bit_length()
    p3 = 1
    while p3 < best:
        p35 = p3
        while p35 < best:
            v = p35
            while v < n:
                v *= 2
            best = min(best, v)
            p35 *= 5
        p3 *= 3
    return best


def _signs(rng, d):
    return rng.choice(np.array([-1.0, 1.0], np.float32), smooth_length(d))


def _fourier_sample(x, s, i):
    """``(F (s * x_pad))[..., i]`` for ``x [..., D]`` zero-padded to ``len(s)``.

    The sampled coordinates are read by a gather on the flattened transform (one scalar
    index per output element): a gather along the last axis of ``[N, D]`` is lowered by
    XLA's CPU backend to column slices of the transposed array, strided by ``D`` (up to
    5x slower at ``N = 1000``, ``D = 3888``, ``m = 7776``, when fused with a row norm)."""
    d = s.shape[0]
    if x.shape[-1] < d:
        x = jnp.pad(x, [(0, 0)] * (x.ndim - 1) + [(0, d - x.shape[-1])])
    r = real_fourier(x * s)
    lead, m = r.shape[:-1], i.shape[0]
    n = int(np.prod(lead))
    if n * d >= 2 ** 31:  # int32 flat indices would overflow
        return r[..., i]
    flat = (jnp.arange(n, dtype=jnp.int32) * d)[:, None] + i[None, :].astype(jnp.int32)
    return r.reshape(-1)[flat].reshape(lead + (m,))


def srht_params(rng: np.random.Generator, d: int, m: int) -> dict:
    """Random signs and ``m`` sampled coordinates of an SRHT ``R^d -> R^m`` (the transform
    length ``D = smooth_length(d)``: the input zero-padded)."""
    s = _signs(rng, d)
    return {"s": s, "i": rng.integers(0, len(s), m).astype(np.int32)}


def _srht(p, x):
    d, m = p["s"].shape[0], p["i"].shape[0]
    return _fourier_sample(x, p["s"], p["i"]) * np.float32(np.sqrt(d / m))


srht = jax.jit(_srht)
srht.__doc__ = "SRHT ``[N, d] -> [N, m]`` with :func:`srht_params`; ``E<z(x), z(y)> = <x, y>``."


def product_srht_params(rng: np.random.Generator, dims, m: int) -> dict:
    """Signs and index tuples of a TensorSRHT of ``k = len(dims)`` factors
    ``R^d1 x ... x R^dk -> R^m`` (transform lengths padded as in :func:`srht_params`)."""
    signs = [_signs(rng, d) for d in dims]
    return {"s": signs, "i": [rng.integers(0, len(sg), m).astype(np.int32) for sg in signs]}


def _product_srht(p, us):
    """``z_k = sqrt(D1 ... Dk / m) prod_c (F (s_c * u_c))[i_ck]``: unbiased for
    ``prod_c <u_c, u_c'>`` (independent uniform indices; for every sign draw)."""
    m = p["i"][0].shape[0]
    z = np.float32(np.sqrt(np.prod([float(sg.shape[0]) for sg in p["s"]]) / m))
    for u, sg, i in zip(us, p["s"], p["i"]):
        z = z * _fourier_sample(u, sg, i)
    return z


def tensor_srht_params(rng: np.random.Generator, d1: int, d2: int, m: int) -> dict:
    """Signs and index pairs of a TensorSRHT ``R^d1 x R^d2 -> R^m``."""
    return product_srht_params(rng, (d1, d2), m)


def _tensor_srht(p, u, v):
    return _product_srht(p, (u, v))


tensor_srht = jax.jit(_tensor_srht)
tensor_srht.__doc__ = ("TensorSRHT ``([N, d1], [N, d2]) -> [N, m]`` with "
                       ":func:`tensor_srht_params`; ``E<z(u,v), z(u',v')> = <u,u'><v,v'>``.")


def _split(degree: int, leaf_degree: int, max_factors: int) -> list:
    """Children's degrees of a node of degree ``degree``: ``<= max_factors`` leaves of
    degree ``<= leaf_degree`` when that suffices (as equal as possible), else two halves."""
    k = -(-degree // leaf_degree)
    if k > max_factors:
        return [(degree + 1) // 2, degree // 2]
    return [degree // k + (c < degree % k) for c in range(k)]


def poly_sketch_params(rng: np.random.Generator, d: int, degree: int, m: int,
                       leaf_degree: int = 1, max_factors: int = 2) -> dict:
    """A PolySketch tree for ``<x, y>^degree``, ``x in R^d``, output dimension ``m``: a
    node of degree ``p`` is a TensorSRHT of ``<= max_factors`` exact leaves of degree
    ``<= leaf_degree`` when ``p <= max_factors * leaf_degree``, else of two subtrees of
    degrees ``ceil(p / 2)``, ``floor(p / 2)``. A leaf of degree ``q`` is exact (``x``, or
    the ``C(d + q - 1, q)`` symmetric-power features) with an SRHT to ``m`` on top when
    that is more than ``m`` coordinates; a lone leaf (``degree <= leaf_degree``) with at
    most ``m`` coordinates is exact: ``<S(x), S(y)> = <x, y>^q``."""
    if degree < 1:
        raise ValueError("PolySketch degree must be >= 1")
    leaf_degree, max_factors = max(int(leaf_degree), 1), max(int(max_factors), 2)
    if degree <= leaf_degree:
        node = {}
        if degree > 1:
            idx, w = _symmetric_index(d, degree)
            node["pow"] = {"idx": idx, "w": w}
        dim = symmetric_power_dim(d, degree)
        if dim > m:
            node["leaf"] = srht_params(rng, dim, m)
        return node
    kids = [poly_sketch_params(rng, d, q, m, leaf_degree, max_factors)
            for q in _split(degree, leaf_degree, max_factors)]
    return {"kids": kids, "t": product_srht_params(rng, [sketch_dim(k, d) for k in kids], m)}


def sketch_dim(p: dict, d: int) -> int:
    """Output dimension of a :func:`poly_sketch_params` tree on inputs of dimension ``d``."""
    if "t" in p:
        return int(p["t"]["i"][0].shape[0])
    if "leaf" in p:
        return int(p["leaf"]["i"].shape[0])
    return int(p["pow"]["idx"].shape[0]) if "pow" in p else d


def _poly_sketch(p, x, powers=None):
    """Apply a tree; ``powers`` (a dict, filled during tracing) shares the exact leaf
    features of each degree between the leaves and trees of one call."""
    powers = {} if powers is None else powers
    if "t" in p:
        return _product_srht(p["t"], [_poly_sketch(k, x, powers) for k in p["kids"]])
    z = x
    if "pow" in p:
        q = p["pow"]["idx"].shape[1]
        if q not in powers:
            powers[q] = jnp.prod(x[..., p["pow"]["idx"]], axis=-1) * p["pow"]["w"]
        z = powers[q]
    return _srht(p["leaf"], z) if "leaf" in p else z


poly_sketch = jax.jit(_poly_sketch)
poly_sketch.__doc__ = ("PolySketch ``[N, d] -> [N, m]`` with :func:`poly_sketch_params`: "
                       "``E<S(x), S(y)> = <x, y>^degree``.")


def symmetric_power_dim(d: int, degree: int) -> int:
    """``C(d + degree - 1, degree)``: coordinates of the symmetric tensor power."""
    return comb(d + degree - 1, degree)


@functools.lru_cache(maxsize=64)
def _symmetric_index_cached(d: int, degree: int):
    idx = np.array(list(itertools.combinations_with_replacement(range(d), degree)), np.int32)
    idx = idx.reshape(max(len(idx), 1), degree)  # degree 0: one empty multiset
    # multinomial weight degree! / prod(mult!) of each multiset (the rows are sorted, so
    # equal entries are adjacent: mult! is the product of run lengths' factorials)
    fact = np.cumprod(np.r_[1, np.arange(1, degree + 1)]).astype(np.float64)
    counts = np.zeros((len(idx), d), np.int64)
    np.add.at(counts, (np.repeat(np.arange(len(idx)), degree), idx.ravel()), 1)
    w = fact[degree] / np.prod(fact[counts], axis=1)
    idx.setflags(write=False)
    return idx, np.sqrt(w).astype(np.float32)


def _symmetric_index(d: int, degree: int):
    """``(idx [C, degree] int32, w [C] float32)``: the multisets of ``range(d)`` of size
    ``degree`` and the square roots of their multinomial weights (cached; copies)."""
    idx, w = _symmetric_index_cached(int(d), int(degree))
    return idx.copy(), w.copy()


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

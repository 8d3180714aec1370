"""Fast infinite-width CNN kernels (CNTK, NNGP): jitted JAX in float64, blockwise, tiled.

The recursion is the one of :mod:`ntk_core.infinite.analytic` (read its module docstring
for the conventions); this module evaluates it with XLA instead of numpy:

* **blocks of example pairs**: the kernel ``[N1, N2]`` is cut into ``b x b`` blocks of
  input pairs; one jitted function computes a block's ``[b, b, H W, H W]`` position-pair
  covariances (GAP readout) or ``[b, b, H W]`` position diagonals (flatten) layer by layer
  and reduces them to ``[b, b]`` -- so memory is ``O(b^2 (H W)^2)``, never
  ``O(N^2 (H W)^2)``. ``b`` follows a memory budget (:func:`pair_block_size`).
* **positions**: within a block every layer is a handful of fused XLA loops over the
  position pairs: the convolution's window mean is ``f^2`` shifted (strided) slices of the
  zero-padded array, summed, and the dual activation is elementwise; the last layer's
  readout (mean over position pairs, or the diagonal) is fused into the same loop, so the
  last layer's covariances are never stored.
* **symmetry**: for ``x2 = None`` only blocks ``j >= i`` are computed (mirrored).
* **devices**: blocks run ``D`` at a time (``D = len(jax.local_devices())``), stacked on a
  leading axis sharded over a 1-D mesh, like :mod:`ntk_core.finite.tiling`.
* **precision**: float64 throughout under ``jax.enable_x64`` (a context, not
  a global config change); agrees with the numpy reference to ~1e-13 relative.

Closed-form activations only (ReLU, erf, identity); :func:`fast_cnn_supported` says
whether a spec qualifies, and :func:`ntk_core.infinite.analytic.cnn_kernels` falls back to
its numpy quadrature path otherwise.

Over 400 lines because the polynomial arccos, the staged executables and the block
scheduling were tuned together against XLA:CPU's fusion choices (see the comments); split
apart they would only be read together.
"""
from __future__ import annotations

import math
from functools import lru_cache

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from ..finite.devices import compile_lowered
from ..finite.tiling import Cancelled, tile_pairs
from ..networks.specs import CNNSpec
from .dual import dual_activation, enable_x64

__all__ = ["fast_cnn_kernels", "fast_cnn_supported", "pair_block_size", "FAST_ACTIVATIONS",
           "Cancelled"]

FAST_ACTIVATIONS = ("relu", "erf", "identity")
_EPS = float(np.finfo(np.float64).eps)
DEFAULT_MEMORY_BUDGET = 512 * 2 ** 20
CACHE_BYTES = 4 * 2 ** 20


def fast_cnn_supported(spec: CNNSpec, method="auto") -> bool:
    """True when :func:`fast_cnn_kernels` handles ``spec`` (a closed-form activation)."""
    return method in ("auto", "closed") and isinstance(spec.activation, str) \
        and spec.activation in FAST_ACTIVATIONS


def pair_block_size(spec: CNNSpec, input_shape, memory_budget=DEFAULT_MEMORY_BUDGET,
                    cache_bytes=CACHE_BYTES) -> int:
    """Examples per block side ``b`` (1..32).

    A block's arrays hold ``b^2 P`` float64 numbers, ``P = (H W)^2`` position pairs of the
    largest layer (GAP) or ``H W`` (flatten). Every stage streams a few such arrays, so the
    time per pair is lowest while one fits in the last-level cache (``cache_bytes``,
    measured: 16x16 images run ~2x faster per pair at ``b = 2`` than at ``b = 8``); the
    peak, about 6 arrays, must also fit ``memory_budget``.
    """
    sizes = [tuple(input_shape[1:3])] + spec.spatial_sizes(input_shape)
    hw = max(h * w for h, w in sizes)
    per_pair = 8 * (hw * hw if spec.readout == "gap" else hw)
    b = min(math.isqrt(max(int(cache_bytes) // per_pair, 1)),
            math.isqrt(max(int(memory_budget) // (6 * per_pair), 1)))
    return int(max(1, min(32, b)))


# --------------------------------------------------------------------------------------
# The per-block recursion (traced once per configuration)
# --------------------------------------------------------------------------------------
def _pads(size, f, s, padding):
    if padding == "VALID":
        return 0, 0, (size - f) // s + 1
    out = -(-size // s)
    total = max((out - 1) * s + f - size, 0)
    return total // 2, total - total // 2, out


def _window_mean(a, f, s, padding, hw, pos_axes):
    """Window mean over aligned positions: ``pos_axes`` = ((h axes), (w axes)), each a
    tuple of the axes shifted together (one per example of the pair)."""
    h, w = hw
    plh, phh, oh = _pads(h, f, s, padding)
    plw, phw, ow = _pads(w, f, s, padding)
    (ah, aw) = pos_axes
    pads = [(0, 0)] * a.ndim
    for ax in ah:
        pads[ax] = (plh, phh)
    for ax in aw:
        pads[ax] = (plw, phw)
    ap = jnp.pad(a, pads)
    eh, ew = s * (oh - 1) + 1, s * (ow - 1) + 1
    out = None
    for i in range(f):
        for j in range(f):
            start, limit, step = [0] * a.ndim, list(ap.shape), [1] * a.ndim
            for ax in ah:
                start[ax], limit[ax], step[ax] = i, i + eh, s
            for ax in aw:
                start[ax], limit[ax], step[ax] = j, j + ew, s
            sl = jax.lax.slice(ap, start, limit, step)
            out = sl if out is None else out + sl
    return out / (f * f)


def _fit_on_quarter(series, degree=14, nodes=400):
    """Monomial coefficients (degree ``degree``) of a function of ``t in [0, 1/4]`` given
    by ``series(t)``, least squares on Chebyshev nodes."""
    t = 0.125 * (1 + np.cos(np.pi * (np.arange(nodes) + 0.5) / nodes))
    return tuple(np.linalg.lstsq(np.vander(t, degree + 1, increasing=True), series(t),
                                 rcond=None)[0])


def _asin_series(t):
    """``(asin(x) - x) / x^3`` at ``t = x^2``: ``sum_n C(2n, n) / (4^n (2n + 1)) t^(n-1)``
    (120 positive terms, no cancellation)."""
    n = np.arange(1, 121)
    c = np.exp(np.array([math.lgamma(2 * k + 1) - 2 * math.lgamma(k + 1) for k in n])
               - n * np.log(4.0)) / (2 * n + 1)
    return np.polynomial.polynomial.polyval(t, c)


# asin(x) = x + x^3 P(x^2) and sqrt(1 - x^2) = R(x^2) on |x| <= 1/2; degree 14 gives
# errors <= 2 ulp (checked in the tests against numpy's arcsin and sqrt).
_ASIN_P = _fit_on_quarter(_asin_series)
_SQRT_R = _fit_on_quarter(lambda t: np.sqrt(1.0 - t))


def _horner(coef, t):
    p = coef[-1]
    for c in coef[-2::-1]:
        p = p * t + c
    return p


def _acos_sin(c):
    """``(arccos(c), sqrt(1 - c^2))`` on [-1, 1] with one sqrt and two polynomials.

    XLA's CPU arccos (an ``atan2``) is scalar and dominated the kernel's time. With
    ``x = c`` for ``|c| <= 1/2``: ``acos = pi/2 - asin(x)``, ``sin = R(x^2)``; otherwise
    ``x = sqrt((1 - |c|) / 2)`` (``1 - |c|`` exact there): ``acos(|c|) = 2 asin(x)``,
    ``sin = 2 x R(x^2)``; ``asin(x) = x + x^3 P(x^2)``. Both branches need ``|x| <= 1/2``.
    """
    a = jnp.abs(c)
    big = a > 0.5
    half = 0.5 * (1.0 - a)
    x = jnp.where(big, jnp.sqrt(jnp.maximum(half, 0.0)), c)
    t = jnp.where(big, half, c * c)
    asin = x + x * t * _horner(_ASIN_P, t)
    r = _horner(_SQRT_R, t)
    far = 2.0 * asin
    acos = jnp.where(big, jnp.where(c > 0, far, jnp.pi - far), 0.5 * jnp.pi - asin)
    return acos, jnp.where(big, 2.0 * x * r, r)


def _asin(y):
    """``arcsin(y)`` on [-1, 1] by the same reduction."""
    return 0.5 * jnp.pi - _acos_sin(y)[0]


def _dual(activation, k, s1, s2):
    """Closed-form dual activation of pre-activation covariances ``k``, elementwise.

    ``s1``, ``s2``: per-position factors of the two examples (:func:`_factors`),
    broadcast against ``k``: ``(sqrt(kxx), 1 / sqrt(kxx))`` for ReLU (0 where kxx = 0),
    ``1 + 2 kxx`` for erf.
    """
    if activation == "relu":
        (sx, rx), (sy, ry) = s1, s2
        sp = sx * sy
        cos = jnp.clip(k * (rx * ry), -1.0, 1.0)
        # snap rounding noise of an exact +-1 (the diagonal), as the numpy reference does
        cos = jnp.where(1.0 - jnp.abs(cos) < 8 * _EPS, jnp.sign(cos), cos)
        theta, sin = _acos_sin(cos)
        kdot = (jnp.pi - theta) * (0.5 / jnp.pi)
        q = sp * (sin * (0.5 / jnp.pi) + kdot * cos)
        return q, jnp.where(sp > 0, kdot, 0.0)
    if activation == "erf":
        den = s1 * s2
        q = 2 / jnp.pi * _asin(jnp.clip(2 * k / jnp.sqrt(den), -1.0, 1.0))
        kdot = 4 / jnp.pi / jnp.sqrt(den - 4 * k * k)
        return q, kdot
    if activation == "identity":
        return k, jnp.ones_like(k)
    raise ValueError(f"no fast dual activation for {activation!r}")


def _factors(activation, v):
    """Per-position factors of :func:`_dual` from self variances ``v``."""
    if activation == "relu":
        sq = jnp.sqrt(v)
        return sq, jnp.where(v > 0, 1.0 / jnp.where(v > 0, sq, 1.0), 0.0)
    if activation == "erf":
        return 1.0 + 2.0 * v
    return v


def _config(spec: CNNSpec, input_shape):
    layers = tuple((l.filter_size, l.stride, l.padding, l.channels) for l in spec.layers)
    return (layers, float(spec.W_std) ** 2, float(spec.b_std) ** 2,
            spec.parameterization == "standard", spec.readout == "gap", spec.activation,
            tuple(input_shape[1:]))


def _input_cov(cfg, x1, x2):
    """Input covariances of a block: ``[b1, H, W, b2, H, W]`` (GAP: every position pair,
    the natural layout of the matmul, no transpose) or ``[b1, b2, H, W]`` (flatten)."""
    gap, c_in = cfg[4], cfg[6][2]
    if gap:
        return jnp.einsum("ahwc,bijc->ahwbij", x1, x2) / c_in
    return jnp.einsum("ahwc,bhwc->abhw", x1, x2) / c_in


def _layer(cfg, index, q, t, v1, v2):
    """One [Conv, nonlinearity] layer of the recursion on a block; the last layer also
    applies the readout and returns ``(nngp [b, b], ntk [b, b])``."""
    layers, W2, b2, standard, gap, act, (h, w, c_in) = cfg
    hw = (h, w)
    for f, s, pad, ch in layers[:index]:
        hw = (_pads(hw[0], f, s, pad)[2], _pads(hw[1], f, s, pad)[2])
        c_in = ch
    f, s, pad, ch = layers[index]
    axes = ((1, 4), (2, 5)) if gap else ((2,), (3,))
    fan_in = c_in * f * f
    mq = _window_mean(q, f, s, pad, hw, axes)
    k = W2 * mq + b2
    own = (fan_in * mq + 1.0) if standard else k
    t = own if t is None else own + W2 * _window_mean(t, f, s, pad, hw, axes)
    f1, f2 = _factors(act, v1), _factors(act, v2)
    if gap:
        f1 = jax.tree.map(lambda a: a[:, :, :, None, None, None], f1)
        f2 = jax.tree.map(lambda a: a[None, None, None], f2)
    else:
        f1 = jax.tree.map(lambda a: a[:, None], f1)
        f2 = jax.tree.map(lambda a: a[None, :], f2)
    q, kdot = _dual(act, k, f1, f2)
    t = kdot * t
    # Q and T come out of one loop (a stacked array / a two-operand reduce): as two
    # separate outputs XLA:CPU recomputes the dual activation once for each, and a fused
    # two-operand reduce runs on one thread
    if index < len(layers) - 1:
        qt = jnp.stack([q, t])
        return qt[0], qt[1]
    red = (1, 2, 4, 5) if gap else (2, 3)
    qt = jnp.stack([q, t])  # materialised by a parallel loop, then cheap reductions
    qr, tr = qt[0].mean(axis=red), qt[1].mean(axis=red)
    hw = v1.shape[-2:]
    fan_in = ch if gap else ch * hw[0] * hw[1]
    nngp = W2 * qr + b2
    ntk = (fan_in * qr + 1.0 + W2 * tr) if standard else (nngp + W2 * tr)
    return nngp, ntk


# XLA:CPU's YNNPACK fusion turns the f^2 shifted slices of a window mean into f^2
# materialised copies (3-4x slower here); compile without it where the flag exists.
_CPU_OPTIONS = {"xla_cpu_experimental_ynn_fusion_type": ""}


def _compile(fn, args, devices):
    return compile_lowered(fn.lower(*args), _CPU_OPTIONS, devices[0].platform)


class _Stages:
    """Compiled stages of the recursion over ``D`` stacked blocks (one per device).

    Each stage is its own executable, so ``Q`` and ``T`` are materialised between layers:
    in one big jit XLA fuses the dual activation into every shifted read of the next
    window mean and recomputes it ``f^2`` times (an optimisation barrier does not survive
    on CPU).
    """

    def __init__(self, cfg, b, devices, shapes):
        mesh = Mesh(np.array(devices), ("tiles",))
        self.shard = NamedSharding(mesh, PartitionSpec("tiles"))
        D = len(devices)
        h, w, c = cfg[6]
        sds = lambda shape: jax.ShapeDtypeStruct((D,) + shape, jnp.float64,
                                                 sharding=self.shard)
        x = sds((b, h, w, c))
        cov = jax.vmap(lambda a, c_: _input_cov(cfg, a, c_))
        self.cov = _compile(jax.jit(cov, out_shardings=self.shard), (x, x), devices)
        q = jax.eval_shape(cov, x, x)
        t = None
        self.layers = []
        for i, vshape in enumerate(shapes):
            v = sds((b,) + vshape)
            fn = jax.vmap(lambda q_, t_, a, c_, i=i: _layer(cfg, i, q_, t_, a, c_),
                          in_axes=(0, None if t is None else 0, 0, 0))
            qs = sds(q.shape[1:])
            ts = None if t is None else sds(t.shape[1:])
            self.layers.append(_compile(jax.jit(fn, out_shardings=self.shard),
                                        (qs, ts, v, v), devices))
            q, t = jax.eval_shape(fn, qs, ts, v, v)

    def __call__(self, x1, x2, v1, v2):
        q, t = self.cov(x1, x2), None
        for fn, a, c in zip(self.layers, v1, v2):
            q, t = fn(q, t, a, c)
        return q, t


@lru_cache(maxsize=16)
def _compiled(cfg, b, devices, shapes):
    """Cached :class:`_Stages` for a configuration, block size, devices and layer shapes."""
    return _Stages(cfg, b, devices, shapes)


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------
def _self_variances(spec: CNNSpec, x):
    """Per-layer pre-activation variances ``[N, H_l, W_l]`` (float64 numpy; closed forms):
    the recursion on the position diagonal of each example with itself."""
    W2, b2 = float(spec.W_std) ** 2, float(spec.b_std) ** 2
    q = np.mean(x * x, -1)
    hw = x.shape[1:3]
    out = []
    for layer in spec.layers:
        f, s, pad = layer.filter_size, layer.stride, layer.padding
        k = W2 * np.asarray(_window_mean(jnp.asarray(q), f, s, pad, hw, ((1,), (2,)))) + b2
        out.append(k)
        q = dual_activation(spec.activation, k, k, k, method="closed")[0]
        hw = k.shape[-2:]
    return out


def _pad_rows(a, m):
    n = a.shape[0]
    if n == m:
        return a
    return np.concatenate([a, np.repeat(a[:1], m - n, axis=0)], axis=0)


def fast_cnn_kernels(spec: CNNSpec, x1, x2=None, *, block=None,
                     memory_budget=DEFAULT_MEMORY_BUDGET, progress=None, devices=None):
    """Analytic NNGP and NTK of ``spec`` for NHWC images, jitted in float64.

    ``x1 [N1, H, W, C]``, ``x2 [N2, H, W, C]`` (``None``: ``x1``, symmetric: only blocks
    ``j >= i``). Returns ``(nngp, ntk)``, float64 numpy ``[N1, N2]``.

    ``block``: examples per block side (default :func:`pair_block_size` of
    ``memory_budget`` bytes); ``progress(done, total)`` is called after every round of
    blocks (returning ``False`` raises :class:`Cancelled`); ``devices``: JAX devices to
    spread blocks over (default all local ones).
    """
    if not fast_cnn_supported(spec):
        raise ValueError(f"fast CNN kernels need one of {FAST_ACTIVATIONS}, "
                         f"got {spec.activation!r}")
    x1 = np.asarray(x1, np.float64)
    sym = x2 is None
    x2 = x1 if sym else np.asarray(x2, np.float64)
    if x1.ndim != 4 or x2.shape[1:] != x1.shape[1:]:
        raise ValueError(f"expected NHWC images of one shape, got {x1.shape} and {x2.shape}")
    spec.spatial_sizes(x1.shape)  # validates the sizes
    n1, n2 = x1.shape[0], x2.shape[0]
    b = int(block or pair_block_size(spec, x1.shape, memory_budget))
    b = max(1, min(b, max(n1, n2)))
    with enable_x64():
        v1 = _self_variances(spec, x1)
        v2 = v1 if sym else _self_variances(spec, x2)
    m1, m2 = math.ceil(n1 / b) * b, math.ceil(n2 / b) * b
    x1p, x2p = _pad_rows(x1, m1), _pad_rows(x2, m2)
    v1p, v2p = [_pad_rows(v, m1) for v in v1], [_pad_rows(v, m2) for v in v2]
    devices = tuple(devices or jax.local_devices())
    D = len(devices)
    pairs = tile_pairs(n1, n2, b, sym, "trace")
    total = len(pairs)
    cfg = _config(spec, x1.shape)
    nngp, ntk = np.empty((n1, n2)), np.empty((n1, n2))
    done = 0
    with enable_x64():
        fn = _compiled(cfg, b, devices, tuple(v.shape[1:] for v in v1))
        shard = fn.shard
        for r in range(0, total, D):
            chunk = pairs[r:r + D]
            padded = chunk + [chunk[0]] * (D - len(chunk))

            def stack(arr, idx, pos):
                return jax.device_put(np.stack([arr[p[pos] * b:(p[pos] + 1) * b] for p in idx]),
                                      shard)
            a = stack(x1p, padded, 0)
            c = stack(x2p, padded, 1)
            va = tuple(stack(v, padded, 0) for v in v1p)
            vc = tuple(stack(v, padded, 1) for v in v2p)
            g, t = (np.asarray(o) for o in fn(a, c, va, vc))
            for k, (i, j) in enumerate(chunk):
                r0, r1 = i * b, min((i + 1) * b, n1)
                c0, c1 = j * b, min((j + 1) * b, n2)
                nngp[r0:r1, c0:c1] = g[k, :r1 - r0, :c1 - c0]
                ntk[r0:r1, c0:c1] = t[k, :r1 - r0, :c1 - c0]
                if sym and j != i:
                    nngp[c0:c1, r0:r1] = g[k, :r1 - r0, :c1 - c0].T
                    ntk[c0:c1, r0:r1] = t[k, :r1 - r0, :c1 - c0].T
                done += 1
                if progress is not None and progress(done, total) is False:
                    raise Cancelled(f"stopped after {done} of {total} blocks")
    return nngp, ntk

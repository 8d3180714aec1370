"""Layers of a layer-list network: frozen dataclasses, each a small pure ``init`` / ``apply``
pair (in the spirit of neural-tangents' ``stax``). Over 400 lines: one module holds every
layer type so that the layer-code parser and the analytic kernels see one registry.

Activations flow as one array per batch with a *layout* given by its per-example shape:
``(F,)`` features, ``(T, C)`` tokens (a sequence, or patches of an image) or ``(H, W, C)``
an NHWC image. The last axis is always the feature (channel) axis.

Every layer has

* ``out_shape(in_shape) -> shape`` (per example; raises :class:`SpecError` when the layer
  does not fit its input),
* ``init(key, in_shape, ctx, dtype) -> list of {"W", "b"} dicts`` (one per affine map;
  none for parameter-free layers),
* ``apply(params, h, ctx) -> h'`` with ``params`` that list.

``ctx`` is the network's :class:`Scaling` (W_std, b_std, parameterization). An affine map
with fan-in ``n`` computes ``ws (h W) + bs b`` with ``(ws, bs) = (W_std / sqrt(n), b_std)``
and ``W, b ~ N(0, 1)`` ("ntk"), or ``(1, 1)`` with ``W ~ N(0, W_std^2 / n)``,
``b ~ N(0, b_std^2)`` ("standard"), as :mod:`ntk_core.networks.specs` (also its orthogonal W).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import jax
import jax.numpy as jnp

from .recurrent import RNN
from .specs import ACTIVATIONS, PADDINGS, SpecError, orthogonal_weight

LN_EPS = 1e-6   # LayerNorm: h_c / sqrt(var + LN_EPS) (the infinite-width kernel uses it too)


class Scaling(NamedTuple):
    W_std: float = 1.5
    b_std: float = 0.05
    parameterization: str = "ntk"
    init: str = "gaussian"


def scales(fan_in: int, ctx: Scaling) -> tuple[float, float]:
    """``(ws, bs)`` multiplying ``h W`` and ``b`` in the forward pass."""
    if ctx.parameterization == "ntk":
        return ctx.W_std / math.sqrt(fan_in), ctx.b_std
    return 1.0, 1.0


def affine_init(key, w_shape, n_out: int, fan_in: int, ctx: Scaling, dtype,
                flat: bool = False) -> dict:
    """``{"W", "b"}``: N(0, 1) / scaled W, or ``specs.orthogonal_weight(..., ctx.init)`` if
    ``ctx.init`` is not "gaussian" (``flat``: a 4-D filter made orthogonal as one dense
    ``[f f C_in, C_out]`` map, whatever the orthogonal kind)."""
    kw, kb = jax.random.split(key)
    W = (jax.random.normal(kw, w_shape, dtype) if ctx.init == "gaussian"
         else orthogonal_weight(kw, w_shape, dtype, "flat" if flat else ctx.init))
    b = jax.random.normal(kb, (n_out,), dtype)
    if ctx.parameterization == "standard":
        W = W * jnp.asarray(ctx.W_std / math.sqrt(fan_in), dtype)
        b = b * jnp.asarray(ctx.b_std, dtype)
    return {"W": W, "b": b}


def _pos_int(owner: str, name: str, v, lo: int = 1):
    if isinstance(v, bool) or int(v) != v or v < lo:
        raise SpecError(f"{owner} {name} must be an integer >= {lo}, got {v!r}")


def _need(owner: str, shape, ranks, what: str):
    if len(shape) not in ranks:
        kinds = {1: "features [F]", 2: "tokens [T, C]", 3: "an image [H, W, C]"}
        raise SpecError(f"{owner} needs {what}, but its input is "
                        f"{kinds.get(len(shape), shape)} of shape {tuple(shape)}")


def window_out(size: int, window: int, stride: int, padding: str, dilation: int = 1):
    """``(out_size, pad_low, pad_high)`` of a window op along one axis (XLA's rules)."""
    eff = (window - 1) * dilation + 1
    if padding == "VALID":
        return (size - eff) // stride + 1, 0, 0
    out = -(-size // stride)
    total = max((out - 1) * stride + eff - size, 0)
    return out, total // 2, total - total // 2


# ----------------------------------------------------------------------------- affine
@dataclass(frozen=True)
class Dense:
    """``h [..., n] -> ws (h W) + bs b  [..., width]`` on the last axis (per position/token)."""

    width: int

    def __post_init__(self):
        _pos_int("Dense", "width", self.width)

    def out_shape(self, s):
        return tuple(s[:-1]) + (int(self.width),)

    def init(self, key, s, ctx, dtype):
        return [affine_init(key, (s[-1], self.width), self.width, s[-1], ctx, dtype)]

    def apply(self, params, h, ctx):
        ws, bs = scales(h.shape[-1], ctx)
        return ws * (h @ params[0]["W"]) + bs * params[0]["b"]


@dataclass(frozen=True)
class Conv:
    """2-D convolution on ``[H, W, C]`` (HWIO filter, fan-in ``C f^2``):
    ``z[p] = ws sum_{a} h[p s + a d - pad] W[a] + bs b`` for filter offsets ``a`` in
    ``f x f``, stride ``s``, dilation ``d``; SAME / VALID padding as in XLA."""

    channels: int
    filter_size: int = 3
    stride: int = 1
    padding: str = "SAME"
    dilation: int = 1

    def __post_init__(self):
        for n in ("channels", "filter_size", "stride", "dilation"):
            _pos_int("Conv", n, getattr(self, n))
        if self.padding not in PADDINGS:
            raise SpecError(f"Conv padding must be 'SAME' or 'VALID', got {self.padding!r}")

    def out_shape(self, s):
        _need("Conv", s, (3,), "an image [H, W, C]")
        hw = [window_out(int(n), self.filter_size, self.stride, self.padding, self.dilation)[0]
              for n in s[:2]]
        if min(hw) < 1:
            raise SpecError(f"Conv (filter {self.filter_size}, dilation {self.dilation}, "
                            f"{self.padding}) shrinks the {s[0]}x{s[1]} image to nothing; use "
                            "SAME padding, a smaller filter or a larger image")
        return (hw[0], hw[1], int(self.channels))

    def init(self, key, s, ctx, dtype):
        f = self.filter_size
        return [affine_init(key, (f, f, s[-1], self.channels), self.channels,
                            s[-1] * f * f, ctx, dtype)]

    def apply(self, params, h, ctx):
        ws, bs = scales(h.shape[-1] * self.filter_size ** 2, ctx)
        W = params[0]["W"]
        z = jax.lax.conv_general_dilated(
            h.astype(W.dtype), W, (self.stride,) * 2, self.padding,
            rhs_dilation=(self.dilation,) * 2, dimension_numbers=("NHWC", "HWIO", "NHWC"))
        return ws * z + bs * params[0]["b"]


@dataclass(frozen=True)
class PatchEmbed:
    """ViT patch embedding: ``[H, W, C] -> [T, channels]`` tokens, ``T = (H/p)(W/p)``: a
    ``p x p`` stride-``p`` VALID convolution (fan-in ``C p^2``), positions flattened
    row-major into tokens. Pixels beyond the last whole patch are dropped."""

    patch: int
    channels: int

    def __post_init__(self):
        _pos_int("PatchEmbed", "patch", self.patch)
        _pos_int("PatchEmbed", "channels", self.channels)

    def conv(self) -> Conv:
        return Conv(self.channels, self.patch, self.patch, "VALID")

    def out_shape(self, s):
        _need("PatchEmbed", s, (3,), "an image [H, W, C]")
        if min(s[:2]) < self.patch:
            raise SpecError(f"patches of {self.patch}x{self.patch} do not fit the "
                            f"{s[0]}x{s[1]} image; use smaller patches")
        h, w, c = self.conv().out_shape(s)
        return (h * w, c)

    def init(self, key, s, ctx, dtype):
        # a dense map per (non-overlapping) patch: either orthogonal kind makes the flattened
        # [p p C, channels] filter orthogonal (no centre tap: delta applies to Conv only)
        w = (self.patch, self.patch, s[-1], self.channels)
        return [affine_init(key, w, self.channels, math.prod(w[:3]), ctx, dtype, flat=True)]

    def apply(self, params, h, ctx):
        z = self.conv().apply(params, h, ctx)
        return z.reshape(z.shape[0], -1, z.shape[-1])


@dataclass(frozen=True)
class Attention:
    """Multi-head self-attention over tokens ``[T, C] -> [T, C]``, no skip (wrap it in a
    :class:`Residual`). Per head ``k``, with ``Q = A_q(h)``, ``K = A_k(h)``, ``V = A_v(h)``
    (affine maps ``C -> heads * head_dim`` split into heads):

        out_k = softmax(Q_k K_k^T / sqrt(head_dim)) V_k,   y = A_o(concat_k out_k)  (C out).

    Parameters: four ``{"W", "b"}`` dicts (q, k, v, o). No infinite-width kernel is offered
    (its limit depends on how heads and head_dim grow; see :mod:`ntk_core.infinite.layers`).
    """

    heads: int = 2
    head_dim: int = 16

    def __post_init__(self):
        _pos_int("Attention", "heads", self.heads)
        _pos_int("Attention", "head_dim", self.head_dim)

    def out_shape(self, s):
        _need("Attention", s, (2,), "tokens [T, C] (add a PatchEmbed layer before it for images)")
        return tuple(s)

    def init(self, key, s, ctx, dtype):
        c, hd = int(s[-1]), self.heads * self.head_dim
        kq, kk, kv, ko = jax.random.split(key, 4)
        return [affine_init(kq, (c, hd), hd, c, ctx, dtype),
                affine_init(kk, (c, hd), hd, c, ctx, dtype),
                affine_init(kv, (c, hd), hd, c, ctx, dtype),
                affine_init(ko, (hd, c), c, hd, ctx, dtype)]

    def apply(self, params, h, ctx):
        n, t, c = h.shape
        ws, bs = scales(c, ctx)

        def proj(p):
            z = ws * (h @ p["W"]) + bs * p["b"]
            return z.reshape(n, t, self.heads, self.head_dim)

        q, k, v = (proj(p) for p in params[:3])
        logits = jnp.einsum("nthd,nshd->nhts", q, k) / math.sqrt(self.head_dim)
        out = jnp.einsum("nhts,nshd->nthd", jax.nn.softmax(logits, axis=-1), v)
        out = out.reshape(n, t, self.heads * self.head_dim)
        wo, bo = scales(out.shape[-1], ctx)
        return wo * (out @ params[3]["W"]) + bo * params[3]["b"]


# ----------------------------------------------------------------------------- parameter-free
class _NoParams:
    def out_shape(self, s):
        return tuple(s)

    def init(self, key, s, ctx, dtype):
        return []


@dataclass(frozen=True)
class Activation(_NoParams):
    """Elementwise nonlinearity ``phi`` (a name of :data:`ntk_core.networks.ACTIVATIONS`)."""

    name: str = "relu"

    def __post_init__(self):
        if self.name not in ACTIVATIONS:
            raise SpecError(f"unknown activation {self.name!r}; choose one of {sorted(ACTIVATIONS)}")

    def apply(self, params, h, ctx):
        return ACTIVATIONS[self.name](h)


@dataclass(frozen=True)
class LayerNorm(_NoParams):
    """Normalise each position over its features, no learned gain/bias:
    ``y = (h - mean_c h) / sqrt(var_c h + LN_EPS)``."""

    def apply(self, params, h, ctx):
        hc = h - jnp.mean(h, axis=-1, keepdims=True)
        return hc * jax.lax.rsqrt(jnp.mean(hc * hc, axis=-1, keepdims=True) + LN_EPS)


# ----------------------------------------------------------------------------- pooling
@dataclass(frozen=True)
class _Pool(_NoParams):
    window: int = 2
    stride: int = 2
    padding: str = "VALID"

    def __post_init__(self):
        _pos_int(self.kind, "window", self.window)
        _pos_int(self.kind, "stride", self.stride)
        if self.padding not in PADDINGS:
            raise SpecError(f"{self.kind} padding must be 'SAME' or 'VALID', got {self.padding!r}")

    def out_shape(self, s):
        _need(self.kind, s, (3,), "an image [H, W, C]")
        hw = [window_out(int(n), self.window, self.stride, self.padding)[0] for n in s[:2]]
        if min(hw) < 1:
            raise SpecError(f"{self.kind} window {self.window} does not fit the {s[0]}x{s[1]} "
                            "image; use a smaller window or SAME padding")
        return (hw[0], hw[1], int(s[2]))

    def _reduce(self, h, init, op):
        w, st = (1, self.window, self.window, 1), (1, self.stride, self.stride, 1)
        return jax.lax.reduce_window(h, init, op, w, st, self.padding)


@dataclass(frozen=True)
class AvgPool(_Pool):
    """Average over ``window x window`` windows (stride, SAME/VALID); padded zeros count
    in the mean (``sum / window^2``), as in the infinite-width window mean."""

    kind = "AvgPool"

    def apply(self, params, h, ctx):
        return self._reduce(h, 0.0, jax.lax.add) / self.window ** 2


@dataclass(frozen=True)
class MaxPool(_Pool):
    """Maximum over ``window x window`` windows (padding with -inf). No infinite-width kernel."""

    kind = "MaxPool"

    def apply(self, params, h, ctx):
        return self._reduce(h, -jnp.inf, jax.lax.max)


@dataclass(frozen=True)
class GlobalAvgPool(_NoParams):
    """Mean over all positions / tokens: ``[H, W, C]`` or ``[T, C]`` -> ``[C]``."""

    def out_shape(self, s):
        _need("GlobalAvgPool", s, (2, 3), "an image or tokens")
        return (int(s[-1]),)

    def apply(self, params, h, ctx):
        return jnp.mean(h, axis=tuple(range(1, h.ndim - 1)))


@dataclass(frozen=True)
class Flatten(_NoParams):
    """Concatenate all positions: ``[..., C]`` -> ``[prod(...) C]`` (row-major)."""

    def out_shape(self, s):
        return (math.prod(int(n) for n in s),)

    def apply(self, params, h, ctx):
        return h.reshape(h.shape[0], -1)


# ----------------------------------------------------------------------------- residual
@dataclass(frozen=True)
class Residual:
    """Skip connection around a sub-list: ``y = h + branch_scale * branch(h)``; the branch
    must return the shape of its input."""

    branch: tuple = field(default_factory=tuple)
    branch_scale: float = 1.0

    def __post_init__(self):
        object.__setattr__(self, "branch", tuple(self.branch))
        if not (math.isfinite(self.branch_scale) and self.branch_scale >= 0):
            raise SpecError(f"residual branch scale must be finite and >= 0, got {self.branch_scale}")
        for l in self.branch:
            if not isinstance(l, LAYER_TYPES):
                raise SpecError(f"a residual branch holds layers, got {l!r}")

    def out_shape(self, s):
        t = shapes_through(self.branch, s)[-1]
        if tuple(t) != tuple(s):
            raise SpecError(f"a residual branch must keep the shape {tuple(s)} of its input, "
                            f"but returns {tuple(t)}; make its last layer's width {s[-1]}")
        return tuple(s)

    def init(self, key, s, ctx, dtype):
        return init_layers(self.branch, key, s, ctx, dtype)

    def apply(self, params, h, ctx):
        return h + self.branch_scale * apply_layers(self.branch, params, h, ctx)


LAYER_TYPES = (Dense, Conv, PatchEmbed, Attention, Activation, LayerNorm, AvgPool, MaxPool,
               GlobalAvgPool, Flatten, Residual, RNN)


def n_params(layer) -> int:
    """How many ``{"W", "b"}`` dicts ``layer`` owns (recursively for residual branches)."""
    if isinstance(layer, Residual):
        return sum(n_params(l) for l in layer.branch)
    return {Dense: 1, Conv: 1, PatchEmbed: 1, Attention: 4, RNN: 1}.get(type(layer), 0)


def shapes_through(layers, in_shape) -> list[tuple]:
    """Per-example shapes ``[in, after layer 1, ...]`` (raises :class:`SpecError`)."""
    shapes = [tuple(int(n) for n in in_shape)]
    for i, l in enumerate(layers):
        try:
            shapes.append(tuple(l.out_shape(shapes[-1])))
        except SpecError as e:
            raise SpecError(f"layer {i + 1} ({type(l).__name__}): {e}") from None
    return shapes


def init_layers(layers, key, in_shape, ctx, dtype) -> list[dict]:
    """Concatenated parameter lists of ``layers`` (one key per layer)."""
    shapes = shapes_through(layers, in_shape)
    keys = jax.random.split(key, max(len(layers), 1))
    out = []
    for l, k, s in zip(layers, keys, shapes):
        out += l.init(k, s, ctx, dtype)
    return out


def apply_layers(layers, params, h, ctx):
    """Run ``layers`` in order, each consuming its ``n_params`` dicts of ``params``."""
    i = 0
    for l in layers:
        k = n_params(l)
        h = l.apply(params[i:i + k], h, ctx)
        i += k
    return h

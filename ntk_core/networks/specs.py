"""Network specifications: frozen dataclasses that build ``init`` / ``apply``.

Conventions follow the infinite-width literature (and neural-tangents' ``stax``), so
that the analytic kernels in :mod:`ntk_core.infinite` are the exact infinite-width limit
of these networks.

Every affine layer computes, for an input ``h`` with ``fan_in`` features (for a conv
layer ``fan_in = C_in * filter_size**2``):

* ``parameterization="ntk"``:  ``z = W_std / sqrt(fan_in) * (h W) + b_std * b`` with
  ``W, b ~ N(0, 1)``;
* ``parameterization="standard"``: ``z = h W + b`` with ``W ~ N(0, W_std**2 / fan_in)``
  and ``b ~ N(0, b_std**2)``.

An MLP is ``depth`` hidden layers ``Dense(width) -> activation`` followed by a readout
``Dense(out_dim)``. A CNN is a list of ``Conv -> activation`` layers, a readout
(global average pooling over positions, or flatten), then ``Dense(out_dim)``.

Weight initialisation ``weight_init`` (``"gaussian"``, the default, as above;
``"orthogonal"``, Huang, Du, Xu 2021; or ``"delta_orthogonal"``, Xiao et al. 2018):

* ``"orthogonal"``: a dense ``W [n_in, n_out]`` is Haar-orthogonal (orthonormal columns when
  ``n_in >= n_out``, rows otherwise) times ``sqrt(max(n_in, n_out))``, so its mean squared
  entry is 1 like the Gaussian's and ``E||h W||^2 = n_out ||h||^2`` is the same: the forward
  variances of both parameterizations are unchanged. A convolution ``W [f, f, C_in, C_out]``
  is orthogonal *per tap*: each of its ``f^2`` taps ``W[a, b]`` an independent scaled
  Haar-orthogonal ``C_in x C_out`` matrix (any channel counts). Independent taps add
  uncorrelated contributions, so the forward covariance is the Gaussian window mean and
  the infinite-width NNGP / NTK are the Gaussian CNTK (Huang et al.'s CNN theorem).
* ``"delta_orthogonal"``: dense maps as ``"orthogonal"``; a convolution is zero except the
  centre tap ``(f-1)//2``, a Haar-orthogonal ``C_in x C_out`` matrix times ``f sqrt(C_out)``
  (mean squared entry again 1). It needs ``C_in <= C_out``: only then are the centre tap's
  rows orthonormal, so that it maps the input channels isometrically (no direction is
  lost); :class:`SpecError` says so otherwise. At initialisation such a conv mixes no
  neighbouring pixels, so for ``f > 1`` its infinite-width kernel is *not* the Gaussian
  CNTK (see :mod:`ntk_core.infinite.analytic`).

Biases stay Gaussian.

Parameters are a list of ``{"W": ..., "b": ...}`` dicts, one per affine layer.
Inputs: MLP ``x`` is ``[N, d]``; CNN ``x`` is ``[N, H, W, C]`` (NHWC). Outputs: ``[N, O]``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
from jax.scipy.special import erf

ACTIVATIONS: dict[str, Callable] = {
    "relu": jax.nn.relu,
    "erf": erf,
    "tanh": jnp.tanh,
    "gelu": lambda x: jax.nn.gelu(x, approximate=False),
    "identity": lambda x: x,
}
PARAMETERIZATIONS = ("ntk", "standard")
INITS = ("gaussian", "orthogonal", "delta_orthogonal")
PADDINGS = ("SAME", "VALID")
READOUTS = ("gap", "flatten")


class SpecError(ValueError):
    """An invalid network specification (message says what to change)."""


def _check_common(activation, W_std, b_std, parameterization, out_dim):
    if activation not in ACTIVATIONS:
        raise SpecError(f"unknown activation {activation!r}; choose one of {sorted(ACTIVATIONS)}")
    if parameterization not in PARAMETERIZATIONS:
        raise SpecError(f"unknown parameterization {parameterization!r}; choose 'ntk' or 'standard'")
    if not (W_std > 0 and math.isfinite(W_std)):
        raise SpecError(f"W_std must be a positive finite number, got {W_std}")
    if not (b_std >= 0 and math.isfinite(b_std)):
        raise SpecError(f"b_std must be a non-negative finite number, got {b_std}")
    if int(out_dim) != out_dim or out_dim < 1:
        raise SpecError(f"out_dim must be a positive integer, got {out_dim}")


def check_init(weight_init):
    if weight_init not in INITS:
        raise SpecError(f"unknown weight_init {weight_init!r}; choose one of {', '.join(INITS)}")


def check_delta_channels(c_in: int, c_out: int, where: str = "a conv layer"):
    """Delta-orthogonal needs ``C_in <= C_out`` (see the module docstring)."""
    if int(c_in) > int(c_out):
        raise SpecError(
            f"{where} has {c_in} input and {c_out} output channels: a delta-orthogonal "
            f"conv needs at least as many output as input channels, so that its "
            f"orthogonal {c_in}x{c_out} centre tap keeps every input direction; give it "
            f">= {c_in} channels or use Gaussian or (per-tap) orthogonal init")


def orthogonal_weight(key, shape, dtype, init: str = "orthogonal"):
    """One scaled orthogonal weight (mean squared entry 1, the Gaussian's).

    A matrix ``[n_in, n_out]``: Haar-orthogonal times ``sqrt(max(n_in, n_out))``. A conv
    filter ``[f, f, C_in, C_out]``: ``init="orthogonal"`` one such ``C_in x C_out`` matrix per
    tap, independently; ``"delta_orthogonal"`` delta-orthogonal (centre tap ``C_in x C_out``
    orthogonal times ``f sqrt(C_out)``, zeros elsewhere; needs ``C_in <= C_out``);
    ``"flat"`` the filter reshaped to ``[f f C_in, C_out]`` and made orthogonal (a dense map
    per patch). Built on ``jax.nn.initializers.orthogonal`` / ``delta_orthogonal``, jitted
    per (shape, dtype, init): one compilation instead of one per operation and shape."""
    shape = tuple(int(n) for n in shape)
    if len(shape) == 4 and init == "delta_orthogonal":
        check_delta_channels(shape[2], shape[3])
    return _orthogonal_weight(key, shape, jnp.dtype(dtype), init)


@partial(jax.jit, static_argnums=(1, 2, 3))
def _orthogonal_weight(key, shape, dtype, init):
    if len(shape) == 4 and init == "delta_orthogonal":
        f2 = shape[0] * shape[1]
        return jax.nn.initializers.delta_orthogonal(math.sqrt(f2 * shape[3]))(key, shape, dtype)
    if len(shape) == 4 and init == "orthogonal":   # per tap
        c_in, c_out = shape[2:]
        one = jax.nn.initializers.orthogonal(math.sqrt(max(c_in, c_out)))
        keys = jax.random.split(key, shape[0] * shape[1])
        taps = jax.vmap(lambda k: one(k, (c_in, c_out), dtype))(keys)
        return taps.reshape(shape)
    n_in, n_out = math.prod(shape[:-1]), shape[-1]
    q = jax.nn.initializers.orthogonal(math.sqrt(max(n_in, n_out)))(key, (n_in, n_out), dtype)
    return q.reshape(shape)


def _init_layers(key, layers, W_std, b_std, parameterization, dtype, weight_init="gaussian"):
    """``[{"W", "b"}]`` for ``layers = [(w_shape, b_shape, fan_in), ...]``.

    All standard normals come from one ``jax.random.normal`` draw of the total size, cut
    in order (W then b, layer by layer): one sampler compilation per network instead of
    one per parameter shape. "standard" scales W by W_std / sqrt(fan_in) and b by b_std.
    ``weight_init`` other than ``"gaussian"`` then replaces each W by
    :func:`orthogonal_weight` (keys split from ``key`` once more, so the biases are the
    Gaussian run's).
    """
    shapes = [s for w, b, _ in layers for s in (w, b)]
    sizes = [math.prod(s) for s in shapes]
    z = jax.random.normal(key, (sum(sizes),), dtype)
    concrete = not isinstance(z, jax.core.Tracer)
    zn = np.asarray(z) if concrete else z
    parts, o = [], 0
    for s, n in zip(shapes, sizes):
        part = zn[o:o + n].reshape(s)
        parts.append(jnp.asarray(part) if concrete else part)
        o += n
    if weight_init != "gaussian":
        wkeys = jax.random.split(jax.random.fold_in(key, 1), len(layers))
        for i, (w_shape, _, _) in enumerate(layers):
            parts[2 * i] = orthogonal_weight(wkeys[i], w_shape, dtype, weight_init)
    params = []
    for i, (_, _, fan_in) in enumerate(layers):
        W, b = parts[2 * i], parts[2 * i + 1]
        if parameterization == "standard":
            W = W * jnp.asarray(W_std / math.sqrt(fan_in), dtype)
            b = b * jnp.asarray(b_std, dtype)
        params.append({"W": W, "b": b})
    return params


def _scales(fan_in, W_std, b_std, parameterization):
    """(w_scale, b_scale) multiplying (h W) and b in the forward pass."""
    if parameterization == "ntk":
        return W_std / math.sqrt(fan_in), b_std
    return 1.0, 1.0


@dataclass(frozen=True)
class MLPSpec:
    """Fully connected network: ``depth`` x [Dense(width), activation], Dense(out_dim).

    Shapes: ``apply(params, x[N, d]) -> [N, out_dim]``. ``depth = 0`` is a linear model.
    """

    depth: int = 2
    width: int = 256
    activation: str = "relu"
    W_std: float = 1.5
    b_std: float = 0.05
    parameterization: str = "ntk"
    out_dim: int = 1
    weight_init: str = "gaussian"

    def __post_init__(self):
        _check_common(self.activation, self.W_std, self.b_std, self.parameterization, self.out_dim)
        check_init(self.weight_init)
        if int(self.depth) != self.depth or self.depth < 0:
            raise SpecError(f"depth must be a non-negative integer, got {self.depth}")
        if int(self.width) != self.width or self.width < 1:
            raise SpecError(f"width must be a positive integer, got {self.width}")

    def layer_widths(self, d_in: int) -> list[int]:
        """Fan-ins and fan-outs: ``[d_in, width, ..., width, out_dim]``."""
        return [d_in] + [self.width] * self.depth + [self.out_dim]

    def init(self, key, input_shape, dtype=jnp.float32):
        """Random parameters for inputs of shape ``[N, d]`` (or ``[d]``)."""
        widths = self.layer_widths(int(input_shape[-1]))
        layers = [((fi, fo), (fo,), fi) for fi, fo in zip(widths[:-1], widths[1:])]
        return _init_layers(key, layers, self.W_std, self.b_std, self.parameterization, dtype,
                            self.weight_init)

    def apply(self, params, x):
        """Forward pass ``[N, d] -> [N, out_dim]``."""
        phi = ACTIVATIONS[self.activation]
        h = x
        for i, layer in enumerate(params):
            ws, bs = _scales(h.shape[-1], self.W_std, self.b_std, self.parameterization)
            h = ws * (h @ layer["W"]) + bs * layer["b"]
            if i < len(params) - 1:
                h = phi(h)
        return h


@dataclass(frozen=True)
class ConvLayer:
    """One convolution: ``channels`` output channels, square ``filter_size``, ``stride``."""

    channels: int
    filter_size: int = 3
    stride: int = 1
    padding: str = "SAME"

    def __post_init__(self):
        for name in ("channels", "filter_size", "stride"):
            v = getattr(self, name)
            if int(v) != v or v < 1:
                raise SpecError(f"conv {name} must be a positive integer, got {v}")
        if self.padding not in PADDINGS:
            raise SpecError(f"padding must be 'SAME' or 'VALID', got {self.padding!r}")


def conv_output_size(size: int, layer: ConvLayer) -> int:
    """Spatial size after ``layer`` (XLA's SAME / VALID rules)."""
    if layer.padding == "SAME":
        return -(-size // layer.stride)
    return (size - layer.filter_size) // layer.stride + 1


@dataclass(frozen=True)
class CNNSpec:
    """Convolutional network: [Conv, activation] per layer, readout, Dense(out_dim).

    Shapes: ``apply(params, x[N, H, W, C]) -> [N, out_dim]``. Readout ``"gap"`` averages
    over spatial positions; ``"flatten"`` concatenates them (fan-in ``H' W' C'``).
    ``weight_init="orthogonal"``: per-tap orthogonal convs, an orthogonal readout;
    ``"delta_orthogonal"``: delta-orthogonal convs (each layer needs ``C_in <= C_out``,
    checked by :meth:`spatial_sizes` and :meth:`init`), an orthogonal readout.
    """

    layers: tuple[ConvLayer, ...] = field(default_factory=lambda: (ConvLayer(16), ConvLayer(16)))
    activation: str = "relu"
    readout: str = "gap"
    W_std: float = 1.5
    b_std: float = 0.05
    parameterization: str = "ntk"
    out_dim: int = 1
    weight_init: str = "gaussian"

    def __post_init__(self):
        _check_common(self.activation, self.W_std, self.b_std, self.parameterization, self.out_dim)
        check_init(self.weight_init)
        object.__setattr__(self, "layers", tuple(self.layers))
        if not self.layers:
            raise SpecError("a CNN needs at least one conv layer")
        if self.readout not in READOUTS:
            raise SpecError(f"readout must be 'gap' or 'flatten', got {self.readout!r}")

    def spatial_sizes(self, input_shape) -> list[tuple[int, int]]:
        """Spatial sizes ``[(H, W), after layer 1, ...]``; raises SpecError if one vanishes."""
        h, w = int(input_shape[-3]), int(input_shape[-2])
        sizes = [(h, w)]
        for i, layer in enumerate(self.layers):
            h, w = conv_output_size(h, layer), conv_output_size(w, layer)
            if h < 1 or w < 1:
                raise SpecError(
                    f"conv layer {i + 1} (filter {layer.filter_size}, stride {layer.stride}, "
                    f"{layer.padding}) shrinks the {sizes[-1][0]}x{sizes[-1][1]} image to nothing; "
                    "use SAME padding, a smaller filter or a larger image")
            sizes.append((h, w))
        if self.weight_init == "delta_orthogonal":
            c_in = int(input_shape[-1])
            for i, layer in enumerate(self.layers):
                check_delta_channels(c_in, layer.channels, f"conv layer {i + 1}")
                c_in = layer.channels
        return sizes

    def init(self, key, input_shape, dtype=jnp.float32):
        """Random parameters for NHWC inputs of shape ``[N, H, W, C]`` (or ``[H, W, C]``)."""
        sizes = self.spatial_sizes(input_shape)
        c_in = int(input_shape[-1])
        layers = []
        for layer in self.layers:
            k = layer.filter_size
            layers.append(((k, k, c_in, layer.channels), (layer.channels,), c_in * k * k))
            c_in = layer.channels
        h, w = sizes[-1]
        fan_in = c_in if self.readout == "gap" else h * w * c_in
        layers.append(((fan_in, self.out_dim), (self.out_dim,), fan_in))
        return _init_layers(key, layers, self.W_std, self.b_std, self.parameterization, dtype,
                            self.weight_init)

    def apply(self, params, x):
        """Forward pass ``[N, H, W, C] -> [N, out_dim]`` (x is cast to the params' dtype)."""
        phi = ACTIVATIONS[self.activation]
        h = x.astype(params[0]["W"].dtype)      # lax.conv needs equal operand dtypes
        for layer, p in zip(self.layers, params[:-1]):
            fan_in = h.shape[-1] * layer.filter_size ** 2
            ws, bs = _scales(fan_in, self.W_std, self.b_std, self.parameterization)
            z = jax.lax.conv_general_dilated(
                h, p["W"], (layer.stride, layer.stride), layer.padding,
                dimension_numbers=("NHWC", "HWIO", "NHWC"))
            h = phi(ws * z + bs * p["b"])
        if self.readout == "gap":
            h = jnp.mean(h, axis=(1, 2))
        else:
            h = h.reshape(h.shape[0], -1)
        ws, bs = _scales(h.shape[-1], self.W_std, self.b_std, self.parameterization)
        return ws * (h @ params[-1]["W"]) + bs * params[-1]["b"]


NetworkSpec = MLPSpec | CNNSpec

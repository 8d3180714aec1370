"""A network as a list of layers (:mod:`ntk_core.networks.layers`) plus a readout.

``LayerNet(layers, out_dim, W_std, b_std, parameterization)`` computes
``Dense(out_dim)(layers(x))``; the layers must end in features ``[F]`` (use
:class:`GlobalAvgPool` or :class:`Flatten` after images or tokens). Parameters are one
flat list of ``{"W", "b"}`` dicts, in the order the affine maps are met (residual branches
in place), so :meth:`MLPSpec.to_layer_net` / :meth:`CNNSpec.to_layer_net` give the same
network for the same parameters.

Inputs: ``[N, F]`` features, ``[N, T, C]`` tokens or ``[N, H, W, C]`` images; output
``[N, out_dim]``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import jax.numpy as jnp

from .layers import (LAYER_TYPES, Activation, Conv, Dense, Flatten, GlobalAvgPool, PatchEmbed,
                     Residual, Scaling, apply_layers, init_layers, shapes_through)
from .recurrent import RNN
from .specs import CNNSpec, MLPSpec, SpecError, _check_common, check_delta_channels, check_init


@dataclass(frozen=True)
class LayerNet:
    """Layer-list network: ``layers`` then a readout ``Dense(out_dim)``.

    ``W_std``, ``b_std``, ``parameterization`` and ``weight_init`` ("gaussian",
    "orthogonal" or "delta_orthogonal", see :mod:`ntk_core.networks.specs`) apply to every
    affine map (Dense, Conv, PatchEmbed, the four maps of Attention, RNN, and the readout);
    "delta_orthogonal" differs from "orthogonal" only in Conv layers (residual branches
    too), which then need ``C_in <= C_out``.
    """

    layers: tuple = ()
    out_dim: int = 1
    W_std: float = 1.5
    b_std: float = 0.05
    parameterization: str = "ntk"
    weight_init: str = "gaussian"

    def __post_init__(self):
        object.__setattr__(self, "layers", tuple(self.layers))
        _check_common("relu", self.W_std, self.b_std, self.parameterization, self.out_dim)
        check_init(self.weight_init)
        for l in self.layers:
            if not isinstance(l, LAYER_TYPES):
                raise SpecError(f"not a layer: {l!r}")

    @property
    def ctx(self) -> Scaling:
        return Scaling(float(self.W_std), float(self.b_std), self.parameterization,
                       self.weight_init)

    def shapes(self, input_shape) -> list[tuple]:
        """Per-example shapes through the layers, ``[in, ..., features before readout]``;
        raises :class:`SpecError` when a layer does not fit or the end is not features."""
        shapes = shapes_through(self.layers, tuple(input_shape)[1:])
        if len(shapes[-1]) != 1:
            raise SpecError(f"the layers end with shape {shapes[-1]}, but the readout needs "
                            "features: add GlobalAvgPool or Flatten at the end")
        if self.weight_init == "delta_orthogonal":
            _check_delta(self.layers, shapes[0])
        return shapes

    def init(self, key, input_shape, dtype=jnp.float32):
        """Parameters for a batch of shape ``input_shape = [N, ...]``."""
        shapes = self.shapes(input_shape)
        params = init_layers(self.layers + (Dense(self.out_dim),), key, shapes[0], self.ctx, dtype)
        return params

    def apply(self, params, x):
        """``x [N, ...] -> [N, out_dim]`` (x cast to the parameters' dtype)."""
        h = x.astype(params[0]["W"].dtype) if params else x
        return apply_layers(self.layers + (Dense(self.out_dim),), params, h, self.ctx)


def _check_delta(layers, shape, where: str = "") -> None:
    """Every Conv (residual branches too) fits a delta-orthogonal filter (C_in <= C_out)."""
    for i, l in enumerate(layers):
        at = f"{where}layer {i + 1}"
        if isinstance(l, Conv):
            check_delta_channels(shape[-1], l.channels, f"{at} (Conv)")
        elif isinstance(l, Residual):
            _check_delta(l.branch, shape, f"{at} (Residual) branch ")
        shape = l.out_shape(shape)


def with_width(layers, width: int) -> tuple:
    """Every Dense / Conv / PatchEmbed / RNN width set to ``width`` (residual branches too);
    attention keeps its heads and head size. The knob of width sweeps."""
    out = []
    for l in layers:
        if isinstance(l, Dense):
            l = Dense(int(width))
        elif isinstance(l, (Conv, PatchEmbed)):
            l = dataclasses.replace(l, channels=int(width))
        elif isinstance(l, Residual):
            l = Residual(with_width(l.branch, width), l.branch_scale)
        elif isinstance(l, RNN):
            l = dataclasses.replace(l, width=int(width))
        out.append(l)
    return tuple(out)


def mlp_layers(spec: MLPSpec) -> tuple:
    return (Dense(spec.width), Activation(spec.activation)) * spec.depth


def cnn_layers(spec: CNNSpec) -> tuple:
    out = ()
    for c in spec.layers:
        out += (Conv(c.channels, c.filter_size, c.stride, c.padding), Activation(spec.activation))
    return out + ((GlobalAvgPool(),) if spec.readout == "gap" else (Flatten(),))


def to_layer_net(spec) -> LayerNet:
    """The :class:`LayerNet` equal to ``spec`` (same parameters, same outputs)."""
    if isinstance(spec, LayerNet):
        return spec
    if isinstance(spec, MLPSpec):
        layers = mlp_layers(spec)
    elif isinstance(spec, CNNSpec):
        layers = cnn_layers(spec)
    else:
        raise TypeError(f"expected an MLPSpec, CNNSpec or LayerNet, got {type(spec).__name__}")
    return LayerNet(layers, spec.out_dim, spec.W_std, spec.b_std, spec.parameterization,
                    spec.weight_init)

"""Elman recurrent layer (RNN) for layer-list networks, and the batch format of sequences.

**Sequences of different lengths.** A batch of sequences is *one* array ``[N, T, C]``:
sequence ``i`` of length ``T_i <= T`` fills steps ``0 .. T_i - 1`` and is padded with
zeros after its end; when the lengths differ, one more channel, the last, holds the
validity mask (1 on the sequence's steps, 0 on padding), so the array is ``[N, T, d + 1]``
for ``d`` data channels. :func:`pack_sequences` builds it from a list of ``[T_i, d]``
arrays, :func:`unpack_sequences` / :func:`sequence_lengths` read it back. A layer that
reads it is ``RNN(..., masked=True)``; everything else (the analytic RNTK in
:mod:`ntk_core.infinite.recurrent`, the data sets, the app) uses this same format, so a
padded batch's kernel equals the kernel of each pair computed on its own (tested).
With ``masked=False`` every sequence has all ``T`` steps and there is no mask channel.

**The layer** (NTK parameterization, ``W, U, b ~ N(0, 1)``, width ``n``, ``d`` input
channels, ``h_0 = 0``)::

    z_t = (W_std / sqrt(n)) W h_{t-1} + (U_std / sqrt(d)) U x_t + b_std b,   h_t = phi(z_t)

and in the standard parameterization ``z_t = W h_{t-1} + U x_t + b`` with ``W ~ N(0,
W_std^2 / n)``, ``U ~ N(0, U_std^2 / d)``, ``b ~ N(0, b_std^2)``. Weights are shared over
the time steps (one ``lax.scan``). The layer returns ``h_{T_i}`` (``readout="last"``),
the mean of ``h_1 .. h_{T_i}`` (``"mean"``), or every ``h_t`` as a sequence ``[T, n]``
(``"sequence"``, to stack RNN layers: layer ``l``'s input at step ``t`` is layer
``l - 1``'s ``h_t``; a masked layer passes the mask on as its output's last channel, so
the next layer must be masked too). On padded steps a masked layer keeps ``h_t = h_{t-1}``.

The layer's own ``W_std``, ``U_std`` and ``b_std`` replace the network's (the RNTK paper's
``sigma_w``, ``sigma_u``, ``sigma_b``); the parameterization is the network's. Its
parameters are one dict ``{"W": [n, n], "U": [d, n], "b": [n]}``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import jax
import jax.numpy as jnp
import numpy as np

from .specs import ACTIVATIONS, SpecError, orthogonal_weight

RNN_READOUTS = ("last", "mean", "sequence")


@dataclass(frozen=True)
class RNN:
    """Elman RNN over ``[T, C]`` sequences (see the module docstring for the maths)."""

    width: int
    activation: str = "relu"
    W_std: float = 1.0
    U_std: float = 1.0
    b_std: float = 0.05
    readout: str = "last"
    masked: bool = False

    def __post_init__(self):
        if isinstance(self.width, bool) or int(self.width) != self.width or self.width < 1:
            raise SpecError(f"RNN width must be an integer >= 1, got {self.width!r}")
        if self.activation not in ACTIVATIONS:
            raise SpecError(f"unknown activation {self.activation!r}; choose one of "
                            f"{sorted(ACTIVATIONS)}")
        for name in ("W_std", "U_std"):
            v = getattr(self, name)
            if not (math.isfinite(v) and v > 0):
                raise SpecError(f"RNN {name} must be a positive finite number, got {v}")
        if not (math.isfinite(self.b_std) and self.b_std >= 0):
            raise SpecError(f"RNN b_std must be a non-negative finite number, got {self.b_std}")
        if self.readout not in RNN_READOUTS:
            raise SpecError(f"RNN readout must be one of {RNN_READOUTS}, got {self.readout!r}")

    # ------------------------------------------------------------------ shapes
    def data_channels(self, s) -> int:
        d = int(s[-1]) - (1 if self.masked else 0)
        if d < 1:
            raise SpecError("a masked RNN needs data channels before the mask channel")
        return d

    def out_shape(self, s):
        if len(s) != 2:
            raise SpecError(f"RNN needs sequences [T, C], but its input has shape {tuple(s)}; "
                            "give the data as [N, T, C] (one channel: C = 1)")
        self.data_channels(s)
        if self.readout == "sequence":
            return (int(s[0]), int(self.width) + (1 if self.masked else 0))
        return (int(self.width),)

    # ------------------------------------------------------------------ params
    def scales(self, d: int, ctx) -> tuple[float, float, float]:
        """``(a, c, s)`` multiplying ``W h``, ``U x`` and ``b`` in the forward pass."""
        if ctx.parameterization == "ntk":
            return (self.W_std / math.sqrt(self.width), self.U_std / math.sqrt(d), self.b_std)
        return 1.0, 1.0, 1.0

    def init(self, key, s, ctx, dtype):
        n, d = int(self.width), self.data_channels(s)
        kw, ku, kb = jax.random.split(key, 3)
        if getattr(ctx, "init", "gaussian") != "gaussian":   # scaled Haar-orthogonal W, U
            W, U = orthogonal_weight(kw, (n, n), dtype), orthogonal_weight(ku, (d, n), dtype)
        else:
            W, U = jax.random.normal(kw, (n, n), dtype), jax.random.normal(ku, (d, n), dtype)
        p = {"W": W, "U": U, "b": jax.random.normal(kb, (n,), dtype)}
        if ctx.parameterization == "standard":
            p = {"W": p["W"] * (self.W_std / math.sqrt(n)), "U": p["U"] * (self.U_std / math.sqrt(d)),
                 "b": p["b"] * self.b_std}
        return [p]

    # ------------------------------------------------------------------ forward
    def apply(self, params, h, ctx):
        """``h [N, T, C] -> [N, n]`` (last, mean) or ``[N, T, n (+1)]`` (sequence)."""
        p = params[0]
        x, m = (h[..., :-1], h[..., -1:]) if self.masked else (h, None)
        a, c, s = self.scales(x.shape[-1], ctx)
        phi = ACTIVATIONS[self.activation]
        drive = jnp.swapaxes(c * (x @ p["U"]) + s * p["b"], 0, 1)         # [T, N, n]
        W = p["W"]

        if m is None:
            def step(hp, u):
                ht = phi(a * (hp @ W) + u)
                return ht, ht
            xs = drive
        else:
            def step(hp, um):
                u, mt = um
                ht = phi(a * (hp @ W) + u)
                ht = mt * ht + (1.0 - mt) * hp                 # padding: keep h_{t-1}
                return ht, ht
            xs = (drive, jnp.swapaxes(m, 0, 1))
        h0 = jnp.zeros((h.shape[0], self.width), drive.dtype)
        last, hs = jax.lax.scan(step, h0, xs)
        hs = jnp.swapaxes(hs, 0, 1)                                        # [N, T, n]
        if self.readout == "last":
            return last
        if self.readout == "mean":
            if m is None:
                return jnp.mean(hs, axis=1)
            return jnp.sum(hs * m, axis=1) / jnp.maximum(jnp.sum(m, axis=1), 1.0)
        if m is None:
            return hs
        return jnp.concatenate([hs * m, m], axis=-1)


# ----------------------------------------------------------------------------- batch format
def pack_sequences(seqs, T: int | None = None, masked: bool | None = None) -> np.ndarray:
    """A list of ``[T_i, d]`` (or ``[T_i]``) arrays -> the padded batch ``[N, T, d (+1)]``.

    ``T`` defaults to the longest ``T_i``; ``masked`` (default: whether the lengths
    differ) appends the validity mask as the last channel. Float64 numpy.
    """
    seqs = [np.asarray(s, np.float64) for s in seqs]
    seqs = [s[:, None] if s.ndim == 1 else s for s in seqs]
    if not seqs:
        raise ValueError("no sequences")
    lengths = [len(s) for s in seqs]
    if min(lengths) < 1:
        raise ValueError("every sequence needs at least one step")
    d = {s.shape[1] for s in seqs}
    if len(d) != 1:
        raise ValueError(f"all sequences need the same number of channels, got {sorted(d)}")
    T = max(lengths) if T is None else int(T)
    if max(lengths) > T:
        raise ValueError(f"a sequence of {max(lengths)} steps does not fit T = {T}")
    if masked is None:
        masked = len(set(lengths)) > 1 or T != max(lengths)
    out = np.zeros((len(seqs), T, d.pop() + (1 if masked else 0)))
    for i, s in enumerate(seqs):
        out[i, :len(s), :s.shape[1]] = s
        if masked:
            out[i, :len(s), -1] = 1.0
    return out


def sequence_lengths(x, masked: bool) -> np.ndarray:
    """Lengths ``[N]`` of a padded batch (all ``T`` when not ``masked``); checks the mask
    is 0/1 and of the form 1..1 0..0 (padding only after the end)."""
    x = np.asarray(x)
    if x.ndim != 3:
        raise ValueError(f"sequences must be [N, T, C], got shape {x.shape}")
    if not masked:
        return np.full(len(x), x.shape[1], dtype=int)
    m = x[..., -1]
    if not np.all((m == 0) | (m == 1)):
        raise ValueError("the mask channel (the last) must hold only 0 and 1")
    lengths = m.sum(1).astype(int)
    if np.any(lengths < 1):
        raise ValueError("every sequence needs at least one step (mask all zero)")
    if np.any(m != (np.arange(x.shape[1])[None] < lengths[:, None])):
        raise ValueError("the mask must be 1 on a sequence's steps, then 0 (padding at the end)")
    return lengths


def unpack_sequences(x, masked: bool) -> list[np.ndarray]:
    """The padded batch back as a list of ``[T_i, d]`` arrays (mask channel removed)."""
    x = np.asarray(x)
    lengths = sequence_lengths(x, masked)
    data = x[..., :-1] if masked else x
    return [data[i, :t] for i, t in enumerate(lengths)]

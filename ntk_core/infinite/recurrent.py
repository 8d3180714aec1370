"""The Recurrent NTK (RNTK) and NNGP of infinitely wide RNNs (Alemohammad, Wang, Balestriero
& Baraniuk, ICLR 2021), for layer-list networks of :class:`ntk_core.networks.RNN` layers;
float64, jitted JAX.

Networks: one or more RNN layers (all but the last with ``readout="sequence"``, the last
``"last"`` or ``"mean"``), then the net's readout ``Dense(out_dim)``. Inputs in the padded
format of :mod:`ntk_core.networks.recurrent` (``[N, T, C]``, the mask as last channel when
the RNNs are ``masked``), so sequences of different lengths are compared directly.

Recursion (one layer, NTK parameterization; ``W^2, U^2, b^2`` its ``W_std^2``,
``U_std^2``, ``b_std^2``; ``x_t``, ``y_s`` two input sequences; ``Kin`` the input
second moment ``<x_t, y_s> / d`` and ``Tin`` its NTK, zero at the data, the lower layer's
``K^h``, ``T^h`` when stacked)::

    S[t, s]   = W^2 K^h[t-1, s-1] + U^2 Kin[t, s] + b^2                     (NNGP of z)
    Th[t, s]  = S[t, s] + W^2 T^h[t-1, s-1] + U^2 Tin[t, s]                  (NTK of z)
    K^h[t, s] = E[phi(u) phi(v)],  T^h[t, s] = E[phi'(u) phi'(v)] Th[t, s],
    (u, v) ~ N(0, [[S_x[t, t], S], [S, S_y[s, s]]]),   K^h = T^h = 0 where t or s is 0.

In the standard parameterization ``Th = n K^h[t-1, s-1] + d Kin[t, s] + 1 + W^2
T^h[t-1, s-1] + U^2 Tin[t, s]`` (``n`` the width, ``d`` the input fan-in). Entry
``(t, s)`` depends only on ``(t-1, s-1)``: the recursion runs along diagonals. Sequences
are aligned at their *ends* (step ``t`` of a sequence of length ``T_x`` sits at position
``T - T_x + t``; before its start ``h = 0``), so readout ``"last"`` pairs the steps the
same distance from the end and needs only the main diagonal: ``O(N1 N2 T)`` per layer.
Readout ``"mean"`` averages ``K^h``, ``T^h`` over all ``T_x T_y`` pairs of steps, every
diagonal (offset ``s - t``), ``O(N1 N2 T^2)``. The readout ``Dense`` then gives
``K = Wr^2 K^h + br^2`` and ``T = K + Wr^2 T^h`` (standard: ``n K^h + 1 + Wr^2 T^h``),
the network's ``W_std``, ``b_std``; as for the other analytic kernels, these are the
kernels of one output unit (the limit of the "trace" empirical NTK).

Dual activations: relu, erf and identity in closed form inside the jitted scan
(:func:`ntk_core.infinite.dual.closed_form_dual`); any other activation through
:func:`ntk_core.infinite.dual.dual_activation` (polar quadrature) called from the scan.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..networks.net import LayerNet
from ..networks.recurrent import RNN, sequence_lengths
from .dual import CLOSED_FORM_ACTIVATIONS, closed_form_dual, dual_activation, enable_x64

__all__ = ["has_rnn", "rnn_support", "rnn_kernels"]


def has_rnn(net: LayerNet) -> bool:
    return any(isinstance(l, RNN) for l in net.layers)


def rnn_support(net: LayerNet) -> str | None:
    """``None`` if :func:`rnn_kernels` computes ``net``'s kernels, else the reason why not."""
    ls = net.layers
    if not ls or not all(isinstance(l, RNN) for l in ls):
        return ("the analytic RNTK covers networks of RNN layers followed by the readout; "
                "other layers before or after the RNNs are not offered (use the finite-width NTK)")
    if any(l.readout != "sequence" for l in ls[:-1]):
        return "every RNN layer but the last must have readout 'sequence' (to stack them)"
    if ls[-1].readout == "sequence":
        return "the last RNN layer needs readout 'last' or 'mean' before the Dense readout"
    if len({l.masked for l in ls}) != 1:
        return "stacked RNN layers must all be masked or all unmasked"
    if net.weight_init != "gaussian":
        return ("the RNTK is derived for Gaussian weights; with orthogonal recurrent weights "
                "W^T = W^-1 is not independent of W, so that limit is not offered (use the "
                "finite-width NTK)")
    return None


@dataclass(frozen=True)
class _Cfg:
    layers: tuple          # (activation, W2, U2, b2, width, fan_in) per layer
    standard: bool
    mean: bool
    Wr2: float
    br2: float


def _config(net: LayerNet, d: int) -> _Cfg:
    out, fan = [], d
    for l in net.layers:
        out.append((l.activation, float(l.W_std) ** 2, float(l.U_std) ** 2,
                    float(l.b_std) ** 2, int(l.width), int(fan)))
        fan = int(l.width)
    return _Cfg(tuple(out), net.parameterization == "standard", net.layers[-1].readout == "mean",
                float(net.W_std) ** 2, float(net.b_std) ** 2)


def _dual(name, v1, v2, S):
    """``(E[phi phi], E[phi' phi'])`` of ``N(0, [[v1, S], [S, v2]])``, broadcast, in JAX."""
    import jax
    import jax.numpy as jnp
    v1, v2, S = jnp.broadcast_arrays(v1, v2, S)
    if name in CLOSED_FORM_ACTIVATIONS:
        return closed_form_dual(name, v1, v2, S, xp=jnp)
    sd = jax.ShapeDtypeStruct(S.shape, jnp.float64)

    def host(a, b, c):
        q, k = dual_activation(name, np.asarray(a), np.asarray(b), np.asarray(c))
        return q.astype(np.float64), k.astype(np.float64)
    return jax.pure_callback(host, (sd, sd), v1, v2, S)


def _layer_step(cfg: _Cfg, Kp, Tp, Kin, Tin, active, v1, v2):
    """One time step of every layer. ``Kp``, ``Tp``: per layer ``K^h``, ``T^h`` at the
    previous step; ``v1``, ``v2``: per layer the self-variances ``S_x[t, t]``, ``S_y[s, s]``
    (``None``: self mode, where the pair is the sequence with itself and ``S`` is its own
    variance). Returns the new ``K^h``, ``T^h`` and the ``S`` of each layer."""
    import jax.numpy as jnp
    Ks, Ts, Ss = [], [], []
    for i, (act, W2, U2, b2, n, fan) in enumerate(cfg.layers):
        S = W2 * Kp[i] + U2 * Kin + b2
        if cfg.standard:
            Th = n * Kp[i] + fan * Kin + 1.0 + W2 * Tp[i] + U2 * Tin
        else:
            Th = S + W2 * Tp[i] + U2 * Tin
        Ssafe = jnp.where(active, S, 1.0)
        a, b = (Ssafe, Ssafe) if v1 is None else (jnp.where(active, v1[i], 1.0),
                                                  jnp.where(active, v2[i], 1.0))
        q, kd = _dual(act, a, b, Ssafe)
        Kin = jnp.where(active, q, 0.0)
        Tin = jnp.where(active, kd * Th, 0.0)
        Ks.append(Kin)
        Ts.append(Tin)
        Ss.append(S)
    return Ks, Ts, Ss


@lru_cache(maxsize=32)
def _self_fn(cfg: _Cfg):
    """Jitted: right-aligned ``x [N, T, d]``, ``active [T, N]`` -> per layer ``S_x[t, t]``
    ``[L, T, N]`` (the variances the pair recursion needs)."""
    import jax
    import jax.numpy as jnp

    def fn(x, active):
        d = x.shape[-1]
        L = len(cfg.layers)
        z = jnp.zeros(x.shape[:1], x.dtype)

        def step(carry, inp):
            Kp, Tp = carry
            xt, at = inp
            Kin = jnp.sum(xt * xt, -1) / d
            Ks, Ts, Ss = _layer_step(cfg, Kp, Tp, Kin, jnp.zeros_like(Kin), at, None, None)
            return (Ks, Ts), jnp.stack(Ss)
        _, S = jax.lax.scan(step, ([z] * L, [z] * L), (jnp.swapaxes(x, 0, 1), active))
        return jnp.swapaxes(S, 0, 1)
    return jax.jit(fn)


@lru_cache(maxsize=32)
def _pair_fn(cfg: _Cfg, n_offsets: int):
    """Jitted: right-aligned ``x1 [B1, T, d]``, ``x2 [B2, T, d]``, activity ``[T, B]``,
    self-variances ``[L, T, B]`` -> ``(K^h, T^h)`` ``[B1, B2]`` of the top layer: at the last
    step (offset 0 only) or summed over all active step pairs (offsets ``-(T-1)..T-1``)."""
    import jax
    import jax.numpy as jnp

    def fn(x1, x2, a1, a2, V1, V2):
        T, d = x1.shape[1], x1.shape[-1]
        L = len(cfg.layers)
        offs = jnp.arange(n_offsets) - (n_offsets - 1) // 2 if cfg.mean else jnp.zeros(1, int)
        z = jnp.zeros((x1.shape[0], x2.shape[0], n_offsets), x1.dtype)

        def step(carry, t):
            Kp, Tp, SK, ST = carry
            s = t + offs                                             # y's step per offset
            ok = (s >= 0) & (s < T)
            sc = jnp.clip(s, 0, T - 1)
            yo = x2[:, sc]                                           # [B2, O, d]
            active = a1[t][:, None, None] & (a2[sc].T & ok[None])[None]
            Kin = jnp.einsum("id,jod->ijo", x1[:, t], yo) / d
            v1 = [V1[i, t][:, None, None] for i in range(L)]
            v2 = [V2[i][sc].T[None] for i in range(L)]
            Ks, Ts, _ = _layer_step(cfg, Kp, Tp, Kin, jnp.zeros_like(Kin), active, v1, v2)
            return (Ks, Ts, SK + Ks[-1], ST + Ts[-1]), None
        (Kl, Tl, SK, ST), _ = jax.lax.scan(step, ([z] * L, [z] * L, z, z), jnp.arange(T))
        if cfg.mean:
            return SK.sum(-1), ST.sum(-1)
        return Kl[-1][..., 0], Tl[-1][..., 0]
    return jax.jit(fn)


def _align(x, masked: bool):
    """Padded batch -> (end-aligned data ``[N, T, d]``, activity ``[T, N]``, lengths)."""
    lengths = sequence_lengths(x, masked)
    data = x[..., :-1] if masked else x
    T = x.shape[1]
    out = np.zeros(data.shape)
    for i, n in enumerate(lengths):
        out[i, T - n:] = data[i, :n]
    active = np.arange(T)[:, None] >= (T - lengths)[None, :]
    return out, active, lengths


def _to_T(x, T):
    """Zero-pad the time axis of an aligned array to ``T`` steps at the front."""
    return np.concatenate([np.zeros((x.shape[0], T - x.shape[1]) + x.shape[2:]), x], 1)


def rnn_kernels(net: LayerNet, x1, x2=None, *, max_elements=2_000_000
                ) -> tuple[np.ndarray, np.ndarray]:
    """``(nngp, ntk)``, float64 ``[N1, N2]``, of one output of the RNN network ``net``
    (see the module docstring) for padded sequence batches ``x1 [N1, T1, C]``,
    ``x2 [N2, T2, C]`` (``None``: x1); ``T1`` and ``T2`` may differ. Pairs are computed
    in blocks of ``B1 B2 O <= max_elements`` (``O`` = 1 for readout last, ``2T - 1`` for
    mean). Raises ValueError (with the reason) for networks :func:`rnn_support` refuses.
    """
    why = rnn_support(net)
    if why:
        raise ValueError(why)
    masked = net.layers[0].masked
    x1 = np.asarray(x1, np.float64)
    x2n = x1 if x2 is None else np.asarray(x2, np.float64)
    for x in (x1, x2n):
        net.shapes(x.shape)
    a1x, a1, l1 = _align(x1, masked)
    a2x, a2, l2 = _align(x2n, masked)
    T = max(x1.shape[1], x2n.shape[1])
    a1x, a2x = _to_T(a1x, T), _to_T(a2x, T)
    a1 = np.concatenate([np.zeros((T - len(a1), a1.shape[1]), bool), a1])
    a2 = np.concatenate([np.zeros((T - len(a2), a2.shape[1]), bool), a2])
    cfg = _config(net, a1x.shape[-1])
    O = 2 * T - 1 if cfg.mean else 1
    B = max(1, int(math.sqrt(max_elements / O)))
    B1, B2 = min(B, len(x1)), min(B, len(x2n))
    import jax.numpy as jnp
    with enable_x64():
        V1 = np.asarray(_self_fn(cfg)(jnp.asarray(a1x), jnp.asarray(a1)))
        V2 = V1 if x2 is None else np.asarray(_self_fn(cfg)(jnp.asarray(a2x), jnp.asarray(a2)))
        pair = _pair_fn(cfg, O)
        K = np.empty((len(x1), len(x2n)))
        Th = np.empty_like(K)
        for i in range(0, len(x1), B1):
            i1 = _block(i, B1, len(x1))
            for j in range(0, len(x2n), B2):
                i2 = _block(j, B2, len(x2n))
                k, t = pair(jnp.asarray(a1x[i1]), jnp.asarray(a2x[i2]), jnp.asarray(a1[:, i1]),
                            jnp.asarray(a2[:, i2]), jnp.asarray(V1[:, :, i1]),
                            jnp.asarray(V2[:, :, i2]))
                n1, n2 = min(B1, len(x1) - i), min(B2, len(x2n) - j)
                K[i:i + n1, j:j + n2] = np.asarray(k)[:n1, :n2]
                Th[i:i + n1, j:j + n2] = np.asarray(t)[:n1, :n2]
    if cfg.mean:
        K, Th = K / np.outer(l1, l2), Th / np.outer(l1, l2)
    n_top = cfg.layers[-1][4]
    nngp = cfg.Wr2 * K + cfg.br2
    ntk = (n_top * K + 1.0 + cfg.Wr2 * Th) if cfg.standard else (nngp + cfg.Wr2 * Th)
    return nngp, ntk


def _block(start, size, n):
    """Indices of one block, padded to ``size`` by repeating the last row (one executable
    per block shape)."""
    idx = np.arange(start, start + size)
    return np.minimum(idx, n - 1)

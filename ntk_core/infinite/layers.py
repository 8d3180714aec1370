"""Infinite-width NNGP and NTK of a layer-list network (:class:`ntk_core.networks.LayerNet`),
layer by layer, in float64 numpy; both parameterizations.

The state between layers is, for inputs ``x`` and ``y`` and every pair of positions
``(p, q)`` (none for features, tokens for sequences, ``(h, w)`` for images):

* ``K[p, q] = lim (1/n) <h_p(x), h_q(y)>``: the second moment of one feature (NNGP),
* ``T[p, q]``: the NTK of one feature,
* ``m_x[p] = lim (1/n) sum_c h_{p c}(x)``: the mean over features (needed by LayerNorm),
* a flag saying whether the features are (zero-mean) Gaussian, which an activation needs.

Rules (``W^2 = W_std^2``, ``b^2 = b_std^2``, ``n`` the fan-in):

* input ``[..., C]``: ``K = <x_p, y_q> / C``, ``T = 0``, ``m_x = mean_c x_p``; not Gaussian.
* Dense: ``K' = W^2 K + b^2``; ``T' = K' + W^2 T`` ("ntk") or ``n K + 1 + W^2 T``
  ("standard", the layer's own weights and bias at its width); ``m' = 0``; Gaussian.
* Conv / PatchEmbed: the same after the window mean ``(1/f^2) sum_a K[p s + a d, q s + a d]``
  over aligned filter offsets ``a`` (stride ``s``, dilation ``d``, zeros outside), ``n = C f^2``.
* Activation (needs Gaussian input): ``K' = E[phi(u) phi(v)]``, ``T' = E[phi'(u) phi'(v)] T``
  with ``(u, v) ~ N(0, [[K_xx, K], [K, K_yy]])`` (:mod:`ntk_core.infinite.dual`);
  ``m_x' = E[phi(u)]``, ``u ~ N(0, K_xx)``.
* LayerNorm over features: with the centred moment ``K - m_x m_y`` and variance
  ``v_x = K_xx - m_x^2``: ``K' = (K - m_x m_y) / sqrt((v_x + eps)(v_y + eps))``,
  ``T' = T / sqrt((v_x + eps)(v_y + eps))`` (the feature-mean and variance gradients are
  O(1/n)); ``m' = 0``. Exact on the input itself (T = 0 there).
* Residual ``h + a branch(h)`` whose branch ends with an affine layer (zero-mean weights
  make it uncorrelated with h): ``K' = K + a^2 K_branch``, ``T' = T + a^2 T_branch``.
* AvgPool: mean over all pairs of window offsets ``(1/f^4) sum_{a,b} K[p s + a, q s + b]``
  (one filter shared by all offsets; padded zeros counted), no fan-in; GAP: mean over all
  position pairs; Flatten: mean over the position diagonal (``n = P C``).
* RNN layers: the RNTK of :mod:`ntk_core.infinite.recurrent` (networks of RNN layers).
* Attention and MaxPool: no analytic kernel is offered (:class:`NoAnalyticKernel`). The
  attention limit depends on how heads and head_dim grow (Hron et al. 2020) and the
  max of correlated Gaussians has no closed-form covariance.

The output kernels are those of one output unit of the readout ``Dense(out_dim)``, the
limit of the "trace" empirical NTK, as in :mod:`ntk_core.infinite.analytic`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from scipy import special

from ..networks.layers import (LN_EPS, Activation, Attention, AvgPool, Conv, Dense, Flatten,
                               GlobalAvgPool, LayerNorm, MaxPool, PatchEmbed, Residual,
                               window_out)
from ..networks.net import LayerNet
from .dual import activation_numpy, dual_activation
from .recurrent import has_rnn, rnn_kernels, rnn_support

__all__ = ["NoAnalyticKernel", "analytic_support", "layer_net_kernels"]

NO_KERNEL_LAYERS = {Attention: "self-attention", MaxPool: "max pooling"}


class NoAnalyticKernel(ValueError):
    """The network contains a layer for which no infinite-width kernel is offered."""


# ----------------------------------------------------------------------------- static check
def _check(layers, gaussian: bool, where: str = "") -> bool:
    for i, l in enumerate(layers):
        at = f"{where}layer {i + 1} ({type(l).__name__})"
        if type(l) in NO_KERNEL_LAYERS:
            raise NoAnalyticKernel(f"{at}: no analytic kernel is offered for "
                                   f"{NO_KERNEL_LAYERS[type(l)]}; use the finite-width NTK")
        if isinstance(l, Activation) and not gaussian:
            raise NoAnalyticKernel(f"{at}: an activation needs Gaussian pre-activations; put "
                                   "a Dense or Conv layer (or LayerNorm of one) before it")
        if isinstance(l, Residual):
            _check(l.branch, gaussian, f"{at}, branch ")
            if l.branch and not isinstance(l.branch[-1], (Dense, Conv)):
                raise NoAnalyticKernel(f"{at}: the analytic kernel needs the residual branch "
                                       "to end with a Dense or Conv layer")
            # an empty branch multiplies h by (1 + a): Gaussianity unchanged
        elif isinstance(l, (Dense, Conv, PatchEmbed)):
            gaussian = True
        elif isinstance(l, Activation):
            gaussian = False
    return gaussian


def _check_init(layers, where: str = "") -> None:
    """``weight_init="delta_orthogonal"``: Dense / PatchEmbed are orthogonal, with the
    Gaussian limit (Huang et al. 2021), but a delta-orthogonal Conv with filter > 1 mixes no
    neighbours at initialisation, a different kernel (offered for ``CNNSpec`` by
    :mod:`ntk_core.infinite.analytic`, not for layer lists). Per-tap ``"orthogonal"`` convs
    have the Gaussian limit: nothing to check."""
    for i, l in enumerate(layers):
        at = f"{where}layer {i + 1} ({type(l).__name__})"
        if isinstance(l, Conv) and l.filter_size > 1:
            raise NoAnalyticKernel(f"{at}: a delta-orthogonal conv's infinite-width kernel is "
                                   "not the Gaussian one and is offered only for the CNN "
                                   "architecture (sidebar architecture CNN); per-tap "
                                   "'orthogonal' init has the Gaussian kernel")
        if isinstance(l, Residual):
            _check_init(l.branch, f"{at}, branch ")


def analytic_support(net: LayerNet) -> str | None:
    """``None`` if :func:`layer_net_kernels` can compute ``net``'s kernels, else why not."""
    if has_rnn(net):
        return rnn_support(net)
    try:
        _check(net.layers, False)
        if net.weight_init == "delta_orthogonal":
            _check_init(net.layers)
    except NoAnalyticKernel as e:
        return str(e)
    return None


# ----------------------------------------------------------------------------- state
@dataclass(frozen=True)
class _State:
    """Pair mode: K, T ``[B1, B2, *S, *S]``, m1 ``[B1, *S]``, m2 ``[B2, *S]``.
    Self mode (x with itself): K, T ``[N, *S, *S]``, m1 = m2 ``[N, *S]``."""

    K: np.ndarray
    T: np.ndarray
    m1: np.ndarray
    m2: np.ndarray
    shape: tuple          # per-example shape (S..., C)
    pair: bool

    @property
    def L(self):
        return len(self.shape) - 1


def _bx(st: _State, v):
    """x-side per-example array ``[B, *S]`` broadcast against K."""
    ones = (1,) * st.L
    return v.reshape((v.shape[0], 1) + v.shape[1:] + ones if st.pair else v.shape + ones)


def _by(st: _State, v):
    ones = (1,) * st.L
    return v.reshape((1, v.shape[0]) + ones + v.shape[1:] if st.pair else
                     (v.shape[0],) + ones + v.shape[1:])


def _diag(st: _State):
    """Self-moments ``[N, *S]`` from a self-mode K (position diagonal)."""
    K = st.K
    if st.L == 0:
        return K
    n, S = K.shape[0], st.shape[:-1]
    P = math.prod(S)
    return np.einsum("npp->np", K.reshape(n, P, P)).reshape((n,) + S)


def _wmean(a, groups, f, s, padding, d):
    """Window mean over the last ``2 groups`` axes (``groups`` copies of ``(H, W)``, shifted
    together): ``out[p..] = (1/f^2) sum_{i,j} a_pad[p s + (i, j) d]``."""
    H, W = a.shape[-2:]
    oh, plh, phh = window_out(H, f, s, padding, d)
    ow, plw, phw = window_out(W, f, s, padding, d)
    lead = a.ndim - 2 * groups
    ap = np.pad(a, [(0, 0)] * lead + [(plh, phh), (plw, phw)] * groups)
    out = np.zeros(a.shape[:lead] + (oh, ow) * groups)
    for i in range(f):
        for j in range(f):
            sl = (slice(i * d, i * d + s * (oh - 1) + 1, s),
                  slice(j * d, j * d + s * (ow - 1) + 1, s)) * groups
            out += ap[(Ellipsis,) + sl]
    return out / f ** 2


def _mean_activation(name, v):
    """``E[phi(u)]`` for ``u ~ N(0, v)``, elementwise."""
    v = np.maximum(v, 0.0)
    if name == "relu":
        return np.sqrt(v / (2 * np.pi))
    if name in ("erf", "tanh", "identity"):
        return np.zeros_like(v)
    if name == "gelu":            # Stein: E[u Phi(u)] = v E[phi_N(u)] = v / sqrt(2 pi (1 + v))
        return v / np.sqrt(2 * np.pi * (1 + v))
    z, w = special.roots_hermitenorm(80)
    phi, _ = activation_numpy(name)
    return np.tensordot(phi(np.sqrt(v)[..., None] * z), w, axes=([-1], [0])) / np.sqrt(2 * np.pi)


class _Run:
    """One propagation (self mode records self-moments; pair mode reads them)."""

    def __init__(self, ctx, method, order, rec1=None, rec2=None):
        self.W2, self.b2 = float(ctx.W_std) ** 2, float(ctx.b_std) ** 2
        self.standard = ctx.parameterization == "standard"
        self.method, self.order = method, order
        self.rec1, self.rec2 = rec1, rec2
        self.log: list = []          # self mode: self-moments at each Activation / LayerNorm
        self.i = 0

    def selfs(self, st: _State):
        if not st.pair:
            v = _diag(st)
            self.log.append(v)
            return v, v
        v1, v2 = self.rec1[self.i], self.rec2[self.i]
        self.i += 1
        return v1, v2

    def affine(self, st: _State, K, T, fan_in, shape):
        Kn = self.W2 * K + self.b2
        Tn = (fan_in * K + 1.0 + self.W2 * T) if self.standard else (Kn + self.W2 * T)
        z1 = np.zeros(st.m1.shape[:1] + tuple(shape[:-1]))
        z2 = np.zeros(st.m2.shape[:1] + tuple(shape[:-1]))
        return _State(Kn, Tn, z1, z2, tuple(shape), st.pair)

    def layer(self, l, st: _State) -> _State:
        if isinstance(l, Dense):
            return self.affine(st, st.K, st.T, st.shape[-1], st.shape[:-1] + (l.width,))
        if isinstance(l, (Conv, PatchEmbed)):
            c = l.conv() if isinstance(l, PatchEmbed) else l
            wm = (lambda a: _wmean(a, 2, c.filter_size, c.stride, c.padding, c.dilation))
            out = c.out_shape(st.shape)
            new = self.affine(st, wm(st.K), wm(st.T), st.shape[-1] * c.filter_size ** 2, out)
            if isinstance(l, PatchEmbed):
                return _tokens(new)
            return new
        if isinstance(l, Activation):
            v1, v2 = self.selfs(st)
            q, kdot = dual_activation(l.name, _bx(st, v1), _by(st, v2), st.K,
                                      method=self.method, order=self.order)
            return replace(st, K=q, T=kdot * st.T, m1=_mean_activation(l.name, v1),
                           m2=_mean_activation(l.name, v2))
        if isinstance(l, LayerNorm):
            v1, v2 = self.selfs(st)
            s1 = np.sqrt(np.maximum(v1 - st.m1 ** 2, 0.0) + LN_EPS)
            s2 = np.sqrt(np.maximum(v2 - st.m2 ** 2, 0.0) + LN_EPS)
            den = _bx(st, s1) * _by(st, s2)
            K = (st.K - _bx(st, st.m1) * _by(st, st.m2)) / den
            return replace(st, K=K, T=st.T / den, m1=np.zeros_like(st.m1),
                           m2=np.zeros_like(st.m2))
        if isinstance(l, Residual):
            b = st
            for sub in l.branch:
                b = self.layer(sub, b)
            a2 = float(l.branch_scale) ** 2
            if not l.branch:                       # h + a h
                a2 = (1.0 + float(l.branch_scale)) ** 2
                return replace(st, K=a2 * st.K, T=a2 * st.T,
                               m1=math.sqrt(a2) * st.m1, m2=math.sqrt(a2) * st.m2)
            return replace(st, K=st.K + a2 * b.K, T=st.T + a2 * b.T)
        if isinstance(l, AvgPool):
            out = l.out_shape(st.shape)

            def wm(a):                  # one side: positions are the last two axes
                return _wmean(a, 1, l.window, l.stride, l.padding, 1)

            def both(a):                # every pair of offsets: pool y's side, then x's
                a = np.moveaxis(wm(a), (-4, -3), (-2, -1))
                return np.moveaxis(wm(a), (-2, -1), (-4, -3))
            return _State(both(st.K), both(st.T), wm(st.m1), wm(st.m2), out, st.pair)
        if isinstance(l, GlobalAvgPool):
            if st.L == 0:
                return st
            kax = tuple(range(st.K.ndim - 2 * st.L, st.K.ndim))
            max_ = tuple(range(1, 1 + st.L))
            return _State(st.K.mean(kax), st.T.mean(kax), st.m1.mean(max_), st.m2.mean(max_),
                          (st.shape[-1],), st.pair)
        if isinstance(l, Flatten):
            if st.L == 0:
                return st
            lead = st.K.shape[:st.K.ndim - 2 * st.L]
            P = math.prod(st.shape[:-1])

            def dg(a):
                return np.einsum("...pp->...p", a.reshape(lead + (P, P))).mean(-1)
            return _State(dg(st.K), dg(st.T), st.m1.reshape(len(st.m1), -1).mean(-1),
                          st.m2.reshape(len(st.m2), -1).mean(-1),
                          (P * st.shape[-1],), st.pair)
        raise NoAnalyticKernel(f"no analytic kernel for {type(l).__name__}")


def _tokens(st: _State) -> _State:
    """Image state ``(H, W)`` -> token state ``(H W,)`` (row-major, as PatchEmbed)."""
    h, w, c = st.shape
    lead = st.K.shape[:st.K.ndim - 4]
    P = h * w
    return _State(st.K.reshape(lead + (P, P)), st.T.reshape(lead + (P, P)),
                  st.m1.reshape(-1, P), st.m2.reshape(-1, P), (P, c), st.pair)


def _input(x1, x2=None) -> _State:
    """Input state: pair (x1, x2) or self (x1 with itself)."""
    c = x1.shape[-1]
    L = x1.ndim - 2
    a = "".join("hwt"[:L]) if L else ""
    b = "".join("HWT"[:L]) if L else ""
    if x2 is None:
        K = np.einsum(f"n{a}c,n{b}c->n{a}{b}", x1, x1) / c
        m = x1.mean(-1)
        return _State(K, np.zeros_like(K), m, m, tuple(x1.shape[1:]), False)
    K = np.einsum(f"i{a}c,j{b}c->ij{a}{b}", x1, x2) / c
    return _State(K, np.zeros_like(K), x1.mean(-1), x2.mean(-1), tuple(x1.shape[1:]), True)


def _run(net: LayerNet, st: _State, run: _Run) -> _State:
    for l in net.layers + (Dense(net.out_dim),):
        st = run.layer(l, st)
    return st


def layer_net_kernels(net: LayerNet, x1, x2=None, *, method="auto", order=None,
                      max_elements=4_000_000) -> tuple[np.ndarray, np.ndarray]:
    """``(nngp, ntk)``, float64 ``[N1, N2]``, of one output of ``net`` for inputs
    ``x1 [N1, ...]``, ``x2 [N2, ...]`` (``None``: x1), in the layouts of
    :class:`LayerNet` (features, tokens or NHWC images).

    Tracks every pair of positions (memory ``B1 B2 P^2`` per array, ``P`` the largest
    number of positions); input pairs are processed in blocks of at most ``max_elements``
    entries. Raises :class:`NoAnalyticKernel` (with the reason) when no analytic kernel
    exists (attention, max pooling, an activation of non-Gaussian features, a residual
    branch not ending in an affine layer). Networks of RNN layers go to
    :func:`ntk_core.infinite.recurrent.rnn_kernels` (the RNTK).
    """
    if has_rnn(net):
        why = rnn_support(net)
        if why:
            raise NoAnalyticKernel(why)
        return rnn_kernels(net, x1, x2)
    _check(net.layers, False)
    if net.weight_init == "delta_orthogonal":
        _check_init(net.layers)
    x1 = np.asarray(x1, np.float64)
    sym = x2 is None
    x2 = x1 if sym else np.asarray(x2, np.float64)
    net.shapes(x1.shape)                      # validates the shapes (SpecError)
    ctx = net.ctx
    recs = []
    for x in ((x1,) if sym else (x1, x2)):
        r = _Run(ctx, method, order)
        _run(net, _input(x), r)
        recs.append(r.log)
    rec1, rec2 = recs[0], recs[-1]
    P = max(math.prod(s[:-1]) for s in net.shapes(x1.shape))
    block = max(1, int(math.sqrt(max_elements / P ** 2)))
    n1, n2 = len(x1), len(x2)
    nngp, ntk = np.empty((n1, n2)), np.empty((n1, n2))
    for i in range(0, n1, block):
        si = slice(i, i + block)
        for j in range(i if sym else 0, n2, block):
            sj = slice(j, j + block)
            run = _Run(ctx, method, order, [v[si] for v in rec1], [v[sj] for v in rec2])
            st = _run(net, _input(x1[si], x2[sj]), run)
            nngp[si, sj], ntk[si, sj] = st.K, st.T
            if sym and j != i:
                nngp[sj, si], ntk[sj, si] = st.K.T, st.T.T
    return nngp, ntk

"""Analytic infinite-width NNGP and NTK of the networks in :mod:`ntk_core.networks.specs`. Over 400 lines: the
MLP, CNN and layer-list recursions share one input-checking and dispatch front.

Everything here is float64 numpy (no jax config changes); results are ``np.ndarray``.

Conventions (those of :mod:`ntk_core.networks.specs`, i.e. neural-tangents' ``stax``):

* Input covariance ``K0(x, y) = <x, y> / d_in`` (for images: per position pair,
  ``<x_p, y_q> / C_in``), ``T0 = 0``.
* Affine layer with fan-in ``n`` acting on post-activation covariance ``Q`` and NTK ``T``:

  - NNGP (both parameterizations): ``K' = W_std^2 Q + b_std^2``;
  - ``"ntk"``:      ``T' = K' + W_std^2 T``;
  - ``"standard"``: ``T' = n Q + 1 + W_std^2 T``. The layer's own weights ``W`` (variance
    ``W_std^2 / n``) contribute ``<h(x), h(y)> = n Q`` and the bias (trainable even when
    ``b_std = 0``) contributes ``1``. This grows with the width: the standard-
    parameterization NTK has no finite infinite-width limit, so the "analytic" kernel is
    the large-width limit *at the spec's widths*, i.e. what the mean of finite nets of
    that width converges to (relative error -> 0 as width -> inf).
* Nonlinearity, with ``(u, v) ~ N(0, [[Kxx, Kxy], [Kxy, Kyy]])``:
  ``Q = E[phi(u) phi(v)]``, ``Kdot = E[phi'(u) phi'(v)]``, ``T <- Kdot T``.
* Convolution (filter ``f``, stride ``s``, SAME/VALID as in XLA): ``Q`` and ``T`` over every
  pair of spatial positions ``(p, q)`` are replaced by their *window means*
  ``(1/f^2) sum_a Q[p s + a - pad, q s + a - pad]`` (zero outside the image), then the
  dense rule above with ``n = C_in f^2``.
* Orthogonal weights (``weight_init="orthogonal"``: Haar-orthogonal dense maps, one
  independent orthogonal ``C_in x C_out`` matrix per conv tap) have exactly these (the
  Gaussian) kernels in the limit (Huang, Du, Xu 2021): the recursion does not see them.
* Delta-orthogonal convolutions (``weight_init="delta_orthogonal"``): only the centre tap
  ``c = (f-1)//2`` is non-zero at initialisation, so the forward NNGP and the backward
  ``T`` take the centre pair ``Q[p s + c - pad, q s + c - pad]`` instead of the window mean,
  while the layer's own weight gradient (every tap is trainable) still brings the window
  mean: ``K' = W_std^2 Q_c + b_std^2``, ``T' = W_std^2 Q_mean + b_std^2 + W_std^2 T_c``
  ("ntk"; "standard" likewise with ``n Q_mean + 1``). The NNGP is thus that of the same CNN
  with every filter cut to its centre tap (a 1x1 filter), the NTK is not quite (the
  off-centre taps' gradients). For ``f > 1`` this differs from the Gaussian CNTK:
  delta-orthogonal CNNs do *not* share the Gaussian infinite-width kernel (their
  Monte-Carlo NTK converges to this one: ``tests/test_orthogonal.py``).
* Readout: global average pooling averages ``Q``, ``T`` over all position pairs (fan-in
  ``C``); flatten averages the position diagonal (fan-in ``H W C``).

The output kernels are those of *one* output unit: they equal the ``"trace"`` empirical
NTK (mean over outputs of the diagonal blocks) in the infinite-width limit, and the NNGP
is the covariance of one output.

Dual activations: closed forms for ReLU (arc-cosine), erf and identity; any other
activation by a 2-D Gaussian quadrature (see :func:`dual_activation`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..finite.checks import check_finite_inputs, check_kernel_size
from ..finite.methods import NTKInputError
from ..networks.net import LayerNet
from ..networks.specs import CNNSpec, MLPSpec, SpecError
from .cnn import fast_cnn_kernels, fast_cnn_supported
from .dual import (CLOSED_FORM_ACTIVATIONS, DEFAULT_TABLE_NODES, _self_dual, dual_activation,
                   dual_activation_one_norm)
from .layers import layer_net_kernels
from .recurrent import has_rnn

__all__ = ["Kernels", "mlp_kernels", "mlp_kernels_from_cov", "mlp_kernel_on_sphere",
           "cnn_kernels", "analytic_kernels"]


@dataclass(frozen=True)
class Kernels:
    """Analytic kernels of one output unit.

    ``nngp[i, j] = K(x1_i, x2_j)`` (covariance of one output at initialisation),
    ``ntk[i, j] = Theta(x1_i, x2_j)``; both float64 of shape ``[N1, N2]`` (or the shape of
    the input grid for :func:`mlp_kernel_on_sphere`).
    """

    nngp: np.ndarray
    ntk: np.ndarray


# --------------------------------------------------------------------------------------
# MLP
# --------------------------------------------------------------------------------------
def _common_variance(qxx, qyy):
    """The one variance shared by all ``qxx`` and ``qyy`` entries (relative spread below
    1e-12, i.e. rounding of equal norms), else None."""
    v = np.concatenate([np.ravel(qxx), np.ravel(qyy)])
    if v.size == 0 or not np.all(np.isfinite(v)):
        return None
    lo, hi = v.min(), v.max()
    return float(v.mean()) if lo > 0 and hi - lo <= 1e-12 * hi else None


def _closed_form(spec) -> bool:
    """Whether ``spec``'s activation has closed-form dual maps (no quadrature, no table)."""
    return isinstance(spec.activation, str) and spec.activation in CLOSED_FORM_ACTIVATIONS


def _rounding_of(*xs) -> float:
    """Machine epsilon of the coarsest floating dtype among ``xs`` (None skipped); 0 when
    none is a float array (lists, integers: exact as given)."""
    eps = 0.0
    for x in xs:
        dt = getattr(x, "dtype", None)
        if dt is not None and np.issubdtype(dt, np.floating):
            eps = max(eps, float(np.finfo(dt).eps))
    return eps


def _snap_one_norm(x1, x2, eps):
    """``(x1, x2)`` (float64) with rows whose norms agree to ``eps``, the rounding of the
    dtype they came in (a float32 task on the sphere or a circle: relative spread ~1e-7),
    rescaled to their common mean norm (to 6 digits); unchanged otherwise and for float64
    inputs. :func:`_common_variance` then recognises inputs of one norm, and activations
    without a closed form (tanh, gelu) are evaluated from a 1-D table in the correlation
    instead of a 2-D quadrature per pair and layer (a depth-12 tanh net on 16 x 201 float32
    pairs: ~120 s per kernel, the table a few seconds). The inputs move by their own
    rounding, far below anything the kernels are compared with."""
    if not eps > np.finfo(np.float64).eps:
        return x1, x2
    xs = (x1,) if x2 is None else (x1, x2)
    norms = [np.sqrt(np.sum(a * a, axis=-1)) for a in xs]
    allv = np.concatenate([n.ravel() for n in norms])
    if not (allv.size and allv.min() > 0 and allv.max() - allv.min() <= 64 * eps * allv.max()):
        return x1, x2
    r = float(f"{allv.mean():.6g}")  # 1.0 for the unit sphere: the tables (cached per
    # variance) are then shared by every call on the task
    out = [a * (r / n)[..., None] for a, n in zip(xs, norms)]
    return out[0], (None if x2 is None else out[1])


def mlp_kernels_from_cov(spec: MLPSpec, kxx, kyy, kxy, d_in: int, *, method="auto",
                         order=None, table="auto") -> Kernels:
    """MLP kernels from the input covariances ``K0`` (elementwise, broadcasting).

    ``kxx = |x|^2 / d_in``, ``kyy = |y|^2 / d_in``, ``kxy = <x, y> / d_in`` (any broadcastable
    shapes); ``d_in`` is the first layer's fan-in (used by the standard parameterization).
    Applies ``depth`` times [Dense, nonlinearity] and the readout Dense (module docstring).

    ``table``: for activations without a closed form, when all inputs share one norm (all
    ``kxx``, ``kyy`` equal, e.g. data on a sphere) every layer's dual activation is a
    function of the correlation alone; ``"auto"`` (default) then evaluates it from a 1-D
    Chebyshev table in the correlation (:func:`~ntk_core.infinite.dual.dual_activation_one_norm`,
    error below 1e-9 relative, measured in the tests) instead of a 2-D quadrature per
    pair; ``False`` always uses the per-pair quadrature; an int sets the table's nodes.
    """
    W2, b2 = float(spec.W_std) ** 2, float(spec.b_std) ** 2
    standard = spec.parameterization == "standard"
    qxx, qyy, qxy = (np.asarray(a, np.float64) for a in (kxx, kyy, kxy))
    closed = _closed_form(spec)
    one = None
    if table is not False and not closed and method in ("auto", "quadrature", "hermite"):
        one = _common_variance(qxx, qyy)
    nodes = DEFAULT_TABLE_NODES if table in ("auto", True) else int(table or 0)
    t = 0.0
    fan_in = d_in
    for layer in range(spec.depth + 1):
        nxx, nyy, nxy = W2 * qxx + b2, W2 * qyy + b2, W2 * qxy + b2
        t = (fan_in * qxy + 1.0 + W2 * t) if standard else (nxy + W2 * t)
        if layer == spec.depth:
            return Kernels(np.asarray(nxy, np.float64), np.asarray(t, np.float64))
        if one is not None:  # all inputs of one norm: every layer keeps one variance
            v = W2 * one + b2
            m = "quadrature" if method == "auto" else method
            qxy, kdot = dual_activation_one_norm(spec.activation, v, nxy, nodes=nodes,
                                                 method=m, order=order)
            one = float(_self_dual(spec.activation, np.array([v]), m, order)[0])
            qxx, qyy = np.full_like(qxx, one), np.full_like(qyy, one)
        else:
            qxy, kdot = dual_activation(spec.activation, nxx, nyy, nxy, method=method,
                                        order=order)
            qxx = _self_dual(spec.activation, nxx, method, order)
            qyy = _self_dual(spec.activation, nyy, method, order)
        t = kdot * t
        fan_in = spec.width


def mlp_kernels(spec: MLPSpec, x1, x2=None, *, method="auto", order=None,
                block_rows=1024, table="auto") -> Kernels:
    """Analytic NNGP and NTK of ``spec`` between ``x1 [N1, d]`` and ``x2 [N2, d]``.

    Returns :class:`Kernels` with ``[N1, N2]`` float64 arrays (``x2=None``: ``x2 = x1``).
    Rows of ``x1`` are processed in blocks of ``block_rows``. Activations without a closed
    form on inputs that all share one norm (sphere data; float32 or float16 inputs whose
    norms agree to their dtype's rounding are first rescaled to that one norm) use a 1-D
    interpolation table in the correlation (``table``, see :func:`mlp_kernels_from_cov`),
    not a 2-D quadrature per pair.
    """
    eps = _rounding_of(x1, x2)
    x1, x2 = check_inputs(spec, x1, x2)
    if table is not False and not _closed_form(spec):  # float32 data of one norm: 1-D table
        x1, x2 = _snap_one_norm(x1, x2, eps)
    x2 = x1 if x2 is None else x2
    d = x1.shape[-1]
    n1x = np.sum(x1 * x1, -1) / d
    n2x = np.sum(x2 * x2, -1) / d
    nngp = np.empty((x1.shape[0], x2.shape[0]))
    ntk = np.empty_like(nngp)
    for i in range(0, x1.shape[0], block_rows):
        sl = slice(i, i + block_rows)
        k = mlp_kernels_from_cov(spec, n1x[sl, None], n2x[None, :], x1[sl] @ x2.T / d, d,
                                 method=method, order=order, table=table)
        nngp[sl], ntk[sl] = k.nngp, k.ntk
    return Kernels(nngp, ntk)


def mlp_kernel_on_sphere(spec: MLPSpec, u, d: int, *, radius=1.0, method="auto",
                         order=None, table="auto") -> Kernels:
    """MLP kernels as functions of ``u = <x^, y^>`` for ``|x| = |y| = radius`` in R^d.

    ``u`` any shape (values in [-1, 1]); returns :class:`Kernels` of that shape. This is the
    dot-product kernel ``k(u)`` used by :mod:`ntk_core.sphere` (Funk-Hecke spectra).
    """
    u = np.clip(np.asarray(u, np.float64), -1.0, 1.0)
    s = radius ** 2 / d
    return mlp_kernels_from_cov(spec, np.full_like(u, s), np.full_like(u, s), s * u, d,
                                method=method, order=order, table=table)


# --------------------------------------------------------------------------------------
# CNN
# --------------------------------------------------------------------------------------
def _pads(size, layer):
    if layer.padding == "VALID":
        return 0, 0, (size - layer.filter_size) // layer.stride + 1
    out = -(-size // layer.stride)
    total = max((out - 1) * layer.stride + layer.filter_size - size, 0)
    return total // 2, total - total // 2, out


def _taps(f, centre):
    return ([(f - 1) // 2], 1) if centre else (range(f), f ** 2)


def _window_mean_pairs(a, layer, hw, centre=False):
    """Window mean over aligned position pairs: ``a [..., H, W, H, W] -> [..., H', W', H', W']``
    (``centre``: the centre tap's pair only, the delta-orthogonal forward map)."""
    (h, w), f, s = hw, layer.filter_size, layer.stride
    plh, phh, oh = _pads(h, layer)
    plw, phw, ow = _pads(w, layer)
    pad = [(0, 0)] * (a.ndim - 4) + [(plh, phh), (plw, phw), (plh, phh), (plw, phw)]
    ap = np.pad(a, pad)
    out = np.zeros(a.shape[:-4] + (oh, ow, oh, ow))
    eh, ew = s * (oh - 1) + 1, s * (ow - 1) + 1
    taps, norm = _taps(f, centre)
    for i in taps:
        for j in taps:
            out += ap[..., i:i + eh:s, j:j + ew:s, i:i + eh:s, j:j + ew:s]
    return out / norm


def _window_mean_diag(a, layer, hw, centre=False):
    """Window mean on the position diagonal: ``a [..., H, W] -> [..., H', W']``."""
    (h, w), f, s = hw, layer.filter_size, layer.stride
    plh, phh, oh = _pads(h, layer)
    plw, phw, ow = _pads(w, layer)
    ap = np.pad(a, [(0, 0)] * (a.ndim - 2) + [(plh, phh), (plw, phw)])
    out = np.zeros(a.shape[:-2] + (oh, ow))
    eh, ew = s * (oh - 1) + 1, s * (ow - 1) + 1
    taps, norm = _taps(f, centre)
    for i in taps:
        for j in taps:
            out += ap[..., i:i + eh:s, j:j + ew:s]
    return out / norm


def _cnn_self_variances(spec: CNNSpec, x, method, order):
    """Pre-activation variances per conv layer and position: list of ``[N, H_l, W_l]``."""
    W2, b2 = float(spec.W_std) ** 2, float(spec.b_std) ** 2
    q = np.mean(x * x, -1)  # [N, H, W]: K0 on the diagonal
    hw = x.shape[1:3]
    out = []
    delta = spec.weight_init == "delta_orthogonal"
    for layer in spec.layers:
        k = W2 * _window_mean_diag(q, layer, hw, delta) + b2
        out.append(k)
        q = _self_dual(spec.activation, k, method, order)
        hw = k.shape[-2:]
    return out


def _cnn_block(spec, x1, x2, v1, v2, method, order):
    """Kernels for all pairs of ``x1 [B1, H, W, C]`` and ``x2 [B2, H, W, C]`` -> [B1, B2]."""
    W2, b2 = float(spec.W_std) ** 2, float(spec.b_std) ** 2
    standard = spec.parameterization == "standard"
    gap = spec.readout == "gap"
    c_in = x1.shape[-1]
    hw = x1.shape[1:3]
    if gap:  # all position pairs: [B1, B2, H, W, H, W]
        q = np.einsum("ahwc,bijc->abhwij", x1, x2) / c_in
    else:  # position diagonal only: [B1, B2, H, W]
        q = np.einsum("ahwc,bhwc->abhw", x1, x2) / c_in
    t = np.zeros_like(q)
    delta = spec.weight_init == "delta_orthogonal"
    for layer, k1, k2 in zip(spec.layers, v1, v2):
        fan_in = c_in * layer.filter_size ** 2
        wm = _window_mean_pairs if gap else _window_mean_diag
        mq, mt = wm(q, layer, hw), wm(t, layer, hw)
        cq = wm(q, layer, hw, True) if delta else mq   # the forward map's taps
        if delta:
            mt = wm(t, layer, hw, True)
        k = W2 * cq + b2
        own = (fan_in * mq + 1.0) if standard else (W2 * mq + b2)   # this layer's W and b
        t = own + W2 * mt
        if gap:
            kxx = k1[:, None, :, :, None, None]
            kyy = k2[None, :, None, None, :, :]
        else:
            kxx, kyy = k1[:, None], k2[None, :]
        q, kdot = dual_activation(spec.activation, kxx, kyy, k, method=method, order=order)
        t = kdot * t
        c_in, hw = layer.channels, k1.shape[-2:]
    if gap:
        qr, tr = q.mean(axis=(2, 3, 4, 5)), t.mean(axis=(2, 3, 4, 5))
        fan_in = c_in
    else:
        qr, tr = q.mean(axis=(2, 3)), t.mean(axis=(2, 3))
        fan_in = c_in * hw[0] * hw[1]
    nngp = W2 * qr + b2
    ntk = (fan_in * qr + 1.0 + W2 * tr) if standard else (nngp + W2 * tr)
    return nngp, ntk


def cnn_kernels(spec: CNNSpec, x1, x2=None, *, method="auto", order=None,
                block=None, engine="auto", progress=None) -> Kernels:
    """Analytic NNGP and NTK (CNTK) of ``spec`` for NHWC images.

    ``x1 [N1, H, W, C]``, ``x2 [N2, H, W, C]`` (``None``: ``x1``); returns :class:`Kernels`
    with ``[N1, N2]`` float64 arrays. With GAP readout the covariance of every pair of
    spatial positions is tracked (memory ``block^2 (H W)^2`` per array); with flatten only
    the position diagonal. Computed in ``block x block`` tiles of input pairs (for
    ``x2=None`` only the upper triangle of tiles, mirrored).

    ``engine``: ``"auto"`` uses the jitted float64 JAX engine of
    :mod:`ntk_core.infinite.cnn` (blocks over devices, ``progress(done, total)``) for
    closed-form activations and this numpy recursion otherwise (quadrature duals);
    ``"jax"`` insists on the former, ``"numpy"`` on the latter (the reference).
    """
    if engine not in ("auto", "jax", "numpy"):
        raise NTKInputError(f"engine must be 'auto', 'jax' or 'numpy', got {engine!r}")
    x1, x2 = check_inputs(spec, x1, x2)
    if spec.weight_init == "delta_orthogonal":   # its recursion: numpy only
        if engine == "jax":
            raise NTKInputError("the jitted CNN engine has no delta-orthogonal recursion; "
                                "use engine='numpy' or 'auto'")
        engine = "numpy"
    if engine == "jax" or (engine == "auto" and fast_cnn_supported(spec, method)):
        nngp, ntk = fast_cnn_kernels(spec, x1, x2, block=block, progress=progress)
        return Kernels(nngp, ntk)
    return _cnn_kernels_numpy(spec, x1, x2, method=method, order=order, block=block or 16)


def _cnn_kernels_numpy(spec: CNNSpec, x1, x2=None, *, method="auto", order=None,
                       block=16) -> Kernels:
    """The numpy reference recursion of :func:`cnn_kernels` (any activation)."""
    x1 = np.asarray(x1, np.float64)
    sym = x2 is None
    x2 = x1 if sym else np.asarray(x2, np.float64)
    spec.spatial_sizes(x1.shape)  # validates the sizes
    v1 = _cnn_self_variances(spec, x1, method, order)
    v2 = v1 if sym else _cnn_self_variances(spec, x2, method, order)
    n1, n2 = x1.shape[0], x2.shape[0]
    nngp = np.empty((n1, n2))
    ntk = np.empty((n1, n2))
    for i in range(0, n1, block):
        si = slice(i, i + block)
        for j in range(i if sym else 0, n2, block):
            sj = slice(j, j + block)
            a, b = _cnn_block(spec, x1[si], x2[sj], [v[si] for v in v1], [v[sj] for v in v2],
                              method, order)
            nngp[si, sj], ntk[si, sj] = a, b
            if sym and j != i:
                nngp[sj, si], ntk[sj, si] = a.T, b.T
    return Kernels(nngp, ntk)


def analytic_kernels(spec, x1, x2=None, **kwargs) -> Kernels:
    """Dispatch to :func:`mlp_kernels`, :func:`cnn_kernels` or (``LayerNet``)
    :func:`ntk_core.infinite.layers.layer_net_kernels` by the spec's type."""
    if isinstance(spec, LayerNet):
        x1, x2 = check_inputs(spec, x1, x2)
        return Kernels(*layer_net_kernels(spec, x1, x2, **kwargs))
    if isinstance(spec, MLPSpec):
        return mlp_kernels(spec, x1, x2, **kwargs)
    if isinstance(spec, CNNSpec):
        return cnn_kernels(spec, x1, x2, **kwargs)
    raise SpecTypeError(f"expected an MLPSpec, CNNSpec or LayerNet, got {type(spec).__name__}")


class SpecTypeError(NTKInputError, TypeError):
    """``analytic_kernels`` was given something that is not a network spec."""


def check_inputs(spec, x1, x2=None) -> tuple[np.ndarray, np.ndarray | None]:
    """Inputs of the analytic kernels as float64 arrays, checked before any heavy work:
    numbers, the shape the spec takes (MLP ``[N, d]``, CNN ``[N, H, W, C]``, a LayerNet its
    own), the same per-example shape for ``x1`` and ``x2``, both kernels' size against the
    host's memory (independent of N), and no NaN / infinite values (refused the same way
    as by :func:`ntk_core.finite.empirical.compute_ntk`). Raises :class:`NTKInputError`
    (or :class:`~ntk_core.finite.auto.NTKMemoryError`) saying what to change."""
    xs = []
    for name, x in (("x1", x1), ("x2", x2)):
        if x is None:
            xs.append(None)
            continue
        try:
            a = np.asarray(x)
            if a.dtype.kind not in "fiu":
                raise TypeError(f"dtype {a.dtype}")
            a = a.astype(np.float64, copy=False)
        except (TypeError, ValueError) as e:
            raise NTKInputError(f"{name} must be an array of numbers ({e})") from None
        want = {MLPSpec: 2, CNNSpec: 4}.get(type(spec))
        if a.ndim < 2 or (want and a.ndim != want):
            form = {2: "[N, d]", 4: "[N, H, W, C] (NHWC images)"}.get(want, "[N, ...]")
            raise NTKInputError(f"{name} must be a batch {form}, got shape {a.shape}"
                                + ("; for one example use x[None]" if a.ndim == want - 1
                                   else ""))
        if a.shape[0] < 1:
            raise NTKInputError(f"{name} is an empty batch (shape {a.shape})")
        xs.append(a)
    a1, a2 = xs
    # sequences [T, C] of an RNN may be padded to different lengths T in x1 and x2
    seq = isinstance(spec, LayerNet) and has_rnn(spec)
    if a2 is not None and (a2.shape[2:] != a1.shape[2:] if seq else a2.shape[1:] != a1.shape[1:]):
        raise NTKInputError(f"x1 and x2 must have the same per-example shape"
                            f"{' (up to the sequence length)' if seq else ''}, got "
                            f"{a1.shape[1:]} and {a2.shape[1:]}")
    try:
        if isinstance(spec, CNNSpec):
            spec.spatial_sizes((1,) + a1.shape[1:])
        elif isinstance(spec, LayerNet):
            spec.shapes((1,) + a1.shape[1:])
    except SpecError as e:
        raise NTKInputError(f"the inputs' shape {a1.shape[1:]} does not fit the network: {e}") \
            from None
    # nngp and ntk, and about as much again in the recursion's temporaries
    check_kernel_size(a1.shape[0], (a1 if a2 is None else a2).shape[0], 1, 8, copies=4,
                      what="the analytic NNGP and NTK")
    check_finite_inputs(a1, "x1")
    if a2 is not None:
        check_finite_inputs(a2, "x2")
    return a1, a2

"""Random features of the CNN's infinite-width NNGP / NTK (CNTK) for conv + ReLU nets with
GAP or flatten readout, linear in the number of pixels: ``Phi = cntk_feature_map(...)(x)``
with ``Phi Phi^T ~`` :func:`ntk_core.infinite.analytic.cnn_kernels`.

The recursion is that of ``cnn_kernels`` with per-pixel features whose inner products
estimate every pixel pair's kernel (the layer recursion of the CNTK sketch of Zandieh et
al. 2021, with the leverage-score arc-cosine features and TensorSRHT of
:mod:`.ntk_sketch` in place of its polynomial sketches):

* input: ``K0(x_p, y_q) = <x_p, y_q> / C`` -> per-pixel features ``x_p / sqrt(C)``;
* conv layer (filter ``f``, stride, SAME / VALID): the window mean over the ``f^2``
  aligned offsets, ``(1 / f^2) sum_a Q(x_{p+a}, y_{q+a})``, is the inner product of the
  concatenated neighbours' features divided by ``f`` (zero features in the padding):
  ``psi_p = [W patch_p(phi_Q) / f, b]``; the NTK part likewise
  ``[psi_p, W patch_p(phi_T) / f]`` (``"standard"``: ``[sqrt(fan_in) patch_p(phi_Q) / f,
  1, W patch_p(phi_T) / f]``, ``fan_in = C_in f^2``);
* ReLU: ``relu(G psi_p)``, ``step(G psi_p)`` with one direction matrix ``G`` shared by all
  pixels (so every pixel pair, not only aligned ones, is estimated), directions uniform
  with norm ``sqrt(dim)`` (the arc-cosine kernel's leverage distribution); ``T <- Kdot * T``
  by a per-pixel TensorSRHT of the step features and ``phi_T``;
* GAP readout: the mean over positions (the kernel averages all ``(H W)^2`` position
  pairs: ``<mean_p phi(x_p), mean_q phi(y_q)>``); flatten: the concatenation over
  positions divided by ``sqrt(H W)`` (the position diagonal), then ``[W phi, b]`` and the
  NTK's ``[.., W phi_T]`` (``"standard"``: fan-in ``C`` or ``C H W``).

Cost per image ``O(H W f^2 m^2)`` per layer -- linear in pixels, where the exact CNTK
with GAP costs ``(H W)^2`` per image pair. Jitted JAX in float32 over row chunks.

``method="ntk_sketch"``: the CNTK Sketch proper of Zandieh et al. (2021): the ReLU's dual
maps on the unit sphere, ``k1(t) = (sqrt(1 - t^2) + (pi - arccos t) t) / (2 pi)`` (so
``Q = |a| |b| k1(t)``) and ``k0(t) = (pi - arccos t) / (2 pi)`` (``Kdot``), are fitted by
polynomials with non-negative coefficients (:func:`.sketch.fit_nonnegative_polynomial`,
degree ``degree``; sup errors ``fits[0].rel_error``, ``fits[1].rel_error``), and each
pixel's ``psi_p`` is split into its norm (estimated by the features themselves) and its
direction ``u_p``: ``phi_Q(p) = |psi_p| S1(u_p)``, ``step(p) = S0(u_p)`` with ``S1``,
``S0`` the polynomials' features (exact low degrees + PolySketch trees of TensorSRHTs on
JAX's FFT, :func:`.ntk_sketch.poly_features_params`); the Hadamard product with ``phi_T``
by TensorSRHT as above. No ``m x m`` products: ``O(H W f^2 m log m)`` per layer. Its
bias is the fits' error (the step map's kink at ``t = +-1`` limits it: 3.4 % of ``k0(1)``
at degree 8, 2.3 % at 16).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache, partial

import jax
import jax.numpy as jnp
import numpy as np

from ..infinite.dual import closed_form_dual
from ..networks.specs import CNNSpec
from .ntk_sketch import (_leverage_directions, _poly_finish, _poly_sketches, _rows,
                         poly_features_params)
from .random_features import _rng, check_request, feature_dims
from .sketch import (PolyFit, _tensor_srht, fit_nonnegative_polynomial, symmetric_power_dim,
                     tensor_srht_params)

__all__ = ["CNTKFeatureMap", "cntk_feature_map", "CNTK_METHODS", "relu_dual_fits"]

CNTK_METHODS = ("leverage", "ntk_sketch")
CNTK_SKETCH_DEGREE = 8


def _k1(t):
    return closed_form_dual("relu", 1.0, 1.0, np.asarray(t, np.float64))[0]


def _k0(t):
    return closed_form_dual("relu", 1.0, 1.0, np.asarray(t, np.float64))[1]


@lru_cache(maxsize=8)
def relu_dual_fits(degree: int) -> tuple[PolyFit, PolyFit]:
    """Non-negative polynomial fits of the ReLU's dual maps ``(k1, k0)`` on [-1, 1]:
    ``E[relu(g.a) relu(g.b)] = |a| |b| k1(t)``, ``E[step(g.a) step(g.b)] = k0(t)`` for
    ``g ~ N(0, I)``, ``t = <a, b> / (|a| |b|)``."""
    return fit_nonnegative_polynomial(_k1, int(degree)), fit_nonnegative_polynomial(_k0,
                                                                                  int(degree))


def _poly_apply(params, u):
    return _poly_finish(params, *_poly_sketches(params, u), normalize=True)


def _poly_relu(p, psi):
    """``(phi_Q, step)`` features of the pixels ``psi [..., D]`` by the fitted dual maps."""
    lead = psi.shape[:-1]
    flat = psi.reshape(-1, psi.shape[-1])
    norm = jnp.linalg.norm(flat, axis=-1, keepdims=True)
    u = flat / jnp.maximum(norm, 1e-30)
    phi_q = (_poly_apply(p["relu"], u) * norm).reshape(lead + (-1,))
    step = None if p["step"] is None else _poly_apply(p["step"], u).reshape(lead + (-1,))
    return phi_q, step


def _patches(z, f, stride, padding):
    """``[N, H, W, D] -> [N, H', W', f^2 D]``: each position's window, zeros outside."""
    return jax.lax.conv_general_dilated_patches(
        z, (f, f), (stride, stride), padding, dimension_numbers=("NHWC", "OIHW", "NHWC"))


@partial(jax.jit, static_argnames=("cfg",))
def _cntk_forward(params, x, cfg):
    W, b, standard, ntk, layers, gap, c_in, poly = cfg
    phi_q, phi_t = x / np.sqrt(x.shape[-1]), None
    for li, (f, stride, padding, channels) in enumerate(layers):
        pq = _patches(phi_q, f, stride, padding) / f
        ones = jnp.ones(pq.shape[:-1] + (1,), x.dtype)
        psi = jnp.concatenate([W * pq, b * ones], -1)
        if ntk:
            own = [np.sqrt(c_in * f * f) * pq, ones] if standard else [psi]
            prev = [] if phi_t is None else [W * _patches(phi_t, f, stride, padding) / f]
            phi_t = jnp.concatenate(own + prev, -1)
        if poly:
            phi_q, step = _poly_relu(params["P"][li], psi)
        else:
            h = psi @ params["G"][li]
            scale = np.float32(1.0 / np.sqrt(h.shape[-1]))
            phi_q, step = jax.nn.relu(h) * scale, (h > 0).astype(x.dtype) * scale
        if ntk:
            phi_t = _tensor_srht(params["T"][li], step, phi_t)
        c_in = channels
    n, hh, ww = phi_q.shape[:3]
    if gap:
        rq, fan = phi_q.mean((1, 2)), c_in
        rt = None if phi_t is None else phi_t.mean((1, 2))
    else:
        rq, fan = phi_q.reshape(n, -1) / np.sqrt(hh * ww), c_in * hh * ww
        rt = None if phi_t is None else phi_t.reshape(n, -1) / np.sqrt(hh * ww)
    ones = jnp.ones((n, 1), x.dtype)
    if not ntk:
        return jnp.concatenate([W * rq, b * ones], -1)
    own = [np.sqrt(fan) * rq, ones] if standard else [W * rq, b * ones]
    return jnp.concatenate(own + [W * rt], -1)


@dataclass(frozen=True, eq=False)
class CNTKFeatureMap:
    """Random features of ``spec``'s NNGP / NTK for images ``[N, H, W, C]`` by ``method``
    (``fits``: the ReLU dual maps' polynomial fits for ``"ntk_sketch"``, else ``None``)."""

    spec: CNNSpec
    kernel: str
    image_shape: tuple
    params: dict = field(repr=False)
    method: str = "leverage"
    fits: tuple | None = None

    @property
    def cfg(self):
        s = self.spec
        layers = tuple((int(c.filter_size), int(c.stride), c.padding, int(c.channels))
                       for c in s.layers)
        return (float(s.W_std), float(s.b_std), s.parameterization == "standard",
                self.kernel == "ntk", layers, s.readout == "gap", int(self.image_shape[-1]),
                self.method == "ntk_sketch")

    @property
    def dim(self) -> int:
        return int(self(np.zeros((1,) + tuple(self.image_shape))).shape[1])

    def __call__(self, x, chunk: int = 64) -> np.ndarray:
        """Features ``[N, m']`` of images ``x [N, H, W, C]`` (``chunk`` images at a time)."""
        x = np.asarray(x)
        if x.ndim != 4 or tuple(x.shape[1:]) != tuple(self.image_shape):
            raise ValueError(f"expected images [N, {', '.join(map(str, self.image_shape))}], "
                             f"got {x.shape}")
        return _rows(partial(_cntk_forward, self.params, cfg=self.cfg), x, chunk)


def cntk_feature_map(spec: CNNSpec, image_shape, m: int, key=0, *, kernel: str = "ntk",
                     method: str = "leverage", degree: int = CNTK_SKETCH_DEGREE
                     ) -> CNTKFeatureMap:
    """Draw CNTK features with about ``m`` features per pixel and layer (half for the ReLU,
    half for the NTK's sketched Hadamard product) for images of ``image_shape = (H, W, C)``
    by ``method``: ``"leverage"`` (arc-cosine features on leverage-score directions) or
    ``"ntk_sketch"`` (polynomial fits of degree ``degree`` of the dual maps + PolySketch).

    The output has ``m/2 + 1 + m/2`` columns (GAP, NTK parameterization; ``"ntk_sketch"``
    rounds the per-degree sketches down to fast FFT sizes) or ``H' W'`` times as many with
    flatten. ReLU only; raises ``ValueError`` otherwise.
    """
    check_request(spec, kernel, m, "CNTK features")
    if method not in CNTK_METHODS:
        raise ValueError(f"unknown CNTK feature method {method!r}; choose one of {CNTK_METHODS}")
    image_shape = tuple(int(v) for v in image_shape)
    spec.spatial_sizes((1,) + image_shape)  # raises SpecError if an image vanishes
    rng = _rng(key)
    m_relu, m_sk = feature_dims(m, kernel)
    standard = spec.parameterization == "standard"
    poly = method == "ntk_sketch"
    fits = relu_dual_fits(int(degree)) if poly else None
    G, T, P = [], [], []
    dim_q, dim_t = image_shape[-1], 0
    for layer in spec.layers:
        f2 = layer.filter_size ** 2
        dim_psi = f2 * dim_q + 1
        if poly:
            relu, ex, dims = poly_features_params(rng, fits[0].coef, dim_psi, m_relu)
            new_q = sum(symmetric_power_dim(dim_psi, j) for j in ex) + sum(dims.values())
            step, dim_step = None, 0
            if kernel == "ntk":
                step, ex, dims = poly_features_params(rng, fits[1].coef, dim_psi, m_sk)
                dim_step = sum(symmetric_power_dim(dim_psi, j) for j in ex) + sum(dims.values())
            P.append({"relu": relu, "step": step})
        else:
            G.append(_leverage_directions(rng, dim_psi, m_relu))
            new_q = dim_step = m_relu
        if kernel == "ntk":
            dim_t = (f2 * dim_q + 1 if standard else dim_psi) + f2 * dim_t
            T.append(tensor_srht_params(rng, dim_step, dim_t, m_sk))
            dim_t = m_sk
        dim_q = new_q
    return CNTKFeatureMap(spec, kernel, image_shape, {"G": G, "T": T, "P": P}, method, fits)

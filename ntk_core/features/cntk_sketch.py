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
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

from ..networks.specs import CNNSpec
from .ntk_sketch import _leverage_directions, _rows
from .random_features import _rng, check_request, feature_dims
from .sketch import _tensor_srht, tensor_srht_params

__all__ = ["CNTKFeatureMap", "cntk_feature_map"]


def _patches(z, f, stride, padding):
    """``[N, H, W, D] -> [N, H', W', f^2 D]``: each position's window, zeros outside."""
    return jax.lax.conv_general_dilated_patches(
        z, (f, f), (stride, stride), padding, dimension_numbers=("NHWC", "OIHW", "NHWC"))


@partial(jax.jit, static_argnames=("cfg",))
def _cntk_forward(params, x, cfg):
    W, b, standard, ntk, layers, gap, c_in = cfg
    phi_q, phi_t = x / np.sqrt(x.shape[-1]), None
    for li, (f, stride, padding, channels) in enumerate(layers):
        pq = _patches(phi_q, f, stride, padding) / f
        ones = jnp.ones(pq.shape[:-1] + (1,), x.dtype)
        psi = jnp.concatenate([W * pq, b * ones], -1)
        if ntk:
            own = [np.sqrt(c_in * f * f) * pq, ones] if standard else [psi]
            prev = [] if phi_t is None else [W * _patches(phi_t, f, stride, padding) / f]
            phi_t = jnp.concatenate(own + prev, -1)
        h = psi @ params["G"][li]
        scale = np.float32(1.0 / np.sqrt(h.shape[-1]))
        phi_q = jax.nn.relu(h) * scale
        if ntk:
            phi_t = _tensor_srht(params["T"][li], (h > 0).astype(x.dtype) * scale, phi_t)
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
    """Random features of ``spec``'s NNGP / NTK for images ``[N, H, W, C]``."""

    spec: CNNSpec
    kernel: str
    image_shape: tuple
    params: dict = field(repr=False)

    @property
    def cfg(self):
        s = self.spec
        layers = tuple((int(c.filter_size), int(c.stride), c.padding, int(c.channels))
                       for c in s.layers)
        return (float(s.W_std), float(s.b_std), s.parameterization == "standard",
                self.kernel == "ntk", layers, s.readout == "gap", int(self.image_shape[-1]))

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


def cntk_feature_map(spec: CNNSpec, image_shape, m: int, key=0, *,
                     kernel: str = "ntk") -> CNTKFeatureMap:
    """Draw CNTK random features with ``m`` features per pixel and layer (half arc-cosine,
    half TensorSRHT for the NTK) for images of ``image_shape = (H, W, C)``.

    The output has ``m/2 + 1 + m/2`` columns (GAP, NTK parameterization) or ``H' W'`` times
    as many with flatten. ReLU only; raises ``ValueError`` otherwise.
    """
    check_request(spec, kernel, m, "CNTK features")
    image_shape = tuple(int(v) for v in image_shape)
    spec.spatial_sizes((1,) + image_shape)  # raises SpecError if an image vanishes
    rng = _rng(key)
    m_relu, m_sk = feature_dims(m, kernel)
    standard = spec.parameterization == "standard"
    G, T = [], []
    dim_q, dim_t = image_shape[-1], 0
    for layer in spec.layers:
        f2 = layer.filter_size ** 2
        dim_psi = f2 * dim_q + 1
        G.append(_leverage_directions(rng, dim_psi, m_relu))
        if kernel == "ntk":
            dim_t = (f2 * dim_q + 1 if standard else dim_psi) + f2 * dim_t
            T.append(tensor_srht_params(rng, m_relu, dim_t, m_sk))
            dim_t = m_sk
        dim_q = m_relu
    return CNTKFeatureMap(spec, kernel, image_shape, {"G": G, "T": T})

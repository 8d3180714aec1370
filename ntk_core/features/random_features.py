"""Random features of the ReLU MLP's infinite-width NNGP and NTK, any depth, both
parameterizations: ``Phi = features(x) [N, m]`` with ``Phi Phi^T ~ K`` (unbiased).

The recursion is that of :func:`ntk_core.infinite.analytic.mlp_kernels_from_cov`, with
every kernel replaced by features whose inner products estimate it:

* input: ``K0 = <x, y> / d`` -> exact features ``x / sqrt(d)``;
* affine layer: ``K' = W^2 Q + b^2`` -> ``[W phi_Q, b]`` (exact given ``phi_Q``);
  ``"ntk"``: ``T' = K' + W^2 T`` -> ``[phi_K', W phi_T]``; ``"standard"``:
  ``T' = n Q + 1 + W^2 T`` -> ``[sqrt(n) phi_Q, 1, W phi_T]`` (``n`` the layer's fan-in);
* ReLU, with ``psi = phi_K'`` and ``g ~ N(0, I)``: ``E[relu(g.psi(x)) relu(g.psi(y))]`` is
  the arc-cosine kernel ``Q`` and ``E[step(g.psi(x)) step(g.psi(y))] = Kdot`` (Cho & Saul
  2009), so ``phi_Q = relu(G psi) / sqrt(m)`` with ``m`` Gaussian rows ``G``;
* ``T <- Kdot * T`` (Hadamard product): a Gaussian tensor sketch, ``z_k =
  step(g_k.psi) (r_k.phi_T) / sqrt(m)`` with independent ``g_k, r_k ~ N(0, I)``:
  ``E[z_k(x) z_k(y)] = Kdot(x, y) T(x, y)``; this is the role TensorSRHT plays in the
  NTK feature map of Zandieh et al. (2021, "Scaling Neural Tangent Kernels via Sketching
  and Random Features"), with dense Gaussian instead of subsampled randomized Hadamard
  projections (simpler, the same ``O(m^-1/2)`` error, ``O(N m^2)`` instead of
  ``O(N m log m)`` time per layer).

Not done (documented, not silently approximated): the leverage-score sampling of the
first layer's directions of Zandieh et al. (it pays for data far from isotropic; on the
sphere the Gaussian directions are already the leverage distribution of the arc-cosine
kernel up to the norm factor), and features for the CNN-GAP kernel (CNTK sketch): the
GAP kernel averages ``(H W)^2`` position pairs, each needing its own sketch of a
depth-``L`` recursion, which this package does not offer -- use the exact fast kernel of
:mod:`ntk_core.infinite.cnn` for CNNs.

Randomness: every map takes ``key`` (an int seed or a ``numpy.random.Generator``) and is a
frozen :class:`FeatureMap` holding its random matrices, so train and test points go
through the same map. Features are computed in row chunks (memory ``O(chunk m)``) in
``dtype`` (float32 by default: the Monte-Carlo error ``~ m^-1/2`` dwarfs its rounding).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..networks.specs import MLPSpec

__all__ = ["FeatureMap", "relu_feature_map", "relu_features", "feature_dims",
           "laplace_fourier_features"]


def _rng(key) -> np.random.Generator:
    if isinstance(key, np.random.Generator):
        return key
    if isinstance(key, (int, np.integer)):
        return np.random.default_rng(int(key))
    raise TypeError(f"key must be an int seed or a numpy Generator, got {type(key).__name__}")


def feature_dims(m: int, kernel: str) -> tuple[int, int]:
    """Split a total feature count ``m`` into ``(m_relu, m_sketch)`` per hidden layer.

    NNGP features are ``relu(G psi)`` only (``m_sketch = 0``); NTK features carry half
    their coordinates in the arc-cosine part and half in the Hadamard sketch.
    """
    if kernel == "nngp":
        return int(m), 0
    return max(1, int(m) - int(m) // 2), max(1, int(m) // 2)


@dataclass(frozen=True, eq=False)
class FeatureMap:
    """A fixed random feature map of a ReLU MLP kernel.

    ``spec``: the network (ReLU, any depth, either parameterization); ``kernel``: "ntk" or
    "nngp"; ``d_in``; ``G`` (per hidden layer ``[dim psi_l, m_relu]``), ``S`` and ``R``
    (per hidden layer, the sketch's ``[dim psi_l, m_sketch]`` and ``[dim phi_T, m_sketch]``
    Gaussian matrices). Call :meth:`__call__` on inputs ``[N, d_in]``.
    """

    spec: MLPSpec
    kernel: str
    d_in: int
    G: tuple
    S: tuple
    R: tuple
    dtype: type = np.float32

    @property
    def dim(self) -> int:
        """Number of features ``m`` (columns of the output)."""
        return int(self(np.zeros((1, self.d_in)), chunk=1).shape[1])

    def _block(self, x):
        spec, dt = self.spec, self.dtype
        W, b = float(spec.W_std), float(spec.b_std)
        standard = spec.parameterization == "standard"
        ntk = self.kernel == "ntk"
        n_rows = x.shape[0]
        ones = np.ones((n_rows, 1), dt)
        phi_q = (x / np.sqrt(self.d_in)).astype(dt)  # features of K0
        phi_t = None
        fan_in = self.d_in
        for layer in range(spec.depth + 1):
            psi = np.concatenate([W * phi_q, b * ones], 1)  # K' = W^2 Q + b^2
            if ntk:
                own = [np.sqrt(fan_in) * phi_q, ones] if standard else [psi]
                phi_t = np.concatenate(own + ([] if phi_t is None else [W * phi_t]), 1)
            if layer == spec.depth:
                return phi_t if ntk else psi
            g = self.G[layer]
            phi_q = np.maximum(psi @ g, 0) / np.sqrt(g.shape[1], dtype=dt)
            if ntk:  # T <- Kdot * T by the Gaussian tensor sketch
                s, r = self.S[layer], self.R[layer]
                phi_t = (psi @ s > 0).astype(dt) * (phi_t @ r) / np.sqrt(s.shape[1], dtype=dt)
            fan_in = spec.width

    def __call__(self, x, chunk: int = 4096) -> np.ndarray:
        """Features ``[N, m]`` of ``x [N, d_in]`` (rows in chunks of ``chunk``)."""
        x = np.asarray(x)
        if x.ndim != 2 or x.shape[1] != self.d_in:
            raise ValueError(f"expected inputs [N, {self.d_in}], got {x.shape}")
        blocks = [self._block(x[i:i + chunk].astype(self.dtype)) for i in
                  range(0, max(len(x), 1), chunk)]
        return np.concatenate(blocks, 0) if blocks else np.zeros((0, 0), self.dtype)


def _normal(rng, shape, dtype):
    """Standard normal draws made in ``dtype`` directly when numpy can (float32: half the
    memory and time of drawing float64 and casting)."""
    if np.dtype(dtype) in (np.dtype(np.float32), np.dtype(np.float64)):
        return rng.standard_normal(shape, dtype=np.dtype(dtype).type)
    return rng.standard_normal(shape).astype(dtype)


def relu_feature_map(spec: MLPSpec, d_in: int, m: int, key=0, *, kernel: str = "ntk",
                     dtype=np.float32) -> FeatureMap:
    """Draw a :class:`FeatureMap` with about ``m`` features for ``spec``'s ``kernel``.

    The output has ``m_relu + 1 + m_sketch`` columns ("ntk", ``"ntk"`` parameterization)
    -- :func:`feature_dims` -- plus the ``d_in + 1`` exact first-layer columns for depth 0.
    Raises ``ValueError`` for activations other than ReLU or ``m < 2``.
    """
    check_request(spec, kernel, m)
    rng = _rng(key)
    m_relu, m_sk = feature_dims(m, kernel)
    standard = spec.parameterization == "standard"
    G, S, R = [], [], []
    dim_q, dim_t = d_in, 0
    for _ in range(spec.depth):
        dim_psi = dim_q + 1
        if kernel == "ntk":
            dim_t = (dim_q + 1 if standard else dim_psi) + dim_t
        G.append(_normal(rng, (dim_psi, m_relu), dtype))
        if kernel == "ntk":
            S.append(_normal(rng, (dim_psi, m_sk), dtype))
            R.append(_normal(rng, (dim_t, m_sk), dtype))
            dim_t = m_sk
        dim_q = m_relu
    return FeatureMap(spec, kernel, int(d_in), tuple(G), tuple(S), tuple(R), dtype)


def relu_features(spec: MLPSpec, x, m: int, key=0, *, kernel: str = "ntk",
                  dtype=np.float32, chunk: int = 4096) -> np.ndarray:
    """``Phi [N, ~m]`` with ``Phi Phi^T ~ K`` for ``x [N, d]`` (one fresh map; use
    :func:`relu_feature_map` to featurise train and test points with the same map)."""
    x = np.asarray(x)
    return relu_feature_map(spec, x.shape[1], m, key, kernel=kernel, dtype=dtype)(x, chunk)


def laplace_fourier_features(x, c: float, m: int, key=0, *, dtype=np.float32) -> np.ndarray:
    """Random Fourier features of the Laplace kernel ``exp(-c |x - y|)``: ``[N, m]``.

    Its spectral density is the multivariate Cauchy law (Student t with one degree of
    freedom) scaled by ``c``: ``w = c z / |u|`` with ``z ~ N(0, I_d)``, ``u ~ N(0, 1)``;
    features ``sqrt(2 / m) cos(w.x + b)``, ``b ~ U[0, 2 pi)`` (Rahimi & Recht 2007).
    """
    x = np.asarray(x, np.float64)
    rng = _rng(key)
    w = c * rng.standard_normal((x.shape[1], m)) / np.abs(rng.standard_normal(m))
    b = rng.uniform(0, 2 * np.pi, m)
    return (np.sqrt(2.0 / m) * np.cos(x @ w + b)).astype(dtype)


def check_request(spec, kernel: str, m: int, what: str = "random features") -> None:
    """``ValueError`` unless ``spec`` is a ReLU network, ``kernel`` "ntk" / "nngp" and
    ``m >= 2`` (every feature method of this package asks the same; ``what`` names them)."""
    if spec.activation != "relu":
        raise ValueError(f"{what} exist here for ReLU only, got {spec.activation!r}")
    if kernel not in ("ntk", "nngp"):
        raise ValueError(f"kernel must be 'ntk' or 'nngp', got {kernel!r}")
    if int(m) < 2:
        raise ValueError("need at least 2 features")

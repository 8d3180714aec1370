"""Fast feature maps of the ReLU MLP's NTK / NNGP, selected by ``method=`` next to the dense
Gaussian sketch of :mod:`.random_features`:

* ``"ntk_sketch"`` -- the NTK Sketch of Zandieh et al. (2021): the kernel as a function of
  the correlation ``t = <x^, y^>`` (inputs on one sphere of radius ``r``, any depth, either
  parameterization, bias allowed) is fitted by ``P(t) = sum_j c_j t^j`` with ``c_j >= 0``
  (:func:`.sketch.fit_nonnegative_polynomial`), and ``P`` is featurised degree by degree:
  ``sqrt(c_j)`` times exact symmetric-power features while they are few (degrees 0, 1, 2,
  ... as long as together they use at most half the budget ``m``), PolySketch (TensorSRHT
  tree, :mod:`.sketch`) for the higher degrees with ``m_j ~ c_j`` coordinates each (the
  sum then errs like one sketch of size ``sum_j m_j``); each tree's leaves are the
  highest exact symmetric power of ``x^`` with at most ``m_j`` coordinates (degree 4 for
  ``d = 16``, ``m_j ~ 8000``) and a node takes up to 4 of them at once, so a degree-16
  sketch there is one 4-factor TensorSRHT (4 FFTs of length 3888), not 15 binary nodes
  (measured: the same Frobenius error and spectral epsilon at depth 2, m = 4096 and
  depth 4, m = 16384; ``benchmarks/results/sketch_speed``). Unbiased for ``P`` with
  ``normalize=False``; ``normalize=True`` (default) rescales each sketched degree's rows
  to their exact norm 1 (exact diagonal; a ratio estimator, bias ``O(1/m_j)``). The fit's
  error is reported as ``fit.rel_error`` (max over [-1, 1], relative to ``K(x, x)``).
  Cost ``O(N sum_j (j / q_j) m_j log m_j)`` (``q_j`` the leaf degree): no ``m x m``
  products at all. With
  ``b_std = 0`` the ReLU kernels are 1-homogeneous in each input, so any norms are
  allowed: ``K(x, y) = |x||y| P(t)`` on the unit sphere.
* ``"leverage"`` -- NTK random features (Han et al. 2021) layer by layer: arc-cosine
  features ``relu(w.psi)`` and ``step(w.psi)`` with ``w`` from the leverage-score
  distribution of the arc-cosine kernel, ``q(w) ~ |w|^2 N(w; 0, I)`` with weight
  ``D / |w|^2`` -- for a 1-homogeneous ReLU that is exactly a uniform direction scaled to
  ``|w| = sqrt(D)`` (the radial Monte-Carlo noise integrated out) -- and the Hadamard
  product ``Kdot * T`` by TensorSRHT instead of a dense Gaussian sketch. Any inputs, any
  depth, both parameterizations; one ``[D, m/2]`` projection per layer (``O(N m^2)``, half
  the Gaussian sketch's three).

Every map has ``__call__(x [N, d], chunk) -> [N, m] numpy`` and ``dim``, computes in
float32 in jitted JAX over row chunks (memory linear in N), and is drawn from an int seed
or a ``numpy.random.Generator``. :func:`feature_map` dispatches on ``method``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

from ..infinite.analytic import mlp_kernel_on_sphere
from ..networks.specs import MLPSpec
from .random_features import _rng, check_request, feature_dims, relu_feature_map
from .sketch import (PolyFit, _poly_sketch, _symmetric_index, _tensor_srht,
                     fit_nonnegative_polynomial, poly_sketch_params, sketch_dim,
                     symmetric_power_dim, tensor_srht_params)

__all__ = ["METHODS", "feature_map", "ntk_sketch_map", "leverage_feature_map",
           "PolySketchMap", "LeverageFeatureMap", "DEFAULT_DEGREE"]

METHODS = ("gaussian", "ntk_sketch", "leverage")
MAX_FACTORS = 4  # TensorSRHT fan-in: 4 exact-leaf factors err like a binary tree of them
DEFAULT_DEGREE = 16  # sup fit error of the depth-1..4 ReLU NTK: 1 % .. 4 % of K(x, x)


def _check(spec: MLPSpec, kernel: str, m: int):
    check_request(spec, kernel, m)


def _rows(fn, x, chunk):
    """``fn`` over row chunks of ``x``, written into one preallocated output (peak memory
    the output plus one chunk's work, not twice the output as with a concatenation)."""
    if len(x) == 0:
        return np.asarray(fn(jnp.asarray(x, jnp.float32)))
    out = None
    for i in range(0, len(x), chunk):
        block = np.asarray(fn(jnp.asarray(x[i:i + chunk], jnp.float32)))
        if out is None:
            out = np.empty((len(x),) + block.shape[1:], block.dtype)
        out[i:i + len(block)] = block
    return out


# --------------------------------------------------------------------------------------
# NTK Sketch: polynomial fit of the dual map + exact low degrees + PolySketch
# --------------------------------------------------------------------------------------
def _poly_sketches(params, xhat):
    """The exact columns ``[N, C]`` and each sketched degree's raw sketch ``[N, m_j]``."""
    exact = [jnp.prod(xhat[..., idx], axis=-1) * w for idx, w in params["exact"]]
    powers = {}  # exact leaf features, shared by the trees
    return (jnp.concatenate(exact, axis=-1) if exact else xhat[:, :0],
            [_poly_sketch(tree, xhat, powers) for tree, _ in params["sketch"]])


def _poly_finish(params, exact, sketches, normalize):
    cols = [exact]
    for z, (_, c) in zip(sketches, params["sketch"]):
        if normalize:  # |x^ (x) ... (x) x^| = 1: make each row's sketched norm exact
            z = z / jnp.maximum(jnp.linalg.norm(z, axis=-1, keepdims=True), 1e-30)
        cols.append(z * c)
    return jnp.concatenate(cols, axis=-1)


# Two jitted stages on purpose: fused with the row norm, XLA's CPU layout assignment
# stored the sketches column-major (5x slower with last-axis gathers; with the flat
# gathers of .sketch._fourier_sample one jit still measured 2.6-3.3 s vs 2.0 s for two,
# depth 4, m = 16384, 1000 points, under load ~25).
_poly_sketches_jit = jax.jit(_poly_sketches)
_poly_finish_jit = jax.jit(_poly_finish, static_argnames=("normalize",))


def _poly_features(params, xhat, normalize):
    """NTK Sketch features ``[N, dim]`` of unit rows ``xhat [N, d]``."""
    return _poly_finish_jit(params, *_poly_sketches_jit(params, xhat), normalize=normalize)


def _smooth(n: int) -> int:
    """The largest ``2^a 3^b 5^c <= n`` (>= 2): FFT lengths that stay fast."""
    best = 2
    for a in range(n.bit_length()):
        for b in range(12):
            for c in range(8):
                v = 2 ** a * 3 ** b * 5 ** c
                if v <= n:
                    best = max(best, v)
    return best


@dataclass(frozen=True, eq=False)
class PolySketchMap:
    """NTK Sketch features: ``Phi(x) Phi(y)^T ~ n(x) n(y) P(<x^, y^>)``.

    ``fit``: the polynomial ``P`` (:class:`.sketch.PolyFit`); ``exact_degrees`` and
    ``sketch_dims`` (degree -> coordinates) describe the layout; ``radius``: the sphere
    the inputs must lie on (``None``: any norms, ``b_std = 0``).
    """

    spec: MLPSpec
    kernel: str
    d_in: int
    fit: PolyFit
    radius: float | None
    exact_degrees: tuple
    sketch_dims: dict
    normalize: bool
    params: dict = field(repr=False)

    @property
    def dim(self) -> int:
        return int(sum(symmetric_power_dim(self.d_in, j) for j in self.exact_degrees)
                   + sum(self.sketch_dims.values()))

    def __call__(self, x, chunk: int = 4096) -> np.ndarray:
        """Features ``[N, dim]`` of ``x [N, d_in]``."""
        x = np.asarray(x, np.float64)
        if x.ndim != 2 or x.shape[1] != self.d_in:
            raise ValueError(f"expected inputs [N, {self.d_in}], got {x.shape}")
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        if self.radius is None:
            scale = norms
        else:
            if np.any(np.abs(norms - self.radius) > 1e-4 * self.radius):
                raise ValueError(
                    f"the NTK Sketch with b_std > 0 needs all inputs on the sphere of radius "
                    f"{self.radius:g} (norms {norms.min():.4g}..{norms.max():.4g}); "
                    "normalise them, or use method='leverage' or 'gaussian'")
            scale = np.ones_like(norms)
        xhat = x / np.maximum(norms, 1e-300)
        phi = _rows(partial(_poly_features, self.params, normalize=self.normalize), xhat,
                    chunk)
        phi *= scale.astype(np.float32)  # in place: memory is the output's
        return phi


def poly_features_params(rng, coef, d: int, m: int):
    """Draw the features of ``P(<u, v>) = sum_j coef[j] <u, v>^j`` for unit ``u in R^d``
    with about ``m`` coordinates: ``sqrt(coef[j])`` times exact symmetric powers for the
    lowest live degrees while together they use at most ``m / 2``, one PolySketch tree
    per higher live degree with ``m_j ~ coef[j]`` of the rest. Returns ``(params,
    exact_degrees, sketch_dims)``; apply with ``_poly_features(params, u, normalize)``."""
    coef = np.asarray(coef, np.float64)
    live = [j for j in range(len(coef)) if coef[j] > 1e-12 * coef.sum()]
    exact, used = [], 0
    for j in live:  # exact features for the lowest degrees while they use <= m / 2
        if used + symmetric_power_dim(d, j) > m // 2:
            break
        exact.append(j)
        used += symmetric_power_dim(d, j)
    rest = [j for j in live if j not in exact]
    budget = m - used
    weights = np.array([coef[j] for j in rest])
    dims = {j: _smooth(max(2, int(budget * w / weights.sum()))) for j, w in zip(rest, weights)}
    params = {"exact": [], "sketch": []}
    for j in exact:
        idx, w = _symmetric_index(d, j)
        params["exact"].append((idx, (w * np.sqrt(coef[j])).astype(np.float32)))
    for j in rest:  # leaves: the highest exact power with at most m_j coordinates
        q = max(q for q in range(1, j + 1) if q == 1 or symmetric_power_dim(d, q) <= dims[j])
        tree = poly_sketch_params(rng, d, j, dims[j], leaf_degree=q, max_factors=MAX_FACTORS)
        dims[j] = sketch_dim(tree, d)
        params["sketch"].append((tree, np.float32(np.sqrt(coef[j]))))
    return params, tuple(exact), dims


def ntk_sketch_map(spec: MLPSpec, d_in: int, m: int, key=0, *, kernel: str = "ntk",
                   degree: int = DEFAULT_DEGREE, radius: float = 1.0,
                   normalize: bool = True) -> PolySketchMap:
    """Draw the NTK Sketch of ``spec``'s ``kernel`` with about ``m`` features for inputs
    in ``R^d_in`` on the sphere of radius ``radius`` (any radius when ``b_std = 0``)."""
    _check(spec, kernel, m)
    m, d = int(m), int(d_in)
    homogeneous = float(spec.b_std) == 0.0
    r = 1.0 if homogeneous else float(radius)
    fit = fit_nonnegative_polynomial(
        lambda t: getattr(mlp_kernel_on_sphere(spec, t, d, radius=r), kernel), int(degree))
    params, exact, dims = poly_features_params(_rng(key), fit.coef, d, m)
    return PolySketchMap(spec, kernel, d, fit, None if homogeneous else r, exact,
                         dims, bool(normalize), params)


# --------------------------------------------------------------------------------------
# NTK random features with leverage-score directions and TensorSRHT
# --------------------------------------------------------------------------------------
@partial(jax.jit, static_argnames=("cfg",))
def _leverage_forward(params, x, cfg):
    W, b, standard, ntk, depth, d_in, width = cfg
    ones = jnp.ones((x.shape[0], 1), x.dtype)
    phi_q, phi_t, fan_in = x / np.sqrt(d_in), None, d_in
    for layer in range(depth + 1):
        psi = jnp.concatenate([W * phi_q, b * ones], 1)  # K' = W^2 Q + b^2
        if ntk:
            own = [np.sqrt(fan_in) * phi_q, ones] if standard else [psi]
            phi_t = jnp.concatenate(own + ([] if phi_t is None else [W * phi_t]), 1)
        if layer == depth:
            return phi_t if ntk else psi
        h = psi @ params["G"][layer]
        scale = np.float32(1.0 / np.sqrt(h.shape[1]))
        phi_q = jax.nn.relu(h) * scale
        if ntk:  # T <- Kdot * T: TensorSRHT of the step features and phi_T
            phi_t = _tensor_srht(params["T"][layer], (h > 0).astype(x.dtype) * scale, phi_t)
        fan_in = width


@dataclass(frozen=True, eq=False)
class LeverageFeatureMap:
    """Layer-wise NTK random features (leverage-score arc-cosine directions, TensorSRHT)."""

    spec: MLPSpec
    kernel: str
    d_in: int
    params: dict = field(repr=False)

    @property
    def cfg(self):
        s = self.spec
        return (float(s.W_std), float(s.b_std), s.parameterization == "standard",
                self.kernel == "ntk", int(s.depth), int(self.d_in), int(s.width))

    @property
    def dim(self) -> int:
        return int(self(np.zeros((1, self.d_in))).shape[1])

    def __call__(self, x, chunk: int = 4096) -> np.ndarray:
        x = np.asarray(x)
        if x.ndim != 2 or x.shape[1] != self.d_in:
            raise ValueError(f"expected inputs [N, {self.d_in}], got {x.shape}")
        return _rows(partial(_leverage_forward, self.params, cfg=self.cfg), x, chunk)


def _leverage_directions(rng, dim, m):
    """``[dim, m]``: uniform directions scaled to norm ``sqrt(dim)`` (see module doc)."""
    g = rng.standard_normal((dim, m))
    return (g * (np.sqrt(dim) / np.linalg.norm(g, axis=0))).astype(np.float32)


def leverage_feature_map(spec: MLPSpec, d_in: int, m: int, key=0, *,
                         kernel: str = "ntk") -> LeverageFeatureMap:
    """Draw leverage-score NTK random features with about ``m`` features (half arc-cosine,
    half TensorSRHT sketch per hidden layer, as :func:`.random_features.feature_dims`)."""
    _check(spec, kernel, m)
    rng = _rng(key)
    m_relu, m_sk = feature_dims(m, kernel)
    standard = spec.parameterization == "standard"
    G, T = [], []
    dim_q, dim_t = int(d_in), 0
    for _ in range(spec.depth):
        dim_psi = dim_q + 1
        G.append(_leverage_directions(rng, dim_psi, m_relu))
        if kernel == "ntk":
            dim_t = (dim_q + 1 if standard else dim_psi) + dim_t
            T.append(tensor_srht_params(rng, m_relu, dim_t, m_sk))
            dim_t = m_sk
        dim_q = m_relu
    return LeverageFeatureMap(spec, kernel, int(d_in), {"G": G, "T": T})


def feature_map(spec: MLPSpec, d_in: int, m: int, key=0, *, kernel: str = "ntk",
                method: str = "gaussian", **options):
    """A feature map of ``spec``'s ``kernel`` with about ``m`` features by ``method``:
    ``"gaussian"`` (:func:`.random_features.relu_feature_map`, options ``dtype``),
    ``"ntk_sketch"`` (:func:`ntk_sketch_map`, options ``degree``, ``radius``) or
    ``"leverage"`` (:func:`leverage_feature_map`)."""
    if method == "gaussian":
        return relu_feature_map(spec, d_in, m, key, kernel=kernel, **options)
    if method == "ntk_sketch":
        return ntk_sketch_map(spec, d_in, m, key, kernel=kernel, **options)
    if method == "leverage":
        return leverage_feature_map(spec, d_in, m, key, kernel=kernel, **options)
    raise ValueError(f"unknown method {method!r}; choose one of {METHODS}")

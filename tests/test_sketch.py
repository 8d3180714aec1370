"""TensorSRHT / PolySketch / the NTK Sketch and leverage-score NTK features
(ntk_core.features.sketch, .ntk_sketch) against independent references: Monte-Carlo means
against exact dot-product powers, the orthogonality of the FFT transform, exact tensor
powers, the polynomial fit against the analytic kernel, and the Gram matrices of the
feature maps against the exact analytic kernels as m grows."""
import jax
import numpy as np
import pytest

from ntk_core.networks.specs import CNNSpec, ConvLayer

from ntk_core.features import feature_map, relative_frobenius_error
from ntk_core.features.sketch import (fit_nonnegative_polynomial, poly_sketch, poly_sketch_params,
                                      real_fourier, symmetric_power_dim,
                                      symmetric_power_features, tensor_srht, tensor_srht_params)
from ntk_core.infinite.analytic import mlp_kernel_on_sphere, mlp_kernels
from ntk_core.networks.specs import MLPSpec
from ntk_core.sphere.datasets import sample_sphere


@pytest.mark.parametrize("d", [7, 8, 16])
def test_real_fourier_is_orthogonal(d):
    f = np.asarray(real_fourier(np.eye(d, dtype=np.float32)))
    np.testing.assert_allclose(f @ f.T, np.eye(d), atol=1e-5)


def _stack(draws):
    return jax.tree.map(lambda *a: np.stack(a), *draws)


def _mc(apply, draws, *args):
    """Per-draw inner products <z(x), z(y)> for stacked parameter draws (vmapped)."""
    z = np.asarray(jax.vmap(apply, in_axes=(0,) + (None,) * len(args))(_stack(draws), *args),
                   np.float64)
    return z[:, 0] @ np.ones(1) if z.ndim == 1 else np.sum(z[:, 0] * z[:, 1], axis=-1)


def test_tensor_srht_is_unbiased():
    """E <T(u, v), T(u', v')> = <u, u'> <v, v'>: the mean of 4000 draws (m = 8) lies within
    4.5 standard errors of it, and the standard error is below 3 % of the target (so the
    test could detect a bias of ~15 %)."""
    rng = np.random.default_rng(0)
    u = rng.standard_normal((2, 6)).astype(np.float32)
    v = rng.standard_normal((2, 5)).astype(np.float32)
    v[1] = v[0] + 0.3 * v[1]
    u[1] = u[0] + 0.5 * u[1]
    target = float(u[0] @ u[1]) * float(v[0] @ v[1])
    draws = [tensor_srht_params(rng, 6, 5, 8) for _ in range(4000)]
    ips = _mc(tensor_srht, draws, u, v)
    se = ips.std() / np.sqrt(len(ips))
    assert se < 0.03 * abs(target)
    assert abs(ips.mean() - target) < 4.5 * se, (ips.mean(), target, se)


@pytest.mark.parametrize("degree,d,m,leaf,fan", [
    (2, 6, 16, 1, 2), (3, 5, 16, 1, 2), (5, 4, 32, 1, 2), (4, 40, 24, 1, 2),
    (7, 3, 32, 2, 4), (5, 4, 16, 3, 2)])
def test_poly_sketch_is_unbiased_for_dot_product_powers(degree, d, m, leaf, fan):
    """E <S(x), S(y)> = <x, y>^p over independent draws of the PolySketch tree (identity
    leaves when d <= m, SRHT leaves for d = 40 > m = 24; exact degree-2 leaves under one
    4-factor node for p = 7; exact degree-3 leaves, one of 20 > m = 16 coordinates through
    an SRHT, for p = 5); same 4.5-standard-error rule, standard error below 5 % of the
    target."""
    rng = np.random.default_rng(degree)
    x = rng.standard_normal(d)
    x /= np.linalg.norm(x)
    y = 0.8 * x + 0.6 * np.linalg.qr(np.c_[x, rng.standard_normal(d)])[0][:, 1]
    pair = np.stack([x, y]).astype(np.float32)
    target = float(x @ y) ** degree
    draws = [poly_sketch_params(rng, d, degree, m, leaf, fan) for _ in range(3000)]
    ips = _mc(poly_sketch, draws, pair)
    se = ips.std() / np.sqrt(len(ips))
    assert se < 0.05 * abs(target), (se, target)
    assert abs(ips.mean() - target) < 4.5 * se, (ips.mean(), target, se)


@pytest.mark.parametrize("degree", [0, 1, 2, 3])
def test_symmetric_power_features_are_exact(degree):
    x = np.random.default_rng(1).standard_normal((9, 4)).astype(np.float32)
    phi = np.asarray(symmetric_power_features(x, degree), np.float64)
    assert phi.shape == (9, symmetric_power_dim(4, degree))
    np.testing.assert_allclose(phi @ phi.T, (x.astype(np.float64) @ x.T) ** degree,
                               rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("depth", [1, 2, 4])
def test_polynomial_fit_within_its_stated_error(depth):
    """Non-negative coefficients; the stated sup error (a 4001-point grid) holds on 2000
    fresh random t in [-1, 1] up to 5 % (the kernel is Lipschitz away from t = 1 and the
    grid spacing is 5e-4); it shrinks with the degree; at the default degree 16 it is
    below 5 % of K(x, x) (measured 1.0 / 2.0 / 3.8 % for depth 1 / 2 / 4)."""
    spec = MLPSpec(depth=depth, activation="relu", W_std=1.5, b_std=0.1)

    def f(t):
        return mlp_kernel_on_sphere(spec, t, 16).ntk

    fits = [fit_nonnegative_polynomial(f, p) for p in (4, 8, 16)]
    t = np.random.default_rng(depth).uniform(-1, 1, 2000)
    for fit in fits:
        assert np.all(fit.coef >= 0)
        assert np.max(np.abs(fit(t) - f(t))) <= 1.05 * fit.max_error
    assert fits[0].rel_error > fits[1].rel_error > fits[2].rel_error
    assert fits[2].rel_error < 0.05


SPECS = {
    "depth1-ntk": MLPSpec(depth=1, activation="relu", W_std=1.3, b_std=0.2),
    "depth3-ntk": MLPSpec(depth=3, activation="relu", W_std=1.4, b_std=0.1),
    "depth2-standard": MLPSpec(depth=2, width=50, activation="relu", parameterization="standard",
                               b_std=0.3),
    "depth2-nobias": MLPSpec(depth=2, activation="relu", W_std=1.4, b_std=0.0),
}
MS = (128, 512, 2048)


@pytest.fixture(scope="module")
def xs():
    x = sample_sphere(0, 40, 5)
    return x, x * np.random.default_rng(9).uniform(0.5, 1.5, (40, 1))


# (method, spec, slope band, bound at m = 2048): bands from two seed sets of 3 draws each
# (measured slopes / errors at 2048 in the comments). The leverage map is a Monte-Carlo
# estimate (slope ~ -1/2); the NTK Sketch converges faster because more polynomial degrees
# become exact features as m grows, down to the fit's error (~1e-3 here).
CASES = [
    ("leverage", "depth1-ntk", (-0.8, -0.3), 0.15),  # -0.47, -0.54; 0.077, 0.069
    ("leverage", "depth2-standard", (-0.8, -0.3), 0.15),  # -0.47, -0.57; 0.080, 0.090
    ("ntk_sketch", "depth3-ntk", (-1.0, -0.4), 0.05),  # -0.82, -0.60; 0.024, 0.024
    ("ntk_sketch", "depth2-nobias", (-1.0, -0.4), 0.05),  # -0.77, -0.74; 0.018, 0.019
]


@pytest.mark.parametrize("method,name,band,bound", CASES)
def test_gram_converges_to_exact_ntk(xs, method, name, band, bound):
    """Relative Frobenius error of Phi Phi^T against the exact NTK, mean of 3 draws, at
    m = 128, 512, 2048 on 40 points (on the unit sphere for the NTK Sketch with a bias,
    radii 0.5..1.5 otherwise); the unbiased variant of the NTK Sketch (normalize=False)."""
    spec = SPECS[name]
    x = xs[0] if method == "ntk_sketch" and spec.b_std > 0 else xs[1]
    k = mlp_kernels(spec, x).ntk
    opts = {"normalize": False} if method == "ntk_sketch" else {}
    errs = [np.mean([relative_frobenius_error(k, feature_map(spec, 5, m, s, method=method,
                                                             **opts)(x))
                     for s in range(3)]) for m in MS]
    slope = np.polyfit(np.log(MS), np.log(errs), 1)[0]
    assert band[0] < slope < band[1], (errs, slope)
    assert errs[-1] < bound, errs


def test_ntk_sketch_normalized_and_nngp(xs):
    """The default (row-normalised) NTK Sketch at m = 2048 on the sphere: NTK within 5 %
    (Frobenius, measured ~2 %), NNGP within 1 % (measured ~0.1 %: a smoother dual map)."""
    spec = SPECS["depth3-ntk"]
    x = xs[0]
    kern = mlp_kernels(spec, x)
    for kernel, bound in (("ntk", 0.05), ("nngp", 0.01)):
        phi = feature_map(spec, 5, 2048, 0, kernel=kernel, method="ntk_sketch")(x)
        assert relative_frobenius_error(getattr(kern, kernel), phi) < bound


def test_feature_map_rejects_bad_requests(xs):
    spec = SPECS["depth1-ntk"]
    with pytest.raises(ValueError, match="unknown method"):
        feature_map(spec, 5, 64, method="fastfood")
    with pytest.raises(ValueError, match="sphere"):
        feature_map(spec, 5, 64, method="ntk_sketch")(xs[1])
    with pytest.raises(ValueError, match="ReLU"):
        feature_map(MLPSpec(depth=1, activation="erf"), 5, 64, method="leverage")


@pytest.mark.parametrize("extra,bound", [
    ({"layers": (ConvLayer(8), ConvLayer(8))}, 0.12),
    ({"readout": "flatten", "parameterization": "standard",
      "layers": (ConvLayer(8, stride=2), ConvLayer(8, padding="VALID"))}, 0.18)],
    ids=["ntk-gap", "standard-flatten-stride2"])
def test_cntk_features_match_exact_cntk(extra, bound):
    """CNTK random features (2 conv 3x3 layers + ReLU; GAP with the NTK parameterization,
    flatten with the standard one and a stride-2 / VALID stack) on 8 random 6x6x2 images:
    relative Frobenius error of Phi Phi^T against the exact CNTK (numpy reference
    recursion) at m = 2048, mean of 2 draws, below ``bound``.

    GAP: measured 0.05..0.07 (a Monte-Carlo estimate ~ m^-1/2, 0.2..0.4 at m = 128).
    Stride-2 / VALID / flatten: the readout sees one 1x1 position, so nothing averages the
    per-pixel noise; over 16 draws the NTK error was 0.257 +- 0.054 at m = 512 and
    0.121 +- 0.017 at m = 2048 (slope -0.55 in m: variance, no measurable bias), the NNGP
    0.108 at 512. The bound 0.18 is that mean plus 4.8 standard deviations of a 2-draw
    mean (0.017 / sqrt 2)."""
    from ntk_core.features.cntk_sketch import cntk_feature_map
    from ntk_core.infinite.analytic import cnn_kernels

    x = np.random.default_rng(0).standard_normal((8, 6, 6, 2))
    spec = CNNSpec(**extra, W_std=1.4, b_std=0.1)
    k = cnn_kernels(spec, x, engine="numpy")
    for kernel in ("ntk", "nngp"):
        err = np.mean([relative_frobenius_error(
            getattr(k, kernel), cntk_feature_map(spec, x.shape[1:], 2048, s,
                                                 kernel=kernel)(x)) for s in range(2)])
        assert err < bound, (extra, kernel, err)


def test_relu_dual_maps_and_their_fits():
    """The CNTK Sketch's dual maps against a Monte-Carlo reference: for unit a, b with
    <a, b> = t, E[relu(g.a) relu(g.b)] = k1(t) and E[step(g.a) step(g.b)] = k0(t),
    g ~ N(0, I_2), 400k draws (standard errors <= 1e-3; bound 5e-3 = 5 SE). The degree-8
    non-negative fits are within their stated sup errors on a grid 25x finer than the one
    they were measured on (1e-9 slack for rounding)."""
    from ntk_core.features.cntk_sketch import _k0, _k1, relu_dual_fits

    g = np.random.default_rng(0).standard_normal((400_000, 2))
    for t in (-0.9, -0.3, 0.2, 0.7, 0.99):
        a, b = np.array([1.0, 0.0]), np.array([t, np.sqrt(1 - t * t)])
        ga, gb = g @ a, g @ b
        assert abs(np.mean(np.maximum(ga, 0) * np.maximum(gb, 0)) - _k1(t)) < 5e-3, t
        assert abs(np.mean((ga > 0) * (gb > 0)) - _k0(t)) < 5e-3, t
    grid = np.linspace(-1, 1, 100_001)
    for fit, f in zip(relu_dual_fits(8), (_k1, _k0)):
        assert np.all(fit.coef >= 0)
        assert np.max(np.abs(fit(grid) - f(grid))) <= fit.max_error * 1.05 + 1e-9
    assert relu_dual_fits(8)[0].rel_error < 1e-3 and relu_dual_fits(8)[1].rel_error < 0.04


@pytest.mark.parametrize("extra,bound,kernels", [
    ({"layers": (ConvLayer(8), ConvLayer(8))}, 0.08, ("ntk", "nngp")),
    ({"readout": "flatten", "parameterization": "standard",
      "layers": (ConvLayer(8, stride=2), ConvLayer(8, padding="VALID"))}, 0.34, ("ntk",))],
    ids=["ntk-gap", "standard-flatten-stride2"])
def test_cntk_polynomial_sketch_matches_exact_cntk(extra, bound, kernels):
    """``cntk_feature_map(method="ntk_sketch")`` (degree-8 fits of the ReLU dual maps +
    PolySketch / TensorSRHT per pixel) on the 8 random 6x6x2 images of the test above:
    relative Frobenius error of Phi Phi^T against the exact CNTK (numpy reference
    recursion) at m = 512, mean of 2 draws, below ``bound`` (the NNGP only with GAP: its
    features are the NTK's relu part, and the flatten NTK case covers that readout).

    Measured over 16 draws at m = 512 (mean +- sd): GAP NTK 0.036 +- 0.015, NNGP
    0.010 +- 0.007; stride-2 / VALID / flatten NTK 0.215 +- 0.043, NNGP 0.045 +- 0.005 (at
    m = 2048 the GAP NTK is 0.007..0.035 over 4 draws, the leverage method's 0.016..0.086).
    Each bound is the NTK mean plus 4 standard deviations of a 2-draw mean (0.036 +
    4 * 0.011 = 0.08; 0.215 + 4 * 0.030 = 0.34); the flatten case is variance, as for the
    leverage method (one readout position, nothing averages the per-pixel noise)."""
    from ntk_core.features.cntk_sketch import cntk_feature_map
    from ntk_core.infinite.analytic import cnn_kernels

    x = np.random.default_rng(0).standard_normal((8, 6, 6, 2))
    spec = CNNSpec(**extra, W_std=1.4, b_std=0.1)
    k = cnn_kernels(spec, x, engine="numpy")
    for kernel in kernels:
        err = np.mean([relative_frobenius_error(
            getattr(k, kernel), cntk_feature_map(spec, x.shape[1:], 512, s, kernel=kernel,
                                                 method="ntk_sketch")(x)) for s in range(2)])
        assert err < bound, (extra, kernel, err)
    with pytest.raises(ValueError, match="method"):
        cntk_feature_map(spec, x.shape[1:], 64, method="gaussian")

"""Orthogonal initialisation (Huang, Du, Xu 2021): Haar-orthogonal dense maps and per-tap
orthogonal convolutions; delta-orthogonal convolutions (Xiao et al. 2018) as a third kind.

References used here, none sharing code with the library's kernels: W^T W / W W^T against
the identity; Monte-Carlo finite-width NTKs (Jacobian contraction, all seeds in one vmapped
program per width: ``convergence.seed_ntks``) against the analytic kernels; the brute-force float64 per-example
gradient NTK of ``test_empirical``.
"""
from dataclasses import replace

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.finite.empirical import METHODS, compute_ntk
from ntk_core.infinite.analytic import analytic_kernels, cnn_kernels
from ntk_core.infinite.convergence import relative_frobenius, seed_ntks
from ntk_core.networks import (Attention, Conv, Dense, GlobalAvgPool, LayerNet, LayerNorm,
                               PatchEmbed, Residual, SpecError, to_layer_net)
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec, orthogonal_weight
from test_empirical import combine, data, reference_full, relerr

# float32 Gram matrices of unit-scaled orthogonal columns: entries of Q^T Q are sums of
# n products, rounding ~ sqrt(n) eps ~ 1e-6 for n <= 100; 1e-5 is 10x that.
F32_TOL = 1e-5


def _gram_identity_err(W):
    """max |G / n - I| with G = W^T W (n_in >= n_out) or W W^T, n = max(n_in, n_out)."""
    W = np.asarray(W, np.float64)
    n_in, n_out = W.shape
    G = W.T @ W if n_in >= n_out else W @ W.T
    return float(np.abs(G / max(n_in, n_out) - np.eye(G.shape[0])).max())


def _conv_weights(params):
    return [np.asarray(p["W"]) for p in params if np.ndim(p["W"]) == 4]


def _check_per_tap(W):
    """Every tap of ``W [f, f, C_in, C_out]`` scaled orthogonal, the taps independent."""
    f1, f2, c_in, c_out = W.shape
    taps = W.reshape(f1 * f2, c_in, c_out)
    for t in taps:
        assert _gram_identity_err(t) < F32_TOL
    assert np.mean(W ** 2) == pytest.approx(1.0, rel=1e-5)   # the Gaussian's mean square
    if len(taps) > 1:   # independent draws, not one matrix repeated
        assert np.abs(taps[0] - taps[-1]).max() > 0.1


def _check_delta(W):
    """Zero off the centre tap; the centre tap / f: rows orthonormal times sqrt(C_out)."""
    f = W.shape[0]
    taps = W.reshape(f * f, *W.shape[2:])
    assert np.all(np.delete(taps, (f * f) // 2, 0) == 0)
    assert _gram_identity_err(W[(f - 1) // 2, (f - 1) // 2] / f) < F32_TOL
    assert np.mean(W ** 2) == pytest.approx(1.0, rel=1e-5)


@pytest.mark.parametrize("par", ["ntk", "standard"])
def test_orthogonal_weights_per_layer_type(par):
    """MLP (input d < width: orthonormal rows; readout: orthonormal columns); CNN per-tap
    orthogonal filters (a layer with C_in > C_out too) and delta-orthogonal ones; a layer
    list with Conv in a residual branch, a patch embedding (flattened filter), attention
    q/k/v/o maps and Dense. "standard" folds W_std / sqrt(fan_in) into W: divided out."""
    def unscale(W, fan_in):
        return W / (1.5 / np.sqrt(fan_in)) if par == "standard" else W

    mlp = MLPSpec(depth=2, width=24, parameterization=par, weight_init="orthogonal", W_std=1.5)
    for l in mlp.init(jax.random.PRNGKey(0), (1, 5)):
        assert _gram_identity_err(unscale(l["W"], l["W"].shape[0])) < F32_TOL
    layers = (ConvLayer(8, 3), ConvLayer(5, 3), ConvLayer(12, 1))
    for init, check in (("orthogonal", _check_per_tap), ("delta_orthogonal", _check_delta)):
        ls = layers if init == "orthogonal" else layers[:1] + (ConvLayer(8, 3),) + layers[2:]
        cnn = CNNSpec(layers=ls, parameterization=par, weight_init=init, W_std=1.5)
        params = cnn.init(jax.random.PRNGKey(1), (1, 6, 6, 3))
        for W in _conv_weights(params):
            check(unscale(W, W.shape[2] * W.shape[0] ** 2))
        assert _gram_identity_err(unscale(params[-1]["W"], 12)) < F32_TOL
    for init, check in (("orthogonal", _check_per_tap), ("delta_orthogonal", _check_delta)):
        conv = LayerNet((Conv(6, 3), Residual((Conv(6, 3),)), GlobalAvgPool()), out_dim=2,
                        parameterization=par, weight_init=init, W_std=1.5)
        convs = _conv_weights(conv.init(jax.random.PRNGKey(3), (1, 4, 4, 2)))
        assert len(convs) == 2                      # the residual branch's Conv too
        for W in convs:
            check(unscale(W, W.shape[2] * 9))
    net = LayerNet((PatchEmbed(2, 16), Residual((LayerNorm(), Attention(2, 8))),
                    Dense(16), GlobalAvgPool()), out_dim=3, parameterization=par,
                   weight_init="delta_orthogonal", W_std=1.5)   # no Conv: as "orthogonal"
    for l in net.init(jax.random.PRNGKey(2), (1, 4, 4, 3)):
        W2 = np.asarray(l["W"]).reshape(-1, l["W"].shape[-1])   # patch filter flattened
        assert _gram_identity_err(unscale(W2, W2.shape[0])) < F32_TOL


def test_init_choices_channels_and_defaults():
    """Gaussian default draws what it drew before; the orthogonal kinds keep the Gaussian
    biases; only delta-orthogonal refuses C_in > C_out, with the why; to_layer_net keeps the
    init and the outputs."""
    x = (2, 5, 5, 3)
    a = CNNSpec().init(jax.random.PRNGKey(3), x)
    b = CNNSpec(weight_init="gaussian").init(jax.random.PRNGKey(3), x)
    assert all(np.array_equal(p["W"], q["W"]) for p, q in zip(a, b))
    for init in ("orthogonal", "delta_orthogonal"):
        o = CNNSpec(weight_init=init).init(jax.random.PRNGKey(3), x)
        assert all(np.array_equal(p["b"], q["b"]) for p, q in zip(a, o))
    shrink = CNNSpec(layers=(ConvLayer(8), ConvLayer(4)), weight_init="delta_orthogonal")
    for call in (lambda: shrink.spatial_sizes(x), lambda: shrink.init(jax.random.PRNGKey(0), x)):
        with pytest.raises(SpecError, match="at least as many output as input channels"):
            call()
    with pytest.raises(SpecError, match="output as input channels"):
        LayerNet((Conv(8), Conv(4), GlobalAvgPool()), weight_init="delta_orthogonal").init(
            jax.random.PRNGKey(0), x)
    ok = CNNSpec(layers=(ConvLayer(8), ConvLayer(4)), weight_init="orthogonal")
    _check_per_tap(np.asarray(ok.init(jax.random.PRNGKey(0), x)[1]["W"]))   # C_in > C_out
    LayerNet((Conv(8), Conv(4), GlobalAvgPool()), weight_init="orthogonal").init(
        jax.random.PRNGKey(0), x)
    with pytest.raises(SpecError, match="gaussian, orthogonal, delta_orthogonal"):
        MLPSpec(weight_init="uniform")
    xi = jax.random.normal(jax.random.PRNGKey(4), x)
    for init in ("orthogonal", "delta_orthogonal"):
        spec = CNNSpec(layers=(ConvLayer(8), ConvLayer(8)), weight_init=init)
        assert to_layer_net(spec).weight_init == init
        p = spec.init(jax.random.PRNGKey(5), x)
        np.testing.assert_allclose(to_layer_net(spec).apply(p, xi), spec.apply(p, xi),
                                   rtol=1e-5, atol=1e-6)
    w = orthogonal_weight(jax.random.PRNGKey(0), (3, 3, 4, 6), jnp.float32, "flat")
    assert _gram_identity_err(np.asarray(w).reshape(36, 6)) < F32_TOL


def test_empirical_methods_exact_on_orthogonal_nets_float64():
    """Every method's full NTK (x1 != x2) against the brute-force float64 per-example
    gradient NTK (1e-10 as in test_empirical: float64 agrees to summation order; the other
    output modes do not depend on the weights and are tested there), one compilation per
    method for both nets (one conv layer each, to keep the compilations small): a per-tap
    orthogonal CNN ("standard"; C_in = 5 > C_out = 3, stride 2; its readout is a dense
    orthogonal map, as an MLP's layers) and a delta-orthogonal CNN ("ntk"; its zero taps
    are trainable parameters, so they must appear in the kernel)."""
    x1, x2 = data((5, 5, 5), 2, 2)
    orth = CNNSpec(layers=(ConvLayer(3, 3, 2),), out_dim=2, parameterization="standard",
                   weight_init="orthogonal")
    delta = CNNSpec(layers=(ConvLayer(6, 3),), out_dim=2, weight_init="delta_orthogonal")
    k1, k2 = jax.random.split(jax.random.PRNGKey(0))
    params = [orth.init(k1, x1.shape, jnp.float64), delta.init(k2, x1.shape, jnp.float64)]
    fns = [orth.apply, delta.apply]
    fn = combine(fns)
    ref = reference_full(fn, params, x1, x2)
    for m in METHODS:
        k = compute_ntk(fn, params, x1, x2, method=m, output="full").kernel
        assert relerr(k, ref) < 1e-10, (m, relerr(k, ref))


def _errors(spec_at, x, widths, analytic_at, n_seeds):
    """Per width: the seeds' mean relative Frobenius error against ``analytic_at(width)``.
    Seeds in chunks of 8 (keys 0, 8, ...), as benchmarks/orthogonal_cnn.py draws them."""
    def ks(w):
        return np.concatenate([seed_ntks(spec_at(w), x, min(8, n_seeds - s), key=s)
                               for s in range(0, n_seeds, 8)])
    return np.array([np.mean([relative_frobenius(k, analytic_at(w)) for k in ks(w)])
                     for w in widths])


@pytest.mark.parametrize("par", ["ntk", "standard"])
def test_orthogonal_mlp_converges_to_gaussian_analytic_kernel(par):
    """Depth-2 ReLU MLP, 8 seeds, widths 32 and 512 (16x). Huang et al.: the orthogonal
    net's NTK tends to the *same* analytic kernel as the Gaussian one (which does not see the
    init). Per-seed relative error ~ c / sqrt(width), c ~ 2 (as the Gaussian's;
    test_convergence). Measured with these seeds, orthogonal (Gaussian): "ntk" 27.6% (30.7%)
    at 32 and 9.3% (9.4%) at 512; "standard" 28.8% (35.2%) and 10.1% (11.0%). Asserted: < 15% at 512 (the
    8-seed mean varies by ~1/4 of itself) and falling by > 2x (4x expected; measured 3.0x
    and 2.8x)."""
    xs = np.random.default_rng(0).normal(size=(5, 4))
    base = MLPSpec(depth=2, activation="relu", W_std=1.4, b_std=0.2, parameterization=par,
                   weight_init="orthogonal")

    def gaussian_kernel(w):
        g = analytic_kernels(replace(base, width=w, weight_init="gaussian"), xs).ntk
        assert np.array_equal(g, analytic_kernels(replace(base, width=w), xs).ntk)
        return g

    err = _errors(lambda w: replace(base, width=w), xs, (32, 512), gaussian_kernel, 8)
    assert err[-1] < 0.15 and err[-1] < err[0] / 2, err


CNN_X = np.random.default_rng(1).normal(size=(3, 4, 4, 2))


def _cnn(width, init, f=3):
    return CNNSpec(layers=(ConvLayer(width, f), ConvLayer(width, f)), W_std=1.4, b_std=0.2,
                   weight_init=init)


def test_orthogonal_cnn_converges_to_gaussian_cntk():
    """Two 3x3 convs (SAME, GAP) on three 4x4x2 images, 16 seeds, widths 16 and 64 (4x):
    per-tap orthogonal weights converge to the *Gaussian* analytic CNTK (Huang et al.'s CNN
    theorem). Mean per-seed error, measured by benchmarks/orthogonal_cnn.py with these
    seeds: 26.1% at 16, 11.1% at 64 (6.7% at 256) for orthogonal; Gaussian nets 25.5%,
    16.2% (7.1%). The per-seed spread is ~0.65x the mean, so a 16-seed mean is known to
    ~16% of itself. Asserted: < 20% at 64 (~1.8x the measurement) and falling by > 1.6x
    (2x expected for width^-1/2 over 4x; measured 2.4x). The analytic kernel does not see
    "orthogonal" (same numbers as Gaussian)."""
    g = {w: cnn_kernels(_cnn(w, "gaussian"), CNN_X, engine="numpy").ntk for w in (16, 64)}
    np.testing.assert_array_equal(g[64], cnn_kernels(_cnn(64, "orthogonal"), CNN_X,
                                                      engine="numpy").ntk)
    err = _errors(lambda w: _cnn(w, "orthogonal"), CNN_X, (16, 64), g.get, 16)
    assert err[-1] < 0.2 and err[-1] < err[0] / 1.6, err


def test_delta_orthogonal_cnn_converges_to_its_own_kernel():
    """The same nets with delta-orthogonal convs converge to their own recursion (centre
    tap forward; the window mean only in each layer's own weight gradient): measured mean
    per-seed error against it 21.8% at 16, 12.8% at 64 (benchmarks/orthogonal_cnn.py, these
    seeds); asserted < 20% at 64 and falling by > 1.4x (2x expected, measured 1.7x; the
    16-seed means are known to ~16%). That limit is far from the Gaussian CNTK (74%
    measured; asserted > 30%, over 2x the finite-width error): delta-orthogonal CNNs do not
    share the Gaussian infinite-width kernel. Its NNGP is exactly that of the CNN with 1x1
    filters (float64 recursions: 1e-12)."""
    own = {w: cnn_kernels(_cnn(w, "delta_orthogonal"), CNN_X).ntk for w in (16, 64)}
    err = _errors(lambda w: _cnn(w, "delta_orthogonal"), CNN_X, (16, 64), own.get, 16)
    assert err[-1] < 0.2 and err[-1] < err[0] / 1.4, err
    gap = relative_frobenius(own[64], cnn_kernels(_cnn(64, "gaussian"), CNN_X,
                                                   engine="numpy").ntk)
    assert gap > 0.3 and gap > 2 * err[-1], (gap, err)
    centre = analytic_kernels(_cnn(64, "delta_orthogonal"), CNN_X).nngp
    np.testing.assert_allclose(centre, analytic_kernels(_cnn(64, "gaussian", 1), CNN_X).nngp,
                               rtol=1e-12)

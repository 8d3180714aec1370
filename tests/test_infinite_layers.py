"""Analytic kernels of layer-list networks (ntk_core.infinite.layers) against independent
references: the MLP / CNN recursions of ntk_core.infinite.analytic on the converted presets
(exact), hand-derived special cases, and Monte-Carlo averages of wide finite nets (the
Rao-Blackwellised estimator and 3% tolerance of tests/test_infinite.py, whose comment
justifies it)."""
import jax
import numpy as np
import pytest

from ntk_core.infinite import NoAnalyticKernel, analytic_kernels, analytic_support
from ntk_core.infinite.analytic import cnn_kernels, mlp_kernels
from ntk_core.networks import (Activation, Attention, AvgPool, CNNSpec, Conv, ConvLayer, Dense,
                               Flatten, GlobalAvgPool, LayerNet, LayerNorm, MaxPool, MLPSpec,
                               PatchEmbed, Residual, to_layer_net)
from tests.test_infinite import MC_TOL, _mc_kernels, rel


@pytest.mark.parametrize("param", ["ntk", "standard"])
def test_presets_equal_mlp_and_cnn_recursions(param):
    x = np.random.default_rng(0).normal(size=(5, 6))
    s = MLPSpec(depth=3, width=50, activation="erf", b_std=0.3, parameterization=param)
    a, b = mlp_kernels(s, x), analytic_kernels(to_layer_net(s), x)
    np.testing.assert_allclose(b.ntk, a.ntk, rtol=1e-12)
    np.testing.assert_allclose(b.nngp, a.nngp, rtol=1e-12)
    xi = np.random.default_rng(1).normal(size=(4, 5, 4, 2))
    for readout in ("gap", "flatten"):
        c = CNNSpec(layers=(ConvLayer(8, 3, 2), ConvLayer(8, 2, 1, "VALID")), readout=readout,
                    b_std=0.2, parameterization=param)
        a, b = cnn_kernels(c, xi), analytic_kernels(to_layer_net(c), xi)
        np.testing.assert_allclose(b.ntk, a.ntk, rtol=1e-12)
        np.testing.assert_allclose(b.nngp, a.nngp, rtol=1e-12)
        cross = analytic_kernels(to_layer_net(c), xi[:1], xi[1:]).ntk
        np.testing.assert_allclose(cross, b.ntk[:1, 1:], rtol=1e-12)


def test_hand_derived_residual_and_layernorm():
    """[Dense, Residual([relu, Dense], a)], "ntk", b = 0: with K1 = W^2 <x,y>/d,
    K2 = K1 + a^2 W^2 E[relu relu](K1), T2 = K1 + a^2 (W^2 E[relu relu] + W^2 Kdot K1) (the
    skip carries T1 = K1); LayerNorm of the input is the exact standardisation."""
    from ntk_core.infinite.dual import dual_activation
    x = np.random.default_rng(2).normal(size=(4, 5))
    W, a = 1.3, 0.6
    net = LayerNet((Dense(64), Residual((Activation("relu"), Dense(64)), a)), W_std=W, b_std=0.0)
    k1 = W ** 2 * x @ x.T / 5
    q, kd = dual_activation("relu", np.diag(k1)[:, None], np.diag(k1)[None], k1)
    k2 = k1 + a ** 2 * W ** 2 * q
    t2 = k1 + a ** 2 * (W ** 2 * q + W ** 2 * kd * k1)
    k = analytic_kernels(net, x)
    np.testing.assert_allclose(k.nngp, W ** 2 * k2, rtol=1e-12)
    np.testing.assert_allclose(k.ntk, W ** 2 * k2 + W ** 2 * t2, rtol=1e-12)
    z = (x - x.mean(1, keepdims=True)) / np.sqrt(x.var(1, keepdims=True) + 1e-6)
    k = analytic_kernels(LayerNet((LayerNorm(),), W_std=W, b_std=0.2), x)
    np.testing.assert_allclose(k.nngp, W ** 2 * z @ z.T / 5 + 0.04, rtol=1e-12)


def test_no_analytic_kernel_is_explicit():
    img, vec = np.ones((2, 4, 4, 1)), np.ones((2, 4))   # inputs each network accepts
    for net, words, x in [
        (LayerNet((PatchEmbed(2, 8), Residual((LayerNorm(), Attention(2, 4))), GlobalAvgPool())),
         "self-attention", img),
        (LayerNet((Conv(8), MaxPool(2), Flatten())), "max pooling", img),
        (LayerNet((Dense(8), Activation("relu"), Activation("relu"))), "Gaussian", vec),
        (LayerNet((Dense(8), Residual((Dense(8), Activation("relu"))))), "end with a Dense", vec),
    ]:
        assert words in analytic_support(net)
        with pytest.raises(NoAnalyticKernel, match=words):
            analytic_kernels(net, x)
    assert analytic_support(LayerNet((Dense(4),))) is None


W = 1024
MLP_NETS = [
    # residual with branch scale, LayerNorm of post-activation features (mean subtracted)
    LayerNet((Dense(W), Residual((Activation("relu"), Dense(W)), 0.5), Activation("relu"),
              LayerNorm()), W_std=1.4, b_std=0.3),
    # standard parameterization: a branch starting from non-Gaussian features, LN, erf
    LayerNet((Dense(W), Activation("relu"), Residual((Dense(W), Activation("erf"), Dense(W)), 1.5),
              LayerNorm(), Dense(W), Activation("gelu")), W_std=1.3, b_std=0.2,
             parameterization="standard"),
]
C = 256
CONV_NETS = [
    # conv residual (dilated), SAME avg pool, LayerNorm, GAP, "ntk"
    LayerNet((Conv(C, 3), Residual((Activation("relu"), Conv(C, 3, dilation=2)), 0.7),
              AvgPool(2, 2, "SAME"), Activation("relu"), LayerNorm(), GlobalAvgPool()),
             W_std=1.4, b_std=0.2),
    # patch embedding to tokens, pre-LN MLP residual, GAP over tokens, standard
    LayerNet((PatchEmbed(2, C), Residual((LayerNorm(), Dense(C), Activation("gelu"), Dense(C)), 0.8),
              LayerNorm(), GlobalAvgPool()), W_std=1.2, b_std=0.1, parameterization="standard"),
    # VALID avg pool then flatten
    LayerNet((Conv(C, 2, 1, "VALID"), Activation("erf"), AvgPool(2, 1, "VALID"), Flatten()),
             W_std=1.5, b_std=0.3),
]


@pytest.mark.parametrize("net", MLP_NETS, ids=["res-ln-ntk", "res-ln-std"])
def test_mlp_layer_nets_monte_carlo(net):
    x = np.random.default_rng(0).normal(size=(6, 5))
    t, g = _mc_kernels(net, x, 64, jax.random.PRNGKey(1))
    k = analytic_kernels(net, x)
    assert rel(t, k.ntk) < MC_TOL, rel(t, k.ntk)
    assert rel(g, k.nngp) < MC_TOL, rel(g, k.nngp)


@pytest.mark.parametrize("net", CONV_NETS, ids=["convres-avgpool-ln-gap", "patch-tokens-std",
                                                "avgpool-flatten"])
def test_conv_layer_nets_monte_carlo(net):
    x = np.random.default_rng(5).normal(size=(4, 4, 4, 3))
    t, g = _mc_kernels(net, x, 48, jax.random.PRNGKey(2))
    k = analytic_kernels(net, x)
    assert rel(t, k.ntk) < MC_TOL, rel(t, k.ntk)
    assert rel(g, k.nngp) < MC_TOL, rel(g, k.nngp)

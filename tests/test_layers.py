"""Layer-list networks (ntk_core.networks.layers / net): every layer's empirical NTK from
all three methods against the brute-force float64 per-example-gradient reference of
tests/test_empirical.py, with structured derivatives keeping its rules (no fallback to
Jacobian contraction) on attention and residual weights; the MLP / CNN presets convert to
layer lists with identical outputs; spec errors are readable.

Several nets are checked in one compilation with ``combine`` (block-diagonal full NTK, see
test_empirical). Tolerance 1e-10 in float64, as there (summation-order rounding ~1e-15).
"""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.networks import (Activation, Attention, AvgPool, CNNSpec, Conv, ConvLayer, Dense,
                               Flatten, GlobalAvgPool, LayerNet, LayerNorm, MaxPool, MLPSpec,
                               PatchEmbed, Residual, SpecError, to_layer_net)
from tests.test_empirical import check_all, combine, data

jax.config.update("jax_enable_x64", True)


def _params(nets, shape):
    keys = jax.random.split(jax.random.PRNGKey(0), len(nets))
    return [n.init(k, shape, jnp.float64) for n, k in zip(nets, keys)]


IMAGE_NETS = [
    # dilated SAME conv, residual conv branch with LayerNorm, avg pool, GAP ("ntk")
    LayerNet((Conv(3, 3, 1, "SAME", 2), Activation("relu"),
              Residual((LayerNorm(), Activation("gelu"), Conv(3, 2)), 0.5),
              AvgPool(2, 2, "SAME"), GlobalAvgPool()), out_dim=2, b_std=0.3),
    # strided VALID conv, max pool, flatten, standard parameterization
    LayerNet((Conv(4, 2, 2, "VALID"), Activation("tanh"), MaxPool(2, 1, "SAME"), Flatten(),
              Dense(5), LayerNorm()), out_dim=2, parameterization="standard", b_std=0.2),
    # ViT block: patch embedding, pre-LN attention and MLP residuals, token GAP
    LayerNet((PatchEmbed(3, 4), Residual((LayerNorm(), Attention(2, 3)), 0.7),
              Residual((LayerNorm(), Dense(6), Activation("gelu"), Dense(4))),
              LayerNorm(), GlobalAvgPool()), out_dim=2, b_std=0.2),
]


def test_image_layers_all_methods_float64():
    x1, x2 = data((6, 6, 2))
    params = _params(IMAGE_NETS, x1.shape)
    check_all(combine([n.apply for n in IMAGE_NETS]), params, x1, x2, 1e-10, fallback=())


SEQ_NETS = [
    # tokens [T, C]: attention with a residual, standard parameterization, flatten
    LayerNet((Dense(4), Residual((Attention(3, 2),), 1.0), Activation("erf"), Flatten()),
             out_dim=2, parameterization="standard", b_std=0.3),
    # features: ResNet-ish MLP with two residual blocks and branch scales
    LayerNet((Flatten(), Dense(5), Residual((Activation("relu"), Dense(5)), 0.3),
              Residual((LayerNorm(), Activation("relu"), Dense(7), Activation("relu"), Dense(5)), 2.0)),
             out_dim=2, b_std=0.4),
]


def test_sequence_and_feature_layers_all_methods_float64():
    x1, x2 = data((4, 3))
    params = _params(SEQ_NETS, x1.shape)
    check_all(combine([n.apply for n in SEQ_NETS]), params, x1, x2, 1e-10, fallback=())


def test_structured_keeps_its_rules_on_attention_and_residual_weights():
    """Every W of attention and of residual branches is contracted by the dot/conv rule."""
    from ntk_core.finite import structured as sd
    net = IMAGE_NETS[2]
    x = jnp.ones((1, 6, 6, 2))
    params = net.init(jax.random.PRNGKey(0), x.shape, jnp.float64)
    leaves, td = jax.tree_util.tree_flatten(params)
    plan = sd.analyse(net.apply, [jax.ShapeDtypeStruct(l.shape, l.dtype) for l in leaves], td,
                      jax.ShapeDtypeStruct(x.shape, x.dtype))
    assert plan.fallback == ()
    w_leaves = {i for i, l in enumerate(leaves) if l.ndim >= 2}
    kinds = {}
    for u in plan.uses:
        kinds.setdefault(u.form.leaf, set()).add(u.kind)
    for i in w_leaves:
        assert kinds[i] <= {"dot", "conv"}, (i, kinds[i])


@pytest.mark.parametrize("spec, shape", [
    (MLPSpec(depth=3, width=8, activation="erf", out_dim=2, parameterization="standard"), (4, 5)),
    (CNNSpec(layers=(ConvLayer(3, 3, 2, "SAME"), ConvLayer(4, 2, 1, "VALID")), readout="flatten",
             out_dim=2), (4, 7, 6, 2)),
    (CNNSpec(layers=(ConvLayer(3, 3),), readout="gap", activation="gelu"), (4, 5, 5, 1)),
])
def test_presets_convert_to_identical_layer_nets(spec, shape):
    x = jax.random.normal(jax.random.PRNGKey(0), shape, jnp.float64)
    params = spec.init(jax.random.PRNGKey(1), shape, jnp.float64)
    net = to_layer_net(spec)
    np.testing.assert_array_equal(np.asarray(net.apply(params, x)), np.asarray(spec.apply(params, x)))
    assert jax.tree_util.tree_structure(net.init(jax.random.PRNGKey(1), shape)) == \
        jax.tree_util.tree_structure(params)


def test_layernorm_and_pool_forward_values():
    """Hand-computed forward values: LayerNorm standardises features; AvgPool averages
    (padded zeros counted); MaxPool takes the max."""
    from ntk_core.networks.layers import LN_EPS, Scaling
    h = jnp.arange(12.0).reshape(1, 2, 2, 3) ** 1.5
    y = LayerNorm().apply([], h, Scaling())
    hn = np.asarray(h)
    ref = (hn - hn.mean(-1, keepdims=True)) / np.sqrt(hn.var(-1, keepdims=True) + LN_EPS)
    np.testing.assert_allclose(y, ref, rtol=1e-6)
    a = AvgPool(2, 2, "SAME").apply([], jnp.ones((1, 3, 3, 1)), Scaling())
    np.testing.assert_allclose(a[0, :, :, 0], [[1.0, 0.5], [0.5, 0.25]])
    m = MaxPool(2, 1, "VALID").apply([], h, Scaling())
    np.testing.assert_allclose(m[0, 0, 0], hn[0].max(axis=(0, 1)))


@pytest.mark.parametrize("layers, shape, words", [
    ((Conv(4),), (2, 5), "needs an image"),
    ((Dense(3),), (2, 4, 4, 1), "GlobalAvgPool or Flatten"),
    ((Conv(4, 5, 1, "VALID"), Flatten()), (2, 3, 3, 1), "shrinks"),
    ((Dense(4), Residual((Dense(3),)),), (2, 5), "keep the shape"),
    ((Attention(2, 2), Flatten()), (2, 4, 4, 1), "PatchEmbed"),
])
def test_spec_errors_are_readable(layers, shape, words):
    with pytest.raises(SpecError, match=words):
        LayerNet(layers).init(jax.random.PRNGKey(0), shape)

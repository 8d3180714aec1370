"""All three NTK methods against a brute-force float64 reference.

Reference: per-example gradients of each output (``jax.grad`` of f_o), flattened over all
parameter leaves and dotted -- no code shared with the library's algorithms. Tolerances:
float64 results are exact up to summation order (~1e-15 relative), so 1e-10 leaves five
orders of margin yet catches any missing term; float32 has eps ~ 1.2e-7 and these
contractions sum O(1e3) terms, so 1e-4 is ~100x the expected rounding error.
"""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.finite.empirical import METHODS, NTKInputError, compute_ntk
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec

jax.config.update("jax_enable_x64", True)


def reference_full(apply_fn, params, x1, x2):
    """[N1, N2, O, O] from per-example, per-output jax.grad (float64 numpy)."""
    leaves, td = jax.tree_util.tree_flatten(params)
    diff = [i for i, l in enumerate(leaves) if jnp.issubdtype(jnp.result_type(l), jnp.inexact)]

    def f(dl, x, o):
        ls = list(leaves)
        for i, l in zip(diff, dl):
            ls[i] = l
        return apply_fn(jax.tree_util.tree_unflatten(td, ls), x[None])[0, o]

    grad = jax.jit(jax.grad(f))                    # one gradient per (example, output)
    out_dim = jax.eval_shape(apply_fn, params, x1[:1]).shape[1]
    dl = [leaves[i] for i in diff]

    def jac(xs):
        return np.stack([np.stack([np.concatenate([np.ravel(a) for a in grad(dl, x, o)])
                                   for o in range(out_dim)]) for x in xs])

    J1 = jac(x1)
    J2 = J1 if x2 is None else jac(x2)
    return np.einsum("nap,mbp->nmab", J1, J2)


def relerr(a, b):
    return float(np.linalg.norm(np.asarray(a) - b) / np.linalg.norm(b))


def check_all(apply_fn, params, x1, x2, tol, methods=METHODS, fallback=None):
    ref12 = reference_full(apply_fn, params, x1, x2)
    ref11 = reference_full(apply_fn, params, x1, None)
    for m in methods:
        r = compute_ntk(apply_fn, params, x1, x2, method=m, output="full")
        assert r.kernel.shape == ref12.shape
        assert relerr(r.kernel, ref12) < tol, (m, "full", relerr(r.kernel, ref12))
        r = compute_ntk(apply_fn, params, x1, None, method=m, output="trace")
        tr = np.trace(ref11, axis1=2, axis2=3) / ref11.shape[-1]
        assert relerr(r.kernel, tr) < tol, (m, "trace", relerr(r.kernel, tr))
        r = compute_ntk(apply_fn, params, x1, None, method=m, output="diagonal")
        dg = np.stack([ref11[i, i] for i in range(len(x1))])
        assert relerr(r.kernel, dg) < tol, (m, "diagonal", relerr(r.kernel, dg))
        if m == "structured_derivatives" and fallback is not None:
            assert set(r.fallback_params) == set(fallback), r.fallback_params


def data(shape, n1=3, n2=2, dtype=jnp.float64):
    x1 = jax.random.normal(jax.random.PRNGKey(1), (n1,) + shape, dtype)
    x2 = jax.random.normal(jax.random.PRNGKey(2), (n2,) + shape, dtype)
    return x1, x2


def combine(fns):
    """One function whose outputs are the concatenated outputs of several networks.

    Different networks share no parameters, so the combined full NTK is block diagonal
    and each diagonal block is that network's own NTK: one compilation checks them all.
    """
    def apply(params, x):
        return jnp.concatenate([f(p, x) for f, p in zip(fns, params)], axis=1)
    return apply


MLP_SPECS = [MLPSpec(depth=2, width=7, activation=a, parameterization=p, out_dim=2, b_std=0.3)
             for a in ("relu", "erf", "tanh", "gelu", "identity") for p in ("ntk", "standard")]


def test_mlp_every_activation_and_parameterization_float64():
    x1, x2 = data((4,))
    keys = jax.random.split(jax.random.PRNGKey(0), len(MLP_SPECS))
    params = [s.init(k, x1.shape, jnp.float64) for s, k in zip(MLP_SPECS, keys)]
    check_all(combine([s.apply for s in MLP_SPECS]), params, x1, x2, 1e-10, fallback=())


CNN_SPECS = [CNNSpec(layers=(ConvLayer(3, 3, 2, pad), ConvLayer(4, 2, 1, pad)), readout=r,
                     out_dim=2, parameterization=p)
             for pad, r, p in [("SAME", "gap", "ntk"), ("SAME", "flatten", "standard"),
                               ("VALID", "gap", "standard"), ("VALID", "flatten", "ntk")]]


def test_cnn_padding_stride_readout_float64():
    x1, x2 = data((7, 6, 2))
    keys = jax.random.split(jax.random.PRNGKey(0), len(CNN_SPECS))
    params = [s.init(k, x1.shape, jnp.float64) for s, k in zip(CNN_SPECS, keys)]
    check_all(combine([s.apply for s in CNN_SPECS]), params, x1, x2, 1e-10, fallback=())


def test_combined_blocks_are_each_networks_ntk():
    """Sanity check of the combination trick itself, on two small MLPs."""
    x1, x2 = data((4,))
    specs = MLP_SPECS[:2]
    params = [s.init(jax.random.PRNGKey(i), x1.shape, jnp.float64) for i, s in enumerate(specs)]
    k = compute_ntk(combine([s.apply for s in specs]), params, x1, x2,
                    method="structured_derivatives", output="full").kernel
    for i, s in enumerate(specs):
        ref = reference_full(s.apply, params[i], x1, x2)
        assert relerr(k[:, :, 2 * i:2 * i + 2, 2 * i:2 * i + 2], ref) < 1e-10
    assert np.abs(k[:, :, :2, 2:]).max() == 0.0


def test_mlp_float32():
    spec = MLPSpec(depth=2, width=64, out_dim=4)
    x1, x2 = data((5,), 4, 3, jnp.float32)
    params = spec.init(jax.random.PRNGKey(0), x1.shape, jnp.float32)
    p64 = jax.tree_util.tree_map(lambda a: a.astype(jnp.float64), params)
    ref = reference_full(spec.apply, p64, x1.astype(jnp.float64), x2.astype(jnp.float64))
    for m in METHODS:
        k = compute_ntk(spec.apply, params, x1, x2, method=m, output="full").kernel
        assert k.dtype == np.float32
        assert relerr(k, ref) < 1e-4, m


def test_cnn_float32():
    spec = CNNSpec(layers=(ConvLayer(8, 3, 2, "SAME"),), readout="flatten", out_dim=3)
    x1, x2 = data((6, 6, 3), 3, 2, jnp.float32)
    params = spec.init(jax.random.PRNGKey(0), x1.shape, jnp.float32)
    p64 = jax.tree_util.tree_map(lambda a: a.astype(jnp.float64), params)
    ref = reference_full(spec.apply, p64, x1.astype(jnp.float64), x2.astype(jnp.float64))
    for m in METHODS:
        k = compute_ntk(spec.apply, params, x1, x2, method=m, output="full").kernel
        assert relerr(k, ref) < 1e-4, m


# ---------------------------------------------------------------- hand-written functions
def _init(shapes, seed=0):
    keys = jax.random.split(jax.random.PRNGKey(seed), len(shapes))
    return {k: jax.random.normal(kk, s, jnp.float64) * 0.7 for kk, (k, s) in zip(keys, shapes.items())}


def residual_fn(p, x):
    h = jnp.tanh(x @ p["w_in"])
    h = h + jax.nn.relu(h @ p["w_res"] + p["b_res"])          # residual branch
    return h @ p["w_out"]


def layernorm_fn(p, x):
    h = x @ p["w1"]
    mu = h.mean(-1, keepdims=True)
    var = ((h - mu) ** 2).mean(-1, keepdims=True)
    h = (h - mu) / jnp.sqrt(var + 1e-5) * p["gamma"] + p["beta"]   # learnable scale, shift
    return jnp.sin(h) @ p["w2"]


def shared_fn(p, x):
    h = jnp.tanh(x @ p["w"])
    h = jnp.tanh(h @ p["w"].T)                               # the same matrix used twice
    return h @ p["out"] + (x * p["diag"]).sum(-1, keepdims=True)


def scale_fn(p, x):
    h = jax.nn.gelu(x @ p["w"])
    h = h * p["s"]                                           # elementwise scale parameter
    h = h / p["t"] - p["u"]                                  # and a divisor, a subtraction
    return jnp.concatenate([h, jnp.broadcast_to(p["c"], (h.shape[0], 1))], 1) @ p["out"]


def embed_fn(p, x):
    ids = x.astype(jnp.int32)                                # token ids in [0, V)
    e = p["emb"][ids]                                        # gather: no structured rule
    h = jnp.tanh(e.reshape(e.shape[0], -1) @ p["w"])
    return h @ p["out"]


def jit_grouped_fn(p, x):
    # a jitted sub-function and a grouped convolution (feature_group_count = 2)
    conv = jax.jit(lambda h, w: jax.lax.conv_general_dilated(
        h, w, (1, 2), [(1, 0), (0, 1)], dimension_numbers=("NCHW", "OIHW", "NCHW"),
        feature_group_count=2))
    h = jnp.tanh(conv(x, p["k"]))
    return h.reshape(h.shape[0], -1) @ p["out"]


def vector_fns(p, x):
    """Residual, layer norm, shared weight and elementwise-scale functions side by side."""
    return jnp.concatenate([residual_fn(p["res"], x), layernorm_fn(p["ln"], x),
                            shared_fn(p["sh"], x), scale_fn(p["sc"], x[:, :3])], axis=1)


def vector_params():
    """Parameters of :func:`vector_fns` on 4-dimensional inputs."""
    params = {
        "res": _init({"w_in": (4, 5), "w_res": (5, 5), "b_res": (5,), "w_out": (5, 2)}, 1),
        "ln": _init({"w1": (4, 6), "gamma": (6,), "beta": (6,), "w2": (6, 2)}, 2),
        "sh": _init({"w": (4, 4), "out": (4, 3), "diag": (4,)}, 3),
        "sc": _init({"w": (3, 5), "s": (5,), "t": (5,), "u": (), "c": (1,), "out": (6, 2)}, 4),
    }
    params["sc"]["t"] = params["sc"]["t"] + 3.0          # keep the divisor away from zero
    return params


def test_hand_written_functions_float64():
    x1, x2 = data((4,))
    check_all(vector_fns, vector_params(), x1, x2, 1e-10, fallback=())


def test_jitted_subfunction_and_grouped_conv_float64():
    params = _init({"k": (4, 1, 3, 2), "out": (4 * 4 * 3, 2)})
    x1, x2 = data((2, 5, 5))
    check_all(jit_grouped_fn, params, x1, x2, 1e-10, fallback=())


@pytest.mark.parametrize("specs,strides,pad,dil,filt", [
    (("NHWC", "HWIO", "NHWC"), (2, 1), ((1, 1), (0, 2)), (1, 1), (3, 2)),
    (("CHWN", "HWOI", "HNWC"), (1, 3), ((-1, 2), (1, 1)), (1, 2), (2, 3)),
])
def test_patches_by_slices_equal_xla_patches(specs, strides, pad, dil, filt):
    """The structured derivatives' conv patches (pad + strided slices) are XLA's
    ``conv_general_dilated_patches`` exactly (data movement only: equal to the bit), in
    any layout, with strides, negative padding and filter dilation."""
    from ntk_core.finite.structured import patches_by_slices
    sizes = {"N": 2, "H": 9, "W": 8, "C": 3}
    x = jax.random.normal(jax.random.PRNGKey(0), [sizes[c] for c in specs[0]], jnp.float64)
    dn = jax.lax.conv_dimension_numbers(x.shape, (1, 1) + filt, specs)
    ref = jax.lax.conv_general_dilated_patches(x, filt, strides, pad, None, dil, dn,
                                               precision=jax.lax.Precision.HIGHEST)
    got = patches_by_slices(x, filt, strides, pad, dil, dn)
    assert got.shape == ref.shape
    assert float(jnp.abs(got - ref).max()) == 0.0


def test_embedding_lookup_falls_back():
    params = _init({"emb": (6, 3), "w": (3 * 3, 4), "out": (4, 2)})
    x1 = jnp.array([[0, 1, 2], [5, 5, 1], [3, 0, 4]])
    x2 = jnp.array([[2, 2, 2], [1, 4, 0]])
    check_all(embed_fn, params, x1, x2, 1e-10, fallback=("['emb']",))


# ---------------------------------------------------------------- affine-layer fusion
def _affine_fns(p, x):
    """Four layers next to each other: one where the bias cotangent is provably a multiple
    of the dot output's (``b - k (-(x W))``), and three near misses that must not be fused:
    the dot output used twice, an input-dependent scale, a bias used twice."""
    h = x @ p["w1"]
    fused = p["b1"] - 0.5 * (-h)                              # sub, neg, literal scale
    h2 = x @ p["w2"]
    twice = jnp.tanh(h2 + p["b2"]) * h2                       # h2 has two consumers
    h3 = (x @ p["w3"]) * x[:, :1] + p["b3"]                   # scale depends on x
    h4 = jnp.sin(x @ p["w4"] + p["b4"]) + p["b4"]             # b4 used twice
    hs = jnp.concatenate([jnp.tanh(fused), twice, jnp.tanh(h3), h4], 1)
    return hs @ p["out"]


def test_affine_layer_fusion_only_when_proven_float64():
    from ntk_core.finite import structured as sd

    params = _init({"w1": (4, 3), "b1": (3,), "w2": (4, 3), "b2": (3,), "w3": (4, 3),
                    "b3": (3,), "w4": (4, 3), "b4": (3,), "out": (12, 2)}, 5)
    x1, x2 = data((4,))
    leaves, td = jax.tree_util.tree_flatten(params)
    names = [jax.tree_util.keystr(k) for k, _ in jax.tree_util.tree_flatten_with_path(params)[0]]
    avals = [jax.ShapeDtypeStruct(l.shape, l.dtype) for l in leaves]
    plan = sd.analyse(_affine_fns, avals, td, jax.ShapeDtypeStruct((1, 4), jnp.float64))
    aliased = {names[plan.uses[b].form.leaf]: (names[plan.uses[w].form.leaf], r)
               for b, (w, r, _) in plan.alias.items()}
    # c_b1 = d f / d b1 = d f / d fused; c_h = 0.5 d f / d fused  ->  r = 2
    # b4's first use is aliased too (its cotangent is x W4's), but b4 has a second use,
    # so its terms are not fused with w4's
    assert set(aliased) == {"['b1']", "['b4']"} and aliased["['b1']"][0] == "['w1']"
    assert abs(aliased["['b1']"][1] - 2.0) < 1e-12 and aliased["['b4']"][0] == "['w4']"
    side = (*sd.cotangents(plan, leaves, x1, 2), sd.const_values(plan, leaves, x1[:1]))
    fused = [t for t in sd.pair_terms(plan, side, side, "full") if t.pre is not None]
    assert len(fused) == 1
    check_all(_affine_fns, params, x1, x2, 1e-10, fallback=())
    # the library's own MLPs and CNNs: every affine layer's bias is aliased (a conv's bias
    # [1, 1, 1, C] meets [1, H, W, C]: its cotangent is the conv output's summed over
    # positions). Fused terms are used where opt_einsum counts fewer FLOPs: every MLP layer;
    # a conv's bias term alone is tiny, so whether a conv fuses depends on its sizes.
    cnn = CNNSpec(layers=(ConvLayer(3, 3, 1, "SAME"), ConvLayer(4, 2, 2, "VALID")),
                  readout="flatten", out_dim=2)
    for spec, x in ((MLPSpec(depth=2, width=5, out_dim=2), x1), (cnn, data((5, 5, 2))[0])):
        p = spec.init(jax.random.PRNGKey(0), x.shape, jnp.float64)
        lv, tdm = jax.tree_util.tree_flatten(p)
        plan = sd.analyse(spec.apply, [jax.ShapeDtypeStruct(l.shape, l.dtype) for l in lv],
                          tdm, jax.ShapeDtypeStruct((1,) + x.shape[1:], jnp.float64))
        assert len(plan.alias) == 3
        side = (*sd.cotangents(plan, lv, x, 2), sd.const_values(plan, lv, x[:1]))
        for output in ("full", "trace", "diagonal"):
            terms = list(sd.pair_terms(plan, side, side, output))
            n_fused = sum(t.pre is not None for t in terms)
            # a fused term stands for a weight and a bias term: 6 leaves in all
            assert len(terms) + n_fused == 6 and n_fused >= 1, output
            assert spec is cnn or n_fused == 3, output


def test_jacobian_contraction_per_leaf_and_concatenated_float64(monkeypatch):
    """Small Jacobians are concatenated over the leaves before the product, large ones are
    contracted leaf by leaf: both against the reference."""
    from ntk_core.finite import methods

    x1, x2 = data((4,))
    spec = MLPSpec(depth=2, width=6, out_dim=3, b_std=0.2)
    params = spec.init(jax.random.PRNGKey(7), x1.shape, jnp.float64)
    for limit in (0, methods.CONCAT_MAX_ENTRIES):
        monkeypatch.setattr(methods, "CONCAT_MAX_ENTRIES", limit)
        fn = lambda p, x: spec.apply(p, x)   # noqa: E731  (a new function: no cached executable)
        check_all(fn, params, x1, x2, 1e-10, methods=("jacobian_contraction",))


# ---------------------------------------------------------------- errors
def test_clear_errors():
    spec = MLPSpec(depth=1, width=4)
    x = jnp.ones((3, 2))
    params = spec.init(jax.random.PRNGKey(0), x.shape)
    with pytest.raises(NTKInputError, match="unknown method"):
        compute_ntk(spec.apply, params, x, method="fastest")
    with pytest.raises(NTKInputError, match="unknown output"):
        compute_ntk(spec.apply, params, x, output="diag")
    with pytest.raises(NTKInputError, match="same per-example shape"):
        compute_ntk(spec.apply, params, x, jnp.ones((2, 3)))
    with pytest.raises(NTKInputError, match="failed on one example"):
        compute_ntk(spec.apply, params, jnp.ones((3, 5)))
    with pytest.raises(NTKInputError, match="dtype"):
        compute_ntk(spec.apply, params, np.array([["a", "b"]]))
    with pytest.raises(NTKInputError, match=r"must return \[N, O\]"):
        compute_ntk(lambda p, x: spec.apply(p, x)[:, 0], params, x)
    with pytest.raises(NTKInputError, match="empty batch"):
        compute_ntk(spec.apply, params, jnp.ones((0, 2)))
    bad = x.at[1, 0].set(jnp.nan)      # a NaN input is named as an input (issue 18)
    with pytest.raises(NTKInputError, match=r"x1 has NaN or infinite values in example\(s\) 1;"):
        compute_ntk(spec.apply, params, bad)
    with pytest.raises(NTKInputError, match=r"non-finite outputs on x1: \(example 0, output 0\)"):
        compute_ntk(lambda p, xb: jnp.log(0.0 * spec.apply(p, xb)), params, x)   # log 0


def test_result_reports_method_and_times():
    spec = MLPSpec(depth=1, width=8, out_dim=2)
    x = jnp.ones((3, 2))
    params = spec.init(jax.random.PRNGKey(0), x.shape)
    r1 = compute_ntk(spec.apply, params, x, method="ntk_vector_products")
    assert r1.method == "ntk_vector_products" and r1.compile_time_s > 0 and r1.run_time_s > 0
    r2 = compute_ntk(spec.apply, params, x * 2, method="ntk_vector_products")
    assert r2.compile_time_s == 0.0                      # same shapes: executable reused
    same = MLPSpec(depth=1, width=8, out_dim=2)          # an equal spec, another object
    r3 = compute_ntk(same.apply, params, x, method="ntk_vector_products")
    assert r3.compile_time_s == 0.0
    assert r1.kernel.shape == (3, 3) and r1.device


# ---------------------------------------------------------------- pooled readouts
def _conv(x, w):
    return jax.lax.conv_general_dilated(x, w, (1, 1), "SAME",
                                        dimension_numbers=("NHWC", "HWIO", "NHWC"))


def _pooled_fns(p, x):
    """Layers whose cotangent factorises through a pooling sum (structured.__factored):
    a conv whose output reaches a global average pool through a bias, a residual skip and
    tanh; a token-wise dense layer mean-pooled over tokens. Near misses that must not be
    factored: a conv output used twice, a chain through a transpose (not elementwise), and
    two chains meeting in one sum (only the first is factored)."""
    h = jnp.tanh(_conv(x, p["k1"]))                                   # [N, 4, 4, 3]
    y = 0.5 * _conv(h, p["k2"]) + p["b2"]
    pooled = jnp.mean(jnp.tanh(y + h), axis=(1, 2))                   # factored (k2)
    y3 = _conv(h, p["k3"])
    twice = jnp.mean(jax.nn.relu(y3) * y3, axis=(1, 2))               # y3 used twice
    y4 = _conv(h, p["k4"])
    trans = jnp.sum(jnp.transpose(jnp.sin(y4), (0, 2, 1, 3)), axis=1).mean(1)  # transpose
    meet = jnp.sum(jnp.tanh(_conv(h, p["k5"])) + _conv(h, p["k6"]), axis=(1, 2))
    tokens = h.reshape(h.shape[0], 16, 3) @ p["wt"]                   # [N, 16 tokens, 5]
    tok = jnp.mean(jnp.tanh(tokens), axis=1)                          # factored (wt)
    feats = jnp.concatenate([pooled, twice, trans, meet, tok], 1)
    return feats @ p["out"]


def test_pooled_readout_factored_cotangents_float64():
    """Structured derivatives and JC with factored pooled-readout cotangents
    (``c = g m``: O reverse passes of the pooled vector, one forward-mode pass of the
    elementwise chain) against the brute-force reference, and factored exactly where the
    chain is single-consumer and elementwise."""
    from ntk_core.finite import structured as sd

    params = _init({"k1": (3, 3, 2, 3), "k2": (3, 3, 3, 3), "b2": (3,), "k3": (3, 3, 3, 3),
                    "k4": (3, 3, 3, 3), "k5": (3, 3, 3, 3), "k6": (3, 3, 3, 3), "wt": (3, 5),
                    "out": (17, 2)}, 6)
    x1, x2 = data((4, 4, 2))
    leaves, td = jax.tree_util.tree_flatten(params)
    names = [jax.tree_util.keystr(k) for k, _ in jax.tree_util.tree_flatten_with_path(params)[0]]
    plan = sd.analyse(_pooled_fns, [jax.ShapeDtypeStruct(l.shape, l.dtype) for l in leaves],
                      td, jax.ShapeDtypeStruct((1, 4, 4, 2), jnp.float64))
    factored = {names[plan.uses[u].form.leaf] for u in plan.factored}
    assert factored == {"['k2']", "['k5']", "['wt']"}, factored
    check_all(_pooled_fns, params, x1, x2, 1e-10,
              methods=("structured_derivatives", "jacobian_contraction"), fallback=())

"""Batch structure: the per-example paths against the general (batched-Jacobian) paths.

``apply_fn(params, X)[i]`` that depends only on ``X[i]`` lets every method work one
example at a time (neural-tangents' ``vmap_axes``); :mod:`ntk_core.finite.batch` must prove
that before using it. References are float64 brute force, sharing no code with the
library: for an independent function per-example gradients (tests/test_empirical.py), for
a batch-mixing one the gradient of every entry ``(i, o)`` of the batched output. Both
paths are exact in float64, so 1e-10 (as in test_empirical) holds for both.
"""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.finite.batch import batch_independent
from ntk_core.finite.empirical import METHODS, NTKInputError, compute_ntk
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec
from test_empirical import (_init, combine, data, embed_fn, reference_full, relerr, vector_fns,
                            vector_params)

jax.config.update("jax_enable_x64", True)

MLP = MLPSpec(depth=2, width=6, activation="erf", out_dim=2, b_std=0.3)


def reference_batched(apply_fn, params, x1, x2):
    """[N1, N2, O, O] = J(x1) J(x2)^T, J(X) the Jacobian of the batched call (float64)."""
    def jac(x):
        n, o = jax.eval_shape(apply_fn, params, x).shape
        g = jax.jit(jax.grad(lambda p, i, a: apply_fn(p, x)[i, a]))
        rows = [np.concatenate([np.ravel(l) for l in jax.tree_util.tree_leaves(g(params, i, a))])
                for i in range(n) for a in range(o)]
        return np.stack(rows).reshape(n, o, -1)
    J1 = jac(x1)
    J2 = J1 if x2 is None else jac(x2)
    return np.einsum("nap,mbp->nmab", J1, J2)


def check(apply_fn, params, x1, x2, ref, batch_axis, independent):
    """All methods and output modes against ``ref(x1, x2)`` / ``ref(x1, None)``."""
    ref12, ref11 = ref(apply_fn, params, x1, x2), ref(apply_fn, params, x1, None)
    want = {"full": ref12, "trace": np.trace(ref11, axis1=2, axis2=3) / ref11.shape[-1],
            "diagonal": np.stack([ref11[i, i] for i in range(len(x1))])}
    for m in METHODS:
        for output in ("full", "trace", "diagonal"):
            r = compute_ntk(apply_fn, params, x1, x2 if output == "full" else None, method=m,
                            output=output, batch_axis=batch_axis)
            assert r.batch_independent == independent, (m, output, r.batch_note)
            assert relerr(r.kernel, want[output]) < 1e-10, (m, output, batch_axis)


def test_batch_structure_equals_general_path_float64():
    cnn = CNNSpec(layers=(ConvLayer(3, 3, 1, "SAME"),), readout="gap", out_dim=2)
    x1, x2 = data((3, 3, 2))
    params = [MLP.init(jax.random.PRNGKey(0), (1, 18), jnp.float64),
              cnn.init(jax.random.PRNGKey(1), x1.shape, jnp.float64)]

    def f(p, x):                       # an MLP on the flattened image next to a CNN
        return combine([lambda q, z: MLP.apply(q, z.reshape(z.shape[0], -1)), cnn.apply])(p, x)

    assert batch_independent(f, params, x1) == (True, "")
    for batch_axis, independent in (("auto", True), (None, False)):
        check(f, params, x1, x2, reference_full, batch_axis, independent)


def batch_norm_fn(p, x):
    """A hidden layer normalised over the batch (training-mode batch norm)."""
    h = x @ p["w1"]
    h = (h - h.mean(0)) / jnp.sqrt(h.var(0) + 1e-3) * p["g"]
    return jnp.tanh(h) @ p["w2"]


def mean_over_examples_fn(p, x):
    y = MLP.apply(p, x)
    return y + y.mean(0, keepdims=True)


def test_batch_mixing_functions_fall_back_and_stay_exact():
    x1, x2 = data((4,), 3, 4)
    bn = _init({"w1": (4, 5), "g": (5,), "w2": (5, 2)})
    mlp = MLP.init(jax.random.PRNGKey(3), x1.shape, jnp.float64)
    for fn, params in ((batch_norm_fn, bn), (mean_over_examples_fn, mlp)):
        ok, why = batch_independent(fn, params, x1)
        assert not ok and "over the batch axis" in why
        check(fn, params, x1, x2, reference_batched, "auto", False)
    # the per-example reference really differs: falling back is needed, not cosmetic
    assert relerr(reference_full(batch_norm_fn, bn, x1, x2),
                  reference_batched(batch_norm_fn, bn, x1, x2)) > 0.1
    r = compute_ntk(batch_norm_fn, bn, x1, method="auto", batch_axis="auto")
    assert not r.batch_independent and "general path" in r.reason
    with pytest.raises(NTKInputError, match="tiles|tile_size"):
        compute_ntk(batch_norm_fn, bn, x1, tile_size=2)
    with pytest.raises(NTKInputError, match="batch_axis"):
        compute_ntk(batch_norm_fn, bn, x1, batch_axis=1)


S = MLPSpec(depth=1, width=5, out_dim=2)


@pytest.mark.parametrize("fn, independent", [
    (lambda p, x: S.apply(p, x), True),
    (lambda p, x: S.apply(p, x.reshape(-1, 4).reshape(x.shape[0], 4)), True),
    (lambda p, x: S.apply(p, x[:, :4] * 2.0), True),
    (lambda p, x: S.apply(p, x) * x.shape[0], False),                  # N used as a number
    (lambda p, x: S.apply(p, x) + jnp.arange(x.shape[0])[:, None], False),   # row index
    (lambda p, x: S.apply(p, x) + jnp.ones((x.shape[0], 4)).sum(0)[:2], False),  # sum to N
    (lambda p, x: S.apply(p, x) if x.shape[0] < 5 else S.apply(p, x[::-1]), False),  # branch
    (lambda p, x: jnp.roll(S.apply(p, x), 1, axis=0), False),          # other rows
    (lambda p, x: S.apply(p, x).reshape(2, -1).T.reshape(x.shape[0], 2), False),  # shuffle
    (lambda p, x: S.apply(p, x) @ (x @ x.T)[:, :2].T[:2], False),      # Gram over the batch
    (lambda p, x: S.apply(p, jnp.sort(x, axis=0)), False),             # sort across examples
])
def test_detection(fn, independent):
    x = jnp.ones((3, 4))
    params = S.init(jax.random.PRNGKey(0), x.shape, jnp.float64)
    ok, why = batch_independent(fn, params, x)
    assert ok == independent, why
    assert ok or why


def test_detection_on_hand_written_functions():
    assert batch_independent(vector_fns, vector_params(), jnp.ones((2, 4)))[0]
    emb = _init({"emb": (6, 3), "w": (3 * 3, 4), "out": (4, 2)})
    assert batch_independent(embed_fn, emb, jnp.zeros((2, 3), jnp.int32))[0]


def test_pooling_has_a_batch_rule_float64():
    """Average and max pooling (reduce_window, and max pooling's JVP) keep the per-example
    path; a window that spans examples, or pads the batch axis, falls back."""
    from ntk_core.networks.layers import Activation, AvgPool, Conv, Flatten, MaxPool
    from ntk_core.networks.net import LayerNet

    net = LayerNet((Conv(3, 2), Activation("tanh"), AvgPool(2, 2), Conv(2, 2),
                    Activation("tanh"), MaxPool(2, 1, "SAME"), Flatten()), out_dim=2)
    x1, x2 = data((4, 4, 2))
    params = net.init(jax.random.PRNGKey(0), x1.shape, jnp.float64)
    assert batch_independent(net.apply, params, x1) == (True, "")
    check(net.apply, params, x1, x2, reference_full, "auto", True)

    def across(p, x):                # pools examples i and i+1 together
        h = jax.lax.reduce_window(x, 0.0, jax.lax.add, (2, 1, 1, 1), (1, 1, 1, 1), "SAME")
        return net.apply(p, h)

    def padded(p, x):                # a zero example padded in front of the batch
        h = jax.lax.reduce_window(x, 0.0, jax.lax.add, (1, 1, 1, 1), (1, 1, 1, 1),
                                  ((1, 0), (0, 0), (0, 0), (0, 0)))
        return net.apply(p, h[1:])
    for fn in (across, padded):
        ok, why = batch_independent(fn, params, x1)
        assert not ok and "window across the batch axis" in why
    check(across, params, x1, x2, reference_batched, "auto", False)

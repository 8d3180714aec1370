"""ntk_core.ntk_fn: the kernel as a JAX function (jit, vmap, grad) and compute_ntk's
per-call path with its checks done once per (function, shapes).

References: the brute-force float64 per-example kernel of tests/test_empirical.py
(per-example, per-output ``jax.grad``, no code shared with the library) and central finite
differences. Tolerances: float64 kernels agree to summation order (~1e-15), so 1e-10 as in
test_empirical. Central differences with step h have truncation error ~h^2 |f'''| and
round-off ~eps |f| / h; h = 1e-5 gives ~1e-10 each, so 1e-7 relative is a 1000x margin
and still catches a wrong or missing derivative term (errors of order 1). Smooth
activations (tanh, erf): finite differences across a ReLU kink would not converge.
"""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core import ntk_fn
from ntk_core.finite import empirical
from ntk_core.finite.empirical import METHODS, NTKInputError, compute_ntk
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec

from test_empirical import reference_full, relerr

jax.config.update("jax_enable_x64", True)

MLP = MLPSpec(depth=2, width=8, activation="tanh", out_dim=3)
CNN = CNNSpec(layers=(ConvLayer(3), ConvLayer(4, stride=2)), activation="erf", out_dim=2)


def _setup(spec, shape, n1=3, n2=2, seed=0):
    p = spec.init(jax.random.PRNGKey(seed), (n1,) + shape, jnp.float64)
    x1 = jax.random.normal(jax.random.PRNGKey(seed + 1), (n1,) + shape, jnp.float64)
    x2 = jax.random.normal(jax.random.PRNGKey(seed + 2), (n2,) + shape, jnp.float64)
    return p, x1, x2


def test_matches_float64_reference_every_method_and_mode():
    spec = MLP
    p, x1, x2 = _setup(spec, (5,))
    ref12 = reference_full(spec.apply, p, x1, x2)                # N1 = 3 != N2 = 2
    ref11 = reference_full(spec.apply, p, x1, None)
    for m in METHODS + ("auto",):
        full = ntk_fn(spec.apply, method=m, output="full")
        assert relerr(full(p, x1, x2), ref12) < 1e-10, m
        assert relerr(full(p, x1), ref11) < 1e-10, m
        # N2 > N1 (NVP swaps the batches and transposes the kernel)
        assert relerr(full(p, x2, x1), ref12.transpose(1, 0, 3, 2)) < 1e-10, m
        tr = ntk_fn(spec.apply, method=m, output="trace")(p, x1, x2)
        assert relerr(tr, np.trace(ref12, axis1=2, axis2=3) / ref12.shape[-1]) < 1e-10, m
        dg = ntk_fn(spec.apply, method=m, output="diagonal")(p, x1)
        assert relerr(dg, np.stack([ref11[i, i] for i in range(3)])) < 1e-10, m


def test_cnn_matches_float64_reference():
    """The conv paths (image patches in SD and in JC's assembled Jacobians), K(x1, x2)
    with N1 != N2 and K(x, x); compiled once per method (the slow part on CPU)."""
    p, x1, x2 = _setup(CNN, (5, 5, 2))
    x12 = jnp.concatenate([x1, x2])
    ref = reference_full(CNN.apply, p, x12, None)
    for m in METHODS:
        k = ntk_fn(CNN.apply, method=m, output="full")(p, x1, x2)
        assert relerr(k, ref[:3, 3:]) < 1e-10, m
    k = ntk_fn(CNN.apply, method="ntk_vector_products", output="full")(p, x2, x1)  # N2 > N1
    assert relerr(k, ref[3:, :3]) < 1e-10


def test_jit_and_vmap_over_params_and_inputs():
    p, x1, x2 = _setup(MLP, (5,))
    q = MLP.init(jax.random.PRNGKey(7), x1.shape, jnp.float64)
    for m in METHODS:
        f = ntk_fn(MLP.apply, method=m, output="full")
        # inside another jit (inlined), with arithmetic around it
        g = jax.jit(lambda p, a, b: 2.0 * f(p, a, b) + 1.0)
        assert relerr(g(p, x1, x2), 2.0 * reference_full(MLP.apply, p, x1, x2) + 1.0) < 1e-10
        # vmap over an ensemble of parameters
        ens = jax.tree_util.tree_map(lambda a, b: jnp.stack([a, b]), p, q)
        k = jax.vmap(f, (0, None, None))(ens, x1, x2)
        assert relerr(k[0], reference_full(MLP.apply, p, x1, x2)) < 1e-10, m
        assert relerr(k[1], reference_full(MLP.apply, q, x1, x2)) < 1e-10, m
        # vmap over a stack of test batches
        xs = jnp.stack([x2, 2.0 * x2])
        k = jax.vmap(f, (None, None, 0))(p, x1, xs)
        assert relerr(k[1], reference_full(MLP.apply, p, x1, 2.0 * x2)) < 1e-10, m


def _central(loss, z, v, h=1e-5):
    add = lambda s: jax.tree_util.tree_map(lambda a, b: a + s * b, z, v)  # noqa: E731
    return (loss(add(h)) - loss(add(-h))) / (2 * h)


def _direction(tree, seed):
    leaves, td = jax.tree_util.tree_flatten(tree)
    keys = jax.random.split(jax.random.PRNGKey(seed), len(leaves))
    return jax.tree_util.tree_unflatten(
        td, [jax.random.normal(k, l.shape, l.dtype) for k, l in zip(keys, leaves)])


def _dot(a, b):
    return sum(float(jnp.vdot(x, y)) for x, y in zip(jax.tree_util.tree_leaves(a),
                                                       jax.tree_util.tree_leaves(b)))


@pytest.mark.parametrize("spec,shape", [(MLP, (5,)), (CNN, (5, 5, 2))])
def test_grad_matches_finite_differences(spec, shape):
    p, x1, x2 = _setup(spec, shape, seed=3)
    # the CNN (slow to compile twice differentiated): its own paths (structured
    # derivatives' patches; JC assembles its Jacobians from them), one output mode
    outputs = ("trace", "full") if spec is MLP else ("full",)
    meths = METHODS if spec is MLP else ("structured_derivatives",)
    for m in meths:
        for output in outputs:
            f = ntk_fn(spec.apply, method=m, output=output)
            w = jax.random.normal(jax.random.PRNGKey(9), f(p, x1, x2).shape, jnp.float64)
            # a scalar of the kernel; every entry weighted differently
            loss = lambda p, a, b: jnp.sum(w * f(p, a, b))  # noqa: E731
            gp, g1, g2 = jax.grad(loss, argnums=(0, 1, 2))(p, x1, x2)
            for z, g, fz in ((p, gp, lambda z: loss(z, x1, x2)),
                             (x1, g1, lambda z: loss(p, z, x2)),
                             (x2, g2, lambda z: loss(p, x1, z))):
                v = _direction(z, 11)
                fd = float(_central(fz, z, v))
                assert abs(_dot(g, v) - fd) <= 1e-7 * max(1.0, abs(fd)), (m, output, fd)
    # symmetric kernel K(x, x): both arguments are x
    f = ntk_fn(spec.apply, method="structured_derivatives", output="full")
    loss = lambda z: jnp.sum(f(p, z) ** 2)  # noqa: E731
    v = _direction(x1, 12)
    fd = float(_central(loss, x1, v))
    assert abs(_dot(jax.grad(loss)(x1), v) - fd) <= 1e-7 * max(1.0, abs(fd))


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(NTKInputError, match="unknown method"):
        ntk_fn(MLP.apply, method="nope")
    with pytest.raises(NTKInputError, match="unknown output"):
        ntk_fn(MLP.apply, output="nope")
    with pytest.raises(NTKInputError, match="batch_axis"):
        ntk_fn(MLP.apply, batch_axis=1)
    p, x1, x2 = _setup(MLP, (5,))
    with pytest.raises(NTKInputError, match="same per-example shape"):
        ntk_fn(MLP.apply)(p, x1, x2[:, :4])


def test_compute_ntk_repeated_call_reuses_checks_but_still_checks_values():
    """The second call with the same shapes takes the prepared path (no re-validation) and
    still gives the reference kernel, and still refuses non-finite outputs."""
    p, x1, x2 = _setup(MLP, (5,))
    ref = reference_full(MLP.apply, p, x1, x2)
    before = len(empirical._PREPARED)
    for _ in range(2):
        r = compute_ntk(MLP.apply, p, x1, x2, method="auto", output="full")
        assert relerr(r.kernel, ref) < 1e-10
    assert len(empirical._PREPARED) == before + 1
    bad = x1.at[1, 2].set(jnp.nan)
    # a NaN / infinite input is named as such (an inf can give finite erf outputs)
    with pytest.raises(NTKInputError, match="x1 has NaN or infinite values in example"):
        compute_ntk(MLP.apply, p, bad, x2, method="auto", output="full")
    with pytest.raises(NTKInputError, match="x2 has NaN or infinite values in example"):
        compute_ntk(MLP.apply, p, x1, x2.at[0, 0].set(jnp.inf), method="auto", output="full")

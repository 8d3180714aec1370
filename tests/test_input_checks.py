"""Library input checks before heavy work (issue 18, items 4-6): impossible sizes, bad
options, wrong shapes and NaN inputs give ntk_core's own exceptions with what to change,
in time independent of N where the check is about shape.

The impossible sizes are given as inputs that are cheap to hold (N = 200000 examples of
d = 3, 2.4 MB) whose kernel is not (149 GiB as float32); the host's available memory is
what the check compares with, so the test reads it too.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core import MLPSpec, NTKInputError, NTKMemoryError, analytic_kernels, compute_ntk
from ntk_core.app.memory import GiB
from ntk_core.finite.checks import check_finite_inputs, check_kernel_size, host_available_bytes
from ntk_core.networks.net import LayerNet
from ntk_core.networks import layers as L

SPEC = MLPSpec(depth=1, width=8)
PARAMS = SPEC.init(jax.random.PRNGKey(0), (1, 3))
X = np.random.default_rng(0).standard_normal((5, 3)).astype(np.float32)
BIG = np.random.default_rng(1).standard_normal((200_000, 3)).astype(np.float32)


def test_impossible_kernel_refused_before_any_forward_pass(monkeypatch):
    """The issue's N = 200000, 2 x 4096 MLP: refused by shape alone (no forward pass)."""
    assert 2 * 200_000**2 * 4 > host_available_bytes()  # (else this test would run it)
    big = MLPSpec(depth=2, width=4096)
    params = big.init(jax.random.PRNGKey(0), (1, 3))
    from ntk_core.finite import methods
    monkeypatch.setattr(methods, "_forward", lambda f: pytest.fail("a forward pass ran"))
    with pytest.raises(NTKMemoryError, match=r"200000 x 200000 entries.*available on this host"):
        compute_ntk(big.apply, params, BIG, memory_budget=2 * GiB)
    with pytest.raises(NTKMemoryError, match="analytic NNGP and NTK"):
        analytic_kernels(big, BIG)


@pytest.mark.parametrize("kw,match", [
    (dict(memory_budget=-1), "memory_budget must be a positive"),
    (dict(memory_budget=float("inf")), "memory_budget must be a positive"),
    (dict(memory_budget="2GB"), "memory_budget must be a positive"),
    (dict(tile_size=-3), "tile_size must be a whole number"),
    (dict(tile_size=0), "tile_size must be a whole number"),
    (dict(tile_size=2.5), "tile_size must be a whole number"),
    (dict(progress=3), "progress must be a function"),
])
def test_bad_options_are_named(kw, match):
    with pytest.raises(NTKInputError, match=match):
        compute_ntk(SPEC.apply, PARAMS, X, **kw)


def test_analytic_kernels_shapes_and_types():
    with pytest.raises(NTKInputError, match=r"x1 must be a batch \[N, d\].*x\[None\]"):
        analytic_kernels(SPEC, X[0])
    with pytest.raises(NTKInputError, match="same per-example shape"):
        analytic_kernels(SPEC, X, np.ones((2, 4)))
    with pytest.raises(NTKInputError, match="array of numbers"):
        analytic_kernels(SPEC, np.array([["a", "b"]]))
    with pytest.raises(NTKInputError, match="NHWC"):
        from ntk_core import CNNSpec
        analytic_kernels(CNNSpec(), X)
    with pytest.raises(TypeError):  # still a TypeError, now also an NTKInputError
        analytic_kernels("relu net", X)
    with pytest.raises(NTKInputError):
        analytic_kernels("relu net", X)
    net = LayerNet((L.Dense(8), L.Activation("relu")), out_dim=1)
    with pytest.raises(NTKInputError, match="empty batch"):
        analytic_kernels(net, X[:0])


@pytest.mark.parametrize("act", ["relu", "erf", "gelu"])
def test_nan_inputs_refused_like_the_finite_kernel(act):
    """The issue: a ReLU net's NNGP row for a NaN example was finite and wrong; erf / gelu
    gave NaN silently. Now both kernels refuse it and name the example."""
    bad = X.copy()
    bad[2, 1] = np.nan
    spec = MLPSpec(depth=1, width=8, activation=act)
    with pytest.raises(NTKInputError, match=r"x1 has NaN or infinite values in example\(s\) 2"):
        analytic_kernels(spec, bad)
    with pytest.raises(NTKInputError, match=r"x2 has NaN .* example\(s\) 2"):
        analytic_kernels(spec, X, bad)
    params = spec.init(jax.random.PRNGKey(0), (1, 3))
    with pytest.raises(NTKInputError, match=r"x1 has NaN or infinite values in example\(s\) 2"):
        compute_ntk(spec.apply, params, bad)
    k = analytic_kernels(spec, X)  # finite inputs still work
    assert np.isfinite(k.ntk).all() and k.ntk.shape == (5, 5)


def test_checks_in_chunks_name_examples_anywhere():
    x = np.zeros((10_000, 2))
    x[[7, 9_999]] = np.inf
    with pytest.raises(NTKInputError, match=r"example\(s\) 7, 9999"):
        check_finite_inputs(x)
    check_finite_inputs(np.zeros((3, 2), np.int32))
    assert check_kernel_size(10, 20, 4, 4, available=3200) == 3200
    with pytest.raises(NTKMemoryError, match=r"10 x 20 x 4 entries.*3.2 kB"):
        check_kernel_size(10, 20, 4, 4, available=3199)


def test_finite_output_check_in_chunks_names_global_example():
    """More examples than one chunk of the finite-output check: the bad one is found by
    its index in the whole batch."""
    from ntk_core.finite import empirical
    x = np.random.default_rng(2).standard_normal((2 * empirical.FINITE_CHECK_CHUNK + 5, 3))
    x[empirical.FINITE_CHECK_CHUNK + 3, 0] = 1e4     # finite input, NaN output (below)

    def apply_fn(p, xb):   # per example: NaN where the first feature is huge
        return SPEC.apply(p, xb) * jnp.where(xb[:, :1] > 1e3, jnp.nan, 1.0)
    with pytest.raises(NTKInputError, match=rf"example {empirical.FINITE_CHECK_CHUNK + 3},"):
        compute_ntk(apply_fn, PARAMS, x.astype(np.float32))

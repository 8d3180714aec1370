"""Activations without a closed form on inputs of one norm: the 1-D Chebyshev table in the
correlation (dual.dual_activation_one_norm) against the per-pair 2-D quadrature it
replaces, and the automatic switch in mlp_kernels."""
import numpy as np
import pytest

from ntk_core.infinite.analytic import mlp_kernels
from ntk_core.infinite.dual import dual_activation, dual_activation_one_norm
from ntk_core.networks.specs import MLPSpec
from ntk_core.sphere.datasets import push_off_sphere, sample_sphere


@pytest.mark.parametrize("activation", ["tanh", "gelu"])
@pytest.mark.parametrize("variance", [0.1, 1.0, 10.0])
def test_table_interpolation_error_is_bounded(activation, variance):
    """Interpolation error at random correlations and near rho = +-1, relative to the
    values' scale. Measured with 129 nodes: <= 6e-11 (the floor is the quadrature's own
    rho-dependent panel noise); the bound 1e-9 is the one the docstring promises. With 33
    nodes the error at variance 10 is ~1e-5 (tanh), so the test can fail."""
    rho = np.concatenate([np.random.default_rng(0).uniform(-1, 1, 200),
                          1 - np.logspace(-12, -1, 12), -1 + np.logspace(-12, -1, 12)])
    q, kd = dual_activation(activation, variance, variance, variance * rho)
    a, b = dual_activation_one_norm(activation, variance, variance * rho)
    assert np.max(np.abs(a - q)) / np.max(np.abs(q)) < 1e-9
    assert np.max(np.abs(b - kd)) / np.max(np.abs(kd)) < 1e-9


def test_mlp_uses_table_on_sphere_only():
    spec = MLPSpec(depth=2, activation="tanh", W_std=1.4, b_std=0.2)
    x = sample_sphere(0, 10, 4)
    fast = mlp_kernels(spec, x)
    slow = mlp_kernels(spec, x, table=False)
    assert np.max(np.abs(fast.ntk - slow.ntk)) / np.max(np.abs(slow.ntk)) < 1e-9
    assert np.max(np.abs(fast.nngp - slow.nngp)) / np.max(np.abs(slow.nngp)) < 1e-9
    off = push_off_sphere(1, x[:5])  # different norms: the table does not apply
    np.testing.assert_array_equal(mlp_kernels(spec, off).ntk, mlp_kernels(spec, off, table=False).ntk)

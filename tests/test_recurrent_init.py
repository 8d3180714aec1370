"""Orthogonal initialisation of RNN layers (issues 20 + 21 together): the recurrent and input
weights are scaled Haar-orthogonal, the finite-width NTK methods stay exact on them, and the
analytic RNTK, derived for Gaussian weights, is refused with the reason."""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.infinite import NoAnalyticKernel, analytic_kernels, analytic_support
from ntk_core.networks import RNN, LayerNet, pack_sequences
from tests.test_empirical import check_all

jax.config.update("jax_enable_x64", True)

RNG = np.random.default_rng(3)


def test_rnn_orthogonal_weights_are_scaled_orthogonal():
    net = LayerNet((RNN(6, "tanh"),), out_dim=2, weight_init="orthogonal")
    p = net.init(jax.random.PRNGKey(0), (3, 5, 4))[0]
    W, U = np.asarray(p["W"], np.float64), np.asarray(p["U"], np.float64)
    # orthogonal_weight: Q sqrt(max(n_in, n_out)), Q with orthonormal rows or columns;
    # float32 rounding of a 6x6 product is ~1e-6 relative.
    assert np.abs(W.T @ W / 6 - np.eye(6)).max() < 1e-5
    assert np.abs(U @ U.T / 6 - np.eye(4)).max() < 1e-5      # U [4, 6]: orthonormal rows
    g = LayerNet((RNN(6, "tanh"),), out_dim=2).init(jax.random.PRNGKey(0), (3, 5, 4))[0]
    assert np.abs(np.asarray(g["W"]).T @ np.asarray(g["W"]) / 6 - np.eye(6)).max() > 0.1


def test_finite_ntk_exact_on_orthogonal_rnn_float64():
    net = LayerNet((RNN(4, "relu", 1.2, 0.9, 0.3, "last", masked=True),), out_dim=2,
                   weight_init="orthogonal", b_std=0.2)
    x1 = jnp.asarray(pack_sequences([RNG.normal(size=(t, 2)) for t in (4, 2, 3)], T=4,
                                    masked=True))
    x2 = jnp.asarray(pack_sequences([RNG.normal(size=(t, 2)) for t in (1, 4)], T=4,
                                    masked=True))
    params = net.init(jax.random.PRNGKey(1), x1.shape, jnp.float64)
    # float64 throughout: agreement with the per-example reference to 1e-10 (as for Gaussian
    # RNNs in tests/test_recurrent.py); the recurrent W falls back in structured derivatives.
    check_all(net.apply, params, x1, x2, 1e-10, fallback=("[0]['W']",))


def test_analytic_rntk_refuses_orthogonal_weights():
    net = LayerNet((RNN(8),), out_dim=1, weight_init="orthogonal")
    why = analytic_support(net)
    assert why and "Gaussian" in why
    with pytest.raises(NoAnalyticKernel, match="Gaussian weights"):
        analytic_kernels(net, np.ones((2, 3, 1)))

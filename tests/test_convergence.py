"""Monte-Carlo NTK with the finite-width engine, and convergence to the analytic NTK."""
import numpy as np
import pytest

from ntk_core.infinite.convergence import convergence_study, monte_carlo_ntk, relative_frobenius, with_width
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec


@pytest.fixture(scope="module")
def x():
    return np.random.default_rng(0).normal(size=(5, 4))


def test_monte_carlo_with_engine_matches_analytic(x):
    """32 nets of width 1024 (standard parameterization, depth 2): expected relative error
    ~ c / sqrt(S n) with c ~ 1.8 (measured, see test_infinite) ~ 1%; tolerance 3%. A single
    net is much further off (~ c / sqrt(n) ~ 6-9%)."""
    spec = MLPSpec(depth=2, width=1024, W_std=1.4, b_std=0.2, parameterization="standard")
    mc = monte_carlo_ntk(spec, x, 32, 1)
    assert mc.per_seed.shape == (32, 5, 5)
    np.testing.assert_allclose(mc.mean, mc.per_seed.mean(0))
    assert mc.rel_error_mean < 0.03
    assert mc.rel_error_single.mean() > 2 * mc.rel_error_mean


def test_convergence_rates(x):
    """Widths 64..1024 (16x), 6 seeds. Per-seed errors ~ c n^-1/2 (slope -1/2): the fitted
    slope must be within 3 standard errors (over seeds) + 0.05 of -1/2; the S-seed average is
    closer than single nets (by ~sqrt(S) in expectation; asserted: at every width)."""
    spec = MLPSpec(depth=1, activation="relu", W_std=1.4, b_std=0.2)
    r = convergence_study(spec, x, widths=(64, 256, 1024), n_seeds=6, key=0, n_bootstrap=50)
    assert r.err_single.shape == (3, 6) and r.fit_mean.shape == (3,)
    assert abs(r.slope_single + 0.5) < 3 * r.slope_single_stderr + 0.05
    assert r.slope_single_stderr < 0.2
    assert np.all(r.err_mean < r.err_single_mean)
    assert r.err_single_mean[-1] < r.err_single_mean[0] / 2.5  # expected factor 4
    assert np.isfinite(r.slope_mean) and r.slope_mean < 0 and r.slope_mean_stderr > 0


def test_with_width():
    assert with_width(MLPSpec(width=3), 17).width == 17
    c = with_width(CNNSpec(layers=(ConvLayer(4, 3, 2), ConvLayer(5))), 9)
    assert [l.channels for l in c.layers] == [9, 9] and c.layers[0].stride == 2
    assert relative_frobenius(np.ones(3) * 2, np.ones(3)) == pytest.approx(1.0)

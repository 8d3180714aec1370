"""ntk_core.dynamics.ensembles: infinite-ensemble mean / covariance and the NNGP posterior
against closed forms, and a finite ensemble of real networks against the infinite one.

References share no code with the library (which works on an eigendecomposition):
* gradient flow: ``A_t = Theta_{*X} solve(Theta_r, I - expm(-eta Theta_r t / n))`` with
  ``scipy.linalg.expm``; t = inf: ``Theta_{*X} solve(Theta_r, .)``; discrete GD:
  ``np.linalg.matrix_power(I - eta Theta / n, t)``;
* the NNGP posterior by ``scipy.linalg.cho_solve``;
* one training point by hand (scalars).

Tolerances: closed forms are float64 on O(1) kernels of at most 8 training points with
condition numbers below ~1e4, so the two routes agree to ~1e-12; 1e-9 leaves three orders
of margin and still catches any wrong factor (those change entries by O(1e-2) or more).
"""
import jax
import numpy as np
import pytest
import scipy.linalg

from ntk_core.dynamics import (band, ensemble_gap, ensemble_predictions, nngp_posterior,
                               train_finite_ensemble)
from ntk_core.infinite import Kernels, analytic_kernels
from ntk_core.networks.layers import Activation, Dense, Residual
from ntk_core.networks.net import LayerNet
from ntk_core.networks.specs import MLPSpec

TOL = 1e-9


def circle(theta):
    return np.stack([np.cos(theta), np.sin(theta)], axis=1)


def problem(spec, n=6, m=9, out=2, seed=0):
    rng = np.random.default_rng(seed)
    x = circle(np.sort(rng.uniform(-np.pi, np.pi, n)))
    xs = circle(np.linspace(-np.pi, np.pi, m, endpoint=False))
    y = rng.standard_normal((n, out))
    return (analytic_kernels(spec, x), analytic_kernels(spec, xs, x), analytic_kernels(spec, xs),
            y)


SPECS = {"relu": MLPSpec(depth=2, activation="relu", W_std=1.5, b_std=0.1),
         "erf": MLPSpec(depth=1, activation="erf", W_std=1.5, b_std=0.05),
         "resnet": LayerNet((Dense(8), Residual((Activation("relu"), Dense(8))),
                             Activation("relu"), Dense(1)), W_std=1.4, b_std=0.1)}


def ref_moments(ktt, kst, kss, y, t, lr, reg=0.0, form="flow"):
    n = len(y)
    th = ktt.ntk + reg * np.eye(n)
    if form == "discrete":
        one_minus = np.eye(n) - np.linalg.matrix_power(np.eye(n) - lr * th / n, int(t))
    elif np.isinf(t):
        one_minus = np.eye(n)
    else:
        one_minus = np.eye(n) - scipy.linalg.expm(-lr * th * t / n)
    A = kst.ntk @ np.linalg.solve(th, one_minus)
    cov = kss.nngp - A @ kst.nngp.T - kst.nngp @ A.T + A @ ktt.nngp @ A.T
    return A @ y, cov


@pytest.mark.parametrize("name", sorted(SPECS))
@pytest.mark.parametrize("reg", [0.0, 0.05])
def test_against_expm_and_solve(name, reg):
    ktt, kst, kss, y = problem(SPECS[name])
    ts = [0.0, 0.5, 3.0, 40.0, np.inf]
    lr = 0.7
    mean, cov = ensemble_predictions(ktt, kst, kss, y, ts, learning_rate=lr, diag_reg=reg)
    assert mean.shape == (5, 9, 2) and cov.shape == (5, 9, 9)
    for i, t in enumerate(ts):
        m_ref, c_ref = ref_moments(ktt, kst, kss, y, t, lr, reg)
        np.testing.assert_allclose(mean[i], m_ref, atol=TOL)
        np.testing.assert_allclose(cov[i], c_ref, atol=TOL)


def test_discrete_form_matches_matrix_power():
    ktt, kst, kss, y = problem(SPECS["relu"])
    lr = 1.9 * len(y) / np.linalg.eigvalsh(ktt.ntk)[-1]   # near eta_crit: (1 - a) < 0 modes
    ts = [0, 1, 7, 60]
    mean, cov = ensemble_predictions(ktt, kst, kss, y, ts, lr, form="discrete")
    for i, t in enumerate(ts):
        m_ref, c_ref = ref_moments(ktt, kst, kss, y, t, lr, form="discrete")
        np.testing.assert_allclose(mean[i], m_ref, atol=TOL)
        np.testing.assert_allclose(cov[i], c_ref, atol=TOL)


def test_t0_is_the_prior():
    ktt, kst, kss, y = problem(SPECS["erf"])
    mean, cov = ensemble_predictions(ktt, kst, kss, y, [0.0])
    np.testing.assert_array_equal(mean[0], 0.0)
    np.testing.assert_allclose(cov[0], kss.nngp, atol=TOL)


@pytest.mark.parametrize("reg", [0.0, 0.1])
def test_nngp_in_place_of_ntk_at_infinity_is_the_posterior(reg):
    ktt, kst, kss, y = problem(SPECS["relu"])
    as_nngp = lambda k: Kernels(k.nngp, k.nngp)  # noqa: E731
    mean, cov = ensemble_predictions(as_nngp(ktt), as_nngp(kst), kss, y, [np.inf], diag_reg=reg)
    m_post, c_post = nngp_posterior(ktt, kst, kss, y, diag_reg=reg)
    # posterior by Cholesky, independently of both
    cho = scipy.linalg.cho_factor(ktt.nngp + reg * np.eye(len(y)))
    np.testing.assert_allclose(m_post, kst.nngp @ scipy.linalg.cho_solve(cho, y), atol=TOL)
    c_ref = kss.nngp - kst.nngp @ scipy.linalg.cho_solve(cho, kst.nngp.T)
    np.testing.assert_allclose(c_post, c_ref, atol=TOL)
    np.testing.assert_allclose(mean[0], m_post, atol=TOL)
    if reg == 0:   # the ensemble's middle K_XX is unregularised (module doc): equal only at s=0
        np.testing.assert_allclose(cov[0], c_post, atol=TOL)


def test_one_training_point_by_hand():
    th, k, th_s, k_s, k_ss, y, lr, t = 2.0, 1.5, 0.8, 0.6, 1.1, 0.7, 0.3, 4.0
    A = th_s / th * (1 - np.exp(-lr * th * t))                       # n = 1
    mean, cov = ensemble_predictions(Kernels(np.array([[k]]), np.array([[th]])),
                                     Kernels(np.array([[k_s]]), np.array([[th_s]])),
                                     Kernels(np.array([[k_ss]]), np.array([[0.0]])),
                                     np.array([[y, -2 * y]]), [t], learning_rate=lr)
    np.testing.assert_allclose(mean[0, 0], [A * y, -2 * A * y], rtol=1e-12)
    np.testing.assert_allclose(cov[0, 0, 0], k_ss - 2 * A * k_s + A * A * k, rtol=1e-12)
    pm, pc = nngp_posterior(Kernels(np.array([[k]]), None), Kernels(np.array([[k_s]]), None),
                            Kernels(np.array([[k_ss]]), None), [y], diag_reg=0.2)
    np.testing.assert_allclose(pm[0, 0], k_s / (k + 0.2) * y, rtol=1e-12)
    np.testing.assert_allclose(pc[0, 0], k_ss - k_s ** 2 / (k + 0.2), rtol=1e-12)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_covariances_symmetric_psd(name):
    ktt, kst, kss, y = problem(SPECS[name], n=8, m=24)
    _, cov = ensemble_predictions(ktt, kst, kss, y, [0, 1, 10, 1e3, np.inf], diag_reg=0.0)
    _, post = nngp_posterior(ktt, kst, kss, y)
    for c in list(cov) + [post]:
        np.testing.assert_array_equal(c, c.T)
        # PSD up to rounding: eigenvalues >= -1e-10 x the prior's scale (float64 rounding of
        # K_** - (...) is ~1e-15 relative; a sign error gives O(1) negative eigenvalues)
        assert np.linalg.eigvalsh(c).min() >= -1e-10 * np.abs(kss.nngp).max()
    lo, hi = band(*nngp_posterior(ktt, kst, kss, y))
    assert np.all(hi >= lo)


def test_singular_training_kernel_and_bad_input():
    ktt, kst, kss, y = problem(SPECS["erf"], n=4)
    dup = lambda k, axis: Kernels(*(np.concatenate([a, a.take([0], axis)], axis)  # noqa: E731
                                    for a in (k.nngp, k.ntk)))
    k2 = dup(dup(ktt, 0), 1)   # a repeated training input: singular kernels
    y2 = np.concatenate([y, y[:1]])
    mean, cov = ensemble_predictions(k2, dup(kst, 1), kss, y2, [1.0, np.inf])
    m1, _ = ensemble_predictions(ktt, kst, kss, y, [np.inf])
    assert np.all(np.isfinite(mean)) and np.all(np.isfinite(cov))
    np.testing.assert_allclose(mean[-1], m1[0], atol=1e-8)   # pseudo-inverse: same fit
    with pytest.raises(ValueError, match="shapes"):
        ensemble_predictions(ktt, kss, kss, y, [1.0])
    with pytest.raises(ValueError, match="times"):
        ensemble_predictions(ktt, kst, kss, y, [-1.0])
    with pytest.raises(TypeError, match="Kernels"):
        nngp_posterior(ktt.nngp, kst, kss, y)


def test_finite_ensemble_matches_infinite():
    """M = 256 one-hidden-layer ReLU nets of width 512 (float32), GD at half the critical
    step for 20 steps, against the infinite ensemble (form="discrete", exact for GD).

    Errors are rms over 17 test points in units of the prior's sd sigma_0. Their Monte-Carlo
    floors at step t are f_t = rms(sigma_t) / (sigma_0 sqrt(M)) for the mean and
    f_t / sqrt(2) for the sd; finite-width bias at width 512 is O(1/width), measured
    <= 0.01 in benchmarks/ensembles.py. Tolerance: 3 floors + 0.02. It rejects the infinite
    ensemble at the wrong time (2 t: the mean is off by ~0.13 at steps 2 and 5, against a
    tolerance of ~0.09 there).
    """
    spec = MLPSpec(depth=1, width=512, activation="relu", W_std=1.5, b_std=0.1)
    rng = np.random.default_rng(3)
    th = np.sort(rng.uniform(-np.pi, np.pi, 6))
    x, xs = circle(th), circle(np.linspace(-np.pi, np.pi, 17, endpoint=False))
    y = np.sin(2 * th)[:, None]
    ktt, kst = analytic_kernels(spec, x), analytic_kernels(spec, xs, x)
    kss = analytic_kernels(spec, xs)
    lr = 0.5 * 2 * len(x) / np.linalg.eigvalsh(ktt.ntk)[-1]
    seen, M = [], 256
    fe = train_finite_ensemble(spec, x, y, xs, lr, [0, 2, 5, 20], M, jax.random.PRNGKey(0),
                               progress=lambda f, m: seen.append(f))
    assert seen == [0.0, 0.1, 0.25, 1.0] and not fe.stopped and not fe.diverged
    mean, cov = ensemble_predictions(ktt, kst, kss, y, fe.record_steps, lr, form="discrete")
    gap = ensemble_gap(fe, mean, cov)
    sd = np.sqrt(np.diagonal(cov, axis1=1, axis2=2))
    floor = np.sqrt(np.mean(sd ** 2, axis=1)) / (gap["sigma0"] * np.sqrt(M))
    assert np.all(gap["mean_err"] < 3 * floor + 0.02), (gap, floor)
    assert np.all(gap["sd_err"] < 3 * floor / np.sqrt(2) + 0.02), (gap, floor)
    wrong_m, wrong_c = ensemble_predictions(ktt, kst, kss, y, 2 * fe.record_steps, lr,
                                            form="discrete")
    wrong = ensemble_gap(fe, wrong_m, wrong_c)["mean_err"]
    assert np.any(wrong[1:3] > 3 * floor[1:3] + 0.02), (wrong, floor)


def test_finite_ensemble_stop():
    spec = MLPSpec(depth=1, width=16)
    x = circle(np.linspace(0, 1, 3))
    calls = iter([False, True])
    fe = train_finite_ensemble(spec, x, np.ones((3, 1)), x, 0.1, [0, 10, 20], 4,
                               jax.random.PRNGKey(0), stop=lambda: next(calls))
    assert fe.stopped and list(fe.record_steps) == [0] and fe.outputs.shape == (1, 4, 3, 1)

"""Monte-Carlo estimates of the NTK and their convergence to the analytic limit.

For a spec and inputs ``x``, the empirical ("trace") NTK of ``S`` independently initialised
nets (finite-width engine :func:`ntk_core.empirical.empirical_ntk`) is compared with the
analytic kernel (:func:`ntk_core.infinite.analytic_kernels`) in relative Frobenius norm
``||Theta_hat - Theta_inf||_F / ||Theta_inf||_F``. Theory: a single net's error shrinks like
``width^-1/2``; the S-seed average's like ``(S width)^-1/2`` until the ``O(1/width)`` bias of
the mean takes over.

The same seeds (``jax.random.split(key, S)``) are used at every width (common random
numbers), so per-seed curves are smooth in the width.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from ..finite.empirical import empirical_ntk
from ..networks.net import LayerNet, with_width as net_with_width
from ..networks.specs import CNNSpec, MLPSpec
from .analytic import analytic_kernels

__all__ = ["with_width", "MonteCarloNTK", "monte_carlo_ntk", "seed_ntks", "ConvergenceResult",
           "convergence_study", "relative_frobenius", "DEFAULT_WIDTHS"]

DEFAULT_WIDTHS = (16, 64, 256, 1024, 4096)


def relative_frobenius(a, b) -> float:
    """``||a - b||_F / ||b||_F``."""
    return float(np.linalg.norm(np.asarray(a) - np.asarray(b)) / np.linalg.norm(b))


def fit_power_law(x, y) -> tuple[float, float]:
    """Least-squares fit of log y = slope log x + intercept over finite positive points;
    returns ``(slope, prefactor)`` (NaN if fewer than two points)."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    ok = np.isfinite(x) & np.isfinite(y) & (x > 0) & (y > 0)
    if ok.sum() < 2:
        return math.nan, math.nan
    slope, icpt = np.polyfit(np.log(x[ok]), np.log(y[ok]), 1)
    return float(slope), float(np.exp(icpt))


def with_width(spec, width: int):
    """The spec with every hidden width (MLP), every conv layer's channels (CNN) or every
    Dense / Conv / PatchEmbed width (LayerNet) = width."""
    if isinstance(spec, MLPSpec):
        return dataclasses.replace(spec, width=int(width))
    if isinstance(spec, CNNSpec):
        return dataclasses.replace(spec, layers=tuple(dataclasses.replace(l, channels=int(width))
                                                      for l in spec.layers))
    if isinstance(spec, LayerNet):
        return dataclasses.replace(spec, layers=net_with_width(spec.layers, width))
    raise TypeError(f"expected an MLPSpec, CNNSpec or LayerNet, got {type(spec).__name__}")


def _keys(key, n):
    import jax
    if isinstance(key, (int, np.integer)):
        key = jax.random.PRNGKey(int(key))
    return jax.random.split(key, n)


def _default_ntk_fn(method):

    def fn(spec, params, x):
        return empirical_ntk(spec.apply, params, x, method=method, output="trace")
    return fn


def seed_ntks(spec, x, n_seeds: int, key=0, *, method="jacobian_contraction", dtype=None):
    """``[S, N, N]`` float64: the trace NTK of ``spec`` on ``x [N, ...]`` for ``S = n_seeds``
    initialisations (keys ``jax.random.split(key, S)``), initialisation and kernel of all
    seeds in one jitted program vmapped over the keys (:func:`ntk_core.finite.function.ntk_fn`):
    one compilation per spec and shapes instead of one pass of checks per seed. For small
    nets (Monte-Carlo tests, benchmarks); the kernels of all seeds are held at once."""
    import jax
    import jax.numpy as jnp

    from ..finite.function import ntk_fn
    xj = jnp.asarray(x, dtype or jnp.float32)
    kernel = ntk_fn(spec.apply, method=method, batch_axis=0)
    run = jax.jit(jax.vmap(lambda k: kernel(spec.init(k, xj.shape, xj.dtype), xj)))
    return np.asarray(run(_keys(key, n_seeds)), np.float64)


@dataclass(frozen=True)
class MonteCarloNTK:
    """S-seed Monte-Carlo NTK.

    mean ``[N, N]``: average of the per-seed trace NTKs; per_seed ``[S, N, N]``; analytic
    ``[N, N]``: the infinite-width NTK (same normalisation); rel_error_mean: relative
    Frobenius error of ``mean``; rel_error_single ``[S]``: that of each seed.
    """

    mean: np.ndarray
    per_seed: np.ndarray
    analytic: np.ndarray
    rel_error_mean: float
    rel_error_single: np.ndarray


def monte_carlo_ntk(spec, x, n_seeds: int, key=0, *, method="auto", ntk_fn=None,
                    analytic=None, dtype=None) -> MonteCarloNTK:
    """Mean empirical NTK over ``n_seeds`` initialisations of ``spec`` on ``x``.

    ``key``: int or JAX PRNG key. ``ntk_fn(spec, params, x) -> [N, N]`` overrides the
    finite-width engine (default: ``empirical_ntk(..., method=method, output="trace")``).
    ``analytic``: precomputed analytic NTK ``[N, N]`` (else computed). ``dtype``: parameter
    dtype for ``spec.init`` (default float32).
    """
    import jax.numpy as jnp
    fn = ntk_fn or _default_ntk_fn(method)
    xj = jnp.asarray(x, dtype or jnp.float32)
    per = []
    for k in _keys(key, n_seeds):
        params = spec.init(k, xj.shape, dtype or jnp.float32)
        per.append(np.asarray(fn(spec, params, xj), np.float64))
    per = np.stack(per)
    ana = analytic_kernels(spec, np.asarray(x, np.float64)).ntk if analytic is None else analytic
    mean = per.mean(0)
    return MonteCarloNTK(mean, per, ana, relative_frobenius(mean, ana),
                         np.array([relative_frobenius(p, ana) for p in per]))


def _slope(w, e):
    lx, ly = np.log(w), np.log(e)
    A = np.stack([np.ones_like(lx), lx], 1)
    coef, *_ = np.linalg.lstsq(A, ly, rcond=None)
    return float(coef[1]), float(coef[0])


@dataclass(frozen=True)
class ConvergenceResult:
    """Convergence of finite-width NTKs to the analytic one, over widths.

    widths ``[W]``; n_seeds S; err_single ``[W, S]``: relative Frobenius error of each seed's
    NTK; err_single_mean / err_single_std ``[W]``: their mean and std over seeds; err_mean
    ``[W]``: error of the S-seed average kernel. Log-log fits ``log err = a + slope log width``:
    slope_single = mean over seeds of the per-seed slopes, slope_single_stderr = their std /
    sqrt(S); slope_mean (fit of err_mean) with slope_mean_stderr from a bootstrap over seeds;
    fit_single / fit_mean ``[W]``: the fitted lines (for plotting). Theory: slope -1/2.
    """

    widths: np.ndarray
    n_seeds: int
    err_single: np.ndarray
    err_single_mean: np.ndarray
    err_single_std: np.ndarray
    err_mean: np.ndarray
    slope_single: float
    slope_single_stderr: float
    slope_mean: float
    slope_mean_stderr: float
    fit_single: np.ndarray
    fit_mean: np.ndarray


def convergence_study(spec, x, widths=DEFAULT_WIDTHS, n_seeds: int = 8, key=0, *,
                      method="auto", ntk_fn=None, n_bootstrap: int = 200,
                      bootstrap_key=0) -> ConvergenceResult:
    """Errors of single-seed and S-seed-average NTKs vs the analytic NTK, for each width.

    The analytic kernel is recomputed per width (the standard parameterization's depends
    on it). Cost: ``len(widths) * n_seeds`` empirical NTKs of ``x [N, ...]``.
    """
    widths = np.asarray(widths, int)
    per_w = []
    analytic = []
    for w in widths:
        s = with_width(spec, int(w))
        mc = monte_carlo_ntk(s, x, n_seeds, key, method=method, ntk_fn=ntk_fn)
        per_w.append(mc.per_seed)
        analytic.append(mc.analytic)
    err_single = np.array([[relative_frobenius(p, a) for p in ps]
                           for ps, a in zip(per_w, analytic)])
    err_mean = np.array([relative_frobenius(ps.mean(0), a) for ps, a in zip(per_w, analytic)])
    slopes = np.array([_slope(widths, err_single[:, s])[0] for s in range(n_seeds)])
    b_single, a_single = _slope(widths, err_single.mean(1))
    slope_mean, a_mean = _slope(widths, err_mean)
    rng = np.random.default_rng(bootstrap_key)
    boot = []
    for _ in range(n_bootstrap):
        idx = rng.integers(0, n_seeds, n_seeds)
        e = [relative_frobenius(ps[idx].mean(0), a) for ps, a in zip(per_w, analytic)]
        boot.append(_slope(widths, np.array(e))[0])
    lw = np.log(widths)
    return ConvergenceResult(
        widths=widths, n_seeds=int(n_seeds), err_single=err_single,
        err_single_mean=err_single.mean(1), err_single_std=err_single.std(1, ddof=1) if n_seeds > 1
        else np.zeros(len(widths)), err_mean=err_mean,
        slope_single=float(slopes.mean()),
        slope_single_stderr=float(slopes.std(ddof=1) / np.sqrt(n_seeds)) if n_seeds > 1 else np.nan,
        slope_mean=slope_mean, slope_mean_stderr=float(np.std(boot, ddof=1)),
        fit_single=np.exp(a_single + b_single * lw), fit_mean=np.exp(a_mean + slope_mean * lw))

"""Sweeps of training runs over width and output scale alpha, with log-log slopes."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import jax
import numpy as np

from ..infinite.convergence import fit_power_law
from ..networks.specs import MLPSpec, NetworkSpec, SpecError
from .task import TaskData
from .training import ProgressFn, TrainConfig, train

# ---------------------------------------------------------------------------------------
# Sweeps over width and output scale
# ---------------------------------------------------------------------------------------
SWEEP_METRICS = ("gap", "gap_grid", "param_change", "ntk_change")


@dataclass(frozen=True)
class SweepResult:
    """Final-step metrics over a swept variable (widths or alphas).

    ``values [V]``; ``metrics[name]`` is ``[V, S]`` (one column per seed) for ``name`` in
    ``SWEEP_METRICS``; ``mean[name]`` the geometric mean over seeds ``[V]``; ``slopes[name]``
    the least-squares slope of ``log mean`` against ``log values``; ``lr [V, S]`` the step
    sizes used, ``stable [V, S]`` whether each was below ``eta_crit``.
    """

    variable: str
    values: np.ndarray
    metrics: dict
    mean: dict
    slopes: dict
    lr: np.ndarray
    stable: np.ndarray


def loglog_slope(x, y) -> float:
    """Least-squares slope of ``log y`` on ``log x`` (NaN if fewer than 2 finite positives)."""
    return fit_power_law(x, y)[0]


def _sweep(variable, values, make, data, key, seeds, progress):
    say = progress or (lambda f, m: None)
    V, S = len(values), int(seeds)
    metrics = {k: np.full((V, S), np.nan) for k in SWEEP_METRICS}
    lrs, stab = np.zeros((V, S)), np.zeros((V, S), bool)
    keys = jax.random.split(key, S)
    for i, v in enumerate(values):
        spec, cfg = make(v)
        for j in range(S):
            say((i * S + j) / (V * S), f"{variable} = {v}, seed {j + 1} / {S}")
            run = train(spec, data, cfg, keys[j], infinite=False)
            fin = run.final
            for k in SWEEP_METRICS:
                metrics[k][i, j] = fin[k]
            lrs[i, j], stab[i, j] = run.lr, run.stable
    say(1.0, "done")
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = {k: np.exp(np.nanmean(np.log(m), axis=1)) for k, m in metrics.items()}
    vals = np.asarray(values, np.float64)
    slopes = {k: loglog_slope(vals, mean[k]) for k in SWEEP_METRICS}
    return SweepResult(variable, vals, metrics, mean, slopes, lrs, stab)


def width_sweep(spec: MLPSpec, data: TaskData, config: TrainConfig, widths: Sequence[int], key,
                *, seeds: int = 1, progress: ProgressFn | None = None) -> SweepResult:
    """Train ``spec`` with each width in ``widths`` (``seeds`` initialisations each, keys split
    from ``key``) and report the final gap to the linearised model, the relative parameter
    change and the relative NTK change, with their log-log slopes against width.

    With ``config.lr = None`` each width uses ``lr_fraction * eta_crit`` of its own
    ``Theta_0``. In the NTK parameterization the NTK change is expected to shrink like
    ``width^(-1/2)`` (Lee et al. 2019).
    """
    if not isinstance(spec, MLPSpec):
        raise SpecError("the width sweep is defined for MLPSpec networks")
    return _sweep("width", [int(w) for w in widths],
                  lambda w: (replace(spec, width=int(w)), config), data, key, seeds, progress)


def alpha_sweep(spec: NetworkSpec, data: TaskData, config: TrainConfig, alphas: Sequence[float],
                key, *, seeds: int = 1, center: bool = True,
                progress: ProgressFn | None = None) -> SweepResult:
    """Chizat et al.'s output scale: train ``alpha (f - c f_0)`` with loss scaled by
    ``alpha^-2`` for each ``alpha`` (centred by default so that ``g_0 = 0``). Larger
    ``alpha`` -> lazier: the parameter change shrinks like ``1 / alpha``."""
    return _sweep("alpha", [float(a) for a in alphas],
                  lambda a: (spec, replace(config, alpha=float(a), center=center)),
                  data, key, seeds, progress)


def train_flops(spec: MLPSpec, d: int, n: int, steps: int) -> float:
    """About ``6 P n`` FLOPs per full-batch step (forward + backward), P the parameters."""
    w = spec.layer_widths(d)
    P = sum(a * b + b for a, b in zip(w[:-1], w[1:]))
    return 6.0 * P * n * steps


def merge_sweeps(values, parts):
    """Stack single-value :class:`SweepResult` s (None where not run) into arrays over the
    values that ran, and refit the log-log slopes.

    Returns ``(values [V], per_seed {metric: [V, S]}, mean {metric: [V]}, slopes
    {metric: float}, stable [V, S])``.
    """
    ok = [(v, p) for v, p in zip(values, parts) if p is not None]
    vals = np.asarray([v for v, _ in ok], np.float64)
    per_seed = {k: np.concatenate([p.metrics[k] for _, p in ok]) for k in SWEEP_METRICS}
    mean = {k: np.concatenate([p.mean[k] for _, p in ok]) for k in SWEEP_METRICS}
    slopes = {k: loglog_slope(vals, mean[k]) for k in SWEEP_METRICS}
    stable = np.concatenate([p.stable for _, p in ok]) if ok else np.zeros((0, 1), bool)
    return vals, per_seed, mean, slopes, stable

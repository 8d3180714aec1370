"""Regression tasks for the training-dynamics study: a target on a great circle or on the
sphere, train / test / plotting-grid points (see :mod:`ntk_core.dynamics` for the setting)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..networks.specs import SpecError

TASK_KINDS = ("circle", "sphere")


# ---------------------------------------------------------------------------------------
# Regression tasks
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegressionTask:
    """A regression target on the unit sphere ``S^{d-1}`` with a great-circle plot grid.

    * ``kind="circle"``: inputs on the great circle ``x(t) = (cos t, sin t, 0, ..., 0)``;
      output ``k`` is ``y_k(t) = sin((freq + k) t + k)``.
    * ``kind="sphere"``: inputs uniform on ``S^{d-1}``; with a fixed unit ``u``, output
      ``k`` is the ridge function ``y_k(x) = sin((freq + k) <x, u> + k)``. The plot grid is
      the great circle through ``u``: ``x(t) = cos t u + sin t v``.

    Training / test inputs are drawn with ``numpy.random.default_rng(seed)``; ``noise`` is
    the standard deviation of Gaussian noise added to the training targets only.
    """

    kind: str = "circle"
    d: int = 2
    n_train: int = 8
    n_test: int = 64
    n_grid: int = 121
    freq: float = 2.0
    noise: float = 0.0
    out_dim: int = 1
    seed: int = 0

    def __post_init__(self):
        if self.kind not in TASK_KINDS:
            raise SpecError(f"unknown task kind {self.kind!r}; choose one of {TASK_KINDS}")
        for name, lo in (("d", 2), ("n_train", 1), ("n_test", 1), ("n_grid", 2), ("out_dim", 1)):
            v = getattr(self, name)
            if int(v) != v or v < lo:
                raise SpecError(f"task {name} must be an integer >= {lo}, got {v}")
        if not (self.noise >= 0 and math.isfinite(self.noise)):
            raise SpecError(f"noise must be a non-negative finite number, got {self.noise}")


@dataclass(frozen=True)
class TaskData:
    """Arrays of a :class:`RegressionTask` (float32 inputs, float64 targets).

    ``x_train [n, d]``, ``y_train [n, O]``, ``x_test [m, d]``, ``y_test [m, O]``,
    ``x_grid [G, d]``, ``y_grid [G, O]`` (noise-free target on the grid), ``t_grid [G]``
    (the grid's angle in ``[-pi, pi]``), ``t_train [n]`` / ``t_test [m]`` (angles of the
    points' projections on the grid's plane, for plotting).
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    x_grid: np.ndarray
    y_grid: np.ndarray
    t_grid: np.ndarray
    t_train: np.ndarray
    t_test: np.ndarray


def _target(task: RegressionTask, x: np.ndarray, u: np.ndarray) -> np.ndarray:
    ks = np.arange(task.out_dim)
    if task.kind == "circle":
        t = np.arctan2(x[:, 1], x[:, 0])
        return np.sin((task.freq + ks)[None, :] * t[:, None] + ks[None, :])
    s = x @ u
    return np.sin((task.freq + ks)[None, :] * s[:, None] + ks[None, :])


def make_task(task: RegressionTask) -> TaskData:
    """Sample the task's arrays (deterministic in ``task.seed``)."""
    rng = np.random.default_rng(task.seed)
    d = task.d
    e1, e2 = np.eye(d)[0], np.eye(d)[1]
    t_grid = np.linspace(-np.pi, np.pi, task.n_grid)
    if task.kind == "circle":
        u, v = e1, e2

        def sample(m):
            t = rng.uniform(-np.pi, np.pi, m)
            return np.cos(t)[:, None] * u + np.sin(t)[:, None] * v
    else:
        g = rng.standard_normal((2, d))
        u = g[0] / np.linalg.norm(g[0])
        v = g[1] - (g[1] @ u) * u
        v = v / np.linalg.norm(v)

        def sample(m):
            z = rng.standard_normal((m, d))
            return z / np.linalg.norm(z, axis=1, keepdims=True)
    x_train = sample(task.n_train)
    x_test = sample(task.n_test)
    x_grid = np.cos(t_grid)[:, None] * u + np.sin(t_grid)[:, None] * v
    y_train = _target(task, x_train, u)
    if task.noise > 0:
        y_train = y_train + task.noise * rng.standard_normal(y_train.shape)
    y_test = _target(task, x_test, u)
    y_grid = _target(task, x_grid, u)
    proj = lambda x: np.arctan2(x @ v, x @ u)  # noqa: E731
    f32 = lambda a: np.asarray(a, np.float32)  # noqa: E731
    return TaskData(f32(x_train), y_train, f32(x_test), y_test, f32(x_grid), y_grid,
                    t_grid, proj(x_train), proj(x_test))

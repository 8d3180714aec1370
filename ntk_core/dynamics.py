"""Training dynamics: real gradient descent against the NTK's linearised prediction.

Setting (Jacot et al. 2018; Lee et al. 2019; Chizat, Oyallon & Bach 2019)
-------------------------------------------------------------------------
A network ``f(theta, x) in R^O`` (an :class:`~ntk_core.specs.MLPSpec` or ``CNNSpec``) is
trained by full-batch gradient descent on ``n`` training pairs ``(x_i, y_i)``. The model
whose outputs are compared is

    g(theta, x) = alpha * (f(theta, x) - c * f(theta_0, x)),   c = 1 if centred else 0,

(``alpha = 1``, ``c = 0`` is the plain network) and the objective is Chizat et al.'s
rescaled squared loss

    L(theta) = 1 / (2 n alpha^2) * sum_i ||g(theta, x_i) - y_i||^2.          (loss normalisation)

The *reported* train / test losses are ``1/(2 n) sum ||g - y||^2`` (no ``alpha^-2``), so that
curves for different ``alpha`` share a scale. With ``J = d f / d theta`` at ``theta_0`` and the
empirical NTK ``Theta = J J^T`` (``[n O, n O]``, outputs flattened example-major), one GD
step ``theta <- theta - eta grad L`` moves the linearised model
``g_lin(theta) = g_0 + alpha J (theta - theta_0)`` by

    g_{t+1} - y = (I - eta Theta / n) (g_t - y),

independently of ``alpha`` (the ``alpha^2`` in ``Theta_g`` cancels the loss's ``alpha^-2``). Hence

* discrete GD (exact for the linearised model):
  ``g_t = g_0 + (I - (I - eta Theta / n)^t) (y - g_0)``;
* gradient flow (the continuous limit, ``t`` counted in steps of size ``eta``):
  ``g_t = g_0 + (I - exp(-eta Theta t / n)) (y - g_0)``;
* test points: ``g_t(X*) = g_0(X*) + Theta(X*, X) phi_t(Theta) (y - g_0)`` with
  ``phi_t(lam) = (1 - (1 - eta lam / n)^t) / lam`` (discrete) or
  ``(1 - exp(-eta lam t / n)) / lam`` (flow), evaluated on the eigenvalues of ``Theta``.
  ``phi_t`` is bounded with limit ``eta t / n`` as ``lam -> 0``, so no ``Theta^-1`` is formed
  and the formula is stable for every ``t`` (also for a singular ``Theta``).

The linear dynamics is stable iff ``eta < eta_crit = 2 n / lambda_max(Theta)`` (i.e.
``eta < 2 / lambda_max(Theta / n)``, the "eta < 2 / lambda_max" of the issue with this loss
normalisation). By default the learning rate is ``lr_fraction * eta_crit`` of the
network's own ``Theta_0``; a fixed ``lr`` above ``eta_crit`` is allowed and flagged
(``TrainingRun.stable``).

The infinite-width mean prediction replaces ``Theta`` by the analytic NTK
(:mod:`ntk_core.infinite`, MLPs only) and ``g_0`` by its mean ``0``.

Everything returned is numpy (float64 for the closed forms); the network itself trains in
JAX's default dtype (float32 unless x64 is enabled by the caller).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from .specs import MLPSpec, NetworkSpec, SpecError

TASK_KINDS = ("circle", "sphere")
OPTIMIZERS = ("gd", "momentum")
LINEAR_FORMS = ("discrete", "flow")

ProgressFn = Callable[[float, str], None]


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


# ---------------------------------------------------------------------------------------
# Closed forms of the linearised model
# ---------------------------------------------------------------------------------------
def _flat(a) -> np.ndarray:
    return np.asarray(a, np.float64).reshape(-1)


def flatten_full_kernel(k: np.ndarray) -> np.ndarray:
    """``[N1, N2, O, O]`` ("full" NTK blocks) -> ``[N1 O, N2 O]`` (example-major rows)."""
    k = np.asarray(k, np.float64)
    n1, n2, o1, o2 = k.shape
    return k.transpose(0, 2, 1, 3).reshape(n1 * o1, n2 * o2)


def residual_decay(lam: np.ndarray, lr: float, n: int, steps, form: str = "discrete") -> np.ndarray:
    """Factor by which the residual's component along an eigenvalue shrinks after ``t`` steps.

    ``lam [M]`` eigenvalues of ``Theta``, ``steps [T]`` -> ``[T, M]``:
    ``(1 - lr lam / n)^t`` (``form="discrete"``) or ``exp(-lr lam t / n)`` (``"flow"``).
    """
    lam = np.asarray(lam, np.float64)[None, :]
    t = np.asarray(steps, np.float64)[:, None]
    a = lr * lam / n
    if form == "flow":
        return np.exp(-a * t)
    if form != "discrete":
        raise ValueError(f"form must be one of {LINEAR_FORMS}, got {form!r}")
    base = 1.0 - a
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        out = np.where(base > 0, np.exp(t * np.log1p(-np.minimum(a, 1.0 - 1e-300))),
                       np.sign(base) ** t * np.abs(base) ** t)
    return out


def _phi(lam: np.ndarray, lr: float, n: int, steps, form: str) -> np.ndarray:
    """``phi_t(lam) = (1 - decay_t(lam)) / lam`` with its limit ``lr t / n`` at ``lam = 0``.

    ``[M]``, ``[T]`` -> ``[T, M]``. Uses ``expm1`` / ``log1p`` so small eigenvalues keep
    full relative precision.
    """
    lam = np.asarray(lam, np.float64)[None, :]
    t = np.asarray(steps, np.float64)[:, None]
    a = lr * lam / n
    if form == "flow":
        one_minus = -np.expm1(-a * t)
    elif form == "discrete":
        base = 1.0 - a
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            pos = -np.expm1(t * np.log1p(-np.minimum(a, 1.0 - 1e-300)))
            neg = 1.0 - np.sign(base) ** t * np.abs(base) ** t
        one_minus = np.where(base > 0, pos, neg)
    else:
        raise ValueError(f"form must be one of {LINEAR_FORMS}, got {form!r}")
    small = np.abs(a) < 1e-12
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(small, lr * t / n * np.ones_like(lam), one_minus / np.where(small, 1.0, lam))
    return out


def linearized_predictions(theta_train, f0_train, y_train, lr: float, steps, *,
                           theta_test_train=None, f0_test=None, form: str = "discrete",
                           n: int | None = None):
    """Outputs of the linearised model under GD / gradient flow on the squared loss.

    Loss ``L = 1/(2 n) sum_i ||f(x_i) - y_i||^2`` (``n`` = number of training examples;
    default ``n = len(y_train)`` when ``y_train`` is ``[n, O]``).

    Args:
      theta_train: ``[M, M]`` NTK on the training set, ``M = n O`` (example-major).
      f0_train, y_train: ``[n, O]`` (or ``[M]``) initial outputs and targets.
      lr: step size ``eta``; steps: ``[T]`` step counts ``t`` (need not be integers for
        ``form="flow"``).
      theta_test_train: optional ``[M*, M]`` NTK between test and training inputs.
      f0_test: ``[m, O]`` initial test outputs (required with ``theta_test_train``).
      form: ``"discrete"`` -> ``f_t = f_0 + (I - (I - eta Theta/n)^t)(y - f_0)``;
        ``"flow"`` -> ``f_t = f_0 + (I - exp(-eta Theta t/n))(y - f_0)``.

    Returns:
      ``(f_train [T, n, O], f_test [T, m, O] or None)`` as float64.
    """
    y = np.asarray(y_train, np.float64)
    shape = y.shape if y.ndim == 2 else (y.shape[0], 1)
    if n is None:
        n = shape[0]
    K = np.asarray(theta_train, np.float64)
    K = 0.5 * (K + K.T)
    lam, V = np.linalg.eigh(K)
    r0 = _flat(y_train) - _flat(f0_train)                      # y - f_0, [M]
    c = V.T @ r0                                               # [M]
    dec = residual_decay(lam, lr, n, steps, form)              # [T, M]
    f_train = _flat(y_train)[None, :] - (dec * c[None, :]) @ V.T
    f_train = f_train.reshape((-1,) + shape)
    f_test = None
    if theta_test_train is not None:
        if f0_test is None:
            raise ValueError("f0_test is required with theta_test_train")
        f0t = np.asarray(f0_test, np.float64)
        KT = np.asarray(theta_test_train, np.float64)
        ph = _phi(lam, lr, n, steps, form)                     # [T, M]
        f_test = _flat(f0t)[None, :] + (ph * c[None, :]) @ (KT @ V).T
        f_test = f_test.reshape((-1,) + (f0t.shape if f0t.ndim == 2 else (f0t.shape[0], 1)))
    return f_train, f_test


def linearized_momentum_predictions(theta_train, f0_train, y_train, lr: float, momentum: float,
                                    steps: int, *, theta_test_train=None, f0_test=None):
    """Linearised model under heavy-ball momentum (optax ``sgd(momentum=beta)``), exactly.

    Parameter updates ``v <- beta v + grad L``, ``theta <- theta - eta v`` with ``grad L =
    J^T (f - y) / n``. With ``u = J v`` (``J`` constant for the linear model):
    ``u <- beta u + Theta (f - y) / n``, ``f <- f - eta u``; test outputs move by
    ``-eta u*`` with ``u* <- beta u* + Theta(X*, X)(f - y)/n``. Iterated in float64.

    Returns ``(f_train [steps + 1, n, O], f_test [steps + 1, m, O] or None)``.
    """
    y = _flat(y_train)
    yshape = np.asarray(y_train).shape if np.ndim(y_train) == 2 else (len(y), 1)
    n = yshape[0]
    K = np.asarray(theta_train, np.float64)
    f = _flat(f0_train).copy()
    u = np.zeros_like(f)
    out = [f.copy()]
    have_test = theta_test_train is not None
    if have_test:
        KT = np.asarray(theta_test_train, np.float64)
        ft = _flat(f0_test).copy()
        ut = np.zeros_like(ft)
        tshape = np.asarray(f0_test).shape
        out_t = [ft.copy()]
    for _ in range(int(steps)):
        r = f - y
        u = momentum * u + K @ r / n
        if have_test:
            ut = momentum * ut + KT @ r / n
            ft = ft - lr * ut
            out_t.append(ft.copy())
        f = f - lr * u
        out.append(f.copy())
    f_train = np.stack(out).reshape((-1,) + yshape)
    f_test = np.stack(out_t).reshape((-1,) + tuple(tshape)) if have_test else None
    return f_train, f_test


def critical_lr(theta_train, n: int) -> tuple[float, float]:
    """``(lambda_max(Theta), eta_crit = 2 n / lambda_max)``: GD on the linearised model with
    loss ``1/(2n) sum ||f - y||^2`` converges iff ``eta < eta_crit``."""
    lam_max = float(np.linalg.eigvalsh(0.5 * (theta_train + np.asarray(theta_train).T))[-1])
    return lam_max, 2.0 * n / lam_max


# ---------------------------------------------------------------------------------------
# The real network
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainConfig:
    """Full-batch training settings.

    * ``steps``: number of optimiser steps; outputs / NTK recorded every ``record_every``
      steps (and at the last step).
    * ``lr``: fixed step size ``eta``; ``None`` -> ``lr_fraction * eta_crit`` with
      ``eta_crit = 2 n / lambda_max(Theta_0)`` (``lr_fraction < 1`` is the stable regime).
    * ``optimizer``: ``"gd"`` (``optax.sgd``) or ``"momentum"`` (``optax.sgd(momentum=beta)``,
      heavy ball; the linearised model is then iterated, not closed-form).
    * ``alpha``, ``center``: output scale and centring of Chizat et al. (see module doc).
    * ``track_ntk``: recompute the empirical NTK on the training set at every record step.
    * ``linear_form``: ``"discrete"`` (exact for GD on the linearised model) or ``"flow"``.
    """

    steps: int = 400
    record_every: int = 10
    lr: float | None = None
    lr_fraction: float = 0.5
    optimizer: str = "gd"
    momentum: float = 0.9
    alpha: float = 1.0
    center: bool = False
    track_ntk: bool = True
    linear_form: str = "discrete"

    def __post_init__(self):
        for name in ("steps", "record_every"):
            v = getattr(self, name)
            if int(v) != v or v < 1:
                raise SpecError(f"{name} must be a positive integer, got {v}")
        if self.lr is not None and not (self.lr > 0 and math.isfinite(self.lr)):
            raise SpecError(f"lr must be a positive finite number, got {self.lr}")
        if not (self.lr_fraction > 0 and math.isfinite(self.lr_fraction)):
            raise SpecError(f"lr_fraction must be positive, got {self.lr_fraction}")
        if self.optimizer not in OPTIMIZERS:
            raise SpecError(f"optimizer must be one of {OPTIMIZERS}, got {self.optimizer!r}")
        if not (0 <= self.momentum < 1):
            raise SpecError(f"momentum must be in [0, 1), got {self.momentum}")
        if not (self.alpha > 0 and math.isfinite(self.alpha)):
            raise SpecError(f"alpha must be a positive finite number, got {self.alpha}")
        if self.linear_form not in LINEAR_FORMS:
            raise SpecError(f"linear_form must be one of {LINEAR_FORMS}")

    def record_steps(self) -> np.ndarray:
        """Steps at which outputs / NTK are recorded: ``0, k, 2k, ..., steps``."""
        s = list(range(0, self.steps, self.record_every)) + [self.steps]
        return np.asarray(s, np.int64)


@dataclass(frozen=True)
class TrainingRun:
    """Result of :func:`train`. Shapes: ``T = steps + 1``, ``S`` record steps, ``G`` grid
    points, ``n`` / ``m`` train / test points, ``O`` outputs. ``*_inf`` are ``None`` when no
    analytic NTK is available (CNNs) or it was not requested; ``*_lin`` are ``None`` never.

    Losses are ``1/(2 n) sum ||g - y||^2`` of the model output ``g`` (module doc).
    ``param_change[s] = ||theta_s - theta_0|| / ||theta_0||`` (all parameters flattened),
    ``ntk_change[s] = ||Theta_s - Theta_0||_F / ||Theta_0||_F`` (training set, NaN when not
    tracked), ``gap[s] = ||g_s - g_lin_s|| / ||y - g_0||`` on the training set and
    ``gap_grid[s]`` the same on the grid (normalised by ``||y_grid - g_0(grid)||``).
    """

    steps: np.ndarray            # [T]
    train_loss: np.ndarray       # [T]
    test_loss: np.ndarray        # [T]
    train_loss_lin: np.ndarray   # [T]
    test_loss_lin: np.ndarray    # [T]
    train_loss_inf: np.ndarray | None
    test_loss_inf: np.ndarray | None
    record_steps: np.ndarray     # [S]
    out_train: np.ndarray        # [S, n, O]
    out_test: np.ndarray         # [S, m, O]
    out_grid: np.ndarray         # [S, G, O]
    lin_train: np.ndarray        # [S, n, O]
    lin_test: np.ndarray         # [S, m, O]
    lin_grid: np.ndarray         # [S, G, O]
    inf_grid: np.ndarray | None  # [S, G, O]
    param_change: np.ndarray     # [S]
    ntk_change: np.ndarray       # [S]
    gap: np.ndarray              # [S]
    gap_grid: np.ndarray         # [S]
    lr: float
    lr_crit: float
    lambda_max: float
    stable: bool
    diverged: bool
    info: dict = field(default_factory=dict)

    @property
    def final(self) -> dict:
        """Final-step summary: gap, gap_grid, param_change, ntk_change, losses."""
        return {"gap": float(self.gap[-1]), "gap_grid": float(self.gap_grid[-1]),
                "param_change": float(self.param_change[-1]),
                "ntk_change": float(self.ntk_change[-1]),
                "train_loss": float(self.train_loss[-1]), "test_loss": float(self.test_loss[-1]),
                "train_loss_lin": float(self.train_loss_lin[-1]),
                "test_loss_lin": float(self.test_loss_lin[-1])}


def empirical_ntk_flat(spec: NetworkSpec, params, x1, x2=None) -> np.ndarray:
    """Empirical NTK ``[N1 O, N2 O]`` (float64) of ``spec.apply`` via
    :func:`ntk_core.empirical.empirical_ntk` (``output="full"``, reshaped example-major)."""
    from .empirical import empirical_ntk
    k = empirical_ntk(spec.apply, params, x1, x2, output="full")
    k = np.asarray(k)
    if k.ndim == 2:  # O = 1 kernels may come back squeezed
        return k.astype(np.float64)
    return flatten_full_kernel(k)


@functools.lru_cache(maxsize=64)
def _compiled(spec: NetworkSpec, optimizer: str, momentum: float, alpha: float, center: bool,
              length: int):
    """jitted ``(params, opt_state, params0, lr, x, y, xt, yt, f0x, f0xt) -> (...)``
    running ``length`` optimiser steps; cached per static configuration."""
    import optax

    tx = optax.sgd(1.0, momentum=momentum if optimizer == "momentum" else None)
    n_alpha2 = alpha * alpha

    def model(p, x, f0x):
        out = alpha * spec.apply(p, x)
        return out - alpha * f0x if center else out

    def loss_fn(p, x, y, f0x):
        r = model(p, x, f0x) - y
        return 0.5 * jnp.mean(jnp.sum(r * r, axis=-1)) / n_alpha2

    def step(carry, _):
        p, s, lr, x, y, xt, yt, f0x, f0xt = carry
        g = jax.grad(loss_fn)(p, x, y, f0x)
        upd, s = tx.update(g, s, p)
        p = jax.tree_util.tree_map(lambda a, u: a + lr * u, p, upd)
        rt = model(p, xt, f0xt) - yt
        r = model(p, x, f0x) - y
        tr = 0.5 * jnp.mean(jnp.sum(r * r, -1))
        te = 0.5 * jnp.mean(jnp.sum(rt * rt, -1))
        return (p, s, lr, x, y, xt, yt, f0x, f0xt), (tr, te)

    @jax.jit
    def run(p, s, lr, x, y, xt, yt, f0x, f0xt):
        carry, (tr, te) = jax.lax.scan(step, (p, s, lr, x, y, xt, yt, f0x, f0xt), None,
                                       length=length)
        return carry[0], carry[1], tr, te

    def init_state(p):
        return tx.init(p)

    return run, init_state


@functools.lru_cache(maxsize=16)
def _compiled_apply(spec: NetworkSpec):
    return jax.jit(spec.apply)


def _tree_sqnorm(t) -> float:
    return float(sum(np.sum(np.asarray(a, np.float64) ** 2) for a in jax.tree_util.tree_leaves(t)))


def _tree_diff_norm(a, b) -> float:
    return math.sqrt(sum(float(np.sum((np.asarray(x, np.float64) - np.asarray(y, np.float64)) ** 2))
                         for x, y in zip(jax.tree_util.tree_leaves(a), jax.tree_util.tree_leaves(b))))


def infinite_ntk_flat(spec: NetworkSpec, x1, x2=None) -> np.ndarray | None:
    """Analytic (infinite-width) NTK ``[N1 O, N2 O]`` (float64) from
    :func:`ntk_core.infinite.mlp_kernels`; outputs are independent at infinite width, so the
    per-output kernel ``Theta_1`` is expanded as ``Theta_1 (x) I_O``. ``None`` for CNNs."""
    if not isinstance(spec, MLPSpec):
        return None
    from .infinite import mlp_kernels
    k = mlp_kernels(spec, np.asarray(x1, np.float64),
                    None if x2 is None else np.asarray(x2, np.float64)).ntk
    return np.kron(np.asarray(k, np.float64), np.eye(spec.out_dim))


def train(spec: NetworkSpec, data: TaskData, config: TrainConfig, key, *,
          infinite: bool = True, progress: ProgressFn | None = None) -> TrainingRun:
    """Train ``spec`` on ``data`` by full-batch GD and compare with its linearisation.

    ``key``: JAX PRNG key for the initial parameters. ``progress(fraction, message)`` is
    called between chunks of ``config.record_every`` steps. ``infinite``: also compute the
    infinite-width mean prediction (MLPs with an analytic NTK only).
    """
    if spec.out_dim != data.y_train.shape[1]:
        raise SpecError(f"the network has out_dim={spec.out_dim} but the task has "
                        f"{data.y_train.shape[1]} outputs")
    say = progress or (lambda f, m: None)
    x, xt, xg = (jnp.asarray(a) for a in (data.x_train, data.x_test, data.x_grid))
    n, O = data.y_train.shape
    alpha, center = float(config.alpha), bool(config.center)
    p0 = spec.init(key, data.x_train.shape)
    apply = _compiled_apply(spec)

    def outputs(p, xx, f0):
        out = alpha * np.asarray(apply(p, xx), np.float64)
        return out - alpha * f0 if center else out

    f0_raw = {k: np.asarray(apply(p0, a), np.float64) for k, a in (("x", x), ("t", xt), ("g", xg))}
    say(0.0, "NTK at initialisation")
    K0 = empirical_ntk_flat(spec, p0, x)
    K0_all = empirical_ntk_flat(spec, p0, jnp.concatenate([xt, xg]), x)
    m = xt.shape[0]
    lam_max, lr_crit = critical_lr(K0, n)
    lr = float(config.lr) if config.lr is not None else config.lr_fraction * lr_crit

    # ---- linearised model (closed form at every step) -------------------------------
    g0 = {k: outputs(p0, a, f0_raw[k]) for k, a in (("x", x), ("t", xt), ("g", xg))}
    all_steps = np.arange(config.steps + 1)
    g0_all = np.concatenate([g0["t"], g0["g"]])
    if config.optimizer == "gd":
        lin_tr, lin_all = linearized_predictions(K0, g0["x"], data.y_train, lr, all_steps,
                                                 theta_test_train=K0_all, f0_test=g0_all,
                                                 form=config.linear_form)
    else:
        lin_tr, lin_all = linearized_momentum_predictions(
            K0, g0["x"], data.y_train, lr, config.momentum, config.steps,
            theta_test_train=K0_all, f0_test=g0_all)
    lin_te, lin_g = lin_all[:, :m], lin_all[:, m:]

    def mse(pred, y):
        return 0.5 * np.mean(np.sum((pred - y[None]) ** 2, axis=-1), axis=-1)

    rec = config.record_steps()
    # ---- infinite-width mean prediction ---------------------------------------------
    train_loss_inf = test_loss_inf = inf_grid = None
    if infinite and isinstance(spec, MLPSpec):
        say(0.02, "infinite-width NTK")
        Kinf = infinite_ntk_flat(spec, data.x_train)
        if Kinf is not None:
            Kinf_all = infinite_ntk_flat(spec, np.concatenate([data.x_test, data.x_grid]),
                                         data.x_train)
            form = config.linear_form if config.optimizer == "gd" else "discrete"
            if config.optimizer == "gd":
                inf_tr, inf_all = linearized_predictions(
                    Kinf, np.zeros((n, O)), data.y_train, lr, all_steps, theta_test_train=Kinf_all,
                    f0_test=np.zeros((Kinf_all.shape[0] // O, O)), form=form)
            else:
                inf_tr, inf_all = linearized_momentum_predictions(
                    Kinf, np.zeros((n, O)), data.y_train, lr, config.momentum, config.steps,
                    theta_test_train=Kinf_all, f0_test=np.zeros((Kinf_all.shape[0] // O, O)))
            train_loss_inf = mse(inf_tr, data.y_train)
            test_loss_inf = mse(inf_all[:, :m], data.y_test)
            inf_grid = inf_all[rec][:, m:]

    # ---- the real network -------------------------------------------------------------
    run_chunk_cache = {}
    opt_init = _compiled(spec, config.optimizer, float(config.momentum), alpha, center, 1)[1]
    p, s = p0, opt_init(p0)
    y_j = jnp.asarray(data.y_train, x.dtype)
    yt_j = jnp.asarray(data.y_test, x.dtype)
    f0x_j = jnp.asarray(f0_raw["x"], x.dtype)
    f0t_j = jnp.asarray(f0_raw["t"], x.dtype)
    lr_j = jnp.asarray(lr, x.dtype)
    norm0 = math.sqrt(_tree_sqnorm(p0))
    K0_norm = float(np.linalg.norm(K0))
    tr_losses = [float(mse(g0["x"][None], data.y_train)[0])]
    te_losses = [float(mse(g0["t"][None], data.y_test)[0])]
    snaps = {"x": [g0["x"]], "t": [g0["t"]], "g": [g0["g"]]}
    pch, kch = [0.0], [0.0]
    diverged = False
    for i in range(1, len(rec)):
        length = int(rec[i] - rec[i - 1])
        if length not in run_chunk_cache:
            run_chunk_cache[length] = _compiled(spec, config.optimizer, float(config.momentum),
                                                alpha, center, length)[0]
        p, s, tr, te = run_chunk_cache[length](p, s, lr_j, x, y_j, xt, yt_j, f0x_j, f0t_j)
        tr_losses.extend(np.asarray(tr, np.float64).tolist())
        te_losses.extend(np.asarray(te, np.float64).tolist())
        for k, a in (("x", x), ("t", xt), ("g", xg)):
            snaps[k].append(outputs(p, a, f0_raw[k]))
        pch.append(_tree_diff_norm(p, p0) / norm0)
        finite = all(np.all(np.isfinite(np.asarray(a))) for a in jax.tree_util.tree_leaves(p))
        if config.track_ntk and finite:
            Kt = empirical_ntk_flat(spec, p, x)
            kch.append(float(np.linalg.norm(Kt - K0)) / K0_norm)
        else:
            kch.append(float("nan"))
        if not finite:
            diverged = True
        say(0.05 + 0.95 * rec[i] / config.steps, f"step {int(rec[i])} / {config.steps}")

    out_train = np.stack(snaps["x"])
    out_test = np.stack(snaps["t"])
    out_grid = np.stack(snaps["g"])
    lin_train_r, lin_test_r, lin_grid_r = lin_tr[rec], lin_te[rec], lin_g[rec]
    denom = np.linalg.norm(data.y_train - g0["x"])
    denom_g = np.linalg.norm(data.y_grid - g0["g"])
    gap = np.linalg.norm((out_train - lin_train_r).reshape(len(rec), -1), axis=1) / denom
    gap_g = np.linalg.norm((out_grid - lin_grid_r).reshape(len(rec), -1), axis=1) / denom_g
    train_loss = np.asarray(tr_losses)
    diverged = diverged or not np.all(np.isfinite(train_loss))
    return TrainingRun(
        steps=all_steps, train_loss=train_loss, test_loss=np.asarray(te_losses),
        train_loss_lin=mse(lin_tr, data.y_train), test_loss_lin=mse(lin_te, data.y_test),
        train_loss_inf=train_loss_inf, test_loss_inf=test_loss_inf, record_steps=rec,
        out_train=out_train, out_test=out_test, out_grid=out_grid,
        lin_train=lin_train_r, lin_test=lin_test_r, lin_grid=lin_grid_r, inf_grid=inf_grid,
        param_change=np.asarray(pch), ntk_change=np.asarray(kch), gap=gap, gap_grid=gap_g,
        lr=lr, lr_crit=lr_crit, lambda_max=lam_max, stable=bool(lr < lr_crit),
        diverged=bool(diverged),
        info={"n_params": int(sum(np.size(a) for a in jax.tree_util.tree_leaves(p0))),
              "alpha": alpha, "center": center, "optimizer": config.optimizer,
              "linear_form": config.linear_form})


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
    from .convergence import fit_power_law
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

"""Full-batch training of a spec network next to its linearised and infinite-width
predictions (see :mod:`ntk_core.dynamics` for the maths)."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np

from ..finite.empirical import empirical_ntk
from ..infinite.analytic import mlp_kernels
from ..networks.specs import MLPSpec, NetworkSpec, SpecError
from .linearized import (LINEAR_FORMS, critical_lr, flatten_full_kernel,
                         linearized_momentum_predictions, linearized_predictions)
from .task import TaskData

OPTIMIZERS = ("gd", "momentum")

ProgressFn = Callable[[float, str], None]


# ---------------------------------------------------------------------------------------
# The real network
# ---------------------------------------------------------------------------------------
class NonFiniteNTKError(ValueError):
    """The NTK at initialisation has NaN or infinite entries (nothing is trained)."""


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
    k = mlp_kernels(spec, x1, x2).ntk
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
    bad = int(np.size(K0) - np.isfinite(K0).sum())
    if bad:  # never hand a non-finite kernel to the eigensolver
        raise NonFiniteNTKError(f"the NTK at initialisation has {bad} non-finite entries")
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

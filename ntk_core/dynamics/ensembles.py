"""Infinite ensembles: the NNGP posterior and the NTK-trained ensemble (mean and covariance),
and an ensemble of real finite networks trained by full-batch gradient descent.

Setting (Lee et al. 2019, "Wide neural networks of any depth evolve as linear models")
-------------------------------------------------------------------------------------
``K`` is the NNGP kernel (covariance of one output at initialisation), ``Theta`` the NTK,
``X`` the ``n`` training inputs and ``*`` the test inputs. At infinite width the network's
outputs at initialisation are a Gaussian process ``f_0 ~ GP(0, K)`` independent across the
``O`` outputs, and under gradient flow on ``L = 1/(2 n) sum_i ||f(x_i) - y_i||^2`` with
learning rate ``eta`` (the conventions of :func:`~ntk_core.dynamics.linearized_predictions`,
``t`` counted in steps of size ``eta``) the network is its linearisation with the constant
kernel ``Theta``:

    f_t(*) = f_0(*) + A_t (y - f_0(X)),
    A_t = Theta_{*X} Theta_r^{-1} (I - exp(-eta Theta_r t / n)),   Theta_r = Theta_XX + s I,

with ``s = diag_reg`` (absolute units; ``s = 0`` is plain gradient flow). ``f_t`` is linear in
the Gaussian ``f_0``, so over random initialisations it is Gaussian with

    mean_t = A_t y,
    cov_t  = K_{**} - A_t K_{X*} - K_{*X} A_t^T + A_t K_XX A_t^T               (NTK ensemble)

(the NNGP enters through the initial function, the NTK through the dynamics; the middle
``K_XX`` is not regularised, as in neural-tangents' ``gradient_descent_mse_ensemble``).
``t = 0`` gives the prior ``(0, K_{**})``; ``t = inf`` gives ``A = Theta_{*X} Theta_r^{-1}``.
Replacing ``Theta`` by ``K`` at ``t = inf`` gives the NNGP posterior mean, and with
``s = 0`` also its covariance:

    mean = K_{*X} (K_XX + s I)^{-1} y,   cov = K_{**} - K_{*X} (K_XX + s I)^{-1} K_{X*}
                                                                          (NNGP posterior)

``A_t`` is evaluated on the eigendecomposition ``Theta_r = V diag(lam) V^T`` (computed once,
reused for every ``t``) as ``Theta_{*X} V diag(phi_t(lam)) V^T`` with
``phi_t(lam) = (1 - exp(-eta lam t / n)) / lam`` (bounded, limit ``eta t / n`` at ``lam = 0``),
so no inverse is formed; at ``t = inf`` ``phi = 1 / lam`` on the eigenvalues above a
rounding cutoff and ``0`` on the (numerically) null space, a pseudo-inverse. Several outputs
share the per-output kernels (``Theta (x) I_O``), so ``mean`` is ``[T, N*, O]`` and one
covariance ``[T, N*, N*]`` holds for every output. Everything here is float64 numpy.

Note on neural-tangents' units: its loss is ``1/(2 n O) sum ||f - y||^2``, so its ``t`` at
learning rate ``eta`` equals ours at learning rate ``eta / O``.

The finite side: :func:`train_finite_ensemble` trains ``M`` independently initialised
networks (``vmap`` over members, one ``jit``, a ``fori_loop`` between record steps) by
full-batch GD on the same loss. Their mean and variance over members approach
``(mean_t, diag cov_t)`` (``form="discrete"``, exact for GD of the linearised model) as the
width grows, with Monte-Carlo error ``~ sqrt(var / M)`` on the mean.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np

from ..networks.specs import SpecError
from .linearized import _phi

ProgressFn = Callable[[float, str], None]
StopFn = Callable[[], bool]


# ---------------------------------------------------------------------------------------
# Closed forms
# ---------------------------------------------------------------------------------------
def _kernel(k, name: str, where: str) -> np.ndarray:
    """``k.<name>`` (a :class:`~ntk_core.infinite.Kernels` record) as a float64 matrix."""
    a = getattr(k, name, None)
    if a is None:
        raise TypeError(f"{where} must be a Kernels record with an .{name} matrix "
                        f"(as analytic_kernels returns), got {type(k).__name__}")
    a = np.asarray(a, np.float64)
    if a.ndim != 2:
        raise ValueError(f"{where}.{name} must be a matrix [N1, N2], got shape {a.shape}")
    if not np.all(np.isfinite(a)):
        raise ValueError(f"{where}.{name} has non-finite entries")
    return a


def _targets(y_train, n: int) -> np.ndarray:
    y = np.asarray(y_train, np.float64)
    y = y[:, None] if y.ndim == 1 else y
    if y.ndim != 2 or y.shape[0] != n:
        raise ValueError(f"y_train must be [N_train, O] with N_train = {n}, "
                         f"got {np.shape(y_train)}")
    if not np.all(np.isfinite(y)):
        raise ValueError("y_train has non-finite entries")
    return y


def _check_shapes(ktt: np.ndarray, kst: np.ndarray, kss: np.ndarray) -> None:
    n, m = ktt.shape[0], kst.shape[0]
    if ktt.shape != (n, n) or kst.shape[1] != n or kss.shape != (m, m):
        raise ValueError(f"kernel shapes do not fit: train-train {ktt.shape}, test-train "
                         f"{kst.shape}, test-test {kss.shape}")


def _eigh_reg(k: np.ndarray, diag_reg: float):
    """``(lam, V, cutoff)`` of ``(k + k^T) / 2 + diag_reg I``; eigenvalues below
    ``cutoff = n eps lam_max`` are rounding (clipped to 0, treated as null space)."""
    if not (diag_reg >= 0 and math.isfinite(diag_reg)):
        raise ValueError(f"diag_reg must be a non-negative finite number, got {diag_reg}")
    k = 0.5 * (k + k.T) + diag_reg * np.eye(len(k))
    lam, V = np.linalg.eigh(k)
    cutoff = len(k) * np.finfo(np.float64).eps * max(float(np.abs(lam).max(initial=0.0)), 1e-300)
    return np.where(lam > cutoff, lam, 0.0), V, cutoff


def _sym(c: np.ndarray) -> np.ndarray:
    return 0.5 * (c + np.swapaxes(c, -1, -2))


def _phi_all(lam: np.ndarray, lr: float, n: int, ts: np.ndarray, form: str) -> np.ndarray:
    """``[T, n]`` filter ``phi_t(lam)`` (see the module doc); ``t = inf`` rows are the
    pseudo-inverse ``1 / lam`` on ``lam > 0``, 0 on the null space."""
    out = np.empty((len(ts), len(lam)))
    fin = np.isfinite(ts)
    if fin.any():
        out[fin] = _phi(lam, lr, n, ts[fin], form)
    if (~fin).any():
        with np.errstate(divide="ignore"):
            out[~fin] = np.where(lam > 0, 1.0 / np.where(lam > 0, lam, 1.0), 0.0)[None, :]
    return out


def ensemble_predictions(k_train_train, k_test_train, k_test_test, y_train, ts,
                         learning_rate: float = 1.0, diag_reg: float = 0.0, *,
                         form: str = "flow"):
    """Mean and covariance of the infinite ensemble trained on the MSE loss, at times ``ts``.

    Args:
      k_train_train: ``Kernels`` (``.nngp``, ``.ntk`` each ``[N, N]``) on the training inputs.
      k_test_train: ``Kernels`` ``[N*, N]`` between test and training inputs.
      k_test_test: ``Kernels`` ``[N*, N*]`` on the test inputs (only ``.nngp`` is read).
      y_train: ``[N, O]`` (or ``[N]``) targets.
      ts: ``[T]`` times (``>= 0``; ``inf`` allowed), in steps of size ``learning_rate``.
      learning_rate: ``eta`` of ``exp(-eta Theta t / N)`` (gradient flow on
        ``1/(2N) sum ||f - y||^2``, as :func:`linearized_predictions`).
      diag_reg: ``s`` added to the training NTK's diagonal (absolute units).
      form: ``"flow"`` (gradient flow, the default) or ``"discrete"`` (GD with step
        ``eta``: ``(I - eta Theta / N)^t`` in place of the exponential; integer ``t``).

    Returns:
      ``(mean [T, N*, O], cov [T, N*, N*])`` float64; ``cov`` is the same for every output
      (symmetrised; PSD up to rounding).
    """
    ntk, nngp = (_kernel(k_train_train, a, "k_train_train") for a in ("ntk", "nngp"))
    ntk_st, nngp_st = (_kernel(k_test_train, a, "k_test_train") for a in ("ntk", "nngp"))
    nngp_ss = _kernel(k_test_test, "nngp", "k_test_test")
    _check_shapes(ntk, ntk_st, nngp_ss)
    _check_shapes(nngp, nngp_st, nngp_ss)
    n = ntk.shape[0]
    y = _targets(y_train, n)
    ts = np.atleast_1d(np.asarray(ts, np.float64))
    if ts.ndim != 1 or np.any(np.isnan(ts)) or np.any(ts < 0):
        raise ValueError("ts must be a 1-D list of times >= 0 (inf allowed)")
    if not (learning_rate > 0 and math.isfinite(learning_rate)):
        raise ValueError(f"learning_rate must be a positive finite number, got {learning_rate}")
    lam, V, _ = _eigh_reg(ntk, diag_reg)          # once, reused over every t
    ph = _phi_all(lam, float(learning_rate), n, ts, form)      # [T, n]
    B = ntk_st @ V                                 # Theta_{*X} V        [N*, n]
    C = nngp_st @ V                                # K_{*X} V            [N*, n]
    Kv = V.T @ _sym(nngp) @ V                      # V^T K_XX V          [n, n]
    Vy = V.T @ y                                   # [n, O]
    mean = np.einsum("mi,ti,io->tmo", B, ph, Vy)
    Bp = B[None] * ph[:, None, :]                  # A_t V = B diag(phi_t)   [T, N*, n]
    cross = Bp @ C.T                               # A_t K_{X*}           [T, N*, N*]
    cov = nngp_ss[None] - cross - np.swapaxes(cross, 1, 2) + Bp @ Kv @ np.swapaxes(Bp, 1, 2)
    return mean, _sym(cov)


def nngp_posterior(k_train_train, k_test_train, k_test_test, y_train, diag_reg: float = 0.0):
    """Bayesian posterior of the infinite-width network (exact GP inference with the NNGP).

    ``mean = K_{*X} (K_XX + s I)^{-1} y`` ``[N*, O]``,
    ``cov = K_{**} - K_{*X} (K_XX + s I)^{-1} K_{X*}`` ``[N*, N*]`` (the same for every output),
    ``s = diag_reg`` the observation-noise variance (absolute units). The inverse is applied
    through one eigendecomposition (a pseudo-inverse on a singular ``K_XX`` with ``s = 0``).
    Arguments as in :func:`ensemble_predictions` (only the ``.nngp`` matrices are read).
    """
    k = _kernel(k_train_train, "nngp", "k_train_train")
    kst = _kernel(k_test_train, "nngp", "k_test_train")
    kss = _kernel(k_test_test, "nngp", "k_test_test")
    _check_shapes(k, kst, kss)
    y = _targets(y_train, k.shape[0])
    lam, V, _ = _eigh_reg(k, diag_reg)
    inv = np.where(lam > 0, 1.0 / np.where(lam > 0, lam, 1.0), 0.0)
    C = kst @ V                                                  # [N*, n]
    mean = (C * inv) @ (V.T @ y)
    cov = kss - (C * inv) @ C.T
    return mean, _sym(cov)


def predictive_sd(cov: np.ndarray) -> np.ndarray:
    """``sqrt(max(diag cov, 0))``: ``[..., N*, N*]`` -> ``[..., N*]`` (rounding can make
    a tiny variance negative)."""
    return np.sqrt(np.maximum(np.diagonal(cov, axis1=-2, axis2=-1), 0.0))


def band(mean: np.ndarray, cov: np.ndarray, z: float = 2.0):
    """``(lower, upper)`` of ``mean +- z sigma`` with ``sigma = sqrt(max(diag cov, 0))``.

    ``mean [..., N*, O]``, ``cov [..., N*, N*]`` -> two arrays shaped like ``mean``."""
    sd = predictive_sd(cov)[..., None]
    return mean - z * sd, mean + z * sd


# ---------------------------------------------------------------------------------------
# Finite ensembles
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FiniteEnsemble:
    """Result of :func:`train_finite_ensemble`: ``outputs [S, M, N*, O]`` of the ``M``
    members on the evaluation inputs at ``record_steps [S]`` (float64 copies of the
    network's outputs). ``stopped``: ``stop()`` ended training early (only the steps
    reached are recorded). ``diverged``: some member's outputs became non-finite."""

    record_steps: np.ndarray
    outputs: np.ndarray
    lr: float
    stopped: bool = False
    diverged: bool = False

    @property
    def mean(self) -> np.ndarray:
        """``[S, N*, O]`` mean over members."""
        return self.outputs.mean(axis=1)

    @property
    def var(self) -> np.ndarray:
        """``[S, N*, O]`` unbiased variance over members (``M >= 2``)."""
        return self.outputs.var(axis=1, ddof=1)


@functools.lru_cache(maxsize=32)
def _compiled_ensemble(spec):
    """``(init(keys, shape), apply(params, x), run(params, x, y, lr, steps))`` for ``spec``,
    vmapped over the members' parameters and jitted; cached per spec."""
    def loss(p, x, y):
        r = spec.apply(p, x) - y
        return 0.5 * jnp.mean(jnp.sum(r * r, axis=-1))

    def gd(p, x, y, lr, steps):
        def body(_, q):
            g = jax.grad(loss)(q, x, y)
            return jax.tree_util.tree_map(lambda a, b: a - lr * b, q, g)
        return jax.lax.fori_loop(0, steps, body, p)

    run = jax.jit(jax.vmap(gd, in_axes=(0, None, None, None, None)))
    apply = jax.jit(jax.vmap(spec.apply, in_axes=(0, None)))
    return run, apply


def train_finite_ensemble(spec, x_train, y_train, x_eval, lr: float, record_steps, members: int,
                          key, *, progress: ProgressFn | None = None,
                          stop: StopFn | None = None) -> FiniteEnsemble:
    """Train ``members`` networks ``spec`` from independent initialisations by full-batch GD.

    Loss ``1/(2 n) sum_i ||f(x_i) - y_i||^2``, step ``lr`` (the conventions of
    :func:`ensemble_predictions` with ``form="discrete"``). Members' initial parameters come
    from ``jax.random.split(key, members)``.

    Args:
      spec: a network spec with ``init(key, shape)`` / ``apply(params, x)`` (``MLPSpec``,
        ``LayerNet``, ...); ``x_train [n, d]``, ``y_train [n, O]``, ``x_eval [N*, d]``.
      record_steps: increasing step counts ``[S]`` (``0`` = initialisation) at which the
        outputs on ``x_eval`` are recorded.
      progress: ``progress(fraction, message)`` after each record step.
      stop: ``stop() -> bool`` checked before each chunk; ``True`` ends training early.

    Returns:
      :class:`FiniteEnsemble` (its ``mean`` / ``var`` over members).
    """
    if int(members) != members or members < 2:
        raise SpecError(f"an ensemble needs at least 2 members, got {members}")
    if not (lr > 0 and math.isfinite(lr)):
        raise SpecError(f"lr must be a positive finite number, got {lr}")
    rec = np.asarray(record_steps, np.int64)
    if rec.ndim != 1 or len(rec) == 0 or rec[0] < 0 or np.any(np.diff(rec) <= 0):
        raise SpecError("record_steps must be increasing non-negative integers")
    say = progress or (lambda f, m: None)
    x = jnp.asarray(x_train, jnp.float32)
    y = jnp.asarray(np.asarray(y_train, np.float64).reshape(len(x_train), -1), jnp.float32)
    xe = jnp.asarray(x_eval, jnp.float32)
    run, apply = _compiled_ensemble(spec)
    keys = jax.random.split(key, int(members))
    params = jax.vmap(lambda k: spec.init(k, x.shape))(keys)
    lr_j = jnp.asarray(lr, jnp.float32)
    outs, done, prev, stopped = [], [], 0, False
    for s in rec:
        if stop is not None and stop():
            stopped = True
            break
        if s > prev:
            params = run(params, x, y, lr_j, jnp.asarray(int(s - prev), jnp.int32))
            prev = int(s)
        outs.append(np.asarray(apply(params, xe), np.float64))
        done.append(int(s))
        say(float(s) / max(1, int(rec[-1])), f"step {int(s)} / {int(rec[-1])}")
    if not outs:
        outs, done = [np.asarray(apply(params, xe), np.float64)], [0]
    out = np.stack(outs)
    return FiniteEnsemble(np.asarray(done, np.int64), out, float(lr), stopped,
                          bool(not np.all(np.isfinite(out))))


def ensemble_gap(finite: FiniteEnsemble, mean: np.ndarray, cov: np.ndarray) -> dict:
    """How far a finite ensemble is from the infinite one, at its record steps.

    ``mean [S, N*, O]`` / ``cov [S, N*, N*]``: :func:`ensemble_predictions` at
    ``finite.record_steps`` (``form="discrete"``, the first step being 0). Errors are in
    units of the prior's spread ``sigma_0 = sqrt(mean diag cov[0])`` (the NNGP on the test
    inputs), which stays O(1) while ``sigma_t`` shrinks to 0 at the training points. Returns
    ``[S]`` arrays of root-mean-square errors over test points and outputs:
    ``mean_err = rms(m_M - m_t) / sigma_0`` (Monte-Carlo floor ``~ sigma_t / (sigma_0
    sqrt(M))``) and ``sd_err = rms(s_M - sigma_t) / sigma_0`` (``s_M`` the members' standard
    deviation), plus ``sigma0``.
    """
    sd = predictive_sd(cov)[..., None]
    sd = np.broadcast_to(sd, mean.shape)
    s = len(finite.record_steps)
    sigma0 = float(np.sqrt(np.mean(sd[0] ** 2)))
    rms = lambda a: np.sqrt(np.mean(a[:s].reshape(s, -1) ** 2, axis=1))  # noqa: E731
    return {"mean_err": rms(finite.mean - mean[:s]) / sigma0,
            "sd_err": rms(np.sqrt(finite.var) - sd[:s]) / sigma0, "sigma0": sigma0}

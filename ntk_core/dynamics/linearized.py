"""Closed forms of the linearised model under GD, gradient flow and heavy-ball momentum.

With ``Theta`` the empirical NTK on the training set (``[n O, n O]``, example-major) the
residual of the linearised model obeys ``r_{t+1} = (I - eta Theta / n) r_t``; everything
here is evaluated on the eigenvalues of ``Theta`` (see :mod:`ntk_core.dynamics`).
"""
from __future__ import annotations

import numpy as np

LINEAR_FORMS = ("discrete", "flow")


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

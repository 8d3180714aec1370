"""Float64 finite-width NTKs and the precision floor of a kernel's spectrum.

**Float64 without touching the global configuration.** JAX computes in float32 unless
``jax_enable_x64`` is on. :func:`float64` is a context manager that turns it on only for
the code inside it, in the current thread (``jax.enable_x64``, a thread-local
configuration context): a server computing one session's kernel in float64 leaves every
other session, and a user's own scripts, in float32. Inside it, :func:`ntk_float64`
casts the parameters and inputs to float64 and calls
:func:`ntk_core.finite.empirical.compute_ntk`; every method (Jacobian contraction,
NTK-vector products, structured derivatives) then traces and compiles in float64 (jit
caches are keyed on dtypes, so float32 and float64 executables never mix).

**Precision floor.** An eigenvalue of a symmetric kernel matrix ``K`` [N, N] computed in
a floating-point type with machine epsilon ``eps`` is only resolved down to about

    floor = lambda_max * eps * N

(the tolerance of ``numpy.linalg.matrix_rank``: rounding errors of relative size ``eps``
in the N^2 entries make a perturbation ``E`` with ``|E|_2 <= N eps max|K_ij| <= N eps
lambda_max``, and by Weyl's inequality every eigenvalue moves by at most ``|E|_2``).
Eigenvalues below the floor are indistinguishable from zero: the condition number
``lambda_max / lambda_min`` is then a property of the arithmetic, not of the network,
and is reported only as the lower bound ``lambda_max / floor``.
"""
from __future__ import annotations

import contextlib
import math

import jax
import jax.numpy as jnp
import numpy as np

FLOOR_FACTOR = "N"  # the stated factor: floor = lambda_max * eps * N (see module docstring)


@contextlib.contextmanager
def float64():
    """Float64 JAX inside the block, in this thread only (``jax.enable_x64(True)``)."""
    with jax.enable_x64(True):
        yield


def to_float64(tree):
    """Floating leaves of a pytree as float64 arrays (call inside :func:`float64`)."""
    return jax.tree_util.tree_map(
        lambda a: jnp.asarray(a, jnp.float64)
        if jnp.issubdtype(jnp.result_type(a), jnp.floating) else a, tree)


def ntk_float64(apply_fn, params, x, **kwargs):
    """:func:`~ntk_core.finite.empirical.compute_ntk` in float64: parameters and inputs
    cast to float64, computed and compiled with x64 on in this thread only. Returns its
    NTKResult with a float64 ``kernel`` (same shapes as compute_ntk: trace [N1, N2],
    full [N1, N2, O, O], diagonal [N, O, O])."""
    from .empirical import compute_ntk
    with float64():
        return compute_ntk(apply_fn, to_float64(params), to_float64(x), **kwargs)


def machine_eps(dtype) -> float:
    """Machine epsilon of a floating dtype (float32: 1.19e-7, float64: 2.22e-16)."""
    return float(np.finfo(np.dtype(dtype)).eps)


def precision_floor(lambda_max: float, n: int, eps: float) -> float:
    """``lambda_max * eps * n``: eigenvalues below it are not resolved (module docstring)."""
    return float(abs(lambda_max) * eps * n)


def spectrum_summary(eigenvalues, eps: float) -> dict:
    """Precision-aware summary of the eigenvalues of a symmetric N x N kernel.

    ``eigenvalues``: [N] (any order); ``eps``: machine epsilon of the arithmetic the
    kernel was computed in. Returns ``floor``, ``resolved`` (bool [N] in descending
    order: above the floor), ``n_below_floor``, ``condition_number`` (lambda_max /
    lambda_min over resolved eigenvalues when all are resolved, else the lower bound
    lambda_max / floor), ``condition_bounded`` (True when that bound is what is
    reported), ``effective_rank`` (exp of the entropy of the normalised resolved
    eigenvalues; unresolved ones count as zero).
    """
    ev = np.sort(np.asarray(eigenvalues, np.float64))[::-1]
    hi = float(ev[0])
    floor = precision_floor(hi, len(ev), eps)
    resolved = ev > floor
    out = {"floor": floor, "resolved": resolved, "n_below_floor": int((~resolved).sum()),
           "condition_bounded": False, "effective_rank": None}
    if hi <= 0:
        out["condition_number"] = math.inf
        return out
    if resolved.all():
        out["condition_number"] = hi / float(ev[-1])
    else:
        out["condition_number"] = hi / floor
        out["condition_bounded"] = True
    p = ev[resolved] / ev[resolved].sum()
    out["effective_rank"] = float(np.exp(-(p * np.log(p)).sum()))
    return out

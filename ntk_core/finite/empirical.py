"""Finite-width (empirical) NTK: Theta(x1, x2) = J(x1) J(x2)^T.

For ``f(params, x) -> [N, O]`` with ``J(x) = df(x)/dparams`` in R^{O x P}, three algorithms
(Novak, Sohl-Dickstein & Schoenholz, ICML 2022):

* ``"jacobian_contraction"``: per-example Jacobians ``[N, O, P]`` (O reverse passes per
  example), contracted over P. Time ``N O [FP] + N^2 O^2 P``, memory ``N O P``.
* ``"ntk_vector_products"``: ``Theta v = J1 (J2^T v)`` for the ``N2 O`` basis vectors
  ``v``, one VJP then one JVP each; no Jacobian stored. Time ``N^2 O [FP]``.
* ``"structured_derivatives"``: see :mod:`ntk_core.finite.structured`; per-layer contractions
  ``(x1 . x2) * (df/dy1 . df/dy2)`` without weight Jacobians.
  Time ``N O [FP] + N^2 O^2 min(Y, P)``.

Output modes: ``"full"`` ``[N1, N2, O, O]``; ``"trace"`` ``[N1, N2]``, the mean over the
O outputs of each block's diagonal (neural-tangents' convention); ``"diagonal"``
``[N, O, O]``, only Theta(x_i, x_i), without the off-diagonal pairs.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

import jax
import jax.numpy as jnp
import numpy as np

from .auto import decide
from .cost import default_memory_budget
from .batch import batch_independent
from .checks import check_finite_inputs, check_kernel_size, check_options
from .devices import describe_device
from .labels import METHOD_LABELS, METHODS, OUTPUTS  # noqa: F401
from .methods import NTKInputError, check_finite_outputs, fn_key, validate  # noqa: F401
from .tiling import run_tiled


@dataclass(frozen=True)
class NTKResult:
    """A computed kernel and how it was obtained.

    kernel: numpy array, shape by output mode (see module docstring).
    method: the algorithm that ran; reason: why it was chosen (for "auto").
    compile_time_s / run_time_s: tracing + XLA compilation, and execution (0 compile time
    when a cached executable was reused). fallback_params: parameter paths that structured
    derivatives handled by Jacobian contraction. n_nonfinite: non-finite kernel entries.
    batch_independent: whether the per-example (batch-structure) paths ran; batch_note: why
    not, when they did not (apply_fn mixes the batch, or independence could not be proved).
    """

    kernel: np.ndarray
    method: str
    reason: str
    compile_time_s: float
    run_time_s: float
    fallback_params: tuple = ()
    device: str = ""
    n_tiles: int = 1
    n_nonfinite: int = 0
    extra: dict = field(default_factory=dict)
    batch_independent: bool = True
    batch_note: str = ""


def resolve_batch_axis(apply_fn, params, x1, batch_axis="auto") -> tuple[bool, str]:
    """``(independent, note)`` for ``compute_ntk``'s ``batch_axis`` argument."""
    if batch_axis is None:
        return False, "batch_axis=None: the general path (no batch structure)"
    if isinstance(batch_axis, str) and batch_axis == "auto":
        ok, why = batch_independent(apply_fn, params, x1, key=fn_key(apply_fn))
        return ok, "" if ok else f"examples not provably independent ({why}): general path"
    if isinstance(batch_axis, (int, np.integer)) and not isinstance(batch_axis, bool) \
            and int(batch_axis) == 0:
        return True, ""
    raise NTKInputError(f"batch_axis must be 'auto', 0 (examples are independent along the "
                        f"leading axis) or None (they are not), got {batch_axis!r}")


# Per (function, shapes, options): what compute_ntk checked and decided on the first call
# (input checks, batch-structure proof, method and tile choice), so that a repeated call
# pays only for the finite-output check and the compiled kernel.
_PREPARED: dict = {}
_LOCK = threading.Lock()


def _shape_key(x):
    shape, dtype = getattr(x, "shape", None), getattr(x, "dtype", None)
    return None if shape is None or dtype is None else (tuple(shape), str(dtype))


def _prepared_key(apply_fn, params, x1, x2, method, output, memory_budget, tile_size,
                  batch_axis):
    """Cache key of a call, or None when an input is not an array (then no cache)."""
    leaves, treedef = jax.tree_util.tree_flatten(params)
    avals = tuple(_shape_key(l) for l in leaves)
    xs = (_shape_key(x1), None if x2 is None else _shape_key(x2))
    if None in avals or xs[0] is None or (x2 is not None and xs[1] is None):
        return None
    try:
        return _hashable((fn_key(apply_fn), treedef, avals, xs, method, output, memory_budget,
                        tile_size, batch_axis))
    except TypeError:
        return None


def _hashable(key):
    hash(key)
    return key


def _still_fits(d) -> bool:
    """Whether decision ``d``'s predicted peak memory fits today's default budget."""
    row = next((r for r in d.costs if r["method"] == d.method), None)
    return row is not None and row["memory_bytes"] <= default_memory_budget()


_FINITE: dict = {}


def _all_finite(apply_fn):
    """Jitted ``(params, x1, x2 or None) -> bool``: all outputs finite (one forward pass
    per batch, one dispatch), cached per function."""
    k = fn_key(apply_fn)
    f = _FINITE.get(k)
    if f is None:
        def ok(p, a, b):   # inputs too: an infinite input can give finite outputs (erf)
            good = jnp.isfinite(a).all() & jnp.isfinite(apply_fn(p, a)).all()
            return good if b is None else \
                good & jnp.isfinite(b).all() & jnp.isfinite(apply_fn(p, b)).all()
        f = jax.jit(ok)
        with _LOCK:
            _FINITE[k] = f
            while len(_FINITE) > 64:
                _FINITE.pop(next(iter(_FINITE)))
    return f


def compute_ntk(apply_fn, params, x1, x2=None, *, method="auto", output="trace",
                memory_budget=None, progress=None, tile_size=None,
                check_finite=True, batch_axis="auto") -> NTKResult:
    """Empirical NTK of ``apply_fn(params, x) -> [N, O]`` with timing and method info.

    Args:
      apply_fn: any JAX-traceable function of a params pytree and a batch ``x[N, ...]``.
      params: pytree of arrays (non-float leaves are held constant).
      x1: ``[N1, ...]``; x2: ``[N2, ...]`` or None for x2 = x1 (VJPs reused, and only the
        upper triangle of tiles computed).
      method: one of ``METHODS`` or ``"auto"`` (lowest predicted time that fits, see
        :mod:`ntk_core.finite.auto`).
      output: ``"trace"`` [N1, N2] (the MEAN over the O outputs of each O x O block's
        diagonal, i.e. trace / O: neural-tangents' convention), ``"full"`` [N1, N2, O, O]
        or ``"diagonal"`` [N, O, O].
      memory_budget: bytes the computation may use (default: half the free device memory);
        the kernel is computed in tiles of rows of (x1, x2) when it does not fit whole.
      progress: ``progress(done, total)`` called with ``done = 0`` before compiling and
        before the first compiled call, then after each tile; return False to stop
        (raises :class:`ntk_core.tiling.Cancelled`): e.g. when the caller has gone away.
      tile_size: force a tile size (rows of x1 and x2 per tile) instead of the largest fit.
      batch_axis: like neural-tangents' ``vmap_axes``. ``"auto"`` (default): use the batch
        structure (one example per VJP / JVP) when :mod:`ntk_core.finite.batch` proves that
        ``apply_fn(params, X)[i]`` depends only on ``X[i]``; ``0``: the caller asserts it;
        ``None``: never (the kernel of a batch-mixing function such as a batch norm over
        the batch: Jacobians of the batched call, computed whole, without tiles).
    """
    check_options(memory_budget, tile_size)
    if progress is not None and not callable(progress):
        raise NTKInputError(f"progress must be a function progress(done, total) or None, "
                            f"got {type(progress).__name__}")
    pk = _prepared_key(apply_fn, params, x1, x2, method, output, memory_budget, tile_size,
                       batch_axis)
    hit = _PREPARED.get(pk) if pk is not None else None
    if hit is not None and not memory_budget and not _still_fits(hit[3]):
        hit = None                        # less free memory now: choose again
    if hit is not None:                   # checks, proof and choice done for these shapes
        x1, x2 = jnp.asarray(x1), None if x2 is None else jnp.asarray(x2)
        n_out, independent, note, d = hit
    else:
        x1, x2, n_out = validate(apply_fn, params, x1, x2, method, output)
        _check_output_size(x1, x2, n_out, output)
        independent, note = resolve_batch_axis(apply_fn, params, x1, batch_axis)
    if not independent and tile_size is not None:
        raise NTKInputError("tile_size needs examples that are independent across the batch "
                            f"({note}); pass tile_size=None")
    if check_finite:
        n_max = max(int(x1.shape[0]), 0 if x2 is None else int(x2.shape[0]))
        if independent and n_max > FINITE_CHECK_CHUNK:   # chunks: memory independent of N
            check_finite_inputs(x1, "x1")
            check_finite_outputs(apply_fn, params, x1, "x1", FINITE_CHECK_CHUNK)
            if x2 is not None:
                check_finite_inputs(x2, "x2")
                check_finite_outputs(apply_fn, params, x2, "x2", FINITE_CHECK_CHUNK)
        elif not _all_finite(apply_fn)(params, x1, x2):   # one fused dispatch
            check_finite_inputs(x1, "x1")                      # raises, saying where
            if x2 is not None:
                check_finite_inputs(x2, "x2")
            check_finite_outputs(apply_fn, params, x1, "x1")
            if x2 is not None:
                check_finite_outputs(apply_fn, params, x2, "x2")
    if hit is None:
        d = decide(apply_fn, params, x1, x2, output, method=method,
                   memory_budget=memory_budget, tile_size=tile_size, independent=independent)
        if pk is not None:
            with _LOCK:
                _PREPARED[pk] = (n_out, independent, note, d)
                while len(_PREPARED) > 256:             # bounded: oldest first
                    _PREPARED.pop(next(iter(_PREPARED)))
    k, info = run_tiled(apply_fn, params, x1, x2, d.method, output, n_out, d.tile,
                        progress=progress, independent=independent)
    return NTKResult(kernel=k, method=info.get("method", d.method), reason=d.reason + (f"; {note}" if note else ""),
                     compile_time_s=info["compile_time_s"], run_time_s=info["run_time_s"],
                     fallback_params=info["fallback"], device=describe_device(),
                     n_tiles=info["n_tiles"], n_nonfinite=int((~np.isfinite(k)).sum()),
                     extra={"predicted": d.costs, "decision_s": d.seconds,
                            "processes": info.get("processes", 1)},
                     batch_independent=independent, batch_note=note)


FINITE_CHECK_CHUNK = 1024  # examples per forward call of the finite-output check


def _check_output_size(x1, x2, n_out, output) -> None:
    """The kernel itself must fit in the host's memory (time independent of N): the
    assembled result plus, while tiles are gathered, one device copy."""
    n1 = int(x1.shape[0])
    n2 = n1 if x2 is None else int(x2.shape[0])
    itemsize = 8 if x1.dtype == np.float64 else 4
    if output == "diagonal":
        n2, per_pair = 1, n_out * n_out
    else:
        per_pair = n_out * n_out if output == "full" else 1
    fix = ("use output='trace' (one N1 x N2 matrix), fewer inputs, or compute it in blocks "
           "of rows (pass x2)") if output == "full" else ""
    check_kernel_size(n1, n2, per_pair, itemsize, copies=2, fix=fix)


def empirical_ntk(apply_fn, params, x1, x2=None, *, method="auto", output="trace",
                  batch_axis="auto"):
    """The empirical NTK as a numpy array (see :func:`compute_ntk` for details)."""
    return compute_ntk(apply_fn, params, x1, x2, method=method, output=output,
                       batch_axis=batch_axis).kernel

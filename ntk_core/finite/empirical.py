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

from dataclasses import dataclass, field

import numpy as np

from .auto import decide
from .batch import batch_independent
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
      progress: ``progress(done, total)`` called after each tile; return False to stop
        (raises :class:`ntk_core.tiling.Cancelled`).
      tile_size: force a tile size (rows of x1 and x2 per tile) instead of the largest fit.
      batch_axis: like neural-tangents' ``vmap_axes``. ``"auto"`` (default): use the batch
        structure (one example per VJP / JVP) when :mod:`ntk_core.finite.batch` proves that
        ``apply_fn(params, X)[i]`` depends only on ``X[i]``; ``0``: the caller asserts it;
        ``None``: never (the kernel of a batch-mixing function such as a batch norm over
        the batch: Jacobians of the batched call, computed whole, without tiles).
    """
    x1, x2, n_out = validate(apply_fn, params, x1, x2, method, output)
    independent, note = resolve_batch_axis(apply_fn, params, x1, batch_axis)
    if not independent and tile_size is not None:
        raise NTKInputError("tile_size needs examples that are independent across the batch "
                            f"({note}); pass tile_size=None")
    if check_finite:
        check_finite_outputs(apply_fn, params, x1, "x1")
        if x2 is not None:
            check_finite_outputs(apply_fn, params, x2, "x2")
    d = decide(apply_fn, params, x1, x2, output, method=method, memory_budget=memory_budget,
               tile_size=tile_size, independent=independent)
    k, info = run_tiled(apply_fn, params, x1, x2, d.method, output, n_out, d.tile,
                        progress=progress, independent=independent)
    return NTKResult(kernel=k, method=d.method, reason=d.reason + (f"; {note}" if note else ""),
                     compile_time_s=info["compile_time_s"], run_time_s=info["run_time_s"],
                     fallback_params=info["fallback"], device=describe_device(),
                     n_tiles=info["n_tiles"], n_nonfinite=int((~np.isfinite(k)).sum()),
                     extra={"predicted": d.costs, "decision_s": d.seconds},
                     batch_independent=independent, batch_note=note)


def empirical_ntk(apply_fn, params, x1, x2=None, *, method="auto", output="trace",
                  batch_axis="auto"):
    """The empirical NTK as a numpy array (see :func:`compute_ntk` for details)."""
    return compute_ntk(apply_fn, params, x1, x2, method=method, output=output,
                       batch_axis=batch_axis).kernel

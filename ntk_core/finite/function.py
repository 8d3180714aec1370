"""A kernel *function* that JAX can transform: ``ntk_fn(apply_fn, ...)(params, x1, x2)``.

:func:`ntk_core.finite.empirical.compute_ntk` is an eager entry point (numpy out, tiles,
timing records). :func:`ntk_fn` instead returns a pure, jitted JAX function

    kernel = ntk_fn(apply_fn, method="auto", output="trace")(params, x1, x2=None)

that composes with ``jax.jit``, ``jax.vmap`` and ``jax.grad`` (with respect to ``params``,
``x1`` and ``x2``), like neural-tangents' ``empirical_ntk_fn``: differentiate through the
NTK (meta-learning, architecture search), vmap it over an ensemble of parameters, or call
it inside a jitted training step. It runs the same three algorithms
(:mod:`ntk_core.finite.methods`) and the same batch-structure proof (:mod:`.batch`) as
``compute_ntk``; everything that depends only on the function and the shapes (input
checks, the batch-structure proof, the method choice for ``"auto"``, the
structured-derivatives analysis of the jaxpr) happens once, when JAX traces the function
for those shapes, and is cached with the executable.

Shapes: ``x1[N1, ...]``, ``x2[N2, ...]`` (same per-example shape) or None (``x2 = x1``,
one set of passes); the kernel is ``[N1, N2]`` ("trace"), ``[N1, N2, O, O]`` ("full") or
``[N1, O, O]`` ("diagonal", ``x2`` must be None). The kernel is computed whole, without
tiles: for kernels larger than memory use ``compute_ntk``. Non-finite outputs are not
checked here (a traced function cannot raise on values); ``compute_ntk`` does.
"""
from __future__ import annotations

import math

import jax

from . import methods
from .auto import decide
from .batch import batch_independent
from .labels import METHODS, OUTPUTS


def _abstract(tree):
    return jax.tree_util.tree_map(lambda l: jax.ShapeDtypeStruct(l.shape, l.dtype), tree)


def ntk_fn(apply_fn, *, method="auto", output="trace", batch_axis="auto"):
    """Return ``kernel(params, x1, x2=None)``, the empirical NTK of ``apply_fn`` as a jitted
    JAX function.

    Args:
      apply_fn: ``apply_fn(params, x[N, ...]) -> [N, O]``, JAX-traceable.
      method: one of ``METHODS`` or ``"auto"`` (the cost model's fastest for the traced
        shapes, the whole kernel; chosen once per shapes, at trace time).
      output: ``"trace"``, ``"full"`` or ``"diagonal"`` (see the module docstring).
      batch_axis: ``"auto"`` (use the batch structure when :mod:`.batch` proves that
        examples are independent), ``0`` (the caller asserts it) or ``None`` (never).

    The returned function is ``jax.jit``-ed (nesting it in another ``jit`` inlines it) and
    differentiable: its derivatives are those of the method's JAX program (for structured
    derivatives and the Jacobians it assembles, the layer-wise contractions of the
    analysed jaxpr), checked against finite differences in ``tests/test_ntk_fn.py``.
    """
    if method not in METHODS + ("auto",):
        raise methods.NTKInputError(f"unknown method {method!r}; choose one of "
                                    f"{METHODS + ('auto',)}")
    if output not in OUTPUTS:
        raise methods.NTKInputError(f"unknown output mode {output!r}; choose one of {OUTPUTS}")
    if not callable(apply_fn):
        raise methods.NTKInputError("apply_fn must be a callable apply_fn(params, x) -> [N, O]")
    if not (batch_axis is None or batch_axis == "auto" or
            (isinstance(batch_axis, int) and not isinstance(batch_axis, bool)
             and batch_axis == 0)):
        raise methods.NTKInputError(f"batch_axis must be 'auto', 0 or None, got {batch_axis!r}")

    def kernel(params, x1, x2=None):
        # runs once per (shapes, dtypes) under jit: checks, proof, choice, analysis
        p_abs, x1_abs = _abstract(params), _abstract(x1)
        x2_abs = None if x2 is None else _abstract(x2)
        _, _, n_out = methods.validate(apply_fn, params, x1, x2, method, output)
        if batch_axis is None:
            independent = False
        elif batch_axis == "auto":
            independent = batch_independent(apply_fn, p_abs, x1_abs,
                                            key=methods.fn_key(apply_fn))[0]
        else:
            independent = True
        m = method
        if m == "auto":
            m = decide(apply_fn, p_abs, x1_abs, x2_abs, output, memory_budget=math.inf,
                       independent=independent).method
        fn, _ = methods.kernel_fn(apply_fn, p_abs, x1_abs, m, output, n_out, independent,
                                  x2_abs)
        return fn(params, x1, x2)

    kernel.__doc__ = (f"Empirical NTK of {getattr(apply_fn, '__name__', 'apply_fn')} "
                      f"({method}, output={output!r}): kernel(params, x1, x2=None).")
    return jax.jit(kernel)

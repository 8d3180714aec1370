"""The three finite-width NTK algorithms, input validation, and compiled-code caches.

For ``f(params, x) -> [N, O]`` with ``J(x) = df(x)/dparams`` in R^{O x P}
(Novak, Sohl-Dickstein & Schoenholz, ICML 2022):

* :func:`jacobian_contraction`: per-example Jacobians ``[N, O, P]``, contracted over P.
* :func:`ntk_vector_products`: ``Theta v = J1 (J2^T v)`` for the basis vectors ``v``.
* :func:`structured_derivatives`: per-layer contractions from :mod:`.structured`.

:func:`kernel_fn` builds one method's kernel function, :func:`cached_compile` compiles it
once per (function, shapes, method, output) and :func:`run_method` runs it on a whole batch.
The entry point :func:`ntk_core.finite.empirical.compute_ntk` adds the method choice
(:mod:`.auto`) and tiling (:mod:`.tiling`) on top; this module depends on neither.

Length: this module is over 400 lines on purpose: each algorithm has a batch-structure
path (one example per pass, :mod:`.batch`) and a general path (batch-mixing functions),
and all of them share the parameter splitting, output modes and compile caches here.
"""
from __future__ import annotations

import collections
import threading
import time
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

from . import structured as sd
from .devices import compile_lowered
from .labels import METHODS, OUTPUTS


class NTKInputError(ValueError):
    """Bad input to the NTK functions: the message says what is wrong and how to fix it."""


# --------------------------------------------------------------------------- validation
def _as_input(x, name):
    if not isinstance(x, jax.Array):
        x = np.asarray(x)
        if x.dtype.kind not in "fiu":
            raise NTKInputError(f"{name} must hold floats (or integer indices), got dtype {x.dtype}")
    try:
        x = jnp.asarray(x)
    except Exception as e:  # noqa: BLE001
        raise NTKInputError(f"{name} must be an array, got {type(x).__name__}: {e}") from None
    if x.ndim < 1:
        raise NTKInputError(f"{name} must have a leading batch axis, got a scalar")
    if x.shape[0] < 1:
        raise NTKInputError(f"{name} is an empty batch (shape {x.shape})")
    if not (jnp.issubdtype(x.dtype, jnp.floating) or jnp.issubdtype(x.dtype, jnp.integer)):
        raise NTKInputError(f"{name} must hold floats (or integer indices), got dtype {x.dtype}")
    return x


def _leaf_paths(params):
    flat, _ = jax.tree_util.tree_flatten_with_path(params)
    return [jax.tree_util.keystr(p) or "params" for p, _ in flat]


def validate(apply_fn, params, x1, x2=None, method="auto", output="trace"):
    """Check everything cheaply (abstract evaluation); returns ``(x1, x2, n_out)``.

    Raises :class:`NTKInputError` with a message that says what to change.
    """
    if method not in METHODS + ("auto",):
        raise NTKInputError(f"unknown method {method!r}; choose one of {METHODS + ('auto',)}")
    if output not in OUTPUTS:
        raise NTKInputError(f"unknown output mode {output!r}; choose one of {OUTPUTS}")
    if not callable(apply_fn):
        raise NTKInputError("apply_fn must be a callable apply_fn(params, x) -> [N, O]")
    x1 = _as_input(x1, "x1")
    if x2 is not None:
        x2 = _as_input(x2, "x2")
        if x2.shape[1:] != x1.shape[1:]:
            raise NTKInputError(f"x1 and x2 must have the same per-example shape, got "
                                f"{x1.shape[1:]} and {x2.shape[1:]}")
        if output == "diagonal":
            raise NTKInputError("output='diagonal' gives Theta(x_i, x_i) for x1 only; pass x2=None")
    leaves = jax.tree_util.tree_leaves(params)
    if not any(jnp.issubdtype(jnp.result_type(l), jnp.inexact) for l in leaves):
        raise NTKInputError("params has no floating-point leaves to differentiate")
    try:
        out = jax.eval_shape(apply_fn, params, x1[:1])
    except Exception as e:  # noqa: BLE001
        raise NTKInputError(f"apply_fn failed on one example of shape {x1.shape[1:]} "
                            f"(dtype {x1.dtype}): {type(e).__name__}: {e}") from None
    if not isinstance(out, jax.ShapeDtypeStruct) and not hasattr(out, "shape"):
        raise NTKInputError(f"apply_fn must return one array [N, O], got {type(out).__name__}")
    if len(out.shape) != 2 or out.shape[0] != 1:
        raise NTKInputError(f"apply_fn must return [N, O]; for a batch of 1 it returned shape "
                            f"{tuple(out.shape)}")
    if not jnp.issubdtype(out.dtype, jnp.floating):
        raise NTKInputError(f"apply_fn must return floats, got {out.dtype}")
    return x1, x2, int(out.shape[1])


def check_finite_outputs(apply_fn, params, x, name="x1", chunk=None):
    """Run the forward pass once and raise if any output is NaN or infinite (say where).
    ``chunk``: examples per forward call (the last one padded to the same shape), so the
    memory of the check does not grow with N; only for batch-independent ``apply_fn``."""
    n = int(x.shape[0])
    if chunk and n > chunk:
        fwd, parts = _forward(apply_fn), []
        for s in range(0, n, chunk):
            xs = x[s:s + chunk]
            if xs.shape[0] < chunk:
                xs = jnp.concatenate([xs, jnp.repeat(x[:1], chunk - xs.shape[0], 0)])
            parts.append(np.isfinite(np.asarray(fwd(params, xs)))[:min(chunk, n - s)])
        bad = ~np.concatenate(parts)
    else:
        bad = ~np.isfinite(np.asarray(_forward(apply_fn)(params, x)))
    if bad.any():
        rows, cols = np.nonzero(bad)
        pairs = ", ".join(f"(example {r}, output {c})" for r, c in list(zip(rows, cols))[:5])
        more = "" if bad.sum() <= 5 else f" and {int(bad.sum()) - 5} more"
        raise NTKInputError(f"apply_fn returned non-finite outputs on {name}: {pairs}{more}. "
                            "Check the inputs and parameter scales (W_std, depth).")


_FWD: "collections.OrderedDict" = collections.OrderedDict()


def _forward(apply_fn):
    """Jitted forward pass, cached per function (LRU of 64)."""
    k = fn_key(apply_fn)
    with _LOCK:
        if k in _FWD:
            _FWD.move_to_end(k)
            return _FWD[k]
        f = _FWD[k] = jax.jit(apply_fn)
        while len(_FWD) > _CACHE_MAX:
            _FWD.popitem(last=False)
    return f


# --------------------------------------------------------------------------- algorithms
def _per_example(apply_fn):
    """f(params, x_single) -> [O]."""
    return lambda p, xi: apply_fn(p, xi[None])[0]


# Per-example Jacobians up to this many entries are concatenated over the leaves and
# contracted in one product: small products are launch-bound (WRN block, N O P = 0.9 M:
# full 2.99 -> 2.53 ms on the 2-core CPU), while for larger ones the copy costs more than
# it saves (CNN, 3 M: 17.0 -> 17.5 ms; MLP 3x512, 87 M: 327 -> 421 ms).
CONCAT_MAX_ENTRIES = 2 ** 21


def _contract_jac(j1, j2, output, n_out):
    """Contract per-example Jacobian pytrees ``[N, O, *leaf]`` (``j2 is j1``: symmetric)."""
    flat = lambda j: [l.reshape(l.shape[0], l.shape[1], -1)  # noqa: E731
                      for l in jax.tree_util.tree_leaves(j)]
    l1 = flat(j1)
    l2 = l1 if j2 is j1 else flat(j2)
    if len(l1) > 1 and max(sum(a.size for a in l) for l in (l1, l2)) <= CONCAT_MAX_ENTRIES:
        l1 = [jnp.concatenate(l1, -1)]
        l2 = l1 if j2 is j1 else [jnp.concatenate(l2, -1)]
    total = 0.0
    for a, b in zip(l1, l2):
        if output == "full":
            total = total + jnp.einsum("nap,mbp->nmab", a, b)
        elif output == "trace":
            total = total + jnp.einsum("nap,map->nm", a, b) / n_out
        else:
            total = total + jnp.einsum("nap,nbp->nab", a, b)
    return total


def _split_diff(params):
    """Split params into (differentiable leaves, rebuild function)."""
    leaves, treedef = jax.tree_util.tree_flatten(params)
    mask = [jnp.issubdtype(jnp.result_type(l), jnp.inexact) for l in leaves]

    def rebuild(diff):
        it = iter(diff)
        return jax.tree_util.tree_unflatten(treedef, [next(it) if m else l
                                                      for l, m in zip(leaves, mask)])
    return [l for l, m in zip(leaves, mask) if m], rebuild


def _to_output(full, output, n_out):
    """``[N1, N2, O, O]`` -> the requested output mode."""
    if output == "trace":
        return jnp.trace(full, axis1=2, axis2=3) / n_out
    if output == "diagonal":
        return jnp.einsum("iiab->iab", full)
    return full


def nvp_streams(example_shape) -> bool:
    """Whether per-pair NVP streams over the examples of x2 (``lax.map`` in chunks of
    :data:`NVP_CHUNK`) instead of vmapping over all of them. For a vector input every
    parameter meets an example once (dense layers: ~2 FLOPs per parameter), so the tangent
    passes are bound by reading the ``N2 O P`` tangents from memory; produced and consumed
    a chunk at a time they stay in cache (about 2x faster on the 2-core CPU). An image
    reuses each parameter at every spatial position: compute-bound, vmapped whole."""
    return len(example_shape) <= 1


NVP_CHUNK = 2


def nvp_rows_transposed(example_shape) -> bool:
    """Whether NVP's ``J_i t`` is computed as the transpose of the VJP of ``x_i`` instead of
    a JVP (same value, same FLOPs). For a vector input the weight tangents' term of a dense
    layer is ``h_i . dW`` over a stack of ``N2 O`` tangents ``dW``; as a JVP, XLA:CPU makes it
    one GEMM with the tangents as the right-hand operand ``[in, T out]``, which the GEMM
    library repacks in full for only ``N1`` rows; transposed, the tangents are the
    left-hand operand ``[T out, in]`` read once. Measured in one process, interleaved, on
    the 2-core CPU (load 3-6; benchmarks/results/issue19_notes.md): K(x, x) MLP 3x512 N=16
    498 -> 290 ms, MLP 2x2048 N=8 2381 -> 803 ms, MLP 3x512 x1 != x2 443 -> 273 ms. An image
    (CNN 3x64 N=4): 413 vs 419 ms, no gain; kept as JVPs."""
    return len(example_shape) <= 1


def nvp_min_block(example_shape) -> int:
    """Smallest block of examples the symmetric NVP recursion splits down to. Each example
    of a vector input is one row of the tangent matmuls, and blocks below 8 rows lose more
    to small matmuls than they save in pairs; an image brings its spatial positions as rows,
    so blocks of 2 examples pay off (measured on the 2-core CPU)."""
    return 8 if len(example_shape) <= 1 else 2


def _symmetric_blocks(block, x, t, min_block):
    """``Theta(x, x)`` from ``block(xa, xb, tb)`` computing only the diagonal and upper
    blocks: halves A, B give ``[[AA, AB], [AB^T, BB]]`` (3/4 of the pairs), recursively
    down to ``min_block`` examples (towards half the pairs). ``t``: tangents of x or None."""
    n = x.shape[0]
    sl = lambda a, i, j: None if a is None else jax.tree_util.tree_map(  # noqa: E731
        lambda l: l[i:j], a)
    if n < 2 * min_block:
        return block(x, x, t)
    h = n // 2
    aa = _symmetric_blocks(block, x[:h], sl(t, 0, h), min_block)
    bb = _symmetric_blocks(block, x[h:], sl(t, h, n), min_block)
    ab = block(x[:h], x[h:], sl(t, h, n))
    ba = ab.transpose(1, 0, 3, 2)
    return jnp.concatenate([jnp.concatenate([aa, ab], 1), jnp.concatenate([ba, bb], 1)], 0)


def jacobian_contraction(apply_fn, params, x1, x2, output, n_out, independent=True,
                         plan=None):
    """Per-example Jacobians ``[N, O, *leaf]``, contracted over the parameters.

    ``independent`` with a structured-derivatives ``plan`` (one example): the Jacobians are
    assembled from the cotangents at each layer's output and the layer inputs / image
    patches (:func:`.structured.jacobians`: the same ``N O`` reverse passes, but the weight
    gradients are einsums instead of per-example convolutions); without a plan, one
    ``jacrev`` per example; not ``independent``: the Jacobian of the batched call."""
    diff, rebuild = _split_diff(params)
    if independent and plan is not None:
        leaves = jax.tree_util.tree_leaves(params)

        def jac(_, x):
            j = sd.jacobians(plan, leaves, x, n_out)
            return [j[k] for k in sorted(j)]
    elif independent:
        f1 = _per_example(apply_fn)
        jac = jax.vmap(jax.jacrev(lambda d, xi: f1(rebuild(d), xi)), (None, 0))
    else:
        jac = jax.jacrev(lambda d, x: apply_fn(rebuild(d), x))
    if x2 is None:
        j1 = j2 = jac(diff, x1)
    elif independent:                                   # one batch of passes for both
        j1, j2 = _split_rows(jac(diff, jnp.concatenate([x1, x2])), x1.shape[0])
    else:
        j1, j2 = jac(diff, x1), jac(diff, x2)
    return _contract_jac(j1, j2, output, n_out)


def _split_rows(tree, n):
    """``(tree[:n], tree[n:])`` along every leaf's leading (example) axis."""
    return (jax.tree_util.tree_map(lambda l: l[:n], tree),
            jax.tree_util.tree_map(lambda l: l[n:], tree))


def ntk_vector_products(apply_fn, params, x1, x2, output, n_out, independent=True):
    """``Theta v = J1 (J2^T v)`` for basis vectors ``v``, no Jacobian contraction.

    ``independent``: per example pair (the batch structure): the ``N2 O`` VJPs of single
    examples of x2 give tangents ``t_jb = J2_j^T e_b``, and ``Theta_ij[a, b]`` is the JVP of
    example ``x1_i`` along ``t_jb``; vmapped over i and (j, b), the primal pass of ``x1_i``
    is shared, so the work is ``N2 O`` VJPs + ``N1 N2 O`` tangent passes of one example
    (for N2 > N1 the roles swap and the kernel is transposed: ``min(N1, N2) O`` VJPs).
    Otherwise the ``N2 O`` basis vectors of the batched output each need a VJP over all of
    x2 and a JVP over all of x1.
    """
    diff, rebuild = _split_diff(params)
    if independent:
        f1 = lambda d, xi: apply_fn(rebuild(d), xi[None])[0]  # noqa: E731

        def tangents(xj):                                   # [O, *leaf]: J_j^T e_b
            y, vjp = jax.vjp(lambda d: f1(d, xj), diff)
            return jax.vmap(vjp)(jnp.eye(n_out, dtype=y.dtype))[0]

        transposed = nvp_rows_transposed(x1.shape[1:])

        def row(xi, t):                                     # J_i t: [O]
            if transposed:                                  # the VJP of x_i, transposed
                y, vjp = jax.vjp(lambda d: f1(d, xi), diff)
                return jax.linear_transpose(vjp, y)((t,))[0]
            return jax.jvp(lambda d: f1(d, xi), (diff,), (t,))[1]

        if output == "diagonal":                            # [N, O(a), O(b)]
            return jax.vmap(lambda xi: jax.vmap(lambda t: row(xi, t))(tangents(xi)).T)(x1)

        def pairs(xa, tj):                                  # [Na, O(a), O(b)] for one j
            return jax.vmap(lambda xi: jax.vmap(lambda t: row(xi, t))(tj).T)(xa)

        stream = nvp_streams(x1.shape[1:])

        def block(xa, xb, tb):                              # [Na, Nb, O(a), O(b)]
            if stream:                                      # tangents made chunk by chunk
                k = jax.lax.map(lambda xj: pairs(xa, tangents(xj)), xb,
                                batch_size=min(NVP_CHUNK, xb.shape[0]))
            else:
                k = jax.vmap(lambda tj: pairs(xa, tj))(tb)
            return k.transpose(1, 0, 2, 3)

        if x2 is None:
            t1 = None if stream else jax.vmap(tangents)(x1)
            k = _symmetric_blocks(block, x1, t1, nvp_min_block(x1.shape[1:]))
        elif x2.shape[0] > x1.shape[0]:                     # VJPs of the smaller batch:
            # Theta(x1_i, x2_j)[a, b] = Theta(x2_j, x1_i)[b, a]
            k = block(x2, x1, None if stream else jax.vmap(tangents)(x1)).transpose(1, 0, 3, 2)
        else:
            k = block(x1, x2, None if stream else jax.vmap(tangents)(x2))
        return _to_output(k, output, n_out)
    f = lambda d, x: apply_fn(rebuild(d), x)  # noqa: E731

    def full(xa, xb):
        nb = xb.shape[0]
        yb, vjp_b = jax.vjp(lambda d: f(d, xb), diff)
        basis = jnp.eye(nb * n_out, dtype=yb.dtype).reshape(nb * n_out, nb, n_out)

        def column(ct):
            (t,) = vjp_b(ct)
            return jax.jvp(lambda d: f(d, xa), (diff,), (t,))[1]
        cols = jax.vmap(column)(basis)                          # [Nb*O, Na, O]
        return cols.reshape(nb, n_out, xa.shape[0], n_out).transpose(2, 0, 3, 1)

    return _to_output(full(x1, x1 if x2 is None else x2), output, n_out)


def structured_derivatives(apply_fn, params, x1, x2, output, n_out, plan, plan2=None,
                           independent=True):
    """Per-layer contractions of :mod:`.structured`. ``independent``: ``plan`` is for one
    example and the cotangents come from ``O`` VJPs per example; otherwise ``plan`` /
    ``plan2`` are for the whole batches x1 / x2, each treated as one example with
    ``N O`` outputs."""
    leaves = jax.tree_util.tree_leaves(params)
    if not independent:
        n1 = x1.shape[0]
        n2 = n1 if x2 is None else x2.shape[0]
        cots1, recs1 = sd.cotangents(plan, leaves, x1, n_out, per_example=False)
        side1 = (cots1, recs1, sd.const_values(plan, leaves, x1))
        if x2 is None:
            side2, plan2 = side1, plan
        else:
            cots2, recs2 = sd.cotangents(plan2, leaves, x2, n_out, per_example=False)
            side2 = (cots2, recs2, sd.const_values(plan2, leaves, x2))
        k = sd.contract(plan, side1, side2, "full", n1 * n_out, plan2=plan2)
        k = k.reshape(n1, n_out, n2, n_out).transpose(0, 2, 1, 3)
        return _to_output(k, output, n_out)
    consts = sd.const_values(plan, leaves, x1[:1])
    if x2 is None:
        cots1, recs1 = sd.cotangents(plan, leaves, x1, n_out)
        side1 = side2 = (cots1, recs1, consts)           # symmetric: one set of VJPs
    else:                                                # one batch of VJPs for both
        both = sd.cotangents(plan, leaves, jnp.concatenate([x1, x2]), n_out)
        (cots1, recs1), (cots2, recs2) = _split_rows(both, x1.shape[0])
        side1, side2 = (cots1, recs1, consts), (cots2, recs2, consts)
    return sd.contract(plan, side1, side2, output, n_out)


# --------------------------------------------------------------------------- compilation
_CACHE: "collections.OrderedDict" = collections.OrderedDict()
_CACHE_MAX = 64
_LOCK = threading.Lock()


def _aval(x):
    return None if x is None else (tuple(x.shape), str(x.dtype))


def fn_key(apply_fn):
    """Cache key of a function: a method bound to a hashable (e.g. frozen dataclass) spec
    is keyed by the spec's value, so two equal specs share compiled code."""
    self = getattr(apply_fn, "__self__", None)
    func = getattr(apply_fn, "__func__", None)
    if self is not None and func is not None:
        try:
            hash(self)
            return ("bound", func, type(self), self)
        except TypeError:
            pass
    return apply_fn


def _leaf_aval(l):
    if hasattr(l, "shape") and hasattr(l, "dtype"):     # arrays: no conversion per call
        return (tuple(l.shape), str(l.dtype))
    return _aval(jnp.asarray(l))


def _key(apply_fn, method, output, params, x1, x2, independent=True):
    leaves, treedef = jax.tree_util.tree_flatten(params)
    return (fn_key(apply_fn), method, output, treedef, tuple(_leaf_aval(l) for l in leaves),
            _aval(x1), _aval(x2), bool(independent))


def make_plan(apply_fn, params, x1, batch=1):
    """Structured-derivatives analysis of ``apply_fn`` for a batch of ``batch`` examples
    like ``x1[0]`` (1: one example; the whole batch for a batch-mixing function)."""
    leaves, treedef = jax.tree_util.tree_flatten(params)
    avals = [jax.ShapeDtypeStruct(jnp.shape(l), jnp.result_type(l)) for l in leaves]
    return sd.analyse(apply_fn, avals, treedef,
                      jax.ShapeDtypeStruct((batch,) + tuple(x1.shape[1:]), x1.dtype))


def kernel_fn(apply_fn, params, x1, method, output, n_out, independent=True, x2=None):
    """``(fn, fallback)``: ``fn(params, xa, xb_or_None) -> kernel`` for one method.

    ``independent``: use the batch structure (apply_fn treats examples independently, see
    :mod:`.batch`); otherwise the general path, for these batch shapes of x1 (and x2).
    """
    fallback = ()
    if method == "structured_derivatives":
        if independent:
            plan, plan2 = make_plan(apply_fn, params, x1), None
        else:
            plan = make_plan(apply_fn, params, x1, x1.shape[0])
            plan2 = None if x2 is None else make_plan(apply_fn, params, x2, x2.shape[0])
        fallback = sd.fallback_names(plan, _leaf_paths(params))
        fn = partial(structured_derivatives, apply_fn, output=output, n_out=n_out, plan=plan,
                     plan2=plan2, independent=independent)
    elif method == "jacobian_contraction":
        plan = make_plan(apply_fn, params, x1) if independent else None
        fn = partial(jacobian_contraction, apply_fn, output=output, n_out=n_out,
                     independent=independent, plan=plan)
    else:
        fn = partial(ntk_vector_products, apply_fn, output=output, n_out=n_out,
                     independent=independent)
    return (lambda p, a, b: fn(p, a, b)), fallback


def cached_compile(key, build, *lower_args, **jit_kwargs):
    """Compile ``build()``'s function for ``lower_args`` once per ``key`` (LRU of 64).

    ``build() -> (fn, fallback)``. Returns ``(compiled, info)``, ``info`` holding
    ``compile_time_s`` (tracing + XLA; 0 when the executable was reused), ``fallback``
    and ``cached``.
    """
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            compiled, info = _CACHE[key]
            return compiled, dict(info, cached=True, compile_time_s=0.0)
    t0 = time.perf_counter()
    fn, fallback = build()
    compiled = compile_lowered(jax.jit(fn, **jit_kwargs).lower(*lower_args))
    info = {"compile_time_s": time.perf_counter() - t0, "fallback": fallback}
    with _LOCK:
        _CACHE[key] = (compiled, info)
        while len(_CACHE) > _CACHE_MAX:
            _CACHE.popitem(last=False)
    return compiled, dict(info, cached=False)


def run_method(apply_fn, params, x1, x2, method, output, n_out, independent=True,
               before_run=None):
    """Compile (or reuse) and run one method on the whole batch; (kernel, info).
    ``before_run()`` is called between compiling and running (it may raise to stop)."""
    key = _key(apply_fn, method, output, params, x1, x2, independent)
    compiled, info = cached_compile(
        key, lambda: kernel_fn(apply_fn, params, x1, method, output, n_out, independent, x2),
        params, x1, x2)
    if before_run is not None:
        before_run()
    t0 = time.perf_counter()
    k = jax.block_until_ready(compiled(params, x1, x2))
    info["run_time_s"] = time.perf_counter() - t0
    return np.asarray(k), info

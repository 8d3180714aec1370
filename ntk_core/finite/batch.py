"""Does ``apply_fn`` treat the examples of a batch independently? (a proof, or "don't know")

The per-example paths of the three methods (one VJP / JVP per example, never a batch of
mostly-zero cotangents) compute ``Theta(x1_i, x2_j)`` from ``apply_fn(params, x_i[None])``.
They equal the Jacobians of the batched call ``apply_fn(params, X)`` only when

    apply_fn(params, X)[i] = g(params, X[i])   for every i and every batch size N,

with one function ``g`` (a batch norm over the batch, a mean over examples, a shape-
dependent constant such as ``x.shape[0]`` all break it), and the same for the derivatives
with respect to ``params``. :func:`batch_independent` proves this or answers False:

1. It traces the JVP of ``apply_fn`` with respect to ``params`` (primal and tangent
   outputs, so custom derivative rules are in the program) on an input whose batch size is
   a *symbolic* dimension ``b`` (``jax.export.symbolic_shape``). One program then serves
   every batch size: Python cannot branch on ``b``, and using ``b`` as a number puts an
   unknown primitive into the program (step 2 rejects it). A function that cannot be
   traced this way is answered False.
2. It walks the program with a state per value: *batched along axis k* (axis k has size
   ``b`` and slice i depends only on ``X[i]``, by the same code for every i) or
   *input-free* (no dependence on ``X``; with the set of axes along which it is known to
   be constant). Each primitive has a rule (elementwise ops, broadcasts, reshapes that
   keep the batch axis whole, reductions over other axes, ``dot_general`` and convolutions
   whose batch axis is free or a batch dimension, gathers of input-free tables, ...). A
   primitive without a rule, a batched value with no or two axes of size ``b``, a
   reduction or contraction over the batch axis, or an input-free operand that varies
   along it (``iota`` over the batch) ends the walk with False. ``custom_vjp`` functions
   cannot be differentiated forwards and are answered False.

So a True answer is a proof (given correct rules); False only costs speed. The answer does
not depend on N and is cached per (function, parameter shapes, per-example input shape).

Length: this module is over 400 lines on purpose: the rules of every primitive family
(scan included, for recurrent layers) read and write the one walker state; split into
files, each would reach into the others' private ``_State`` / ``_Walker``.
"""
from __future__ import annotations

import collections
import math
import threading

import jax
import numpy as np
from jax.extend import core as jcore

_ELEMENTWISE = {
    "add", "add_any", "sub", "mul", "div", "rem", "pow", "max", "min", "neg", "sign",
    "floor", "ceil", "round", "is_finite", "exp", "exp2", "log", "log1p", "expm1", "tanh",
    "logistic", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
    "asinh", "acosh", "atanh", "sqrt", "rsqrt", "cbrt", "erf", "erfc", "erf_inv", "lgamma",
    "digamma", "integer_pow", "square", "abs", "select_n", "clamp", "eq", "ne", "lt", "le",
    "gt", "ge", "and", "or", "not", "xor", "convert_element_type", "reduce_precision",
    "copy", "copy_p", "nextafter", "real", "imag", "conj", "stop_gradient",
    "shift_left", "shift_right_logical", "shift_right_arithmetic", "population_count",
}
_REDUCE = {"reduce_sum", "reduce_max", "reduce_min", "reduce_prod", "reduce_and",
           "reduce_or", "reduce_xor", "argmax", "argmin"}
_CUMULATIVE = {"cumsum", "cumprod", "cummax", "cummin", "cumlogsumexp"}
_WINDOWED = {"reduce_window_sum", "reduce_window_max", "reduce_window_min", "reduce_window",
             "select_and_gather_add"}
_CALLS = {"pjit", "jit", "closed_call", "core_call", "remat", "remat2", "checkpoint",
          "custom_jvp_call"}


class _Mixes(Exception):
    """The walk cannot prove independence (message: where and why)."""


class _State:
    """``axis`` is the batch axis (batched) or None (input-free, constant along ``const``;
    ``bdep``: some entry's value may depend on the batch size ``b``)."""

    __slots__ = ("axis", "const", "bdep")

    def __init__(self, axis=None, const=frozenset(), bdep=False):
        self.axis, self.const, self.bdep = axis, frozenset(const), bdep


def _shape(v):
    return tuple(v.aval.shape) if hasattr(v, "aval") else tuple(np.shape(v.val))


def _const_axes(st: _State, shape) -> frozenset:
    """Axes along which an input-free value is constant (size-1 axes always are)."""
    return st.const | {i for i, d in enumerate(shape) if _int(d) == 1}


def _int(d):
    try:
        return int(d)
    except Exception:  # noqa: BLE001  (a symbolic dimension)
        return None


class _Walker:
    def __init__(self, b):
        self.b = b

    def is_b(self, d) -> bool:
        return _int(d) is None and bool(d == self.b)

    def free_ok(self, s: _State, shape, k) -> bool:
        """May an input-free value meet the batch along axis ``k``?"""
        return not s.bdep and (not shape or k not in range(len(shape))
                               or k in _const_axes(s, shape))

    def prod(self, dims):
        ints = [_int(d) for d in dims]
        if any(i is None for i in ints):
            raise _Mixes("a reshape merges the batch axis with another axis")
        return math.prod(ints)

    # ------------------------------------------------------------------ the walk
    def run(self, jaxpr, consts, in_states):
        env = {}
        for v, _ in zip(jaxpr.constvars, consts):
            env[v] = _State()
        for v, s in zip(jaxpr.invars, in_states):
            env[v] = s

        def read(a):
            return _State() if isinstance(a, jcore.Literal) else env[a]

        for e in jaxpr.eqns:
            ins = [read(a) for a in e.invars]
            outs = self.eqn(e, ins)
            for v, s in zip(e.outvars, outs):
                shape = _shape(v)
                if s.axis is not None:
                    nb = [i for i, d in enumerate(shape) if self.is_b(d)]
                    if nb != [s.axis]:
                        raise _Mixes(f"{e.primitive.name} gives an input-dependent value of "
                                     f"shape {shape} without exactly one batch axis")
                env[v] = s
        return [read(a) for a in jaxpr.outvars]

    def eqn(self, e, ins):
        name = e.primitive.name
        p = e.params
        n_out = len(e.outvars)
        out_shape = _shape(e.outvars[0])
        xs = [(s, _shape(a)) for s, a in zip(ins, e.invars) if s.axis is not None]
        if name in _CALLS:
            sub = p.get("jaxpr") or p.get("call_jaxpr")
            if sub is None:
                raise _Mixes(f"{name} without a jaxpr")
            if isinstance(sub, jcore.ClosedJaxpr):
                return self.run(sub.jaxpr, sub.consts, ins)
            return self.run(sub, [], ins)
        bdep = any(s.bdep for s in ins)
        if name == "iota":
            return [_State(None, set(range(len(out_shape))) - {p["dimension"]})]
        if name == "broadcast_in_dim":
            s, shape = ins[0], _shape(e.invars[0])
            bd = p["broadcast_dimensions"]
            if s.axis is not None:
                return [_State(bd[s.axis])]
            c = {bd[i] for i in _const_axes(s, shape)} | (set(range(len(out_shape))) - set(bd))
            return [_State(None, c, bdep or len(e.invars) > 1)]
        if not xs:                       # input-free: constant along what we can prove
            if name in _ELEMENTWISE:
                c = set(range(len(out_shape)))
                for s, a in zip(ins, e.invars):
                    sh = _shape(a)
                    if len(sh) == len(out_shape):
                        c &= _const_axes(s, sh)
                return [_State(None, c, bdep)] * n_out
            if name == "transpose":
                c = _const_axes(ins[0], _shape(e.invars[0]))
                return [_State(None, {i for i, q in enumerate(p["permutation"]) if q in c},
                               bdep)]
            # anything else: its entries may depend on b if b is in a shape (a sum over an
            # axis of size b, a reshape that moves entries) or if it reads b itself
            shapes = [_shape(a) for a in e.invars] + [_shape(v) for v in e.outvars]
            bdep = (bdep or name == "dim_as_value"
                    or any(self.is_b(d) for sh in shapes for d in sh))
            return [_State(None, (), bdep)] * n_out
        ks = {s.axis for s, _ in xs}
        if name in _ELEMENTWISE or name in ("sort", "split"):
            if len(ks) != 1:
                raise _Mixes(f"{name} combines values batched along different axes")
            (k,) = ks
            if name == "sort" and p["dimension"] == k or name == "split" and p["axis"] == k:
                raise _Mixes(f"{name} along the batch axis")
            for s, a in zip(ins, e.invars):
                if s.axis is None and not self.free_ok(s, _shape(a), k):
                    raise _Mixes(f"{name} combines the batch with a value that varies along "
                                 "it or depends on the batch size")
            return [_State(k)] * n_out
        (s0, sh0) = xs[0]
        k = s0.axis
        if name == "reshape":
            if p.get("dimensions") not in (None, ()):
                raise _Mixes("reshape with dimensions")
            pre = self.prod(sh0[:k])
            for k2, d in enumerate(out_shape):
                if self.is_b(d) and self.prod(out_shape[:k2]) == pre:
                    return [_State(k2)]
            raise _Mixes(f"a reshape {sh0} -> {out_shape} splits or merges the batch axis")
        if name == "transpose":
            return [_State(list(p["permutation"]).index(k))]
        if name == "squeeze":
            dims = [d % len(sh0) for d in p["dimensions"]]
            return [_State(k - sum(d < k for d in dims))]
        if name in _REDUCE:
            axes = list(p["axes"])
            if k in axes:
                raise _Mixes(f"{name} over the batch axis")
            return [_State(k - sum(a < k for a in axes))] * n_out
        if name in _CUMULATIVE:
            if p["axis"] == k:
                raise _Mixes(f"{name} along the batch axis")
            return [_State(k)]
        if name == "concatenate":
            if len(ks) != 1 or p["dimension"] == k:
                raise _Mixes("concatenate along the batch axis")
            for s, a in zip(ins, e.invars):
                if s.axis is None and not self.free_ok(s, _shape(a), k):
                    raise _Mixes("concatenate with a value that varies along the batch")
            return [_State(k)]
        if name == "pad":
            if (ins[1].axis is not None or ins[1].bdep
                    or tuple(p["padding_config"][k]) != (0, 0, 0)):
                raise _Mixes("pad along the batch axis")
            return [_State(k)]
        if name == "slice":
            st = p.get("strides")
            if (p["start_indices"][k] != 0 or not self.is_b(p["limit_indices"][k])
                    or (st is not None and st[k] != 1)):
                raise _Mixes("slice along the batch axis")
            return [_State(k)]
        if name == "dot_general":
            return [self.dot(e, ins)]
        if name == "conv_general_dilated":
            dn = p["dimension_numbers"]
            if (ins[1].axis is not None or ins[1].bdep or ins[0].axis != dn.lhs_spec[0]
                    or p.get("batch_group_count", 1) != 1):
                raise _Mixes("a convolution whose batch axis is not the input's batch")
            return [_State(dn.out_spec[0])]
        if name == "gather":
            return [self.gather(e, ins, out_shape)]
        if name in _WINDOWED:
            return [self.window(e, ins, xs)] * n_out
        if name == "scan":
            return self.scan(e, ins)
        raise _Mixes(f"primitive {name!r} has no batch rule")

    def window(self, e, ins, xs):
        """Pooling (``reduce_window*``, and max pooling's JVP ``select_and_gather_add``):
        batched along ``k`` when every window is one example wide there: window size,
        stride and dilations 1 and no padding along ``k``; other operands (the reduction's
        initial values) input-free scalars."""
        p = e.params
        ks = {s.axis for s, _ in xs}
        if len(ks) != 1:
            raise _Mixes(f"{e.primitive.name} combines values batched along different axes")
        (k,) = ks
        for s, a in zip(ins, e.invars):
            if s.axis is None and (s.bdep or _shape(a) != ()):
                raise _Mixes(f"{e.primitive.name} with an input-free array operand")
        one = [p["window_dimensions"][k], p["window_strides"][k]]
        one += [p[d][k] for d in ("base_dilation", "window_dilation") if d in p]
        if any(_int(v) != 1 for v in one) or tuple(p["padding"][k]) != (0, 0):
            raise _Mixes(f"{e.primitive.name} with a window across the batch axis")
        return _State(k)

    def scan(self, e, ins):
        """``lax.scan`` (a recurrent layer over time): the body is walked with the scanned
        operands' states one axis down (scanning along the batch axis mixes); the carry's
        state is iterated to a fixed point (an input-free initial carry may meet the batch
        along axis k only where it is constant); the stacked outputs gain a leading axis."""
        p = e.params
        nc, nk = p["num_consts"], p["num_carry"]
        body = p["jaxpr"]
        consts, carry = list(ins[:nc]), list(ins[nc:nc + nk])
        cshapes = [_shape(a) for a in e.invars[nc:nc + nk]]
        for i, (c, sh) in enumerate(zip(carry, cshapes)):   # zeros [b, n]: one per example
            ks = [k for k, d in enumerate(sh) if self.is_b(d)]
            if c.axis is None and len(ks) == 1 and self.free_ok(c, sh, ks[0]):
                carry[i] = _State(ks[0])
        xs = []
        for s, a in zip(ins[nc + nk:], e.invars[nc + nk:]):
            if s.axis == 0:
                raise _Mixes("scan along the batch axis")
            xs.append(_State(s.axis - 1) if s.axis is not None else
                      _State(None, {c - 1 for c in _const_axes(s, _shape(a)) if c > 0}, s.bdep))
        for _ in range(4):
            outs = self.run(body.jaxpr, body.consts, consts + carry + xs)
            merged = [self._join(c, o, sh) for c, o, sh in zip(carry, outs[:nk], cshapes)]
            if all((m.axis, m.const, m.bdep) == (c.axis, c.const, c.bdep)
                   for m, c in zip(merged, carry)):
                break
            carry = merged
        else:
            raise _Mixes("the state of a scan's carry does not settle")
        ys = [_State(s.axis + 1) if s.axis is not None else
              _State(None, {c + 1 for c in s.const}, s.bdep) for s in outs[nk:]]
        return carry + ys

    def _join(self, a: _State, b: _State, shape) -> _State:
        """The state of a value that is ``a`` or ``b`` (a scan carry before / after a step)."""
        if a.axis is not None and b.axis is not None:
            if a.axis != b.axis:
                raise _Mixes("a scan carry batched along different axes")
            return a
        if a.axis is None and b.axis is None:
            return _State(None, _const_axes(a, shape) & _const_axes(b, shape), a.bdep or b.bdep)
        s, free = (a, b) if a.axis is not None else (b, a)
        if not self.free_ok(free, shape, s.axis):
            raise _Mixes("a scan carry meets the batch with a value varying along it")
        return _State(s.axis)

    def gather(self, e, ins, out_shape):
        dn, p = e.params["dimension_numbers"], e.params
        (so, si), sho = ins, _shape(e.invars[0])
        if tuple(getattr(dn, "operand_batching_dims", ())) != ():
            raise _Mixes("a gather with batching dimensions")
        if so.axis is None and si.axis is not None:      # an input-free table, batched ids
            if so.bdep or si.axis >= len(_shape(e.invars[1])) - 1:
                raise _Mixes("a gather indexed along the batch axis")
            free = [d for d in range(len(out_shape)) if d not in dn.offset_dims]
            return _State(free[si.axis])
        if so.axis is not None and si.axis is None and not si.bdep:  # slicing the batch
            k = so.axis
            if (k in dn.start_index_map or k in dn.collapsed_slice_dims
                    or not self.is_b(p["slice_sizes"][k])):
                raise _Mixes("a gather that indexes the batch axis")
            kept = [d for d in range(len(sho)) if d not in dn.collapsed_slice_dims]
            return _State(dn.offset_dims[kept.index(k)])
        raise _Mixes("a gather whose table and indices both depend on the input")

    def dot(self, e, ins):
        (lc, rc), (lb, rb) = e.params["dimension_numbers"]
        sl, sr = ins
        shl, shr = _shape(e.invars[0]), _shape(e.invars[1])
        nb = len(lb)
        lfree = [d for d in range(len(shl)) if d not in lc + lb]
        rfree = [d for d in range(len(shr)) if d not in rc + rb]
        if sl.axis is not None and sr.axis is not None:
            if sl.axis in lb and sr.axis in rb and lb.index(sl.axis) == rb.index(sr.axis):
                return _State(lb.index(sl.axis))
            raise _Mixes("dot_general of two batched values across examples")
        s, own_c, own_b, free, other, sh_o, oth_b = (
            (sl, lc, lb, lfree, sr, shr, rb) if sl.axis is not None
            else (sr, rc, rb, rfree, sl, shl, lb))
        k = s.axis
        if k in own_c:
            raise _Mixes("dot_general contracts over the batch axis")
        if k in own_b:
            j = own_b.index(k)
            if not self.free_ok(other, sh_o, oth_b[j]):
                raise _Mixes("dot_general batches examples with a value varying along them")
            return _State(j)
        if other.bdep:
            raise _Mixes("dot_general with a value that depends on the batch size")
        off = nb + (0 if sl.axis is not None else len(lfree))
        return _State(off + free.index(k))


_CACHE: "collections.OrderedDict" = collections.OrderedDict()
_LOCK = threading.Lock()


def batch_independent(apply_fn, params, x, key=None) -> tuple[bool, str]:
    """``(True, "")`` if ``apply_fn(params, X)[i]`` provably depends only on ``X[i]`` (by
    the same function for every i and N, derivatives with respect to params included),
    else ``(False, why)``. ``x``: any batch with the per-example shape and dtype to use.
    ``key``: hashable cache key of ``apply_fn`` (None: the function object itself).
    """
    leaves, treedef = jax.tree_util.tree_flatten(params)
    avals = [jax.ShapeDtypeStruct(np.shape(l), jax.numpy.result_type(l)) for l in leaves]
    ck = (apply_fn if key is None else key, treedef,
          tuple((a.shape, str(a.dtype)) for a in avals), tuple(x.shape[1:]), str(x.dtype))
    with _LOCK:
        if ck in _CACHE:
            _CACHE.move_to_end(ck)
            return _CACHE[ck]
    ans = _analyse(apply_fn, treedef, avals, x)
    with _LOCK:
        _CACHE[ck] = ans
        while len(_CACHE) > 128:
            _CACHE.popitem(last=False)
    return ans


def _analyse(apply_fn, treedef, avals, x):
    (b,) = jax.export.symbolic_shape("b")
    xs = jax.ShapeDtypeStruct((b,) + tuple(x.shape[1:]), x.dtype)
    inexact = [jax.numpy.issubdtype(a.dtype, jax.numpy.inexact) for a in avals]

    def jvp(diff, tangents, leaves, xb):
        def f(d):
            it = iter(d)
            full = [next(it) if m else l for l, m in zip(leaves, inexact)]
            return apply_fn(jax.tree_util.tree_unflatten(treedef, full), xb)
        return jax.jvp(f, (diff,), (tangents,))

    diff = [a for a, m in zip(avals, inexact) if m]
    try:
        closed = jax.make_jaxpr(jvp)(diff, diff, avals, xs)
    except Exception as e:  # noqa: BLE001
        return False, (f"apply_fn could not be traced for a symbolic batch size "
                       f"({type(e).__name__}: {str(e).splitlines()[0][:120]})")
    n_in = len(closed.jaxpr.invars)
    states = [_State()] * (n_in - 1) + [_State(0)]
    w = _Walker(b)
    try:
        outs = w.run(closed.jaxpr, closed.consts, states)
    except _Mixes as e:
        return False, str(e)
    for s, v in zip(outs, closed.jaxpr.outvars):
        shape = _shape(v)
        if not (s.axis == 0 or (s.axis is None and not s.bdep and 0 in _const_axes(s, shape))):
            return False, "the output's rows are not indexed by the input's batch axis"
    return True, ""

"""Structured derivatives (Novak, Sohl-Dickstein & Schoenholz, ICML 2022, Sec. 3.3).

For one example x, write the network as a jaxpr in which every parameter leaf ``W`` reaches
the input-dependent computation through a few *uses*: a primitive ``y = prim(v, a(x))``
whose parameter-side operand ``v`` is a linear, input-independent function of ``W``
(``v = L(W)``: a transpose, a broadcast, a scale, ...). The Jacobian of the outputs with
respect to ``W`` is, summed over its uses u,

    J_W(x) = sum_u  c_u(x) . dy_u/dv_u . L_u ,      c_u(x) = df/dy_u in R^{O x |y_u|},

and the kernel contribution of ``W`` is ``sum_{u, u'} <J_u(x1), J_u'(x2)>``. When the
primitive has *structure*, ``<J_u(x1), J_u'(x2)>`` is contracted without ever forming the
weight Jacobian. For ``y = a . v`` (``dot_general``) with ``s`` the free axes of ``a``:

    <J(x1), J(x2)> = sum_{s, t} (a1[s] . a2[t]) (c1[s] . c2[t]),

and a convolution is the same with image patches in place of ``a``. Everything is written
as one ``einsum`` per pair of uses, whose contraction order (chosen by opt_einsum from
FLOP counts) recovers the paper's ``min(Y, P)`` cost. The cotangents ``c_u`` come from one
VJP per output (``N O`` reverse passes, the work no method avoids), obtained by adding a
zero perturbation ``eps_u`` to each ``y_u`` and differentiating with respect to it.

Affine layers ``z = k (a . W) + b``: the bias's cotangent is ``c_b = c_y / k`` (proven from
the program by :func:`_aliases`), so it needs no reverse-mode output of its own, and the
weight and bias terms share one product: ``sum_{s,t} (s_W a1[s].a2[t] + s_b)(c1[s].c2[t])``
(:func:`_fused`, used when opt_einsum counts fewer FLOPs than for the two terms apart).

Pooled readouts (:func:`_factored`): when a dot / conv output ``y`` reaches the outputs only
through single-consumer elementwise steps ending in a ``reduce_sum`` over axes ``R`` (global
average pooling), its cotangent is ``c[o, i] = g[o, i \\ R] m[i]`` with ``g`` from ``O``
reverse passes of the small pooled vector and ``m`` the chain's derivative from one
forward-mode pass; the einsums take ``g`` and ``m`` as separate operands, so the product
with the patches costs ``Y K C`` per example instead of ``O Y K C``.

Elementwise and structural primitives (add, sub, mul, div, neg, convert_element_type,
broadcast_in_dim, reshape, transpose, squeeze, reduce_sum, concatenate, select, ...) use
the *identity rule*: the perturbation sits on their parameter-side operand ``v``, whose
size is at most that of their output, so nothing larger than the output is formed. A
parameter that reaches a primitive with no rule (``gather`` in an embedding lookup, an
opaque custom call, a nonlinear function of the parameter alone) gets the identity rule
on that operand too, which is Jacobian contraction for that parameter only; such leaves
are reported in ``Plan.fallback``.

Length: this module is over 400 lines on purpose. The jaxpr analysis (:func:`analyse`) and
the evaluation / contraction (:func:`cotangents`, :func:`contract`) share the private
``_Form`` / ``_Use`` / ``Plan`` records and their einsum labels; split apart, each half
would reach into the other's internals.
"""
from __future__ import annotations

import collections
import itertools
from dataclasses import dataclass, field
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore
from opt_einsum import contract_path, get_symbol

# Primitives inlined while flattening the jaxpr (call-like wrappers).
_CALLS = {"jit", "pjit", "closed_call", "core_call", "remat2", "checkpoint", "remat"}
_CUSTOM = {"custom_jvp_call", "custom_vjp_call", "custom_vjp_call_jaxpr"}
# Primitives that pass a value through unchanged (for the linear chain W -> v).
_IDENTITY = {"convert_element_type", "copy", "copy_p", "reduce_precision"}
# Primitives with an identity rule (not a fallback) when they consume a parameter.
_ELEMENTWISE_RULES = {
    "add", "add_any", "sub", "mul", "div", "neg", "convert_element_type", "broadcast_in_dim",
    "reshape", "transpose", "squeeze", "expand_dims", "reduce_sum", "concatenate", "select_n",
    "copy", "copy_p", "dot_general", "conv_general_dilated", "pad", "slice",
    "dynamic_slice", "integer_pow", "square", "max", "min",
}


# --------------------------------------------------------------------------- flat jaxpr
@dataclass
class _Eqn:
    prim: Any
    ins: list            # atoms: ("v", id) | ("c", value)
    outs: list           # var ids
    params: dict
    orig: Any            # the original JaxprEqn (for re-binding)


def _flatten(closed: jcore.ClosedJaxpr, n_params: int):
    """Inline call-like primitives; return (eqns, in_ids, out_atoms, avals).

    Inputs ``0 .. n_params-1`` are parameter leaves and ``n_params`` is the example.
    Custom-derivative calls are inlined only when a parameter flows into them.
    """
    counter = itertools.count()
    avals: dict[int, Any] = {}
    eqns: list[_Eqn] = []
    param_dep: dict[int, bool] = {}

    def new_id(aval):
        i = next(counter)
        avals[i] = aval
        return i

    def atom(env, a):
        if isinstance(a, jcore.Literal):
            return ("c", a.val)
        return env[a]

    def walk(jaxpr, consts, in_atoms):
        env = {}
        for v, c in zip(jaxpr.constvars, consts):
            env[v] = ("c", c)
        for v, a in zip(jaxpr.invars, in_atoms):
            env[v] = a
        for e in jaxpr.eqns:
            ins = [atom(env, a) for a in e.invars]
            dep = any(a[0] == "v" and param_dep.get(a[1], False) for a in ins)
            name = e.primitive.name
            sub = None
            if name in _CALLS:
                sub = e.params.get("jaxpr") or e.params.get("call_jaxpr")
            elif name in _CUSTOM and dep:
                sub = e.params.get("call_jaxpr") or e.params.get("fun_jaxpr")
            if sub is not None:
                if isinstance(sub, jcore.ClosedJaxpr):
                    inner, inner_consts = sub.jaxpr, sub.consts
                else:
                    inner, inner_consts = sub, []
                if name in _CUSTOM:
                    ins = ins[-len(inner.invars):] if inner.invars else []
                outs = walk(inner, inner_consts, ins)
                for v, a in zip(e.outvars, outs):
                    env[v] = a
                continue
            out_ids = []
            for v in e.outvars:
                i = new_id(v.aval)
                param_dep[i] = dep
                env[v] = ("v", i)
                out_ids.append(i)
            eqns.append(_Eqn(e.primitive, ins, out_ids, dict(e.params), e))
        return [atom(env, a) for a in jaxpr.outvars]

    in_ids = []
    for k, v in enumerate(closed.jaxpr.invars):
        i = new_id(v.aval)
        param_dep[i] = k < n_params
        in_ids.append(("v", i))
    outs = walk(closed.jaxpr, closed.consts, in_ids)
    return eqns, [a[1] for a in in_ids], outs, avals


# --------------------------------------------------------------------------- linear forms
@dataclass(frozen=True)
class _Form:
    """``v[v_labels] = scale * einsum(consts..., W[w_labels])`` for one leaf ``W``.

    Labels of ``v`` absent from ``w_labels`` are broadcast axes (v is constant along them);
    labels of ``W`` absent from ``v_labels`` and all consts were summed (reduce_sum).
    ``consts`` are ``(atom, labels, transform)`` with ``transform`` in {"id", "recip"}.
    """

    leaf: int
    w_labels: tuple
    v_labels: tuple
    consts: tuple = ()
    scale: float = 1.0


@dataclass(frozen=True)
class _Use:
    """A terminal use of leaf ``form.leaf`` at equation ``eqn``.

    kind "identity": perturb operand ``pos`` of the equation; cotangent labels v_labels.
    kind "dot"/"conv": perturb the equation's output; record the other operand (or its
    patches) with labels ``a_labels``; the output's labels are ``y_labels``.
    """

    kind: str
    eqn: int
    pos: int
    form: _Form
    a_labels: tuple = ()
    y_labels: tuple = ()
    extra: tuple = ()        # conv: (group label, n_groups, O label, O size)
    fallback: bool = False


@dataclass
class Plan:
    """Result of the jaxpr analysis for one (apply_fn, leaf shapes, example shape)."""

    eqns: list
    in_ids: list
    outs: list
    avals: dict
    uses: list
    sizes: dict                       # label -> size
    n_leaves: int
    fallback: tuple = ()              # leaf indices that fell back to Jacobian contraction
    alias: dict = field(default_factory=dict)   # bias use -> (dot/conv use, r, summed axes)
    # dot/conv use -> (reduce eqn, {chain eqn: operand position}, reduced axes of y)
    factored: dict = field(default_factory=dict)


class _Labels:
    def __init__(self):
        self.sizes: dict[int, int] = {}
        self._c = itertools.count()

    def new(self, size):
        i = next(self._c)
        self.sizes[i] = int(size)
        return i


def _shape(avals, a):
    if a[0] == "c":
        return tuple(np.shape(a[1]))
    return tuple(avals[a[1]].shape)


def analyse(apply_fn, leaves_avals, treedef, example_aval) -> Plan:
    """Trace ``apply_fn`` on one example (batch of 1) and find every parameter use."""

    def f(leaves, x):
        return apply_fn(jax.tree_util.tree_unflatten(treedef, leaves), x)

    closed = jax.make_jaxpr(f)(list(leaves_avals), example_aval)
    n = len(leaves_avals)
    eqns, in_ids, outs, avals = _flatten(closed, n)
    lab = _Labels()
    forms: dict[int, list[_Form]] = {}
    xdep: dict[int, bool] = {in_ids[n]: True}
    for k in range(n):
        if jnp.issubdtype(leaves_avals[k].dtype, jnp.inexact):
            shape = leaves_avals[k].shape
            ls = tuple(lab.new(s) for s in shape)
            forms[in_ids[k]] = [_Form(k, ls, ls)]
    uses: list[_Use] = []

    def is_x(a):
        return a[0] == "v" and xdep.get(a[1], False)

    for ei, e in enumerate(eqns):
        any_x = any(is_x(a) for a in e.ins)
        for o in e.outs:
            xdep[o] = any_x
        for pos, a in enumerate(e.ins):
            if a[0] != "v" or a[1] not in forms:
                continue
            for F in forms[a[1]]:
                if not any_x and len(e.outs) == 1:
                    G = _propagate(e, pos, F, avals, lab)
                    if G is not None:
                        forms.setdefault(e.outs[0], []).append(G)
                        continue
                uses.append(_terminal_use(e, ei, pos, F, avals, lab, is_x))
    # a parameter-derived value returned directly: identity rule on the output
    for oi, a in enumerate(outs):
        if a[0] == "v" and a[1] in forms:
            for F in forms[a[1]]:
                uses.append(_Use("output", -1, oi, F, fallback=False))
    fallback = tuple(sorted({u.form.leaf for u in uses if u.fallback}))
    return Plan(eqns, in_ids, outs, avals, uses, lab.sizes, n, fallback,
                _aliases(eqns, outs, avals, uses), _factored(eqns, outs, avals, uses))


def _aliases(eqns, outs, avals, uses) -> dict:
    """Bias uses whose cotangent is provably a constant multiple of a dot/conv use's.

    The pattern is ``z = k * (a . W) + v_b`` (an affine layer): an identity use of ``v_b``
    at an ``add`` / ``sub`` whose other operand is reached from the output ``y`` of a dot /
    conv use through single-consumer multiplications by literal scalars, negations and
    same-dtype conversions. Then ``df/dv_b = s_b df/dz`` and ``df/dy = k s_y df/dz`` (``s``:
    the sign of each operand of the add / sub), so ``c_b = s_b / (k s_y) c_y``, summed over
    the axes along which ``v_b`` is broadcast by the add itself (size 1 in ``v_b``: a conv
    bias ``[1, 1, 1, C]`` added to ``[1, H, W, C]``). One reverse-mode output serves both,
    and the layer's weight and bias kernel terms share the product ``c1 . c2`` (see
    :func:`pair_terms`). Returns ``{bias use: (dot use, r, summed axes of y)}``.
    """
    consumers: dict[int, int] = {}
    producer: dict[int, int] = {}
    for ei, e in enumerate(eqns):
        for a in e.ins:
            if a[0] == "v":
                consumers[a[1]] = consumers.get(a[1], 0) + 1
        for o in e.outs:
            producer[o] = ei
    for a in outs:
        if a[0] == "v":
            consumers[a[1]] = consumers.get(a[1], 0) + 2        # an output is never chained
    structured = {u.eqn: ui for ui, u in enumerate(uses)
                  if u.kind in ("dot", "conv") and not u.extra}
    n_struct = collections.Counter(u.eqn for u in uses if u.kind in ("dot", "conv"))
    alias = {}
    for bi, u in enumerate(uses):
        e = eqns[u.eqn] if u.kind == "identity" else None
        if e is None or e.prim.name not in ("add", "add_any", "sub") or len(e.ins) != 2:
            continue
        sign = lambda pos: -1.0 if (e.prim.name == "sub" and pos == 1) else 1.0  # noqa: E731
        q, k = e.ins[1 - u.pos], sign(1 - u.pos)
        while q[0] == "v" and consumers.get(q[1]) == 1 and q[1] in producer:
            ei = producer[q[1]]
            d = eqns[ei]
            if ei in structured and n_struct[ei] == 1 and d.outs[0] == q[1]:
                out, bshape = _shape(avals, ("v", e.outs[0])), _shape(avals, e.ins[u.pos])
                fits = len(bshape) == len(out) and all(b in (o, 1) for b, o in zip(bshape, out))
                if _shape(avals, q) == out and fits and k != 0.0 and np.isfinite(k):
                    summed = tuple(i for i, (b, o) in enumerate(zip(bshape, out)) if b != o)
                    alias[bi] = (structured[ei], sign(u.pos) / k, summed)
                break
            name = d.prim.name
            if name == "mul":
                scal = [a for a in d.ins if a[0] == "c" and np.ndim(a[1]) == 0]
                var = [a for a in d.ins if a[0] == "v"]
                if len(scal) != 1 or len(var) != 1:
                    break
                k, q = k * float(scal[0][1]), var[0]
            elif name == "neg":
                k, q = -k, d.ins[0]
            elif name in ("convert_element_type", "copy", "copy_p") and d.ins[0][0] == "v" and (
                    avals[d.ins[0][1]].dtype == avals[d.outs[0]].dtype):   # not a rounding
                q = d.ins[0]
            else:
                break
    return alias


# elementwise primitives a factored chain may pass through (out[i] depends on operand[i])
_CHAIN = {"add", "add_any", "sub", "mul", "div", "neg", "max", "min", "convert_element_type",
          "copy", "copy_p", "tanh", "logistic", "exp", "log", "log1p", "expm1", "erf", "sin",
          "cos", "integer_pow", "square", "sqrt", "rsqrt", "abs", "sign", "pow"}


def _factored(eqns, outs, avals, uses) -> dict:
    """dot / conv uses whose cotangent factorises as ``c[o, i] = g[o, i \\ R] m[i]``.

    The pattern is a pooled readout: ``y = a . W`` (or a convolution) reaches the outputs
    only through a chain of single-consumer elementwise primitives ``t = h(y)`` (each
    ``out[i]`` a function of the chain operand's ``[i]`` and of operands that do not depend
    on y: a bias, a scale, ``max(., 0)``, ...) ending in ``r = reduce_sum(t, R)``. Then
    ``df/dy[i] = df/dr[i \\ R] h'(y)[i]``: ``g = df/dr`` comes from ``O`` reverse passes of
    the small ``r`` and ``m = h'(y)`` from one forward-mode pass of the chain, and the
    weight-Jacobian product ``sum_s a[s, k] c[o, s, c]`` becomes
    ``g[o, c] sum_s a[s, k] m[s, c]``: the per-example work no longer scales with ``O``
    (a CNN's last convolution before global average pooling). Returns
    ``{use: (reduce eqn, {chain eqn: chain operand position}, R)}``."""
    consumers: dict[int, list] = collections.defaultdict(list)
    for ei, e in enumerate(eqns):
        for pos, a in enumerate(e.ins):
            if a[0] == "v":
                consumers[a[1]].append((ei, pos))
    out_ids = {a[1] for a in outs if a[0] == "v"}
    n_struct = collections.Counter(u.eqn for u in uses if u.kind in ("dot", "conv"))
    found, claimed = {}, set()
    for ui, u in enumerate(uses):
        if u.kind not in ("dot", "conv") or u.extra or n_struct[u.eqn] != 1:
            continue
        e = eqns[u.eqn]
        if len(e.outs) != 1:
            continue
        v, shape = e.outs[0], tuple(avals[e.outs[0]].shape)
        chain = {}
        while v not in out_ids and len(consumers[v]) == 1:
            ei, pos = consumers[v][0]
            d = eqns[ei]
            if len(d.outs) != 1 or sum(a == ("v", v) for a in d.ins) != 1:
                break
            if d.prim.name == "reduce_sum":
                axes = tuple(sorted(d.params["axes"]))
                if axes and d.outs[0] not in out_ids and not claimed & ({ei} | set(chain)):
                    found[ui] = (ei, chain, axes)       # (chains that meet: the first only)
                    claimed |= {ei} | set(chain)
                break
            if d.prim.name not in _CHAIN or tuple(avals[d.outs[0]].shape) != shape:
                break
            chain[ei] = pos
            v = d.outs[0]
    return found


def _dot_labels(e: _Eqn, pos: int, F: _Form, avals, lab: _Labels):
    """Labels of the other operand and of the output of ``dot_general`` whose operand
    ``pos`` carries ``F.v_labels``: contracting and batch axes share the operand's labels,
    free axes of the other operand get new ones; the output is (batch, lhs free, rhs free).
    """
    oshape = _shape(avals, e.ins[1 - pos])
    (lc, rc), (lb, rb) = e.params["dimension_numbers"]
    mine_c, mine_b = (lc, lb) if pos == 0 else (rc, rb)
    oth_c, oth_b = (rc, rb) if pos == 0 else (lc, lb)
    olabels = [None] * len(oshape)
    for mine, oth in ((mine_c, oth_c), (mine_b, oth_b)):
        for m, o in zip(mine, oth):
            olabels[o] = F.v_labels[m]
    olabels = tuple(lab.new(s) if l is None else l for l, s in zip(olabels, oshape))
    mine_free = [F.v_labels[i] for i in range(len(F.v_labels)) if i not in mine_c + mine_b]
    oth_free = [olabels[i] for i in range(len(oshape)) if i not in oth_c + oth_b]
    batch = [F.v_labels[i] for i in mine_b]
    return olabels, tuple(batch + (mine_free + oth_free if pos == 0 else oth_free + mine_free))


def _propagate(e: _Eqn, pos: int, F: _Form, avals, lab: _Labels):
    """Linear form of the (input-independent) output of ``e`` through operand ``pos``."""
    name = e.prim.name
    p = e.params
    out_shape = tuple(avals[e.outs[0]].shape)
    if name in _IDENTITY:
        return F
    if name == "neg":
        return _Form(F.leaf, F.w_labels, F.v_labels, F.consts, -F.scale)
    if name == "transpose":
        return _Form(F.leaf, F.w_labels, tuple(F.v_labels[i] for i in p["permutation"]),
                     F.consts, F.scale)
    if name == "reduce_sum":
        axes = set(p["axes"])
        return _Form(F.leaf, F.w_labels,
                     tuple(l for i, l in enumerate(F.v_labels) if i not in axes),
                     F.consts, F.scale)
    if name == "squeeze":
        dims = {d % len(F.v_labels) for d in p["dimensions"]}
        return _Form(F.leaf, F.w_labels,
                     tuple(l for i, l in enumerate(F.v_labels) if i not in dims),
                     F.consts, F.scale)
    if name == "reshape" and p.get("dimensions") in (None, ()):
        old = [(l, lab.sizes[l]) for l in F.v_labels if lab.sizes[l] != 1]
        new = [s for s in out_shape if s != 1]
        if [s for _, s in old] != new:
            return None
        it = iter(old)
        return _Form(F.leaf, F.w_labels,
                     tuple(next(it)[0] if s != 1 else lab.new(1) for s in out_shape),
                     F.consts, F.scale)
    if name == "broadcast_in_dim":
        bd = p["broadcast_dimensions"]
        v = [None] * len(out_shape)
        for k, d in enumerate(bd):
            l = F.v_labels[k]
            v[d] = l if lab.sizes[l] == out_shape[d] else lab.new(out_shape[d])
        v = tuple(lab.new(s) if l is None else l for l, s in zip(v, out_shape))
        return _Form(F.leaf, F.w_labels, v, F.consts, F.scale)
    if name in ("mul", "div"):
        other = e.ins[1 - pos]
        if name == "div" and pos == 1:
            return None                                  # c / v is not linear in v
        tr = "recip" if name == "div" else "id"
        if other[0] == "c" and np.ndim(other[1]) == 0:
            val = float(other[1])
            return _Form(F.leaf, F.w_labels, F.v_labels, F.consts,
                         F.scale * (1.0 / val if tr == "recip" else val))
        oshape = _shape(avals, other)
        if oshape == ():
            return _Form(F.leaf, F.w_labels, F.v_labels, F.consts + ((other, (), tr),), F.scale)
        if oshape == out_shape and len(F.v_labels) == len(out_shape):
            return _Form(F.leaf, F.w_labels, F.v_labels,
                         F.consts + ((other, F.v_labels, tr),), F.scale)
        return None
    if name in ("add", "add_any", "sub"):
        if _shape(avals, e.ins[pos]) != out_shape:
            return None
        return _Form(F.leaf, F.w_labels, F.v_labels, F.consts,
                     -F.scale if (name == "sub" and pos == 1) else F.scale)
    if name == "dot_general":
        other = e.ins[1 - pos]
        olabels, out = _dot_labels(e, pos, F, avals, lab)
        return _Form(F.leaf, F.w_labels, out, F.consts + ((other, olabels, "id"),), F.scale)
    return None


def _terminal_use(e: _Eqn, ei: int, pos: int, F: _Form, avals, lab: _Labels, is_x) -> _Use:
    name = e.prim.name
    p = e.params
    if name == "dot_general" and is_x(e.ins[1 - pos]):
        olabels, y = _dot_labels(e, pos, F, avals, lab)
        return _Use("dot", ei, pos, F, olabels, y)
    if (name == "conv_general_dilated" and pos == 1 and is_x(e.ins[0])
            and p.get("batch_group_count", 1) == 1):
        dn = p["dimension_numbers"]
        rhs_spec, out_spec = dn.rhs_spec, dn.out_spec
        out_shape = tuple(avals[e.outs[0]].shape)
        G = p.get("feature_group_count", 1)
        wl = F.v_labels
        o_label = wl[rhs_spec[0]]
        # labels of the output y: batch & spatial fresh, feature = W's O axis
        y = [None] * len(out_shape)
        y[out_spec[1]] = o_label
        for d in [out_spec[0]] + list(out_spec[2:]):
            y[d] = lab.new(out_shape[d])
        # patches have y's layout with the feature axis split into (G, I, *filter spatial)
        g_label = lab.new(G) if G > 1 else None
        feat = ([g_label] if G > 1 else []) + [wl[rhs_spec[1]]] + [wl[d] for d in rhs_spec[2:]]
        a = []
        for d in range(len(out_shape)):
            a.extend(feat if d == out_spec[1] else [y[d]])
        extra = (g_label, G, o_label, out_shape[out_spec[1]]) if G > 1 else ()
        return _Use("conv", ei, pos, F, tuple(a), tuple(y), extra)
    return _Use("identity", ei, pos, F, fallback=name not in _ELEMENTWISE_RULES)


# --------------------------------------------------------------------------- evaluation
def _conv_patches(e: _Eqn, lhs, use: _Use, sizes):
    p = e.params
    dn = p["dimension_numbers"]
    filt = [sizes[use.form.v_labels[d]] for d in dn.rhs_spec[2:]]
    if any(d != 1 for d in p["lhs_dilation"]):        # transposed conv: XLA's patches
        patches = jax.lax.conv_general_dilated_patches(
            lhs, filt, p["window_strides"], p["padding"], p["lhs_dilation"],
            p["rhs_dilation"], dn, precision=jax.lax.Precision.HIGHEST)
    else:
        patches = patches_by_slices(lhs, filt, p["window_strides"], p["padding"],
                                    p["rhs_dilation"], dn)
    shape = [sizes[l] for l in use.a_labels]
    return patches.reshape(shape)


def patches_by_slices(lhs, filt, strides, padding, rhs_dilation, dn):
    """``lax.conv_general_dilated_patches`` (no lhs dilation) as pad + strided slices.

    The same array (features ordered ``(C, *filter spatial)`` in ``dn.out_spec``'s layout),
    but made by moving data instead of by a convolution with a one-hot kernel, which costs
    ``Y K^2`` multiply-adds (``Y`` output positions, ``K = C prod(filt)``): on XLA:CPU
    (JAX 0.10) that convolution took 3 to 4x as long as the slices on the CNN benchmark's
    64-channel layers. ``padding``: explicit ``(low, high)`` pairs (a jaxpr's)."""
    lhs_spec, _, out_spec = dn
    x = jnp.transpose(lhs, lhs_spec)                       # [N, C, *spatial]
    x = jax.lax.pad(x, jnp.zeros((), x.dtype),
                    [(0, 0, 0), (0, 0, 0)] + [(lo, hi, 0) for lo, hi in padding])
    n, c = x.shape[:2]
    out = [(size - (f - 1) * d - 1) // s + 1
           for size, f, d, s in zip(x.shape[2:], filt, rhs_dilation, strides)]
    parts = []
    for offs in itertools.product(*(range(f) for f in filt)):
        start = [o * d for o, d in zip(offs, rhs_dilation)]
        limit = [b + (m - 1) * s + 1 for b, m, s in zip(start, out, strides)]
        parts.append(jax.lax.slice(x, [0, 0] + start, [n, c] + limit, [1, 1] + list(strides)))
    patches = jnp.stack(parts, 2).reshape([n, c * len(parts)] + out)
    return jnp.transpose(patches, np.argsort(out_spec))


def evaluate(plan: Plan, leaves, x, eps=None, record_consts=False):
    """Run the flat jaxpr on one example batch ``x[1, ...]``.

    ``eps`` maps use index -> perturbation added at that use (for a factored use,
    :func:`_factored`, at its reduce_sum's output). Returns the outputs and a dict of
    recorded operands (use index -> array; a factored use: ``(operand, m)``, with
    ``m = dt/dy`` of its elementwise chain by forward mode) and, if asked, constant
    operand values.
    """
    env: dict[int, Any] = {}
    for k, i in enumerate(plan.in_ids[:-1]):
        env[i] = leaves[k]
    env[plan.in_ids[-1]] = x
    by_eqn: dict[int, list[int]] = {}
    for ui, u in enumerate(plan.uses):
        by_eqn.setdefault(u.eqn, []).append(ui)
    chain_of: dict[int, tuple] = {}              # chain / reduce eqn -> (use, operand pos)
    for ui, (ri, chain, _) in plan.factored.items():
        chain_of.update({ei: (ui, pos) for ei, pos in chain.items()})
        chain_of[ri] = (ui, None)
    tan: dict[int, Any] = {}                     # factored use -> tangent of its chain
    rec: dict[Any, Any] = {}
    want_consts = set()
    if record_consts:
        for u in plan.uses:
            for atom, _, _ in u.form.consts:
                if atom[0] == "v":
                    want_consts.add(atom[1])

    def read(a):
        return a[1] if a[0] == "c" else env[a[1]]

    for ei, e in enumerate(plan.eqns):
        vals = [read(a) for a in e.ins]
        mine = by_eqn.get(ei, [])
        for ui in mine:
            u = plan.uses[ui]
            if u.kind == "identity" and eps is not None and ui not in plan.alias:
                vals[u.pos] = vals[u.pos] + eps[ui].astype(vals[u.pos].dtype)
            elif u.kind == "dot":
                rec[ui] = vals[1 - u.pos]
            elif u.kind == "conv":
                rec[ui] = _conv_patches(e, vals[0], u, plan.sizes)
        params = e.prim.get_bind_params(e.params)
        fu, pos = chain_of.get(ei, (None, None))
        if fu is not None and pos is not None:       # chain: value and tangent
            def h(v, vals=vals, pos=pos):
                return e.prim.bind(*(vals[:pos] + [v] + vals[pos + 1:]), **params)
            out, tan[fu] = jax.jvp(h, (vals[pos],), (tan[fu],))
        else:
            out = e.prim.bind(*vals, **params)
        outs = out if e.prim.multiple_results else [out]
        if fu is not None and pos is None:           # the factored use's reduce_sum
            rec[fu] = (rec[fu], tan.pop(fu))
            if eps is not None:
                outs = [outs[0] + eps[fu].astype(outs[0].dtype)]
        for ui in mine:
            u = plan.uses[ui]
            if ui in plan.factored:
                tan[ui] = jnp.ones_like(outs[0])
            elif u.kind in ("dot", "conv") and eps is not None:
                outs = [outs[0] + eps[ui].astype(outs[0].dtype)] + list(outs[1:])
        for i, v in zip(e.outs, outs):
            env[i] = v
            if i in want_consts:
                rec[("const", i)] = v
    result = [read(a) for a in plan.outs]
    if eps is not None:
        for ui, u in enumerate(plan.uses):
            if u.kind == "output":
                result[u.pos] = result[u.pos] + eps[ui]
    return result, rec


def eps_shapes(plan: Plan):
    """Shape and dtype of the perturbation of each use."""
    out = []
    for ui, u in enumerate(plan.uses):
        if ui in plan.alias:                  # no perturbation: cotangent derived
            aval = plan.avals[plan.eqns[u.eqn].outs[0]]
            out.append(jax.ShapeDtypeStruct((), aval.dtype))
            continue
        if ui in plan.factored:               # at the reduce_sum's output
            aval = plan.avals[plan.eqns[plan.factored[ui][0]].outs[0]]
        elif u.kind == "identity":
            a = plan.eqns[u.eqn].ins[u.pos]
            aval = plan.avals[a[1]]
        elif u.kind == "output":
            aval = plan.avals[plan.outs[u.pos][1]]
        else:
            aval = plan.avals[plan.eqns[u.eqn].outs[0]]
        out.append(jax.ShapeDtypeStruct(aval.shape, aval.dtype))
    return out


def cotangents(plan: Plan, leaves, x, n_out, per_example=True):
    """Per-example cotangents and recorded operands, batched over ``x[N, ...]``.

    Returns ``(cots, recs)``: ``cots[u]`` is ``[N, O, *shape of use u's perturbation]``
    (df/dy for each output, from ``O`` VJPs per example); ``recs[u]`` is ``[N, ...]``.
    ``per_example=False`` (``plan`` traced for the whole batch): the batch is one example
    with ``N O`` outputs, ``cots[u]`` is ``[1, N O, ...]`` and ``recs[u]`` ``[1, ...]``.
    """
    shapes = eps_shapes(plan)

    def one(xb):
        eps0 = [jnp.zeros(s.shape, s.dtype) for s in shapes]

        def fwd(eps):
            outs, rec = evaluate(plan, leaves, xb, eps)
            return outs[0].reshape(-1), rec

        y, vjp, rec = jax.vjp(fwd, eps0, has_aux=True)
        eye = jnp.eye(y.shape[0], dtype=y.dtype)
        (cots,) = jax.vmap(vjp)(eye)
        return cots, rec

    cots, recs = jax.vmap(one)(x[:, None] if per_example else x[None])
    cots = list(cots)
    for b, (w, r, summed) in plan.alias.items():      # [N, O, *y]: y's axes start at 2
        cw = unfactor(plan, w, cots, recs)
        c = cw.sum(tuple(2 + i for i in summed), keepdims=True) if summed else cw
        cots[b] = (r * c).astype(cw.dtype)
    return cots, recs


def unfactor(plan: Plan, ui, cots, recs):
    """The cotangent ``[N, O, *y]`` of use ``ui`` (a factored use: ``g m``)."""
    if ui not in plan.factored:
        return cots[ui]
    axes = plan.factored[ui][2]
    g = jnp.expand_dims(cots[ui], tuple(2 + i for i in axes))
    return (g * recs[ui][1][:, None]).astype(cots[ui].dtype)


def const_values(plan: Plan, leaves, x_one):
    """Values of the input-independent constants of the linear forms (one example)."""
    _, rec = evaluate(plan, leaves, x_one, None, record_consts=True)
    return {k[1]: v for k, v in rec.items() if isinstance(k, tuple)}


def jacobians(plan: Plan, leaves, x, n_out):
    """Per-example Jacobians ``{leaf index: [N, O, *leaf shape]}`` of the differentiable
    leaves, assembled from the structured cotangents: for a ``dot`` / ``conv`` use
    ``J_u = c_u (x) a_u`` (cotangent times recorded input or image patches), for an
    identity use the cotangent of ``v`` through the linear form -- one einsum per use, and
    no weight-gradient convolutions (slow when batched per example on XLA:CPU)."""
    cots, recs = cotangents(plan, leaves, x, n_out)
    consts = const_values(plan, leaves, x[:1])
    n = x.shape[0]
    out: dict = {}
    for ui, u in enumerate(plan.uses):
        ops, labs, scale = _side_operands(plan, ui, cots, recs, consts, tag=1)
        F = u.form
        carried = {l for ls in labs for l in ls}
        keep = [(1, l) for l in F.w_labels if (1, l) in carried]
        names: dict = {}

        def sym(l):
            if l not in names:
                names[l] = get_symbol(len(names))
            return names[l]

        subs = ",".join("".join(sym(l) for l in ls) for ls in labs)
        expr = subs + "->" + "".join(sym(l) for l in [("n", 1), ("o", 1)] + keep)
        j = jnp.einsum(expr, *ops, optimize="optimal") * scale
        # axes of W along which J is constant (summed away in the forward pass)
        shape = (n, n_out) + tuple(plan.sizes[l] for l in F.w_labels)
        j = j.reshape((n, n_out) + tuple(plan.sizes[l] if (1, l) in carried else 1
                                         for l in F.w_labels))
        j = jnp.broadcast_to(j, shape)
        out[F.leaf] = j if F.leaf not in out else out[F.leaf] + j
    return out


def _side_operands(plan: Plan, ui: int, cots, recs, consts, tag):
    """Operands and labels of one use for one side of the pair contraction."""
    u = plan.uses[ui]
    ops, labs = [], []
    for atom, ls, tr in u.form.consts:
        v = consts[atom[1]] if atom[0] == "v" else jnp.asarray(atom[1])
        if tr == "recip" and not isinstance(v, jax.ShapeDtypeStruct):
            v = 1.0 / v
        ops.append(v)
        labs.append(tuple((tag, l) for l in ls))
    if u.kind in ("identity", "output"):
        ops.append(cots[ui])
        labs.append((("n", tag), ("o", tag)) + tuple((tag, l) for l in u.form.v_labels))
    elif ui in plan.factored:                # c[o, i] = g[o, i \ R] m[i]
        axes = plan.factored[ui][2]
        ops += [recs[ui][0], recs[ui][1], cots[ui]]
        labs.append((("n", tag),) + tuple((tag, l) for l in u.a_labels))
        labs.append((("n", tag),) + tuple((tag, l) for l in u.y_labels))
        labs.append((("n", tag), ("o", tag)) + tuple((tag, l) for i, l in enumerate(u.y_labels)
                                                     if i not in axes))
    else:
        ops.append(recs[ui])
        labs.append((("n", tag),) + tuple((tag, l) for l in u.a_labels))
        ops.append(cots[ui])
        labs.append((("n", tag), ("o", tag)) + tuple((tag, l) for l in u.y_labels))
        if u.kind == "conv" and u.extra:
            g_label, G, o_label, O = u.extra
            sel = (jnp.arange(O)[None, :] // (O // G) == jnp.arange(G)[:, None])
            ops.append(sel.astype(cots[ui].dtype) if not isinstance(cots[ui], jax.ShapeDtypeStruct)
                       else jax.ShapeDtypeStruct((G, O), cots[ui].dtype))
            labs.append(((tag, g_label), (tag, o_label)))
    return ops, labs, u.form.scale


@dataclass
class Term:
    """One kernel term: ``scale * einsum(expr, *ops)``. A fused affine-layer term has
    ``pre = (expr_a, ops_a, s_w, s_b)`` and then ``ops[0]`` is the placeholder for
    ``s_w einsum(expr_a, *ops_a) + s_b`` (shape ``pre_shape``)."""

    expr: str
    ops: list
    scale: Any
    pre: tuple | None = None
    pre_shape: tuple = ()

    def flops(self) -> tuple[float, float]:
        """(FLOPs, largest intermediate) by opt_einsum's optimal path."""
        shapes = [self.pre_shape] + [tuple(o.shape) for o in self.ops[1:]] if self.pre else \
            [tuple(o.shape) for o in self.ops]
        _, info = contract_path(self.expr, *shapes, shapes=True, optimize="optimal")
        f, inter = float(info.opt_cost), float(info.largest_intermediate)
        if self.pre:
            _, ia = contract_path(self.pre[0], *[tuple(o.shape) for o in self.pre[1]],
                                  shapes=True, optimize="optimal")
            f += float(ia.opt_cost) + 2 * float(np.prod(self.pre_shape))
            inter = max(inter, float(ia.largest_intermediate))
        return f, inter

    def evaluate(self):
        ops = list(self.ops)
        if self.pre:
            expr_a, ops_a, s_w, s_b = self.pre
            ops[0] = jnp.einsum(expr_a, *ops_a, optimize="optimal") * s_w + s_b
        return jnp.einsum(self.expr, *ops, optimize="optimal") * self.scale


def _symbols():
    names: dict = {}

    def sym(l):
        if l not in names:
            names[l] = get_symbol(len(names))
        return names[l]
    return sym


def _pair(plan, plan2, u1, u2, side1, side2, output, out):
    """Labels of the einsum of uses ``u1`` (side 1) and ``u2`` (side 2) of one leaf:
    ``(labs1, labs2, ops1, ops2, scale)`` with side 2's copies of the leaf's axes (and of
    the output / example axes for "trace" / "diagonal") renamed to side 1's."""
    ops1, labs1, s1 = _side_operands(plan, u1, *side1, tag=1)
    ops2, labs2, s2 = _side_operands(plan2, u2, *side2, tag=2)
    F1, F2 = plan.uses[u1].form, plan2.uses[u2].form
    ren = {(2, l2): (1, l1) for l1, l2 in zip(F1.w_labels, F2.w_labels)}
    if output == "trace":
        ren[("o", 2)] = ("o", 1)
    if output == "diagonal":
        ren[("n", 2)] = ("n", 1)
    labs2 = [tuple(ren.get(l, l) for l in ls) for ls in labs2]
    carried = {l for ls in labs1 + labs2 for l in ls}
    mult = 1
    for l1 in F1.w_labels:
        if (1, l1) not in carried:      # summed axis of W carried by no operand
            mult *= plan.sizes[l1]
    return labs1, labs2, ops1, ops2, s1 * s2 * mult


def _einsum_expr(labs, out):
    sym = _symbols()
    return ",".join("".join(sym(l) for l in ls) for ls in labs) + "->" + \
        "".join(sym(l) for l in out)


def _pattern(labs):
    first: dict = {}
    return tuple(first.setdefault(l, len(first)) for ls in labs for l in ls)


def _fused(plan, plan2, w, b, side1, side2, output, out, unfused):
    """The weight (``w``) and bias (``b``) terms of one affine layer as one :class:`Term`,
    or None when the label structure does not allow it or it is not cheaper.

    With ``A = sum_i a1[.., i] a2[.., i]`` (the layer inputs' / patches' Gram over the
    weight's input axes) the weight term is ``einsum(A, c1, c2)`` and the bias term, whose
    cotangents are ``r c`` (:func:`_aliases`), is ``einsum(1, c1, c2)`` with the same
    label pattern: together ``einsum(s_w A + s_b, c1, c2)``, one ``c1 . c2`` product
    instead of two."""
    if w in plan.factored or w in plan2.factored:        # three operands per side
        return None
    lw1, lw2, ow1, ow2, sw = _pair(plan, plan2, w, w, side1, side2, output, out)
    lb1, lb2, ob1, ob2, sb = _pair(plan, plan2, b, b, side1, side2, output, out)
    # weight side: scalar consts..., a, c ; bias side: scalar consts..., c
    if any(len(ls) for ls in lw1[:-2] + lw2[:-2] + lb1[:-1] + lb2[:-1]):
        return None
    if _pattern([lw1[-1], lw2[-1]]) != _pattern([lb1[-1], lb2[-1]]):
        return None
    later = set(lw1[-1]) | set(lw2[-1]) | set(out)
    a_out = []
    for l in lw1[-2] + lw2[-2]:
        if l in later and l not in a_out:
            a_out.append(l)
    n_sc1, n_sc2 = len(lw1) - 2, len(lw2) - 2
    ops_a = ow1[:n_sc1] + ow2[:n_sc2] + [ow1[-2], ow2[-2]]
    expr_a = _einsum_expr(lw1[:-1] + lw2[:-1], a_out)
    s_b = sb * plan.alias[b][1] * plan2.alias[b][1]
    for v in ob1[:-1] + ob2[:-1]:
        if not isinstance(v, jax.ShapeDtypeStruct):      # (shapes only: cost estimates)
            s_b = s_b * v
    sizes = {}
    for ls, o in zip(lw1 + lw2, ow1 + ow2):
        sizes.update(zip(ls, o.shape))
    term = Term(_einsum_expr([tuple(a_out), lw1[-1], lw2[-1]], out),
                [None, ow1[-1], ow2[-1]], 1.0, (expr_a, ops_a, sw, s_b),
                tuple(sizes[l] for l in a_out))
    return term if term.flops()[0] <= sum(t.flops()[0] for t in unfused) else None


def pair_terms(plan: Plan, side1, side2, output: str, plan2: Plan | None = None):
    """Yield a :class:`Term` per leaf and pair of its uses (an affine layer's weight and
    bias together, when fusing them is cheaper: :func:`_fused`).

    ``side = (cots, recs, consts)`` (arrays, or ShapeDtypeStructs for cost estimates);
    ``plan2``: the analysis side 2 was evaluated with (default ``plan``).
    """
    plan2 = plan if plan2 is None else plan2
    by_leaf: dict[int, list[int]] = {}
    for ui, u in enumerate(plan.uses):
        by_leaf.setdefault(u.form.leaf, []).append(ui)
    by_leaf2: dict[int, list[int]] = {}
    for ui, u in enumerate(plan2.uses):
        by_leaf2.setdefault(u.form.leaf, []).append(ui)
    out = {"full": [("n", 1), ("n", 2), ("o", 1), ("o", 2)],
           "trace": [("n", 1), ("n", 2)],
           "diagonal": [("n", 1), ("o", 1), ("o", 2)]}[output]

    def terms(leaf):
        for u1, u2 in itertools.product(by_leaf[leaf], by_leaf2.get(leaf, [])):
            labs1, labs2, ops1, ops2, scale = _pair(plan, plan2, u1, u2, side1, side2,
                                                    output, out)
            yield Term(_einsum_expr(labs1 + labs2, out), ops1 + ops2, scale)

    # affine layers whose weight and bias each have one use, aliased on both sides
    fuse = {}
    for b, (w, *_) in plan.alias.items():
        lb, lw = plan.uses[b].form.leaf, plan.uses[w].form.leaf
        if (plan2.alias.get(b, (None,))[0] == w and by_leaf[lb] == by_leaf2.get(lb) == [b]
                and by_leaf[lw] == by_leaf2.get(lw) == [w] and lb != lw):
            fuse[lw] = (w, b, lb)
    done = set()
    for leaf in by_leaf:
        if leaf in done:
            continue
        if leaf in fuse:
            w, b, lb = fuse[leaf]
            unfused = list(terms(leaf)) + list(terms(lb))
            t = _fused(plan, plan2, w, b, side1, side2, output, out, unfused)
            done.add(lb)
            yield from ([t] if t is not None else unfused)
            continue
        yield from terms(leaf)


def contract(plan: Plan, side1, side2, output: str, n_out: int, plan2: Plan | None = None):
    """Sum of ``<J_u(x1), J_u'(x2)>`` over leaves and pairs of their uses.

    ``side = (cots, recs, consts)``. ``output``: "full" -> [N1, N2, O, O];
    "trace" -> [N1, N2] (mean over outputs of the diagonal); "diagonal" -> [N, O, O]
    (pairs (x_i, x_i); side2 must be side1).
    """
    total = None
    for t in pair_terms(plan, side1, side2, output, plan2):
        term = t.evaluate()
        total = term if total is None else total + term
    if output == "trace":
        total = total / n_out
    return total


def fallback_names(plan: Plan, paths) -> tuple[str, ...]:
    return tuple(paths[i] for i in plan.fallback)

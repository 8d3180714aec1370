"""Cost model of the three NTK methods: FLOPs, peak memory and predicted wall time.

For a function with ``P`` parameters, per-example forward cost ``[FP]`` (FLOPs), total
size ``Y`` of the primitives' outputs per example, ``O`` outputs, and batches ``N1``,
``N2`` (Novak et al. 2022, Table 2, with the constants made explicit):

==============================  =====================================  ==================================
method                          FLOPs                                  peak memory (elements)
==============================  =====================================  ==================================
Jacobian contraction (JC)       ``Np (1+2O) [FP] + 2 N1 N2 O^2 P``      ``Np O P + N1 N2 O^2 + P + Np Y``
NTK-vector products (NVP)       ``Np [FP] + 2 N2 O (1 + s N1) [FP]``   ``N2 O (P + N1 Y) + N1 N2 O^2 + P``
Structured derivatives (SD)     ``Np (1+O) [FP] + C_SD``               ``E_SD + I_SD + N1 N2 O^2 + P + Np Y``
==============================  =====================================  ==================================

``Np`` is the number of examples that need passes (``N1 + N2``, or ``N1`` when
``x2 = None``). JC's reverse passes also form the weight gradients (twice the matmul
work of a pass to the layer outputs, which is all SD needs). NVP (per example pair) runs
``N2 O`` single-example VJPs and, for each pair, ``O`` tangent passes of one example
(``s`` = the fraction of pairs computed: 1, or about 1/2 for ``x2 = None`` by symmetric
blocks). These are the batch-structure costs (:mod:`.batch`); for a function that mixes
the batch (``independent=False``) each of the ``N O`` reverse passes runs over the whole
batch (``N`` times the work) and NVP is ``2 N2 O (N1 + N2) [FP]``.
``C_SD`` (<= ``2 N1 N2 O^2 min(Y, P)``) and ``I_SD`` are the FLOPs and the largest
intermediate of the structured contractions, read off opt_einsum's contraction paths of
the actual einsums, and ``E_SD`` the size of the cotangents and recorded layer inputs. In "trace" mode one ``O`` factor of the contraction terms drops; for
"diagonal" ``N1 N2`` becomes ``N``; for ``x2 = None`` only one set of passes is needed.
For our MLP spec (depth L, width W) this is the paper's Table 1: ``P ~ L W^2``,
``Y ~ L W``, ``[FP] ~ 2 L W^2``.

The predicted time on this device is ``t_dispatch + FLOPs / R + bytes / B`` per kind of
work: passes at the dense-matmul rate (conv layers at the conv rate; the per-example
filter gradients of JC's reverse passes at their own, much lower, rate), JC's contraction at
the rate of a skinny ``[k, P] x [P, k]`` product, and the large buffers (Jacobians,
tangents, cotangents) streamed twice through memory. The rates, bandwidth and dispatch
latency are measured once per process (:func:`calibrate`, about a second on CPU).
A ``lax.scan`` (a recurrent layer) counts its body's FLOPs once per time step.

Length: this module is over 400 lines on purpose: the structure read off the program, the
FLOP and memory formulas of the three methods and the calibrated time model share the
``Structure`` and ``Calibration`` records; apart, each part would reach into the others.
"""
from __future__ import annotations

import functools
import math
import os
import time
from dataclasses import asdict, dataclass

import jax
import jax.numpy as jnp
import numpy as np

from . import structured as sd
from .devices import compile_lowered

from .labels import METHODS  # noqa: E402
from .methods import (NVP_CHUNK, _forward, kernel_fn, make_plan, nvp_min_block,  # noqa: E402
                      nvp_streams)

# Fraction of the calibrated matmul rate that each method's work reaches, and how many
# times each method's large buffers are streamed through memory. Fitted on the 2-core CPU
# development machine with benchmarks/auto.py (the table in benchmarks/results/).
EFFICIENCY = {"jacobian_contraction": 1.0, "ntk_vector_products": 1.0,
              "structured_derivatives": 1.0}


@dataclass(frozen=True)
class Calibration:
    """Measured throughput of the current default device."""

    device: str
    matmul_flops_per_s: float
    conv_flops_per_s: float
    conv_wgrad_flops_per_s: float
    skinny_flops_per_s: float
    bandwidth_bytes_per_s: float
    dispatch_s: float
    seconds_taken: float
    # this network's own forward rate (see network_rate), for the FP-proportional passes
    pass_flops_per_s: float | None = None


def median_time(f, *args, reps=5):
    """Median wall time of ``reps`` warm calls of ``f(*args)`` (after one warm-up)."""
    jax.block_until_ready(f(*args))
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        jax.block_until_ready(f(*args))
        ts.append(time.perf_counter() - t0)
    return float(np.median(ts))


@functools.lru_cache(maxsize=None)
def calibrate(device_kind: str | None = None) -> Calibration:
    """Measure matmul FLOP/s, memory bandwidth and dispatch latency (cached per process)."""
    t_start = time.perf_counter()
    dev = jax.devices()[0]
    on_cpu = dev.platform == "cpu"
    n = 768 if on_cpu else 4096
    a = jnp.ones((n, n), jnp.float32)
    mm = jax.jit(lambda a, b: a @ b)
    t_mm = median_time(mm, a, a, reps=3)
    m = (16 if on_cpu else 256) * 2 ** 20 // 4
    v = jnp.ones((m,), jnp.float32)
    ew = jax.jit(lambda v: v * 1.0001 + 1.0)
    t_bw = median_time(ew, v, reps=3)
    img = jnp.ones((8, 16, 16, 32) if on_cpu else (64, 32, 32, 128), jnp.float32)
    ker = jnp.ones((3, 3) + img.shape[-1:] * 2, jnp.float32)
    conv = jax.jit(lambda a, k: jax.lax.conv_general_dilated(
        a, k, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")))
    t_conv = median_time(conv, img, ker, reps=3)
    conv_flops = 2.0 * img.size * 9 * img.shape[-1]
    # per-example filter gradients (what JC's reverse passes of conv layers compute), which
    # XLA runs far below the forward conv rate on CPU
    wgrad = jax.jit(jax.vmap(lambda a, g: jax.vjp(lambda k: conv(a[None], k), ker)[1](g[None])[0]))
    t_wgrad = median_time(wgrad, img, img, reps=3)
    k, p = (64, 2 ** 18) if on_cpu else (256, 2 ** 22)
    J = jnp.ones((k, p), jnp.float32)
    t_sk = median_time(jax.jit(lambda J: J @ J.T), J, reps=3)
    tiny = jax.jit(lambda v: v + 1.0)
    t_disp = median_time(tiny, jnp.ones((4,), jnp.float32), reps=20)
    return Calibration(device=f"{dev.platform}:{getattr(dev, 'device_kind', '')}",
                       matmul_flops_per_s=2 * n ** 3 / t_mm,
                       conv_flops_per_s=conv_flops / t_conv,
                       conv_wgrad_flops_per_s=conv_flops / t_wgrad,
                       skinny_flops_per_s=2 * k * k * p / t_sk,
                       bandwidth_bytes_per_s=2 * 4 * m / t_bw,
                       dispatch_s=t_disp,
                       seconds_taken=time.perf_counter() - t_start)


def network_rate(apply_fn, params, x1, fp_per_example: float) -> float | None:
    """FLOP/s that this network's own jitted forward reaches on ``x1`` (``N1 FP / t``), or
    None for abstract parameters / inputs (nothing can run then).

    The calibrated dense-matmul rate is what large square matmuls reach; the reverse
    passes and the per-example weight-gradient einsums of a network with small matrices
    (a ViT's 64 tokens x 128 channels, say) run at a few times less. The forward on the
    same batch is compiled and run anyway (``check_finite_outputs``), so one more timing
    of it costs about one forward: :func:`ntk_core.finite.auto.decide` rates the
    FP-proportional work at no more than this.
    """
    leaves = jax.tree_util.tree_leaves(params)
    if not fp_per_example or any(not isinstance(v, (jax.Array, np.ndarray))
                                 for v in leaves + [x1]):
        return None
    x1 = x1[:1024]  # a bounded sample (the finite check's chunk): time independent of N
    t = median_time(_forward(apply_fn), params, x1, reps=3)
    return float(x1.shape[0]) * fp_per_example / max(t, 1e-9)


# --------------------------------------------------------------------------- structure
def _eqn_flops(e, avals) -> float:
    out = avals[e.outs[0]]
    size = float(math.prod(out.shape)) if e.outs else 0.0
    name = e.prim.name
    if name == "dot_general":
        (lc, rc), _ = e.params["dimension_numbers"]
        a = e.ins[0]
        shape = sd._shape(avals, a)
        k = math.prod(shape[d] for d in lc)
        return 2.0 * size * k
    if name == "conv_general_dilated":
        rhs = sd._shape(avals, e.ins[1])
        dn = e.params["dimension_numbers"]
        k = rhs[dn.rhs_spec[1]] * math.prod(rhs[d] for d in dn.rhs_spec[2:])
        return 2.0 * size * k
    if name == "scan":           # a recurrent layer: its body runs once per time step
        return float(e.params["length"]) * _body_flops(e.params["jaxpr"].jaxpr)
    return size


def _body_flops(jaxpr) -> float:
    """FLOPs of one run of a (scan body) jaxpr: matmuls ``2 |out| k``, nested scans times
    their length, calls recursed into, anything else one per output entry."""
    total = 0.0
    for e in jaxpr.eqns:
        name = e.primitive.name
        size = float(sum(math.prod(v.aval.shape) for v in e.outvars))
        sub = e.params.get("jaxpr") or e.params.get("call_jaxpr")
        if name == "dot_general":
            (lc, _), _ = e.params["dimension_numbers"]
            total += 2.0 * size * math.prod(e.invars[0].aval.shape[d] for d in lc)
        elif sub is not None:
            inner = _body_flops(getattr(sub, "jaxpr", sub))
            total += inner * (float(e.params["length"]) if name == "scan" else 1.0)
        else:
            total += size
    return total


@dataclass(frozen=True)
class Structure:
    """Sizes of one function at one example shape: ``P``, ``Y``, ``[FP]`` and ``O``."""

    P: int
    Y: int
    FP: float
    O: int
    conv_fraction: float
    itemsize: int
    n_structured_uses: int
    n_uses: int
    nvp_min_block: int = 8
    nvp_streams: bool = False


def structure(apply_fn, params, x1) -> tuple[Structure, "sd.Plan"]:
    plan = make_plan(apply_fn, params, x1)
    leaves = jax.tree_util.tree_leaves(params)
    P = int(sum(np.size(l) for l in leaves
                if jnp.issubdtype(jnp.result_type(l), jnp.inexact)))
    Y = int(sum(math.prod(plan.avals[o].shape) for e in plan.eqns for o in e.outs))
    FP = float(sum(_eqn_flops(e, plan.avals) for e in plan.eqns if e.outs))
    FPc = float(sum(_eqn_flops(e, plan.avals) for e in plan.eqns
                    if e.outs and e.prim.name == "conv_general_dilated"))
    out = plan.avals[plan.outs[0][1]] if plan.outs[0][0] == "v" else None
    O = int(out.shape[-1])
    itemsize = int(np.dtype(out.dtype).itemsize)
    kinds = [u.kind for u in plan.uses]
    return Structure(P, Y, FP, O, FPc / FP if FP else 0.0, itemsize, sum(k in ("dot", "conv") for k in kinds),
                     len(kinds), nvp_min_block(x1.shape[1:]), nvp_streams(x1.shape[1:])), plan


def _sd_contraction(plan, n1, n2, sym, output, O):
    """(FLOPs, largest intermediate, operand elements) of the SD einsums, from opt_einsum."""
    leaves = [jax.ShapeDtypeStruct(plan.avals[i].shape, plan.avals[i].dtype)
              for i in plan.in_ids[:-1]]
    xa = plan.avals[plan.in_ids[-1]]

    def sides(n):
        x = jax.ShapeDtypeStruct((n,) + tuple(xa.shape[1:]), xa.dtype)
        cots, recs = jax.eval_shape(lambda l, x: sd.cotangents(plan, l, x, O), leaves, x)
        x1 = jax.ShapeDtypeStruct((1,) + tuple(xa.shape[1:]), xa.dtype)
        consts = jax.eval_shape(lambda l, x: sd.const_values(plan, l, x), leaves, x1)
        return cots, recs, consts

    s1 = sides(n1)
    s2 = s1 if (sym or output == "diagonal") else sides(n2)
    flops, inter, elems = 0.0, 0.0, 0.0
    for term in sd.pair_terms(plan, s1, s2, output):
        f, i = term.flops()
        flops += f
        inter = max(inter, i)
    for side in [s1] + ([] if s2 is s1 else [s2]):
        for tree in side[:2]:
            elems += sum(float(math.prod(a.shape)) for a in jax.tree_util.tree_leaves(tree))
    return flops, inter, elems


@dataclass(frozen=True)
class MethodCost:
    """One method's predicted cost for one problem (plain data for the app)."""

    method: str
    flops: float                  # model FLOPs (formula above)
    paper_flops: float            # the paper's leading-order complexity, constants dropped
    memory_bytes: float           # predicted peak memory
    predicted_time_s: float
    xla_flops: float | None = None
    xla_memory_bytes: float | None = None

    def as_dict(self):
        return asdict(self)


def method_costs(apply_fn, params, x1, x2=None, output="trace", *, xla=False,
                 methods=METHODS, calibration: Calibration | None = None):
    """One :class:`MethodCost` per method for ``empirical_ntk(apply_fn, params, x1, x2)``.

    With ``xla=True`` each method is also lowered and compiled to read XLA's own FLOP count
    and memory analysis (slow: one compilation per method).
    """
    x1 = jnp.asarray(x1)
    n1 = int(x1.shape[0])
    sym = x2 is None
    n2 = n1 if sym else int(jnp.shape(x2)[0])
    st, plan = structure(apply_fn, params, x1)
    return costs_from_structure(st, plan, n1, n2, sym, output, xla=xla, methods=methods,
                                calibration=calibration, apply_fn=apply_fn, params=params,
                                x1=x1, x2=x2)


def sym_fraction(n: int, min_block: int) -> float:
    """Fraction of the ``n^2`` pairs that symmetric NVP computes (its block recursion)."""
    def pairs(m):
        if m < 2 * min_block:
            return m * m
        h = m // 2
        return pairs(h) + pairs(m - h) + h * (m - h)
    return pairs(n) / float(n * n)


def costs_from_structure(st: Structure, plan, n1, n2, sym, output, *, xla=False,
                         methods=METHODS, calibration=None, apply_fn=None, params=None,
                         x1=None, x2=None, independent=True):
    """Costs of each method; ``independent=False``: the general (batch-mixing) paths."""
    cal = calibration or calibrate()
    O, P, Y, FP, b = st.O, st.P, st.Y, st.FP, st.itemsize
    if output == "diagonal":
        pairs, n2, sym = n1, n1, True
    else:
        pairs = n1 * n2
    npass = n1 if sym else n1 + n2
    oo = O if output == "trace" else O * O
    out_el = pairs * oo
    # forward once per example, then one reverse pass per output: to the layer outputs
    # only (SD), or also to the weights (JC, twice the matmul work)
    Rm, Rs, B = cal.matmul_flops_per_s, cal.skinny_flops_per_s, cal.bandwidth_bytes_per_s
    # passes run at the matmul rate for dense layers and at the conv rate for conv layers
    R = 1.0 / ((1 - st.conv_fraction) / Rm + st.conv_fraction / cal.conv_flops_per_s)
    # the forward / reverse passes (and per-example einsums of them): at most the network's
    # own measured forward rate when known; contractions keep the calibrated matmul rate
    Rp = min(R, cal.pass_flops_per_s) if cal.pass_flops_per_s else R
    res = []
    for m in methods:
        # without batch structure each of the N O output VJPs runs over the whole batch
        vjp_rows = 1 if independent else (n1 if sym else max(n1, n2))
        if m == "jacobian_contraction":
            passes = npass * (1 + 2 * O * vjp_rows) * FP
            contraction = 2.0 * pairs * oo * P
            flops = passes + contraction
            paper = npass * O * FP + pairs * O * O * P
            mem_el = npass * O * P + out_el + P + npass * Y
            if independent:
                # weight gradients as einsums of cotangents with layer inputs / patches
                # (structured Jacobians, see methods.jacobian_contraction)
                t = passes / Rp + contraction / Rs + 2 * npass * O * P * b / B
            else:
                # weight gradients by the convolution backward passes of the batched
                # call: conv filters run at their own (much lower) calibrated rate
                wgrad = npass * O * vjp_rows * FP
                t_wgrad = wgrad * ((1 - st.conv_fraction) / Rm
                                   + st.conv_fraction / cal.conv_wgrad_flops_per_s)
                t = ((passes - wgrad) / Rp + t_wgrad + contraction / Rs
                     + 2 * npass * O * P * b / B)
        elif m == "ntk_vector_products" and independent:
            # N2 O single-example VJPs (tangents t_jb = J_j^T e_b, size P each) and, sharing
            # the primal pass of each x1_i, N1 N2 O tangent passes (dW x + W dx: 2 [FP])
            if output == "diagonal":
                flops = n1 * (1 + 4 * O) * FP
                tang = n1 * O * (P + Y)
            else:
                frac = sym_fraction(n1, st.nvp_min_block) if sym else 1.0
                flops = npass * FP + 2.0 * n2 * O * FP + 2.0 * frac * n1 * n2 * O * FP
                tang = n2 * O * P + frac * n1 * n2 * O * Y
                if st.nvp_streams:        # tangents made and used a chunk of x2 at a time
                    tang = NVP_CHUNK * O * (P + n1 * Y)
            mem_el = tang + out_el + P
            paper = pairs * O * FP
            t = flops / Rp + 2 * tang * b / B
        elif m == "ntk_vector_products":
            # general path: each of the N2 O basis vectors of the batched output needs a
            # VJP over all of x2 and a JVP over all of x1
            flops = 2.0 * n2 * O * (n1 + n2) * FP
            mem_el = n2 * O * (P + n1 * Y) + n1 * n2 * O * O + P
            tang = n2 * O * (P + n1 * Y)
            paper = pairs * O * FP
            t = flops / Rp + 2 * tang * b / B
        else:
            c_flops, inter, elems = _sd_contraction(plan, n1, n2, sym, output, O)
            passes = npass * (1 + O * vjp_rows) * FP
            flops = passes + c_flops
            paper = npass * O * FP + pairs * O * O * min(Y, P)
            mem_el = elems + inter + out_el + P + npass * Y
            t = passes / Rp + c_flops / R + 2 * (elems + inter) * b / B
        t = cal.dispatch_s + t / EFFICIENCY[m]
        xf = xm = None
        if xla and apply_fn is not None:
            xf, xm = _xla_costs(apply_fn, params, x1, x2, m, output, O)
        res.append(MethodCost(m, float(flops), float(paper), float(mem_el * b), float(t), xf, xm))
    return res


def _lowered(apply_fn, params, x1, x2, method, output, O):
    fn, _ = kernel_fn(apply_fn, params, x1, method, output, O)
    return jax.jit(fn).lower(params, x1, x2)


def _xla_costs(apply_fn, params, x1, x2, method, output, O):
    """(XLA FLOPs, compiled argument + output + temp bytes); None where unavailable."""
    lowered = _lowered(apply_fn, params, x1, x2, method, output, O)
    try:
        flops = float(lowered.cost_analysis().get("flops", float("nan")))
    except Exception:  # noqa: BLE001
        flops = None
    try:  # compiled as the kernel itself is (methods.cached_compile's XLA options): the
        # same executable, so with JAX's persistent cache on (the app) a disk hit, not a
        # second compile (Methods & cost's sweep: ~0.5-3 s per point saved)
        ma = compile_lowered(lowered).memory_analysis()
        mem = float(ma.temp_size_in_bytes + ma.argument_size_in_bytes + ma.output_size_in_bytes)
    except Exception:  # noqa: BLE001
        mem = None
    return flops, mem


def xla_flops(apply_fn, params, x1, x2, method, output, O) -> float:
    """XLA's FLOP count of the lowered (not compiled) computation: neural-tangents' rule."""
    lowered = _lowered(apply_fn, params, x1, x2, method, output, O)
    return float(lowered.cost_analysis().get("flops", float("nan")))


# --------------------------------------------------------------------------- memory budget
def available_memory_bytes() -> float:
    """Free memory of the default device: GPU bytes_limit - bytes_in_use, else host RAM."""
    dev = jax.devices()[0]
    stats = None
    try:
        stats = dev.memory_stats()
    except Exception:  # noqa: BLE001
        stats = None
    if stats and "bytes_limit" in stats:
        return float(stats["bytes_limit"] - stats.get("bytes_in_use", 0))
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return float(line.split()[1]) * 1024
    except OSError:
        pass
    return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_AVPHYS_PAGES"))


def default_memory_budget() -> float:
    """Half of the free memory (the model's peak is approximate: keep a 2x margin)."""
    return 0.5 * available_memory_bytes()

"""Predicted compile time of each NTK method (tracing + XLA), so that the whole wall time
(compile + run) is what :mod:`ntk_core.finite.auto` weighs and the app's guard bounds.

Model: ``compile_s = F * (a_m + b_m * blocks_m(N))``, where

* ``F`` is the *measured* compile time of this network's own forward pass on one example
  (:func:`forward_compile_s`, lowered from abstract shapes, so it works for the app's
  abstract predictions too; cached per function and shapes). It carries the network's
  size and the machine's (and its current load's) compile speed, as the measured forward
  rate carries them for the run-time model;
* ``blocks_m(N)`` is the number of kernel blocks the method's program contains: the
  symmetric NTK-vector-products recursion (:func:`ntk_core.finite.methods._symmetric_blocks`)
  unrolls ``blocks(n) = blocks(n/2) + blocks(n - n/2) + 1`` blocks down to its minimum
  block, so its program, and its compile time, grow linearly with N (6.3 s at N = 128,
  46 s at N = 1024 for a width-16 MLP in the issue); every other path is one block;
* ``a_m``, ``b_m``: :data:`COMPILE_FACTORS` (:data:`CONV_COMPILE_FACTORS` for networks
  with conv layers), measured on the 2-core development CPU by
  ``benchmarks/compile_factors.py`` (compile of each method / compile of the forward).

A tiled kernel compiles up to two tile programs (the diagonal and off-diagonal tiles).
"""
from __future__ import annotations

import threading
import time

import jax

# (a_m, b_m): compile time in units of the forward pass's compile time, for networks
# without and with conv layers. benchmarks/compile_factors.py (results/compile_factors.txt):
# each program compiled in 6 interleaved rounds (two runs at load 14-25 on 2 cores), each
# ratio the median of the ratios measured within a round; the largest over MLPs of width
# 16-512, depth 1-3, O = 1 and 4 (JC 1.9-5.0 x, SD 2.6-6.6 x) and over the digits CNN (JC
# 5.6 x, SD 6.8 x); NVP: the steepest per-block slope of any configuration, the intercept
# raised to cover every point.
COMPILE_FACTORS = {"jacobian_contraction": (4.95, 0.0), "ntk_vector_products": (4.14, 1.98),
                   "structured_derivatives": (6.63, 0.0)}
CONV_COMPILE_FACTORS = {"jacobian_contraction": (5.57, 0.0),
                        "ntk_vector_products": (5.80, 1.44),
                        "structured_derivatives": (6.75, 0.0)}
# Typical (a_m, b_m) for ranking the methods in ``auto`` (an expected wall time, where the
# guard above needs a bound): the medians over the same dense configurations of the same
# table (JC 1.85-4.95 x, SD 2.61-6.63 x; NVP from the median 3- and 7-block factors, 7.25
# and 12.28 x). Ranking on the envelope charged SD the 6.63 x of a width-16 net on every
# network: on the 3x512 MLP (forward compile 0.28 s, load ~5) it predicted SD 1.81 s and
# picked JC (1.69 s), whose measured compile + run was 2.5 + 0.74 s against SD's
# 0.92 + 0.008 s. Conv nets: one configuration was measured, so the same factors.
TYPICAL_COMPILE_FACTORS = {"jacobian_contraction": (3.54, 0.0),
                           "ntk_vector_products": (3.47, 1.26),
                           "structured_derivatives": (3.39, 0.0)}
# Conv nets, typical: JC and SD compile alike. In the quiet vs-neural-tangents run of the
# CNN 3x64 and WRN-block cases (results/vs_neural_tangents_cnn_quiet.json, 12 (case, mode)
# pairs, both compiled in one process) SD's compile over JC's was 0.78-1.09, median 1.03,
# while the envelopes above (each one configuration's largest ratio) differ 1.21x: ranked on
# those, a few-millisecond kernel's choice was decided by that 0.2 x forward compile (WRN
# block: JC picked at 1.35-1.54x SD's run time, results/auto_nt_cases_cnn.txt). Equal
# factors leave the ranking of JC and SD to their run times.
TYPICAL_CONV_COMPILE_FACTORS = dict(
    CONV_COMPILE_FACTORS, structured_derivatives=CONV_COMPILE_FACTORS["jacobian_contraction"])
# The app's initialisation of a network's parameters (op by op, its small programs
# compiled on first use; 2-5 s cold at that load whatever the network): the median over
# the same configurations.
INIT_FACTOR = 2.11

_FWD_COMPILE: dict = {}
_LOCK = threading.Lock()


def forward_compile_s(apply_fn, params, x1, key=None) -> float:
    """Seconds to trace and compile ``apply_fn`` on one example of ``x1``'s shape (from
    abstract shapes; cached per ``key``, e.g. the function and its input shapes)."""
    def abstract(a):
        return jax.ShapeDtypeStruct(tuple(jax.numpy.shape(a)), jax.numpy.result_type(a))
    p = jax.tree_util.tree_map(abstract, params)
    x = jax.ShapeDtypeStruct((1,) + tuple(x1.shape[1:]), x1.dtype)
    k = (key, jax.tree_util.tree_structure(p), tuple(jax.tree_util.tree_leaves(p)), x)
    with _LOCK:
        if k in _FWD_COMPILE:
            return _FWD_COMPILE[k]
        if not _FWD_COMPILE:  # the process's first compile carries XLA's one-time set-up
            jax.jit(lambda v: v + 1).lower(jax.ShapeDtypeStruct((1,), "float32")).compile()
    t0 = time.perf_counter()
    jax.jit(lambda q, xx: apply_fn(q, xx)).lower(p, x).compile()
    s = time.perf_counter() - t0
    with _LOCK:
        _FWD_COMPILE[k] = s
        while len(_FWD_COMPILE) > 256:
            _FWD_COMPILE.pop(next(iter(_FWD_COMPILE)))
    return s


def nvp_blocks(n: int, min_block: int) -> int:
    """Blocks in the symmetric NVP recursion's program for ``n`` examples."""
    if n < 2 * min_block:
        return 1
    h = n // 2
    return nvp_blocks(h, min_block) + nvp_blocks(n - h, min_block) + 1


def compile_time_s(method: str, forward_s: float, n: int, sym: bool, output: str,
                   min_block: int = 8, independent: bool = True, tiled: bool = False,
                   conv: bool = False, typical: bool = False) -> float:
    """Predicted compile time of ``method`` for a (tile of) ``n`` rows of x1 (``conv``: the
    network has conv layers). ``typical=False``: the upper envelope (what the app's guard
    bounds); ``True``: the typical value (what ``auto`` ranks the methods by)."""
    if conv:
        a, b = (TYPICAL_CONV_COMPILE_FACTORS if typical else CONV_COMPILE_FACTORS)[method]
    else:
        a, b = (TYPICAL_COMPILE_FACTORS if typical else COMPILE_FACTORS)[method]
    blocks = 1
    if method == "ntk_vector_products" and independent and sym and output != "diagonal":
        blocks = nvp_blocks(int(n), int(min_block))
    programs = 2 if tiled else 1
    return programs * forward_s * (a + b * blocks)


def init_time_s(forward_s: float) -> float:
    """Predicted seconds to initialise a network's parameters for the first time (the
    app does it for every request), from its forward pass's compile time."""
    return INIT_FACTOR * forward_s

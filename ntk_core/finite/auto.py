"""Automatic choice of NTK method and tile size from the cost model.

``decide`` predicts, for every method, the largest tile of (x1, x2) rows whose predicted
peak memory fits the budget and the total predicted time over all tiles
(:mod:`ntk_core.finite.cost`), then picks the fastest. Decisions are cached per (function,
parameter shapes, input shapes, output mode, device, budget, forced method / tile).
"""
from __future__ import annotations

import dataclasses
import math
import threading
import time
from dataclasses import dataclass

import jax
import jax.numpy as jnp

from . import cost
from .compile_cost import compile_time_s, forward_compile_s
from .labels import METHOD_LABELS as LABELS
from .methods import fn_key


class NTKMemoryError(MemoryError):
    """Even a 1 x 1 tile of the kernel is predicted not to fit in the memory budget."""


@dataclass(frozen=True)
class Decision:
    """method: the algorithm; tile: rows of x1 / x2 per tile (None = whole kernel);
    reason: in words; costs: per-method dicts (predicted time / memory, tile, n_tiles)."""

    method: str
    tile: int | None
    reason: str
    costs: tuple
    seconds: float


def fmt_time(s: float) -> str:
    return f"{s * 1e3:.3g} ms" if s < 1 else f"{s:.3g} s"


def fmt_bytes(b: float) -> str:
    for unit, k in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if b >= k:
            return f"{b / k:.3g} {unit}"
    return f"{b:.0f} B"


def _fmt_pair(need: float, budget: float) -> tuple[str, str]:
    """``need`` and ``budget`` in one unit, to as many digits as it takes to tell them apart
    ("needs 2.15 GB, over the budget of 2.15 GB" reads as no excess: this gives "2.1476 GB"
    and "2.1475 GB")."""
    unit, k = next(((u, k) for u, k in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3))
                    if budget >= k), ("B", 1.0))
    for digits in range(3, 10):
        a, b = f"{need / k:.{digits}g}", f"{budget / k:.{digits}g}"
        if a != b:
            break
    return f"{a} {unit}", f"{b} {unit}"


def n_tiles(n1, n2, t, sym, output) -> int:
    a = math.ceil(n1 / t)
    if output == "diagonal":
        return a
    if sym:
        return a * (a + 1) // 2
    return a * math.ceil(n2 / t)


_CACHE: dict = {}
_LOCK = threading.Lock()


def _tile_candidates(n):
    ts = {n}
    t = 1
    while t < n:
        ts.add(t)
        t *= 2
    return sorted(ts, reverse=True)


def plan_method(st, plan, method, n1, n2, sym, output, budget, tile_size=None, cal=None,
                independent=True, forward_s=0.0):
    """Largest fitting tile for one method: dict with tile, n_tiles, time, memory.
    ``time_s`` is a bound on the whole wall time: ``run_s`` over all tiles plus ``compile_s``
    (:mod:`.compile_cost`'s upper envelope, from ``forward_s``, the forward pass's measured
    compile time; the app's guard uses it); ``expected_s`` is ``run_s`` plus the typical
    compile time, which ``auto`` ranks the methods by.

    ``independent=False`` (apply_fn mixes the batch): the kernel is computed whole or not at
    all, since a tile's rows would see a different batch."""
    whole = cost.costs_from_structure(st, plan, n1, n2, sym, output, methods=(method,),
                                      calibration=cal, independent=independent)[0]
    row = {"method": method, "whole_memory_bytes": whole.memory_bytes,
           "whole_time_s": whole.predicted_time_s, "flops": whole.flops,
           "paper_flops": whole.paper_flops}
    cands = [tile_size] if tile_size else _tile_candidates(max(n1, n2))
    if not independent:
        cands = [max(n1, n2)]
    for t in cands:
        if t >= max(n1, n2) and not tile_size:
            c = whole
            t_eff = None
        else:
            t = min(t, max(n1, n2))
            c = cost.costs_from_structure(st, plan, min(t, n1), min(t, n2),
                                          sym and t >= n1, output, methods=(method,),
                                          calibration=cal)[0]
            t_eff = t
        if c.memory_bytes <= budget or tile_size:
            k = 1 if t_eff is None else n_tiles(n1, n2, t_eff, sym, output)
            comp, typ = (compile_time_s(method, forward_s, t_eff or n1, sym, output,
                                        st.nvp_min_block, independent, tiled=k > 1,
                                        conv=st.conv_fraction > 0, typical=typical)
                         for typical in (False, True))   # envelope (guard), typical (rank)
            row.update(tile=t_eff, n_tiles=k, memory_bytes=c.memory_bytes,
                       time_s=k * c.predicted_time_s + comp, run_s=k * c.predicted_time_s,
                       compile_s=comp, expected_s=k * c.predicted_time_s + typ,
                       fits=c.memory_bytes <= budget)
            return row
    row.update(tile=None, n_tiles=0, memory_bytes=c.memory_bytes, time_s=math.inf,
               expected_s=math.inf, fits=False)
    return row


def decide(apply_fn, params, x1, x2, output, *, method="auto", memory_budget=None,
           tile_size=None, independent=True) -> Decision:
    """Choose the method (if ``"auto"``) and tile size; raise NTKMemoryError early.

    ``independent``: apply_fn treats examples independently (per-example costs, tiling
    allowed); else the general path's costs and no tiling."""
    t0 = time.perf_counter()
    budget = float(memory_budget) if memory_budget else cost.default_memory_budget()
    leaves, treedef = jax.tree_util.tree_flatten(params)
    sym = x2 is None
    n1 = int(x1.shape[0])
    n2 = n1 if sym else int(x2.shape[0])
    key = (fn_key(apply_fn), treedef, tuple((jnp.shape(l), str(jnp.result_type(l))) for l in leaves),
           tuple(x1.shape), str(x1.dtype), None if sym else tuple(x2.shape), output,
           jax.devices()[0].device_kind, round(math.log2(budget), 1), method, tile_size,
           bool(independent))
    with _LOCK:
        if key in _CACHE:
            d = _CACHE[key]
            return Decision(d.method, d.tile, d.reason, d.costs, time.perf_counter() - t0)
    st, plan = cost.structure(apply_fn, params, x1)
    cal = cost.calibrate()
    rate = cost.network_rate(apply_fn, params, x1, st.FP)
    if rate is not None:                  # small matrices: the passes at this net's own rate
        cal = dataclasses.replace(cal, pass_flops_per_s=rate)
    methods = cost.METHODS if method == "auto" else (method,)
    fwd_s = forward_compile_s(apply_fn, params, x1, key=key[0])
    rows = [plan_method(st, plan, m, n1, n2, sym, output, budget, tile_size, cal, independent,
                        fwd_s) for m in methods]
    ok = [r for r in rows if r["fits"] or tile_size]
    if not ok:
        smallest = min(rows, key=lambda r: r["memory_bytes"])
        raise NTKMemoryError(
            f"even a 1x1 tile needs {_fmt_pair(smallest['memory_bytes'], budget)[0]} with "
            f"{LABELS[smallest['method']]}, over the memory budget of "
            f"{_fmt_pair(smallest['memory_bytes'], budget)[1]}; "
            "reduce the width, the number of outputs or the input size, or raise the budget")
    best = min(ok, key=lambda r: r["expected_s"])   # typical compile + run (time_s: a bound)
    reason = _reason(best, rows, budget, method)
    d = Decision(best["method"], best["tile"], reason, tuple(rows), time.perf_counter() - t0)
    with _LOCK:
        _CACHE[key] = d
        while len(_CACHE) > 256:                        # bounded: oldest decision first
            _CACHE.pop(next(iter(_CACHE)))
    return d


def _reason(best, rows, budget, method):
    name = LABELS[best["method"]]
    if method != "auto":
        head = f"{name}: chosen by the caller (predicted {fmt_time(best['expected_s'])})"
    else:
        others = [r for r in rows if r is not best and r["fits"]]
        vs = " and ".join(f"{fmt_time(r['expected_s'])} ({LABELS[r['method']]})" for r in
                          sorted(others, key=lambda r: r["expected_s"]))
        head = f"{name}: predicted {fmt_time(best['expected_s'])}" + (f" vs {vs}" if vs else "")
    notes = []
    for r in rows:
        if r["whole_memory_bytes"] > budget:
            notes.append(f"{LABELS[r['method']]} would need {fmt_bytes(r['whole_memory_bytes'])}"
                         f" for the whole kernel (budget {fmt_bytes(budget)})")
    if best["tile"] is not None:
        notes.append(f"computed in {best['n_tiles']} tiles of {best['tile']} rows")
    return head + ("; " + "; ".join(notes) if notes else "")

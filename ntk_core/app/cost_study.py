"""The Methods & cost page's computations: the cost model's predictions at one
configuration, measured times of each method, and their summary (no Streamlit here)."""
from __future__ import annotations

import math

import jax.numpy as jnp
import numpy as np

from ..finite import cost, empirical
from . import state as appstate
from .compute import abstract_params, init_params, make_inputs, predict

# ----------------------------------------------------------------------------- methods


def cost_point(state: dict) -> dict:
    """Cost model at one configuration: per method the model FLOPs, the paper's
    leading-order complexity, predicted peak memory and time; and auto's pick."""
    spec, params = abstract_params(state)
    x = jnp.zeros(appstate.input_shape(state), jnp.float32)
    rows = {c.method: {"flops": c.flops, "paper_flops": c.paper_flops,
                       "memory_bytes": c.memory_bytes, "predicted_s": c.predicted_time_s}
            for c in cost.method_costs(spec.apply, params, x, None, state["mode"])}
    pick = predict(dict(state, method="auto"), appstate.LIMITS.max_memory_bytes)
    return {"methods": rows, "auto": pick.get("method"), "auto_reason": pick.get("reason")}


def measure_point(state: dict, method: str, reps: int = 1) -> dict:
    """Measured compile and (median) run time of one method at one configuration."""
    spec = appstate.build_spec(state)
    x = make_inputs(state)
    params = init_params(spec, x.shape, int(state["seed"]))
    runs, compile_s = [], 0.0
    for _ in range(max(1, int(reps)) + 1):
        r = empirical.compute_ntk(spec.apply, params, x, method=method, output=state["mode"],
                                  memory_budget=appstate.LIMITS.max_memory_bytes)
        compile_s = max(compile_s, float(r.compile_time_s))
        runs.append(float(r.run_time_s))
    # XLA's own FLOP count and buffer sizes of the compiled whole-kernel computation
    # (one extra compilation): the "measured" side of the FLOPs and memory plots.
    try:
        c = cost.method_costs(spec.apply, params, x, None, state["mode"], xla=True,
                              methods=(method,))[0]
        xf, xm = c.xla_flops, c.xla_memory_bytes
    except Exception:  # noqa: BLE001 - XLA analyses are optional extras
        xf = xm = None
    # The first call may include compilation effects (first execution): drop it.
    return {"method": method, "run_s": float(np.median(runs[1:])), "compile_s": compile_s,
            "finite": bool(np.all(np.isfinite(r.kernel))), "xla_flops": xf,
            "xla_memory_bytes": xm}


def methods_summary(xs: list, costs: list[dict], measured: dict) -> dict:
    """Series for the Methods & cost plots and rows for its table.

    ``costs[i]`` from :func:`cost_point` at ``xs[i]``; ``measured[(i, method)]`` from
    :func:`measure_point` (or None if skipped). The paper's complexity (constants dropped)
    is scaled by one constant per method, the median of measured / complexity.
    """
    methods = list(costs[0]["methods"]) if costs else []
    time_s, flops, mem, rows = {}, {}, {}, []
    for m in methods:
        meas = [measured.get((i, m)) for i in range(len(xs))]
        run = [r["run_s"] if r else None for r in meas]
        pred = [c["methods"][m]["predicted_s"] for c in costs]
        paper = np.array([c["methods"][m]["paper_flops"] for c in costs], np.float64)
        ratios = [r / p for r, p in zip(run, paper) if r and p > 0]
        scale = float(np.median(ratios)) if ratios else math.nan
        time_s[m] = {"measured": run, "predicted": pred, "paper": list(paper * scale)}
        flops[m] = {"model": [c["methods"][m]["flops"] for c in costs],
                    "XLA": [r.get("xla_flops") if r else None for r in meas],
                    "paper": list(paper)}
        mem[m] = {"model": [c["methods"][m]["memory_bytes"] for c in costs],
                  "XLA": [r.get("xla_memory_bytes") if r else None for r in meas]}
        for i, x in enumerate(xs):
            c = costs[i]["methods"][m]
            rows.append({"x": x, "method": m, "measured run (s)": run[i],
                         "compile (s)": meas[i]["compile_s"] if meas[i] else None,
                         "predicted (s)": c["predicted_s"], "model FLOPs": c["flops"],
                         "paper complexity": c["paper_flops"],
                         "predicted peak memory (bytes)": c["memory_bytes"],
                         "XLA FLOPs": meas[i].get("xla_flops") if meas[i] else None,
                         "XLA buffers (bytes)": meas[i].get("xla_memory_bytes") if meas[i] else None,
                         "auto's pick": costs[i]["auto"] == m})
    return {"time": time_s, "flops": flops, "memory": mem, "rows": rows,
            "picks": [c["auto"] for c in costs]}


def measurement_plan(xs: list, costs: list[dict], var: str, limits=None):
    """Which (point, method) pairs the Methods & cost page times: those predicted within a
    third of the server's time limit and within its memory limit. Returns ``(todo,
    skipped)``: ``todo`` a list of ``(i, method)``, ``skipped`` readable reasons."""
    limits = appstate.LIMITS if limits is None else limits
    todo, skipped = [], []
    for i, (x, c) in enumerate(zip(xs, costs)):
        for m in empirical.METHODS:
            row = c["methods"][m]
            if row["predicted_s"] > limits.max_time_s / 3 or \
                    row["memory_bytes"] > limits.max_memory_bytes:
                skipped.append(f"{m.replace('_', ' ')} at {var} = {x} (predicted "
                               f"{row['predicted_s']:.3g} s, {appstate.fmt_bytes(row['memory_bytes'])})")
            else:
                todo.append((i, m))
    return todo, skipped

"""Compile time of each NTK method in units of the network's forward compile time: the
factors ``(a_m, b_m)`` of :data:`ntk_core.finite.compile_cost.COMPILE_FACTORS`.

Every configuration's programs are compiled in one process, interleaved (initialisation
(op by op, caches cleared), forward, JC, SD, NVP at two N, then the next configuration, and
the whole round repeated), so a change of
the machine's load hits all of them alike; each ratio is the median over the rounds of the
ratio measured within a round (:func:`summarise`). JC and SD are one block whatever N (``a`` only);
NVP's symmetric recursion has ``blocks(N)`` blocks (``a + b * blocks``). The factors to use
are the upper envelope (:func:`envelope`).

Run: python benchmarks/compile_factors.py [--reps 3]
Writes benchmarks/results/compile_factors.json and .txt (with the machine's load).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jax  # noqa: E402
import numpy as np  # noqa: E402

from benchmarks._out import write_results  # noqa: E402
from ntk_core.app import compute as appcompute, state as appstate  # noqa: E402
from ntk_core.finite import compile_cost, methods  # noqa: E402

CONFIGS = [  # widget values (the sidebar's range) and the N of NVP's two programs
    ("mlp w=16 d=1", dict(width=16, depth=1), (16, 32)),
    ("mlp w=256 d=2 (default)", dict(), (16, 32)),
    ("mlp w=64 d=3 O=4 full", dict(width=64, depth=3, out=4, mode="full"), (16, 32)),
    ("mlp w=512 d=3", dict(width=512, depth=3), (16, 32)),
    ("cnn digits", dict(arch="CNN", data="digits"), (4, 8)),  # blocks of 2 images
]


def _compile_s(build, *args) -> float:
    t0 = time.perf_counter()
    fn = build()
    jax.jit(fn).lower(*args).compile()
    return time.perf_counter() - t0


def measure(values: dict, nvp_n) -> dict:
    """One round for one configuration: compile seconds of the forward and each method."""
    st = appstate.state_with(dict(values, n=16))
    spec = appstate.build_spec(st)
    out = {}
    compile_cost._FWD_COMPILE.clear()  # a fresh forward compile each round
    x16 = appcompute.make_inputs(st)
    jax.clear_caches()                 # the initialisation's op-by-op compiles, afresh
    t0 = time.perf_counter()
    params = jax.block_until_ready(appcompute.init_params(spec, x16.shape, 0))
    out["init"] = time.perf_counter() - t0
    out["forward"] = compile_cost.forward_compile_s(spec.apply, params, x16, key=time.time())
    n_out, mode = int(st["out"]), st["mode"]
    for m in ("jacobian_contraction", "structured_derivatives"):
        out[m] = _compile_s(lambda m=m: methods.kernel_fn(spec.apply, params, x16, m, mode,
                                                          n_out)[0], params, x16, None)
    for n in nvp_n:
        x = appcompute.make_inputs(dict(st, n=n))
        out[f"nvp{n}"] = _compile_s(lambda x=x: methods.kernel_fn(
            spec.apply, params, x, "ntk_vector_products", mode, n_out)[0], params, x, None)
    return out


def envelope(rows: list) -> dict:
    """Per family (``"dense"``: no conv layer; ``"conv"``), ``{method: (a, b)}`` covering
    each of its configurations: the largest JC and SD ratios (``b = 0``); for NVP the
    steepest configuration's slope per block (so that none is under-predicted at more
    blocks than measured), with ``a`` raised to cover every point. The initialisation
    (a few seconds, cold, whatever the network) is the median over all configurations."""
    out = {}
    for fam in ("dense", "conv"):
        rs = [r for r in rows if r["family"] == fam]
        pts = [[(int(r["blocks"][n]), r["nvp"][n]) for n in r["nvp"]] for r in rs]
        b_ = max((q[-1][1] - q[0][1]) / (q[-1][0] - q[0][0]) for q in pts)
        out[fam] = {"jacobian_contraction": (max(r["jc"] for r in rs), 0.0),
                    "structured_derivatives": (max(r["sd"] for r in rs), 0.0),
                    "ntk_vector_products": (max(y - b_ * x for q in pts for x, y in q), b_),
                    "init": (float(np.nanmedian([r["init"] for r in rows])), 0.0)}
    return out


def envelope_lines(env: dict, reps: int) -> list[str]:
    return [f"upper envelope, {fam}: JC a = {f['jacobian_contraction'][0]:.2f}, SD a = "
            f"{f['structured_derivatives'][0]:.2f}, NVP a = {f['ntk_vector_products'][0]:.2f}"
            f", b = {f['ntk_vector_products'][1]:.3f}, initialisation {f['init'][0]:.2f} "
            f"(x the forward compile; medians over {reps}"
            " interleaved rounds)" for fam, f in env.items()]


def main(reps: int = 3) -> None:
    jax.jit(lambda v: v + 1).lower(jax.ShapeDtypeStruct((1,), "float32")).compile()
    loads, times = [], {label: [] for label, *_ in CONFIGS}
    for r in range(reps):
        for label, values, nvp_n in CONFIGS:
            loads.append(float(open("/proc/loadavg").read().split()[0]))
            times[label].append(measure(values, nvp_n))
            print(f"round {r} {label}: " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                      times[label][-1].items()), flush=True)
    summarise(times, loads, reps)


def summarise(times: dict, loads: list, reps: int) -> None:
    """Ratios per configuration and the envelope; writes the results. Each ratio is the
    median over rounds of (program / forward) measured in the same round, moments apart:
    a lucky quiet moment for the short forward compile does not inflate every ratio."""
    rows, lines = [], []
    for label, values, nvp_n in CONFIGS:
        ts = times[label]
        med = lambda k: float(np.median([t[k] / t["forward"] for t in ts if k in t]))  # noqa: E731
        st = appstate.state_with(values)
        min_block = methods.nvp_min_block(appstate.input_shape(st)[1:])
        blocks = {n: compile_cost.nvp_blocks(n, min_block) for n in nvp_n}
        row = {"label": label, "family": "conv" if st["arch"] == "CNN" else "dense",
               "forward_s": [t["forward"] for t in ts], "init": med("init"),
               "jc": med("jacobian_contraction"), "sd": med("structured_derivatives"),
               "nvp": {n: med(f"nvp{n}") for n in nvp_n}, "blocks": blocks}
        rows.append(row)
        lines.append(f"{label:26s} forward {min(row['forward_s']):5.2f}-"
                     f"{max(row['forward_s']):5.2f} s  init {row['init']:5.2f}x  "
                     f"JC {row['jc']:5.2f}x  "
                     f"SD {row['sd']:5.2f}x  " + "  ".join(
                         f"NVP N={n} ({blocks[n]} blocks) {row['nvp'][n]:5.2f}x" for n in nvp_n))
    env = envelope(rows)
    text = "\n".join(lines + envelope_lines(env, reps) + [
        f"load during the runs (1-min average): {min(loads):.1f} to {max(loads):.1f} on "
        f"{os.cpu_count()} CPUs"])
    write_results(ROOT / "benchmarks" / "results" / "compile_factors", text, {
        "rows": rows, "factors": env, "times": times,
        "reps": reps, "load": [min(loads), max(loads)], "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())})


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    main(ap.parse_args().reps)

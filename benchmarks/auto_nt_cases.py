"""Is ``auto`` right on the cases of benchmarks/vs_neural_tangents.py? Our three methods
side by side, and the method ``auto`` picks.

For every case and output mode (trace / full): each method's kernel compiled as
``compute_ntk`` compiles it (``kernel_fn`` + ``devices.compile_lowered``), the three timed
interleaved round by round in one process (min over the rounds; calls under 25 ms timed
as the fastest of up to 20 back-to-back calls per round), and ``auto``'s choice
(``auto.decide``, the default memory budget). ``pick/best``: the picked method's time
over the fastest method's; the target is <= 1.2. Methods whose ``N O P`` Jacobians /
tangents would take over 4 GB are skipped, as in the neural-tangents benchmark.

Usage: python benchmarks/auto_nt_cases.py [--cases 0,1] [--reps 3] [--out PATH]
writes benchmarks/results/auto_nt_cases{.txt,.json} (or PATH.txt / PATH.json).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import jax

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vs_neural_tangents import (CASES, JAC_LIMIT_BYTES, SHORT, compile_ours,  # noqa: E402
                                n_params, ours, second_batch, time_once)
from ntk_core.finite.auto import decide  # noqa: E402
from ntk_core.finite.empirical import resolve_batch_axis  # noqa: E402

TARGET = 1.2


def bench(c, output, reps):
    apply_fn, params, x = ours(c)
    x2 = second_batch(c, x)
    independent, _ = resolve_batch_axis(apply_fn, params, x, "auto")
    pick = decide(apply_fn, params, x, x2, output, independent=independent)
    big = (c["n"] + (c.get("n2") or 0)) * c["out"] * n_params(params) * 4 > JAC_LIMIT_BYTES
    fns = {}
    for m in SHORT:
        if m != "structured_derivatives" and big:
            continue
        fns[m] = compile_ours(apply_fn, params, x, m, output, independent, x2)[0]
    first = {m: time_once(f, params, x, x2) for m, f in fns.items()}
    inner = int(min(20, max(1, 0.05 // max(min(first.values()), 1e-6))))
    ts = {m: [t] for m, t in first.items()}
    names = list(fns)
    for r in range(1, reps):
        for m in (names if r % 2 else names[::-1]):
            ts[m].append(min(time_once(fns[m], params, x, x2) for _ in range(inner)))
    best = {m: min(v) for m, v in ts.items()}
    fastest = min(best, key=best.get)
    row = {"case": c["name"], "output": output, "times_s": best, "fastest": SHORT[fastest],
           "auto": SHORT[pick.method], "tile": pick.tile, "reason": pick.reason,
           "pick_over_best": best[pick.method] / best[fastest] if pick.method in best
           else None}
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default="0,1,2,3,4,5,7,8,9,10")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "results", "auto_nt_cases"))
    a = ap.parse_args()
    load0, rows = os.getloadavg()[0], []
    t0 = time.perf_counter()
    for i in [int(s) for s in a.cases.split(",")]:
        for output in ("trace", "full"):
            r = bench(CASES[i], output, a.reps)
            rows.append(r)
            ts = "  ".join(f"{SHORT[m]} {t * 1e3:8.3g} ms" for m, t in r["times_s"].items())
            pob = "-" if r["pick_over_best"] is None else f"{r['pick_over_best']:.2f}"
            print(f"{r['case']:30s} {output:5s} {ts}  fastest {r['fastest']:3s} auto "
                  f"{r['auto']:3s} pick/best {pob}", flush=True)
    misses = [f"{r['case']} {r['output']}: {r['pick_over_best']:.2f}" for r in rows
              if r["pick_over_best"] is not None and r["pick_over_best"] > TARGET]
    text = (f"auto's pick vs the fastest of our three methods on the vs_neural_tangents cases; "
            f"jax {jax.__version__}; min over {a.reps} interleaved rounds; load average "
            f"{load0:.2f} at start, {os.getloadavg()[0]:.2f} at end on {os.cpu_count()} cores\n"
            + "\n".join(f"{r['case']:30s} {r['output']:5s} " + "  ".join(
                f"{SHORT[m]} {t * 1e3:8.3g} ms" for m, t in r["times_s"].items())
                + f"  fastest {r['fastest']:3s} auto {r['auto']:3s} pick/best "
                + ("-" if r["pick_over_best"] is None else f"{r['pick_over_best']:.2f}")
                for r in rows)
            + f"\nabove {TARGET}: {'; '.join(misses) if misses else 'none'}\n"
            f"total {time.perf_counter() - t0:.0f} s\n")
    print("\n" + text)
    with open(a.out + ".txt", "w") as f:
        f.write(text)
    with open(a.out + ".json", "w") as f:
        json.dump({"load_average_start": load0, "reps": a.reps, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()

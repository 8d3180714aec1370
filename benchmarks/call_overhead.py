"""Per-call overhead of ``empirical_ntk`` against the compiled kernel it runs.

For each case, interleaved round by round in one run: ``empirical_ntk(f, params, x1, x2,
output=...)`` end to end (warm: checks, proof and method choice cached per (function,
shapes)), and the compiled kernel alone (the executable ``compute_ntk`` ran, called
directly). Each round keeps the fastest of a few back-to-back calls; the minimum over the
rounds is reported, and the ratio end-to-end / kernel (target: <= 1.5 on the 3x512 MLP,
N = 16).

Usage: python benchmarks/call_overhead.py [--reps 10]
Writes benchmarks/results/call_overhead.{txt,json}.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import jax

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from ntk_core import MLPSpec, compute_ntk, empirical_ntk  # noqa: E402
from ntk_core.finite import methods  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402

TARGET = 1.5
CASES = [dict(name="MLP 3x512 N=16", depth=3, width=512, n=16, n2=None),
         dict(name="MLP 3x512 N=16 x1!=x2", depth=3, width=512, n=16, n2=16),
         dict(name="MLP 2x64 N=8", depth=2, width=64, n=8, n2=None)]


def wall(f):
    t0 = time.perf_counter()
    jax.block_until_ready(f())
    return time.perf_counter() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "call_overhead"))
    a = ap.parse_args(argv)
    load = os.getloadavg()
    rows = []
    for c in CASES:
        spec = MLPSpec(depth=c["depth"], width=c["width"], out_dim=10)
        x1 = jax.random.normal(jax.random.PRNGKey(1), (c["n"], 32))
        x2 = None if c["n2"] is None else jax.random.normal(jax.random.PRNGKey(2), (c["n2"], 32))
        p = spec.init(jax.random.PRNGKey(0), x1.shape)
        for output in ("trace", "full"):
            r = compute_ntk(spec.apply, p, x1, x2, output=output)
            key = methods._key(spec.apply, r.method, output, p, x1, x2, True)
            compiled = methods._CACHE[key][0]
            t_e2e, t_k = [], []
            for rnd in range(a.reps):
                sides = [("e2e", lambda: empirical_ntk(spec.apply, p, x1, x2, output=output)),
                         ("kernel", lambda: compiled(p, x1, x2))]
                for name, f in (sides if rnd % 2 else sides[::-1]):
                    (t_e2e if name == "e2e" else t_k).append(min(wall(f) for _ in range(5)))
            row = dict(case=c["name"], output=output, method=r.method, e2e_s=min(t_e2e),
                       kernel_s=min(t_k), ratio=min(t_e2e) / min(t_k))
            rows.append(row)
            print(f"{c['name']:24s} {output:5s} {r.method:24s} end to end "
                  f"{row['e2e_s'] * 1e3:7.3f} ms  kernel {row['kernel_s'] * 1e3:7.3f} ms  "
                  f"ratio {row['ratio']:.2f}", flush=True)
    end = os.getloadavg()
    text = (f"empirical_ntk end to end / its compiled kernel, {describe_device()}, jax "
            f"{jax.__version__}; min over {a.reps} interleaved rounds of 5 calls; target "
            f"<= {TARGET} on the 3x512 MLP N=16\nload average {load[0]:.2f} at start, "
            f"{end[0]:.2f} at end on {os.cpu_count()} cores\n\n" + "\n".join(
                f"{r['case']:24s} {r['output']:5s} {r['method']:24s} {r['e2e_s'] * 1e3:8.3f} ms"
                f" / {r['kernel_s'] * 1e3:8.3f} ms = {r['ratio']:.2f}" for r in rows) + "\n")
    print("\n" + text)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out + ".txt", "w") as f:
        f.write(text)
    with open(a.out + ".json", "w") as f:
        json.dump({"device": describe_device(), "jax": jax.__version__, "reps": a.reps,
                   "load_average_start": load[0], "load_average_end": end[0], "rows": rows},
                  f, indent=1)


if __name__ == "__main__":
    main()

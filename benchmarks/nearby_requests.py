"""What a nearby request costs on the Build & compute page's path, with JAX's persistent
compilation cache on: is padding N up to buckets worth it?

A lecturer changes one control at a time: n = 64 -> 65 (or 48), width 256 -> 300. Each
new shape is a new XLA computation (the NTK, the finite-output check, the batch proof),
which neither the in-memory nor the on-disk cache holds unless that exact shape ran
before. Padding N up to a bucket would let every n in (previous bucket, bucket] reuse
one executable, at the price of computing a kernel up to (bucket / n)^2 larger.

This script times, in one process with a fresh persistent cache (``compile_cache``),
``ntk_core.app.compute.compute`` (what the page's ``cached_ntk`` calls, minus Streamlit)
at the page's default view (ReLU MLP 2 x 256, 64 points on S^2, method auto, trace):

* the first request (compiles), the same request again (every executable reused);
* nearby requests: n = 65, 48, 80, width 300 (each a new shape, compiled once);
* the same nearby n computed at its bucket's shape already compiled: the time a padded
  request would take (the run at the bucket size, which is what padding would pay);
* a second process on the now-filled persistent cache: the same views (disk hits);
* with the N buckets the app now uses (``--child padded``): n = 48 then reuses n = 64's
  executable, n = 65 and 80 share bucket 96's.

Usage: python benchmarks/nearby_requests.py [--reps 3]
Writes benchmarks/results/nearby_requests.{txt,json}.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEWS = [("n=64 (default)", {}), ("n=65", {"n": 65}), ("n=48", {"n": 48}),
         ("n=80", {"n": 80}), ("n=96", {"n": 96}), ("width=300", {"width": 300})]


def one_process(reps: int, padded: bool) -> dict:
    """Times of every view in this process: first call, then the min over ``reps``
    (``padded``: with the app's N buckets; else every N at its own shape)."""
    from ntk_core.app import buckets, compile_cache
    compile_cache.configure()
    if not padded:
        buckets.MAX_PADDED_WORK = 0
    from ntk_core.app import compute as appcompute
    from ntk_core.app.state import DEFAULTS
    out = {}
    for label, change in VIEWS:
        state = dict(DEFAULTS, **change)
        t0 = time.perf_counter()
        r = appcompute.compute(state)
        first = time.perf_counter() - t0
        again = []
        for _ in range(reps):
            t0 = time.perf_counter()
            appcompute.compute(state)
            again.append(time.perf_counter() - t0)
        out[label] = {"first_s": first, "again_s": min(again), "method": r["method"],
                      "compile_s": r["compile_time_s"], "run_s": r["run_time_s"]}
        print(f"  {label:16s} first {first:7.3f} s   again {min(again):7.3f} s   "
              f"({r['method']}; ntk compile {r['compile_time_s']:.3f} s, run "
              f"{r['run_time_s']:.4f} s)", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--child", choices=["exact", "padded"])
    args = ap.parse_args()
    if args.child:
        print("@@" + json.dumps(one_process(args.reps, args.child == "padded")))
        return
    load = open("/proc/loadavg").read().split()[:3]
    runs = {}
    for mode, label in (("exact", "fresh process, empty persistent cache"),
                        ("exact", "second process, persistent cache filled by the first"),
                        ("padded", "with N buckets (ntk_core.app.buckets): fresh process, "
                                   "empty persistent cache")):
        if label.startswith("fresh") or mode == "padded":
            env = dict(os.environ,
                       NTK_APP_COMPILE_CACHE=tempfile.mkdtemp(prefix="ntk-nearby-cache-"))
        print(label, flush=True)
        p = subprocess.run([sys.executable, __file__, "--child", mode, "--reps", str(args.reps)],
                           env=env, capture_output=True, text=True, check=True)
        print("\n".join(l for l in p.stdout.splitlines() if not l.startswith("@@")))
        runs[label] = json.loads(next(l[2:] for l in p.stdout.splitlines()
                                      if l.startswith("@@")))
    load_after = open("/proc/loadavg").read().split()[:3]
    lines = [f"Build & compute's path (ntk_core.app.compute.compute), default view ReLU MLP "
             f"2x256, S^2, auto, trace; min of {args.reps} repeats for 'again'.",
             f"machine load (loadavg 1/5/15, 2 shared cores): before {' '.join(load)}, "
             f"after {' '.join(load_after)}"]
    for label, rows in runs.items():
        lines += ["", label, f"{'view':16s} {'first s':>9s} {'again s':>9s} {'method':>24s}"]
        lines += [f"{k:16s} {v['first_s']:9.3f} {v['again_s']:9.3f} {v['method']:>24s}"
                  for k, v in rows.items()]
    fresh = runs["fresh process, empty persistent cache"]
    pad = runs[next(k for k in runs if k.startswith("with N buckets"))]
    # a padded request: n=65 run at bucket 80 (or 96), n=48 at 64, all executables warm
    lines += ["", "nearby request: new shape (first) vs the bucket's shape already compiled "
              "(again, what padding would pay):"]
    for near, bucket in (("n=65", "n=80"), ("n=65", "n=96"), ("n=48", "n=64 (default)")):
        lines.append(f"  {near} new shape {fresh[near]['first_s']:.3f} s  vs  padded to "
                     f"{bucket.split()[0]}: {fresh[bucket]['again_s']:.3f} s")
    lines += ["", "with N buckets, first request at each N (after n=64 and n=65 ran): "
              + ", ".join(f"{k} {pad[k]['first_s']:.3f} s" for k in pad)]
    text = "\n".join(lines)
    print(text)
    res = ROOT / "benchmarks" / "results"
    (res / "nearby_requests.txt").write_text(text + "\n")
    (res / "nearby_requests.json").write_text(json.dumps(
        {"loadavg_before": load, "loadavg_after": load_after, "runs": runs}, indent=1))


if __name__ == "__main__":
    main()

"""Resident size of the server's process under repeated heavy links (issue 18, item 1).

Replays the issue's link ``/build?n=...&out=16&mode=full&width=64&depth=1&seed=K`` for
several seeds through the app's result store, twice in separate processes:

* ``entries``: the old behaviour, results kept by entry count (a dict, 64 entries);
* ``bytes``: :class:`ntk_core.app.memory.ServerMemory` with a server budget of
  ``--budget-mb`` above the process's size after start-up (NTK_APP_MAX_SERVER_GB's role).

Each request holds what the Build page's result holds (the kernel and its square view;
the spectrum adds time, not memory that stays). The resident size is sampled every 5 ms.
Kept under ~3 GB (the machine is shared): N = 256 (128 MiB per result), 12 seeds.

Run: python benchmarks/server_memory.py
Writes benchmarks/results/server_memory.json and .txt.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, sys, threading, time
import numpy as np
from ntk_core.app import compute as c, state as s
from ntk_core.app.memory import ServerMemory, request_bytes, resident_bytes
from ntk_core.finite.empirical import compute_ntk
mode, seeds, budget_mb, n = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
st0 = s.state_with({"n": n, "out": 16, "mode": "full", "width": 64, "depth": 1})
def result(st):
    spec, x = s.build_spec(st), c.make_inputs(st)
    p = c.init_params(spec, x.shape, int(st["seed"]))
    k = np.asarray(compute_ntk(spec.apply, p, x, output="full").kernel)
    return {"kernel": k, "matrix": c.as_matrix(k, "full")}
result(dict(st0, seed=999))  # compile once, as a running server has
base = resident_bytes()
need = request_bytes(st0, 32 * 2**20)
mem = ServerMemory(budget=base + budget_mb * 2**20, cache_fraction=0.9)
store = {}
peak, done = [0.0], threading.Event()
def sample():
    while not done.is_set():
        peak[0] = max(peak[0], resident_bytes()); time.sleep(0.005)
threading.Thread(target=sample, daemon=True).start()
after = []
for seed in range(seeds):
    st = dict(st0, seed=seed)
    if mode == "bytes":
        r = mem.cached(("ntk", seed), lambda: result(st), need)
    else:
        r = store.setdefault(seed, result(st))
        while len(store) > 64: store.pop(next(iter(store)))
    del r
    after.append(resident_bytes() / 2**20)
done.set()
print("RESULT" + json.dumps({"base_mb": base / 2**20, "budget_mb": mem.budget / 2**20,
      "peak_mb": peak[0] / 2**20, "after_each_mb": after, "evictions": mem.evictions}))
"""


def run(mode: str, seeds: int, budget_mb: float, n: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-c", CHILD, mode, str(seeds), str(budget_mb), str(n)],
                       env=env, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("RESULT")), None)
    if line is None:
        raise RuntimeError(p.stderr[-2000:])
    return json.loads(line[6:])


def main(seeds: int = 12, budget_mb: float = 1000.0, n: int = 256) -> None:
    load = open("/proc/loadavg").read().strip()
    rows = {m: run(m, seeds, budget_mb, n) for m in ("entries", "bytes")}
    lines = [f"replay of {seeds} links n={n} out=16 mode=full width=64 depth=1 "
             f"(128 MiB per result); load {load}"]
    for m, r in rows.items():
        over = r["peak_mb"] - r["budget_mb"]
        lines.append(f"{m:8s} base {r['base_mb']:7.0f} MB  peak {r['peak_mb']:7.0f} MB  "
                     f"budget {r['budget_mb']:7.0f} MB ({'over by %.0f MB' % over if over > 0 else 'under'})"
                     f"  after each: {', '.join(f'{v:.0f}' for v in r['after_each_mb'])}"
                     f"  evictions {r['evictions']}")
    print("\n".join(lines))
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "server_memory.json").write_text(json.dumps(
        {"rows": rows, "load": load, "seeds": seeds, "n": n,
         "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}, indent=1))
    (out / "server_memory.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

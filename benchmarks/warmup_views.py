"""Seconds the server's warm-up spends on each view (pages/_warmup.py), in-process.

Runs the warm-up's own job list (every page's default view, then every lecture preset)
in this process with a fresh, empty JAX compilation cache, timing each view; the same
work the server's background thread does, without a server or a browser (for the
whole lecture as a visitor sees it: benchmarks/app_cold.py).

Usage: python benchmarks/warmup_views.py [--only "Methods,preset 8."] [--out NAME]
(--only: substrings of the view labels). Writes benchmarks/results/NAME.{txt,json}
(default warmup_views), after every view.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--out", default="warmup_views")
    args = ap.parse_args()
    os.environ["NTK_APP_COMPILE_CACHE"] = tempfile.mkdtemp(prefix="ntk-warmup-cache-")
    logging.disable(logging.WARNING)    # Streamlit's "no ScriptRunContext" outside a server
    from ntk_core.app import compile_cache
    compile_cache.configure()
    from pages import _warmup
    only = [s for s in args.only.split(",") if s]
    load = open("/proc/loadavg").read().split()[:3]
    rows, t_all = {}, time.perf_counter()
    res = ROOT / "benchmarks" / "results"
    for label, page, state, stored in _warmup.views():
        if only and not any(s in label for s in only):
            continue
        t0 = time.perf_counter()
        _warmup.WARMERS[page](state, stored)
        rows[label] = time.perf_counter() - t0
        print(f"{rows[label]:8.1f}  {label}", flush=True)
        now = open("/proc/loadavg").read().split()[:3]
        lines = [f"warm-up views in-process (benchmarks/warmup_views.py), fresh compile cache; "
                 f"loadavg (2 shared cores) before {' '.join(load)}, now {' '.join(now)}",
                 f"{'seconds':>8s}  view"] + [f"{v:8.1f}  {k}" for k, v in rows.items()]
        lines.append(f"{sum(rows.values()):8.1f}  total ({len(rows)} views; wall "
                     f"{time.perf_counter() - t_all:.0f} s)")
        (res / f"{args.out}.txt").write_text("\n".join(lines) + "\n")
        (res / f"{args.out}.json").write_text(json.dumps(
            {"loadavg_before": load, "loadavg_now": now, "seconds": rows}, indent=1))
    print("\n".join(lines))


if __name__ == "__main__":
    main()

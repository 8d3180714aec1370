"""The Laplace paper's real-data table (Geifman et al. 2020): NTK depth 1-3, Laplace,
gamma-exponential (0.5, 1.5) and Gaussian kernels by kernel ridge regression on every
bundled real set (ntk_core.sphere.kernel_table), hyperparameters by CV on training folds.

    python benchmarks/laplace_real_data.py [--sets iris,wine,...] [--folds 4] [--max-n 500]
        [--merge] [--out benchmarks/results/laplace_real_data]

``--merge`` keeps the sets already in ``--out``'s JSON (a set run again is replaced), so
the table is built in parts of a few sets each; the note lists each part's time and load.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._out import write_results  # noqa: E402

import numpy as np  # noqa: E402

from ntk_core.sphere.kernel_table import KERNELS, TABLE_DATASETS, kernel_table, summarize  # noqa: E402


def render(summary, note="") -> str:
    short = [k.replace("NTK depth ", "NTK").replace("gamma-exp ", "gexp") for k in KERNELS]
    lines = [note, f"{'data':>17} {'n':>4} {'d':>5} {'metric':>8} "
             + " ".join(f"{s:>8}" for s in short) + f" {'NTK-Lap':>8} {'>noise':>6}"]
    for r in summary["rows"]:
        lines.append(f"{r['data']:>17} {r['n']:>4} {r['d']:>5} {r['metric']:>8} "
                     + " ".join(f"{r[k]:>8.3f}" for k in KERNELS)
                     + f" {r['best NTK - Laplace']:>+8.3f} {str(r['beyond fold noise']):>6}")
    lines.append(f"{'mean rank':>37} " + " ".join(f"{summary['mean_rank'][k]:>8.2f}"
                                                  for k in KERNELS))
    lines.append(f"best NTK and Laplace differ beyond fold noise (|mean paired diff| > 2 SE) on "
                 f"{summary['ntk_laplace_differ']} of {summary['n_sets']} sets")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TABLE_DATASETS))
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--max-n", type=int, default=500)
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/laplace_real_data"))
    a = ap.parse_args(argv)
    a.earlier, a.notes = [], []
    path = Path(a.out).with_suffix(".json")
    if a.merge and path.exists():
        old = json.loads(path.read_text())
        rows = {r["data"]: r for r in old["summary"]["rows"]}
        a.earlier = [{"name": f["name"], "n": rows[f["name"]]["n"], "d": rows[f["name"]]["d"],
                      "metric": rows[f["name"]]["metric"],
                      "scores": {k: np.asarray(v) for k, v in f["scores"].items()}}
                     for f in old["folds"] if f["name"] not in a.sets.split(",")]
        first = path.with_suffix(".txt").read_text().splitlines()[0]  # an older run's note
        a.notes = old.get("notes", [f"{len(old['folds'])} sets: "
                                    + first.split("unit sphere; ")[-1]])
    results = []
    t0 = time.perf_counter()
    for name in a.sets.split(","):
        res = kernel_table(name, folds=a.folds, max_n=a.max_n)
        results.append(res)
        print(name, {k: round(float(v.mean()), 4) for k, v in res["scores"].items()}, flush=True)
        write(a, results, t0)


def write(a, results, t0):
    results = a.earlier + results
    s = summarize(results)
    part = (f"{','.join(r['name'] for r in results[len(a.earlier):])}: "
            f"{time.perf_counter() - t0:.0f} s, load {open('/proc/loadavg').read().split()[0]}")
    notes = a.notes + [part]
    note = (f"{a.folds}-fold CV, at most {a.max_n} points per set, inputs z-scored and on the "
            f"unit sphere; run in parts: " + "; ".join(notes))
    text = render(s, note)
    args = {k: v for k, v in vars(a).items() if k not in ("earlier", "notes")}
    write_results(a.out, text, {
        "args": args, "summary": s, "notes": notes,
        "folds": [{"name": r["name"], "n": r["n"], "d": r["d"], "metric": r["metric"],
                   "scores": {k: np.asarray(v).tolist() for k, v in r["scores"].items()}}
                  for r in results]})


if __name__ == "__main__":
    main()

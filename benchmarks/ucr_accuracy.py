"""UCR / UEA classification (the sets aeon bundles) with kernel SVMs: the RNTK against the
NTK of a ReLU MLP on the series resampled to one length, and Gaussian / Laplace kernels.

    python benchmarks/ucr_accuracy.py [--datasets GunPoint,ItalyPowerDemand,...]

For each data set and kernel, the kernel's hyperparameter and the SVM's C are chosen by
stratified 5-fold cross-validation on the official training split only
(ntk_core.sequences.select_and_test); the table gives the accuracy on the official test
split (and the CV accuracy and choice). Nothing is downloaded.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _report import machine_load, write_results  # noqa: E402

from ntk_core.sequences import (UCR_DATASETS, load_ucr, mlp_ntk_kernel_fn, rbf_kernel_fn,  # noqa: E402
                                rntk_kernel_fn, select_and_test)

# RNTK: readout last (O(N^2 T)); readout mean (O(N^2 T^2)) is ``--rntk-mean`` (slow on a
# 2-core CPU for the long series: GunPoint alone is ~4.5e8 pair-steps per grid point)
GRIDS = {"RNTK": (0.5, 1.0, 1.4), "MLP-NTK": (1, 2, 4), "Gaussian": (0.1, 1.0, 10.0),
         "Laplace": (0.1, 1.0, 10.0)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default=",".join(UCR_DATASETS))
    ap.add_argument("--rntk-mean", action="store_true",
                    help="also try the RNTK with readout mean (O(N^2 T^2))")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/ucr_accuracy"))
    a = ap.parse_args(argv)
    load = machine_load()
    if a.rntk_mean:
        GRIDS["RNTK"] = tuple((w, r) for w in GRIDS["RNTK"] for r in ("last", "mean"))
    rows = []
    for name in a.datasets.split(","):
        tr, te = load_ucr(name, "train"), load_ucr(name, "test")
        fns = {"RNTK": rntk_kernel_fn(tr, te), "MLP-NTK": mlp_ntk_kernel_fn(tr, te),
               "Gaussian": rbf_kernel_fn(tr, te, "gaussian"),
               "Laplace": rbf_kernel_fn(tr, te, "laplace")}
        for kname, fn in fns.items():
            t0 = time.perf_counter()
            r = select_and_test(fn, GRIDS[kname], tr.y, te.y)
            rows.append({"dataset": name, "kernel": kname, "test_accuracy": r.test_accuracy,
                         "cv_accuracy": r.cv_accuracy, "param": r.param, "C": r.C,
                         "n_train": len(tr.y), "n_test": len(te.y),
                         "lengths": f"{tr.lengths.min()}-{tr.lengths.max()}",
                         "seconds": time.perf_counter() - t0})
            print(rows[-1], flush=True)
    kernels = list(GRIDS)
    lines = [f"UCR/UEA test accuracy (SVM, hyperparameters by 5-fold CV on the train split); "
             f"load {' '.join(load)}",
             f"{'data set':>22} {'train':>6} {'test':>6} " + " ".join(f"{k:>9}" for k in kernels)]
    for name in a.datasets.split(","):
        rs = {r["kernel"]: r for r in rows if r["dataset"] == name}
        first = next(iter(rs.values()))
        lines.append(f"{name:>22} {first['n_train']:>6} {first['n_test']:>6} "
                     + " ".join(f"{rs[k]['test_accuracy']:>9.3f}" for k in kernels))
    wins = {k: sum(max(r["test_accuracy"] for r in rows if r["dataset"] == n)
                   == next(r["test_accuracy"] for r in rows if r["dataset"] == n and r["kernel"] == k)
                   for n in a.datasets.split(",")) for k in kernels}
    lines.append("best (ties count for each): " + ", ".join(f"{k} {v}" for k, v in wins.items()))
    write_results(a.out, lines, {"args": vars(a), "load": load, "rows": rows,
                                  "grids": GRIDS})


if __name__ == "__main__":
    main()

"""Finite ensembles against the infinite one: the gap in mean and spread as width grows.

    python benchmarks/ensembles.py [--widths 4,8,16,64,256,1024] [--members 512]
        [--depth 1] [--activation relu] [--steps 0,1,3,10,30,100,300] [--out ensembles.json]

For each width, ``members`` MLPs (NTK parameterization, float32) are trained by full-batch
GD at half the critical step of the analytic NTK on 8 points of a great circle (target
sin(2 theta)); their mean and standard deviation over members on 33 test points are
compared with the infinite ensemble (:func:`ntk_core.dynamics.ensemble_predictions`,
``form="discrete"``) at every recorded step. Errors are rms over test points in units of
the prior's sd ``sigma_0``; the table shows the largest over the recorded steps, the
Monte-Carlo floor of the mean ``max_t rms(sigma_t) / (sigma_0 sqrt(M))`` and the excess
``sqrt(max(err^2 - floor^2, 0))`` attributable to finite width.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jax  # noqa: E402
import numpy as np  # noqa: E402

from ntk_core.dynamics import (ensemble_gap, ensemble_predictions, predictive_sd,  # noqa: E402
                               train_finite_ensemble)
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite import analytic_kernels  # noqa: E402
from ntk_core.networks.specs import MLPSpec  # noqa: E402


def circle(theta):
    return np.stack([np.cos(theta), np.sin(theta)], axis=1)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="8,16,32,64,128,256,512,1024")
    ap.add_argument("--members", type=int, default=1024)
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--activation", default="relu")
    ap.add_argument("--steps", default="0,1,3,10,30,100,300")
    ap.add_argument("--out", default="ensembles.json")
    a = ap.parse_args(argv)
    widths = [int(w) for w in a.widths.split(",")]
    steps = [int(s) for s in a.steps.split(",")]
    rng = np.random.default_rng(0)
    th = np.sort(rng.uniform(-np.pi, np.pi, 8))
    x, xs = circle(th), circle(np.linspace(-np.pi, np.pi, 33, endpoint=False))
    y = np.sin(2 * th)[:, None]
    rows = []
    print(f"load {open('/proc/loadavg').read().split()[:3]}, {describe_device()}")
    hdr = f"{'width':>6} {'mean_err':>9} {'sd_err':>8} {'MC floor':>9} {'excess mean':>12} " \
          f"{'excess sd':>10} {'seconds':>8}"
    print(hdr)
    for w in widths:
        spec = MLPSpec(depth=a.depth, width=w, activation=a.activation, W_std=1.5, b_std=0.1)
        ktt, kst, kss = (analytic_kernels(spec, x), analytic_kernels(spec, xs, x),
                         analytic_kernels(spec, xs))
        lr = 0.5 * 2 * len(x) / np.linalg.eigvalsh(ktt.ntk)[-1]
        t0 = time.perf_counter()
        fe = train_finite_ensemble(spec, x, y, xs, lr, steps, a.members, jax.random.PRNGKey(w))
        secs = time.perf_counter() - t0
        mean, cov = ensemble_predictions(ktt, kst, kss, y, fe.record_steps, lr, form="discrete")
        gap = ensemble_gap(fe, mean, cov)
        sd = predictive_sd(cov)
        floor = np.sqrt(np.mean(sd ** 2, axis=1)) / (gap["sigma0"] * np.sqrt(a.members))
        ex_m = np.sqrt(np.maximum(gap["mean_err"] ** 2 - floor ** 2, 0))
        ex_s = np.sqrt(np.maximum(gap["sd_err"] ** 2 - floor ** 2 / 2, 0))
        row = {"width": w, "mean_err_max": float(gap["mean_err"].max()),
               "sd_err_max": float(gap["sd_err"].max()), "mc_floor_max": float(floor.max()),
               "excess_mean_max": float(ex_m.max()), "excess_sd_max": float(ex_s.max()),
               "mean_err": gap["mean_err"].tolist(), "sd_err": gap["sd_err"].tolist(),
               "mc_floor": floor.tolist(), "seconds": secs, "diverged": fe.diverged}
        rows.append(row)
        print(f"{w:>6} {row['mean_err_max']:>9.4f} {row['sd_err_max']:>8.4f} "
              f"{row['mc_floor_max']:>9.4f} {row['excess_mean_max']:>12.4f} "
              f"{row['excess_sd_max']:>10.4f} {secs:>8.1f}")
    ok = [r for r in rows if np.isfinite(r["excess_sd_max"]) and r["excess_sd_max"] > 0]
    slope = np.polyfit(np.log([r["width"] for r in ok]),
                       np.log([r["excess_sd_max"] for r in ok]), 1)[0] if len(ok) > 1 else np.nan
    print(f"log-log slope of the sd excess against width: {slope:.2f}")
    out = {"config": {**vars(a), "n_train": len(x), "n_test": len(xs),
                      "lr": "eta_crit / 2 of the analytic NTK", "W_std": 1.5, "b_std": 0.1},
           "device": describe_device(), "loadavg": open("/proc/loadavg").read().split()[:3],
           "rows": rows, "sd_excess_slope": float(slope)}
    path = Path(__file__).resolve().parent / "results" / a.out
    path.write_text(json.dumps(out, indent=1))
    txt = path.with_suffix(".txt")
    txt.write_text(f"{__doc__.splitlines()[0]}\n{hdr}\n" + "\n".join(
        f"{r['width']:>6} {r['mean_err_max']:>9.4f} {r['sd_err_max']:>8.4f} "
        f"{r['mc_floor_max']:>9.4f} {r['excess_mean_max']:>12.4f} {r['excess_sd_max']:>10.4f} "
        f"{r['seconds']:>8.1f}" for r in rows) + f"\nsd excess slope {slope:.2f}; "
        f"members {a.members}; load {out['loadavg']}\n")
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()

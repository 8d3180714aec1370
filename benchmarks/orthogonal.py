"""Steps to a target loss, Gaussian vs orthogonal initialisation, over depth and learning
rate, in a lazy and a non-lazy setting; printed as a table and written as JSON.

    python benchmarks/orthogonal.py [--seeds 3] [--steps 800] [--target 1e-3] [--quick]
        [--out orthogonal.json]

Task: the ridge regression of ``ntk_core.dynamics.RegressionTask`` on S^7 (d = 8, 16
training points, y = sin(2 <x, u>)), full-batch gradient descent on the squared loss.
Both inits train the same data from the same seed (orthogonal weights replace the Gaussian
ones; the biases are the same numbers) with the *same* learning rate eta = fraction x the
Gaussian net's eta_crit = 2 n / lambda_max(Theta_0). Reported per cell: median over seeds
of the first step with training loss <= target (a run that never gets there counts as
"never"; the median is then "never" when half or more did not), how many seeds reached it,
and the relative NTK change at the end (how lazy the run was).

Settings (Huang, Du, Xu 2021):
* lazy: NTK parameterization, width 512, tanh, W_std 1.5, b_std 0.05 (the theory: no
  difference in the limit);
* non-lazy: standard parameterization, width 32, tanh with W_std 1.0, b_std 0 (tanh near
  its linear regime at the critical point), deep nets and learning rates near eta_crit,
  where the paper reports orthogonal init learning faster.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jax  # noqa: E402
import numpy as np  # noqa: E402

from ntk_core.app.init_study import INITS, steps_to_target  # noqa: E402
from ntk_core.dynamics import RegressionTask, TrainConfig, make_task, train  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.networks.specs import MLPSpec  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
SETTINGS = {
    "lazy": dict(spec=dict(width=512, activation="tanh", W_std=1.5, b_std=0.05,
                           parameterization="ntk"), depths=(2, 6), fractions=(0.5, 0.9)),
    "non-lazy": dict(spec=dict(width=32, activation="tanh", W_std=1.0, b_std=0.0,
                               parameterization="standard"),
                     depths=(2, 16), fractions=(0.5, 0.9, 1.2)),
}


def run_cell(base: dict, depth: int, fraction: float, seed: int, data, steps: int,
             target: float) -> dict:
    """Both inits, one seed: steps to target, final loss, NTK change, eta, eta_crit."""
    out = {}
    lr = None
    for init in INITS:
        spec = MLPSpec(depth=depth, weight_init=init, **base)
        cfg = TrainConfig(steps=steps, record_every=steps, lr=lr, lr_fraction=fraction)
        r = train(spec, data, cfg, jax.random.PRNGKey(seed), infinite=False)
        lr = r.lr                                  # the orthogonal net uses the Gaussian eta
        out[init] = {"steps_to_target": steps_to_target(r.steps, r.train_loss, target),
                     "final_loss": float(r.train_loss[-1]), "ntk_change": float(r.ntk_change[-1]),
                     "lr": r.lr, "lr_crit": r.lr_crit, "diverged": bool(r.diverged)}
    return out


def median_steps(vals) -> float | None:
    """Median with 'never' (None) counted as infinitely many steps."""
    v = np.array([np.inf if s is None else s for s in vals], np.float64)
    m = float(np.median(v))
    return None if not np.isfinite(m) else m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=800)
    ap.add_argument("--target", type=float, default=1e-3)
    ap.add_argument("--quick", action="store_true", help="one depth and fraction per setting")
    ap.add_argument("--out", default="orthogonal.json")
    a = ap.parse_args(argv)
    data = make_task(RegressionTask(kind="sphere", d=8, n_train=16, n_test=16, n_grid=8,
                                    freq=2.0, seed=0))
    rows, t0 = [], time.perf_counter()
    load = open("/proc/loadavg").read().split()[:3] if Path("/proc/loadavg").exists() else []
    hdr = (f"{'setting':>9} {'depth':>5} {'eta/crit':>8} {'gauss steps':>11} {'orth steps':>10} "
           f"{'reached g/o':>11} {'orth faster':>11} {'dNTK g':>8} {'dNTK o':>8}")
    print(f"{describe_device()}; loadavg at start {' '.join(load)}; target loss {a.target}, "
          f"{a.steps} steps, {a.seeds} seeds")
    print(hdr)
    for name, st in SETTINGS.items():
        depths = st["depths"][-1:] if a.quick else st["depths"]
        fracs = st["fractions"][1:2] if a.quick else st["fractions"]
        for depth in depths:
            for frac in fracs:
                per = [run_cell(st["spec"], depth, frac, s, data, a.steps, a.target)
                       for s in range(a.seeds)]
                g = [p["gaussian"]["steps_to_target"] for p in per]
                o = [p["orthogonal"]["steps_to_target"] for p in per]
                faster = sum((y if y is not None else np.inf) < (x if x is not None else np.inf)
                             for x, y in zip(g, o))
                row = {"setting": name, "depth": depth, "lr_fraction": frac, **st["spec"],
                       "seeds": per, "median_steps": {"gaussian": median_steps(g),
                                                      "orthogonal": median_steps(o)},
                       "reached": {"gaussian": sum(x is not None for x in g),
                                   "orthogonal": sum(x is not None for x in o)},
                       "orthogonal_faster_seeds": int(faster),
                       "median_ntk_change": {i: float(np.median([p[i]["ntk_change"] for p in per]))
                                             for i in INITS}}
                rows.append(row)
                ms = row["median_steps"]

                def f(v):
                    return "never" if v is None else f"{v:.0f}"
                print(f"{name:>9} {depth:>5} {frac:>8.2f} {f(ms['gaussian']):>11} "
                      f"{f(ms['orthogonal']):>10} "
                      f"{row['reached']['gaussian']:>5}/{row['reached']['orthogonal']:<5} "
                      f"{faster:>6}/{a.seeds:<4} {row['median_ntk_change']['gaussian']:>8.3g} "
                      f"{row['median_ntk_change']['orthogonal']:>8.3g}", flush=True)
    wall = time.perf_counter() - t0
    end_load = open("/proc/loadavg").read().split()[:3] if load else []
    print(f"wall {wall:.0f} s; loadavg at end {' '.join(end_load)}")
    RESULTS.mkdir(exist_ok=True)
    meta = {"device": describe_device(), "loadavg_start": load, "loadavg_end": end_load,
            "wall_s": wall, "steps": a.steps, "target": a.target, "n_seeds": a.seeds,
            "task": "sphere d=8, 16 training points, y = sin(2 <x, u>)",
            "settings": {k: dataclasses.asdict(MLPSpec(**v["spec"])) for k, v in SETTINGS.items()}}
    (RESULTS / a.out).write_text(json.dumps({"meta": meta, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()

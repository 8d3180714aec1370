"""Width sweep of lazy training, printed as a table and written as JSON.

    python benchmarks/dynamics.py [--widths 16,64,256,1024,4096] [--seeds 3] [--steps 200]
        [--activation relu] [--depth 1] [--param ntk] [--out dynamics_sweep.json]

Depth-1 MLP on the default great-circle task (8 training points); each width trains with
lr = eta_crit / 2 of its own NTK. Reports the final gap to the linearised model, the
relative parameter and NTK changes, and their log-log slopes against width.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jax  # noqa: E402

from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.dynamics import (SWEEP_METRICS, RegressionTask, TrainConfig, make_task,  # noqa: E402
                               width_sweep)
from ntk_core.networks.specs import MLPSpec  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="16,64,256,1024,4096")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--activation", default="relu")
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--param", default="ntk")
    ap.add_argument("--out", default="dynamics_sweep.json")
    a = ap.parse_args(argv)
    widths = [int(w) for w in a.widths.split(",")]
    data = make_task(RegressionTask())
    spec = MLPSpec(depth=a.depth, width=1, activation=a.activation, parameterization=a.param)
    t0 = time.perf_counter()
    r = width_sweep(spec, data, TrainConfig(steps=a.steps, record_every=a.steps), widths,
                    jax.random.PRNGKey(0), seeds=a.seeds)
    wall = time.perf_counter() - t0
    print(f"{describe_device()}  depth {a.depth} {a.activation} {a.param}, {a.steps} steps, "
          f"{a.seeds} seeds, {wall:.1f} s")
    print(f"{'width':>7} " + " ".join(f"{k:>13}" for k in SWEEP_METRICS))
    for i, w in enumerate(widths):
        print(f"{w:>7} " + " ".join(f"{r.mean[k][i]:>13.4g}" for k in SWEEP_METRICS))
    print(f"{'slope':>7} " + " ".join(f"{r.slopes[k]:>13.3f}" for k in SWEEP_METRICS))
    out = {"device": describe_device(), "args": vars(a), "wall_s": wall, "widths": widths,
           "mean": {k: r.mean[k].tolist() for k in SWEEP_METRICS},
           "per_seed": {k: r.metrics[k].tolist() for k in SWEEP_METRICS},
           "slopes": r.slopes}
    Path(a.out).write_text(json.dumps(out, indent=2))
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()

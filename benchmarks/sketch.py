"""NTK feature maps side by side: dense Gaussian sketch vs NTK Sketch vs leverage-score
features, against the exact analytic ReLU MLP NTK.

    python benchmarks/sketch.py [--data sphere|digits|breast_cancer|...] [--n 1000]
        [--dim 16] [--ms 256,1024,4096] [--depths 1,2,3,4] [--time-ms ""]
        [--featurise-ns 1000,10000,100000 --feat-method ntk_sketch --feat-m 4096
         --feat-depth 2] [--merge] [--out benchmarks/results/sketch]

Error table: for each depth and m, relative Frobenius error and spectral epsilon
(lam = 1 % of the mean diagonal) of ``Phi Phi^T`` against the exact NTK (W_std 1.5,
b_std 0.1, NTK parameterization: the Scale page's kernel) on ``--n`` points: uniform on
S^(dim-1) (``--data sphere``) or a bundled real set (``ntk_core.sphere.kernel_table``:
z-scored, scaled to the unit sphere as in Geifman et al. 2020, the first ``--n`` of a
fixed permutation); one draw per (method, m), methods interleaved.
Time table (``--time-ms``): draw + featurise the same points at depth ``--time-depth``
(wall clock incl. JIT; the Gaussian map only up to ``--gauss-max-m``).
Featurise table (``--featurise-ns``): one fresh subprocess per N draws ``--feat-method``'s
map and featurises N sphere points twice (first call incl. JIT, then warm); it reports
both times, the process's peak resident memory (``ru_maxrss``), the resident memory after
drawing the map and generating the input, and the feature matrix's own bytes.
``--merge`` adds this run's rows to the JSON already at ``--out`` (replacing equal keys),
so the tables can be produced in parts; the machine load is recorded with every row.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._out import write_results  # noqa: E402

from ntk_core.features import feature_map, relative_frobenius_error, spectral_epsilon  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite.analytic import mlp_kernels  # noqa: E402
from ntk_core.networks.specs import MLPSpec  # noqa: E402
from ntk_core.sphere.datasets import as_rng, normalize_to_sphere, sample_sphere  # noqa: E402

METHODS = ("gaussian", "ntk_sketch", "leverage")


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def spec_of(depth):
    return MLPSpec(depth=depth, width=1, activation="relu", W_std=1.5, b_std=0.1)


def points(data: str, n: int, dim: int, seed: int) -> np.ndarray:
    """``[n, d]`` unit-norm inputs: sphere samples or a bundled real set."""
    if data == "sphere":
        return sample_sphere(seed, n, dim)
    from ntk_core.sphere.kernel_table import load_table_dataset
    x = load_table_dataset(data)[0]
    x = x[np.sort(as_rng(seed).permutation(len(x))[:n])]
    return normalize_to_sphere(x)


def rss_mb() -> float:
    """Current resident memory of this process (MiB), from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def featurise_one(n, method, m, depth, dim, seed):
    """Run in a fresh process: time and memory of featurising ``n`` sphere points."""
    x = sample_sphere(seed, n, dim).astype(np.float32)
    t0 = time.perf_counter()
    fmap = feature_map(spec_of(depth), dim, m, seed, method=method)
    draw = time.perf_counter() - t0
    base = rss_mb()
    t0 = time.perf_counter()
    phi = fmap(x)
    first = time.perf_counter() - t0
    nbytes = phi.nbytes
    del phi
    t0 = time.perf_counter()
    phi = fmap(x)
    warm = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "method": method, "m": m, "depth": depth, "features": int(phi.shape[1]),
            "draw_s": draw, "first_s": first, "warm_s": warm, "features_mb": nbytes / 2 ** 20,
            "rss_before_mb": base, "peak_rss_mb": peak, "load": load()}


def render(rec) -> str:
    lines = [f"{rec['device']}; ReLU MLP NTK (W_std 1.5, b_std 0.1, NTK param.) against the "
             "exact analytic kernel; lam = 1 % of mean diag K; one draw per cell"]
    errs = rec.get("errors", [])
    for data in sorted({r.get("data", "sphere") for r in errs}, key=lambda s: s != "sphere"):
        rows = [r for r in errs if r.get("data", "sphere") == data]
        n, d = rows[0].get("n", 1000), rows[0].get("d", 16)
        what = f"{n} points uniform on S^{d - 1}" if data == "sphere" else \
            f"{data}: {n} points, d = {d}, z-scored and on the unit sphere"
        lines += ["", what, f"{'depth':>5} {'m':>6} " + " ".join(
            f"{mt + ' frob':>16} {'eps':>6}" for mt in METHODS) + f" {'load':>6}"]
        for depth in sorted({r["depth"] for r in rows}):
            for m in sorted({r["m"] for r in rows if r["depth"] == depth}):
                cells, ld = [], "-"
                for mt in METHODS:
                    r = [r for r in rows if (r["depth"], r["m"], r["method"]) == (depth, m, mt)]
                    cells.append(f"{r[0]['frob']:>16.4f} {r[0]['eps']:>6.2f}" if r else
                                 f"{'-':>16} {'-':>6}")
                    ld = r[0].get("load", ld) if r else ld
                lines.append(f"{depth:>5} {m:>6} " + " ".join(cells) + f" {ld:>6}")
    times = rec.get("times", [])
    if times:
        lines += ["", f"time to draw + featurise 1000 sphere points, depth "
                  f"{times[0]['depth']} (incl. JIT)",
                  f"{'m':>6} {'method':>11} {'seconds':>8} {'load':>6} {'vs gaussian':>11}"]
        for r in times:
            g = [q for q in times if q["m"] == r["m"] and q["method"] == "gaussian"]
            ratio = f"{g[0]['seconds'] / r['seconds']:>10.1f}x" if g else f"{'-':>11}"
            lines.append(f"{r['m']:>6} {r['method']:>11} {r['seconds']:>8.2f} {r['load']:>6} "
                         f"{ratio}")
    feats = rec.get("featurise", [])
    if feats:
        lines += ["", "featurise N points on S^15 (one fresh process per row): draw the map, "
                  "first call (incl. JIT), warm call; peak RSS = the process's ru_maxrss "
                  "(Python + JAX + input + features), RSS before = after drawing the map "
                  "and the input",
                  f"{'N':>7} {'method':>11} {'depth':>5} {'m':>6} {'draw s':>7} {'first s':>8} "
                  f"{'warm s':>7} {'feat MiB':>9} {'RSS before':>10} {'peak RSS':>9} "
                  f"{'load':>6}"]
        for r in sorted(feats, key=lambda r: (r["method"], r["depth"], r["m"], r["n"])):
            lines.append(f"{r['n']:>7} {r['method']:>11} {r['depth']:>5} {r['m']:>6} "
                         f"{r['draw_s']:>7.2f} {r['first_s']:>8.2f} {r['warm_s']:>7.2f} "
                         f"{r['features_mb']:>9.1f} {r['rss_before_mb']:>10.0f} "
                         f"{r['peak_rss_mb']:>9.0f} {r['load']:>6}")
    return "\n".join(lines)


def merge(old: list, new: list, keys) -> list:
    """``old + new`` with one row per key, the later one kept."""
    rows = {tuple(r.get(k) for k in keys): r for r in old + new}
    return list(rows.values())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="sphere")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--dim", type=int, default=16)
    ap.add_argument("--ms", default="256,1024,4096")
    ap.add_argument("--depths", default="1,2,3,4")
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--time-ms", default="")
    ap.add_argument("--time-depth", type=int, default=4)
    ap.add_argument("--gauss-max-m", type=int, default=8192)
    ap.add_argument("--featurise-ns", default="")
    ap.add_argument("--feat-method", default="ntk_sketch")
    ap.add_argument("--feat-m", type=int, default=4096)
    ap.add_argument("--feat-depth", type=int, default=2)
    ap.add_argument("--featurise-one", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/sketch"))
    a = ap.parse_args(argv)
    if a.featurise_one:
        print(json.dumps(featurise_one(a.featurise_one, a.feat_method, a.feat_m, a.feat_depth,
                                       a.dim, a.seed)))
        return
    err_rows, time_rows, feat_rows = [], [], []
    methods = a.methods.split(",")
    if a.depths and a.ms:
        x = points(a.data, a.n, a.dim, a.seed)
        for depth in [int(v) for v in a.depths.split(",")]:
            spec = spec_of(depth)
            k = mlp_kernels(spec, x).ntk
            lam = 1e-2 * float(np.mean(np.diag(k)))
            for m in [int(v) for v in a.ms.split(",")]:
                for method in methods:
                    if method == "gaussian" and m > a.gauss_max_m and depth > 2:
                        continue
                    phi = feature_map(spec, x.shape[1], m, a.seed, method=method)(x)
                    row = {"data": a.data, "n": len(x), "d": x.shape[1], "depth": depth,
                           "m": m, "method": method, "dim": phi.shape[1],
                           "frob": relative_frobenius_error(k, phi),
                           "eps": spectral_epsilon(k, phi, lam), "load": load()}
                    err_rows.append(row)
                    print(row, flush=True)
    if a.time_ms:
        x = sample_sphere(a.seed, a.n, a.dim)
        spec = spec_of(a.time_depth)
        for m in [int(v) for v in a.time_ms.split(",")]:
            for method in methods:
                if method == "gaussian" and m > a.gauss_max_m:
                    continue
                t0 = time.perf_counter()
                phi = feature_map(spec, a.dim, m, a.seed + 1, method=method)(x)
                sec = time.perf_counter() - t0
                row = {"depth": a.time_depth, "m": m, "method": method, "seconds": sec,
                       "load": load(), "features_mb": phi.nbytes / 2 ** 20}
                time_rows.append(row)
                print(row, flush=True)
    for n in [int(v) for v in a.featurise_ns.split(",") if v]:
        out = subprocess.run(
            [sys.executable, __file__, "--featurise-one", str(n), "--feat-method",
             a.feat_method, "--feat-m", str(a.feat_m), "--feat-depth", str(a.feat_depth),
             "--dim", str(a.dim), "--seed", str(a.seed)],
            capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        feat_rows.append(row)
        print(row, flush=True)
    rec = {"device": describe_device(), "errors": err_rows, "times": time_rows,
           "featurise": feat_rows}
    path = Path(a.out).with_suffix(".json")
    if a.merge and path.exists():
        old = json.loads(path.read_text())
        for r in old.get("errors", []):
            r.setdefault("data", "sphere")
        rec["errors"] = merge(old.get("errors", []), err_rows, ("data", "depth", "m", "method"))
        rec["times"] = merge(old.get("times", []), time_rows, ("depth", "m", "method"))
        rec["featurise"] = merge(old.get("featurise", []), feat_rows,
                                 ("n", "method", "m", "depth"))
    rec["runs"] = (json.loads(path.read_text()).get("runs", []) if a.merge and path.exists()
                   else []) + [vars(a)]
    write_results(a.out, render(rec), rec)


if __name__ == "__main__":
    main()

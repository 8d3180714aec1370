"""Infinite-width CNN-GAP kernel: ours (jitted float64 JAX) against neural-tangents 0.6.5.

    python benchmarks/infinite_vs_neural_tangents.py [--ns 32,64,128] [--repeats 3]
        [--before 32] [--out benchmarks/results/infinite_vs_neural_tangents]

Network: two 3x3 SAME ReLU conv layers of 64 channels, global average pooling, Dense(1)
(NTK parameterization, W_std = 1, b_std = 0); inputs N images of 16x16x3 (standard normal,
seed 0); both kernels ('nngp' and 'ntk') of x with itself, float64. neural-tangents runs
in a subprocess of the venv at ``/tmp/ntvenv`` (built with
``../shared/tools/setup_neural_tangents.sh`` when missing) with ``jax_enable_x64``, its
``kernel_fn`` jitted; ours is :func:`ntk_core.infinite.analytic.cnn_kernels`. Above 32 images
neural-tangents' whole-batch kernel does not fit in memory (N = 128 asks for 60 GB), so
it runs through its own ``nt.batch`` in 32 x 32 blocks there (marked in the table). Both are
timed warm (one untimed call first), best of ``--repeats``, in the same run, one after
the other for each N. "before" is the numpy recursion (``engine="numpy"``, the previous
implementation) for the sizes in ``--before``. Writes ``OUT.txt`` and ``OUT.json``.
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

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _nt  # noqa: E402  (the neural-tangents venv, shared with vs_neural_tangents.py)

from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.infinite.analytic import cnn_kernels  # noqa: E402
from ntk_core.networks.specs import CNNSpec, ConvLayer  # noqa: E402

NT_VENV = Path(os.environ.get("NT_VENV", "/tmp/ntvenv"))

NT_SCRIPT = r'''
import json, sys, time
import numpy as np
from jax import config
config.update("jax_enable_x64", True)
import jax
import neural_tangents as nt
from neural_tangents import stax
inp, out, ns, repeats = sys.argv[1], sys.argv[2], [int(a) for a in sys.argv[3].split(",")], int(sys.argv[4])
batch = int(sys.argv[5])
x_all = np.load(inp)
_, _, kernel_fn = stax.serial(stax.Conv(64, (3, 3), padding="SAME"), stax.Relu(),
                              stax.Conv(64, (3, 3), padding="SAME"), stax.Relu(),
                              stax.GlobalAvgPool(), stax.Dense(1))
jitted = jax.jit(kernel_fn, static_argnames="get")
res, kernels = {}, {}
for n in ns:
    # whole-batch kernel_fn holds N^2 (HW)^2 covariances at once (N = 128 asks for 60 GB):
    # above `batch` images use neural-tangents' own batching, batch x batch blocks
    kf = jitted if n <= batch else nt.batch(jitted, batch_size=batch, device_count=0,
                                            store_on_device=False)
    x = jax.numpy.asarray(x_all[:n])
    t0 = time.perf_counter(); jax.block_until_ready(kf(x, None, get=("nngp", "ntk")))
    first = time.perf_counter() - t0
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter(); k = jax.block_until_ready(kf(x, None, get=("nngp", "ntk")))
        times.append(time.perf_counter() - t0)
    res[n] = {"first_s": first, "times_s": times, "nt_batched": n > batch}
    kernels[f"nngp_{n}"], kernels[f"ntk_{n}"] = np.asarray(k.nngp), np.asarray(k.ntk)
np.savez(out + ".npz", **kernels)
json.dump({"jax": jax.__version__, "x64": bool(config.jax_enable_x64), "results": res},
          open(out + ".json", "w"))
'''


def run_nt(x: np.ndarray, ns, repeats: int, batch: int = 32):
    """Time neural-tangents in its own venv: ``(record, {name: kernel})``."""
    py = _nt.ensure_venv(str(NT_VENV))
    with tempfile.TemporaryDirectory() as d:
        inp, out = os.path.join(d, "x.npy"), os.path.join(d, "nt")
        np.save(inp, x)
        r = subprocess.run([str(py), "-c", NT_SCRIPT, inp, out, ",".join(map(str, ns)),
                            str(repeats), str(batch)], capture_output=True, text=True, env=_nt._env())
        if r.returncode != 0:
            raise RuntimeError(f"neural-tangents subprocess failed:\n{r.stderr[-3000:]}")
        rec = json.load(open(out + ".json"))
        ker = dict(np.load(out + ".npz"))
    return rec, ker


def time_ours(x, spec, repeats, engine="auto"):
    """``(first_s, times_s, kernels)`` of our kernel (``engine``) on ``x``."""
    t0 = time.perf_counter()
    k = cnn_kernels(spec, x, engine=engine)
    first = time.perf_counter() - t0
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        k = cnn_kernels(spec, x, engine=engine)
        times.append(time.perf_counter() - t0)
    return first, times, k


def stage_profile(spec, x, repeats=20):
    """Where our time goes: each compiled stage of one block (input covariance, each
    layer) timed alone, per example pair and per position pair (ns)."""
    import jax
    from ntk_core.infinite import cnn
    from ntk_core.infinite.dual import enable_x64
    b = cnn.pair_block_size(spec, x.shape)
    with enable_x64():
        v = cnn._self_variances(spec, x[:b])
        st = cnn._compiled(cnn._config(spec, x.shape), b, tuple(jax.local_devices()),
                           tuple(a.shape[1:] for a in v))
        xs = jax.device_put(x[None, :b], st.shard)
        vs = [jax.device_put(a[None], st.shard) for a in v]
        q, t = st.cov(xs, xs), None
        stages = [("input covariance", lambda: st.cov(xs, xs))]
        for i, fn in enumerate(st.layers):
            stages.append((f"layer {i + 1} (window means + dual)",
                           lambda fn=fn, q=q, t=t, i=i: fn(q, t, vs[i], vs[i])))
            if i < len(st.layers) - 1:
                q, t = fn(q, t, vs[i], vs[i])
        out = []
        pos_pairs = (x.shape[1] * x.shape[2]) ** 2
        for name, f in stages:
            jax.block_until_ready(f())
            t0 = time.perf_counter()
            for _ in range(repeats):
                jax.block_until_ready(f())
            per_pair = (time.perf_counter() - t0) / repeats / b ** 2
            out.append({"stage": name, "us_per_example_pair": per_pair * 1e6,
                        "ns_per_position_pair": per_pair / pos_pairs * 1e9})
    return {"block": b, "stages": out}


def profile_lines(prof, separate=False):
    head = (f"profile (block {prof['block']}x{prof['block']} pairs, 256^2 position pairs per "
            f"example pair{', measured in a separate run' if separate else ''}):")
    return [head] + [f"  {p['stage']:<36} {p['us_per_example_pair']:>8.0f} us/pair "
                     f"{p['ns_per_position_pair']:>6.2f} ns/position pair"
                     for p in prof["stages"]]


def rel(a, b):
    return float(np.max(np.abs(a - b)) / np.max(np.abs(b)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ns", default="32,64,128")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--before", default="32", help="sizes for the numpy engine ('' = none)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/infinite_vs_neural_tangents"))
    ap.add_argument("--profile-only", action="store_true",
                    help="only (re)measure the stage profile and add it to existing OUT files")
    a = ap.parse_args(argv)
    ns = [int(n) for n in a.ns.split(",")]
    before = [int(n) for n in a.before.split(",") if n]
    spec = CNNSpec(layers=(ConvLayer(64, 3), ConvLayer(64, 3)), activation="relu",
                   readout="gap", W_std=1.0, b_std=0.0)
    x_all = np.random.default_rng(0).standard_normal((max(ns), 16, 16, 3))
    out = Path(a.out)
    if a.profile_only:
        rec = json.loads(out.with_suffix(".json").read_text())
        rec["profile"] = prof = stage_profile(spec, x_all[:32])
        text = out.with_suffix(".txt").read_text().split("profile (")[0].rstrip("\n")
        text = "\n".join([text] + profile_lines(prof, separate=True))
        out.with_suffix(".txt").write_text(text + "\n")
        out.with_suffix(".json").write_text(json.dumps(rec, indent=2))
        print(text)
        return
    rows = []
    for n in ns:  # interleaved per N, so both see the same machine load
        x = x_all[:n]
        nt_rec, nt_k = run_nt(x, [n], a.repeats)
        first, times, k = time_ours(x, spec, a.repeats)
        nt = nt_rec["results"][str(n)]
        row = {"n": n, "ours_s": min(times), "ours_first_s": first, "ours_times_s": times,
               "nt_s": min(nt["times_s"]), "nt_first_s": nt["first_s"],
               "nt_times_s": nt["times_s"], "nt_batched": nt["nt_batched"],
               "ratio_ours_over_nt": min(times) / min(nt["times_s"]),
               "rel_err_ntk_vs_nt": rel(k.ntk, nt_k[f"ntk_{n}"]),
               "rel_err_nngp_vs_nt": rel(k.nngp, nt_k[f"nngp_{n}"])}
        if n in before:
            bf, bt, kb = time_ours(x, spec, 1, engine="numpy")
            row.update(before_numpy_s=min(bt), speedup_vs_before=min(bt) / min(times),
                       rel_err_ntk_vs_numpy=rel(k.ntk, kb.ntk))
        rows.append(row)
    head = (f"{describe_device()}; CNN-GAP kernel, 2x [Conv 3x3 SAME 64, ReLU] + GAP + Dense, "
            f"16x16x3 images, float64, nngp+ntk, warm, best of {a.repeats}\n"
            f"neural-tangents 0.6.5 on jax {nt_rec['jax']} (x64={nt_rec['x64']}) in "
            f"{NT_VENV}")
    lines = [head, f"{'N':>5} {'ours s':>9} {'NT s':>9} {'NT mode':>8} {'ours/NT':>8} {'before s':>9} "
                   f"{'speed-up':>9} {'|dNTK| vs NT':>13} {'vs numpy':>10}"]
    for r in rows:
        mode = "nt.batch" if r["nt_batched"] else "whole"
        lines.append(f"{r['n']:>5} {r['ours_s']:>9.3f} {r['nt_s']:>9.3f} {mode:>8} "
                     f"{r['ratio_ours_over_nt']:>8.3f} {r.get('before_numpy_s', float('nan')):>9.2f} "
                     f"{r.get('speedup_vs_before', float('nan')):>9.1f} "
                     f"{r['rel_err_ntk_vs_nt']:>13.1e} "
                     f"{r.get('rel_err_ntk_vs_numpy', float('nan')):>10.1e}")
    prof = stage_profile(spec, x_all[:32])
    lines += profile_lines(prof)
    text = "\n".join(lines)
    print(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".txt").write_text(text + "\n")
    out.with_suffix(".json").write_text(json.dumps(
        {"device": describe_device(), "args": vars(a), "neural_tangents": nt_rec,
         "rows": rows, "profile": prof}, indent=2))
    print(f"wrote {out}.txt and .json")


if __name__ == "__main__":
    main()

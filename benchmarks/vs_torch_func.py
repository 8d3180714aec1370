"""Side by side with PyTorch's torch.func: the official "Neural Tangent Kernels" recipes.

What a user picks today instead of the archived neural-tangents: the torch.func tutorial's
two recipes, eager PyTorch on the CPU, in its own venv (``--setup`` or a missing venv
builds it with ``../shared/tools/setup_torch_cpu.sh``; ``TORCH_VENV``, default
``/tmp/torchvenv``), driven as a worker process (benchmarks/_nt.py's ``Worker``):

* JC: per-example Jacobians ``vmap(jacrev(f_single), (None, 0))`` over each batch, then
  ``einsum('Naf,Mbf->NMab')`` summed over the parameter tensors (trace: ``'Naf,Maf->NM'``);
* NVP: for every pair, a VJP of ``x2``'s output along each basis vector and a JVP of
  ``x1`` along the result, vmapped over the basis, x2 and x1 (trace: the full kernel's
  diagonal mean).

Both sides get the same networks and the same weights (NTK parameterization, relu, ``W_std
1.5, b_std 0.05``; conv weights transposed HWIO -> OIHW, which leaves the kernel
unchanged), the kernels are compared, and the calls are timed alternately, round by round
in one run, on the same threads (``torch.set_num_threads`` = this machine's cores): ours is
the user's call ``compute_ntk(f, params, x1, x2, method="auto", output=...)`` end to end
(warm: compiled code cached), torch is each recipe's eager call. The minimum over the
rounds is kept. Cells: ours / best torch recipe (< 1: ours faster), target <= 0.5.
A torch recipe whose buffers would exceed ``TORCH_LIMIT_BYTES`` (per-example Jacobians
``(N1 + N2) O P`` floats, or NVP's ``N1 N2 O P``) is skipped and marked.

Usage: python benchmarks/vs_torch_func.py [--reps 5] [--cases 0,2] [--setup]
Writes benchmarks/results/vs_torch_func.{txt,json}.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import jax
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from _nt import Worker  # noqa: E402
from vs_neural_tangents import B_STD, W_STD, n_params, ours, second_batch  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.finite.empirical import compute_ntk  # noqa: E402

TORCH_VENV = os.environ.get("TORCH_VENV", "/tmp/torchvenv")
SETUP = os.path.join(os.path.dirname(HERE), "..", "shared", "tools", "setup_torch_cpu.sh")
TORCH_LIMIT_BYTES = float(os.environ.get("TORCH_LIMIT_BYTES", 2.0e9))  # per torch buffer,
# on the shared 24 GiB machine (raise it when the machine is yours alone)
TARGET = 0.5
INNER_S, INNER_MAX = 0.05, 10

MLP = dict(kind="mlp", d_in=32, out=10)
CNN = dict(kind="cnn", c_in=3, out=10)
CASES = [
    dict(MLP, name="MLP 3x512 N=16", depth=3, width=512, n=16),
    dict(MLP, name="MLP 3x512 N=64", depth=3, width=512, n=64),
    dict(MLP, name="MLP 2x2048 N=8", depth=2, width=2048, n=8),
    dict(CNN, name="CNN 3x64 16x16 GAP N=4", depth=3, channels=64, hw=16, n=4),
    dict(CNN, name="CNN 2x32 8x8 GAP N=16", depth=2, channels=32, hw=8, n=16),
    dict(name="WRN block 32ch 8x8x16 N=4", kind="wrn", channels=32, hw=8, c_in=16, out=10,
         n=4),
]
CASES = CASES + [dict(c, name=c["name"] + " x1!=x2", n2=c["n"]) for c in CASES]

TORCH_CODE = r'''
import math, time
import numpy as np
import torch
import torch.nn.functional as F
from torch.func import jacrev, jvp, vjp, vmap

torch.set_num_threads(THREADS)
WS, BS = W_STD_, B_STD_
_B = {}

def dense(W, b, h):
    return WS / math.sqrt(h.shape[-1]) * (h @ W) + BS * b

def conv(W, b, h):                                   # W: OIHW, 3x3 SAME, stride 1
    z = F.conv2d(h, W, padding=1)
    return WS / math.sqrt(h.shape[1] * 9) * z + BS * b[:, None, None]

def net(kind):
    if kind == "mlp":
        def f(p, x):
            h = x
            for i, (W, b) in enumerate(p):
                h = dense(W, b, h)
                h = torch.relu(h) if i < len(p) - 1 else h
            return h
    elif kind == "cnn":
        def f(p, x):
            h = x
            for W, b in p[:-1]:
                h = torch.relu(conv(W, b, h))
            return dense(*p[-1], h.mean((2, 3)))
    else:
        def f(p, x):
            h = conv(*p[0], x)
            r = conv(*p[2], torch.relu(conv(*p[1], torch.relu(h))))
            return dense(*p[3], torch.relu(h + r).mean((2, 3)))
    return f

def recipes(f, trace):
    single = lambda p, x: f(p, x.unsqueeze(0)).squeeze(0)

    def jc(p, x1, x2):
        jac = lambda x: [j.flatten(2) for j in
                         torch.utils._pytree.tree_leaves(vmap(jacrev(single), (None, 0))(p, x))]
        j1 = jac(x1)
        j2 = j1 if x2 is None else jac(x2)
        if trace:
            return sum(torch.einsum("Naf,Maf->NM", a, b) for a, b in zip(j1, j2)) / j1[0].shape[1]
        return sum(torch.einsum("Naf,Mbf->NMab", a, b) for a, b in zip(j1, j2))

    def nvp(p, x1, x2):
        x2 = x1 if x2 is None else x2
        def pair(a, b):
            out, back = vjp(lambda q: single(q, b), p)
            def column(v):
                return jvp(lambda q: single(q, a), (p,), back(v))[1]
            return vmap(column)(torch.eye(out.numel(), dtype=out.dtype))
        k = vmap(vmap(pair, (None, 0)), (0, None))(x1, x2)      # [N1, N2, O(b), O(a)]
        k = k.transpose(2, 3)
        return torch.einsum("NMaa->NM", k) / k.shape[-1] if trace else k
    return {"JC": jc, "NVP": nvp}

def handle(m):
    cmd = m["cmd"]
    if cmd == "build":
        z = np.load(m["npz"])
        kind = m["kind"]
        p = []
        for i in range(m["layers"]):
            W = torch.from_numpy(z[f"W{i}"])
            if W.ndim == 4:
                W = W.permute(3, 2, 0, 1).contiguous()          # HWIO -> OIHW
            p.append((W, torch.from_numpy(z[f"b{i}"])))
        to_t = lambda a: torch.from_numpy(a if a.ndim == 2 else a.transpose(0, 3, 1, 2).copy())
        x1 = to_t(z["x1"])
        x2 = to_t(z["x2"]) if "x2" in z.files else None
        _B[m["id"]] = (recipes(net(kind), m["trace"]), tuple(p), x1, x2)
        return {}
    if cmd == "time":
        r, p, x1, x2 = _B[m["id"]]
        f = r[m["recipe"]]
        ts = []
        for _ in range(m.get("reps", 1)):
            t0 = time.perf_counter(); f(p, x1, x2); ts.append(time.perf_counter() - t0)
        return {"times": ts}
    if cmd == "kernel":
        r, p, x1, x2 = _B[m["id"]]
        np.save(m["path"], r[m["recipe"]](p, x1, x2).numpy())
        return {}
    if cmd == "drop":
        _B.pop(m["id"], None); return {}
    if cmd == "info":
        return {"torch": torch.__version__, "threads": torch.get_num_threads()}
    raise ValueError(cmd)
'''


def torch_python(setup=False):
    py = os.path.join(TORCH_VENV, "bin", "python")
    ok = os.path.exists(py) and subprocess.run([py, "-c", "import torch"],
                                               capture_output=True).returncode == 0
    if setup or not ok:
        print(f"building the PyTorch venv in {TORCH_VENV} (a few minutes) ...", flush=True)
        subprocess.run(["bash", SETUP, TORCH_VENV], check=True)
    return py


def save_case(c, params, x1, x2, path):
    arrays = {"x1": np.asarray(x1)}
    if x2 is not None:
        arrays["x2"] = np.asarray(x2)
    for i, layer in enumerate(params):
        arrays[f"W{i}"] = np.asarray(layer["W"])
        arrays[f"b{i}"] = np.asarray(layer["b"])
    np.savez(path, **arrays)
    return len(params)


def wall(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


def bench_case(w, c, reps, tmp):
    apply_fn, params, x1 = ours(c)
    x2 = second_batch(c, x1)
    n1, n2 = c["n"], c.get("n2") or c["n"]
    P, O = n_params(params), c["out"]
    npz = os.path.join(tmp, "case.npz")
    layers = save_case(c, params, x1, x2, npz)
    rows = []
    for output in ("trace", "full"):
        trace = output == "trace"
        res = compute_ntk(apply_fn, params, x1, x2, output=output)     # compile, decide
        row = {"case": c["name"], "output": output, "N1": n1, "N2": n2, "O": O, "P": P,
               "ours_method": res.method}
        bid = f"{c['name']}|{output}"
        w.call({"cmd": "build", "id": bid, "kind": c["kind"], "layers": layers, "npz": npz,
                "trace": trace})
        need = {"JC": (n1 + (n2 if x2 is not None else 0)) * O * P * 4,
                "NVP": n1 * n2 * O * P * 4}
        recipes = [r for r in ("JC", "NVP") if need[r] <= TORCH_LIMIT_BYTES]
        row["skipped"] = {r: f"{need[r] / 1e9:.1f} GB > {TORCH_LIMIT_BYTES / 1e9:.0f} GB"
                          for r in ("JC", "NVP") if r not in recipes}
        for r in recipes:                                           # same weights: agree?
            path = os.path.join(tmp, "k.npy")
            w.call({"cmd": "kernel", "id": bid, "recipe": r, "path": path})
            k_t = np.load(path)
            row[f"rel_diff_{r}"] = float(np.linalg.norm(res.kernel - k_t) / np.linalg.norm(k_t))

        def ours_once():
            return wall(lambda: compute_ntk(apply_fn, params, x1, x2, output=output))
        first = {"ours": ours_once()}
        for r in recipes:
            first[r] = w.call({"cmd": "time", "id": bid, "recipe": r})["times"][0]
        inner = int(min(INNER_MAX, max(1, INNER_S // max(first.values()))))
        times = {k: [v] for k, v in first.items()}
        for rnd in range(1, reps):                      # alternate; the first side rotates
            order = ["ours"] + recipes
            order = order[rnd % len(order):] + order[:rnd % len(order)]
            for side in order:
                if side == "ours":
                    times["ours"].append(min(ours_once() for _ in range(inner)))
                else:
                    times[side].append(min(w.call({"cmd": "time", "id": bid, "recipe": side,
                                                   "reps": inner})["times"]))
        w.call({"cmd": "drop", "id": bid})
        best = {k: min(v) for k, v in times.items()}
        row.update({f"{k}_s": v for k, v in best.items()}, calls_per_round=inner, all=times)
        if recipes:
            b = min(recipes, key=lambda r: best[r])
            row.update(best_torch=b, ratio=best["ours"] / best[b])
        rows.append(row)
        cells = "  ".join(f"{k} {v * 1e3:8.2f} ms" for k, v in best.items())
        print(f"  {output:5s} {cells}  ratio {row.get('ratio', float('nan')):.2f} "
              f"(ours: {res.method})", flush=True)
    return rows


def table(rows):
    head = f"{'case':34s} {'output':6s} {'ours/best':>9s} {'ours ms':>9s} {'JC ms':>9s} " \
           f"{'NVP ms':>9s}  ours method"
    lines = [head]
    for r in rows:
        cell = lambda k: (f"{r[k + '_s'] * 1e3:9.3g}" if k + "_s" in r  # noqa: E731
                          else f"{'skipped':>9s}")
        ratio = r.get("ratio")
        mark = "" if ratio is not None and ratio <= TARGET else "*"
        lines.append(f"{r['case']:34s} {r['output']:6s} "
                     f"{(f'{ratio:.2f}' if ratio is not None else '-'):>8s}{mark:1s} "
                     f"{cell('ours')} {cell('JC')} {cell('NVP')}  {r['ours_method']}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--cases", default=None, help="comma-separated case indices")
    ap.add_argument("--setup", action="store_true", help="(re)build the PyTorch venv first")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "vs_torch_func"))
    a = ap.parse_args(argv)
    idx = [int(i) for i in a.cases.split(",")] if a.cases else list(range(len(CASES)))
    py = torch_python(a.setup)
    code = TORCH_CODE.replace("THREADS", str(os.cpu_count())).replace(
        "W_STD_", repr(W_STD)).replace("B_STD_", repr(B_STD))
    t_start, load = time.perf_counter(), os.getloadavg()
    rows = []
    with Worker(code, python_exe=py) as w, tempfile.TemporaryDirectory() as tmp:
        info = w.call({"cmd": "info"})
        print(f"torch {info['torch']} ({info['threads']} threads) vs ours on jax "
              f"{jax.__version__}; {describe_device()}; load average {load[0]:.2f}", flush=True)
        for n_done, i in enumerate(idx, 1):
            print(CASES[i]["name"], flush=True)
            rows += bench_case(w, CASES[i], a.reps, tmp)
            write(a, info, rows, load, t_start, f"{n_done} of {len(idx)} cases")


def write(a, info, rows, load, t_start, done):
    """The table and JSON so far (rewritten after every case)."""
    worst = max((v for r in rows for k, v in r.items() if k.startswith("rel_diff")),
                default=float("nan"))
    end_load = os.getloadavg()
    text = (f"ours (compute_ntk, method='auto', end to end) / best torch.func recipe "
            f"(torch {info['torch']}, eager, {info['threads']} threads); jax "
            f"{jax.__version__}; {describe_device()}\n"
            f"min over {a.reps} rounds, alternating in one run (a round: one call per side, "
            f"or up to {INNER_MAX} back to back for calls under {INNER_S * 1e3:.0f} ms); "
            f"* = above the target {TARGET}\n"
            f"load average {load[0]:.2f} at start, {end_load[0]:.2f} at end on "
            f"{os.cpu_count()} cores (above ~2, other jobs shared the machine)\n\n"
            + table(rows) +
            f"\n\nkernels on identical weights (float32): largest relative difference ours "
            f"vs a torch recipe = {worst:.1e}\n"
            f"total benchmark time {time.perf_counter() - t_start:.0f} s ({done})\n")
    print("\n" + text)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out + ".txt", "w") as f:
        f.write(text)
    with open(a.out + ".json", "w") as f:
        json.dump({"torch": info, "jax": jax.__version__, "device": describe_device(),
                   "reps": a.reps, "load_average_start": load[0],
                   "load_average_end": end_load[0], "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()

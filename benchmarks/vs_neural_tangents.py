"""Side by side with neural-tangents 0.6.5: the three finite-width methods, same networks.

neural-tangents (NT) runs in its own venv on JAX 0.4.23 (benchmarks/_nt.py builds it when
missing) as a worker process; ours runs here on the current JAX. For every case, output
mode (trace / full) and method, both libraries compile their kernel function (NT:
``jax.jit(nt.empirical_ntk_fn(apply_fn, trace_axes, vmap_axes=0, implementation=1/2/3))``
on a stax network; ours: the method's kernel function, as ``compute_ntk`` compiles it, on
an identical architecture), then the two are timed *alternately*, one call each per round,
warm, and the minimum over the rounds is kept (the machine is shared: alternation makes
both see the same load). Time comparisons need the same shapes, not the same weights;
separately, the kernels are checked to agree on identical weights (params sent as .npz).

Usage: python benchmarks/vs_neural_tangents.py [--quick] [--reps 5] [--cases 0,2]
Prints the ratio table (ours / NT, < 1 means ours is faster) and writes
benchmarks/results/vs_neural_tangents{,_quick}.{txt,json}. ``--runtime`` instead times
one pure-JAX program (per-example Jacobians, per-pair NVP) on both JAX versions and writes
``..._runtime.{txt,json}``: what the JAX / XLA runtime alone contributes to a ratio.
The reusable subprocess helper (venv build, one-shot scripts, a persistent worker) is
benchmarks/_nt.py.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time

import jax
import jax.numpy as jnp
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _nt import Worker  # noqa: E402
from ntk_core.finite.devices import compile_lowered, describe_device  # noqa: E402
from ntk_core.finite.empirical import resolve_batch_axis  # noqa: E402
from ntk_core.finite.methods import kernel_fn  # noqa: E402
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec  # noqa: E402

W_STD, B_STD = 1.5, 0.05
METHODS = {"jacobian_contraction": 1, "ntk_vector_products": 2, "structured_derivatives": 3}
SHORT = {"jacobian_contraction": "JC", "ntk_vector_products": "NVP",
         "structured_derivatives": "SD"}
TARGET = {"JC": 1.0, "NVP": 1.0, "SD": 0.8}
# Calls shorter than INNER_S / 2 are timed INNER_S seconds' worth (at most INNER_MAX calls)
# per side and round, keeping each round's fastest call.
INNER_S, INNER_MAX = 0.05, 20
# Jacobians / NVP tangents take N O P floats in both libraries; above this we skip JC, NVP
JAC_LIMIT_BYTES = 4e9

CASES = [
    dict(name="MLP 3x512 relu N=16", kind="mlp", depth=3, width=512, d_in=32, out=10, n=16),
    dict(name="MLP 2x2048 relu N=8", kind="mlp", depth=2, width=2048, d_in=32, out=10, n=8),
    dict(name="CNN 3x64 3x3 16x16x3 GAP N=4", kind="cnn", depth=3, channels=64, hw=16,
         c_in=3, out=10, n=4),
    # N=1: at N=2 the Jacobians / tangents (N O P floats) would take 3.5 GB in each library
    dict(name="MLP 5x1024 relu O=100 N=1", kind="mlp", depth=5, width=1024, d_in=32, out=100,
         n=1),
    dict(name="WRN block 32ch 8x8x16 N=4", kind="wrn", channels=32, hw=8, c_in=16, out=10,
         n=4),
    dict(name="MLP 3x512 relu N=64", kind="mlp", depth=3, width=512, d_in=32, out=10, n=64),
    dict(name="MLP 2x2048 relu N=64", kind="mlp", depth=2, width=2048, d_in=32, out=10, n=64),
]
# K(x1, x2) with x1 != x2 (a test-vs-train kernel): the same networks, ``n2`` examples in x2
# drawn independently of x1 (N1 = N2, and N1 != N2 in both directions).
PAIR_CASES = [
    dict(CASES[0], name="MLP 3x512 N=16 x1!=x2", n2=16),
    dict(CASES[1], name="MLP 2x2048 N=8 x1!=x2", n2=8),
    dict(CASES[2], name="CNN 3x64 GAP N=4 x1!=x2", n2=4),
    dict(CASES[4], name="WRN block N=4 x1!=x2", n2=4),
    dict(CASES[0], name="MLP 3x512 N1=16 N2=64", n2=64),
    dict(CASES[2], name="CNN 3x64 GAP N1=4 N2=8", n2=8),
    dict(CASES[2], name="CNN 3x64 GAP N1=8 N2=4", n=8, n2=4),
]
CASES = CASES + PAIR_CASES
QUICK = [0, 2, 4]

NT_CODE = r'''
import time
import numpy as np
import jax, jax.numpy as jnp
import neural_tangents as nt
from neural_tangents import stax

WS, BS = 1.5, 0.05
_K = {}

def net(c):
    dense = lambda n: stax.Dense(n, W_std=WS, b_std=BS, parameterization="ntk")
    conv = lambda: stax.Conv(c["channels"], (3, 3), padding="SAME", W_std=WS, b_std=BS,
                             parameterization="ntk")
    if c["kind"] == "mlp":
        layers = []
        for _ in range(c["depth"]):
            layers += [dense(c["width"]), stax.Relu()]
        return stax.serial(*layers, dense(c["out"]))
    if c["kind"] == "cnn":
        layers = []
        for _ in range(c["depth"]):
            layers += [conv(), stax.Relu()]
        return stax.serial(*layers, stax.GlobalAvgPool(), dense(c["out"]))
    block = stax.serial(stax.FanOut(2), stax.parallel(
        stax.serial(stax.Relu(), conv(), stax.Relu(), conv()), stax.Identity()), stax.FanInSum())
    return stax.serial(conv(), block, stax.Relu(), stax.GlobalAvgPool(), dense(c["out"]))

def xshape(c, n=None):
    n = c["n"] if n is None else n
    return (n, c["d_in"]) if c["kind"] == "mlp" else (n, c["hw"], c["hw"], c["c_in"])

def handle(m):
    cmd = m["cmd"]
    if cmd == "build":
        c = m["case"]
        init_fn, apply_fn, _ = net(c)
        x = jax.random.normal(jax.random.PRNGKey(1), xshape(c), jnp.float32)
        x2 = (None if c.get("n2") is None else
              jax.random.normal(jax.random.PRNGKey(2), xshape(c, c["n2"]), jnp.float32))
        _, params = init_fn(jax.random.PRNGKey(0), x.shape)
        if m.get("npz"):
            z = np.load(m["npz"])
            leaves, td = jax.tree_util.tree_flatten(params)
            leaves = [jnp.asarray(z[f"p{i}"]).reshape(l.shape) for i, l in enumerate(leaves)]
            params = jax.tree_util.tree_unflatten(td, leaves)
            x = jnp.asarray(z["x"])
            x2 = jnp.asarray(z["x2"]) if "x2" in z.files else None
        fn = jax.jit(nt.empirical_ntk_fn(apply_fn, trace_axes=(-1,) if m["trace"] else (),
                                         vmap_axes=0, implementation=m["impl"]))
        t0 = time.perf_counter()
        k = fn(x, x2, params).block_until_ready()
        _K[m["id"]] = (fn, x, x2, params)
        return {"compile_s": time.perf_counter() - t0, "shape": list(k.shape)}
    if cmd == "time":
        fn, x, x2, params = _K[m["id"]]
        ts = []
        for _ in range(m.get("reps", 1)):
            t0 = time.perf_counter()
            fn(x, x2, params).block_until_ready()
            ts.append(time.perf_counter() - t0)
        return {"times": ts}
    if cmd == "kernel":
        fn, x, x2, params = _K[m["id"]]
        np.save(m["path"], np.asarray(fn(x, x2, params)))
        return {}
    if cmd == "drop":
        _K.pop(m["id"], None)
        return {}
    if cmd == "info":
        return {"nt": nt.__version__, "jax": jax.__version__}
    raise ValueError(cmd)
'''


# The same pure-JAX program (no library) timed on both JAX versions: per-example Jacobians
# (vmap of jacrev, JC's first step in both libraries) and per-pair NVP (vmap over x1 of JVPs
# along the tangents of single-example VJPs). A ratio far from 1 here is the JAX / XLA
# runtime, not either library.
SAME_PROGRAM = r'''
import math, time
import jax, jax.numpy as jnp

def net(c):
    ws, bs = 1.5, 0.05
    if c["kind"] == "mlp":
        dims = [c["d_in"]] + [c["width"]] * c["depth"] + [c["out"]]
        shapes = [((a, b), (b,)) for a, b in zip(dims[:-1], dims[1:])]
        def apply(p, x):
            for i, (w, b) in enumerate(p):
                x = ws / math.sqrt(x.shape[-1]) * (x @ w) + bs * b
                x = jax.nn.relu(x) if i < len(p) - 1 else x
            return x
        xs = (c["n"], c["d_in"])
    else:
        ch, cin = c["channels"], c["c_in"]
        shapes = [((3, 3, cin if i == 0 else ch, ch), (ch,)) for i in range(c["depth"])]
        shapes.append(((ch, c["out"]), (c["out"],)))
        def apply(p, x):
            for w, b in p[:-1]:
                z = jax.lax.conv_general_dilated(x, w, (1, 1), "SAME",
                                                 dimension_numbers=("NHWC", "HWIO", "NHWC"))
                x = jax.nn.relu(ws / math.sqrt(x.shape[-1] * 9) * z + bs * b)
            x = x.mean((1, 2))
            return ws / math.sqrt(x.shape[-1]) * (x @ p[-1][0]) + bs * p[-1][1]
        xs = (c["n"], c["hw"], c["hw"], cin)
    keys = jax.random.split(jax.random.PRNGKey(0), len(shapes))
    p = [(jax.random.normal(k, s), jax.random.normal(k, t)) for k, (s, t) in zip(keys, shapes)]
    return apply, p, jax.random.normal(jax.random.PRNGKey(1), xs)

def main(c):
    apply, p, x = net(c)
    f1 = lambda q, xi: apply(q, xi[None])[0]
    jac = jax.jit(jax.vmap(jax.jacrev(f1), (None, 0)))
    def nvp(q, x):
        def tang(xj):
            y, vjp = jax.vjp(lambda d: f1(d, xj), q)
            return jax.vmap(vjp)(jnp.eye(y.shape[0]))[0]
        t = jax.vmap(tang)(x)
        row = lambda xi, tt: jax.jvp(lambda d: f1(d, xi), (q,), (tt,))[1]
        return jax.vmap(lambda xi: jax.vmap(jax.vmap(lambda tt: row(xi, tt)))(t))(x)
    out = {"jax": jax.__version__}
    for name, f in (("jacobian", jac), ("nvp_pairs", jax.jit(nvp))):
        jax.block_until_ready(f(p, x))
        ts = []
        for _ in range(c.get("reps", 5)):
            t0 = time.perf_counter(); jax.block_until_ready(f(p, x)); ts.append(time.perf_counter() - t0)
        out[name] = min(ts)
    return out
'''


def same_program(c, reps):
    """Time SAME_PROGRAM on the current JAX and on the neural-tangents venv's JAX, twice
    each, alternating; min per side."""
    from _nt import run_script
    new, old = [], []
    for _ in range(2):
        new.append(run_script(SAME_PROGRAM, dict(c, reps=reps), python_exe=sys.executable))
        old.append(run_script(SAME_PROGRAM, dict(c, reps=reps)))
    row = {"case": c["name"], "jax_new": new[0]["jax"], "jax_old": old[0]["jax"]}
    for k in ("jacobian", "nvp_pairs"):
        row[k + "_new_s"] = min(r[k] for r in new)
        row[k + "_old_s"] = min(r[k] for r in old)
        row[k + "_ratio"] = row[k + "_new_s"] / row[k + "_old_s"]
    return row


# --------------------------------------------------------------------------- our side
def wrn_init(c, key, dtype=jnp.float32):
    ch, keys = c["channels"], jax.random.split(key, 4)
    shapes = [(3, 3, c["c_in"], ch), (3, 3, ch, ch), (3, 3, ch, ch), (ch, c["out"])]
    return [{"W": jax.random.normal(k, s, dtype), "b": jax.random.normal(k, s[-1:], dtype)}
            for k, s in zip(keys, shapes)]


def wrn_apply(params, x):
    """Conv stem, residual block (relu, conv, relu, conv) + identity, relu, GAP, dense;
    NTK parameterization like stax (W_std / sqrt(fan_in), b_std)."""
    def conv(p, h):
        z = jax.lax.conv_general_dilated(h, p["W"], (1, 1), "SAME",
                                         dimension_numbers=("NHWC", "HWIO", "NHWC"))
        return W_STD / math.sqrt(h.shape[-1] * 9) * z + B_STD * p["b"]
    h = conv(params[0], x)
    r = conv(params[2], jax.nn.relu(conv(params[1], jax.nn.relu(h))))
    h = jnp.mean(jax.nn.relu(h + r), axis=(1, 2))
    return W_STD / math.sqrt(h.shape[-1]) * (h @ params[3]["W"]) + B_STD * params[3]["b"]


def ours(c):
    """(apply_fn, params, x) with the NT network's architecture and parameterization."""
    key = jax.random.PRNGKey(0)
    if c["kind"] == "mlp":
        spec = MLPSpec(depth=c["depth"], width=c["width"], out_dim=c["out"], W_std=W_STD,
                       b_std=B_STD)
        xs = (c["n"], c["d_in"])
    elif c["kind"] == "cnn":
        spec = CNNSpec(layers=(ConvLayer(c["channels"], 3, 1, "SAME"),) * c["depth"],
                       readout="gap", out_dim=c["out"], W_std=W_STD, b_std=B_STD)
        xs = (c["n"], c["hw"], c["hw"], c["c_in"])
    else:
        xs = (c["n"], c["hw"], c["hw"], c["c_in"])
        x = jax.random.normal(jax.random.PRNGKey(1), xs, jnp.float32)
        return wrn_apply, wrn_init(c, key), x
    x = jax.random.normal(jax.random.PRNGKey(1), xs, jnp.float32)
    return spec.apply, spec.init(key, xs), x


def n_params(params):
    return sum(int(np.size(l)) for l in jax.tree_util.tree_leaves(params))


def second_batch(c, x):
    """x2 of a K(x1, x2) case (``c["n2"]`` examples, independent of x1), else None."""
    if c.get("n2") is None:
        return None
    return jax.random.normal(jax.random.PRNGKey(2), (c["n2"],) + x.shape[1:], x.dtype)


def compile_ours(apply_fn, params, x, method, output, independent, x2=None):
    t0 = time.perf_counter()
    fn, _ = kernel_fn(apply_fn, params, x, method, output, int(apply_fn(params, x[:1]).shape[1]),
                      independent, x2)
    compiled = compile_lowered(jax.jit(fn).lower(params, x, x2))   # as compute_ntk does
    jax.block_until_ready(compiled(params, x, x2))
    return compiled, time.perf_counter() - t0


def time_once(f, *args):
    t0 = time.perf_counter()
    jax.block_until_ready(f(*args))
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- runs
def bench_case(w, c, reps, methods):
    apply_fn, params, x = ours(c)
    x2 = second_batch(c, x)
    independent, note = resolve_batch_axis(apply_fn, params, x, "auto")
    P = n_params(params)
    rows = []
    for output in ("trace", "full"):
        for m in methods:
            row = {"case": c["name"], "output": output, "method": SHORT[m], "N": c["n"],
                   "N2": c.get("n2"),
                   "O": c["out"], "P": P, "batch_independent": independent}
            jac_bytes = (c["n"] + (c.get("n2") or 0)) * c["out"] * P * 4
            if m != "structured_derivatives" and jac_bytes > JAC_LIMIT_BYTES:
                row["skipped"] = (f"N O P floats = {jac_bytes / 1e9:.1f} GB in both libraries "
                                  f"(> {JAC_LIMIT_BYTES / 1e9:.0f} GB on this shared machine)")
                rows.append(row)
                print(f"  {output:5s} {SHORT[m]:3s} skipped: {row['skipped']}", flush=True)
                continue
            wid = f"{c['name']}|{output}|{m}"
            nt_b = w.call({"cmd": "build", "id": wid, "case": c, "impl": METHODS[m],
                           "trace": output == "trace"})
            compiled, our_compile = compile_ours(apply_fn, params, x, m, output, independent,
                                                 x2)
            t_nt = [w.call({"cmd": "time", "id": wid})["times"][0]]
            t_ours = [time_once(compiled, params, x, x2)]
            slow = t_nt[0] + t_ours[0]      # seconds of one round: fewer rounds if slow
            n_rounds = reps if slow < 2.0 else min(reps, 3) if slow < 8.0 else min(reps, 2)
            # a call of a few ms is at the mercy of one scheduler hiccup: a round then makes
            # up to INNER_MAX consecutive calls per side (about INNER_S seconds) and keeps
            # the fastest, the same number for both libraries
            inner = int(min(INNER_MAX, max(1, INNER_S // max(t_nt[0], t_ours[0]))))

            def ours_round():
                return min(time_once(compiled, params, x, x2) for _ in range(inner))

            def nt_round():
                return min(w.call({"cmd": "time", "id": wid, "reps": inner})["times"])
            for r in range(1, n_rounds):               # alternate, starting side rotates
                if r % 2:
                    t_ours.append(ours_round())
                    t_nt.append(nt_round())
                else:
                    t_nt.append(nt_round())
                    t_ours.append(ours_round())
            w.call({"cmd": "drop", "id": wid})
            del compiled
            row.update(ours_s=min(t_ours), nt_s=min(t_nt), ratio=min(t_ours) / min(t_nt),
                       calls_per_round=inner,
                       ours_all=t_ours, nt_all=t_nt, ours_compile_s=our_compile,
                       nt_compile_s=nt_b["compile_s"])
            rows.append(row)
            print(f"  {output:5s} {SHORT[m]:3s} ours {row['ours_s'] * 1e3:9.2f} ms  NT "
                  f"{row['nt_s'] * 1e3:9.2f} ms  ratio {row['ratio']:.2f}", flush=True)
    return rows


def check_kernels(w, c, tmp, methods=tuple(METHODS)):
    """Same weights and inputs in both libraries: relative difference per method / mode."""
    apply_fn, params, x = ours(c)
    x2 = second_batch(c, x)
    leaves = jax.tree_util.tree_leaves(params)
    npz = os.path.join(tmp, "params.npz")
    extra = {} if x2 is None else {"x2": np.asarray(x2)}
    np.savez(npz, x=np.asarray(x), **extra,
             **{f"p{i}": np.asarray(l) for i, l in enumerate(leaves)})
    out = []
    for output in ("trace", "full"):
        for m in methods:
            wid = f"check|{output}|{m}"
            w.call({"cmd": "build", "id": wid, "case": c, "impl": METHODS[m],
                    "trace": output == "trace", "npz": npz})
            path = os.path.join(tmp, "k.npy")
            w.call({"cmd": "kernel", "id": wid, "path": path})
            w.call({"cmd": "drop", "id": wid})
            k_nt = np.load(path)
            compiled, _ = compile_ours(apply_fn, params, x, m, output, True, x2)
            k = np.asarray(compiled(params, x, x2))
            err = float(np.linalg.norm(k - k_nt) / np.linalg.norm(k_nt))
            out.append({"case": c["name"], "output": output, "method": SHORT[m],
                        "relative_difference": err})
    return out


def table(rows):
    lines = [f"{'case':32s} {'output':6s} " + " ".join(f"{s:>18s}" for s in ("JC", "NVP", "SD"))]
    by = {}
    for r in rows:
        by.setdefault((r["case"], r["output"]), {})[r["method"]] = r
    for (case, output), d in by.items():
        cells = []
        for s in ("JC", "NVP", "SD"):
            r = d.get(s)
            if r is None:
                cells.append(f"{'-':>18s}")
            elif "skipped" in r:
                cells.append(f"{'skipped (memory)':>18s}")
            else:
                mark = "" if r["ratio"] <= TARGET[s] else "*"
                cells.append(f"{r['ratio']:5.2f}{mark:1s} ({r['ours_s'] * 1e3:5.3g}/"
                             f"{r['nt_s'] * 1e3:5.3g})")
        lines.append(f"{case:32s} {output:6s} " + " ".join(cells))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 cases, 3 rounds")
    ap.add_argument("--reps", type=int, default=None, help="timing rounds (default 5; quick 3)")
    ap.add_argument("--cases", default=None, help="comma-separated case indices")
    ap.add_argument("--out", default=None)
    ap.add_argument("--methods", default=None,
                    help="comma-separated short names (JC,NVP,SD); default all three")
    ap.add_argument("--infinite", action="store_true",
                    help="also run the infinite-width CNN-GAP comparison "
                         "(benchmarks/infinite_vs_neural_tangents.py) after the finite table")
    ap.add_argument("--partial", action="store_true",
                    help="rewrite the table and JSON after every case (long runs)")
    ap.add_argument("--runtime", action="store_true",
                    help="only time the same pure-JAX program on both JAX versions")
    a = ap.parse_args()
    reps = a.reps or (3 if a.quick else 5)
    idx = ([int(i) for i in a.cases.split(",")] if a.cases else
           QUICK if a.quick else list(range(len(CASES))))
    out = a.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "results",
                                "vs_neural_tangents" + ("_quick" if a.quick else ""))
    if a.runtime:
        return runtime_main([i for i in idx if CASES[i]["kind"] != "wrn"], reps, out)
    methods = [m for m in METHODS if a.methods is None or SHORT[m] in a.methods.split(",")]
    t_start = time.perf_counter()
    load = os.getloadavg()
    rows, checks = [], []
    with Worker(NT_CODE) as w, tempfile.TemporaryDirectory() as tmp:
        info = w.call({"cmd": "info"})
        print(f"neural-tangents {info['nt']} on jax {info['jax']} vs ours on jax "
              f"{jax.__version__}; {describe_device()}; load average {load[0]:.2f}", flush=True)
        for i in idx:
            c = CASES[i]
            print(c["name"], flush=True)
            rows += bench_case(w, c, reps, methods)
            if a.partial:                          # the table so far, after every case
                with open(out + ".txt", "w") as f:
                    f.write(f"(partial: {len(rows)} cells; load average {load[0]:.2f} at "
                            f"start, {os.getloadavg()[0]:.2f} now)\n" + table(rows) + "\n")
                with open(out + ".json", "w") as f:
                    json.dump({"partial": True, "load_average_start": load[0],
                               "rows": rows}, f, indent=1)
        for i in (0, 2, CASES.index(PAIR_CASES[0]), CASES.index(PAIR_CASES[5])):
            if i in idx:
                checks += check_kernels(w, CASES[i], tmp, methods)
    total = time.perf_counter() - t_start
    body = table(rows)
    worst = max((c["relative_difference"] for c in checks), default=float("nan"))
    misses = [f"{r['case']} {r['output']} {r['method']}: {r['ratio']:.2f}"
              for r in rows if "ratio" in r and r["ratio"] > TARGET[r["method"]]]
    head = (f"ours / neural-tangents {info['nt']} (jax {info['jax']}), ours on jax "
            f"{jax.__version__}; {describe_device()}\n"
            f"min over {reps} rounds, NT and ours alternating round by round in one run (a "
            f"round: one warm call, or up to {INNER_MAX} back to back for calls under "
            f"{INNER_S * 500:.0f} ms); cells: "
            "ratio (ours ms / NT ms); * = above the target (JC, NVP <= 1.0; SD <= 0.8)\n"
            f"load average {load[0]:.2f} at start, {os.getloadavg()[0]:.2f} at end on "
            f"{os.cpu_count()} cores (this benchmark alone keeps it at about 1 to 2; "
            "above that, other jobs shared the machine: absolute times are then noisy, the "
            "ratios less so)\n")
    foot = (f"\nkernels on identical weights (float32): largest relative difference "
            f"ours vs NT = {worst:.1e} over {len(checks)} (case, mode, method)\n"
            f"above target: {'; '.join(misses) if misses else 'none'}\n"
            f"total benchmark time {total:.0f} s\n")
    text = head + "\n" + body + "\n" + foot
    print("\n" + text)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out + ".txt", "w") as f:
        f.write(text)
    with open(out + ".json", "w") as f:
        json.dump({"nt": info, "jax": jax.__version__, "device": describe_device(),
                   "reps": reps, "load_average_start": load[0], "rows": rows,
                   "kernel_checks": checks, "total_s": total}, f, indent=1)
    if a.infinite:                      # the infinite-width CNN-GAP table, same NT venv
        import infinite_vs_neural_tangents
        infinite_vs_neural_tangents.main([])


def runtime_main(idx, reps, out):
    """``--runtime``: SAME_PROGRAM on both JAX versions (what bounds a ratio)."""
    rows = [same_program(CASES[i], reps) for i in idx]
    text = (f"the same pure-JAX program (no library) on jax {jax.__version__} / on jax "
            f"{rows[0]['jax_old']}, min of {reps} warm calls, twice each alternating; "
            f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores\n" + "\n".join(
                f"  {r['case']:32s} per-example Jacobians {r['jacobian_ratio']:.2f} "
                f"({r['jacobian_new_s'] * 1e3:.3g}/{r['jacobian_old_s'] * 1e3:.3g} ms), "
                f"per-pair NVP {r['nvp_pairs_ratio']:.2f} ({r['nvp_pairs_new_s'] * 1e3:.3g}/"
                f"{r['nvp_pairs_old_s'] * 1e3:.3g} ms)" for r in rows) + "\n")
    print(text)
    with open(out + "_runtime.txt", "w") as f:
        f.write(text)
    with open(out + "_runtime.json", "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()

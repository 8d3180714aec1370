"""Benchmark the three finite-width NTK methods on MLPs, CNNs and the paper's kinds of
networks (ResNet blocks, a ViT block; Novak et al. 2022 benchmark ResNets, WideResNets
and a ViT, where the methods trade places).

For each network and method: compile time, median run time, XLA's FLOP count, peak
memory (XLA memory analysis of the compiled executable), achieved FLOP/s as a fraction of
this machine's dense float32 matmul throughput (measured in the same run), and the time of
the work no method can avoid: the forward pass and the N*O reverse passes through the
network (VJPs to the input, batched and jitted).

For the paper-style cases it then times every method and ``method="auto"`` side by side
through the public ``compute_ntk`` (interleaved rounds, see benchmarks/auto.py) and prints
which method wins on this machine and auto's time over the fastest (target <= 1.2x).

Usage: python benchmarks/methods.py [--reps 3] [--paper-only] [--out benchmarks/results/methods.json]
Prints a table; writes JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import jax
import jax.numpy as jnp

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ntk_core.finite.cost import median_time, method_costs  # noqa: E402
from ntk_core.finite.devices import describe_device  # noqa: E402
from ntk_core.finite.methods import METHODS, kernel_fn  # noqa: E402
from ntk_core.networks import (Activation, Attention, Conv, Dense, GlobalAvgPool,  # noqa: E402
                               LayerNet, LayerNorm, PatchEmbed, Residual)
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec  # noqa: E402

CONFIGS = [
    ("MLP 2x2048 relu", MLPSpec(depth=2, width=2048, out_dim=10), (16, 32), "full"),
    ("MLP 3x512 erf", MLPSpec(depth=3, width=512, activation="erf", out_dim=1), (64, 32), "full"),
    ("MLP 1x1024 tanh", MLPSpec(depth=1, width=1024, activation="tanh", out_dim=10), (32, 16),
     "trace"),
    ("CNN 2x32 16x16 flatten", CNNSpec(layers=(ConvLayer(32), ConvLayer(32, stride=2)),
                                       readout="flatten", out_dim=10), (8, 16, 16, 3), "full"),
    ("CNN 3x64 8x8 gap", CNNSpec(layers=(ConvLayer(64),) * 3, readout="gap", out_dim=10),
     (8, 8, 8, 3), "full"),
]




def resnet(c, blocks, out_dim):
    """Conv stem, ``blocks`` residual blocks [Conv, ReLU, Conv] (branch scale 1) with ReLU
    between them, global average pooling."""
    block = Residual((Conv(c), Activation("relu"), Conv(c)))
    return LayerNet((Conv(c), Activation("relu"))
                    + (block, Activation("relu")) * blocks + (GlobalAvgPool(),), out_dim)


def vit(patch, c, heads, blocks, out_dim):
    """Patch embedding, ``blocks`` pre-LN transformer blocks (self-attention and a GELU MLP
    of width 2c, each with a skip), LayerNorm, token average."""
    block = (Residual((LayerNorm(), Attention(heads, c // heads))),
             Residual((LayerNorm(), Dense(2 * c), Activation("gelu"), Dense(c))))
    return LayerNet((PatchEmbed(patch, c),) + block * blocks + (LayerNorm(), GlobalAvgPool()),
                    out_dim)


PAPER = [
    ("ResNet 2 blocks c32 16x16", resnet(32, 2, 10), (8, 16, 16, 3), "full"),
    ("WideResNet 1 block c128 8x8", resnet(128, 1, 10), (4, 8, 8, 3), "full"),
    ("ResNet 1 block c16 32x32 O1", resnet(16, 1, 1), (16, 32, 32, 3), "trace"),
    ("ViT block p4 c64 16x16", vit(4, 64, 4, 1, 10), (8, 16, 16, 3), "full"),
    ("ViT 2 blocks p4 c128 32x32", vit(4, 128, 4, 2, 100), (4, 32, 32, 3), "trace"),
]


def matmul_rate(n=2048):
    a = jax.random.normal(jax.random.PRNGKey(0), (n, n), jnp.float32)
    f = jax.jit(lambda a, b: a @ b)
    return 2 * n ** 3 / median_time(f, a, a, reps=5)


def unavoidable(apply_fn, params, x, n_out):
    """The work every method does: per example, one forward pass and O reverse passes
    (one VJP per output, here to the input), vmapped over examples and jitted."""
    def one(xi):
        y, vjp = jax.vjp(lambda z: apply_fn(params, z[None])[0], xi)
        return jax.vmap(vjp)(jnp.eye(n_out, dtype=y.dtype))[0]
    return median_time(jax.jit(jax.vmap(one)), x)


def bench(name, spec, xshape, output, reps, budget):
    x = jax.random.normal(jax.random.PRNGKey(1), xshape, jnp.float32)
    params = spec.init(jax.random.PRNGKey(0), x.shape)
    n_out = spec.out_dim
    t_unav = unavoidable(spec.apply, params, x, n_out)
    pred = {c.method: c for c in method_costs(spec.apply, params, x, output=output)}
    rows = []
    for m in METHODS:
        row = {"config": name, "method": m, "N": xshape[0], "O": n_out, "output": output,
               "unavoidable_s": t_unav, "predicted_s": pred[m].predicted_time_s,
               "predicted_memory_bytes": pred[m].memory_bytes}
        if pred[m].memory_bytes > budget:
            row.update(skipped=f"predicted memory {pred[m].memory_bytes / 1e9:.1f} GB > budget")
            rows.append(row)
            continue
        t0 = time.perf_counter()
        fn, _ = kernel_fn(spec.apply, params, x, m, output, n_out)
        compiled = jax.jit(fn).lower(params, x, None).compile()
        row["compile_s"] = time.perf_counter() - t0
        ca = compiled.cost_analysis()
        ca = ca[0] if isinstance(ca, (list, tuple)) else ca
        row["xla_flops"] = float(ca.get("flops", float("nan")))
        ma = compiled.memory_analysis()
        row["peak_memory_bytes"] = float(ma.temp_size_in_bytes + ma.argument_size_in_bytes
                                         + ma.output_size_in_bytes)
        row["run_s"] = median_time(compiled, params, x, None, reps=reps)
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--budget-gb", type=float, default=8.0)
    ap.add_argument("--paper-only", action="store_true", help="only the ResNet / ViT cases")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "results",
                                                  "methods.json"))
    args = ap.parse_args()
    configs = PAPER if args.paper_only else CONFIGS + PAPER
    rate = matmul_rate()
    print(f"device: {describe_device()}; dense float32 matmul: {rate / 1e9:.1f} GFLOP/s")
    rows = []
    for name, spec, xshape, output in configs:
        rows += bench(name, spec, xshape, output, args.reps, args.budget_gb * 1e9)
    hdr = (f"{'config':28s} {'method':24s} {'N':>4s} {'O':>4s} {'compile':>8s} {'run':>9s} "
           f"{'pred':>9s} {'XLA GFLOP':>10s} {'%peak':>6s} {'mem MB':>8s} {'unavoid':>9s}")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        if "skipped" in r:
            print(f"{r['config']:28s} {r['method']:24s} {r['N']:4d} {r['O']:4d}  {r['skipped']}")
            continue
        frac = r["xla_flops"] / r["run_s"] / rate * 100
        r["fraction_of_matmul_peak"] = frac / 100
        print(f"{r['config']:28s} {r['method']:24s} {r['N']:4d} {r['O']:4d} "
              f"{r['compile_s']:8.2f} {r['run_s'] * 1e3:7.1f}ms {r['predicted_s'] * 1e3:7.1f}ms "
              f"{r['xla_flops'] / 1e9:10.2f} {frac:6.1f} {r['peak_memory_bytes'] / 1e6:8.1f} "
              f"{r['unavoidable_s'] * 1e3:7.1f}ms")
    print()
    for name in dict.fromkeys(r["config"] for r in rows):
        by = {r["method"]: r for r in rows if r["config"] == name and "run_s" in r}
        if "structured_derivatives" in by:
            sd = by["structured_derivatives"]["run_s"]
            line = f"{name}: SD / unavoidable = {sd / by['structured_derivatives']['unavoidable_s']:.2f}"
            if "jacobian_contraction" in by:
                line += f"; JC / SD = {by['jacobian_contraction']['run_s'] / sd:.1f}x"
            if "ntk_vector_products" in by:
                line += f"; NVP / SD = {by['ntk_vector_products']['run_s'] / sd:.1f}x"
            print(line)
    paper = paper_auto(args.budget_gb * 1e9, max(args.reps, 5))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump({"device": describe_device(), "matmul_flops_per_s": rate, "rows": rows,
                   "paper_auto": paper}, f, indent=1, default=str)


def paper_auto(budget, reps):
    """Every method and auto on the paper-style cases, timed side by side."""
    from auto import SHORT, run_config
    print("\nPaper-style cases through compute_ntk, interleaved timing (best of rounds):")
    hdr = (f"{'config':28s} {'N':>3s} {'O':>4s} {'out':5s} {'JC':>9s} {'NVP':>9s} {'SD':>9s} "
           f"{'wins':>4s} {'auto':>4s} {'auto/best':>9s} {'pick/best':>9s}")
    print(hdr)
    print("-" * len(hdr))
    out = []
    for name, spec, xshape, output in PAPER:
        r = run_config(name, spec, xshape, output, budget, 60.0, reps)
        out.append(r)
        cells = [f"{r['times'][m] * 1e3:7.1f}ms" if m in r["times"] else f"{'-':>9s}"
                 for m in METHODS]
        print(f"{name:28s} {r['N']:3d} {r['O']:4d} {output:5s} {' '.join(cells)} "
              f"{SHORT[r['best']]:>4s} {SHORT[r['auto']]:>4s} {r['auto_over_best']:9.2f} "
              f"{r['pick_over_best']:9.2f}", flush=True)
    worst = max(r["auto_over_best"] for r in out)
    print(f"auto within 1.2x of the fastest in {sum(r['auto_over_best'] <= 1.2 for r in out)} "
          f"of {len(out)} paper-style cases; worst {worst:.2f}x")
    return out


if __name__ == "__main__":
    main()

"""Kernels larger than memory: tiles of (x1, x2) rows, spread over all local devices.

The kernel ``Theta[N1, N2, ...]`` is cut into ``t x t`` blocks (``t`` rows of x1 and of
x2). Ragged last tiles are padded with copies of the first row (then cut off), so every
tile reuses one compiled executable. For ``x2 = None`` only blocks ``j >= i`` are
computed and the lower triangle is their transpose; for ``output="diagonal"`` tiles run
over x1 alone.

Several devices: tiles are taken ``D`` at a time (``D = len(jax.local_devices())``),
stacked on a leading axis that is sharded over a 1-D device mesh, and one jitted,
``vmap``-ed kernel function runs them -- XLA's SPMD partitioner places one tile per device.
Several processes (``jax.distributed.initialize``, one process per host or per GPU): every
process calls ``compute_ntk`` with the same arguments; they first agree on the method and
tile size (process 0's method, the smallest tile, tiles small enough for every device to
get one) and check that they hold the same inputs and parameters. Each round then takes
``P x D`` tiles, process ``p`` computes the ``p``-th group of ``D`` on its local devices (the
single-process code above), the round's blocks are all-gathered
(``multihost_utils.process_allgather``), and every process assembles the whole kernel and
calls ``progress`` with the global count. A stop asked by any process is agreed on at the
end of the round, so all processes raise :class:`Cancelled` together instead of waiting
for each other in a collective.
"""
from __future__ import annotations

import math
import time

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from . import methods
from .labels import METHODS


class Cancelled(RuntimeError):
    """The progress callback asked to stop (before compiling, after compiling, or between
    tiles)."""


def _ask(progress, done, total, when):
    """Call ``progress(done, total)``; raise :class:`Cancelled` ``when`` it returns False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(f"stopped {when}")


def _pad_rows(x, t):
    n = x.shape[0]
    m = math.ceil(n / t) * t
    if m == n:
        return x
    return jnp.concatenate([x, jnp.repeat(x[:1], m - n, axis=0)], axis=0)


def tile_pairs(n1, n2, t, sym, output):
    """Row-tile index pairs ``(i, j)`` to compute (``j = None`` for diagonal mode)."""
    a = math.ceil(n1 / t)
    if output == "diagonal":
        return [(i, None) for i in range(a)]
    b = math.ceil(n2 / t)
    return [(i, j) for i in range(a) for j in range(b) if not (sym and j < i)]


def _fingerprint(*trees):
    """Sum and sum of squares of each tree's float leaves (float32): cheap evidence that
    every process holds the same inputs and parameters."""
    out = []
    for t in trees:
        leaves = [jnp.asarray(l, jnp.float32) for l in jax.tree_util.tree_leaves(t)
                  if jnp.issubdtype(jnp.result_type(l), jnp.inexact)]
        out += [float(sum(jnp.sum(l) for l in leaves)), float(sum(jnp.sum(l * l) for l in leaves))]
    return out


def _allgather(a):
    from jax.experimental import multihost_utils
    return np.asarray(multihost_utils.process_allgather(np.asarray(a)))


def agree_across_processes(method, tile, params, x1, x2, n_local):
    """``(method, tile, D)`` all processes use: process 0's method, the smallest tile
    (``None``: the whole kernel), the smallest local device count. Raises
    :class:`methods.NTKInputError` on every process when their inputs differ."""
    fp = _fingerprint(params, x1, x2)
    mine = np.array([METHODS.index(method), -1 if tile is None else int(tile), n_local]
                    + [x1.shape[0], -1 if x2 is None else x2.shape[0]], np.int32)
    ints, fps = _allgather(mine), _allgather(np.array(fp, np.float32))
    if (ints[:, 3:] != ints[0, 3:]).any() or not np.allclose(fps, fps[0], rtol=1e-5, atol=1e-6):
        bad = [int(k) for k in range(len(ints)) if (ints[k, 3:] != ints[0, 3:]).any()
               or not np.allclose(fps[k], fps[0], rtol=1e-5, atol=1e-6)]
        raise methods.NTKInputError(
            f"processes {bad} hold different x1 / x2 / params than process 0: every process "
            "must call compute_ntk with the same inputs (same data, same seeds)")
    tiles = [int(t) for t in ints[:, 1] if t > 0]
    return METHODS[int(ints[0, 0])], (min(tiles) if tiles else None), int(ints[:, 2].min())


def spread_tile(n1, n2, t, sym, output, slots):
    """The largest tile ``<= t`` that gives at least ``slots`` tiles (one per device)."""
    while t > 1 and len(tile_pairs(n1, n2, t, sym, output)) < slots:
        t -= 1
    return t


def run_tiled(apply_fn, params, x1, x2, method, output, n_out, tile, *, progress=None,
              devices=None, independent=True):
    """Kernel of ``method`` computed whole (``tile=None``) or in ``tile``-row blocks.

    Returns ``(kernel ndarray, info)`` with compile/run times, fallback, n_tiles, the
    method that ran and the number of processes. ``progress(done, total)`` is called with
    ``done = 0`` before compiling and again between compiling and the first compiled call,
    then after every tile; returning False raises Cancelled there, so a caller that has gone
    away (a closed browser tab) stops at the next of these points instead of running the
    rest of the kernel. Tiles need ``independent`` (apply_fn
    treats examples independently). Under ``jax.distributed`` (``jax.process_count() > 1``,
    and ``devices`` not given) the tiles are shared among the processes (module docstring).
    """
    if tile is not None and not independent:
        raise methods.NTKInputError("apply_fn mixes examples across the batch, so its kernel "
                                    "cannot be computed in tiles; pass tile_size=None")
    procs = jax.process_count() if devices is None else 1
    devices = list(devices or jax.local_devices())
    sym = x2 is None
    n1 = x1.shape[0]
    n2 = n1 if sym else x2.shape[0]
    if procs > 1:
        method, tile, n_dev = agree_across_processes(method, tile, params, x1, x2, len(devices))
        devices = devices[:n_dev]
        if independent:       # the whole kernel fits: still share it, one tile per device
            tile = spread_tile(n1, n2, n1 if tile is None else tile, sym, output,
                               procs * n_dev)
    if tile is None:          # (with several processes: a batch-mixing apply_fn, computed
        _ask(progress, 0, 1, "before compiling")        # whole by every process)
        k, info = methods.run_method(
            apply_fn, params, x1, x2, method, output, n_out, independent,
            before_run=lambda: _ask(progress, 0, 1, "after compiling, before computing"))
        info.update(n_tiles=1, method=method, processes=procs)
        _ask(progress, 1, 1, "after the only tile")
        return k, info
    D = len(devices)
    t = int(tile)
    xa_all = _pad_rows(x1, t)
    xb_all = xa_all if sym else _pad_rows(x2, t)
    pairs = tile_pairs(n1, n2, t, sym, output)
    total = len(pairs)

    mesh = Mesh(np.array(devices), ("tiles",))
    shard = NamedSharding(mesh, PartitionSpec("tiles"))
    repl = NamedSharding(mesh, PartitionSpec())
    diag = output == "diagonal"
    xa_aval = jax.ShapeDtypeStruct((D, t) + x1.shape[1:], x1.dtype, sharding=shard)
    xb_aval = None if diag else jax.ShapeDtypeStruct((D, t) + x1.shape[1:],
                                                      xb_all.dtype, sharding=shard)

    def build():
        fn, fallback = methods.kernel_fn(apply_fn, params, x1[:t], method, output, n_out)
        if diag:
            return (lambda p, a, b: jax.vmap(lambda ai: fn(p, ai, None))(a)), fallback
        return (lambda p, a, b: jax.vmap(lambda ai, bi: fn(p, ai, bi))(a, b)), fallback

    key = methods._key(apply_fn, method, output, params, xa_aval, xb_aval) + (
        "tiled", tuple(str(d) for d in devices))
    params_r = jax.device_put(params, repl)
    if procs == 1:
        _ask(progress, 0, total, "before compiling")
    compiled, info = methods.cached_compile(key, build, params_r, xa_aval, xb_aval,
                                        out_shardings=shard)
    if procs == 1:  # (several processes stop together, at the end of a round)
        _ask(progress, 0, total, "after compiling, before the first tile")
    out_shape = {"trace": (n1, n2), "full": (n1, n2, n_out, n_out),
                 "diagonal": (n1, n_out, n_out)}[output]
    result = None
    t0 = time.perf_counter()
    done = 0
    G = D * procs                               # tiles per round, over all processes
    me = jax.process_index() if procs > 1 else 0
    for r in range(0, total, G):
        rnd = pairs[r:r + G]
        chunk = rnd[me * D:(me + 1) * D]
        padded = chunk + [pairs[0]] * (D - len(chunk))
        xa = jnp.stack([xa_all[i * t:(i + 1) * t] for i, _ in padded])
        xa = jax.device_put(xa, shard)
        xb = None
        if not diag:
            xb = jax.device_put(jnp.stack([xb_all[j * t:(j + 1) * t] for _, j in padded]), shard)
        blocks = np.asarray(compiled(params_r, xa, xb))
        if procs > 1:                           # [P, D, ...] -> the round's G blocks
            blocks = _allgather(blocks).reshape((G,) + blocks.shape[1:])
        if result is None:
            result = np.zeros(out_shape, blocks.dtype)
        stop = False
        for (i, j), blk in zip(rnd, blocks):
            r0, r1 = i * t, min((i + 1) * t, n1)
            if diag:
                result[r0:r1] = blk[:r1 - r0]
            else:
                c0, c1 = j * t, min((j + 1) * t, n2)
                result[r0:r1, c0:c1] = blk[:r1 - r0, :c1 - c0]
                if sym and j != i:
                    bt = blk.T if output == "trace" else blk.transpose(1, 0, 3, 2)
                    result[c0:c1, r0:r1] = bt[:c1 - c0, :r1 - r0]
            done += 1
            if not stop and progress is not None and progress(done, total) is False:
                if procs == 1:
                    raise Cancelled(f"stopped after {done} of {total} tiles")
                stop = True
        if procs > 1:                           # every process stops after the same round
            asked = np.flatnonzero(_allgather(np.int32(stop)))
            if asked.size:
                raise Cancelled(f"stopped after {done} of {total} tiles (asked by process "
                                f"{', '.join(map(str, asked))} of {procs})")
    info["run_time_s"] = time.perf_counter() - t0
    info.update(n_tiles=total, method=method, processes=procs)
    return result, info

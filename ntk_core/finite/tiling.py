"""Kernels larger than memory: tiles of (x1, x2) rows, spread over all local devices.

The kernel ``Theta[N1, N2, ...]`` is cut into ``t x t`` blocks (``t`` rows of x1 and of
x2). Ragged last tiles are padded with copies of the first row (then cut off), so every
tile reuses one compiled executable. For ``x2 = None`` only blocks ``j >= i`` are
computed and the lower triangle is their transpose; for ``output="diagonal"`` tiles run
over x1 alone.

Several devices: tiles are taken ``D`` at a time (``D = len(jax.local_devices())``),
stacked on a leading axis that is sharded over a 1-D device mesh, and one jitted,
``vmap``-ed kernel function runs them -- XLA's SPMD partitioner places one tile per device.
On a multi-host cluster the same code runs per process after ``jax.distributed.initialize``
with a mesh over ``jax.devices()`` and each process feeding its addressable shards (see
the README).
"""
from __future__ import annotations

import math
import time

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from . import methods


class Cancelled(RuntimeError):
    """The progress callback asked to stop between tiles."""


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


def run_tiled(apply_fn, params, x1, x2, method, output, n_out, tile, *, progress=None,
              devices=None, independent=True):
    """Kernel of ``method`` computed whole (``tile=None``) or in ``tile``-row blocks.

    Returns ``(kernel ndarray, info)`` with compile/run times, fallback and n_tiles.
    ``progress(done, total)`` is called after every tile; returning False raises Cancelled.
    Tiles need ``independent`` (apply_fn treats examples independently).
    """
    if tile is not None and not independent:
        raise methods.NTKInputError("apply_fn mixes examples across the batch, so its kernel "
                                    "cannot be computed in tiles; pass tile_size=None")
    if tile is None:
        k, info = methods.run_method(apply_fn, params, x1, x2, method, output, n_out,
                                     independent)
        info["n_tiles"] = 1
        if progress is not None and progress(1, 1) is False:
            raise Cancelled("stopped after the only tile")
        return k, info
    sym = x2 is None
    devices = list(devices or jax.local_devices())
    D = len(devices)
    n1 = x1.shape[0]
    n2 = n1 if sym else x2.shape[0]
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
    compiled, info = methods.cached_compile(key, build, params_r, xa_aval, xb_aval,
                                        out_shardings=shard)
    out_shape = {"trace": (n1, n2), "full": (n1, n2, n_out, n_out),
                 "diagonal": (n1, n_out, n_out)}[output]
    result = None
    t0 = time.perf_counter()
    done = 0
    for r in range(0, total, D):
        chunk = pairs[r:r + D]
        padded = chunk + [chunk[0]] * (D - len(chunk))
        xa = jnp.stack([xa_all[i * t:(i + 1) * t] for i, _ in padded])
        xa = jax.device_put(xa, shard)
        xb = None
        if not diag:
            xb = jax.device_put(jnp.stack([xb_all[j * t:(j + 1) * t] for _, j in padded]), shard)
        blocks = np.asarray(compiled(params_r, xa, xb))
        if result is None:
            result = np.zeros(out_shape, blocks.dtype)
        for (i, j), blk in zip(chunk, blocks):
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
            if progress is not None and progress(done, total) is False:
                raise Cancelled(f"stopped after {done} of {total} tiles")
    info["run_time_s"] = time.perf_counter() - t0
    info["n_tiles"] = total
    return result, info

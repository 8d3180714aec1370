"""Checks every public entry point runs before any heavy work (finite and infinite kernels).

* :func:`check_options`: ``memory_budget`` (a positive, finite number of bytes) and
  ``tile_size`` (a whole number >= 1), so a bad value is named instead of failing deep
  inside the cost model or XLA;
* :func:`check_kernel_size`: the output ``N1 x N2 [x O x O]`` (times the number of such
  arrays held at once) against the memory this host has available, in time independent
  of N, raising :class:`~ntk_core.finite.auto.NTKMemoryError` with what to change;
* :func:`check_finite_inputs`: NaN / infinite inputs are refused with the examples named,
  the same way by :func:`~ntk_core.finite.empirical.compute_ntk` and
  :func:`~ntk_core.infinite.analytic.analytic_kernels` (scanned in chunks, so memory
  does not grow with N).
"""
from __future__ import annotations

import math
import numbers
import os

import numpy as np

from .auto import NTKMemoryError, fmt_bytes
from .methods import NTKInputError

CHUNK = 4096  # examples scanned at once by the finiteness check


def check_options(memory_budget=None, tile_size=None) -> None:
    """Raise :class:`NTKInputError` for a memory budget that is not a positive, finite
    number of bytes or a tile size that is not a whole number >= 1 (None: automatic)."""
    if memory_budget is not None:
        ok = isinstance(memory_budget, numbers.Real) and not isinstance(memory_budget, bool)
        if not ok or not math.isfinite(float(memory_budget)) or float(memory_budget) <= 0:
            raise NTKInputError(f"memory_budget must be a positive number of bytes (e.g. 2e9), "
                                f"or None for half the free device memory; got {memory_budget!r}")
    if tile_size is not None:
        ok = isinstance(tile_size, numbers.Integral) and not isinstance(tile_size, bool)
        if not ok or int(tile_size) < 1:
            raise NTKInputError(f"tile_size must be a whole number of rows >= 1, or None to "
                                f"choose the largest that fits; got {tile_size!r}")


def host_available_bytes() -> float:
    """Memory available to new allocations on this host (``MemAvailable``; the physical
    size where /proc/meminfo is not readable)."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return float(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (OSError, ValueError):
        return math.inf


def check_kernel_size(n1: int, n2: int, per_pair: int, itemsize: int, copies: int = 1,
                      what: str = "the kernel", fix: str = "", available=None) -> float:
    """Bytes of ``copies`` arrays of ``n1 x n2 x per_pair`` items; raise NTKMemoryError
    when they exceed the host's available memory (``available`` bytes if given)."""
    need = float(n1) * float(n2) * float(per_pair) * float(itemsize) * copies
    have = host_available_bytes() if available is None else float(available)
    if need > have:
        shape = f"{n1} x {n2}" + (f" x {per_pair}" if per_pair > 1 else "")
        raise NTKMemoryError(
            f"{what} ({shape} entries{f', {copies} arrays' if copies > 1 else ''}) would need "
            f"{fmt_bytes(need)}, more than the {fmt_bytes(have)} of memory available on this "
            f"host; {fix or 'use fewer inputs, or compute it in blocks of rows (pass x2)'}")
    return need


def check_finite_inputs(x, name: str = "x1") -> None:
    """Raise :class:`NTKInputError` naming up to five examples of ``x`` (leading axis) that
    hold NaN or infinite values. Integer inputs are always finite."""
    x = np.asarray(x) if not hasattr(x, "dtype") else x
    if not np.issubdtype(np.dtype(x.dtype), np.inexact):
        return
    n, bad = int(x.shape[0]), []
    for start in range(0, n, CHUNK):
        part = np.asarray(x[start:start + CHUNK]).reshape(min(CHUNK, n - start), -1)
        rows = np.nonzero(~np.isfinite(part).all(axis=1))[0]
        bad.extend(int(start + r) for r in rows)
        if len(bad) > 5:
            break
    if bad:
        more = " and more" if len(bad) > 5 else ""
        raise NTKInputError(f"{name} has NaN or infinite values in example(s) "
                            f"{', '.join(map(str, bad[:5]))}{more}; remove or replace them.")

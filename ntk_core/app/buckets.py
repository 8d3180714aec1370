"""Shape buckets for the app's finite-width NTKs: N padded up so that nearby requests
reuse one compiled executable (no Streamlit here).

Every new input count N is a new XLA computation. On the Build & compute page's default
view (ReLU MLP 2 x 256, S^2, 2-core CPU) a request at a new N cost ~1.1 s, nearly all
compiling, against ~0.1 s to run the already compiled N = 80 or 96 executable
(``benchmarks/results/nearby_requests.txt``): a lecturer moving the N slider from 64 to
50 waited for a compile. So N is padded up to the next bucket of a ladder of ratio 1.5
(8, 12, 16, 24, 32, 48, 64, 96, ...): every N in (48, 64] reuses the N = 64 executable
the warm-up compiled. The padded rows repeat real inputs (finite, in the data's domain);
the kernel is sliced back to the first N rows and columns, which for a network whose
outputs are per example (an MLP: ``f(X)[i]`` depends on ``X[i]`` alone) are exactly the
unpadded kernel's entries (tested to 1e-12 in float64).

Only where the run is short next to a compile: N at most :data:`MAX_PADDED` (larger N run
in tiles whose shapes do not depend on N anyway) and a padded kernel of at most
:data:`MAX_PADDED_WORK` ``bucket^2 O^2 P`` multiply-adds (Jacobian contraction's leading
term, about a second on this CPU; the default view: 64^2 x 67,073 = 2.7e8), so a wide
network near the server's time limit is never made up to 2.25x slower. Only MLPs are
padded: their examples are independent by construction and their per-example cost is
~2P, inside that bound (a CNN's convolutions are not; Layers may mix the batch).
"""
from __future__ import annotations

import numpy as np

# 8 x (1, 1.5, 2, 3, 4, 6, ...): consecutive buckets at most 1.5 apart
BUCKETS = (8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
MAX_PADDED = BUCKETS[-1]  # N above this is computed at its own shape
MAX_PADDED_WORK = 2e9     # bucket^2 O^2 P above this: computed at its own shape
PADDED_ARCHS = ("MLP",)


def bucket(n: int) -> int:
    """The smallest of :data:`BUCKETS` >= ``n``; ``n`` itself above :data:`MAX_PADDED`."""
    n = int(n)
    return next((b for b in BUCKETS if b >= n), n)


def padded_inputs(x: np.ndarray, arch: str, n_params: int = 0, n_out: int = 1) -> np.ndarray:
    """``x [N, ...]`` padded along axis 0 to :func:`bucket` (N) rows by repeating its rows
    cyclically; ``x`` itself for architectures other than :data:`PADDED_ARCHS`, large N or
    a padded kernel of more than :data:`MAX_PADDED_WORK` (``n_params`` P, ``n_out`` O)."""
    n = len(x)
    b = bucket(n) if arch in PADDED_ARCHS and n > 0 else n
    if b * b * n_out * n_out * n_params > MAX_PADDED_WORK:
        b = n
    if b == n:
        return x
    return np.concatenate([x, x[np.arange(b - n) % n]], axis=0)


def sliced_kernel(kernel: np.ndarray, n: int, mode: str) -> np.ndarray:
    """The first ``n`` examples' kernel: ``[:n, :n]`` (trace ``[N, N]``, full
    ``[N, N, O, O]``) or ``[:n]`` (diagonal ``[N, O, O]``)."""
    kernel = np.asarray(kernel)
    if kernel.shape[0] == n:
        return kernel
    return kernel[:n] if mode == "diagonal" else kernel[:n, :n]

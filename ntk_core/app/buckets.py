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
outputs are per example (MLP, CNN: ``f(X)[i]`` depends on ``X[i]`` alone) are exactly the
unpadded kernel's entries (tested to 1e-12 in float64).

Only small N are padded (at most :data:`MAX_PADDED`): there the run is short next to a
compile, and the padded kernel at most 2.25x the work; larger N run in tiles whose
shapes do not depend on N anyway. Networks that may mix the batch (the Layers
architecture) are never padded.
"""
from __future__ import annotations

import numpy as np

# 8 x (1, 1.5, 2, 3, 4, 6, ...): consecutive buckets at most 1.5 apart
BUCKETS = (8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
MAX_PADDED = BUCKETS[-1]  # N above this is computed at its own shape
PADDED_ARCHS = ("MLP", "CNN")


def bucket(n: int) -> int:
    """The smallest of :data:`BUCKETS` >= ``n``; ``n`` itself above :data:`MAX_PADDED`."""
    n = int(n)
    return next((b for b in BUCKETS if b >= n), n)


def padded_inputs(x: np.ndarray, arch: str) -> np.ndarray:
    """``x [N, ...]`` padded along axis 0 to :func:`bucket` (N) rows by repeating its rows
    cyclically; ``x`` itself when the architecture may mix the batch or N is large."""
    n = len(x)
    b = bucket(n) if arch in PADDED_ARCHS and n > 0 else n
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

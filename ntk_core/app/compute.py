"""Computations behind the web app's pages (no Streamlit here).

Each function takes plain values (widget state dicts, seeds) and returns numpy arrays /
plain dicts, so the app can cache them with ``st.cache_data`` and tests can call them
directly. JAX work goes through :mod:`ntk_core.finite.empirical` and the other core modules.
"""
from __future__ import annotations

import math
import time

import jax
import jax.numpy as jnp
import numpy as np

from ..finite import auto, compile_cost, empirical, precision
from ..finite.methods import fn_key
from ..infinite import analytic as infinite
from ..infinite.convergence import fit_power_law, relative_frobenius
from ..infinite.layers import analytic_support
from ..networks.net import LayerNet
from ..sequences.data import synthetic_sequences
from ..sphere import datasets
from . import buckets, state as appstate

# ----------------------------------------------------------------------------- data


def sphere_points(n: int, d: int, seed: int = 0) -> np.ndarray:
    """``n`` points uniform on S^(d-1) (:func:`ntk_core.datasets.sample_sphere`), float32."""
    return datasets.sample_sphere(seed, n, d).astype(np.float32)


def great_circle(n: int, d: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` equally spaced points on a random great circle of S^(d-1); also the angles."""
    x, t = datasets.great_circle(n, d, key=seed)
    return x.astype(np.float32), t


def digits(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` scikit-learn 8x8 digits (bundled with scikit-learn), NHWC in [0, 1], labels."""
    from sklearn.datasets import load_digits
    ds = load_digits()
    idx = np.random.default_rng(seed).permutation(len(ds.target))[:n]
    return (ds.images[idx] / 16.0).astype(np.float32)[..., None], ds.target[idx]


def synthetic_images(n: int, size: int, seed: int = 0) -> np.ndarray:
    """Smooth random images ``[n, size, size, 1]`` (white noise blurred twice, unit scale)."""
    x = np.random.default_rng(seed).standard_normal((n, size, size))
    for _ in range(2):
        x = (x + np.roll(x, 1, 1) + np.roll(x, -1, 1) + np.roll(x, 1, 2) + np.roll(x, -1, 2)) / 5
    x /= x.std(axis=(1, 2), keepdims=True) + 1e-12
    return x.astype(np.float32)[..., None]


def make_inputs(state: dict) -> np.ndarray:
    """The inputs the data widgets describe, shaped for the network (see input_shape)."""
    n, seed, kind = int(state["n"]), int(state["seed"]), state["data"]
    if kind == "sphere":
        return sphere_points(n, int(state["dim"]), seed).reshape(appstate.input_shape(state))
    if kind == "circle":
        return great_circle(n, int(state["dim"]), seed)[0].reshape(appstate.input_shape(state))
    if kind == "sines":
        d = int(state["dim"])
        x = synthetic_sequences(seed, n, min_len=d, max_len=d).x.astype(np.float32)
        return x.reshape(appstate.input_shape(state))
    if kind == "digits":
        x = digits(n, seed)[0]
    elif kind == "synthetic":
        x = synthetic_images(n, int(state["img"]), seed)
    else:
        raise ValueError(f"unknown data set {kind!r}")
    return x.reshape((len(x),) + appstate.input_shape(state)[1:])


# ----------------------------------------------------------------------------- stats


def as_matrix(kernel: np.ndarray, mode: str) -> np.ndarray:
    """A square matrix view of a kernel: trace [N,N]; full [N,N,O,O] -> [N O, N O];
    diagonal [N,O,O] -> the mean O x O block."""
    k = np.asarray(kernel)
    if mode == "full" and k.ndim == 4:
        n1, n2, o, _ = k.shape
        return k.transpose(0, 2, 1, 3).reshape(n1 * o, n2 * o)
    if mode == "diagonal" and k.ndim == 3:
        return k.mean(axis=0)
    return k


def trace_kernel(kernel: np.ndarray, mode: str) -> np.ndarray | None:
    """The [N, N] trace kernel (mean over outputs) of a trace or full kernel."""
    k = np.asarray(kernel)
    if mode == "full" and k.ndim == 4:
        return np.einsum("ijoo->ij", k) / k.shape[-1]
    if mode == "trace":
        return k
    return None


MAX_EIG = 4096  # largest matrix whose full spectrum the app computes


def spectrum_stats(mat: np.ndarray, eps: float | None = None) -> dict:
    """Eigenvalues (descending), condition number, effective rank, finiteness of a kernel,
    with the precision floor of the arithmetic it was computed in.

    ``eps``: machine epsilon of that arithmetic (default: of ``mat``'s dtype). Eigenvalues
    below ``floor = lambda_max * eps * N`` (:mod:`ntk_core.finite.precision`) are not
    resolved: they are counted in ``n_below_floor``, left out of the effective rank
    (exp(entropy) of the normalised eigenvalues, Roy & Vetterli 2007), and the condition
    number lambda_max / lambda_min is then reported as the lower bound lambda_max / floor
    with ``condition_bounded`` True.
    """
    eps = precision.machine_eps(np.asarray(mat).dtype) if eps is None else eps
    m = np.asarray(mat, dtype=np.float64)
    finite = bool(np.all(np.isfinite(m)))
    out = {"finite": finite, "eigenvalues": None, "condition_number": None,
           "effective_rank": None, "n_nonfinite": int(m.size - np.isfinite(m).sum()),
           "floor": None, "n_below_floor": 0, "condition_bounded": False, "eps": eps}
    if not finite or m.ndim != 2 or m.shape[0] != m.shape[1]:
        return out
    if m.shape[0] > MAX_EIG:
        out["note"] = (f"spectrum not computed: the matrix is {m.shape[0]} x {m.shape[0]}, "
                       f"above {MAX_EIG}")
        return out
    ev = eigvalsh((m + m.T) / 2)[::-1]
    out["eigenvalues"] = ev
    summ = precision.spectrum_summary(ev, eps)
    out.update({k: summ[k] for k in ("floor", "n_below_floor", "condition_number",
                                     "condition_bounded", "effective_rank")})
    return out


def eigvalsh(m: np.ndarray) -> np.ndarray:
    """``np.linalg.eigvalsh`` on one BLAS thread. On a loaded shared CPU OpenBLAS's
    threads wait for each other: 2 threads took 5.5-10.6 s for a 1024 x 1024 matrix at
    load 19 on 2 cores, 1 thread 0.7-1.2 s (and its time is what :func:`eig_time_s`
    predicts)."""
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):
        return np.linalg.eigvalsh(m)


EIG_REF = 512       # size of the matrix whose eigensolve is timed
_EIG_REF_S: list = []


def eig_time_s(m: int) -> float:
    """Predicted seconds of :func:`spectrum_stats`' eigensolve of an ``m x m`` matrix
    (0 above :data:`MAX_EIG`, where it is not computed): a ``EIG_REF``-sized eigensolve is
    timed once per process (the faster of two) and scaled by ``(m / EIG_REF)^3`` (the
    tridiagonal reduction's ``4/3 m^3`` FLOPs). The time per ``m^3`` falls with ``m``
    (0.92 ns at 512, 0.68 ns at 4096 on one core of the 2-core CPU), so larger matrices are
    over-predicted, by up to 1.4x at 4096."""
    if m < 2 or m > MAX_EIG:
        return 0.0
    if not _EIG_REF_S:
        a = np.random.default_rng(0).standard_normal((EIG_REF, EIG_REF))
        a = a + a.T
        runs = []
        for _ in range(2):
            t0 = time.perf_counter()
            eigvalsh(a)
            runs.append(time.perf_counter() - t0)
        _EIG_REF_S.append(min(runs))
    return _EIG_REF_S[0] * (m / EIG_REF) ** 3


def matrix_size(state: dict) -> int:
    """Side of the square matrix whose spectrum the app computes (see :func:`as_matrix`)."""
    n, o = int(state["n"]), int(state["out"])
    return {"full": n * o, "diagonal": o}.get(state.get("mode", "trace"), n)


def kernel_alignment(k1: np.ndarray, k2: np.ndarray) -> float:
    """<K1, K2>_F / (|K1|_F |K2|_F) (Cristianini et al. 2001); in [-1, 1]."""
    a, b = np.asarray(k1, np.float64), np.asarray(k2, np.float64)
    den = np.linalg.norm(a) * np.linalg.norm(b)
    return float((a * b).sum() / den) if den > 0 else math.nan


# ----------------------------------------------------------------------------- NTK


def init_params(spec, shape, seed: int):
    """``spec.init`` with ``PRNGKey(seed)`` (one sampler compilation per network)."""
    return spec.init(jax.random.PRNGKey(int(seed)), shape)


def compute(state: dict, *, param_seed: int | None = None, memory_budget=None,
            progress=None) -> dict:
    """Finite-width NTK of the network and data the widgets describe.

    Returns a plain dict: ``kernel`` (numpy), ``matrix`` (square view), ``trace`` ([N,N]
    or None), ``method``, ``reason``, ``compile_time_s``, ``run_time_s``, ``total_s``,
    ``device``, stats from :func:`spectrum_stats`, ``label`` and ``n`` (the inputs used:
    fewer than ``n_requested`` when a bundled data set has fewer points). ``progress``: see
    :func:`~ntk_core.finite.empirical.compute_ntk` (its last call, after the last tile,
    comes before the spectrum's eigensolve).
    """

    spec = appstate.build_spec(state)
    x = make_inputs(state)
    seed = int(state["seed"]) if param_seed is None else int(param_seed)
    params = init_params(spec, x.shape, seed)
    f64 = state.get("prec") == "float64"
    kwargs = {}
    if memory_budget is not None:  # float64 needs twice the bytes of float32
        kwargs["memory_budget"] = memory_budget / 2 if f64 else memory_budget
    if progress is not None:
        kwargs["progress"] = progress
    t0 = time.perf_counter()
    # non-finite outputs give a non-finite kernel, reported by the pages with its cause;
    # float64: the same float32-initialised network, cast, computed with x64 in this thread
    ntk_fn = precision.ntk_float64 if f64 else empirical.compute_ntk
    # N padded up to a bucket (small N, per-example networks): nearby N reuse one compiled
    # executable; the kernel sliced back is the unpadded one (ntk_core.app.buckets)
    n_params = int(sum(np.size(p) for layer in params for p in layer.values()))
    res = ntk_fn(spec.apply, params,
                 buckets.padded_inputs(x, state["arch"], n_params, int(state["out"])),
                 method=state["method"], output=state["mode"], check_finite=False, **kwargs)
    total = time.perf_counter() - t0
    kernel = buckets.sliced_kernel(res.kernel, len(x), state["mode"])
    mat = as_matrix(kernel, state["mode"])
    out = {
        "kernel": kernel, "matrix": mat, "trace": trace_kernel(kernel, state["mode"]),
        "method": res.method, "reason": res.reason,
        "compile_time_s": res.compile_time_s, "run_time_s": res.run_time_s,
        "total_s": total, "device": res.device,
        "label": appstate.spec_label(dict(state, n=len(x))), "mode": state["mode"],
        "n": len(x), "n_requested": int(state["n"]),
        "n_params": n_params,
        "dtype": str(kernel.dtype), "closest_pair": closest_pair(x),
    }
    out.update(spectrum_stats(mat, precision.machine_eps(kernel.dtype))
               if state["mode"] != "diagonal" or mat.ndim == 2 else {})
    return out


def closest_pair(x) -> dict:
    """The two nearest inputs (Euclidean, flattened): ``{"i", "j", "distance",
    "typical"}`` with ``typical`` the median nearest-neighbour distance (N >= 2)."""
    z = np.asarray(x, np.float64).reshape(len(x), -1)
    if len(z) < 2:
        return {"i": 0, "j": 0, "distance": math.nan, "typical": math.nan}
    sq = (z * z).sum(1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2 * z @ z.T, 0.0)
    np.fill_diagonal(d2, np.inf)
    i, j = np.unravel_index(np.argmin(d2), d2.shape)
    return {"i": int(min(i, j)), "j": int(max(i, j)), "distance": float(np.sqrt(d2[i, j])),
            "typical": float(np.median(np.sqrt(d2.min(1))))}


def same_inputs(s1: dict, s2: dict) -> bool:
    """Whether two configurations use the same input points (kernels comparable entrywise)."""
    keys = ["data", "n", "seed"] + (["dim"] if s1["data"] in ("sphere", "circle") else []) \
        + (["img"] if s1["data"] == "synthetic" else [])
    return all(s1[k] == s2[k] for k in keys)


def centre(k: np.ndarray) -> np.ndarray:
    """H K H with H = I - 11^T / N: the kernel of the features centred over the inputs."""
    k = np.asarray(k, np.float64)
    return k - k.mean(0, keepdims=True) - k.mean(1, keepdims=True) + k.mean()


def centred_alignment(k1: np.ndarray, k2: np.ndarray) -> float:
    """Centred kernel alignment (Cortes, Mohri & Rostamizadeh 2012): the alignment of
    H K1 H and H K2 H. A constant offset shared by all entries (which makes uncentred
    alignments of ReLU-type NTKs all close to 1) does not count; in [-1, 1]."""
    return kernel_alignment(centre(k1), centre(k2))


def alignment_matrix(states: list[dict], kernels: list, centred: bool = True) -> np.ndarray:
    """Pairwise (centred by default) kernel alignment of trace kernels; NaN where the
    inputs differ or a kernel is unavailable."""
    k = len(states)
    a = np.full((k, k), np.nan)
    fn = centred_alignment if centred else kernel_alignment
    for i in range(k):
        for j in range(k):
            if kernels[i] is not None and kernels[j] is not None and \
                    same_inputs(states[i], states[j]):
                a[i, j] = fn(kernels[i], kernels[j])
    return a


# ----------------------------------------------------------------------------- width


def with_width(state: dict, width: int) -> dict:
    """The same network at another width (MLP: hidden units; CNN: every layer's channels)."""
    s = dict(state)
    if s["arch"] == "Layers":
        return appstate.sweep_state(s, "width", width)
    if s["arch"] == "MLP":
        s["width"] = int(width)
    else:
        for i in range(1, int(s["nconv"]) + 1):
            s[f"c{i}_ch"] = int(width)
    return s


def finite_trace_kernel(state: dict, width: int, param_seed: int) -> np.ndarray:
    """Empirical trace NTK ``[N, N]`` at ``width`` for initialisation seed ``param_seed``
    (the data stay those of ``state["seed"]``)."""
    s = with_width(state, width)
    s.update(method="auto", mode="trace")
    return compute(s, param_seed=param_seed)["kernel"]


def no_analytic_kernel(state: dict) -> str | None:
    """Why the state's network has no analytic kernel (attention, max pooling, ...), or None."""
    spec = appstate.build_spec(state)
    return analytic_support(spec) if isinstance(spec, LayerNet) else None


def analytic_ntk(state: dict, width: int | None = None) -> np.ndarray:
    """Infinite-width NTK ``[N, N]`` of the network on the state's data (float64).

    ``width`` matters only for the standard parameterization (see :mod:`ntk_core.infinite`).
    """
    s = state if width is None else with_width(state, width)
    return infinite.analytic_kernels(appstate.build_spec(s), make_inputs(s)).ntk


def convergence_summary(widths, kernels_by_width: dict, analytic_by_width: dict,
                        entry=(0, 1)) -> dict:
    """Errors per width and seed, their mean/std, the fitted slope, one entry's spread."""
    widths = [w for w in widths if kernels_by_width.get(w)]
    errs = {w: [relative_frobenius(k, analytic_by_width[w]) for k in kernels_by_width[w]]
            for w in widths}
    mean = np.array([np.mean(errs[w]) for w in widths])
    std = np.array([np.std(errs[w]) for w in widths])
    slope, pref = fit_power_law(widths, mean)
    i, j = entry
    return {"widths": np.array(widths), "errors": errs, "mean": mean, "std": std,
            "slope": slope, "prefactor": pref,
            "entry": {w: np.array([k[i, j] for k in kernels_by_width[w]]) for w in widths},
            "entry_inf": {w: float(analytic_by_width[w][i, j]) for w in widths}}


# ----------------------------------------------------------------------------- predictions


def abstract_params(state: dict):
    """Parameter shapes of the state's network (no memory allocated)."""
    spec = appstate.build_spec(state)
    shape = appstate.input_shape(state)
    return spec, jax.eval_shape(lambda k: spec.init(k, shape), jax.random.PRNGKey(0))


def predict(state: dict, memory_budget: float) -> dict:
    """Predicted cost of computing the state's NTK, before any computation.

    Uses :mod:`ntk_core.finite.auto`'s decision (cost model, tiling within ``memory_budget``) on
    abstract parameters. Returns ``{"method", "time_s", "memory_bytes", "tile", "n_tiles",
    "reason", "error"}`` (``error``: a message if even a 1x1 tile does not fit); ``time_s``
    is the whole wall time: compile + run of the kernel, the network's initialisation
    (``init_s``, :func:`ntk_core.finite.compile_cost.init_time_s`) and the spectrum's
    eigensolve (``eig_s``, :func:`eig_time_s`).
    """

    spec, params = abstract_params(state)
    x = jnp.zeros(appstate.input_shape(state), jnp.float32)
    try:
        d = auto.decide(spec.apply, params, x, None, state["mode"], method=state["method"],
                        memory_budget=memory_budget)
    except auto.NTKMemoryError as e:
        return {"error": str(e), "time_s": math.inf, "memory_bytes": math.inf}
    row = next(r for r in d.costs if r["method"] == d.method)
    scale = 2.0 if state.get("prec") == "float64" else 1.0  # float64: twice the bytes (and,
    # roughly, the time: CPUs and most GPUs do half the float64 operations per second)
    eig = eig_time_s(matrix_size(state))  # the spectrum: float64 whatever the kernel's
    init = compile_cost.init_time_s(compile_cost.forward_compile_s(
        spec.apply, params, x, key=fn_key(spec.apply)))   # (measured by decide: cached)
    return {"method": d.method, "time_s": scale * float(row["time_s"]) + eig + init,
            "eig_s": eig, "init_s": init,
            "memory_bytes": scale * float(row["memory_bytes"]), "tile": d.tile,
            "n_tiles": int(row["n_tiles"]), "reason": d.reason, "error": None}

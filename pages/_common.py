"""Shared Streamlit helpers for the pages (not a navigation page itself).

Patterns every page follows (reuse them in new pages):

* The first statement after the imports is ``common.require_entry()`` (see there), and
  the page's url_path in app.py equals its file's stem.

* Widgets: use :func:`number`, :func:`select`, :func:`text`, :func:`toggle` with a key
  from ``ntk_core.appstate.DEFAULTS`` (add new keys there). They are bound to the URL
  (``bind="query-params"``) and keep their value across pages (``persist_state``), so a
  link reopens exactly the same view.
* Heavy work: call a ``cached_*`` function (``st.cache_data`` keyed on small tuples of
  widget values and seeds) that runs ntk_core code under :func:`device_slot`, the
  process-wide semaphore that keeps sessions from oversubscribing the device.
* Loops of steps (widths, seeds, sweep points): :func:`run_steps` shows real progress and
  can be stopped between steps.
* Before computing, :func:`guard` refuses oversized / invalid requests with a message.
* Output: :func:`plot` for every Plotly figure, :func:`downloads` for every matrix/table.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import threading
import time
import traceback
from collections.abc import Callable, Sequence

import numpy as np
import streamlit as st

from ntk_core import appcompute, appstate
from ntk_core.appstate import DEFAULTS, LIMITS

BIND = dict(bind="query-params", persist_state="session")


# (file, title, icon, url_path, core modules the page needs). Each url_path equals its
# file's stem and each page file starts with ``require_entry()``: a folder named pages/
# makes Streamlit start in its legacy "pages directory" mode until st.navigation first
# runs, and in that mode a URL runs its page file directly, without app.py;
# require_entry() then leaves that mode and reruns through app.py.
PAGES = [
    ("pages/home.py", "Home", ":material/home:", "", []),
    ("pages/build.py", "Build & compute", ":material/build:", "build", []),
    ("pages/methods.py", "Methods & cost", ":material/speed:", "methods", ["ntk_core.cost"]),
    ("pages/infinite.py", "Infinite width", ":material/all_inclusive:", "infinite",
     ["ntk_core.infinite"]),
    ("pages/laplace.py", "Laplace kernel", ":material/blur_circular:", "laplace",
     ["ntk_core.laplace", "ntk_core.sphere", "ntk_core.regression", "ntk_core.datasets"]),
    ("pages/compare.py", "Compare", ":material/compare_arrows:", "compare", []),
    ("pages/training_dynamics.py", "Training dynamics", ":material/trending_down:",
     "training_dynamics", ["ntk_core.dynamics"]),
]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def navigation_pages() -> list:
    """st.Page objects of the pages whose file exists and whose core modules landed."""
    live = [(path, title, icon, url) for path, title, icon, url, needs in PAGES
            if os.path.exists(os.path.join(ROOT, path))
            and all(importlib.util.find_spec(m) is not None for m in needs)]
    st.session_state["_pages"] = [url or "home" for *_, url in live]
    return [st.Page(os.path.join(ROOT, path), title=title, icon=icon,
                    **({"url_path": url} if url else {"default": True}))
            for path, title, icon, url in live]


def require_entry() -> None:
    """Make sure this run went through app.py (page config, sidebar, navigation).

    With a folder named ``pages/``, Streamlit starts in its legacy pages-directory mode
    until ``st.navigation`` first runs in the process; in that mode a URL such as /build
    runs ``pages/build.py`` directly. Then this leaves that mode (by calling
    st.navigation) and reruns, which goes through app.py on the same page and query.
    """
    if st.session_state.get("_entry"):
        return
    st.navigation(navigation_pages(), position="hidden")
    st.rerun()


# ----------------------------------------------------------------------------- widgets
def number(label: str, key: str, lo, hi, step=None, help: str | None = None, where=st, **kw):
    """URL-bound number input; its default comes from DEFAULTS[key]."""
    d = DEFAULTS[key]
    if isinstance(d, int):
        lo, hi, step = int(lo), int(hi), int(step or 1)
    else:
        lo, hi, step = float(lo), float(hi), float(step or 0.05)
    return where.number_input(label, lo, hi, d, step, key=key, help=help, **BIND, **kw)


def select(label: str, key: str, options: Sequence, help: str | None = None, where=st, **kw):
    """URL-bound selectbox. The shown option text is what goes into the URL, so options are
    shown as-is (keep them short and URL-safe) and explained in ``help``."""
    options = list(options)
    return where.selectbox(label, options, index=options.index(DEFAULTS[key]), key=key,
                           help=help, **BIND, **kw)


def radio(label: str, key: str, options: Sequence, where=st, help: str | None = None, **kw):
    options = list(options)
    return where.radio(label, options, index=options.index(DEFAULTS[key]), key=key,
                       help=help, horizontal=True, **BIND, **kw)


def describe(choices: dict) -> str:
    """Help text listing what each option means (for select/radio ``help``)."""
    return "  \n".join(f"**{k}**: {v}" for k, v in choices.items())


def text(label: str, key: str, help: str | None = None, where=st, **kw):
    return where.text_input(label, DEFAULTS[key], key=key, help=help, **BIND, **kw)


def toggle(label: str, key: str, help: str | None = None, where=st, **kw):
    return where.checkbox(label, DEFAULTS[key], key=key, help=help, **BIND, **kw)


def current_state() -> dict:
    """Every DEFAULTS key with its current widget value (defaults where not rendered)."""
    ss = st.session_state
    return {k: (ss[k] if k in ss else v) for k, v in DEFAULTS.items()}


def relevant(state: dict, extra: Sequence[str] = ()) -> tuple:
    """Hashable cache key: the network + data keys that matter for ``state``, plus extra."""
    keys = ["arch", "act", "wstd", "bstd", "param", "out", "data", "n", "seed"]
    if state["arch"] == "MLP":
        keys += ["depth", "width"]
    else:
        keys += ["nconv", "readout"] + [f"c{i}_{p}" for i in range(1, int(state["nconv"]) + 1)
                                        for p in ("ch", "f", "s", "p")]
    keys += ["img"] if state["data"] == "synthetic" else []
    keys += ["dim"] if state["data"] in ("sphere", "circle") else []
    return tuple((k, state[k]) for k in sorted(set(keys) | set(extra)))


# ----------------------------------------------------------------------------- sidebar
def DEVICE() -> str:
    """What JAX computes on (CPU or the GPU's name)."""
    from ntk_core.devices import describe_device
    return describe_device()


def sidebar(device: str) -> dict:
    """Shared controls (network and data), drawn by app.py on every page."""
    sb = st.sidebar
    sb.markdown(f"**Device:** {device}")
    with sb.expander("Network", expanded=True):
        radio("Architecture", "arch", ["MLP", "CNN"])
        arch = st.session_state.get("arch", DEFAULTS["arch"])
        if arch == "MLP":
            c1, c2 = st.columns(2)
            number("Depth", "depth", 0, LIMITS.max_depth, where=c1, help="hidden layers")
            number("Width", "width", 1, LIMITS.max_width, 64, where=c2, help="units per hidden layer")
        else:
            number("Conv layers", "nconv", 1, appstate.MAX_CONV_LAYERS)
            for i in range(1, int(st.session_state.get("nconv", DEFAULTS["nconv"])) + 1):
                st.caption(f"Conv layer {i}")
                c = st.columns(4)
                number("ch", f"c{i}_ch", 1, LIMITS.max_channels, where=c[0], help="channels")
                number("filter", f"c{i}_f", 1, 9, where=c[1], help="filter size")
                number("stride", f"c{i}_s", 1, 4, where=c[2])
                select("pad", f"c{i}_p", ["SAME", "VALID"], where=c[3])
            select("Readout", "readout", ["gap", "flatten"],
                   help=describe({"gap": "global average pooling over positions",
                                  "flatten": "concatenate all positions"}))
        select("Activation", "act", appstate.ACTIVATION_NAMES)
        c1, c2 = st.columns(2)
        number("W_std", "wstd", 0.05, 10.0, 0.05, where=c1, help="weight scale sigma_w")
        number("b_std", "bstd", 0.0, 10.0, 0.05, where=c2, help="bias scale sigma_b")
        c1, c2 = st.columns([3, 2])
        select("Parameterization", "param", ["ntk", "standard"], where=c1)
        number("Outputs O", "out", 1, LIMITS.max_out, where=c2)
    with sb.expander("Data", expanded=True):
        select("Inputs", "data", list(appstate.DATA_KINDS), help=describe(appstate.DATA_KINDS))
        kind = st.session_state.get("data", DEFAULTS["data"])
        c1, c2 = st.columns(2)
        number("N points", "n", 2, LIMITS.max_n * 4, where=c1, help=f"server limit {LIMITS.max_n}")
        if kind in ("sphere", "circle"):
            number("d (R^d)", "dim", 2, LIMITS.max_dim, where=c2)
        elif kind == "synthetic":
            number("Image size", "img", 4, LIMITS.max_image, where=c2)
        number("Seed", "seed", 0, 10**6, help="data and initialisation seed")
    return current_state()


def available_pages() -> set[str]:
    """url_paths of the pages app.py put in the navigation (for links and presets)."""
    return set(st.session_state.get("_pages", []))


# ----------------------------------------------------------------------------- compute
@st.cache_resource
def _semaphore() -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(max(1, LIMITS.device_slots))


@contextlib.contextmanager
def device_slot():
    """Process-wide: at most LIMITS.device_slots computations run on the device at once."""
    sem = _semaphore()
    sem.acquire()
    try:
        yield
    finally:
        sem.release()


@contextlib.contextmanager
def _slot_with_notice():
    """device_slot() that says so while it waits for another session (inside cached fns)."""
    sem = _semaphore()
    if not sem.acquire(blocking=False):
        note = st.empty()
        note.info("Waiting for another session's computation to finish…",
                  icon=":material/hourglass_top:")
        sem.acquire()
        note.empty()
    try:
        yield
    finally:
        sem.release()


@st.cache_data(max_entries=64, show_spinner=False)
def cached_ntk(key: tuple, method: str, mode: str) -> dict:
    """Empirical NTK (appcompute.compute) under the device slot, tiled within the server's
    memory limit, with a progress bar over tiles (created here so cache replay works)."""
    state = _state_of(key)
    state.update(method=method, mode=mode)
    bar = st.empty()

    def progress(done, total):
        if total > 1:
            bar.progress(done / total, text=f"NTK tiles done: {done} / {total}")
        return True

    with _slot_with_notice():
        res = appcompute.compute(state, memory_budget=LIMITS.max_memory_bytes,
                                 progress=progress)
    bar.empty()
    return res


@st.cache_data(max_entries=256, show_spinner=False)
def cached_prediction(key: tuple, method: str, mode: str) -> dict:
    """Cost-model prediction (no computation): see appcompute.predict."""
    state = _state_of(key)
    state.update(method=method, mode=mode)
    return appcompute.predict(state, LIMITS.max_memory_bytes)


def _state_of(key: tuple) -> dict:
    state = dict(DEFAULTS)
    state.update(dict(key))
    return state


@st.cache_data(max_entries=256, show_spinner=False)
def cached_finite(key: tuple, width: int, param_seed: int):
    """Empirical trace NTK at ``width`` for one initialisation seed (see appcompute)."""
    with device_slot():
        return appcompute.finite_trace_kernel(_state_of(key), width, param_seed)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_analytic(key: tuple, width: int | None = None):
    """Analytic infinite-width NTK of the configuration (numpy, no device needed)."""
    return appcompute.analytic_ntk(_state_of(key), width)


@st.cache_data(max_entries=32, show_spinner=False)
def cached_laplace(key: tuple) -> dict:
    """NTK vs Laplace / gamma-exponential study (analytic, numpy)."""
    return appcompute.laplace_study(_state_of(key))


@st.cache_data(max_entries=32, show_spinner=False)
def cached_laplace_regression(key: tuple) -> list:
    return appcompute.laplace_regression(_state_of(key), cached_laplace(key)["fits"])


@st.cache_data(max_entries=256, show_spinner=False)
def cached_cost_point(key: tuple, mode: str) -> dict:
    """Cost model at one configuration (no computation): see appcompute.cost_point."""
    return appcompute.cost_point(dict(_state_of(key), mode=mode))


@st.cache_data(max_entries=256, show_spinner=False)
def cached_measure(key: tuple, mode: str, method: str, reps: int) -> dict:
    """Measured time of one method at one configuration (under the device slot)."""
    with _slot_with_notice():
        return appcompute.measure_point(dict(_state_of(key), mode=mode), method, reps)


def guard(state: dict, on_gpu: bool = False) -> bool:
    """Show what to change and return False if the request must not run.

    Structural checks first (invalid networks, N, width), then the cost model's predicted
    time and memory for the method that would run (:func:`cached_prediction`)."""
    problems, _ = appstate.check_request(state, predicted={"time_s": 0, "memory_bytes": 0})
    if not problems and importlib.util.find_spec("ntk_core.cost") is not None:
        try:
            pred = cached_prediction(relevant(state), state.get("method", "auto"),
                                     state.get("mode", "trace"))
        except (ValueError, TypeError) as e:
            pred = {"error": f"the cost model failed ({e})", "time_s": 0, "memory_bytes": 0}
        problems, _ = appstate.check_request(state, on_gpu=on_gpu, predicted=pred)
    elif not problems:
        problems, _ = appstate.check_request(state, on_gpu=on_gpu)
    for p in problems:
        st.error(p, icon=":material/block:")
    return not problems


def friendly_error(what: str, exc: BaseException) -> None:
    """A clear message (no traceback box); details in an expander for the curious."""
    st.error(f"{what} failed: {type(exc).__name__}: {exc}", icon=":material/error:")
    with st.expander("Details"):
        st.code("".join(traceback.format_exception_only(type(exc), exc)))


def ntk(state: dict, check: bool = True) -> dict | None:
    """Guarded, cached, device-locked NTK for the widgets' state; None if refused/failed.
    ``check=False`` when the caller already ran :func:`guard`."""
    if check and not guard(state):
        return None
    try:
        with st.spinner("Computing the NTK (queued if another session is using the device)…"):
            res = cached_ntk(relevant(state), state["method"], state["mode"])
    except (ValueError, TypeError, MemoryError, RuntimeError) as e:
        friendly_error("Computing the NTK", e)
        return None
    if not res.get("finite", True):
        st.error(f"The kernel has {res['n_nonfinite']} non-finite entries (NaN/inf), so it is "
                 "not plotted. Reduce W_std or the depth, or use a bounded activation.")
        return None
    return res


def run_steps(name: str, steps: Sequence[tuple[str, Callable[[], object]]],
              title: str = "Computing", signature=None) -> list:
    """Run ``steps`` (label, thunk) with a status box and a progress bar.

    Each thunk should be a cached call. A Stop button interrupts between steps (the click
    reruns the script, which stops at the next progress update); after a stop only the
    steps already done are shown until Continue is pressed. Returns the results of the
    steps that ran (None for those skipped). ``signature`` identifies what the labels
    refer to (e.g. the configuration's cache key): when it changes, the record of steps
    done is reset.
    """
    flag, done_key, sig_key = f"_stopped_{name}", f"_done_{name}", f"_sig_{name}"
    if st.session_state.get(sig_key) != repr(signature):
        st.session_state[sig_key] = repr(signature)
        st.session_state[done_key] = set()
    done = st.session_state.setdefault(done_key, set())
    stopped = st.session_state.get(flag, False)
    c1, c2 = st.columns([1, 5])
    if stopped:
        c1.button("Continue", key=f"_cont_{name}",
                  on_click=lambda: st.session_state.update({flag: False}))
        c2.warning("Stopped: showing only the steps done before the stop.")
    else:
        c1.button("Stop", key=f"_stop_{name}",
                  on_click=lambda: st.session_state.update({flag: True}))
    results: list = []
    todo = [s for s in steps if not stopped or s[0] in done]
    with st.status(f"{title}: 0 / {len(steps)} steps", expanded=False) as status:
        bar = st.progress(0.0)
        t0 = time.perf_counter()
        for i, (label, thunk) in enumerate(steps):
            if stopped and label not in done:
                results.append(None)
                continue
            bar.progress(i / max(1, len(steps)), text=f"{label} ({i}/{len(steps)} done)")
            results.append(thunk())
            done.add(label)
        bar.progress(1.0, text=f"{len(todo)} / {len(steps)} steps in {time.perf_counter() - t0:.1f} s")
        status.update(label=f"{title}: {len(todo)} / {len(steps)} steps done",
                      state="complete" if len(todo) == len(steps) else "error")
    return results


# ----------------------------------------------------------------------------- output
def plot(fig, key: str | None = None) -> None:
    st.plotly_chart(fig, width="stretch", key=key,
                    config={"displaylogo": False, "toImageButtonOptions": {"scale": 2}})


def _npz_bytes(arrays: dict) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, **{k: np.asarray(v) for k, v in arrays.items() if v is not None})
    return buf.getvalue()


def _csv_bytes(mat) -> bytes:
    buf = io.StringIO()
    np.savetxt(buf, np.atleast_2d(np.asarray(mat)), delimiter=",", fmt="%.8g")
    return buf.getvalue().encode()


def downloads(name: str, arrays: dict | None = None, table=None, csv_matrix=None,
              where=st) -> None:
    """Download buttons: NPZ of ``arrays``, CSV of a 2-D ``csv_matrix`` and of ``table``.
    Files are generated only when a button is clicked (deferred data)."""
    cols = where.columns(3)
    if arrays:
        cols[0].download_button(f"{name}.npz", lambda: _npz_bytes(arrays), f"{name}.npz",
                                "application/octet-stream", key=f"dl_npz_{name}",
                                icon=":material/download:", on_click="ignore")
    if csv_matrix is not None:
        cols[1].download_button(f"{name}.csv", lambda: _csv_bytes(csv_matrix), f"{name}.csv",
                                "text/csv", key=f"dl_csv_{name}", icon=":material/download:",
                                on_click="ignore")
    if table is not None:
        cols[2].download_button(f"{name}_table.csv", lambda: table.to_csv(index=False).encode(),
                                f"{name}_table.csv", "text/csv", key=f"dl_tab_{name}",
                                icon=":material/download:", on_click="ignore")


def sync_stored_to_url() -> None:
    """Stored Compare configurations live in the URL too (repeated ``cmp`` parameters)."""
    ss = st.session_state
    if "stored" not in ss:
        ss["stored"] = [c for c in st.query_params.get_all("cmp") if c]
    if ss["stored"]:
        st.query_params["cmp"] = list(ss["stored"])
    elif "cmp" in st.query_params:
        del st.query_params["cmp"]

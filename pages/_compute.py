"""Cached, guarded and device-locked computation for the pages (helpers, not a page).

Heavy work runs in ``cached_*`` functions (``st.cache_data`` keyed on small tuples of
widget values and seeds) under :func:`device_slot`, the process-wide semaphore that keeps
sessions from oversubscribing the device; :func:`guard` refuses oversized or invalid
requests before any computation; :func:`run_steps` shows real progress over loops and
can be stopped between steps.
"""
from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Callable, Sequence

import streamlit as st

from ntk_core.app import compute as appcompute, cost_study, laplace_study, state as appstate
from ntk_core.app.state import DEFAULTS, LIMITS
from pages._widgets import relevant


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
    return laplace_study.laplace_study(_state_of(key))


@st.cache_data(max_entries=32, show_spinner=False)
def cached_laplace_regression(key: tuple) -> list:
    return laplace_study.laplace_regression(_state_of(key), cached_laplace(key)["fits"])


@st.cache_data(max_entries=16, show_spinner=False)
def cached_scale_curve(key: tuple) -> dict:
    """Scale page: features' approximation error vs m, with a progress bar over draws."""
    from ntk_core.app import scale_study
    bar = st.empty()

    def progress(done, total):
        bar.progress(done / total, text=f"feature draws done: {done} / {total}")

    with _slot_with_notice():
        res = scale_study.approximation_curve(_state_of(key), progress=progress)
    bar.empty()
    return res


@st.cache_data(max_entries=64, show_spinner=False)
def cached_scale_row(key: tuple, which: str) -> dict | None:
    """Scale page: one KRR row (features, exact NTK or Laplace)."""
    from ntk_core.app import scale_study
    with _slot_with_notice():
        return scale_study.krr_rows(_state_of(key), which)


@st.cache_data(max_entries=256, show_spinner=False)
def cached_cost_point(key: tuple, mode: str) -> dict:
    """Cost model at one configuration (no computation): see cost_study.cost_point."""
    return cost_study.cost_point(dict(_state_of(key), mode=mode))


@st.cache_data(max_entries=256, show_spinner=False)
def cached_measure(key: tuple, mode: str, method: str, reps: int) -> dict:
    """Measured time of one method at one configuration (under the device slot)."""
    with _slot_with_notice():
        return cost_study.measure_point(dict(_state_of(key), mode=mode), method, reps)


def guard(state: dict, on_gpu: bool = False) -> bool:
    """Show what to change and return False if the request must not run.

    Structural checks first (invalid networks, N, width), then the cost model's predicted
    time and memory for the method that would run (:func:`cached_prediction`)."""
    problems, _ = appstate.check_request(state, predicted={"time_s": 0, "memory_bytes": 0})
    if not problems:
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

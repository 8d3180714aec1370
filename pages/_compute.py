"""Cached, guarded and device-locked computation for the pages (helpers, not a page).

Heavy work runs in ``cached_*`` functions (``st.cache_data`` keyed on small tuples of
widget values and seeds; a cache hit never queues) under :func:`device_slot`, the
process-wide queues that keep sessions from oversubscribing the device (light requests
have their own lane; a queued request shows its place and an estimate). Work for a
session that has gone away stops at the next tile or step (:func:`session_alive`).
:func:`guard` refuses oversized or invalid requests before any computation (the
validation layer, :mod:`ntk_core.app.validation`); :func:`run_steps` shows real progress
over loops and can be stopped between steps.
"""
from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence

import streamlit as st

from ntk_core.app import compute as appcompute, cost_study, laplace_study, validation
from ntk_core.app.memory import ServerBusy, ServerMemory, request_bytes
from ntk_core.app.state import DEFAULTS, LIMITS
from ntk_core.finite.tiling import Cancelled
from ntk_core.networks.specs import SpecError
from pages import _serving
from pages._serving import device_slot, tile_progress
from pages._widgets import relevant


def _estimate(state: dict) -> float | None:
    try:
        return validation.rough_prediction(state)["time_s"]
    except (SpecError, ValueError, TypeError, KeyError):
        return None


@st.cache_resource
def server_memory() -> ServerMemory:
    """The process-wide store of NTK results, bounded in bytes, and the admission of new
    work under the server's memory budget (NTK_APP_MAX_SERVER_GB)."""
    return ServerMemory()


def cached_ntk(key: tuple, method: str, mode: str) -> dict:
    """Empirical NTK (appcompute.compute) under the device slot, tiled within the server's
    memory limit, with a progress bar over tiles. Results are kept in
    :func:`server_memory` (shared between sessions, bounded in bytes, read-only); a new
    one is admitted only if it fits the server's memory budget (else ServerBusy)."""
    mem, ck = server_memory(), ("ntk", key, method, mode)
    hit = mem.get(ck)
    if hit is not None:
        return hit
    state = _state_of(key)
    state.update(method=method, mode=mode)
    bar = st.empty()
    pred = cached_prediction(key, method, mode)
    need = request_bytes(state, min(pred.get("memory_bytes") or 0.0, LIMITS.max_memory_bytes))
    with device_slot(pred.get("time_s")), mem.admit(need, "this NTK"):
        res = appcompute.compute(state, memory_budget=LIMITS.max_memory_bytes,
                                 progress=tile_progress(bar))
    bar.empty()
    mem.put(ck, res)
    return res


def cached_ntk_or_none(key: tuple, method: str, mode: str) -> dict | None:
    """:func:`cached_ntk`, or None with the server's message when its memory budget is full
    (for pages that show several kernels, such as Compare)."""
    try:
        return cached_ntk(key, method, mode)
    except ServerBusy as e:
        st.error(str(e), icon=":material/memory:")
        return None


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
    state = _state_of(key)
    with device_slot(_estimate(appcompute.with_width(state, width))):
        return appcompute.finite_trace_kernel(state, width, param_seed)


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


@st.cache_data(max_entries=256, show_spinner=False)
def cached_cost_point(key: tuple, mode: str) -> dict:
    """Cost model at one configuration (no computation): see cost_study.cost_point."""
    return cost_study.cost_point(dict(_state_of(key), mode=mode))


@st.cache_data(max_entries=256, show_spinner=False)
def cached_measure(key: tuple, mode: str, method: str, reps: int) -> dict:
    """Measured time of one method at one configuration (under the device slot)."""
    state = dict(_state_of(key), mode=mode, method=method)
    with device_slot(_estimate(state)):
        return cost_study.measure_point(dict(_state_of(key), mode=mode), method, reps)


def request_problems(state: dict, on_gpu: bool = False) -> list[str]:
    """Why the NTK request must not run (empty if it may): the validation layer's checks,
    then the calibrated cost model's predicted time and memory for the method that would
    run (:func:`cached_prediction`). The sidebar and Compare show these same messages."""
    problems, _ = validation.check_request(state, predicted={"time_s": 0, "memory_bytes": 0})
    if problems:
        return problems
    try:
        pred = cached_prediction(relevant(state), state.get("method", "auto"),
                                 state.get("mode", "trace"))
    except (ValueError, TypeError) as e:
        pred = {"error": f"the cost model failed ({e})", "time_s": 0, "memory_bytes": 0}
    return validation.check_request(state, on_gpu=on_gpu, predicted=pred)[0]


def guard(state: dict, on_gpu: bool = False) -> bool:
    """Show what to change and return False if the request must not run."""
    problems = request_problems(state, on_gpu)
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
    except Cancelled:
        st.stop()
    except (ValueError, TypeError, MemoryError, RuntimeError) as e:
        friendly_error("Computing the NTK", e)
        return None
    if not res.get("finite", True):
        st.error(validation.nonfinite_message("The kernel", state, res["n_nonfinite"]),
                 icon=":material/error:")
        return None
    return res


def run_steps(name: str, steps: Sequence[tuple[str, Callable[[], object]]],
              title: str = "Computing", signature=None) -> list:
    """Run ``steps`` (label, thunk) with a status box and a progress bar.

    Each thunk should be a cached call. A Stop button, shown only while the steps run,
    interrupts between steps (the click
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
    else:  # only while the steps run: removed below once they are done
        stop_slot = c1.empty()
        stop_slot.button("Stop", key=f"_stop_{name}",
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
            if not _serving.session_alive():
                _serving._LOG.info("session went away: %s cancelled at step %d / %d", name, i, len(steps))
                st.stop()
            results.append(thunk())
            done.add(label)
        bar.progress(1.0, text=f"{len(todo)} / {len(steps)} steps in {time.perf_counter() - t0:.1f} s")
        status.update(label=f"{title}: {len(todo)} / {len(steps)} steps done",
                      state="complete" if len(todo) == len(steps) else "error")
    if not stopped:
        stop_slot.empty()  # nothing left to stop
    return results

"""Sharing the device between sessions (helpers for the pages, not a page).

:func:`device_slot` queues a request on one of two process-wide queues
(:class:`ntk_core.app.serving.DeviceQueue`): heavy requests, and light ones (predicted
below ``LIMITS.light_s``) that never wait behind a heavy one. Cache hits of the
``cached_*`` functions never get here. A queued request shows its place and an estimate.
Work for a session that has gone away (closed tab) stops at the next tile or step:
:func:`session_alive` asks Streamlit's runtime whether the session is still connected.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable

import streamlit as st
from streamlit import runtime
from streamlit.logger import get_logger
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ntk_core.app.serving import DeviceQueue
from ntk_core.app.state import LIMITS
from ntk_core.finite.tiling import Cancelled

_LOG = get_logger(__name__)


@st.cache_resource
def _queues() -> dict[str, DeviceQueue]:
    """Process-wide queues for the device: heavy requests and light ones (predicted below
    LIMITS.light_s), so a quick request never waits behind a long one."""
    return {"heavy": DeviceQueue(LIMITS.device_slots), "light": DeviceQueue(LIMITS.device_slots)}


def session_alive() -> bool:
    """Whether the browser session this script runs for is still connected (True outside
    a server, e.g. in AppTest). Checked at every tile and step boundary."""
    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return True
    return runtime.get_instance().is_active_session(ctx.session_id)


def check_alive(what: str = "computation") -> None:
    """Raise Cancelled if the session has gone away (call between tiles or steps)."""
    if not session_alive():
        _LOG.info("session went away: %s cancelled", what)
        raise Cancelled(f"the session went away; {what} cancelled")


@contextlib.contextmanager
def device_slot(estimate_s: float | None = None, notice: bool = True):
    """A place on the device: at most LIMITS.device_slots requests of each lane run at
    once. While queued, says its place and an estimate (``notice``); leaves the queue if
    the session goes away."""
    light = estimate_s is not None and estimate_s < LIMITS.light_s
    q = _queues()["light" if light else "heavy"]
    note = st.empty() if notice and q.busy() >= q.slots else None

    def waiting(place, eta):
        if note is not None:
            note.info(f"Queued behind other sessions' computations: place {place}, about "
                      f"{max(eta, 1):.0f} s until it starts.", icon=":material/hourglass_top:")

    with q.slot(estimate_s or LIMITS.light_s * 10, alive=session_alive, on_wait=waiting):
        if note is not None:
            note.empty()
        yield


def tile_progress(bar=None) -> Callable[[int, int], bool]:
    """``progress(done, total)`` for compute_ntk: draws the bar and returns False (stop at
    this tile boundary) once the session has gone away."""
    def progress(done, total):
        if not session_alive():
            _LOG.info("session went away: NTK cancelled after tile %d / %d", done, total)
            return False
        if bar is not None and total > 1:
            bar.progress(done / total, text=f"NTK tiles done: {done} / {total}")
        return True
    return progress

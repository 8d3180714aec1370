"""Cached computations of the Ensembles page (not a page): the infinite-width study keyed
on its small setup, and finite ensembles in a process-wide LRU with a live progress bar."""
from __future__ import annotations

import threading
from collections import OrderedDict

import streamlit as st

from ntk_core.app import ensembles_study as study
from ntk_core.app.state import LIMITS
from pages._serving import check_alive, device_slot, session_alive


@st.cache_data(max_entries=64, show_spinner="Infinite-width kernels and ensembles…")
def cached_infinite(setup: study.EnsembleSetup) -> dict:
    with device_slot(0.5):
        return study.infinite_study(setup)


@st.cache_resource
def _store():
    """Finished finite ensembles, most recent last (st.cache_data would replay the progress
    bar drawn inside it, so the bar lives here)."""
    return OrderedDict(), threading.Lock()


def finite_run(setup: study.EnsembleSetup, inf: dict) -> dict:
    """The finite ensemble of ``setup`` (cached per setup); a progress bar while training,
    which stops early (not cached) if the session goes away."""
    store, lock = _store()
    with lock:
        if setup in store:
            store.move_to_end(setup)
            return store[setup]
    bar = st.progress(0.0, text="Training the finite ensemble…")

    def progress(frac, msg):
        check_alive("ensemble training")
        bar.progress(min(1.0, max(0.0, frac)), text=f"Training {setup.members} networks: {msg}")

    with device_slot(study.train_flops(setup) / LIMITS.cpu_flops_per_s):
        out = study.finite_study(setup, inf, progress=progress, stop=lambda: not session_alive())
    bar.empty()
    if not out["stopped"]:
        with lock:
            store[setup] = out
            while len(store) > 16:
                store.popitem(last=False)
    return out

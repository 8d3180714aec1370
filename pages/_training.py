"""Cached training runs and sweep points for the Training dynamics page (not a page)."""
from __future__ import annotations

import threading
from collections import OrderedDict

import streamlit as st

from ntk_core import dynamics
from ntk_core.app.state import LIMITS
from pages._serving import check_alive, device_slot


def _estimate(spec, task, steps) -> float:
    return dynamics.train_flops(spec, task.d, task.n_train + task.n_test, steps) / \
        LIMITS.cpu_flops_per_s


@st.cache_resource
def _run_store():
    """Process-wide LRU of finished training runs (st.cache_data cannot show live progress:
    elements drawn inside a cached function are replayed, so the progress bar lives here)."""
    return OrderedDict(), threading.Lock()


def training_run(spec, task, cfg, seed):
    store, lock = _run_store()
    key = (spec, task, cfg, int(seed))
    with lock:
        if key in store:
            store.move_to_end(key)
            return store[key]
    bar = st.progress(0.0, text="Training…")

    def progress(frac, msg):  # between chunks of steps: stop if the session has gone
        check_alive("training")
        bar.progress(min(1.0, max(0.0, float(frac))), text=f"Training: {msg}")

    with device_slot(_estimate(spec, task, cfg.steps)):
        run = dynamics.train(spec, dynamics.make_task(task), cfg, _init_key(seed),
                             progress=progress)
    bar.empty()
    with lock:
        store[key] = run
        while len(store) > 32:
            store.popitem(last=False)
    return run


def _init_key(seed):
    import jax
    return jax.random.PRNGKey(int(seed))


@st.cache_data(max_entries=256, show_spinner=False)
def cached_sweep_point(spec, task, cfg, variable, value, seeds, seed):
    """One width (or alpha) of a sweep: the SweepResult of a single value."""
    data = dynamics.make_task(task)
    with device_slot(_estimate(spec, task, cfg.steps) * seeds):
        if variable == "width":
            return dynamics.width_sweep(spec, data, cfg, [value], _init_key(seed), seeds=seeds)
        return dynamics.alpha_sweep(spec, data, cfg, [value], _init_key(seed), seeds=seeds,
                                    center=True)

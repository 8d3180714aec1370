"""Server warm-up: every page's default view and every lecture preset, computed once in a
background thread into the caches the pages read (helpers, not a page).

A lecturer opens each page once, on a server that was just started: without a warm-up
each first opening compiles (XLA) and computes its view while the room waits. The
thread calls the same ``cached_*`` functions with the same arguments as the pages, so
the first visitor gets cache hits; JAX's persistent compilation cache
(:mod:`ntk_core.app.compile_cache`) makes a restarted server compile little.

It starts when the server's first session runs app.py (Streamlit runs no app code
before a browser connects), unless ``NTK_APP_WARMUP=0``. It holds the device queue like
any request, one job at a time, so visitors' requests interleave with it.
:func:`note` shows its progress in the sidebar.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field

import streamlit as st
from streamlit import runtime

from ntk_core.app import compare_setup, compute as appcompute, dynamics_setup, validation
from ntk_core.app import cost_study, ensembles_study, init_study
from ntk_core.app.state import (DEFAULTS, LAPLACE_KEYS, PRESETS, RECURRENT_KEYS, SCALE_KEYS,
                                state_with, sweep_state)
from pages import _compute as C, _ensemble_runs as E, _init_compare as I, _recurrent_runs as R
from pages import _scale_runs as SR, _training as T
from pages._serving import _LOG
from pages._widgets import relevant


@dataclass
class Progress:
    """What the warm-up has done (read by :func:`note`; written by the thread only)."""

    views: list[str] = field(default_factory=list)
    done: int = 0
    current: str = ""
    failed: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    seconds: float | None = None  # total, once finished
    view_seconds: dict = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.seconds is None


# ----------------------------------------------------------------------------- per page
def _build(state, stored):
    if not C.request_problems(state):
        C.cached_ntk(relevant(state), state["method"], state["mode"])
        if state["arch"] != "Layers" and state["param"] == "ntk" and state["mode"] == "trace":
            C.cached_analytic(relevant(state))  # the tiny-eigenvalue note's comparison


def _methods(state, stored):
    xs, problem = validation.sweep_values(state)
    if problem:
        return
    keys = [relevant(dict(sweep_state(state, state["sweep"], x), method="auto")) for x in xs]
    costs = [C.cached_cost_point(k, state["mode"]) for k in keys]
    todo, _ = cost_study.measurement_plan(xs, costs, state["sweep"])
    for i, m in todo:
        C.cached_measure(keys[i], state["mode"], m, int(state["sweep_reps"]))


def _infinite(state, stored):
    if state["inf_cmp_init"]:  # the Gaussian vs orthogonal section: both inits' kernels
        for init in init_study.INITS:
            _infinite(dict(state, init=init, inf_cmp_init=False), stored)
    widths, problem = validation.list_values("inf_widths", state["inf_widths"])
    base = dict(state, n=int(state["inf_n"]), method="auto", mode="trace")
    if problem or C.request_problems(appcompute.with_width(base, max(widths))) or \
            appcompute.no_analytic_kernel(base):
        return
    key = relevant(base)
    for w in widths:
        C.cached_analytic(key, w if state["param"] == "standard" else None)
    for w in widths:
        for s in range(int(state["inf_seeds"])):
            C.cached_finite(key, w, s)


def _laplace(state, stored):
    key = tuple((k, state[k]) for k in LAPLACE_KEYS)
    C.cached_laplace(key)
    C.cached_laplace_regression(key)


def _scale(state, stored):
    if validation.check_scale_request(state):
        return
    key = tuple((k, state[k]) for k in SCALE_KEYS)
    SR.cached_scale_curve(key)
    SR.cached_scale_methods(key)  # the page's second step (missed: Scale opened in 174 s)
    for which in ("features", "exact", "laplace"):
        SR.cached_scale_row(key, which)


def _compare(state, stored):
    codes = list(stored) or compare_setup.default_comparison()
    timed = ("jacobian_contraction", "ntk_vector_products", "structured_derivatives") \
        if state["cmp_methods"] else ()
    for code in codes:
        v = validation.validate_config(code, predicted=validation.NO_COST)
        if v.ok and not C.request_problems(v.state):
            for m in (v.state["method"],) + timed:
                C.cached_ntk(relevant(v.state), m, v.state["mode"])


def _training(state, stored):
    if state["arch"] != "MLP" or state["data"] not in ("sphere", "circle"):
        return
    spec, task, cfg, sweep_cfg = dynamics_setup.training_setup(state)
    T.training_run(spec, task, cfg, int(state["seed"]))
    if state["dyn_cmp_init"]:
        I.both_init_runs(spec, task, cfg, int(state["seed"]))
    if not state["dyn_sweep"]:
        return
    widths, _ = validation.list_values("dyn_widths", state["dyn_widths"])
    alphas, _ = validation.list_values("dyn_alphas", state["dyn_alphas"])
    for var, values in (("width", widths or []), ("alpha", alphas or [])):
        for v in values:
            T.cached_sweep_point(spec, task, sweep_cfg, var, v, int(state["dyn_seeds"]),
                                 int(state["seed"]))


def _ensembles(state, stored):
    if validation.check_ensemble_request(state):
        return
    setup = ensembles_study.EnsembleSetup.from_state(state)
    inf = E.cached_infinite(setup)
    if state["ens_finite"]:
        E.finite_run(setup, inf)


def _recurrent(state, stored):
    if validation.check_recurrent_request(state):
        return
    key = tuple((k, state[k]) for k in RECURRENT_KEYS)
    R.cached_kernels(key)
    R.cached_sensitivity(key)


WARMERS = {"build": _build, "methods": _methods, "infinite": _infinite, "laplace": _laplace,
           "compare": _compare, "scale": _scale, "training_dynamics": _training,
           "ensembles": _ensembles, "recurrent": _recurrent}
TITLES = {"build": "Build & compute", "methods": "Methods & cost", "infinite": "Infinite width",
          "laplace": "Laplace kernel", "compare": "Compare", "scale": "Scale",
          "training_dynamics": "Training dynamics", "ensembles": "Ensembles",
          "recurrent": "Recurrent"}


def views(pages=None) -> list[tuple[str, str, dict, tuple]]:
    """(label, page, state, stored Compare codes) of every page's default view, then every
    lecture preset (in the order a lecture opens them)."""
    pages = list(WARMERS) if pages is None else [p for p in WARMERS if p in pages]
    out = [(f"{TITLES[p]} (default view)", p, dict(DEFAULTS), ()) for p in pages]
    out += [(f"preset {p.title}", p.page, state_with(p.values), p.stored)
            for p in PRESETS if p.page in pages]
    return out


def run(progress: Progress, pages=None) -> Progress:
    """Warm every view in turn (a failure is logged and skipped); fills ``progress``."""
    todo = views(pages)
    progress.views = [label for label, *_ in todo]
    for label, page, state, stored in todo:
        progress.current = label
        t0 = time.perf_counter()
        try:
            WARMERS[page](state, stored)
        except Exception as e:  # noqa: BLE001 - a view that fails is reported, not fatal
            progress.failed.append(f"{label}: {type(e).__name__}: {e}")
            _LOG.warning("warm-up of %s failed: %s", label, e)
        progress.view_seconds[label] = time.perf_counter() - t0
        _LOG.info("warm-up view %r took %.1f s", label, progress.view_seconds[label])
        progress.done += 1
    progress.current = ""
    progress.seconds = time.perf_counter() - progress.started
    _LOG.info("warm-up finished in %.1f s (%d views, %d failed)", progress.seconds,
              len(todo), len(progress.failed))
    return progress


class _QuietThread(logging.Filter):
    """Drop Streamlit's "missing ScriptRunContext" warnings of the warm-up thread (its
    st.* calls inside cached functions draw nothing, by design)."""

    def filter(self, record):
        return not (threading.current_thread().name == "ntk-warmup"
                    and "ScriptRunContext" in record.getMessage())


def real_server() -> bool:
    """True inside `streamlit run` (not in AppTest, whose runtime is a mock)."""
    from streamlit.runtime import Runtime
    return runtime.exists() and type(runtime.get_instance()) is Runtime


@st.cache_resource(show_spinner=False)
def _started(pages: tuple) -> Progress | None:
    if os.environ.get("NTK_APP_WARMUP", "1").strip().lower() in ("0", "off", "false", "no") \
            or not real_server():
        return None
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.scriptrunner.script_run_context"):
        logging.getLogger(name).addFilter(_QuietThread())
    progress = Progress()
    threading.Thread(target=run, args=(progress, pages), name="ntk-warmup", daemon=True).start()
    return progress


def start(pages) -> Progress | None:
    """Start the warm-up once per server process (None when disabled or under AppTest).
    ``NTK_APP_WARMUP_PAGES`` (comma-separated url paths) limits it to those pages."""
    only = [p for p in os.environ.get("NTK_APP_WARMUP_PAGES", "").split(",") if p.strip()]
    return _started(tuple(sorted(p for p in pages if not only or p in only)))


def note(progress: Progress | None) -> None:
    """Sidebar note while the warm-up runs (refreshed every few seconds), then a line."""
    if progress is None:
        return

    @st.fragment(run_every=3 if progress.running else None)
    def _note():
        box = st.container(key="warmup_note")
        if progress.running:
            box.info(f"**Warming up the server:** {progress.done} / {len(progress.views)} "
                     f"views ready ({time.perf_counter() - progress.started:.0f} s). "
                     f"Now: {progress.current or 'starting'}. Pages not yet warm take "
                     "longer to open the first time.", icon=":material/hourglass_top:")
        else:
            box.caption(f"Server warm: {len(progress.views) - len(progress.failed)} views "
                        f"computed in {progress.seconds:.0f} s at start.")
            for f in progress.failed:
                box.caption(f"Warm-up skipped {f}")
    with st.sidebar:
        _note()

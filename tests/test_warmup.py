"""The server's warm-up (pages/_warmup.py): its job list fills the very caches the pages
read, so a page it covered opens without computing; the sidebar says how far it is.

Run in-process on a small view (2 shared CPU cores): the warm-up's own ``run`` over a
Build & compute view, then the real page in AppTest with the same settings in the URL,
counting the library calls that compute (the NTK, the analytic kernel). A control opening with a setting the warm-up did
not cover must compute: the counters do see a page's work.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ntk_core import dynamics
from ntk_core.app import compute as appcompute, state as appstate

st_testing = pytest.importorskip("streamlit.testing.v1")
APP = str(Path(__file__).resolve().parent.parent / "app.py")

# a small version of a page's view (the real list: _warmup.views(), all pages and presets)
BUILD = {"width": 24, "n": 10}


def _open(page_file: str, values: dict):
    at = st_testing.AppTest.from_file(APP, default_timeout=120)
    for k, v in values.items():
        at.query_params[k] = appstate.encode_value(v)
    at.run()
    at.switch_page(page_file)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


class Calls:
    """Wraps library functions, counting calls by name."""

    def __init__(self, monkeypatch, targets):
        self.n = {}
        for mod, name in targets:
            orig = getattr(mod, name)
            self.n[name] = 0

            def wrapped(*a, _orig=orig, _name=name, **k):
                self.n[_name] += 1
                return _orig(*a, **k)
            monkeypatch.setattr(mod, name, wrapped)


def test_warmed_views_open_without_computing(monkeypatch):
    from pages import _warmup
    todo = [("build (small)", "build", appstate.state_with(BUILD), ())]
    monkeypatch.setattr(_warmup, "views", lambda pages=None: todo)
    calls = Calls(monkeypatch, [(appcompute, "compute"), (appcompute, "analytic_ntk")])
    progress = _warmup.run(_warmup.Progress())
    assert not progress.failed, progress.failed
    assert progress.done == 1 and progress.seconds is not None
    assert set(progress.view_seconds) == {"build (small)"}
    # the warm-up did the work: the NTK and the analytic kernel (the tiny-eigenvalue note)
    assert calls.n["compute"] == 1 and calls.n["analytic_ntk"] >= 1

    before = dict(calls.n)
    at = _open("pages/build.py", BUILD)
    assert len(at.get("plotly_chart")) >= 2        # heatmap and spectrum, from the cache
    assert calls.n == before, f"a warmed page computed again: {before} -> {calls.n}"

    # control: a view the warm-up did not cover computes (the counters see page work)
    _open("pages/build.py", dict(BUILD, n=11))
    assert calls.n["compute"] == before["compute"] + 1


def _note_texts(at):
    return [i.value for i in at.sidebar.info], [c.value for c in at.sidebar.caption]


def test_sidebar_note_while_running_then_done(monkeypatch):
    from pages import _warmup
    progress = _warmup.Progress(views=["a", "b", "c"], done=1, current="Compare (default view)")
    monkeypatch.setattr(_warmup, "start", lambda pages: progress)
    at = st_testing.AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    infos, _ = _note_texts(at)
    note = [t for t in infos if "Warming up the server" in t]
    assert note and "1 / 3 views ready" in note[0] and "Now: Compare (default view)" in note[0]

    progress.done, progress.current, progress.seconds = 3, "", 42.4
    progress.failed.append("c: RuntimeError: boom")
    at.run()
    infos, captions = _note_texts(at)
    assert not any("Warming up" in t for t in infos)
    assert any("Server warm: 2 views computed in 42 s" in t for t in captions), captions
    assert any("Warm-up skipped c: RuntimeError: boom" in t for t in captions)


def test_no_warmup_in_apptest_or_when_disabled(monkeypatch):
    from pages import _warmup
    assert not _warmup.real_server()                   # AppTest / pytest: never a thread
    monkeypatch.setattr(_warmup, "real_server", lambda: True)
    monkeypatch.setenv("NTK_APP_WARMUP", "0")
    _warmup._started.clear()
    assert _warmup.start(["build"]) is None
    _warmup._started.clear()


def test_views_cover_every_page_default_and_preset():
    from pages import _warmup
    labels = [v[0] for v in _warmup.views()]
    pages = [v[1] for v in _warmup.views()]
    assert set(pages) == set(_warmup.WARMERS)
    for p in _warmup.WARMERS:
        assert f"{_warmup.TITLES[p]} (default view)" in labels
    assert [lab for lab in labels if lab.startswith("preset ")] == \
        [f"preset {p.title}" for p in appstate.PRESETS]


def test_training_infinite_kernel_of_float32_sphere_data():
    """The training views' infinite-width NTK on float32 points of the sphere (snapped to
    one norm, 1-D table) against the per-pair 2-D quadrature on the same points in float64.
    Tolerance 1e-6 relative: the snap moves the inputs by float32 rounding (~1.2e-7
    relative, a Lipschitz change of the kernel of that order) and the table is good to
    1e-9 (ntk_core.infinite.dual)."""
    from ntk_core.infinite import mlp_kernels
    from ntk_core.networks.specs import MLPSpec
    rng = np.random.default_rng(3)
    x = rng.normal(size=(7, 3))
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    xt = rng.normal(size=(5, 3))
    xt = (xt / np.linalg.norm(xt, axis=1, keepdims=True)).astype(np.float32)
    spec = MLPSpec(depth=2, width=8, activation="tanh", W_std=1.3, b_std=0.2, out_dim=1)
    fast = dynamics.infinite_ntk_flat(spec, xt, x)
    slow = mlp_kernels(spec, np.asarray(xt, np.float64), np.asarray(x, np.float64),
                       table=False).ntk
    assert fast.shape == (5, 7)
    np.testing.assert_allclose(fast, slow, rtol=1e-6, atol=1e-6 * np.abs(slow).max())
    # points of different norms are left as they are (the per-pair quadrature)
    x2 = x * np.linspace(0.5, 1.5, 7, dtype=np.float32)[:, None]
    np.testing.assert_allclose(dynamics.infinite_ntk_flat(spec, x2),
                               mlp_kernels(spec, np.asarray(x2, np.float64), table=False).ntk,
                               rtol=1e-12)


# ----------------------------------------------------------------------------- N buckets
def test_bucket_ladder():
    from ntk_core.app import buckets
    assert [buckets.bucket(n) for n in (1, 8, 9, 13, 50, 64, 65, 256, 257, 1000)] == \
        [8, 8, 12, 16, 64, 64, 96, 256, 257, 1000]
    bs = buckets.BUCKETS
    assert all(b2 <= 1.5 * b1 for b1, b2 in zip(bs, bs[1:]))   # at most 2.25x the kernel work
    x = np.arange(10.0)[:, None]
    assert buckets.padded_inputs(x, "Layers", 10) is x           # may mix the batch: never
    assert buckets.padded_inputs(x, "MLP", 10**8) is x           # a long run: its own shape
    xp = buckets.padded_inputs(x, "MLP", 10)
    assert xp.shape == (12, 1) and np.array_equal(xp[:10], x) and np.array_equal(xp[10:], x[:2])


@pytest.mark.parametrize("mode,out", [("full", 2), ("diagonal", 2)])  # trace: [:n, :n] as full
def test_padded_kernel_is_the_unpadded_kernel(monkeypatch, mode, out):
    """compute() pads N = 13 to 16; the kernel sliced back equals the kernel computed at
    N = 13 by the same algorithm in float64 to 1e-12 (entries of a per-example network's
    NTK depend only on their two inputs; only summation order can differ)."""
    from ntk_core.finite import precision
    ntk_float64, rows = precision.ntk_float64, []
    monkeypatch.setattr(precision, "ntk_float64",
                        lambda f, p, x, **k: rows.append(len(x)) or ntk_float64(f, p, x, **k))
    state = appstate.state_with({"n": 13, "width": 16, "depth": 2, "out": out, "mode": mode,
                                 "prec": "float64", "method": "jacobian_contraction"})
    got = appcompute.compute(state)
    assert rows == [16]                                     # computed at the bucket
    spec = appstate.build_spec(state)
    x = appcompute.make_inputs(state)
    params = appcompute.init_params(spec, x.shape, int(state["seed"]))
    want = ntk_float64(spec.apply, params, x, method="jacobian_contraction", output=mode).kernel
    assert got["n"] == 13 and got["kernel"].shape == want.shape
    np.testing.assert_allclose(got["kernel"], want, rtol=1e-12, atol=1e-12 * np.abs(want).max())

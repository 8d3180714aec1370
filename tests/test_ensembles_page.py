"""The Ensembles page: its computations (ntk_core.app.ensembles_study), validation keys,
presets, the page in AppTest and in headless Chromium (screenshots in
test-output/screenshots/ensembles_*.png)."""
from pathlib import Path

import numpy as np
import pytest

from ntk_core.app import ensembles_study as study, state as appstate, validation
from ntk_core.app import figures_ensembles as figs

APP = str(Path(__file__).resolve().parent.parent / "app.py")
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
# small and quick: 2 x 32 members of width 32, 60 steps, on the circle
SMALL = {"ens_dom": "circle", "ens_depth": "1", "ens_act": "relu", "ens_width": "32",
         "ens_members": "8", "ens_steps": "60", "ens_t": "60", "ens_n": "6"}


def small_setup(**kw):
    state = appstate.state_with({k: type(appstate.DEFAULTS[k])(v) for k, v in SMALL.items()})
    state.update(kw)
    return study.EnsembleSetup.from_state(state)


def test_study_curves_and_csv():
    setup = small_setup()
    inf = study.infinite_study(setup)
    G = study.N_GRID
    assert inf["ntk_mean"].shape == (len(inf["steps"]), G) and inf["steps"][-1] == 60
    assert np.all(inf["ntk_sd"] >= 0) and np.all(inf["post_sd"] >= 0)
    np.testing.assert_array_equal(inf["ntk_mean"][0], 0.0)          # t = 0: the prior
    # the band pinches at the training points once trained (noise-free fit of the data)
    j = np.abs(inf["a_grid"][:, None] - inf["a_train"][None]).argmin(0)
    assert inf["inf_sd"][j].max() < 0.2 * inf["ntk_sd"][0][j].min()
    fin = study.finite_study(setup, inf)
    assert fin["outputs"].shape == (len(inf["steps"]), 8, G)
    assert not fin["stopped"] and np.all(np.isfinite(fin["mean_err"]))
    text = study.curves_csv(setup, inf, fin, 3).decode()
    head = [line for line in text.splitlines() if line.startswith("#")]
    assert any(line.startswith("# setup:") for line in head)
    assert f"# step: {inf['steps'][3]}" in head
    import io
    import pandas as pd
    table = pd.read_csv(io.StringIO(text), comment="#")
    assert len(table) == G and "finite_ensemble_sd" in table and "nngp_posterior_mean" in table
    fig = figs.ensemble_panel(inf["a_grid"], inf["y_grid"], inf["a_train"], inf["y_train"],
                              [dict(name="x", mean=inf["post_mean"], sd=inf["post_sd"],
                                    color=figs.POST)], "t", "x")
    assert len(fig.data) == 4      # target, band, mean, points
    assert len(figs.gap_curves(fin["steps"], fin["mean_err"], fin["sd_err"],
                               fin["floor"]).data) == 3


def test_record_steps():
    assert list(study.record_steps(1)) == [0, 1]
    s = study.record_steps(1000)
    assert s[0] == 0 and s[-1] == 1000 and np.all(np.diff(s) > 0) and len(s) < 25


def test_validation_keys_and_presets():
    state = appstate.state_with()
    assert validation.check_ensemble_request(state) == []
    big = validation.check_ensemble_request(dict(state, ens_width=4096, ens_members=64))
    assert any("budget" in p for p in big)
    assert validation.check_ensemble_request(dict(state, ens_width=4096,
                                                  ens_finite=False)) == []
    bad = validation.validate_link({"ens_act": "softmax", "ens_members": "1000"})
    assert bad.used == {"ens_act": "erf", "ens_members": 256}
    for name in ("ens_nngp_ntk", "ens_finite"):
        p = appstate.PRESETS_BY_NAME[name]
        v = validation.validate_link({k: appstate.encode_value(x) for k, x in p.values.items()})
        assert v.ok and not v.notes, v.notes
        assert validation.check_ensemble_request(v.state) == [], name


def test_page_runs_in_apptest():
    testing = pytest.importorskip("streamlit.testing.v1")
    at = testing.AppTest.from_file(APP, default_timeout=300)
    for k, v in SMALL.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/ensembles.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert len(at.get("plotly_chart")) == 3
    assert at.select_slider(key="ens_t").value == 60
    assert any("uses only" in i.value for i in at.sidebar.info)
    at.select_slider(key="ens_t").set_value(0).run()
    assert not at.exception
    labels = [m.label for m in at.metric]
    assert "Mean error / sigma_0" in labels
    # an oversized request is refused with a message
    at2 = testing.AppTest.from_file(APP, default_timeout=60)
    for k, v in {"ens_width": "8192", "ens_members": "256"}.items():
        at2.query_params[k] = v
    at2.run()
    at2.switch_page("pages/ensembles.py").run()
    assert any("budget" in e.value for e in at2.error)


@pytest.mark.browser
def test_page_in_chromium(app_server, browser):
    from tests.test_browser import CHART, no_exception, open_app
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    query = "&".join(f"{k}={v}" for k, v in SMALL.items())
    open_app(page, f"{app_server}/ensembles?{query}")
    page.wait_for_selector(CHART, timeout=240_000)
    no_exception(page)
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 3
    body = page.inner_text("body")
    for text in ("NNGP posterior", "NTK ensemble", "networks of width 32", "curves.csv"):
        assert text in body, text
    page.wait_for_timeout(800)
    page.set_viewport_size({"width": 1280, "height": 1700})
    page.screenshot(path=str(SHOTS / "ensembles_small.png"), full_page=True)
    # a lecture preset by URL
    open_app(page, f"{app_server}{appstate.PRESETS_BY_NAME['ens_nngp_ntk'].url()}",
             timeout=300_000)
    page.wait_for_selector(CHART, timeout=240_000)
    no_exception(page)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ensembles_preset.png"), full_page=True)
    ctx.close()

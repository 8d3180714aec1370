"""AppTest of the "Training dynamics" page (through app.py's navigation), small shapes.

The sidebar network is shrunk through the URL (depth 1, width 64) and the sweeps use two
small widths / alphas, so each run trains a few tiny networks on 2 CPU cores.
"""
from __future__ import annotations

from pathlib import Path

import pytest

st_testing = pytest.importorskip("streamlit.testing.v1")
AppTest = st_testing.AppTest
APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGE = "pages/training_dynamics.py"
SMALL = {"depth": "1", "width": "64", "data": "circle", "dim": "2", "dyn_steps": "60",
         "dyn_widths": "16,128", "dyn_alphas": "1,8"}


def open_page(params: dict, timeout: float = 240) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    at.switch_page(PAGE)
    at.run()
    return at


def no_problem(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def metrics(at):
    return {m.label: m.value for m in at.metric}


def test_page_listed_and_runs_with_charts():
    at = open_page(SMALL)
    no_problem(at)
    assert "training_dynamics" in at.session_state["_pages"]
    # loss curves, function on the grid, changes, width sweep, alpha sweep
    assert len(at.get("plotly_chart")) == 5
    mt = metrics(at)
    assert float(mt["eta"]) < float(mt["eta_crit"])  # default: stable
    assert not at.warning
    assert len(at.dataframe) == 1


def test_large_learning_rate_is_flagged_and_slider_moves():
    at = open_page(dict(SMALL, dyn_lr="1.5", dyn_sweep="false"))
    assert not at.exception, at.exception
    assert any("outside the lazy-training regime" in w.value for w in at.warning)
    eta, crit = float(metrics(at)["eta"]), float(metrics(at)["eta_crit"])
    assert eta == pytest.approx(1.5 * crit, rel=1e-3)
    slider = at.select_slider(key="dyn_t")
    first = slider.options[0]
    slider.set_value(int(first)).run()
    assert not at.exception
    assert at.session_state["dyn_t"] == int(first)


@pytest.mark.parametrize("key,value", [("dyn_opt", "momentum"), ("dyn_form", "flow")])
def test_select_widgets(key, value):
    at = open_page(dict(SMALL, dyn_sweep="false"))
    at.selectbox(key=key).set_value(value).run()
    no_problem(at)
    assert len(at.get("plotly_chart")) == 3


def test_parameterization_alpha_and_refusals():
    at = open_page(dict(SMALL, param="standard", dyn_alpha="8.0", dyn_center="true",
                        dyn_sweep="false"))
    no_problem(at)
    assert any("Standard parameterization" in i.value for i in at.info)
    at2 = open_page(dict(SMALL, data="digits"))
    assert not at2.exception
    assert "sphere" in " ".join(e.value for e in at2.error)
    assert len(at2.get("plotly_chart")) == 0


TRAINING_QUERY = ("?depth=1&width=64&data=circle&dim=2&dyn_steps=60&dyn_widths=16,128"
                  "&dyn_alphas=1,8")


@pytest.mark.browser
def test_page_in_browser_draws_its_charts(app_server, browser):
    """The real server in headless Chromium: the page draws all five Plotly charts."""
    chart = '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg'
    idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
    shots = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_server}/training_dynamics{TRAINING_QUERY}", wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=180_000)
    page.wait_for_selector(chart, timeout=180_000)
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot "
        ".main-svg').length >= 5", timeout=180_000)
    page.wait_for_selector(idle, timeout=180_000)
    assert page.locator('[data-testid="stException"]').count() == 0, page.inner_text("body")[:2000]
    # the loss plot has real, linearised and infinite-width traces with data
    n_traces = page.evaluate("() => document.querySelector('[data-testid=\"stPlotlyChart\"] "
                             ".js-plotly-plot').data.length")
    assert n_traces == 6
    assert "/training_dynamics?" in page.url and "dyn_steps=60" in page.url
    assert "Page not found" not in page.inner_text("body")
    page.wait_for_timeout(500)
    page.screenshot(path=str(shots / "training.png"))
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.screenshot(path=str(shots / "training_full.png"))
    page.close()

"""AppTest and Chromium tests of the weight-init control and the Gaussian vs orthogonal
sections of the Infinite width and Training dynamics pages (small shapes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ntk_core.app import init_study, metadata, state as appstate, validation

pytest.importorskip("streamlit.testing.v1")
from test_app_dynamics import open_page as open_training  # noqa: E402
from test_app_pages import no_problem, open_page  # noqa: E402

SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"


def test_init_key_in_validation_layer_and_pure_helpers():
    assert validation.validate_link({"init": ["orthogonal"]}).used.get("init", "orthogonal") \
        == "orthogonal"
    bad = validation.validate_link({"init": ["uniform"]})
    assert "not one of gaussian, orthogonal, delta_orthogonal" in " ".join(bad.notes)
    assert validation.validate_link({"init": ["delta_orthogonal"]}).used.get(
        "init", "delta_orthogonal") == "delta_orthogonal"
    s = appstate.state_with({"arch": "CNN", "data": "synthetic", "init": "delta_orthogonal",
                             "c1_ch": 16, "c2_ch": 8})
    problems, _ = validation.check_request(s, predicted={"time_s": 0, "memory_bytes": 0})
    assert "at least as many output as input channels" in " ".join(problems)
    problems, _ = validation.check_request(dict(s, init="orthogonal"),   # per tap: any channels
                                           predicted={"time_s": 0, "memory_bytes": 0})
    assert not problems, problems
    assert metadata.describe_network(s)["weight_init"] == "delta_orthogonal"
    assert appstate.build_spec(appstate.state_with({"init": "orthogonal"})).weight_init == \
        "orthogonal"
    assert init_study.steps_to_target([0, 1, 2, 3], [1.0, 0.5, 0.01, 0.001], 0.01) == 2
    assert init_study.steps_to_target([0, 1, 2], [1.0, float("nan"), 0.0], 0.01) is None
    assert "Orthogonal reached" in init_study.speedup_text(
        {"gaussian": 40, "orthogonal": 20}, 0.01, 100)


def test_infinite_width_compares_both_inits():
    """MLP: both curves on one plot against the one Gaussian kernel; a delta-orthogonal CNN:
    the third curve and the note that its limit differs, with the measured distance."""
    at = open_page("infinite", {"inf_widths": "32,128", "inf_seeds": "2",
                                "inf_n": "6", "inf_cmp_init": "true"}, timeout=300)
    no_problem(at)
    assert len(at.get("plotly_chart")) == 4        # heatmaps, convergence, spread, both inits
    text = " ".join(m.value for m in at.markdown)
    assert "Fitted slopes: gaussian" in text and "orthogonal" in text
    assert "Delta-orthogonal" not in text
    at = open_page("infinite", {"arch": "CNN", "data": "synthetic", "img": "4",
                                "inf_widths": "16,32", "inf_seeds": "1", "inf_n": "3",
                                "inf_cmp_init": "true", "nconv": "1",
                                "init": "delta_orthogonal"}, timeout=300)
    no_problem(at)
    text = " ".join(m.value for m in at.markdown)
    assert "delta_orthogonal **" in text and "Delta-orthogonal convolutions" in text
    assert "from the Gaussian CNTK" in text


def test_training_dynamics_side_by_side_and_sidebar_init():
    at = open_training({"depth": "1", "width": "64", "data": "circle", "dim": "2",
                        "dyn_steps": "60", "dyn_sweep": "false", "dyn_cmp_init": "true",
                        "init": "orthogonal", "dyn_target": "0.01"}, timeout=300)
    no_problem(at)
    assert at.sidebar.selectbox(key="init").value == "orthogonal"
    assert len(at.get("plotly_chart")) == 5        # 3 of the run + losses and NTK change
    labels = {m.label: m.value for m in at.metric}
    assert "gaussian: steps to 0.01" in labels and "orthogonal: steps to 0.01" in labels
    assert "eta (both)" in labels


BROWSER_PAGES = {
    "orth_train": "/training_dynamics?depth=4&width=32&act=tanh&param=standard&wstd=1.0"
                  "&bstd=0.0&data=circle&dim=2&dyn_steps=100&dyn_lr=0.9&dyn_sweep=false"
                  "&dyn_cmp_init=true&dyn_target=0.001",
    "orth_infinite": "/infinite?inf_widths=32,128&inf_seeds=2&inf_n=6&inf_cmp_init=true",
    "orth_cnn": "/infinite?arch=CNN&data=synthetic&img=4&nconv=1&inf_widths=16,64&inf_seeds=2"
                "&inf_n=3&inf_cmp_init=true&init=orthogonal",
    "orth_cnn_delta": "/infinite?arch=CNN&data=synthetic&img=4&nconv=1&inf_widths=16,64"
                      "&inf_seeds=2&inf_n=3&inf_cmp_init=true&init=delta_orthogonal"}


@pytest.mark.browser
@pytest.mark.parametrize("name", list(BROWSER_PAGES))
def test_page_in_browser(app_server, browser, name):
    """A non-lazy training contrast and the infinite-width comparisons (MLP, per-tap
    orthogonal CNN, delta-orthogonal CNN) open in headless Chromium with no exception; screenshots in
    test-output/screenshots/orth_*.png (the presets themselves are AppTested in
    test_app_pages)."""
    idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_server}{BROWSER_PAGES[name]}", wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=180_000)
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot "
        ".main-svg').length >= 4", timeout=400_000)
    page.wait_for_selector(idle, timeout=400_000)
    assert page.locator('[data-testid="stException"]').count() == 0, \
        page.inner_text("body")[:2000]
    assert "Gaussian vs orthogonal initialisation" in page.inner_text("body")
    page.wait_for_timeout(800)
    page.set_viewport_size({"width": 1280, "height": 2600})
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    page.close()

"""The pages with RNNs in headless Chromium (the server of tests/conftest.py): the
Recurrent page, and Build & compute / Infinite width with the Layers builder's RNN preset on
the sines data. Screenshots in test-output/screenshots/ for a human to look at."""
from __future__ import annotations

import pytest

from tests.test_browser import CHART, SHOTS, no_exception, open_app, wait_heatmap

pytestmark = pytest.mark.browser
RNN_NET = "arch=Layers&layers=rnn:64&data=sines&dim=12&n=12"
CASES = {
    "recurrent": ("recurrent", "?rnn_n=10&rnn_minlen=4&rnn_maxlen=12&rnn_width=32", 2,
                  ("Kernel between sequences", "Which time steps", "UCR")),
    "build": ("build", f"?{RNN_NET}", 2, ("RNN",)),
    "infinite": ("infinite", f"?{RNN_NET}&inf_widths=32,64,128&inf_seeds=2&inf_n=8", 3, ()),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rnn_pages_open_without_exception(app_server, browser, name):
    path, query, n_charts, texts = CASES[name]
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    open_app(page, f"{app_server}/{path}{query}", timeout=300_000)
    page.wait_for_selector(CHART, timeout=300_000)
    if name != "recurrent":
        wait_heatmap(page, timeout=300_000)
    page.wait_for_function(f"() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')"
                           f".length >= {n_charts}", timeout=300_000)
    no_exception(page)
    assert page.locator('[data-testid="stAlert"] [data-testid="stAlertContentError"]').count() == 0
    body = page.inner_text("body")
    for t in texts:
        assert t in body, t
    page.wait_for_timeout(500)
    page.set_viewport_size({"width": 1280, "height": 1600})
    page.screenshot(path=str(SHOTS / f"rnn_{name}_page.png"))
    ctx.close()

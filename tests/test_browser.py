"""Browser tests: the real server (tests/conftest.py) driven by headless Debian Chromium.

Screenshots of every page go to test-output/screenshots/ (1280x720, the projector size).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ntk_core.app import state as appstate

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg'
# Page URL -> (query, screenshot name, number of Plotly charts expected). Small shapes.
PAGES = {
    "": ("", "home", 0),
    "build": ("", "build", 2),
    "compare": ("?cmp=width~64,n~16&cmp=width~64,n~16,act~erf", "compare", 5),
    "infinite": ("?inf_widths=32,64,128&inf_seeds=2&inf_n=8", "infinite", 3),
    "laplace": ("?lap_ntrain=64", "laplace", 4),
    "methods": ("?n=8", "methods", 2),
    "scale": ("?sc_n=400&sc_m=256&sc_dim=4&sc_depth=1", "scale", 3),
}


# Shape and hash of the first heatmap's z (Plotly sends {dtype, bdata, shape} or arrays).
SIGNATURE_JS = """() => {
    const el = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
    if (!el || !el.data || !el.data.length || !el.data[0].z) return '';
    const z = el.data[0].z;
    const text = z.bdata !== undefined ? z.bdata : JSON.stringify(z);
    const rows = z.shape !== undefined ? String(z.shape).split(',')[0] : z.length;
    let h = 0; for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
    return rows + ':' + h;
}"""


def wait_heatmap(page, timeout=180_000):
    """Until the first chart is a real heatmap (not the 'computing…' frame)."""
    page.wait_for_function(f"() => ({SIGNATURE_JS})() !== ''", timeout=timeout)


def wait_idle(page, timeout=180_000):
    page.wait_for_selector(IDLE, timeout=timeout)


def open_app(page, url, timeout=180_000):
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=timeout)
    wait_idle(page, timeout)


def no_exception(page):
    assert page.locator('[data-testid="stException"]').count() == 0, page.inner_text("body")[:2000]


def heatmap_signature(page) -> str:
    """A short fingerprint of the first heatmap's data (changes when the kernel changes)."""
    return page.evaluate(SIGNATURE_JS)


def nav_pages(page) -> list[str]:
    links = page.locator('[data-testid="stSidebarNav"] a').evaluate_all(
        "els => els.map(e => new URL(e.href).pathname.replace(/^\\//, ''))")
    return links


def test_every_page_renders(app_server, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    open_app(page, app_server)
    listed = nav_pages(page)
    assert "build" in listed and "compare" in listed
    for path, (query, name, n_charts) in PAGES.items():
        if path and path not in listed:
            continue
        open_app(page, f"{app_server}/{path}{query}")
        if n_charts:
            page.wait_for_selector(CHART, timeout=180_000)
        no_exception(page)
        assert page.locator(CHART).count() >= n_charts, name
        page.wait_for_timeout(500)  # let Plotly finish its transition
        page.screenshot(path=str(SHOTS / f"{name}.png"))
        page.set_viewport_size({"width": 1280, "height": 2400})
        page.screenshot(path=str(SHOTS / f"{name}_full.png"))
        page.set_viewport_size({"width": 1280, "height": 720})
    ctx.close()


def test_widget_change_updates_chart_and_url(app_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, f"{app_server}/build?width=64&n=16")
    wait_heatmap(page)
    before = heatmap_signature(page)
    assert before.startswith("16:")
    depth = page.get_by_role("spinbutton", name="Depth", exact=True)
    depth.fill("3")
    depth.press("Enter")
    page.wait_for_function(f"(before) => ({SIGNATURE_JS})() !== before", arg=before,
                           timeout=120_000)
    wait_idle(page)
    no_exception(page)
    assert "depth=3" in page.url
    page.close()


def test_preset_url_opens_its_state(app_server, browser):
    preset = appstate.PRESETS_BY_NAME["cnn_digits"]
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, app_server + preset.url())
    wait_heatmap(page)
    no_exception(page)
    assert page.get_by_label("CNN").is_checked()
    n, o = preset.values["n"], preset.values["out"]
    assert heatmap_signature(page).startswith(f"{n * o}:")  # full mode: [N O, N O]
    page.close()


def test_two_sessions_at_once(app_server, browser):
    """Two browsers compute different networks at the same time; both finish cleanly."""
    ctxs = [browser.new_context(viewport={"width": 1280, "height": 720}) for _ in range(2)]
    pages = [c.new_page() for c in ctxs]
    for p, w in zip(pages, (48, 80)):
        p.goto(f"{app_server}/build?width={w}&n=20&seed=3", wait_until="domcontentloaded")
    for p in pages:
        wait_heatmap(p)
        wait_idle(p)
        no_exception(p)
        assert heatmap_signature(p).startswith("20:")
    assert heatmap_signature(pages[0]) != heatmap_signature(pages[1])
    for c in ctxs:
        c.close()


def test_scale_page_shows_error_curve_and_krr_table(app_server, browser):
    """The Scale page in a real browser: the error-vs-m chart, the time bars and the KRR
    table with features, exact NTK and Laplace rows; a screenshot for a human to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    open_app(page, f"{app_server}/scale{PAGES['scale'][0]}")
    page.wait_for_selector(CHART, timeout=180_000)
    no_exception(page)
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 3
    # chart category labels wrap (SVG lines, joined without spaces): compare sans spaces
    body = "".join(page.inner_text("body").split())
    for text in ("NTK features", "NTK exact", "Laplace exact", "spectral epsilon",
                 "Feature methods side by side"):
        assert text.replace(" ", "") in body, text
    page.wait_for_timeout(500)
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.screenshot(path=str(SHOTS / "scale_page.png"))
    ctx.close()


"""Projector-ready in a real browser (1280x720, headless Chromium): every page's chart text
is at least 14 px with at least 4.5:1 contrast on white, no chart is squeezed, covered by
its legend or has a title cut off, explanations are body text, the sidebar's controls fit
their labels, Home lists every page and opens presets in this tab.

Screenshots: test-output/screenshots/lecture_<page>.png (looked at by the developer).
Small shapes (the same as tests/test_browser.py's, so that a shared server reuses them).
"""
from __future__ import annotations

import pytest

from tests.test_app_dynamics import TRAINING_QUERY
from tests.test_browser import CHART, PAGES, SHOTS, nav_pages, no_exception, open_app
from tests.test_ensembles_page import SMALL as ENS_SMALL

pytestmark = pytest.mark.browser
VIEWS = dict(PAGES,
             # the shapes of tests/test_app_dynamics.py, test_ensembles_page.py and
             # test_browser_recurrent.py (the browser tests share one server, which
             # computes each of them once)
             training_dynamics=(TRAINING_QUERY, "training_dynamics", 5),
             ensembles=("?" + "&".join(f"{k}={v}" for k, v in ENS_SMALL.items()), "ensembles", 3),
             recurrent=("?rnn_n=10&rnn_minlen=4&rnn_maxlen=12&rnn_width=32", "recurrent", 2))

# what a person finds broken in a chart, from the drawn layout: a plot area squeezed to a
# sliver (Plotly shrinks it when a wide legend pushes the margins), a legend lying on the
# plot area (covering data), an axis title or chart title cut off at the chart's edge
LAYOUT_JS = """() => {
  const bad = [];
  const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const gd of document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')) {
    const fl = gd._fullLayout;
    if (!fl) continue;
    const name = ((fl.title && fl.title.text) || '').slice(0, 40);
    if (fl._size.w < 0.45 * fl.width) bad.push(`${name}: plot area ${fl._size.w} of ${fl.width} px`);
    const svg = gd.querySelector('.main-svg').getBoundingClientRect();
    const plots = [...gd.querySelectorAll('.nsewdrag')].map(e => e.getBoundingClientRect());
    const lg = gd.querySelector('.legend');
    if (lg && plots.some(p => hit(lg.getBoundingClientRect(), p))) bad.push(`${name}: legend on the plot`);
    for (const t of gd.querySelectorAll('.gtitle, .g-xtitle text, .g-ytitle text')) {
      const r = t.getBoundingClientRect();
      if (r.width && (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1))
        bad.push(`${name}: '${t.textContent}' cut off`);
    }
  }
  return bad;
}"""

# smallest font size of the SVG text of every Plotly chart on the page, and the lowest
# contrast (WCAG relative luminance) on white of the text outside the data area
CHART_TEXT_JS = """() => {
  const lum = (c) => { const m = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]; };
  let minSize = 1e9, minContrast = 1e9, n = 0, worst = '', low = '';
  for (const t of document.querySelectorAll('[data-testid="stPlotlyChart"] svg text')) {
    if (!t.textContent.trim() || t.getBBox().width === 0) continue;
    const cs = getComputedStyle(t);
    const size = parseFloat(cs.fontSize);
    const contrast = 1.05 / (lum(cs.fill) + 0.05);
    n += 1;
    if (size < minSize) { minSize = size; worst = t.textContent + ' ' + t.parentNode.getAttribute('class'); }
    // text drawn on the data (values inside bars or heatmap cells) sits on its own
    // colour, which Plotly contrasts automatically; the rest sits on white
    if (!t.closest('.plot, .heatmap-label') && contrast < minContrast) {
      minContrast = contrast; low = t.textContent + ' ' + cs.fill + ' ' + t.parentNode.getAttribute('class'); }
  }
  return {n, minSize, minContrast, worst, low};
}"""


@pytest.mark.parametrize("path", list(VIEWS))
def test_page_is_projector_readable(app_server, browser, path):
    query, name, n_charts = VIEWS[path]
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, f"{app_server}/{path}{query}", timeout=300_000)
    no_exception(page)
    if n_charts:
        page.wait_for_selector(CHART, timeout=300_000)
        page.wait_for_timeout(500)  # let Plotly finish drawing
        text = page.evaluate(CHART_TEXT_JS)
        assert text["n"] > 0
        assert text["minSize"] >= 14, str(text)       # projector: no chart text under 14 px
        assert text["minContrast"] >= 4.5, str(text)  # WCAG AA contrast on white
        assert not page.evaluate(LAYOUT_JS)
    # the page's own controls and metrics show their whole labels (no "Run sw...")
    cut = page.locator('[data-testid="stMain"] label p, [data-testid="stMain"] '
                       '[data-testid="stMetricLabel"] p').evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
    assert not cut, cut
    try:  # the app's stylesheet is an element of the page: give it time to apply under load
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stMain\"] "
            "[data-testid=\"stCaptionContainer\"]')].every(e => "
            "parseFloat(getComputedStyle(e).fontSize) >= 16)", timeout=30_000)
    except Exception:  # noqa: BLE001 - the assertion below reports the sizes found
        pass
    for size in page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]') \
            .evaluate_all("els => els.map(e => parseFloat(getComputedStyle(e).fontSize))"):
        assert size >= 16, size  # explanations in body text, not small captions
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"lecture_{name}.png"))
    page.close()


def test_sidebar_controls_fit_at_1280(app_server, browser):
    """The CNN controls (channels, filter, stride, padding) show their whole labels and
    values: nothing is cut off or wrapped mid-word."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, f"{app_server}/build?arch=CNN&data=digits&n=8", timeout=300_000)
    no_exception(page)
    sb = page.locator('[data-testid="stSidebar"]')
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "lecture_sidebar_cnn.png"))
    cut = sb.locator("label p").evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1 || "
        "e.getClientRects().length > 1).map(e => e.textContent)")
    assert not cut, cut
    # every dropdown's value (e.g. the padding's SAME / VALID) is shown in full
    cut = sb.locator('[data-testid="stSelectbox"] *').evaluate_all(
        "els => els.filter(e => !e.children.length && e.textContent.trim() && "
        "e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
    assert not cut, cut
    assert sb.locator('[data-testid="stSelectbox"]').filter(has_text="padding").count() >= 1
    page.close()


def test_home_lists_every_page_and_presets_open_here(app_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, app_server)
    listed = nav_pages(page)
    titles = page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()
    table = page.locator("table").last.inner_text()
    for t in titles:  # each nav link's text: its icon's name, then its title
        title = t.strip().splitlines()[-1].strip()
        if title != "Home":
            assert title in table, (title, table)
    links = page.locator('[data-testid="stMain"] [data-testid="stMarkdownContainer"] '
                         'a[href^="/"]')
    targets = links.evaluate_all("els => els.map(e => [e.getAttribute('href'), e.target])")
    assert len(targets) >= 6 and all(t == "_self" for _, t in targets), targets
    first = links.first
    href = first.get_attribute("href")
    first.click()
    page.wait_for_url(f"**{href.split('?')[0]}**", timeout=60_000)
    assert len(page.context.pages) == 1  # same tab: no new tab opened
    assert listed
    page.close()

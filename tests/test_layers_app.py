"""The app's layer-list network: the URL code (parse / encode, never raising), its
presets, the guardrails, the sidebar builder and the Compare page's default comparison
(AppTest), and the builder and Compare in a real browser (screenshots under test-output/)."""
from __future__ import annotations

import random
import string
from pathlib import Path

import jax
import numpy as np
import pytest

from ntk_core.app import compare_setup, layers_state as ls, state as appstate, validation
from ntk_core.networks import LayerNet
from tests.test_app_pages import APP, AppTest, PAGE_FILES, charts, no_problem

ALL_CODES = [c for c, _ in ls.LAYER_PRESETS.values()] + list(ls.ADD_LAYER.values()) + [
    "conv:8:5:s2:d2:valid relu avgpool:3:s1:same maxpool:2:same res:0.25 ( ) flatten",
    "res:2 ( res:0.5 ( dense:4 tanh dense:4 ) ln ) identity erf"]


@pytest.mark.parametrize("code", ALL_CODES)
def test_codes_round_trip(code):
    layers, problems = ls.parse_layers(code)
    assert not problems and layers
    assert ls.encode_layers(layers) == code
    assert ls.parse_layers(ls.encode_layers(layers))[0] == layers
    assert "," not in code and "~" not in code          # fits a stored Compare config


def test_parser_never_raises_and_says_what_is_wrong():
    rng = random.Random(0)
    alphabet = string.printable + "()" * 10 + ":" * 10
    for _ in range(2000):
        layers, problems = ls.parse_layers("".join(rng.choice(alphabet)
                                                   for _ in range(rng.randint(0, 50))))
        assert isinstance(layers, tuple) and isinstance(problems, list)
        assert layers or problems
    for text, words in [("", "empty"), ("conv:abc", "must be a number"),
                        ("dense:0", "between 1"), ("res:0.5 ( relu", "never closed"),
                        ("relu )", "no matching"), ("res relu", "followed by"),
                        ("bogus", "unknown layer 'bogus'"), (None, "must be text"),
                        ("relu " * 30, "limit"), ("x" * 700, "longer than")]:
        assert any(words in p for p in ls.parse_layers(text)[1]), (text, ls.parse_layers(text))


@pytest.mark.parametrize("name", list(ls.LAYER_PRESETS))
def test_presets_build_and_rough_parameter_count_is_exact(name):
    state = appstate.state_with({"arch": "Layers", "layers": ls.LAYER_PRESETS[name][0],
                                 "data": "digits", "n": 4, "out": 3})
    problems, spec = validation.check_request(state)
    assert not problems and isinstance(spec, LayerNet)
    shape = appstate.input_shape(state)
    params = jax.eval_shape(lambda k: spec.init(k, shape), jax.random.PRNGKey(0))
    P = sum(int(np.prod(l.shape)) for l in jax.tree_util.tree_leaves(params))
    assert ls.rough_stats(spec.layers, shape[1:], 3)[0] == P
    from ntk_core.infinite import analytic_support
    assert (analytic_support(spec) is None) == (name != "ViT"), analytic_support(spec)


def test_guardrails_and_config_codes():
    s = appstate.state_with({"arch": "Layers", "layers": ls.LAYER_PRESETS["ViT"][0]})
    problems, _ = validation.check_request(s)                  # sphere data, image layers
    assert "image layer" in problems[0]
    s["layers"] = "dense:8 relu maxpool:2"
    assert "MaxPool needs an image" in validation.check_request(dict(s, data="digits"))[0][0]
    s["layers"] = "dense:8 bogus"
    assert "unknown layer" in validation.check_request(s)[0][0]
    code = compare_setup.preset_config("ViT")
    assert appstate.decode_config(code)["layers"] == ls.LAYER_PRESETS["ViT"][0]
    d = appstate.sweep_state(appstate.state_with({"arch": "Layers", "layers": ls.LAYER_PRESETS[
        "ViT"][0]}), "depth", 3)["layers"]
    assert d.count("attn:") == 3 and d.startswith("patch:2:32 res") and d.endswith("ln gap")
    w = appstate.sweep_state(appstate.state_with({"arch": "Layers"}), "width", 48)
    assert all(getattr(l, "channels", 48) == 48 for l in ls.parse_layers(w["layers"])[0])


# ---------------------------------------------------------------- AppTest
def _sidebar_rows(at) -> list[str]:
    return list(at.radio(key="_ly_sel").options)


def test_builder_presets_reorder_remove_add_and_url():
    at = AppTest.from_file(APP, default_timeout=240)
    at.query_params.update({"arch": "Layers", "data": "digits", "n": "6"})
    at.run()
    no_problem(at)
    assert len(_sidebar_rows(at)) == len(ls.parse_layers(appstate.DEFAULTS["layers"])[0])
    at.button(key="_ly_preset_ViT").click().run()
    assert at.session_state["layers"] == ls.LAYER_PRESETS["ViT"][0]
    assert any("No analytic infinite-width kernel" in c.value for c in at.sidebar.caption)
    assert _sidebar_rows(at)[0] == "1. Patches 2x2 -> 32 ch"
    at.button(key="_ly_dn").click().run()                     # layer 1 selected: down
    assert at.session_state["layers"].startswith("res ( ln attn:2:16 ) patch:2:32")
    assert at.radio(key="_ly_sel").value == 1                 # the selection follows it
    assert not at.sidebar.error                               # parses; shapes checked later
    at.button(key="_ly_up").click().run()
    at.radio(key="_ly_sel").set_value(1).run()
    at.button(key="_ly_rm").click().run()
    assert at.session_state["layers"] == "patch:2:32 res ( ln dense:64 gelu dense:32 ) ln gap"
    at.selectbox(key="_ly_add").set_value("Global average pool").run()
    at.button(key="_ly_add_btn").click().run()
    assert at.session_state["layers"].endswith("ln gap gap")
    assert at.query_params["layers"] == at.session_state["layers"]
    at.text_area(key="layers").set_value("conv:8 relu res:0.5 ( conv:8 ) gap").run()
    no_problem(at)
    assert any("Analytic infinite-width kernel available" in c.value for c in at.sidebar.caption)
    at.switch_page(PAGE_FILES["build"]).run()
    no_problem(at)
    assert charts(at) == 2
    at.text_area(key="layers").set_value("conv:8 nonsense").run()
    assert "unknown layer 'nonsense'" in " ".join(e.value for e in at.sidebar.error)
    assert "unknown layer 'nonsense'" in at.error[0].value and not at.exception


def test_infinite_page_says_no_analytic_kernel_for_attention():
    at = AppTest.from_file(APP, default_timeout=240)
    at.query_params.update({"arch": "Layers", "data": "digits", "inf_n": "4",
                            "layers": ls.LAYER_PRESETS["ViT"][0]})
    at.run()
    assert _sidebar_rows(at)[0] == "1. Patches 2x2 -> 32 ch"      # the URL's list at once
    at.switch_page("pages/infinite.py").run()
    assert not at.exception
    assert "No analytic infinite-width kernel" in at.warning[0].value
    assert "self-attention" in at.warning[0].value


def test_infinite_page_runs_a_residual_layer_net():
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params.update({"arch": "Layers", "data": "digits", "inf_n": "4", "inf_seeds": "1",
                            "inf_widths": "8,32", "layers": "conv:8 relu res:0.5 ( conv:8 ) ln gap"})
    at.run()
    at.switch_page("pages/infinite.py").run()
    no_problem(at)
    assert charts(at) == 3 and len(at.dataframe[0].value) == 2


def test_compare_opens_with_default_comparison_and_adds_in_one_click():
    """The default comparison as the page opens it (one NTK per network; timing all three
    methods is off by default: see the next test), adding, removing and clearing."""
    at = AppTest.from_file(APP, default_timeout=600)
    at.run()
    at.switch_page(PAGE_FILES["compare"]).run()
    no_problem(at)
    table = at.dataframe[0].value
    assert list(table["network and data"].str.split(" ").str[0]) == ["MLP", "ResNet", "ViT"]
    for col in ("condition number", "run time (ms)"):
        assert np.isfinite(table[col]).all() and (table[col] > 0).all(), col
    assert charts(at) == 5
    at.button(key="cmp_add_CNN").click().run()
    no_problem(at)
    assert len(at.dataframe[0].value) == 4
    assert at.session_state["stored"][-1] == compare_setup.preset_config("CNN")
    at.button(key="rm_0").click().run()
    assert len(at.dataframe[0].value) == 3
    at.button[[b.label for b in at.button].index("Clear all")].click().run()
    assert "Nothing stored yet" in at.info[0].value and not at.exception


def test_compare_times_all_three_methods():
    """With the toggle on, every stored network's NTK by JC, NVP and SD (finite, positive
    times) and the fastest per network. Small MLPs: the page's timing path is the same
    for every network (each method's kernel on conv / residual / attention nets is checked
    against float64 references in tests/test_layers.py); the default comparison's 12
    conv and ViT compilations took 192 s of CPU here (measured, suite load)."""
    at = AppTest.from_file(APP, default_timeout=600)
    at.query_params["cmp_methods"] = "true"
    at.query_params["cmp"] = ["width~64,n~12", "width~64,n~12,depth~3,act~erf"]
    at.run()
    at.switch_page(PAGE_FILES["compare"]).run()
    no_problem(at)
    table = at.dataframe[0].value
    assert len(table) == 2
    for col in ("condition number", "JC (ms)", "NVP (ms)", "SD (ms)"):
        assert np.isfinite(table[col]).all() and (table[col] > 0).all(), col
    assert charts(at) == 5
    assert "Fastest here: #1" in " ".join(c.value for c in at.caption)


# ---------------------------------------------------------------- browser
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"


@pytest.mark.browser
def test_browser_compare_default_and_builder(app_server, browser):
    from tests.test_browser import CHART, no_exception, open_app, wait_idle
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_app(page, f"{app_server}/compare", timeout=400_000)
    page.wait_for_selector(CHART, timeout=400_000)
    wait_idle(page, 400_000)
    no_exception(page)
    assert page.locator(CHART).count() >= 5
    assert "cmp=" in page.url
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "compare_default.png"))
    page.set_viewport_size({"width": 1280, "height": 2200})
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "compare_default_full.png"))
    page.set_viewport_size({"width": 1280, "height": 720})
    # the builder: switch the sidebar to Layers, pick the ViT preset, move a layer
    page.get_by_text("Layers", exact=True).first.click()
    rows = page.locator('[data-testid="stSidebar"] [role="radiogroup"]').last.locator("label")
    page.get_by_text("Layers (select one to move or remove)").wait_for(timeout=120_000)
    wait_idle(page)
    page.get_by_role("button", name="ViT", exact=True).click()
    page.get_by_text("1. Patches 2x2").wait_for(timeout=120_000)
    wait_idle(page)
    assert "patch%3A2%3A32" in page.url or "patch:2:32" in page.url
    assert rows.count() == 5 and "Patches 2x2" in rows.nth(0).inner_text()
    page.get_by_role("button", name="↓", exact=True).click()
    page.get_by_text("1. Residual (x 1): [LayerNorm, Self-attention").wait_for(timeout=120_000)
    wait_idle(page)
    assert "res+%28+ln+attn" in page.url.split("layers=")[1][:20] or "res" in page.url
    page.screenshot(path=str(SHOTS / "builder_vit.png"))
    no_exception(page)
    page.close()

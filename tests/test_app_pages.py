"""AppTest (streamlit.testing.v1) tests of the web app: pages, widgets, guardrails, URLs.

Shapes are kept small (2 shared CPU cores); results are cached process-wide by
st.cache_data, so later tests reuse earlier kernels.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ntk_core.app import compute as appcompute, state as appstate

st_testing = pytest.importorskip("streamlit.testing.v1")
AppTest = st_testing.AppTest
APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGE_FILES = {p: f"pages/{p}.py" for p in ("home", "build", "methods", "infinite",
                                            "laplace", "compare", "scale",
                                            "training_dynamics", "ensembles", "recurrent")}
SMALL = {"width": "64", "n": "16"}


def open_page(page: str, params: dict | None = None, timeout: float = 240) -> AppTest:
    """Run app.py with URL query ``params``, then switch to ``page`` and run it."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    if page != "home":
        at.switch_page(PAGE_FILES[page])
        at.run()
    return at


def available() -> list[str]:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    return list(at.session_state["_pages"])


def no_problem(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def charts(at: AppTest) -> int:
    return len(at.get("plotly_chart"))


def test_home_runs_and_lists_presets():
    at = open_page("home")
    no_problem(at)
    assert not any("uses only" in i.value for i in at.sidebar.info)
    text = " ".join(m.value for m in at.markdown)
    assert "/build?" in text
    assert at.latex, "the NTK formulas are shown with st.latex"
    assert "Device:" in " ".join(m.value for m in at.sidebar.markdown)


def test_build_defaults_shows_kernel_and_spectrum():
    at = open_page("build")
    no_problem(at)
    labels = {m.label: m.value for m in at.metric}
    assert labels["Method"] in ("JC", "NVP", "SD")
    # "> 1.31e+05" when the smallest eigenvalues lie below the precision floor (a lower bound)
    assert float(labels["Condition number"].lstrip("> ")) > 1
    assert charts(at) == 2  # heatmap + spectrum
    assert "Why" in at.info[0].value and "CPU" in at.info[0].value


@pytest.mark.parametrize("key,value", [
    ("depth", 3), ("width", 32), ("wstd", 2.0), ("bstd", 0.5), ("out", 3), ("n", 12),
    ("dim", 5), ("seed", 7)])
def test_build_number_widgets(key, value):
    at = open_page("build", SMALL)
    before = {m.label: m.value for m in at.metric}
    at.number_input(key=key).set_value(value).run()
    no_problem(at)
    assert at.session_state[key] == value
    assert charts(at) == 2
    if key in ("depth", "width", "wstd", "seed", "n", "dim"):
        assert {m.label: m.value for m in at.metric} != before


@pytest.mark.parametrize("key,value", [
    ("act", "erf"), ("act", "tanh"), ("param", "standard"), ("data", "circle"),
    ("data", "digits"), ("data", "synthetic"), ("mode", "full"), ("mode", "diagonal"),
    ("method", "jacobian_contraction"), ("method", "ntk_vector_products"),
    ("method", "structured_derivatives")])
def test_build_select_widgets(key, value):
    at = open_page("build", dict(SMALL, out="2"))
    at.selectbox(key=key).set_value(value).run()
    no_problem(at)
    assert charts(at) >= 1
    if key == "method":
        assert {m.label: m.value for m in at.metric}["Method"] == {
            "jacobian_contraction": "JC", "ntk_vector_products": "NVP",
            "structured_derivatives": "SD"}[value]


@pytest.mark.parametrize("page", ["infinite", "laplace", "methods"])
def test_page_with_defaults(page):
    """Every page with all defaults (Home, Build and Compare: see the tests above)."""
    if page not in available():
        pytest.skip(f"{page} not in this build's navigation")
    at = open_page(page)
    no_problem(at)
    assert charts(at) >= 3
    assert at.dataframe, "each of these pages shows a table"


def test_build_cnn_on_digits():
    at = open_page("build", {"n": "8", "data": "digits"})
    at.radio(key="arch").set_value("CNN").run()
    no_problem(at)
    assert charts(at) == 2
    at.number_input(key="nconv").set_value(1).run()
    at.selectbox(key="readout").set_value("flatten").run()
    for key, value in (("c1_s", 2), ("c1_ch", 8), ("c1_f", 5)):
        at.number_input(key=key).set_value(value).run()
        no_problem(at)
    at.selectbox(key="c1_p").set_value("VALID").run()
    no_problem(at)
    assert charts(at) == 2
    at.selectbox(key="data").set_value("synthetic").run()
    at.number_input(key="img").set_value(12).run()
    no_problem(at)
    assert charts(at) == 2


def test_guardrail_oversized_is_refused_before_computing():
    at = open_page("build", {"width": "16384", "depth": "8", "n": "2048", "out": "16"})
    assert not at.exception
    msgs = " ".join(e.value for e in at.error)
    assert "over the memory budget" in msgs and "reduce the width" in msgs
    assert charts(at) == 0
    at = open_page("build", {"width": "4096", "n": "1024", "out": "8",
                             "method": "jacobian_contraction"})
    msgs = " ".join(e.value for e in at.error)
    assert "predicted compute time" in msgs and "exceeds this server's limit" in msgs
    assert charts(at) == 0
    at = open_page("build", {"n": "2000", "out": "64", "mode": "full"})
    assert "the kernel itself would take" in " ".join(e.value for e in at.error)
    at2 = open_page("build", {"n": "5000"})
    assert "N = 5000 inputs is above" in " ".join(e.value for e in at2.error)


def test_guardrail_invalid_cnn_messages():
    at = open_page("build", {"arch": "CNN", "data": "digits", "n": "8", "c1_f": "7",
                             "c1_p": "VALID", "c2_f": "5", "c2_p": "VALID"})
    assert not at.exception
    msg = " ".join(e.value for e in at.error)
    assert "shrinks the 2x2 image to nothing" in msg and "SAME padding" in msg
    at = open_page("build", {"arch": "CNN", "n": "8"})  # CNN on sphere points
    assert not at.exception
    assert "A CNN needs images" in " ".join(e.value for e in at.error)


@pytest.mark.parametrize("preset", [p.name for p in appstate.PRESETS])
def test_preset_url_reproduces_state(preset):
    p = appstate.PRESETS_BY_NAME[preset]
    if p.page not in available():
        pytest.skip(f"page {p.page} not in this build's navigation")
    query = {k: appstate.encode_value(v) for k, v in p.values.items()}
    if p.page == "infinite":
        query.update(inf_widths="32,64", inf_seeds="2", inf_n="8")
    if p.page == "methods":  # two widths (the page's defaults: test_page_with_defaults)
        query.update(sweep_vals="16,32")
    if p.page == "scale":  # small shapes in tests (the preset itself: benchmarks/app_cold.py)
        query.update(sc_n="400", sc_m="128")
    if p.page == "training_dynamics":
        query.update(dyn_steps="20", dyn_n="8")   # the presets' widths/depths: benchmarks/app_cold.py
        if int(p.values.get("width", 0)) > 64:    # init_lazy's width 512: compute-bound in AppTest
            query.update(width="64")
        if int(p.values.get("depth", 2)) > 3:     # init_deep's depth 12: compile-bound in AppTest
            query.update(depth="3")
    if p.page == "ensembles":  # a small finite ensemble (the preset itself: benchmarks/)
        query.update(ens_members="4", ens_width="32", ens_steps="50", ens_t="50")
    if p.stored:
        query["cmp"] = list(p.stored)
    at = open_page(p.page, query)
    no_problem(at)
    for k, v in p.values.items():
        if k in query and query[k] != appstate.encode_value(v):
            continue
        assert at.session_state[k] == v, (k, at.session_state[k], v)
    assert charts(at) >= 1


def test_compare_from_url():
    at = open_page("compare", {"cmp": ["width~64,n~12", "width~64,n~12,act~erf",
                                       "width~64,n~12,depth~3"]})
    no_problem(at)
    table = at.dataframe[0].value
    assert len(table) == 3 and np.isfinite(table["condition number"]).all()
    assert charts(at) == 5
    at.button(key="rm_0").click().run()
    no_problem(at)
    assert len(at.dataframe[0].value) == 2


def test_compare_store_from_build():
    at = open_page("build", SMALL)
    at.button[0].click().run()
    assert at.session_state["stored"] == [appstate.encode_config(appstate.state_with(
        {"width": 64, "n": 16}))]
    at.switch_page(PAGE_FILES["compare"]).run()
    no_problem(at)
    assert len(at.dataframe[0].value) == 1


def test_compare_empty():
    at = AppTest.from_file(APP, default_timeout=240)
    at.session_state["_cmp_cleared"] = True      # after "Clear all" (default: see test_layers_app)
    at.run()
    at.switch_page(PAGE_FILES["compare"]).run()
    no_problem(at)
    assert "Nothing stored yet" in at.info[0].value


def test_infinite_width_page():
    if "infinite" not in available():
        pytest.skip("ntk_core.infinite not present")
    at = open_page("infinite", {"inf_widths": "32,128", "inf_seeds": "2", "inf_n": "8"})
    no_problem(at)
    assert charts(at) == 3
    assert len(at.dataframe[0].value) == 2
    at.text_input(key="inf_widths").set_value("32,64,128").run()
    no_problem(at)
    assert len(at.dataframe[0].value) == 3
    at.text_input(key="inf_widths").set_value("32,abc").run()
    assert not at.exception and "not a whole number" in at.error[0].value


def test_pure_helpers():
    s = appstate.state_with({"depth": 3, "wstd": 2.0, "act": "erf", "lap_gamma": False})
    assert appstate.decode_config(appstate.encode_config(s))["wstd"] == 2.0
    st = appcompute.spectrum_stats(np.array([[1.0, np.nan], [0.0, 1.0]]))
    assert not st["finite"] and st["n_nonfinite"] == 1
    st = appcompute.spectrum_stats(np.diag([4.0, 1.0]))
    assert st["condition_number"] == pytest.approx(4.0)
    assert 1 < st["effective_rank"] < 2
    assert appcompute.kernel_alignment(np.eye(3), 2 * np.eye(3)) == pytest.approx(1.0)
    x = appcompute.make_inputs(appstate.state_with({"n": 5, "dim": 4}))
    assert x.shape == (5, 4) and np.allclose(np.linalg.norm(x, axis=1), 1, atol=1e-6)
    for p in appstate.PRESETS:
        assert p.url().startswith(f"/{p.page}")


def test_laplace_page():
    if "laplace" not in available():
        pytest.skip("ntk_core.sphere.laplace / sphere not present")
    at = open_page("laplace", {"lap_ntrain": "64"})
    no_problem(at)
    assert charts(at) == 5          # + the real-data kernel table's chart (issue 22)
    # the page builds its own MLP: the sidebar says which of its controls still apply
    assert any("uses only W_std and Seed" in i.value for i in at.sidebar.info)
    assert len(at.dataframe) == 3 and len(at.dataframe[1].value) == 6   # + real-data table
    for key, value in (("lap_depth", 1), ("lap_dim", 4), ("lap_bias", 0.5), ("lap_radius", 0.3)):
        at.number_input(key=key).set_value(value).run()
        no_problem(at)
        assert charts(at) == 5
    at.checkbox(key="lap_gamma").uncheck().run()
    at.selectbox(key="lap_real").set_value("iris").run()
    no_problem(at)
    assert np.isfinite(float(at.dataframe[1].value["test accuracy"].iloc[-1]))  # "—" elsewhere


def test_methods_page():
    if "methods" not in available():
        pytest.skip("ntk_core.finite.cost not present")
    at = open_page("methods", {"n": "4", "width": "32", "sweep_vals": "16,32"})
    no_problem(at)
    assert charts(at) == 3
    table = at.dataframe[0].value
    assert len(table) == 6 and table["auto's pick"].sum() == 2
    assert (table["measured run (s)"] > 0).all()
    at.selectbox(key="sweep").set_value("out").run()
    at.text_input(key="sweep_vals").set_value("1,2").run()
    no_problem(at)
    assert sorted(set(at.dataframe[0].value["out"])) == [1, 2]
    at.text_input(key="sweep_vals").set_value("1,99").run()    # over max_out (64)
    assert not at.exception and "outside" in at.error[0].value
    at.selectbox(key="sweep").set_value("depth").run()          # over max_depth (12)
    assert not at.exception and "outside" in at.error[0].value


def test_stop_and_continue_between_steps():
    if "infinite" not in available():
        pytest.skip("ntk_core.infinite not present")
    at = open_page("infinite", {"inf_widths": "32,64", "inf_seeds": "1", "inf_n": "6"})
    no_problem(at)
    # the Stop button exists only while the steps run (AppTest cannot click mid-run):
    # its on_click sets this flag
    at.session_state["_stopped_infinite"] = True
    at.run()
    assert "Stopped" in at.warning[0].value
    at.text_input(key="inf_widths").set_value("32,64,4096").run()  # new width: not computed
    no_problem(at)
    assert list(at.dataframe[0].value["width"]) == [32, 64]
    at.button(key="_cont_infinite").click().run()
    no_problem(at)
    assert list(at.dataframe[0].value["width"]) == [32, 64, 4096]


def test_stop_button_only_while_steps_run():
    """Once a page's steps are done its Stop button is gone (it stayed on screen before);
    after a stop, Continue stays until pressed."""
    if "infinite" not in available():
        pytest.skip("ntk_core.infinite not present")
    at = open_page("infinite", {"inf_widths": "32,64", "inf_seeds": "1", "inf_n": "6"})
    no_problem(at)
    assert charts(at) > 0, "the page's result is drawn"
    assert [b.label for b in at.button if b.label in ("Stop", "Continue")] == []
    at.session_state["_stopped_infinite"] = True  # what the Stop button's click sets
    at.run()
    assert [b.label for b in at.button if b.label in ("Stop", "Continue")] == ["Continue"]

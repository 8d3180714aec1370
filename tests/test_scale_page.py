"""The Scale page: its pure computations (ntk_core.app.scale_study) and the page itself
(AppTest); the browser test is in tests/test_browser.py."""
from pathlib import Path

import numpy as np
import pytest

from ntk_core.app import figures_scale, scale_study, state as appstate, validation

APP = str(Path(__file__).resolve().parent.parent / "app.py")
SMALL = {"sc_n": "240", "sc_m": "256", "sc_dim": "4", "sc_depth": "1"}


def small_state(**kw):
    st = appstate.state_with({"sc_n": 240, "sc_m": 256, "sc_dim": 4, "sc_depth": 1})
    st.update(kw)
    return st


def test_study_rows_and_curve():
    state = small_state()
    curve = scale_study.approximation_curve(state)
    assert list(curve["m"]) == [64, 128, 256]
    assert np.all(np.diff(curve["eps"].mean(1)) < 0)  # spectral eps falls with m
    rows = {w: scale_study.krr_rows(state, w) for w in ("features", "exact", "laplace")}
    assert rows["features"]["kernel"] == "NTK features (m=256)"
    # a regression target: no accuracy column (not a column of None)
    assert all("test accuracy" not in r for r in rows.values())
    assert rows["exact"]["kernel"] == "NTK exact"
    for r in rows.values():
        assert 0 < r["relative test MSE"] < 1  # better than predicting the mean
    fig = figures_scale.approximation_vs_m(curve)
    assert len(fig.data) == 3
    assert len(figures_scale.krr_times(list(rows.values())).data) == 1


def test_exact_skipped_and_laplace_switches_to_features_above_the_limit(monkeypatch):
    monkeypatch.setattr(scale_study, "MAX_EXACT", 100)
    state = small_state()
    assert scale_study.krr_rows(state, "exact") is None
    assert "Fourier" in scale_study.krr_rows(state, "laplace")["kernel"]


def test_real_data_and_guard():
    x, y, cls, label = scale_study.scale_data(small_state(sc_data="wine", sc_n=100_000))
    assert cls and len(x) == 178 and "wine" in label
    row = scale_study.krr_rows(small_state(sc_data="wine", sc_n=178, sc_m=64), "features")
    assert 0.5 < row["test accuracy"] <= 1.0          # 3 classes: chance is about 1/3
    assert "exceed" in validation.check_scale_request(small_state(sc_n=100_000, sc_m=8192))[0]
    assert validation.check_scale_request(small_state(sc_n=100_000, sc_m=1024)) == []
    # the limit is the server's (NTK_APP_MAX_FEATURE_ENTRIES), and bad values are named
    tight = appstate.Limits(max_feature_entries=1000)
    assert validation.check_scale_request(small_state(sc_n=100, sc_m=64), tight)
    bad = validation.check_scale_request(small_state(sc_m="lots"))
    assert len(bad) == 1 and "sc_m=lots" in bad[0]


def test_page_runs_in_apptest():
    testing = pytest.importorskip("streamlit.testing.v1")
    at = testing.AppTest.from_file(APP, default_timeout=240)
    for k, v in SMALL.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/scale.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert len(at.get("plotly_chart")) == 3  # error vs m, methods side by side, KRR times
    table = at.dataframe[0].value
    assert list(table["kernel"])[1:] == ["NTK exact", table["kernel"][2]]
    assert table["kernel"][2].startswith("Laplace exact")
    # an oversized request is refused with a message, nothing computed
    at.query_params["sc_n"] = "100000"
    at.query_params["sc_m"] = "8192"
    at2 = testing.AppTest.from_file(APP, default_timeout=60)
    for k, v in {"sc_n": "100000", "sc_m": "8192"}.items():
        at2.query_params[k] = v
    at2.run()
    at2.switch_page("pages/scale.py").run()
    assert any("exceed" in e.value for e in at2.error)


def test_method_curves_side_by_side():
    """The three feature methods on the page's small problem: every method's error falls
    from m = 64 to 256, and the NTK Sketch is the most accurate at m = 256 (measured
    Frobenius 0.03 vs 0.1-0.2 for the Monte-Carlo maps)."""
    res = scale_study.method_curves(small_state())
    assert list(res["m"]) == [64, 128, 256]
    assert set(res["methods"]) == {"gaussian", "ntk_sketch", "leverage"}
    for c in res["methods"].values():
        assert c["frob"][-1] < c["frob"][0]
    frob = {k: c["frob"][-1] for k, c in res["methods"].items()}
    assert frob["ntk_sketch"] == min(frob.values())
    assert len(figures_scale.methods_vs_m(res).data) == 6


def test_real_data_table_loader_and_figure(tmp_path):
    """The Laplace page's real-data table: the committed JSON loads, its mean ranks are
    ranks of 7 kernels, a missing or broken file gives None (the page says so)."""
    from ntk_core.app import figures_real, laplace_real
    table = laplace_real.load_real_table()
    assert table is not None and table["n_sets"] == len(table["rows"]) >= 2
    assert all(1 <= r <= 7 for r in table["mean_rank"].values())
    assert len(figures_real.mean_rank_bars(table).data) == 1
    assert laplace_real.load_real_table(tmp_path / "missing.json") is None
    (tmp_path / "bad.json").write_text("{")
    assert laplace_real.load_real_table(tmp_path / "bad.json") is None


def test_kernel_table_protocol():
    """sphere.kernel_table on iris (2 folds, 60 points): scores are accuracies in [0, 1],
    well above chance (1/3), the summary ranks 7 kernels."""
    from ntk_core.sphere.kernel_table import kernel_table, summarize
    res = kernel_table("iris", folds=2, max_n=60)
    assert res["n"] == 60 and res["task"] == "classification"
    for v in res["scores"].values():
        assert v.shape == (2,) and np.all(v > 0.5) and np.all(v <= 1)
    s = summarize([res])
    assert sorted(s["mean_rank"]) == sorted(res["scores"]) and s["n_sets"] == 1

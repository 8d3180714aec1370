"""The Recurrent page (ntk_core.app.recurrent_study, validation) and the RNN in the
Layers builder / sidebar, directly and through AppTest."""
from pathlib import Path

import numpy as np
import pytest

from ntk_core.app import figures_recurrent, recurrent_study, state as appstate, validation
from ntk_core.app.layers_state import encode_layers, parse_layers, rough_stats
from ntk_core.networks import RNN

APP = str(Path(__file__).resolve().parent.parent / "app.py")
SMALL = {"rnn_n": "6", "rnn_minlen": "3", "rnn_maxlen": "6", "rnn_width": "16"}


def small_state(**kw):
    st = appstate.state_with({"rnn_n": 6, "rnn_minlen": 3, "rnn_maxlen": 6, "rnn_width": 16})
    st.update(kw)
    return st


def test_layer_code_round_trip_and_cost():
    code = "rnn:32:erf:w1.2:u0.8:b0.1:seq rnn:16:mean"
    layers, problems = parse_layers(code)
    assert not problems and encode_layers(layers) == code
    assert layers[0] == RNN(32, "erf", 1.2, 0.8, 0.1, "sequence")
    assert "RNN option" in parse_layers("rnn:8:foo")[1][0]
    assert "RNN W_std" in parse_layers("rnn:8:w99")[1][0]
    P, FP, Y = rough_stats(parse_layers("rnn:8")[0], (10, 1), 1)
    assert P == 8 * 8 + 8 + 8 + 8 + 1 and FP == 2 * 10 * (64 + 8) + 16


def test_sidebar_feeds_sequences_to_an_rnn():
    st = appstate.state_with({"arch": "Layers", "layers": "rnn:16", "data": "sines", "dim": 7,
                              "n": 5})
    assert appstate.input_shape(st) == (5, 7, 1)
    assert appstate.input_shape({**st, "data": "digits"}) == (5, 64, 1)
    assert appstate.input_shape({**st, "layers": "flatten dense:8"}) == (5, 7)
    problems, spec = validation.check_request(st)
    assert problems == [] and spec.layers[0] == RNN(16)


def test_study_kernels_sensitivity_and_guard():
    state = small_state()
    data = recurrent_study.sequences(state)
    assert list(data.lengths) == sorted(data.lengths) and data.lengths.min() >= 3
    res = recurrent_study.kernels(state)
    assert res["rntk"].shape == res["finite"].shape == (6, 6)
    assert 0 < res["rel_error"] < 1                      # width 16: a rough match
    sens = recurrent_study.sensitivity(state, n_seq=2)
    s = sens["curves"]["relu, W_std 0.5"]
    assert s.shape == (6,) and np.all(s > 0)
    assert s[-1] > s[0]                                  # readout last: recent steps count most
    assert len(figures_recurrent.time_step_sensitivity(sens["t"], sens["curves"]).data) == 6
    ucr = recurrent_study.sequences(small_state(rnn_data="JapaneseVowels", rnn_maxlen=10))
    assert ucr.x.shape[0] == 6 and ucr.lengths.max() <= 10 and ucr.x.shape[-1] == 13
    assert "shortest" in validation.check_recurrent_request(small_state(rnn_minlen=9))[0]
    assert "pair-steps" in validation.check_recurrent_request(
        small_state(rnn_n=48, rnn_maxlen=200, rnn_readout="mean"))[0]
    bad = validation.check_recurrent_request(small_state(rnn_maxlen="lots"))
    assert len(bad) == 1 and "rnn_maxlen=lots" in bad[0]


def test_page_runs_in_apptest():
    testing = pytest.importorskip("streamlit.testing.v1")
    at = testing.AppTest.from_file(APP, default_timeout=300)
    for k, v in SMALL.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/recurrent.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert len(at.get("plotly_chart")) == 2
    at2 = testing.AppTest.from_file(APP, default_timeout=60)
    at2.query_params["rnn_minlen"] = "50"
    at2.query_params["rnn_maxlen"] = "20"
    at2.run()
    at2.switch_page("pages/recurrent.py").run()
    assert any("shortest" in e.value for e in at2.error)

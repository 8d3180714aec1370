"""Hostile links (issue 18): no query value reaches a Streamlit widget's own parser.

Every whole-number and number setting is given ``inf``, ``-inf``, ``1e400`` or 400 digits
(values Streamlit's number-input deserialiser cannot turn into an int); the page opens
with a note naming each replaced value, no exception, and the address bar holds the
value used, so a copied link reopens the view on screen. Small pages only (2 shared CPU
cores): the sidebar is on every page, and one page per group of page-specific keys.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ntk_core.app import state as appstate, validation

st_testing = pytest.importorskip("streamlit.testing.v1")
APP = str(Path(__file__).resolve().parent.parent / "app.py")
NUMERIC = sorted(k for k, f in validation.FIELDS.items() if f.kind in ("int", "float"))
HOSTILE = ("inf", "-inf", "1e400", "9" * 400)


def run_link(params: dict, page: str | None = None):
    at = st_testing.AppTest.from_file(APP, default_timeout=240)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    if page:
        at.switch_page(f"pages/{page}.py")
        at.run()
        assert not at.exception, [e.message for e in at.exception]
    return at


def last(value) -> str:
    return value[-1] if isinstance(value, list) else value


@pytest.mark.parametrize("shift", [0, 2])
def test_every_numeric_key_survives_a_hostile_value(shift):
    """All numeric keys at once, each key given a different hostile value (two runs cover
    every value for every key kind); the sidebar keys are read on every page, the rest are
    seeded from the same rewritten query when their page opens."""
    at = run_link({k: HOSTILE[(i + shift) % len(HOSTILE)] for i, k in enumerate(NUMERIC)})
    warn = " ".join(w.value for w in at.warning)
    for key in NUMERIC:
        assert f"`{key}=" in warn, key
    for key, value in at.query_params.items():  # only canonical, finite values are left
        assert key not in NUMERIC or validation.read_value(key, last(value))[2] is None, key
    assert at.number_input(key="width").value == appstate.DEFAULTS["width"]


@pytest.mark.parametrize("page,params", [
    ("laplace", {"lap_ntrain": "inf", "lap_depth": "1e400", "lap_dim": "9" * 400,
                 "lap_bias": "-inf", "lap_radius": "inf"}),
])
def test_page_keys_survive_hostile_values(page, params):
    at = run_link(params, page)
    warn = " ".join(w.value for w in at.warning)
    for key in params:
        if key in validation.FIELDS:
            assert f"`{key}=" in warn, key
            assert key not in at.query_params  # replaced by its default


def test_replaced_and_spelled_values_are_written_back_canonically():
    """``width=99999`` shows 16384 and the link says 16384 (Streamlit's own range check
    would otherwise clear it); ``n=1e2`` becomes ``n=100``; a repeated key keeps its last."""
    at = run_link({"width": "99999", "depth": "1", "n": "1e2", "seed": ["3", "4"]})
    assert at.number_input(key="width").value == 16384
    qp = {k: last(v) for k, v in at.query_params.items()}
    assert qp["width"] == "16384" and qp["n"] == "100" and qp["depth"] == "1"
    assert qp["seed"] == "4" and at.number_input(key="seed").value == 4


def test_over_long_text_is_named_not_cut():
    """Layer code over 600 characters: said so (before, it was cut and the message named a
    layer 'co' the user never wrote)."""
    code = " ".join(["conv:16", "relu"] * 60)
    value, used, reason = validation.read_value("layers", code)
    assert value is None and used == appstate.DEFAULTS["layers"]
    assert "characters long, more than the 600 allowed" in reason and "'co'" not in reason
    assert validation.read_value("layers", " ".join(["conv:16", "relu"] * 6))[2] is None
    _, _, reason = validation.read_value("inf_widths", "1," * 400)
    assert "characters long" in reason

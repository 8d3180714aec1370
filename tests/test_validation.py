"""The validation layer (ntk_core.app.validation) and the device queue (ntk_core.app.serving).

Property-based (Hypothesis): arbitrary strings and numbers in every URL key and in
Compare's stored-configuration parameter never make validation raise, and a state it
accepts never exceeds the server's limits. Example counts are modest (2 shared cores).
"""
from __future__ import annotations

import threading
import time

from hypothesis import HealthCheck, given, settings, strategies as st

from ntk_core.app import state as appstate, validation
from ntk_core.app.serving import DeviceQueue
from ntk_core.app.state import DEFAULTS, LIMITS, Limits
from ntk_core.finite.tiling import Cancelled

KEYS = sorted(validation.FIELDS)
# a small server: the cost and size limits bite on ordinary values
TIGHT = Limits(max_memory_bytes=2**24, max_time_s=0.05, max_n=256, max_width=1024)
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

numbers = st.one_of(st.integers(-10**6, 10**6), st.integers(), st.floats(allow_nan=True),
                    st.floats(-20, 20))
texts = st.one_of(
    st.text(max_size=25), numbers.map(str), numbers.map(repr),
    st.sampled_from(["", " ", "nan", "inf", "-inf", "1e400", "3.5", "0x10", "true", "FALSE",
                     "relu", "ReLU", "SAME", "<b>x</b>", "`x`", "1,2,3", "64;128", ",,",
                     "9" * 5000, "1e3", "-0", "CNN", "digits"]),
    st.lists(st.integers(-5, 20000).map(str), min_size=1, max_size=15).map(",".join))


def valid_values(key):
    """Values near and inside the key's allowed set (so accepted states are common)."""
    f = validation.FIELDS[key]
    if f.kind == "choice":
        return st.sampled_from([str(c) for c in f.choices])
    if f.kind == "bool":
        return st.sampled_from(["true", "false"])
    if f.kind in ("int", "float"):
        lo, hi = f.bounds(LIMITS)
        return (st.integers(int(lo), int(hi)) if f.kind == "int"
                else st.floats(lo, hi)).map(str)
    return st.just(appstate.encode_value(DEFAULTS[key]))


link_values = st.one_of(texts, st.lists(texts, min_size=1, max_size=3))
any_key = st.sampled_from(KEYS + ["cmp", "widht", "dyn_t", ""])


@st.composite
def mostly_valid_links(draw):
    keys = draw(st.lists(st.sampled_from(KEYS), max_size=8, unique=True))
    return {k: draw(st.one_of(valid_values(k), valid_values(k), texts)) for k in keys}


def assert_within_limits(state: dict, limits: Limits) -> None:
    """Every value allowed, and the request as a whole within the server's limits."""
    for key in KEYS:
        _, _, reason = validation.read_value(key, state[key], limits)
        assert reason is None, (key, state[key], reason)
    problems, spec = validation.check_request(state, limits=limits)
    assert problems == [] and spec is not None
    assert int(state["n"]) <= limits.max_n
    assert int(state["width"]) <= limits.max_width and int(state["depth"]) <= limits.max_depth
    pred = validation.rough_prediction(state, limits=limits)
    assert pred["time_s"] <= limits.max_time_s
    assert pred["memory_bytes"] <= limits.max_memory_bytes


@SETTINGS
@given(st.sampled_from(KEYS), st.one_of(texts, numbers, st.booleans()))
def test_every_key_any_value_never_raises(key, raw):
    value, used, reason = validation.read_value(key, raw)
    assert (value is None) == (reason is not None)
    # what is used instead is itself allowed
    assert validation.read_value(key, used)[2] is None, (key, raw, used)


@SETTINGS
@given(st.dictionaries(any_key, link_values, max_size=8), st.sampled_from([LIMITS, TIGHT]))
def test_any_link_gives_valid_state_or_problems(params, limits):
    v = validation.validate_link(params, limits)
    assert all(isinstance(p, str) and p for p in v.problems + v.notes)
    assert (v.state is None) == bool(v.problems)
    assert len(v.keys) == len(v.notes)
    if v.state is not None:
        assert_within_limits(v.state, limits)
    for key, used in v.used.items():  # the value shown instead of the link's is allowed
        assert validation.read_value(key, used, limits)[2] is None


@SETTINGS
@given(mostly_valid_links(), st.sampled_from([LIMITS, TIGHT]))
def test_mostly_valid_links_accepted_states_within_limits(params, limits):
    v = validation.validate_link(params, limits)
    if v.state is not None:
        assert_within_limits(v.state, limits)
        for k, raw in params.items():  # valid values are kept as given
            if validation.read_value(k, raw, limits)[2] is None:
                assert appstate.encode_value(v.state[k]) == appstate.encode_value(
                    validation.read_value(k, raw, limits)[0])


config_items = st.one_of(
    st.tuples(st.sampled_from(appstate.CONFIG_KEYS), texts).map(lambda kv: f"{kv[0]}~{kv[1]}"),
    st.text(max_size=15))


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.lists(config_items, max_size=6).map(",".join)),
       st.sampled_from([LIMITS, TIGHT]))
def test_any_stored_configuration_gives_valid_state_or_problems(text, limits):
    v = validation.validate_config(text, limits)
    assert (v.state is None) == bool(v.problems)
    if v.state is not None:
        assert_within_limits(v.state, limits)


@SETTINGS
@given(st.dictionaries(st.sampled_from(appstate.CONFIG_KEYS), st.just(None), max_size=6),
       st.data())
def test_stored_configuration_round_trip(keys, data):
    state = dict(DEFAULTS)
    for k in keys:
        text = data.draw(valid_values(k))
        state[k] = validation.read_value(k, text)[0]
    v = validation.validate_config(appstate.encode_config(state))
    if v.state is not None:
        assert {k: v.state[k] for k in appstate.CONFIG_KEYS} == \
            {k: state[k] for k in appstate.CONFIG_KEYS}
        assert_within_limits(v.state, LIMITS)
    else:
        assert v.problems == validation.check_request(state)[0]


def test_registry_covers_every_key_and_plugs_in_a_parser():
    assert set(DEFAULTS) <= set(validation.FIELDS)
    for p in appstate.PRESETS:  # presets go through the same checks: nothing replaced
        v = validation.validate_link({k: appstate.encode_value(x) for k, x in p.values.items()})
        assert v.ok and not v.notes, (p.name, v.problems, v.notes)

    def parse(text):  # the shape of a layer-list builder's parser: (value, problems)
        layers = [t for t in text.split("|") if t]
        return (layers, []) if all(t.isalpha() for t in layers) else ([], ["letters only"])

    try:
        validation.register("test_layers", parse, default="a|b")
        assert validation.list_values("test_layers", "x|y") == (["x", "y"], None)
        v = validation.validate_link({"test_layers": "x|1"})
        assert v.notes == ["`test_layers=x|1` in the link letters only; using the default a|b."]
        assert validation.validate_link({"test_layers": "x|y"}).state["test_layers"] == "x|y"
    finally:
        validation.FIELDS.pop("test_layers", None)
        DEFAULTS.pop("test_layers", None)


def test_messages_say_which_value_is_used():
    v = validation.validate_link({"width": "99999", "act": "ReLU", "n": "abc", "depth": "2.5",
                                  "widht": "3", "seed": ["1", "2"]})
    assert "`width=99999` in the link is above this server's limit 16384; using 16384." in v.notes
    assert any(n.startswith("`act=ReLU` in the link is not one of relu") and
               n.endswith("using the default relu.") for n in v.notes)
    assert "`n=abc` in the link is not a number; using the default 64." in v.notes
    assert "`depth=2.5` in the link is not a whole number; using the default 2." in v.notes
    assert "`widht` in the link is not a setting of this app; ignored." in v.notes
    assert v.state["seed"] == 2 and v.used["width"] == 16384
    assert validation.shown("<b>`x`</b>" * 9).startswith("`<b>'x'</b>")  # code span, no `
    bad = validation.validate_config("arch~CNN,data~digits,nconv~9")
    assert bad.problems == ["`nconv=9` is above the app's maximum 4"]
    assert validation.validate_config("dim~1").problems == ["`dim=1` is below the minimum 2"]
    cnn = validation.validate_config("arch~CNN,data~digits,c1_f~9,c1_p~VALID,c2_p~VALID")
    assert cnn.problems and cnn.problems[0].startswith("Invalid network")
    assert "weight scale W_std = 30 is too large for 13 layers" in validation.nonfinite_message(
        "The kernel", {"wstd": 30.0, "depth": 12}, 3)


def test_queue_places_estimates_and_cancellation():
    q = DeviceQueue(1)
    started, seen, gone = threading.Event(), [], threading.Event()
    release = threading.Event()

    def heavy():
        with q.slot(10.0):
            started.set()
            release.wait(5)

    t = threading.Thread(target=heavy)
    t.start()
    started.wait(5)

    def waiter():
        try:
            with q.slot(2.0, alive=lambda: not gone.is_set(),
                        on_wait=lambda place, eta: seen.append((place, eta)), poll_s=0.02):
                pass
        except Cancelled:
            seen.append("cancelled")

    w = threading.Thread(target=waiter)
    w.start()
    time.sleep(0.2)
    assert seen and seen[0][0] == 1 and 9 <= seen[0][1] <= 10  # first in line, ~10 s left
    gone.set()  # the session goes away while queued: it leaves the queue
    w.join(5)
    assert seen[-1] == "cancelled" and q.busy() == 1
    release.set()
    t.join(5)
    assert q.busy() == 0


def test_dropped_query_note_names_streamlits_limits():
    """Streamlit drops a query of more than 1000 fields or 512 Ki characters; the note
    says which limit and that the default view opened; none within the limits."""
    assert validation.dropped_query_note(1000, 9000) is None
    assert validation.dropped_query_note(1, validation.QUERY_MAX_CHARS) is None
    note = validation.dropped_query_note(1001, 9000)
    assert "1,001 parameters, more than the 1,000" in note and "default view" in note
    assert "600,000 characters, more than the 524,288" in validation.dropped_query_note(
        3, 600_000)

"""URL-bound widgets and the shared sidebar (helpers for the pages, not a page).

Every widget takes its default from ``ntk_core.appstate.DEFAULTS[key]``, is bound to the
URL (``bind="query-params"``) and keeps its value across pages (``persist_state``), so a
link reopens exactly the same view.
"""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ntk_core.app import state as appstate, validation
from ntk_core.app.state import DEFAULTS, LIMITS

BIND = dict(bind="query-params", persist_state="session")
INIT_HELP = {"gaussian": "i.i.d. normal weights",
             "orthogonal": "Haar-orthogonal weights with the same forward variance (convs: "
                           "an independent orthogonal matrix per filter tap); the same "
                           "infinite-width NTK as Gaussian",
             "delta_orthogonal": "as orthogonal, but convs delta-orthogonal (orthogonal "
                                 "centre tap, zeros elsewhere; each conv needs at least as many "
                                 "output as input channels): a different infinite-width kernel"}


def number(label: str, key: str, step=None, help: str | None = None, where=st, **kw):
    """URL-bound number input; its default comes from DEFAULTS[key], its range from the
    validation layer's registry (the same range a link's value is checked against)."""
    d = DEFAULTS[key]
    lo, hi = validation.FIELDS[key].bounds(LIMITS)
    if isinstance(d, int):
        lo, hi, step = int(lo), int(hi), int(step or 1)
    else:
        lo, hi, step = float(lo), float(hi), float(step or 0.05)
    return where.number_input(label, lo, hi, d, step, key=key, help=help, **BIND, **kw)


def select(label: str, key: str, options: Sequence, help: str | None = None, where=st, **kw):
    """URL-bound selectbox. The shown option text is what goes into the URL, so options are
    shown as-is (keep them short and URL-safe) and explained in ``help``."""
    options = list(options)
    return where.selectbox(label, options, index=options.index(DEFAULTS[key]), key=key,
                           help=help, **BIND, **kw)


def radio(label: str, key: str, options: Sequence, where=st, help: str | None = None, **kw):
    options = list(options)
    return where.radio(label, options, index=options.index(DEFAULTS[key]), key=key,
                       help=help, horizontal=True, **BIND, **kw)


def describe(choices: dict) -> str:
    """Help text listing what each option means (for select/radio ``help``)."""
    return "  \n".join(f"**{k}**: {v}" for k, v in choices.items())


def text(label: str, key: str, help: str | None = None, where=st, **kw):
    return where.text_input(label, DEFAULTS[key], key=key, help=help, **BIND, **kw)


def toggle(label: str, key: str, help: str | None = None, where=st, **kw):
    return where.checkbox(label, DEFAULTS[key], key=key, help=help, **BIND, **kw)


def current_state() -> dict:
    """Every DEFAULTS key with its current widget value (defaults where not rendered)."""
    ss = st.session_state
    return {k: (ss[k] if k in ss else v) for k, v in DEFAULTS.items()}


def relevant(state: dict, extra: Sequence[str] = ()) -> tuple:
    """Hashable cache key: the network + data keys that matter for ``state``, plus extra."""
    keys = ["arch", "act", "wstd", "bstd", "param", "out", "data", "n", "seed", "init"]
    if state["arch"] == "MLP":
        keys += ["depth", "width"]
    elif state["arch"] == "Layers":
        keys += ["layers"]
    else:
        keys += ["nconv", "readout"] + [f"c{i}_{p}" for i in range(1, int(state["nconv"]) + 1)
                                        for p in ("ch", "f", "s", "p")]
    keys += ["img"] if state["data"] == "synthetic" else []
    keys += ["dim"] if state["data"] in ("sphere", "circle", "sines") else []
    keys += ["prec"] if state.get("prec", "float32") != "float32" else []
    return tuple((k, state[k]) for k in sorted(set(keys) | set(extra)))


# ----------------------------------------------------------------------------- sidebar
def DEVICE() -> str:
    """What JAX computes on (CPU or the GPU's name)."""
    from ntk_core.finite.devices import describe_device
    return describe_device()


def sidebar(device: str, page: str = "") -> dict:
    """Shared controls (network and data), drawn by app.py on every page; ``page`` (the
    current page's URL path) says when a page reads only a few of them."""
    sb = st.sidebar
    sb.markdown(f"**Device:** {device}")
    used = appstate.SIDEBAR_USED.get(page)
    if used:
        net = {"ensembles": "MLP", "recurrent": "RNN"}.get(page, "ReLU MLP")
        sb.info(f"This page sets its own {net} and data; of the controls below it uses "
                f"only {' and '.join(used)}.")
    # a page that ignores most of the sidebar keeps those controls folded away
    net_used = [c for c in (used or ()) if c in ("W_std", "b_std")]
    with sb.expander("Network" + ((f" (this page uses only {' and '.join(net_used)})" if net_used
                                   else " (not used on this page)") if used else ""),
                     expanded=not used):
        radio("Architecture", "arch", list(appstate.ARCHS),
              help=describe({"Layers": "any list of layers (residual, LayerNorm, pooling, "
                                       "attention, RNN); presets MLP, CNN, ResNet, RNN, ViT"}))
        arch = st.session_state.get("arch", DEFAULTS["arch"])
        if arch == "Layers":
            from pages._layers import builder
            builder()
        elif arch == "MLP":
            c1, c2 = st.columns(2)
            number("Depth", "depth", where=c1, help="hidden layers")
            number("Width", "width", 64, where=c2, help="units per hidden layer")
        else:
            number("Conv layers", "nconv")
            for i in range(1, int(st.session_state.get("nconv", DEFAULTS["nconv"])) + 1):
                st.caption(f"Conv layer {i}")
                c = st.columns(2) + st.columns(2)  # two per row: labels fit at 1280 px
                number("channels", f"c{i}_ch", where=c[0], help="channels")
                number("filter", f"c{i}_f", where=c[1], help="filter size")
                number("stride", f"c{i}_s", where=c[2])
                select("padding", f"c{i}_p", ["SAME", "VALID"], where=c[3])
            select("Readout", "readout", ["gap", "flatten"],
                   help=describe({"gap": "global average pooling over positions",
                                  "flatten": "concatenate all positions"}))
        if arch != "Layers":
            select("Activation", "act", appstate.ACTIVATION_NAMES)
        c1, c2 = st.columns(2)
        number("W_std", "wstd", 0.05, where=c1, help="weight scale sigma_w")
        number("b_std", "bstd", 0.05, where=c2, help="bias scale sigma_b")
        c1, c2 = st.columns([3, 2])
        select("Parameterization", "param", ["ntk", "standard"], where=c1)
        number("Outputs O", "out", where=c2)
        select("Weight init", "init", list(INIT_HELP), help=describe(INIT_HELP))
    with sb.expander("Data" + (" (this page uses only Seed)" if used else ""),
                     expanded=not used):
        select("Inputs", "data", list(appstate.DATA_KINDS), help=describe(appstate.DATA_KINDS))
        kind = st.session_state.get("data", DEFAULTS["data"])
        c1, c2 = st.columns(2)
        number("N points", "n", where=c1, help=f"server limit {LIMITS.max_n}")
        if kind in ("sphere", "circle"):
            number("d (R^d)", "dim", where=c2)
        elif kind == "synthetic":
            number("Image size", "img", where=c2)
        elif kind == "sines":
            number("Steps T", "dim", where=c2, help="length of every sine / chirp")
        number("Seed", "seed", help="data and initialisation seed")
    return current_state()


# ----------------------------------------------------------------------------- links
def check_link() -> None:
    """Once per session, before any widget exists: check the link's settings with the
    validation layer. A bad value is replaced (the widget starts from the value used) and
    a note saying so is kept for :func:`link_notes`. Every setting of the link is written
    back in its canonical form, both to the address bar and to the values Streamlit seeds
    its widgets from, so no widget ever parses the raw text (``inf``, ``1e400``, 400 digits)
    and a copied link reopens exactly the view on screen."""
    ss = st.session_state
    if "_link_notes" in ss:
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    check = validation.validate_link(params)
    seeds = _url_seeds()
    for key, value in check.values.items():
        if key in check.used:
            ss[key] = value
        if value == DEFAULTS[key]:
            st.query_params.pop(key, None)
            seeds.pop(key, None)
        else:
            text = appstate.encode_value(value)
            if st.query_params.get_all(key) != [text]:
                st.query_params[key] = text
            seeds[key] = [text]
    for key in validation.OTHER_LINK_KEYS:  # not settings: drop a value no widget can read
        if key in params and key != "cmp" and not _readable(params[key]):
            st.query_params.pop(key, None)
            seeds.pop(key, None)
    ss["_link_notes"] = [(n, k, check.used.get(k)) for n, k in zip(check.notes, check.keys)]


def _readable(values) -> bool:
    """A short text or a finite, modest number (the Training page's step index)."""
    text = str(values[-1] if values else "")
    try:
        return len(text) <= 40 and abs(float(text)) < 2**31
    except ValueError:
        return len(text) <= 40


def _run_ctx():
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
    return get_script_run_ctx()


def _url_seeds() -> dict:
    """The query values Streamlit seeds URL-bound widgets from on this first run (kept apart
    from ``st.query_params``, which has no public way to change them); an empty dict (not
    written back anywhere) outside a script run."""
    ctx = _run_ctx()
    if ctx is None:
        return {}
    with ctx.session_state.query_params() as qp:
        seeds = getattr(qp, "_initial_query_params", None)
    return seeds if isinstance(seeds, dict) else {}


def link_notes(where=st) -> None:
    """The link's replaced values, shown while the value used is still in place."""
    ss = st.session_state
    live = [n for n, k, used in ss.get("_link_notes", []) if k is None or ss.get(k) == used]
    if live:
        where.warning("**Some of this link's settings were replaced.**  \n" + "  \n".join(live),
                      icon=":material/link_off:")

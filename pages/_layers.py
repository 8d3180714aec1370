"""The sidebar's layer-list builder (helpers for pages/_widgets.py, not a page).

The list lives in one URL-bound text area (key ``layers``, grammar in
``ntk_core.app.layers_state``); the preset, add, move and delete buttons rewrite that text
in their callbacks, so the URL always holds the network and a link reopens it.
"""
from __future__ import annotations

import streamlit as st

from ntk_core.app import layers_state as ls
from ntk_core.app.state import DEFAULTS
from pages._widgets import BIND

GRAMMAR = ("Layers separated by spaces: `dense:W`, `conv:C[:F][:sS][:dD][:valid]`, "
           "`patch:P:C`, `attn:HEADS:DIM`, `relu` / `gelu` / `erf` / `tanh` / `identity`, `ln`, "
           "`avgpool:F[:sS][:same]`, `maxpool:F`, `gap`, `flatten`, and residual blocks "
           "`res:SCALE ( ... )`. A readout Dense(O) is always added at the end.")


def _code() -> str:
    """The current code: the widget's value, or (first run, before the text area exists)
    the URL's, which the widget will take."""
    if "layers" in st.session_state:
        return st.session_state["layers"]
    return st.query_params.get("layers", DEFAULTS["layers"])


def _set(rows: list[str]) -> None:
    st.session_state["layers"] = " ".join(rows)


def _preset(name: str) -> None:
    st.session_state["layers"] = ls.LAYER_PRESETS[name][0]


def _selected(n: int) -> int:
    i = st.session_state.get("_ly_sel")
    return i if isinstance(i, int) and 0 <= i < n else 0


def _move(d: int) -> None:
    rows = ls.split_top(_code())
    i = _selected(len(rows))
    j = i + d
    if 0 <= j < len(rows):
        rows[i], rows[j] = rows[j], rows[i]
        _set(rows)
        st.session_state["_ly_sel"] = j


def _remove() -> None:
    rows = ls.split_top(_code())
    if rows:
        i = _selected(len(rows))
        del rows[i]
        _set(rows)
        st.session_state["_ly_sel"] = max(0, min(i, len(rows) - 1))


def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


def builder() -> None:
    """Presets, the top-level layers (select one, move it up / down or delete it), an
    add-layer menu and the code itself (a text area bound to the URL)."""
    st.caption("Presets")
    names = list(ls.LAYER_PRESETS)
    for pair in (names[i:i + 2] for i in range(0, len(names), 2)):
        for c, name in zip(st.columns(2), pair):
            c.button(name, key=f"_ly_preset_{name}", help=ls.LAYER_PRESETS[name][1],
                     on_click=_preset, args=(name,), width="stretch")
    layers, problems = ls.parse_layers(_code())
    if layers:
        if st.session_state.get("_ly_sel") != _selected(len(layers)):
            st.session_state["_ly_sel"] = _selected(len(layers))
        st.radio("Layers (select one to move or remove)", list(range(len(layers))),
                 format_func=lambda i: f"{i + 1}. {ls.describe(layers[i])}", key="_ly_sel")
        i = _selected(len(layers))
        c = st.columns(3)
        c[0].button("↑", key="_ly_up", help="move the selected layer up", on_click=_move,
                    args=(-1,), disabled=i == 0, width="stretch")
        c[1].button("↓", key="_ly_dn", help="move the selected layer down", on_click=_move,
                    args=(1,), disabled=i >= len(layers) - 1, width="stretch")
        c[2].button("✕", key="_ly_rm", help="remove the selected layer", on_click=_remove,
                    width="stretch")
    st.caption(f"then the readout Dense(O) · {sum(ls.n_params(l) for l in layers) + 1} "
               "affine maps")
    c = st.columns([3, 2])
    c[0].selectbox("Add layer", list(ls.ADD_LAYER), key="_ly_add", label_visibility="collapsed",
                   help="appended at the end; then move it with the arrows")
    c[1].button("Add", key="_ly_add_btn", icon=":material/add:", on_click=_add, width="stretch")
    st.text_area("Layer code", DEFAULTS["layers"], key="layers", help=GRAMMAR, height=110,
                 **BIND)
    for p in problems:
        st.error(p, icon=":material/error:")
    if not problems:
        from ntk_core.infinite.layers import analytic_support
        from ntk_core.networks import LayerNet
        why = analytic_support(LayerNet(layers))
        if why:
            st.caption(f":material/block: No analytic infinite-width kernel: {why}.")
        else:
            st.caption(":material/all_inclusive: Analytic infinite-width kernel available.")

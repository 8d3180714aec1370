"""The sidebar's layer-list builder (helpers for pages/_widgets.py, not a page).

The list lives in one URL-bound text widget (key ``layers``, grammar in
``ntk_core.app.layers_state``); the preset, add, move and remove buttons rewrite that text
in their callbacks, so the URL always holds the network and a link reopens it.
"""
from __future__ import annotations

import streamlit as st

from ntk_core.app import layers_state as ls
from ntk_core.app.state import DEFAULTS

GRAMMAR = ("Layers separated by spaces: `dense:W`, `conv:C[:F][:sS][:dD][:valid]`, "
           "`patch:P:C`, `attn:HEADS:DIM`, `relu` / `gelu` / `erf` / `tanh` / `identity`, `ln`, "
           "`avgpool:F[:sS][:same]`, `maxpool:F`, `gap`, `flatten`, and residual blocks "
           "`res:SCALE ( ... )`. A readout Dense(O) is always added at the end.")


def _code() -> str:
    return st.session_state.get("layers", DEFAULTS["layers"])


def _set(rows: list[str]) -> None:
    st.session_state["layers"] = " ".join(rows)


def _preset(name: str) -> None:
    st.session_state["layers"] = ls.LAYER_PRESETS[name][0]


def _move(i: int, d: int) -> None:
    rows = ls.split_top(_code())
    j = i + d
    if 0 <= i < len(rows) and 0 <= j < len(rows):
        rows[i], rows[j] = rows[j], rows[i]
        _set(rows)


def _remove(i: int) -> None:
    rows = ls.split_top(_code())
    if 0 <= i < len(rows):
        del rows[i]
        _set(rows)


def _add() -> None:
    label = st.session_state.get("_ly_add")
    rows = ls.split_top(_code())
    at = st.session_state.get("_ly_pos", "end")
    code = ls.ADD_LAYER.get(label, "relu")
    if at == "start":
        rows.insert(0, code)
    else:
        rows.append(code)
    _set(rows)


def builder(text_widget) -> None:
    """Presets, one row per top-level layer (move up / down, remove), an add-layer menu
    and the code itself (``text_widget(label, key, help=...)`` binds it to the URL)."""
    st.caption("Presets")
    cols = st.columns(len(ls.LAYER_PRESETS))
    for c, (name, (_, blurb)) in zip(cols, ls.LAYER_PRESETS.items()):
        c.button(name, key=f"_ly_preset_{name}", help=blurb, on_click=_preset, args=(name,),
                 width="stretch")
    layers, problems = ls.parse_layers(_code())
    for i, layer in enumerate(layers):
        c = st.columns([7, 1, 1, 1], vertical_alignment="center", gap="small")
        c[0].markdown(f"<span class='ly-row'>{i + 1}. {ls.describe(layer)}</span>",
                      unsafe_allow_html=True)
        c[1].button("", key=f"_ly_up_{i}", icon=":material/arrow_upward:", help="move up",
                    on_click=_move, args=(i, -1), disabled=i == 0)
        c[2].button("", key=f"_ly_dn_{i}", icon=":material/arrow_downward:", help="move down",
                    on_click=_move, args=(i, 1), disabled=i == len(layers) - 1)
        c[3].button("", key=f"_ly_rm_{i}", icon=":material/close:", help="remove",
                    on_click=_remove, args=(i,))
    st.caption(f"then the readout Dense(O) · {sum(ls.n_params(l) for l in layers) + 1} "
               "affine maps")
    c = st.columns([3, 2])
    c[0].selectbox("Add layer", list(ls.ADD_LAYER), key="_ly_add", label_visibility="collapsed")
    c[1].button("Add", key="_ly_add_btn", icon=":material/add:", on_click=_add, width="stretch")
    text_widget("Layer code", "layers", help=GRAMMAR)
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

"""A note for links over Streamlit's own query limits (helpers for app.py, not a page).

Streamlit drops a query over its limits (1000 parameters, 512 Ki characters) before the
script runs, with no signal to the app; the browser still has the link it opened. A
script-only component counts the query of the page load (the navigation entry: the
address bar may be rewritten by then) and reports it only when it is over the limits.
"""
from __future__ import annotations

import streamlit as st

from ntk_core.app import validation
from pages._widgets import current_state

_QUERY_SIZE_JS = """
export default function (component) {
  const { setStateValue, data } = component;
  if (!data || data.reported) return;
  let q = window.location.search;
  const nav = performance.getEntriesByType("navigation")[0];
  try { const s = nav ? new URL(nav.name).search : ""; if (s.length > q.length) q = s; }
  catch (e) { }
  q = q.replace(/^[?]/, "");
  const fields = q ? q.split("&").length : 0;
  if (fields > data.max_fields || q.length > data.max_chars)
    setStateValue("dropped", { fields: fields, chars: q.length });
}
"""
_query_size = None


def _query_limits() -> tuple[int, int]:
    try:  # Streamlit's own constants where this version has them
        from streamlit.runtime.state import query_params as qp
        return (int(qp.CLIENT_STATE_QUERY_STRING_MAX_FIELDS),
                int(qp.CLIENT_STATE_QUERY_STRING_MAX_LENGTH))
    except (ImportError, AttributeError):
        return validation.QUERY_MAX_FIELDS, validation.QUERY_MAX_CHARS


def dropped_link_note(where=st) -> None:
    """A warning when the link that opened this session had a query over Streamlit's limits
    (so Streamlit ignored it and the default view opened), while the view is still the
    default one."""
    global _query_size
    if _query_size is None:
        _query_size = st.components.v2.component("ntk_query_size", js=_QUERY_SIZE_JS)
    ss = st.session_state
    got = ss.get("_dropped_query")
    max_fields, max_chars = _query_limits()
    with st.sidebar:  # the component draws nothing; the sidebar's end keeps it out of the way
        res = _query_size(key="_query_size", data={"reported": got is not None,
                                                   "max_fields": max_fields,
                                                   "max_chars": max_chars},
                          on_dropped_change=lambda: None, height=0)
    if got is None and getattr(res, "dropped", None):
        got = ss["_dropped_query"] = dict(res.dropped, state=current_state())
    if got and got["state"] == current_state():
        note = validation.dropped_query_note(int(got["fields"]), int(got["chars"]),
                                             max_fields, max_chars)
        if note:
            where.warning(note, icon=":material/link_off:")

"""Shared Streamlit helpers for the pages (not a navigation page itself).

Patterns every page follows (reuse them in new pages):

* The first statement after the imports is ``common.require_entry()`` (see there), and
  the page's url_path in app.py equals its file's stem.

* Widgets: use :func:`number`, :func:`select`, :func:`text`, :func:`toggle` with a key
  from ``ntk_core.appstate.DEFAULTS`` (add new keys there). They are bound to the URL
  (``bind="query-params"``) and keep their value across pages (``persist_state``), so a
  link reopens exactly the same view.
* Heavy work: call a ``cached_*`` function (``st.cache_data`` keyed on small tuples of
  widget values and seeds) that runs ntk_core code under :func:`device_slot`, the
  process-wide semaphore that keeps sessions from oversubscribing the device.
* Loops of steps (widths, seeds, sweep points): :func:`run_steps` shows real progress and
  can be stopped between steps.
* Before computing, :func:`guard` refuses oversized / invalid requests with a message.
* Output: :func:`plot` for every Plotly figure, :func:`downloads` for every matrix/table.
"""
from __future__ import annotations

import io
import os

import numpy as np
import streamlit as st

# Widgets and the sidebar live in pages/_widgets.py, cached and guarded computation in
# pages/_compute.py; pages reach everything through this module (``common.X``).
from pages._compute import (cached_analytic, cached_cost_point, cached_finite,  # noqa: F401
                            cached_laplace, cached_laplace_regression, cached_measure,
                            cached_ntk_or_none,
                            cached_ntk, cached_prediction, device_slot, friendly_error,
                            guard, ntk, request_problems, run_steps)
from pages._training import cached_sweep_point, training_run  # noqa: F401
from pages._scale_runs import (cached_scale_curve, cached_scale_methods,  # noqa: F401
                               cached_scale_row)
from pages._widgets import (BIND, DEVICE, check_link, current_state, describe,  # noqa: F401
                            link_notes, number, radio, relevant, select, sidebar, text,
                            toggle)


# (file, title, icon, url_path). Each url_path equals its
# file's stem and each page file starts with ``require_entry()``: a folder named pages/
# makes Streamlit start in its legacy "pages directory" mode until st.navigation first
# runs, and in that mode a URL runs its page file directly, without app.py;
# require_entry() then leaves that mode and reruns through app.py.
PAGES = [
    ("pages/home.py", "Home", ":material/home:", ""),
    ("pages/build.py", "Build & compute", ":material/build:", "build"),
    ("pages/methods.py", "Methods & cost", ":material/speed:", "methods"),
    ("pages/infinite.py", "Infinite width", ":material/all_inclusive:", "infinite"),
    ("pages/laplace.py", "Laplace kernel", ":material/blur_circular:", "laplace"),
    ("pages/compare.py", "Compare", ":material/compare_arrows:", "compare"),
    ("pages/scale.py", "Scale", ":material/stacked_line_chart:", "scale"),
    ("pages/training_dynamics.py", "Training dynamics", ":material/trending_down:",
     "training_dynamics"),
    ("pages/ensembles.py", "Ensembles", ":material/stacked_bar_chart:", "ensembles"),
    ("pages/recurrent.py", "Recurrent", ":material/timeline:", "recurrent"),
]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def navigation_pages() -> list:
    """st.Page objects of the pages whose file exists."""
    live = [p for p in PAGES if os.path.exists(os.path.join(ROOT, p[0]))]
    st.session_state["_pages"] = [url or "home" for *_, url in live]
    return [st.Page(os.path.join(ROOT, path), title=title, icon=icon,
                    **({"url_path": url} if url else {"default": True}))
            for path, title, icon, url in live]


def require_entry() -> None:
    """Make sure this run went through app.py (page config, sidebar, navigation).

    With a folder named ``pages/``, Streamlit starts in its legacy pages-directory mode
    until ``st.navigation`` first runs in the process; in that mode a URL such as /build
    runs ``pages/build.py`` directly. Then this leaves that mode (by calling
    st.navigation) and reruns, which goes through app.py on the same page and query.
    """
    if st.session_state.get("_entry"):
        return
    st.navigation(navigation_pages(), position="hidden")
    st.rerun()


def available_pages() -> set[str]:
    """url_paths of the pages app.py put in the navigation (for links and presets)."""
    return set(st.session_state.get("_pages", []))


# ----------------------------------------------------------------------------- output
def plot(fig, key: str | None = None) -> None:
    from ntk_core.app.figures import projector
    projector(fig)
    # theme=None: the figure's own fonts (ntk_core.app.figures: >= 14 px, dark text), not
    # Streamlit's theme (12 px grey tick labels, hard to read on a projector)
    st.plotly_chart(fig, width="stretch", key=key, theme=None,
                    config={"displaylogo": False, "toImageButtonOptions": {"scale": 2}})


def table(df, **kwargs) -> None:
    """st.dataframe of ``df`` with missing values shown as "—" (never "None" / "nan")."""
    # a Styler keeps the columns numeric (sortable, Arrow-serialisable) and shows "—"; but
    # the browser's grid draws a missing cell as a grey "None" whatever the Styler says,
    # so a column with gaps is sent as text (sorting it is then alphabetical)
    fmt = lambda v: f"{v:.4g}" if isinstance(v, float) else str(v)  # noqa: E731
    df = df.copy()
    for c in df.columns[df.isna().any()]:
        df[c] = ["—" if missing else fmt(v) for v, missing in zip(df[c], df[c].isna())]
    shown = df.style.format(fmt, na_rep="—")
    st.dataframe(shown, hide_index=True, width="stretch", **kwargs)


def _npz_bytes(arrays: dict, meta: str = "") -> bytes:
    buf = io.BytesIO()
    extra = {"metadata": np.array(meta)} if meta else {}
    np.savez_compressed(buf, **{k: np.asarray(v) for k, v in arrays.items() if v is not None},
                        **extra)
    return buf.getvalue()


def _csv_bytes(mat, labels=None, meta: str = "") -> bytes:
    """CSV of a matrix; ``labels`` name its rows and columns; ``meta`` (JSON) goes in
    ``#`` comment lines at the top (numpy.loadtxt and pandas(comment="#") skip them)."""
    buf = io.StringIO()
    for line in meta.splitlines():
        buf.write(f"# {line}\n")
    mat = np.atleast_2d(np.asarray(mat))
    if labels is None:
        np.savetxt(buf, mat, delimiter=",", fmt="%.8g")
    else:
        import pandas as pd
        pd.DataFrame(mat, index=list(labels), columns=list(labels)).to_csv(
            buf, float_format="%.8g", na_rep="")
    return buf.getvalue().encode()


def downloads(name: str, arrays: dict | None = None, table=None, csv_matrix=None,
              where=st, labels=None, meta: dict | None = None) -> None:
    """Download buttons: NPZ of ``arrays``, CSV of a 2-D ``csv_matrix`` (``labels``: its
    row / column names) and of ``table``, and the metadata record (JSON) that makes each
    file self-describing (:func:`ntk_core.app.metadata.record` of the current view, with
    ``meta`` added; also inside the NPZ as ``metadata`` and atop the CSVs as comments).
    Files are generated only when a button is clicked (deferred data)."""
    from ntk_core.app import metadata
    page = st.session_state.get("_page", "")
    rec = metadata.to_json(metadata.record(current_state(), page, meta))
    cols = where.columns(4)
    if arrays:
        cols[0].download_button(f"{name}.npz", lambda: _npz_bytes(arrays, rec), f"{name}.npz",
                                "application/octet-stream", key=f"dl_npz_{name}",
                                icon=":material/download:", on_click="ignore")
    if csv_matrix is not None:
        cols[1].download_button(f"{name}.csv", lambda: _csv_bytes(csv_matrix, labels, rec),
                                f"{name}.csv", "text/csv", key=f"dl_csv_{name}",
                                icon=":material/download:", on_click="ignore")
    if table is not None:
        cols[2].download_button(
            f"{name}_table.csv", lambda: "".join(f"# {ln}\n" for ln in rec.splitlines()).encode()
            + table.to_csv(index=False).encode(), f"{name}_table.csv", "text/csv",
            key=f"dl_tab_{name}", icon=":material/download:", on_click="ignore")
    cols[3].download_button(f"{name}_metadata.json", rec.encode(), f"{name}_metadata.json",
                            "application/json", key=f"dl_meta_{name}",
                            icon=":material/download:", on_click="ignore")


def sync_stored_to_url() -> None:
    """Stored Compare configurations live in the URL too (repeated ``cmp`` parameters)."""
    ss = st.session_state
    if "stored" not in ss:
        ss["stored"] = [c for c in st.query_params.get_all("cmp") if c]
    if ss["stored"]:
        st.query_params["cmp"] = list(ss["stored"])
    elif "cmp" in st.query_params:
        del st.query_params["cmp"]

"""NTK Explorer: Streamlit entrypoint (``streamlit run app.py``).

Page config, the shared sidebar (device, network, data) and navigation over ``pages/``.
All computation lives in ``ntk_core``; pages are thin files of widgets and layout.
"""
from pathlib import Path

import streamlit as st

from ntk_core.app import compile_cache
from ntk_core.finite.devices import describe_device
from pages import _common as common, _warmup
from pages._query_size import dropped_link_note

if _warmup.real_server():  # before anything compiles (not in AppTest's test process)
    compile_cache.configure()  # JAX's on-disk cache of compiled executables

ASSETS = Path(__file__).resolve().parent / "assets"
st.set_page_config(page_title="NTK Explorer", page_icon=str(ASSETS / "icon.png"), layout="wide",
                   initial_sidebar_state="expanded")
st.html(f"<style>{(ASSETS / 'style.css').read_text(encoding='utf-8')}</style>")

nav = st.navigation(common.navigation_pages(), position="sidebar")
common.check_link()
common.sidebar(describe_device(), nav.url_path)
_warmup.note(_warmup.start(common.available_pages()))
common.link_notes()
dropped_link_note()
common.sync_stored_to_url()
st.session_state["_entry"] = True
st.session_state["_page"] = nav.url_path or "home"  # named in the downloads' metadata
try:
    nav.run()
finally:
    st.session_state["_entry"] = False

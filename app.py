"""NTK Explorer: Streamlit entrypoint (``streamlit run app.py``).

Page config, the shared sidebar (device, network, data) and navigation over ``pages/``.
All computation lives in ``ntk_core``; pages are thin files of widgets and layout.
"""
import importlib.util
import os

import streamlit as st

from ntk_core.devices import describe_device
from pages import _common as common

st.set_page_config(page_title="NTK Explorer", page_icon="assets/icon.png", layout="wide",
                   initial_sidebar_state="expanded")
with open("assets/style.css", encoding="utf-8") as f:
    st.html(f"<style>{f.read()}</style>")

# (file, title, icon, url_path, core modules the page needs). A url_path must differ from
# its file's stem: a folder named pages/ makes Streamlit start in its legacy
# "pages directory" mode until st.navigation first runs, and in that mode a URL equal to a
# file's stem would run that page file directly, without this entrypoint.
PAGES = [
    ("pages/home.py", "Home", ":material/home:", "home", []),
    ("pages/build_compute.py", "Build & compute", ":material/build:", "build", []),
    ("pages/methods_cost.py", "Methods & cost", ":material/speed:", "methods", ["ntk_core.cost"]),
    ("pages/infinite_width.py", "Infinite width", ":material/all_inclusive:", "infinite",
     ["ntk_core.infinite"]),
    ("pages/laplace_kernel.py", "Laplace kernel", ":material/blur_circular:", "laplace",
     ["ntk_core.laplace", "ntk_core.sphere"]),
    ("pages/compare_configs.py", "Compare", ":material/compare_arrows:", "compare", []),
    ("pages/training_dynamics.py", "Training dynamics", ":material/trending_down:", "training",
     ["ntk_core.dynamics"]),
]
HERE = os.path.dirname(os.path.abspath(__file__))


def _available(path: str, needs: list[str]) -> bool:
    """A page is listed only when its file exists and the core modules it needs landed."""
    return (os.path.exists(os.path.join(HERE, path))
            and all(importlib.util.find_spec(m) is not None for m in needs))


live = [(path, title, icon, url) for path, title, icon, url, needs in PAGES
        if _available(path, needs)]
st.session_state["_pages"] = [url for *_, url in live]
nav = st.navigation([st.Page(path, title=title, icon=icon, url_path=url, default=(url == "home"))
                     for path, title, icon, url in live], position="sidebar")
common.sidebar(describe_device())
common.sync_stored_to_url()
nav.run()

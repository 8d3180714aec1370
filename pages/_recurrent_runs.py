"""Cached computations of the Recurrent page (not a page), keyed on the page's small
settings tuple, so the server's warm-up (pages/_warmup.py) fills the same caches."""
from __future__ import annotations

import streamlit as st

from ntk_core.app import recurrent_study
from pages._serving import device_slot


@st.cache_data(max_entries=16, show_spinner=False)
def cached_kernels(key: tuple) -> dict:
    with device_slot():
        return recurrent_study.kernels(dict(key))


@st.cache_data(max_entries=16, show_spinner=False)
def cached_sensitivity(key: tuple) -> dict:
    with device_slot():
        return recurrent_study.sensitivity(dict(key))

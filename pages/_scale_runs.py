"""Cached computations of the Scale page (not a page): features' error against m, the
feature methods side by side and the kernel ridge rows, each with a progress bar."""
from __future__ import annotations

import streamlit as st

from pages._compute import _state_of
from pages._serving import check_alive, device_slot


def _scale_with_progress(study: str, key: tuple, what: str, unit: str) -> dict:
    """``scale_study.<study>(state, progress=...)`` on the device, with a progress bar."""
    from ntk_core.app import scale_study
    bar = st.empty()

    def progress(done, total):
        check_alive(what)
        bar.progress(done / total, text=f"{unit} done: {done} / {total}")

    with device_slot():
        res = getattr(scale_study, study)(_state_of(key), progress=progress)
    bar.empty()
    return res


@st.cache_data(max_entries=16, show_spinner=False)
def cached_scale_methods(key: tuple) -> dict:
    """Scale page: the feature methods' error vs m side by side, with a progress bar."""
    return _scale_with_progress("method_curves", key, "the methods comparison",
                                "feature maps")


@st.cache_data(max_entries=16, show_spinner=False)
def cached_scale_curve(key: tuple) -> dict:
    """Scale page: features' approximation error vs m, with a progress bar over draws."""
    return _scale_with_progress("approximation_curve", key, "the approximation curve",
                                "feature draws")


@st.cache_data(max_entries=64, show_spinner=False)
def cached_scale_row(key: tuple, which: str) -> dict | None:
    """Scale page: one KRR row (features, exact NTK or Laplace)."""
    from ntk_core.app import scale_study
    with device_slot():
        return scale_study.krr_rows(_state_of(key), which)

"""Plotly figures of the Scale page: data in, ``go.Figure`` out (no Streamlit)."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

from .figures import COLORS, _layout


def approximation_vs_m(curve: Mapping, title: str = "NTK features: approximation error vs m"):
    """Log-log: relative Frobenius error and spectral epsilon (mean, min-max band over
    seeds) against the number of features m, with an ``m^-1/2`` guide through the first
    Frobenius point."""
    m = np.asarray(curve["m"], float)
    fig = go.Figure()
    for i, (key, name) in enumerate((("frob", "||Phi Phi^T - K||_F / ||K||_F"),
                                     ("eps", "spectral epsilon"))):
        v = np.asarray(curve[key], float)
        mean, lo, hi = v.mean(1), v.min(1), v.max(1)
        fig.add_trace(go.Scatter(x=m, y=mean, mode="lines+markers", name=name,
                                 line=dict(color=COLORS[i], width=3),
                                 error_y=dict(type="data", symmetric=False, array=hi - mean,
                                              arrayminus=mean - lo, visible=True)))
    f0 = float(np.mean(curve["frob"][0]))
    fig.add_trace(go.Scatter(x=m, y=f0 * np.sqrt(m[0] / m), mode="lines", name="~ m^-1/2",
                             line=dict(color="#7f7f7f", dash="dash")))
    fig.update_xaxes(type="log", title="number of features m", dtick=np.log10(2),
                     tickformat="d")
    fig.update_yaxes(type="log", title="error", dtick=1, exponentformat="power")
    return _layout(fig, title, corner="below")


def krr_times(rows, title: str = "Kernel ridge regression: time"):
    """Bars of each row's wall time (fit incl. ridge selection and prediction)."""
    fig = go.Figure(go.Bar(x=[r["kernel"] for r in rows], y=[r["time s"] for r in rows],
                           marker_color=[COLORS[i % len(COLORS)] for i in range(len(rows))]))
    fig.update_yaxes(title="seconds")
    return _layout(fig, title, legend=False)


METHOD_NAMES = {"gaussian": "Gaussian sketch", "ntk_sketch": "NTK Sketch (poly + PolySketch)",
                "leverage": "leverage scores + TensorSRHT"}


def methods_vs_m(curves: Mapping, title: str = "Feature methods side by side: error vs m"):
    """Log-log: each method's relative Frobenius error (solid) and spectral epsilon (dotted)
    against m, one colour per method; a grey line at epsilon = 1."""
    m = np.asarray(curves["m"], float)
    fig = go.Figure()
    for i, (mt, c) in enumerate(curves["methods"].items()):
        name = METHOD_NAMES.get(mt, mt)
        fig.add_trace(go.Scatter(x=m, y=np.asarray(c["frob"], float), mode="lines+markers",
                                 name=f"{name}: Frobenius", line=dict(color=COLORS[i], width=3)))
        fig.add_trace(go.Scatter(x=m, y=np.asarray(c["eps"], float), mode="lines+markers",
                                 name=f"{name}: epsilon",
                                 line=dict(color=COLORS[i], width=2, dash="dot")))
    fig.add_hline(y=1.0, line=dict(color="#7f7f7f", dash="dash"))
    fig.update_xaxes(type="log", title="number of features m", dtick=np.log10(2),
                     tickformat="d")
    fig.update_yaxes(type="log", title="relative Frobenius error / spectral epsilon", dtick=1,
                     exponentformat="power")
    return _layout(fig, title, corner="below")

"""Plotly figures of the Recurrent page: data in, ``go.Figure`` out (no Streamlit)."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

from .figures import COLORS, _layout


def time_step_sensitivity(t, curves: Mapping, title: str = "Which time steps the RNTK weighs"):
    """One line per setting: the drop ``1 - K(x, x^t) / sqrt(K(x, x) K(x^t, x^t))`` of the
    normalised RNTK when step ``t`` of ``x`` is redrawn, against ``t`` (1 = oldest)."""
    fig = go.Figure()
    for i, (name, s) in enumerate(curves.items()):
        fig.add_trace(go.Scatter(x=np.asarray(t), y=np.asarray(s, float), mode="lines+markers",
                                 name=name, line=dict(color=COLORS[i % len(COLORS)], width=2,
                                                      dash="solid" if "relu" in name else "dot")))
    fig.update_xaxes(title="time step t perturbed (1 = oldest, T = last)")
    fig.update_yaxes(title="1 - normalised RNTK", type="log", exponentformat="power")
    return _layout(fig, title, corner="below")

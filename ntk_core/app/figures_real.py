"""Plotly figure of the Laplace page's real-data table: data in, ``go.Figure`` out."""
from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go

from .figures import COLORS, _layout


def mean_rank_bars(table: Mapping, title: str = "Mean rank over the real data sets (1 = best)"):
    """Bars of each kernel's mean rank (``table["mean_rank"]``), NTKs in one colour."""
    names = list(table["mean_rank"])
    fig = go.Figure(go.Bar(x=names, y=[table["mean_rank"][k] for k in names],
                           marker_color=[COLORS[0] if k.startswith("NTK") else COLORS[1]
                                         for k in names]))
    fig.update_yaxes(title="mean rank", rangemode="tozero")
    return _layout(fig, title, legend=False)

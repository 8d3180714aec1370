"""Plotly builders for the Gaussian vs orthogonal initialisation comparisons: data in,
``go.Figure`` out (Infinite width and Training dynamics pages)."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

from .figures import COLORS, _decade_ticks, _layout

INIT_COLORS = {"gaussian": COLORS[0], "orthogonal": COLORS[1]}


def init_convergence(curves: Mapping[str, dict],
                     title: str = "Distance to the analytic NTK vs width") -> go.Figure:
    """Log-log mean relative error (+- std over seeds) vs width, one colour per init, each
    with its fitted power law. ``curves[init] = {"widths", "mean", "std", "slope",
    "prefactor"}`` (as :func:`ntk_core.app.compute.convergence_summary`)."""
    fig = go.Figure()
    allw, ally = [], []
    for init, c in curves.items():
        w, m = np.asarray(c["widths"], np.float64), np.asarray(c["mean"], np.float64)
        color = INIT_COLORS.get(init, COLORS[2])
        fig.add_trace(go.Scatter(x=w, y=m, mode="markers", name=f"{init} (mean +- std)",
                                 marker=dict(size=11, color=color),
                                 error_y=dict(type="data", array=c["std"], visible=True,
                                              thickness=1.5)))
        if np.isfinite(c["slope"]):
            fig.add_trace(go.Scatter(x=w, y=c["prefactor"] * w ** c["slope"], mode="lines",
                                     name=f"{init} fit: slope {c['slope']:.2f}",
                                     line=dict(color=color, width=2.5)))
        allw += list(w)
        ally += list(m)
    w = np.array(sorted(set(allw)), np.float64)
    if len(w) and len(ally) and np.isfinite(ally[0]):
        first = curves[next(iter(curves))]["mean"][0]
        fig.add_trace(go.Scatter(x=w, y=first * np.sqrt(w[0] / w), mode="lines",
                                 name="theory: 1/sqrt(width)",
                                 line=dict(color="gray", width=2, dash="dash")))
    fig.update_xaxes(type="log", title="width n (units or channels)", tickvals=list(w),
                     ticktext=[str(int(x)) for x in w])
    fig.update_yaxes(type="log", title="relative Frobenius error", **_decade_ticks(np.array(ally)))
    return _layout(fig, title, corner="below")   # three inits' points fill every corner


def init_losses(runs: Mapping[str, tuple], target: float,
                title: str = "Training loss, same data, seed and learning rate") -> go.Figure:
    """Log-y training loss vs step per init (``runs[init] = (steps [T], loss [T])``), with
    the target loss as a horizontal line. Non-finite losses are not plotted."""
    fig = go.Figure()
    vals = []
    for init, (steps, loss) in runs.items():
        loss = np.asarray(loss, np.float64)
        ok = np.isfinite(loss) & (loss > 0)
        fig.add_trace(go.Scatter(x=np.asarray(steps)[ok], y=loss[ok], mode="lines", name=init,
                                 line=dict(color=INIT_COLORS.get(init, COLORS[2]), width=3)))
        vals += list(loss[ok])
    fig.add_hline(y=target, line=dict(color="gray", dash="dash", width=2),
                  annotation_text=f"target {target:g}", annotation_position="top right")
    fig.update_xaxes(title="gradient-descent step")
    fig.update_yaxes(type="log", title="training loss", **_decade_ticks(np.array(vals + [target])))
    return _layout(fig, title, corner="bottom left")


def init_ntk_change(runs: Mapping[str, tuple],
                    title: str = "How far the NTK moves in training") -> go.Figure:
    """Relative NTK change ``||Theta_t - Theta_0||_F / ||Theta_0||_F`` vs step per init
    (``runs[init] = (record_steps [S], ntk_change [S])``)."""
    fig = go.Figure()
    for init, (steps, change) in runs.items():
        change = np.asarray(change, np.float64)
        ok = np.isfinite(change)
        fig.add_trace(go.Scatter(x=np.asarray(steps)[ok], y=change[ok], mode="lines+markers",
                                 name=init, marker=dict(size=6),
                                 line=dict(color=INIT_COLORS.get(init, COLORS[2]), width=3)))
    fig.update_xaxes(title="gradient-descent step")
    fig.update_yaxes(title="relative NTK change", rangemode="tozero")
    return _layout(fig, title, corner="top left")

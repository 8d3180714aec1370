"""Plotly figures of the "Ensembles" page (data in, ``go.Figure`` out; no computation, no
Streamlit, no JAX): predictive means with +-2 sigma bands, and the finite-vs-infinite gap."""
from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

POST, NTK, FIN, INF, TARGET = "#9467bd", "#2ca02c", "#1f77b4", "#2ca02c", "#555555"
_LAYOUT = dict(template="plotly_white", margin=dict(l=60, r=20, t=50, b=30),
               legend=dict(orientation="h", yanchor="top", y=-0.2, x=0))


def _rgba(hex_color: str, alpha: float) -> str:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _finite(a):
    a = np.asarray(a, np.float64)
    return np.where(np.isfinite(a), a, np.nan)


def add_band(fig: go.Figure, x, mean, sd, name: str, color: str, z: float = 2.0,
             dash: str = "solid", members=None, shade: bool = True) -> None:
    """``mean`` as a line and ``mean +- z sd`` as a shaded band (one legend entry; no band
    with ``shade=False``); ``members [M, G]``: thin lines of the members, under the band."""
    x, mean, sd = (np.asarray(a, np.float64) for a in (x, mean, sd))
    if members is not None:
        for i, m in enumerate(np.asarray(members)):
            fig.add_trace(go.Scatter(x=x, y=_finite(m), mode="lines", legendgroup=name,
                                     showlegend=False, hoverinfo="skip",
                                     line=dict(color=_rgba(color, 0.25), width=0.8)))
    if shade:
        fig.add_trace(go.Scatter(x=np.concatenate([x, x[::-1]]),
                                 y=_finite(np.concatenate([mean + z * sd, (mean - z * sd)[::-1]])),
                                 fill="toself", fillcolor=_rgba(color, 0.18), line=dict(width=0),
                                 legendgroup=name, showlegend=False, hoverinfo="skip",
                                 name=f"{name} +-{z:g} sigma"))
    label = f"{name} (+-{z:g} sigma)" if shade else f"{name} (mean)"
    fig.add_trace(go.Scatter(x=x, y=_finite(mean), mode="lines", name=label,
                             legendgroup=name, line=dict(color=color, width=2.2, dash=dash)))


def ensemble_panel(x, target, x_train, y_train, curves: list[dict], title: str,
                   xaxis: str) -> go.Figure:
    """One regression panel: the target (dotted), training points and, per entry of
    ``curves`` (``name``, ``mean [G]``, ``sd [G]``, ``color``, optional ``dash``,
    ``members [M, G]`` and ``shade``), a mean with its +-2 sigma band."""
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=x, y=target, name="target", mode="lines",
                             line=dict(color=TARGET, width=1.2, dash="dot")))
    for c in curves:
        add_band(fig, x, c["mean"], c["sd"], c["name"], c["color"], dash=c.get("dash", "solid"),
                 members=c.get("members"), shade=c.get("shade", True))
    fig.add_trace(go.Scatter(x=x_train, y=np.asarray(y_train).reshape(-1), mode="markers",
                             name="training points",
                             marker=dict(color="black", size=8, symbol="x")))
    lo = np.nanmin([np.nanmin(np.asarray(c["mean"]) - 2 * np.asarray(c["sd"])) for c in curves]
                   + [np.min(target), np.min(y_train)])
    hi = np.nanmax([np.nanmax(np.asarray(c["mean"]) + 2 * np.asarray(c["sd"])) for c in curves]
                   + [np.max(target), np.max(y_train)])
    pad = 0.08 * (hi - lo + 1e-9)
    fig.update_layout(title=title, xaxis_title=xaxis, yaxis_title="f(x)",
                      yaxis_range=[max(lo, -6) - pad, min(hi, 6) + pad], height=470, **_LAYOUT)
    return fig


def gap_curves(steps, mean_err, sd_err, floor=None,
               title: str = "Finite ensemble vs infinite ensemble") -> go.Figure:
    """rms error of the finite ensemble's mean and sd (units of the prior's sigma_0)
    against the step (log x axis; step 0 drawn at 0.5); ``floor``: Monte-Carlo floor of
    the mean's error."""
    s = np.where(np.asarray(steps) == 0, 0.5, np.asarray(steps, np.float64))
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=s, y=_finite(mean_err), name="mean error", mode="lines+markers",
                             line=dict(color=FIN)))
    fig.add_trace(go.Scatter(x=s, y=_finite(sd_err), name="sd error", mode="lines+markers",
                             line=dict(color=NTK)))
    if floor is not None:
        fig.add_trace(go.Scatter(x=s, y=_finite(floor), name="Monte-Carlo floor of the mean",
                                 mode="lines", line=dict(color=TARGET, dash="dot")))
    fig.update_layout(title=title, xaxis_title="step t (0 drawn at 0.5)", xaxis_type="log",
                      yaxis_title="rms error / sigma_0", height=380, **_LAYOUT)
    return fig

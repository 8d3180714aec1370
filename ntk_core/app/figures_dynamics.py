"""Plotly figures of the "Training dynamics" page (data in, ``go.Figure`` out).

No computation beyond trivial reshaping, no Streamlit, no JAX: every function takes numpy
arrays produced by :mod:`ntk_core.dynamics`.
"""
from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

REAL, LIN, INF, TARGET = "#1f77b4", "#d62728", "#2ca02c", "#555555"
_LAYOUT = dict(template="plotly_white", margin=dict(l=60, r=20, t=50, b=40),
               legend=dict(orientation="h", yanchor="top", y=-0.2, x=0))


def _positive(a):
    a = np.asarray(a, np.float64)
    return np.where(np.isfinite(a) & (a > 0), a, np.nan)


def _finite(a):
    """Non-finite values (a diverged run) become gaps, never points."""
    a = np.asarray(a, np.float64)
    return np.where(np.isfinite(a), a, np.nan)


def loss_curves(steps, real: tuple, lin: tuple, inf: tuple | None = None,
                title: str = "Loss: real network vs linearised vs infinite width") -> go.Figure:
    """Train (solid) and test (dotted) loss against the step, log-scaled.

    ``steps [T]``; ``real``, ``lin``, ``inf`` are ``(train [T], test [T])`` pairs (``inf``
    may be None).
    """
    fig = go.Figure()
    rows = [("real net", REAL, real), ("linearised (NTK at init)", LIN, lin)]
    if inf is not None:
        rows.append(("infinite width (mean)", INF, inf))
    for name, color, (tr, te) in rows:
        fig.add_trace(go.Scatter(x=steps, y=_positive(tr), name=f"{name}: train", mode="lines",
                                 line=dict(color=color, width=2,
                                           dash="dash" if "linear" in name else "solid")))
        fig.add_trace(go.Scatter(x=steps, y=_positive(te), name=f"{name}: test", mode="lines",
                                 line=dict(color=color, width=1.5, dash="dot")))
    fig.update_layout(title=title, xaxis_title="step t", yaxis_title="loss 1/(2n) sum |f - y|^2",
                      yaxis_type="log", **_LAYOUT)
    return fig


def function_at_step(t_grid, y_grid, real, lin, inf=None, t_train=None, y_train=None,
                     step: int = 0, output: int = 0) -> go.Figure:
    """Outputs along the great-circle grid at one recorded step.

    ``t_grid [G]`` angles, ``y_grid [G, O]`` target, ``real`` / ``lin`` / ``inf`` ``[G, O]``
    outputs at the step; ``t_train [n]``, ``y_train [n, O]`` training points (their angle
    in the grid's plane; off-circle points are projected).
    """
    o = int(output)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=t_grid, y=np.asarray(y_grid)[:, o], name="target", mode="lines",
                             line=dict(color=TARGET, width=1, dash="dot")))
    if inf is not None:
        fig.add_trace(go.Scatter(x=t_grid, y=_finite(inf)[:, o], name="infinite width (mean)",
                                 mode="lines", line=dict(color=INF, width=2)))
    fig.add_trace(go.Scatter(x=t_grid, y=_finite(lin)[:, o], name="linearised",
                             mode="lines", line=dict(color=LIN, width=2, dash="dash")))
    fig.add_trace(go.Scatter(x=t_grid, y=_finite(real)[:, o], name="real net", mode="lines",
                             line=dict(color=REAL, width=2)))
    if t_train is not None and y_train is not None:
        fig.add_trace(go.Scatter(x=t_train, y=np.asarray(y_train)[:, o], name="training data",
                                 mode="markers", marker=dict(color="black", size=8,
                                                             symbol="x")))
    fig.update_layout(title=f"Function along the great circle at step {int(step)}",
                      xaxis_title="angle on the great circle (rad)", yaxis_title=f"output {o}",
                      **_LAYOUT)
    return fig


def changes_over_training(record_steps, param_change, ntk_change, gap, gap_grid) -> go.Figure:
    """Relative parameter change, NTK change and the real-vs-linearised gap over training."""
    s = np.asarray(record_steps)
    keep = s > 0  # every change is 0 at t = 0 (nothing to show on a log axis)
    fig = go.Figure()
    for name, y, color, dash in (
            ("||theta_t - theta_0|| / ||theta_0||", param_change, REAL, "solid"),
            ("||Theta_t - Theta_0|| / ||Theta_0||", ntk_change, LIN, "solid"),
            ("gap to linearised (train)", gap, INF, "dash"),
            ("gap to linearised (grid)", gap_grid, INF, "dot")):
        fig.add_trace(go.Scatter(x=s[keep], y=_positive(np.asarray(y)[keep]), name=name,
                                 mode="lines+markers",
                                 line=dict(color=color, dash=dash), marker=dict(size=4)))
    fig.update_layout(title="How far training leaves the initialisation", xaxis_title="step t",
                      yaxis_title="relative change", yaxis_type="log", **_LAYOUT)
    return fig


_SWEEP_NAMES = {"gap_grid": "gap to linearised (grid)", "gap": "gap to linearised (train)",
                "param_change": "parameter change", "ntk_change": "NTK change"}
_SWEEP_COLORS = {"gap_grid": INF, "gap": "#9467bd", "param_change": REAL, "ntk_change": LIN}


def sweep_plot(values, mean: dict, slopes: dict, per_seed: dict | None = None,
               variable: str = "width", reference_slope: float = -0.5) -> go.Figure:
    """Log-log plot of final metrics against width (or alpha) with fitted slopes.

    ``values [V]``; ``mean[name] [V]`` (geometric mean over seeds), ``slopes[name]`` the
    fitted log-log slope, ``per_seed[name] [V, S]`` optional individual runs (dots). A grey
    dashed guide with ``reference_slope`` passes through the first NTK-change point.
    """
    v = np.asarray(values, np.float64)
    fig = go.Figure()
    for name in ("ntk_change", "param_change", "gap_grid", "gap"):
        if name not in mean:
            continue
        m = _positive(mean[name])
        color = _SWEEP_COLORS[name]
        s = slopes.get(name, np.nan)
        label = f"{_SWEEP_NAMES[name]} (slope {s:.2f})" if np.isfinite(s) else _SWEEP_NAMES[name]
        fig.add_trace(go.Scatter(x=v, y=m, name=label, mode="lines+markers",
                                 line=dict(color=color), marker=dict(size=8)))
        if per_seed is not None and name in per_seed and np.asarray(per_seed[name]).shape[1] > 1:
            ps = np.asarray(per_seed[name])
            fig.add_trace(go.Scatter(x=np.repeat(v, ps.shape[1]), y=_positive(ps.ravel()),
                                     mode="markers", marker=dict(color=color, size=4, opacity=0.4),
                                     showlegend=False, hoverinfo="skip"))
    ref = _positive(mean.get("ntk_change", [np.nan]))
    if len(v) > 1 and np.isfinite(ref[0]):
        fig.add_trace(go.Scatter(x=v, y=ref[0] * (v / v[0]) ** reference_slope,
                                 name=f"{variable}^({reference_slope:g})", mode="lines",
                                 line=dict(color="#aaaaaa", dash="dash")))
    fig.update_layout(title=f"Lazy training as {variable} grows (final step)",
                      xaxis_title=variable, yaxis_title="relative change / gap",
                      xaxis_type="log", yaxis_type="log", **_LAYOUT)
    return fig

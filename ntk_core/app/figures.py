"""Plotly figure builders for the web app: data in, ``go.Figure`` out.

No computation beyond trivial reshaping and no Streamlit here. Fonts and sizes are chosen
to be readable on a 1280x720 projector; every axis has a title (with units where there
are any).

Over 400 lines because :func:`projector`, which every chart of the app passes through,
and the builders share one set of layout rules kept here (legend placement, wrapped titles
and category labels, log-axis ticks, precision floors).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

FONT_SIZE = 16
MAX_SIDE = 400  # largest heatmap side sent to the browser
HEIGHT = 440
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
          "#17becf", "#7f7f7f", "#bcbd22")
TEXT = "#1a1a1a"  # chart text: 17:1 contrast on white
GREY = "#9a9a9a"  # eigenvalues below the precision floor
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")


def _layout(fig: go.Figure, title: str, height: int = HEIGHT, legend: bool = True,
            corner: str = "top right") -> go.Figure:
    """Common look: big fonts, white template, legend inside the plot in ``corner``."""
    top = corner.startswith("top")
    right = corner.endswith("right")
    below = corner == "below"
    fig.update_layout(
        title=dict(text=title, x=0.01, xanchor="left", font=dict(size=FONT_SIZE + 3)),
        font=dict(size=FONT_SIZE), height=height, template="plotly_white",
        margin=dict(l=70, r=20, t=60, b=60), showlegend=legend,
        legend=dict(font=dict(size=FONT_SIZE - 2), bgcolor="rgba(255,255,255,0.8)",
                    bordercolor="#ccc", borderwidth=1,
                    x=0.99 if right else 0.01, xanchor="right" if right else "left",
                    y=0.99 if top else 0.01, yanchor="top" if top else "bottom"),
    )
    if below:
        _legend_below(fig)
    return fig


def _legend_below(fig: go.Figure, grow: bool = True) -> None:
    """Legend in rows at the bottom of the figure, under the x-axis title: anchored to the
    container's bottom edge, so Plotly grows the bottom margin to fit however many rows it
    wraps into (a legend placed in plot units can land on the axis title). ``grow``: the
    figure grows by 60 px to make room."""
    fig.update_layout(legend=dict(orientation="h", x=0, xanchor="left", yref="container",
                                  y=0, yanchor="bottom", borderwidth=0),
                      margin=dict(b=max(fig.layout.margin.b or 0, 60)))
    if grow:
        fig.update_layout(height=(fig.layout.height or HEIGHT) + 60)


def _legend_inside(fig: go.Figure) -> bool:
    """Whether the legend sits inside the plot area (where it can cover data)."""
    lg = fig.layout.legend
    if lg.orientation == "h" or fig.layout.showlegend is False:
        return False
    x, y = (lg.x if lg.x is not None else 1.02), (lg.y if lg.y is not None else 1.0)
    return 0 <= x <= 1 and 0 <= y <= 1


def _wrap(text: str, width: int) -> list[str]:
    """Words of ``text`` in lines of at most ``width`` characters (a longer word alone)."""
    lines: list[str] = []
    for word in str(text).replace("<br>", " ").split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


CATEGORY_CHARS = 12  # longer category tick labels are wrapped onto lines this long


def _wrap_categories(fig: go.Figure) -> None:
    """Category tick labels (bar names, the rows and columns of a matrix heatmap) longer
    than :data:`CATEGORY_CHARS` wrapped onto several lines: long labels (tilted ones reach
    left of the plot) make Plotly widen the margins until the plot is a sliver in a
    half-width column."""
    keys = {k for k in fig.layout.to_plotly_json() if k.startswith(("xaxis", "yaxis"))}
    for key in sorted(keys | {"xaxis", "yaxis"}):
        ax, letter, short = fig.layout[key], key[0], key[0] + key[5:]
        if ax.tickvals is not None or ax.type not in (None, "-", "category"):
            continue
        cats = []
        for t in fig.data:
            vals = getattr(t, letter, None)
            if vals is not None and (getattr(t, f"{letter}axis", None) or letter) == short:
                cats += [v for v in vals if isinstance(v, str) and v not in cats]
        if cats and max(len(c) for c in cats) > CATEGORY_CHARS:
            ax.update(tickvals=cats, ticktext=["<br>".join(_wrap(c, CATEGORY_CHARS)) for c in cats])


TITLE_CHARS = 34  # a longer chart title is wrapped: wider than a half-width column at 1280 px


def _wrap_title(fig: go.Figure) -> None:
    """The chart title at FONT_SIZE + 3, left-aligned, wrapped onto lines of at most
    :data:`TITLE_CHARS` characters (Plotly clips a title wider than the figure); the top
    margin grows with the lines."""
    text = fig.layout.title.text
    if not text:
        return
    lines = _wrap(text, TITLE_CHARS)
    size = max(FONT_SIZE + 3, fig.layout.title.font.size or 0)
    # anchored at the top edge: a second line grows downwards into the room added to the
    # top margin, never onto subplot titles
    fig.update_layout(title=dict(text="<br>".join(lines), x=0.01, xanchor="left",
                                 yref="container", y=1, yanchor="top", pad=dict(t=18),
                                 font=dict(size=size, color=TEXT)),
                      margin=dict(t=max(fig.layout.margin.t or 0, 60) + 24 * (len(lines) - 1)))


def _axis_values(fig: go.Figure, key: str) -> np.ndarray:
    """The data values of every trace drawn on axis ``key`` ("xaxis", "yaxis2", ...)."""
    letter, short = key[0], key[0] + key[5:]
    out = []
    for t in fig.data:
        vals = getattr(t, letter, None)
        if vals is not None and (getattr(t, f"{letter}axis", None) or letter) == short:
            try:
                out.append(np.asarray(vals, np.float64).ravel())
            except (TypeError, ValueError):  # categorical values
                pass
    return np.concatenate(out) if out else np.array([])


MIN_TEXT = 14  # px: the smallest chart text (projector-readable)


def projector(fig: go.Figure) -> go.Figure:
    """Every text of the figure at least :data:`MIN_TEXT` px and near-black (:data:`TEXT`,
    17:1 contrast on white): body, tick labels, axis titles, legend, annotations (subplot
    titles) and colour bars. Larger sizes set by a figure builder are kept."""
    def size(font):
        return max(MIN_TEXT, (font.size if font is not None and font.size else 0))

    fig.update_layout(font=dict(size=max(FONT_SIZE, size(fig.layout.font)), color=TEXT),
                      legend=dict(font=dict(size=size(fig.layout.legend.font), color=TEXT)))
    # a legend inside the plot covers data, and in a half-width column at 1280 px a wide
    # one makes Plotly shrink the plot to a sliver (the legend pushes the margins)
    if _legend_inside(fig):
        _legend_below(fig)
    elif fig.layout.legend.orientation == "h" and (fig.layout.legend.y or 0) < 0 \
            and fig.layout.legend.yref != "container":  # below the plot in plot units
        _legend_below(fig, grow=False)
    # room for a 16 px y-axis title beside 15 px tick labels (automargin alone leaves it
    # clipped at the chart's left edge in Streamlit)
    fig.update_layout(margin=dict(l=max(95, fig.layout.margin.l or 0)))
    _wrap_title(fig)
    _wrap_categories(fig)
    for axes in (fig.update_xaxes, fig.update_yaxes):
        axes(tickfont=dict(size=FONT_SIZE - 1, color=TEXT), automargin=True,
             title_font=dict(size=FONT_SIZE, color=TEXT))
    # a log axis left to Plotly labels the digits between decades at 3/4 size (11 px):
    # one label per decade instead (1-2-3-5 under 1.5 decades, where a decade tick may be
    # the only one, or none)
    for key in [k for k in fig.layout.to_plotly_json() if k.startswith(("xaxis", "yaxis"))]:
        ax = fig.layout[key]
        if ax.type == "log" and ax.dtick is None and ax.tickvals is None:
            ax.update(**_decade_ticks(_axis_values(fig, key)))
    for a in fig.layout.annotations:
        a.font = dict(size=size(a.font), color=a.font.color or TEXT)
    for tr in fig.data:
        if "colorbar" in tr:
            tr.colorbar.tickfont = dict(size=FONT_SIZE - 1, color=TEXT)
            tr.colorbar.title.font = dict(size=FONT_SIZE - 1, color=TEXT)
    return fig


def _decade_ticks(values) -> dict:
    """Log-axis options: one labelled tick per decade when the data span several decades
    (avoids Plotly's cluttered 2 / 5 minor labels)."""
    v = np.asarray([x for x in np.ravel(values) if x is not None and np.isfinite(x) and x > 0],
                   np.float64)
    if v.size and np.log10(v.max() / v.min()) >= 1.5:
        span = np.log10(v.max() / v.min())
        return dict(dtick=1 if span < 8 else 2, exponentformat="power")
    if v.size:  # under 1.5 decades a tick per decade may leave the axis unlabelled: 1-2-3-5
        lo, hi = np.floor(np.log10(v.min())), np.ceil(np.log10(v.max()))
        ticks = [m * 10.0 ** e for e in np.arange(lo, hi + 1) for m in (1, 2, 3, 5)]
        ticks = [t for t in ticks if v.min() / 1.5 <= t <= v.max() * 1.5]
        return dict(tickvals=ticks, ticktext=[f"{t:g}" for t in ticks])
    return dict(exponentformat="power")


def kernel_heatmap(mat: np.ndarray, title: str = "NTK Theta(x_i, x_j)",
                   xlabel: str = "input index j", ylabel: str = "input index i",
                   colorbar: str = "Theta", height: int = HEIGHT,
                   zmin: float | None = None, zmax: float | None = None) -> go.Figure:
    """Heatmap of a kernel matrix, row 0 at the top. Matrices larger than MAX_SIDE per
    side are shown with a stride (every k-th row and column), said in the title."""
    m = np.asarray(mat, dtype=np.float64)
    step = max(1, -(-max(m.shape) // MAX_SIDE))
    if step > 1:
        m = m[::step, ::step]
        title = f"{title} (1 in {step} rows/columns shown)"
    idx = [np.arange(0, s * step, step)[:n] for s, n in zip(m.shape, m.shape)]
    fig = go.Figure(go.Heatmap(z=m, x=idx[1], y=idx[0], colorscale="Viridis", zmin=zmin, zmax=zmax,
                               colorbar=dict(title=dict(text=colorbar)),
                               hovertemplate="i=%{y}, j=%{x}<br>value=%{z:.4g}<extra></extra>"))
    fig.update_yaxes(autorange="reversed", title=ylabel, scaleanchor="x", constrain="domain")
    fig.update_xaxes(title=xlabel, constrain="domain")
    return _layout(fig, title, height, legend=False)


def heatmap_row(mats: Sequence[np.ndarray], titles: Sequence[str], title: str,
                colorbar: str = "Theta", height: int = 360) -> go.Figure:
    """Several kernels side by side on one shared color scale."""
    k = len(mats)
    fig = make_subplots(rows=1, cols=k, subplot_titles=list(titles), horizontal_spacing=0.03)
    vals = np.concatenate([np.asarray(m, np.float64).ravel() for m in mats])
    zmin, zmax = float(np.min(vals)), float(np.max(vals))
    for i, m in enumerate(mats):
        fig.add_trace(go.Heatmap(z=np.asarray(m, np.float64), colorscale="Viridis", zmin=zmin,
                                 zmax=zmax, showscale=(i == k - 1),
                                 colorbar=dict(title=dict(text=colorbar)),
                                 hovertemplate="i=%{y}, j=%{x}<br>%{z:.4g}<extra></extra>"),
                      row=1, col=i + 1)
        fig.update_yaxes(autorange="reversed", showticklabels=(i == 0), row=1, col=i + 1,
                         title="input i" if i == 0 else None)
        fig.update_xaxes(title="input j", row=1, col=i + 1)
    fig.update_annotations(font_size=FONT_SIZE - 1)
    return _layout(fig, title, height, legend=False)


FLOOR_SPAN = 1e3  # a floor further below the smallest eigenvalue is not drawn to scale


def _floor_line(floor: float, n: int, lowest: float, name: str, color: str,
                **kw) -> tuple[go.Scatter, bool]:
    """``(trace, on the axis)``: a dotted horizontal line at a spectrum's precision floor
    (lambda_max x eps x N, see :mod:`ntk_core.finite.precision`) across indices 1..n.

    ``lowest``: the smallest positive eigenvalue on the chart (of any kernel, so that
    every floor of a chart follows one rule). A floor more than
    :data:`FLOOR_SPAN` below it (float64: every eigenvalue resolved) would stretch the log
    axis over many empty decades and squash the spectrum, so it is then a legend entry
    with its value ("far below": every eigenvalue resolved) and left off the axis."""
    shown = not lowest > floor * FLOOR_SPAN
    kw = dict(mode="lines", line=dict(color=color, width=2, dash="dot"),
              hovertemplate=f"precision floor {floor:.3g}<extra></extra>", **kw)
    if shown:
        return go.Scatter(x=[1, n], y=[floor, floor], name=name, **kw), True
    return go.Scatter(x=[None], y=[None], name=name + " (far below)", **kw), False


def _lowest(eigs: Mapping[str, np.ndarray]) -> float:
    """The smallest positive eigenvalue of any kernel in ``eigs`` (0 when none)."""
    pos = [v[v > 0] for v in (np.asarray(e, np.float64).ravel() for e in eigs.values())]
    pos = [v for v in pos if v.size]
    return float(min(v.min() for v in pos)) if pos else 0.0


def _below(ev: np.ndarray, floor: float | None) -> np.ndarray:
    """Bool mask of the positive eigenvalues at or below ``floor`` (not resolved)."""
    return (ev > 0) & (ev <= floor) if floor else np.zeros(ev.shape, bool)


def spectrum(eigs: Mapping[str, np.ndarray], title: str = "Eigenvalue spectrum",
             height: int = HEIGHT, floors: Mapping[str, float] | None = None) -> go.Figure:
    """Sorted eigenvalues (descending) of one or more kernels, log-scale y.

    Non-positive eigenvalues cannot be drawn on a log axis; they are dropped and counted
    in the legend. ``floors``: each kernel's precision floor (lambda_max x eps x N, see
    :mod:`ntk_core.finite.precision`), drawn as a dotted line; eigenvalues below it are
    drawn grey (not resolved by the arithmetic). The legend sits below the plot, where
    it cannot cover the smallest eigenvalues (bottom right) or the largest (top left).
    """
    fig = go.Figure()
    floors, drawn, lowest = floors or {}, [], _lowest(eigs)
    for i, (name, ev) in enumerate(eigs.items()):
        ev = np.sort(np.asarray(ev, np.float64))[::-1]
        idx = np.arange(1, len(ev) + 1)
        pos = ev > 0
        label = name if pos.all() else f"{name} ({(~pos).sum()} eigenvalues <= 0 not shown)"
        color = COLORS[i % len(COLORS)]
        floor = floors.get(name)
        grey = _below(ev, floor)
        fig.add_trace(go.Scatter(x=idx[pos], y=ev[pos], mode="lines+markers", name=label,
                                 line=dict(color=color, width=2.5), legendgroup=name,
                                 marker=dict(size=5, color=[GREY if g else color
                                                            for g in grey[pos]]),
                                 hovertemplate="#%{x}: %{y:.4g}<extra></extra>"))
        if floor:
            below = int(grey.sum() + (~pos).sum())
            line, on_axis = _floor_line(
                floor, len(ev), lowest,
                f"precision floor {floor:.2g}" + (f": {below} below" if below else ""),
                GREY if len(eigs) == 1 else color, legendgroup=name)
            fig.add_trace(line)
            drawn += [floor] if on_axis else []
    allv = np.concatenate([np.asarray(e, np.float64).ravel() for e in eigs.values()]
                          + [np.array(drawn)]) if eigs else np.array([])
    fig.update_yaxes(type="log", title="eigenvalue lambda_i", **_decade_ticks(allv))
    fig.update_xaxes(title="index i (descending order)")
    return _layout(fig, title, height, legend=len(eigs) > 1 or bool(floors), corner="below")


def bars(labels: Sequence[str], values: Sequence[float], title: str, ytitle: str,
         log: bool = False, height: int = 360) -> go.Figure:
    """Bar chart of one number per labelled item (e.g. per stored configuration)."""
    vals = [float(v) if v is not None and np.isfinite(v) else None for v in values]
    fig = go.Figure(go.Bar(x=list(labels), y=vals,
                           marker_color=[COLORS[i % len(COLORS)] for i in range(len(vals))],
                           text=[f"{v:.3g}" if v is not None else "n/a" for v in vals],
                           textposition="outside", cliponaxis=False))
    fig.update_yaxes(title=ytitle, type="log" if log else "linear",
                     **(_decade_ticks(vals) if log else {}))
    fig.update_xaxes(title="configuration")
    return _layout(fig, title, height, legend=False)


def matrix_table_heatmap(mat: np.ndarray, labels: Sequence[str], title: str,
                         colorbar: str, height: int = 380,
                         hover_labels: Sequence[str] | None = None) -> go.Figure:
    """Annotated square heatmap (e.g. pairwise kernel alignment between configurations).
    ``labels`` on the axes (short ids such as "#1" keep the matrix wide in a half-width
    column), ``hover_labels`` (default: ``labels``) in the hover text."""
    m = np.asarray(mat, np.float64)
    text = [[("n/a" if not np.isfinite(v) else f"{v:.3f}") for v in row] for row in m]
    full = list(hover_labels if hover_labels is not None else labels)
    fig = go.Figure(go.Heatmap(z=np.where(np.isfinite(m), m, None), x=list(labels),
                               y=list(labels), text=text, texttemplate="%{text}",
                               customdata=[[f"{a} vs {b}" for b in full] for a in full],
                               hovertemplate="%{customdata}: %{z:.3f}<extra></extra>",
                               colorscale="Blues", zmin=0, zmax=1,
                               colorbar=dict(title=dict(text=colorbar))))
    fig.update_yaxes(autorange="reversed", title="configuration")
    fig.update_xaxes(title="configuration")
    return _layout(fig, title, height, legend=False)


def convergence(widths, mean, std, slope: float, prefactor: float,
                title: str = "Relative error vs width") -> go.Figure:
    """Log-log ||Theta_n - Theta_inf||_F / ||Theta_inf||_F vs width, fit and n^(-1/2)."""
    w = np.asarray(widths, np.float64)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=w, y=mean, mode="markers", name="mean over seeds (+- std)",
                             marker=dict(size=11, color=COLORS[0]),
                             error_y=dict(type="data", array=std, visible=True, thickness=1.5)))
    if np.isfinite(slope):
        fig.add_trace(go.Scatter(x=w, y=prefactor * w ** slope, mode="lines",
                                 name=f"fit: slope {slope:.2f}",
                                 line=dict(color=COLORS[1], width=2.5)))
    if len(w) and np.isfinite(mean[0]):
        fig.add_trace(go.Scatter(x=w, y=mean[0] * np.sqrt(w[0] / w), mode="lines",
                                 name="reference 1/sqrt(width)",
                                 line=dict(color="gray", width=2, dash="dash")))
    fig.update_xaxes(type="log", title="width n (units or channels)", tickvals=list(w),
                     ticktext=[str(int(x)) for x in w])
    fig.update_yaxes(type="log", title="relative Frobenius error", **_decade_ticks(mean))
    return _layout(fig, title)


def entry_spread(entry: Mapping, entry_inf: Mapping, label: str,
                 title: str = "Spread of one kernel entry over seeds") -> go.Figure:
    """One kernel entry per seed (points, box) at each width, analytic value as a line."""
    fig = go.Figure()
    ws = list(entry)
    for w in ws:
        fig.add_trace(go.Box(y=entry[w], x=[str(w)] * len(entry[w]), name=str(w),
                             boxpoints="all", jitter=0.3, pointpos=0,
                             marker=dict(color=COLORS[0], size=7),
                             line=dict(color=COLORS[0]), showlegend=False))
    fig.add_trace(go.Scatter(x=[str(w) for w in ws], y=[entry_inf[w] for w in ws],
                             mode="lines+markers", name="infinite width",
                             line=dict(color=COLORS[1], width=2.5, dash="dash")))
    fig.update_xaxes(title="width n", type="category")
    fig.update_yaxes(title=label)
    return _layout(fig, title)


def kernel_vs_angle(angle_deg, curves: Mapping[str, np.ndarray],
                    title: str = "Kernels as functions of the angle") -> go.Figure:
    """k(theta) normalised to k(0) = 1 against the angle between the two inputs."""
    fig = go.Figure()
    for i, (name, y) in enumerate(curves.items()):
        fig.add_trace(go.Scatter(x=angle_deg, y=y, mode="lines", name=name,
                                 line=dict(color=COLORS[i % len(COLORS)], width=3 if i == 0 else 2.5,
                                           dash=DASHES[i % len(DASHES)])))
    fig.update_xaxes(title="angle between x and y (degrees)", tickvals=list(range(0, 181, 30)))
    fig.update_yaxes(title="k(x, y) / k(x, x)")
    return _layout(fig, title)


def harmonic_spectrum(spectra: Mapping[str, Mapping], d: int,
                      title: str = "Spherical-harmonic eigenvalues") -> go.Figure:
    """Funk-Hecke eigenvalues lambda_k vs degree k (log-log) with fitted power laws and
    the k^(-d) reference. ``spectra[name] = {"k", "lam", "exponent", "prefactor"}``."""
    fig = go.Figure()
    kmax = 1
    for i, (name, s) in enumerate(spectra.items()):
        k, lam = np.asarray(s["k"], np.float64), np.asarray(s["lam"], np.float64)
        ok = k > 0
        kmax = max(kmax, k.max(initial=1))
        color = COLORS[i % len(COLORS)]
        expo = s.get("exponent", np.nan)
        lab = f"{name}: slope -{expo:.2f}" if np.isfinite(expo) else name
        fig.add_trace(go.Scatter(x=k[ok], y=lam[ok], mode="markers", name=lab,
                                 marker=dict(color=color, size=6, symbol=i)))
        if np.isfinite(expo):
            kk = np.geomspace(max(k[ok].min(initial=1), 1), k.max(initial=1), 50)
            fig.add_trace(go.Scatter(x=kk, y=s["prefactor"] * kk ** -expo, mode="lines",
                                     showlegend=False, line=dict(color=color, width=1.5)))
    first = next(iter(spectra.values()), None)
    if first is not None and len(first["k"]) > 1:
        k0 = float(np.asarray(first["k"])[1]) if np.asarray(first["k"])[0] == 0 else \
            float(np.asarray(first["k"])[0])
        lam0 = float(np.asarray(first["lam"])[list(np.asarray(first["k"])).index(k0)])
        kk = np.geomspace(max(k0, 1), kmax, 50)
        fig.add_trace(go.Scatter(x=kk, y=lam0 * (kk / k0) ** -d, mode="lines",
                                 name=f"reference k^-{d}",
                                 line=dict(color="gray", dash="dash", width=2)))
    fig.update_xaxes(type="log", title="degree k", **_decade_ticks([1, kmax]))
    corner = "below"  # the spectrum runs from top left to bottom right: no free corner
    allv = np.concatenate([np.asarray(s["lam"], np.float64) for s in spectra.values()]) \
        if spectra else np.array([])
    fig.update_yaxes(type="log", title="eigenvalue lambda_k", **_decade_ticks(allv))
    return _layout(fig, title, corner=corner)


def gram_spectra(eigs: Mapping[str, np.ndarray], title: str,
                 floors: Mapping[str, float] | None = None) -> go.Figure:
    """Sorted Gram-matrix eigenvalues (of K / n) on log-log axes. ``floors``: each
    kernel's precision floor (lambda_max x eps x n of the float64 arithmetic of analytic
    kernels), dotted in the kernel's colour under one legend entry (see
    :func:`_floor_line`: a floor far below every eigenvalue is stated, not drawn);
    eigenvalues at or below it are marked grey (not resolved)."""
    fig = go.Figure()
    floors, drawn, grey_x, grey_y, lines = floors or {}, [], [], [], []
    for i, (name, ev) in enumerate(eigs.items()):
        ev = np.asarray(ev, np.float64)
        idx = np.arange(1, len(ev) + 1)
        ok = ev > 0
        color = COLORS[(i // 2) % len(COLORS)]
        fig.add_trace(go.Scatter(x=idx[ok], y=ev[ok], mode="lines", name=name,
                                 line=dict(color=color, width=2.5,
                                           dash="solid" if i % 2 == 0 else "dash")))
        if floors.get(name):
            below = _below(ev, floors[name])
            grey_x += list(idx[below])
            grey_y += list(ev[below])
            lines.append(_floor_line(floors[name], len(ev), _lowest(eigs), "", color,
                                     legendgroup="floor", showlegend=False))
    shown = [tr for tr, on_axis in lines if on_axis]
    if lines:  # one legend entry for every kernel's floor
        hi = max(f for f in floors.values() if f)
        if shown:
            fig.add_traces(shown)
            fig.data[-len(shown)].update(name=f"float64 precision floors (up to {hi:.2g})",
                                         showlegend=True)
            drawn = [tr.y[0] for tr in shown]
        else:
            fig.add_trace(lines[0][0].update(name=f"float64 floors <= {hi:.2g} (far below)",
                                             showlegend=True))
    if grey_x:
        fig.add_trace(go.Scatter(x=grey_x, y=grey_y, mode="markers", marker=dict(color=GREY, size=6),
                                 name=f"{len(grey_x)} below the floor (not resolved)"))
    n_max = max((len(e) for e in eigs.values()), default=1)
    fig.update_xaxes(type="log", title="index i", **_decade_ticks([1, n_max]))
    allv = np.concatenate([np.asarray(e, np.float64).ravel() for e in eigs.values()]
                          + [np.array(drawn)])
    fig.update_yaxes(type="log", title="eigenvalue of K / n", **_decade_ticks(allv))
    return _layout(fig, title, corner="below")


def pair_scatter(pairs: Mapping[str, tuple], title: str, xlabel: str, ylabel: str) -> go.Figure:
    """Kernel entries of one kernel against another, one colour per data set."""
    fig = go.Figure()
    for i, (name, (a, b)) in reversed(list(enumerate(pairs.items()))):  # first on top
        fig.add_trace(go.Scattergl(x=a, y=b, mode="markers", name=name,
                                   marker=dict(size=4, opacity=0.5, color=COLORS[i % len(COLORS)])))
    fig.update_xaxes(title=xlabel)
    fig.update_yaxes(title=ylabel)
    return _layout(fig, title, corner="top left")


METHOD_NAMES = {"jacobian_contraction": "Jacobian contraction",
                "ntk_vector_products": "NTK-vector products",
                "structured_derivatives": "structured derivatives"}


def method_sweep(x, series: Mapping[str, Mapping[str, Sequence]], xlabel: str, ylabel: str,
                 title: str, picks: Sequence | None = None, pick_key: str | None = None,
                 log_x: bool = True) -> go.Figure:
    """Per-method curves over a sweep. ``series[method]`` maps a line kind to y values:
    "measured" (solid, markers), "predicted" (dashed), "paper" (dotted: the paper's
    complexity, scaled). ``picks[i]`` (auto's method at x[i]) is marked with a star on the
    ``pick_key`` curve."""
    fig = go.Figure()
    styles = {"measured": dict(dash="solid", mode="lines+markers"),
              "predicted": dict(dash="dash", mode="lines"),
              "paper": dict(dash="dot", mode="lines"),
              "XLA": dict(dash="dashdot", mode="lines+markers"),
              "model": dict(dash="solid", mode="lines+markers")}
    allv, kinds_seen = [], []
    for i, (m, kinds) in enumerate(series.items()):
        color = COLORS[i % len(COLORS)]
        for j, (kind, ys) in enumerate(kinds.items()):
            st = styles.get(kind, styles["model"])
            y = [v if v is not None and np.isfinite(v) and v > 0 else None for v in ys]
            allv += [v for v in y if v is not None]
            if kind not in kinds_seen:
                kinds_seen.append(kind)
            fig.add_trace(go.Scatter(x=list(x), y=y, mode=st["mode"], name=METHOD_NAMES.get(m, m),
                                     legendgroup=m, showlegend=(j == 0),
                                     line=dict(color=color, width=2.5, dash=st["dash"]),
                                     marker=dict(size=8), connectgaps=False,
                                     hovertemplate=f"{METHOD_NAMES.get(m, m)} ({kind})<br>"
                                                   "%{x}: %{y:.3g}<extra></extra>"))
    for kind in kinds_seen[1:]:  # legend entries for the line styles
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name=kind,
                                 line=dict(color="gray", width=2.5, dash=styles[kind]["dash"])))
    if picks is not None and pick_key:
        px, py = [], []
        for i, (xi, m) in enumerate(zip(x, picks)):
            for key in (pick_key, "predicted", "model"):
                ys = series.get(m, {}).get(key)
                v = ys[i] if ys is not None else None
                if v is not None and np.isfinite(v) and v > 0:
                    px.append(xi)
                    py.append(v)
                    break
        fig.add_trace(go.Scatter(x=px, y=py, mode="markers", name="auto's pick",
                                 marker=dict(symbol="star", size=18, color="gold",
                                             line=dict(color="black", width=1.5))))
    fig.update_xaxes(title=xlabel, type="log" if log_x else "linear",
                     tickvals=list(x), ticktext=[str(v) for v in x])
    fig.update_yaxes(title=ylabel, type="log", **_decade_ticks(allv))
    return _layout(fig, title, corner="below")


def placeholder(title: str, text: str = "computing…", height: int = HEIGHT) -> go.Figure:
    """An empty frame shown while a figure is being computed."""
    fig = go.Figure()
    fig.add_annotation(text=text, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font=dict(size=FONT_SIZE + 2, color="gray"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title, height, legend=False)


def grouped_bars(labels: Sequence[str], series: Mapping[str, Sequence[float]], title: str,
                 ytitle: str, log: bool = False, height: int = 360) -> go.Figure:
    """Bars of several series (e.g. one per NTK method) for each labelled item."""
    fig = go.Figure()
    for i, (name, values) in enumerate(series.items()):
        vals = [float(v) if v is not None and np.isfinite(v) else None for v in values]
        fig.add_trace(go.Bar(x=list(labels), y=vals, name=name, marker_color=COLORS[i % len(COLORS)],
                             hovertemplate="%{x}: %{y:.3g}<extra>" + name + "</extra>"))
    every = [v for vals in series.values() for v in vals]
    fig.update_yaxes(title=ytitle, type="log" if log else "linear",
                     **(_decade_ticks(every) if log else {}))
    fig.update_xaxes(title="configuration")
    fig.update_layout(barmode="group")
    return _layout(fig, title, height, corner="below")

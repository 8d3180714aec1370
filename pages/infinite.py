"""Infinite width: finite-width NTKs at growing widths against the analytic kernel."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import compute as appcompute, figures, validation
from pages import _common as common
from pages import _init_compare

common.require_entry()

st.title("Infinite width")
st.caption("The sidebar's network at several widths (MLP: hidden units; CNN: channels of "
           "every conv layer; Layers: every dense, conv and patch width), several random "
           "initialisations each, against the analytic infinite-width NTK on the same inputs.")
c = st.columns([3, 1, 1])
common.text("Widths", "inf_widths", where=c[0], help="comma-separated, e.g. 64,128,256,512")
common.number("Seeds per width", "inf_seeds", where=c[1])
common.number("N inputs", "inf_n", where=c[2], help="first N points of the sidebar's data")
state = common.current_state()
widths, problem = validation.list_values("inf_widths", state["inf_widths"])
if problem:
    st.error(f"Widths: {problem}")
    st.stop()
base = dict(state, n=int(state["inf_n"]), method="auto", mode="trace")
if not common.guard(appcompute.with_width(base, max(widths))):
    st.stop()
no_kernel = appcompute.no_analytic_kernel(base)
if no_kernel:
    st.warning(f"No analytic infinite-width kernel is offered for this network: {no_kernel}. "
               "Finite-width kernels are on Build & compute and Compare.",
               icon=":material/block:")
    st.stop()
key = common.relevant(base)
std_param = state["param"] == "standard"
try:
    k_inf = {w: common.cached_analytic(key, w if std_param else None) for w in widths}
except (ValueError, TypeError, NotImplementedError) as e:
    common.friendly_error("The analytic kernel", e)
    st.stop()
seeds = range(int(state["inf_seeds"]))
steps = [(f"width {w}, seed {s}", (lambda w=w, s=s: common.cached_finite(key, w, s)))
         for w in widths for s in seeds]
out = common.run_steps("infinite", steps, "Finite-width kernels", signature=key)
by_width: dict = {w: [] for w in widths}
for (w, _), k in zip([(w, s) for w in widths for s in seeds], out):
    if k is not None:
        by_width[w].append(k)
bad = [w for w in widths if any(not np.all(np.isfinite(k)) for k in by_width[w])]
if bad or not all(np.all(np.isfinite(k)) for k in k_inf.values()):
    st.error(validation.nonfinite_message(f"The finite-width kernel at widths {bad}" if bad
                                          else "The analytic infinite-width kernel", state))
    st.stop()
summ = appcompute.convergence_summary(widths, by_width, k_inf, entry=(0, 1))
done = list(summ["widths"])
if not done:
    st.info("No width computed yet: press Continue.")
    st.stop()
show = sorted({done[0], done[len(done) // 2], done[-1]})
mats = [k_inf[done[-1]]] + [by_width[w][0] for w in show]
titles = ["infinite width"] + [f"width {w} (seed 0)" for w in show]
common.plot(figures.heatmap_row(mats, titles, "Analytic NTK vs finite-width NTKs (shared scale)"),
            key="inf_heatmaps")
left, right = st.columns(2)
with left:
    common.plot(figures.convergence(summ["widths"], summ["mean"], summ["std"], summ["slope"],
                                    summ["prefactor"]), key="inf_conv")
    st.caption(f"Fitted slope **{summ['slope']:.3f}**; theory: -0.5 (fluctuations ~ n^(-1/2)).")
with right:
    common.plot(figures.entry_spread(summ["entry"], summ["entry_inf"], "Theta(x_0, x_1)"),
                key="inf_spread")
    st.caption("Each dot is one initialisation; the dashed line is the analytic value.")
table = pd.DataFrame({"width": summ["widths"], "mean relative error": summ["mean"],
                      "std over seeds": summ["std"], "seeds": [len(by_width[w]) for w in done],
                      "Theta(x0,x1) mean": [summ["entry"][w].mean() for w in done],
                      "Theta(x0,x1) analytic": [summ["entry_inf"][w] for w in done]})
common.table(table)
common.downloads("infinite_width", {"analytic_ntk": k_inf[done[-1]], "widths": summ["widths"],
                                    **{f"ntk_w{w}_seeds": np.stack(by_width[w]) for w in done}},
                 table=table, csv_matrix=k_inf[done[-1]])
_init_compare.infinite_section(base, widths, list(seeds))

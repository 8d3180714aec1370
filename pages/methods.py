"""Methods & cost: the three finite-width NTK algorithms, measured and predicted."""
import pandas as pd
import streamlit as st

from ntk_core.app import cost_study, figures, state as appstate, validation
from pages import _common as common

common.require_entry()

st.title("Methods & cost")
st.caption("For the sidebar's network: Jacobian contraction, NTK-vector products and "
           "structured derivatives (Novak et al., 2022) as one quantity grows. Solid: measured "
           "run time (compilation excluded); dashed: the cost model's prediction; dotted: the "
           "paper's complexity, scaled by one constant per method; stars: the method auto picks. "
           "FLOPs and memory: the cost model (solid), XLA's analysis of the compiled "
           "computation (dash-dot) and the paper's leading-order complexity (dotted).")
c = st.columns([2, 3, 2, 1])
common.select("Sweep", "sweep", list(appstate.SWEEP_VARS), where=c[0],
              help=common.describe(appstate.SWEEP_VARS))
sweep_var = st.session_state.get("sweep", appstate.DEFAULTS["sweep"])
common.text("Values", "sweep_vals", where=c[1],
            placeholder=appstate.SWEEP_DEFAULTS.get(sweep_var, ""),
            help="comma-separated; empty = " + "; ".join(f"{k}: {v}" for k, v in
                                                           appstate.SWEEP_DEFAULTS.items()))
common.select("Output mode", "mode", list(appstate.OUTPUT_MODES), where=c[2],
              help=common.describe(appstate.OUTPUT_MODES))
common.number("Repeats", "sweep_reps", where=c[3], help="timed runs per point (median)")
state = common.current_state()
var = state["sweep"]
xs, problem = validation.sweep_values(state)
if problem:
    st.error(f"Values: {problem}")
    st.stop()
states = [dict(appstate.sweep_state(state, var, x), method="auto") for x in xs]
for s in states:
    problems, _ = validation.check_request(s, predicted={"time_s": 0, "memory_bytes": 0})
    if problems:
        for p in problems:
            st.error(p)
        st.stop()
keys = [common.relevant(s) for s in states]
mode, reps = state["mode"], int(state["sweep_reps"])
with st.spinner("Cost model…"):
    costs = [common.cached_cost_point(k, mode) for k in keys]
todo, skipped = cost_study.measurement_plan(xs, costs, var)
steps = [(f"{var}={xs[i]}: {m}", (lambda k=keys[i], m=m: common.cached_measure(k, mode, m, reps)))
         for i, m in todo]
index = todo
if skipped:
    st.warning("Not measured (over this server's per-point limits): " + "; ".join(skipped))
out = common.run_steps("methods", steps, "Timing the methods",
                       signature=(keys, mode, reps))
measured = {ix: r for ix, r in zip(index, out) if r is not None}
summ = cost_study.methods_summary(xs, costs, measured)
label = appstate.SWEEP_VARS[var]
left, right = st.columns(2)
with left:
    common.plot(figures.method_sweep(xs, summ["time"], label, "time (s)", "Run time",
                                     picks=summ["picks"], pick_key="measured"), key="m_time")
with right:
    common.plot(figures.method_sweep(xs, summ["flops"], label, "FLOPs",
                                     "FLOPs: cost model, XLA's count, paper"),
                key="m_flops")
left, right = st.columns(2)
with left:
    common.plot(figures.method_sweep(xs, summ["memory"], label, "bytes",
                                     "Peak memory: cost model and XLA buffers"), key="m_mem")
with right:
    st.markdown(f"**Auto's choice at {var} = {xs[-1]}:** {costs[-1]['auto_reason']}")
    st.caption(f"Network: {appstate.spec_label(state)}; device: {common.DEVICE()}.")
table = pd.DataFrame(summ["rows"]).rename(columns={"x": var})
common.table(table)
common.downloads("methods_cost", None, table=table)

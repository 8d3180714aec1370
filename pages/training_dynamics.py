"""Training dynamics: real gradient descent against the NTK's linearised prediction."""

import pandas as pd
import streamlit as st

from ntk_core import dynamics
from ntk_core.app import dynamics_setup, state as appstate, validation
from ntk_core.app import figures_dynamics as figs
from ntk_core.dynamics.training import NonFiniteNTKError
from ntk_core.networks.specs import MLPSpec, SpecError
from pages import _common as common
from pages import _init_compare

common.require_entry()

MAX_FLOPS = appstate.LIMITS.cpu_flops_per_s * appstate.LIMITS.max_time_s
number, select, text, toggle = common.number, common.select, common.text, common.toggle


# ----------------------------------------------------------------------------- page
st.title("Training dynamics")
st.caption(
    "Full-batch gradient descent on the squared loss L = 1/(2n) sum_i |f(x_i) - y_i|^2 against "
    "the network linearised at initialisation, whose outputs follow "
    "f_t = f_0 + (I - (I - eta Theta/n)^t)(y - f_0) with the empirical NTK Theta at "
    "initialisation (gradient flow: exp(-eta Theta t/n)), and against the infinite-width "
    "mean (analytic NTK, f_0 = 0). Wide networks in the NTK parameterization train lazily: "
    "the parameters and the kernel barely move while the function fits the data.")

state = common.current_state()
if state["arch"] != "MLP":
    st.error("This page trains MLPs on a regression target on the sphere: switch the "
             "sidebar's architecture to MLP.", icon=":material/block:")
    st.stop()
if state["data"] not in ("sphere", "circle"):
    st.error("This page's regression task lives on the sphere: choose the sidebar's inputs "
             "'sphere' or 'circle'.", icon=":material/block:")
    st.stop()

c = st.columns(4)
number("Training points n", "dyn_n", where=c[0],
       help="drawn from the sidebar's data kind, dimension and seed")
number("Target frequency", "dyn_freq", 0.5, where=c[1],
       help="y = sin(freq * angle) on a circle, sin(freq * <x, u>) on the sphere")
number("Steps", "dyn_steps", 10, where=c[2])
select("Optimizer", "dyn_opt", dynamics.OPTIMIZERS, where=c[3],
       help=common.describe({"gd": "plain gradient descent (optax.sgd)",
                             "momentum": "heavy ball, momentum 0.9 (optax.sgd)"}))
c = st.columns([2, 2, 3, 2])  # room for 'Centre the output (f - f_0)'
number("Learning rate / eta_crit", "dyn_lr", 0.05, where=c[0],
       help="eta as a fraction of eta_crit = 2 n / lambda_max(Theta_0); below 1 the "
            "linearised dynamics converges (lazy regime), above 1 it diverges")
number("Output scale alpha", "dyn_alpha", 0.25, where=c[1],
       help="Chizat et al.: model alpha f (centred: alpha (f - f_0)), loss divided by alpha^2")
toggle("Centre the output (f - f_0)", "dyn_center", where=c[2],
       help="start from g_0 = 0, as in Chizat et al.; recommended for alpha > 1")
select("Closed form", "dyn_form", dynamics.LINEAR_FORMS, where=c[3],
       help=common.describe({"discrete": "(I - eta Theta/n)^t: exact for GD steps",
                             "flow": "exp(-eta Theta t/n): gradient-flow limit"}))
state = common.current_state()
ss = st.session_state
dyn = common.current_state()

try:
    spec, task, cfg, sweep_cfg = dynamics_setup.training_setup(dict(state, **dyn))
    steps = cfg.steps
except SpecError as e:
    st.error(f"Invalid settings: {e}.", icon=":material/block:")
    st.stop()
if not common.guard(dict(state, n=int(dyn["dyn_n"]), method="auto", mode="full")):
    st.stop()
flops = dynamics.train_flops(spec, task.d, task.n_train + task.n_test, steps)
if flops > MAX_FLOPS:
    st.error(f"Training would take about {flops:.2g} floating-point operations, above this "
             f"server's budget of {MAX_FLOPS:.2g}; reduce the width, depth, steps or n.",
             icon=":material/block:")
    st.stop()

try:
    run = common.training_run(spec, task, cfg, int(state["seed"]))
except NonFiniteNTKError as e:
    st.error(validation.nonfinite_message("The NTK at initialisation", state, None) + f" ({e})")
    st.stop()
except (ValueError, TypeError, MemoryError, RuntimeError) as e:
    common.friendly_error("Training", e)
    st.stop()
data = dynamics.make_task(task)

m = st.columns(5)
m[0].metric("eta", f"{run.lr:.4g}")
m[1].metric("eta_crit", f"{run.lr_crit:.4g}", help="eta_crit = 2n / lambda_max(Theta_0)")
m[2].metric("Final gap (grid)", f"{run.gap_grid[-1]:.3g}")
m[3].metric("Parameter change", f"{run.param_change[-1]:.3g}")
m[4].metric("NTK change", f"{run.ntk_change[-1]:.3g}")
if not run.stable:
    st.warning(f"eta = {run.lr:.4g} is at or above eta_crit = {run.lr_crit:.4g}: outside the "
               "lazy-training regime. The linearised model diverges along the top eigenvector "
               "of Theta; the real network may diverge too or leave the kernel regime.",
               icon=":material/warning:")
if run.diverged:
    cause = (f"the learning rate eta = {run.lr:.3g} is above eta_crit = {run.lr_crit:.3g}"
             if not run.stable else validation.nonfinite_cause(state))
    st.error(f"The real network's loss became non-finite (diverged); its curves stop there "
             f"(non-finite values are not plotted). Likely cause: {cause}")
if spec.parameterization == "standard":
    st.info("Standard parameterization: the NTK grows like the width (the readout layer's "
            "term dominates), so eta_crit shrinks like 1/width. With eta a fraction of eta_crit "
            "(as here) training is even lazier than in the NTK parameterization (changes fall "
            "like 1/width); a width-independent eta instead exceeds eta_crit and diverges once "
            "the network is wide enough.")

inf = (run.train_loss_inf, run.test_loss_inf) if run.train_loss_inf is not None else None
common.plot(figs.loss_curves(run.steps, (run.train_loss, run.test_loss),
                             (run.train_loss_lin, run.test_loss_lin), inf), key="dyn_loss")

rec = [int(s) for s in run.record_steps]
if ss.get("dyn_t") not in rec:
    ss.pop("dyn_t", None)
t_sel = st.select_slider("Step shown", options=rec, value=rec[-1], key="dyn_t",
                         help="the recorded steps (every cfg.record_every steps)",
                         **common.BIND)
i = rec.index(int(t_sel))
left, right = st.columns(2)
with left:
    out_idx = 0
    if spec.out_dim > 1:
        out_idx = st.number_input("Output shown", 0, spec.out_dim - 1, 0, key="dyn_out_shown")
    common.plot(figs.function_at_step(data.t_grid, data.y_grid, run.out_grid[i], run.lin_grid[i],
                                      None if run.inf_grid is None else run.inf_grid[i],
                                      data.t_train, data.y_train, step=rec[i], output=out_idx),
                key="dyn_function")
    if state["data"] == "sphere":
        st.caption("Sphere data: the curve is the great circle through the ridge direction u; "
                   "training points are projected onto its plane.")
with right:
    common.plot(figs.changes_over_training(run.record_steps, run.param_change, run.ntk_change,
                                           run.gap, run.gap_grid), key="dyn_changes")
    st.caption("gap = |f_t - f_lin,t| / |y - f_0|; NTK on the training set "
               "(empirical, ntk_core.finite.empirical).")

_init_compare.training_section(spec, task, cfg, int(state["seed"]))

st.subheader("Lazy training as width grows, and the output scale alpha")
c = st.columns([4, 3, 2, 2])  # room for 'Run sweeps'
text("Widths", "dyn_widths", where=c[0], help="comma-separated hidden widths")
text("alphas", "dyn_alphas", where=c[1], help="comma-separated output scales (centred model)")
number("Seeds", "dyn_seeds", where=c[2])
toggle("Run sweeps", "dyn_sweep", where=c[3])
dyn = common.current_state()
if not dyn["dyn_sweep"]:
    st.info("Sweeps are off: tick 'Run sweeps'.")
    st.stop()
widths, problem = validation.list_values("dyn_widths", dyn["dyn_widths"])
alphas, problem = (None, problem) if problem else \
    validation.list_values("dyn_alphas", dyn["dyn_alphas"])
if problem:
    st.error(f"Sweep values: {problem}")
    st.stop()
seeds = int(dyn["dyn_seeds"])
cost = sum(dynamics.train_flops(MLPSpec(depth=spec.depth, width=w), task.d, task.n_train + task.n_test,
                       steps) for w in widths) * seeds
if cost > 4 * MAX_FLOPS:
    st.error(f"The width sweep would take about {cost:.2g} operations (budget "
             f"{4 * MAX_FLOPS:.2g}); use fewer or smaller widths, fewer steps or seeds.")
    st.stop()
sweep_steps = ([(f"width {w}", (lambda w=w: common.cached_sweep_point(spec, task, sweep_cfg, "width", w,
                                                               seeds, int(state["seed"]))))
                for w in widths]
               + [(f"alpha {a:g}", (lambda a=a: common.cached_sweep_point(spec, task, sweep_cfg, "alpha",
                                                                   a, seeds, int(state["seed"]))))
                  for a in alphas])
out = common.run_steps("dynamics", sweep_steps, "Sweeps")
w_parts, a_parts = out[:len(widths)], out[len(widths):]
left, right = st.columns(2)
rows = []
for where, variable, values, parts, ref in ((left, "width", widths, w_parts, -0.5),
                                            (right, "alpha", alphas, a_parts, -1.0)):
    if not any(p is not None for p in parts):
        where.info(f"No {variable} computed yet: press Continue.")
        continue
    vals, per_seed, mean, slopes, stable = dynamics.merge_sweeps(values, parts)
    with where:
        common.plot(figs.sweep_plot(vals, mean, slopes, per_seed, variable, ref),
                    key=f"dyn_sweep_{variable}")
        st.caption(" · ".join(f"{k}: slope **{slopes[k]:.2f}**" for k in
                              ("ntk_change", "param_change", "gap_grid")) +
                   (" (expected about -1/2 for the NTK parameterization; smooth activations "
                    "often change the NTK like 1/width)" if variable == "width" else
                    " (expected -1: lazier as alpha grows)"))
        if not stable.all():
            st.warning("Some runs used eta >= eta_crit (outside the regime).")
    for j, v in enumerate(vals):
        rows.append({"sweep": variable, "value": v, **{k: mean[k][j] for k in
                                                       dynamics.SWEEP_METRICS}})
table = pd.DataFrame(rows)
if len(table):
    common.table(table)
common.downloads("training_dynamics",
                 {"steps": run.steps, "train_loss": run.train_loss, "test_loss": run.test_loss,
                  "train_loss_lin": run.train_loss_lin, "test_loss_lin": run.test_loss_lin,
                  "train_loss_inf": run.train_loss_inf, "test_loss_inf": run.test_loss_inf,
                  "record_steps": run.record_steps, "out_grid": run.out_grid,
                  "lin_grid": run.lin_grid, "inf_grid": run.inf_grid,
                  "param_change": run.param_change, "ntk_change": run.ntk_change,
                  "gap": run.gap, "gap_grid": run.gap_grid, "t_grid": data.t_grid},
                 table=table if len(table) else None)

"""Ensembles: the NNGP posterior, the NTK-trained infinite ensemble and real finite networks."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import ensembles_study as study, validation
from ntk_core.app import figures_ensembles as figs
from pages import _common as common
from pages._ensemble_runs import cached_infinite, finite_run

common.require_entry()

st.title("Ensembles")
st.caption(
    "Infinitely wide networks trained by gradient descent from random initialisations form a "
    "Gaussian process: its mean and +-2 sigma band at training step t (the NTK ensemble; the "
    "NNGP K enters through the random initial function, the NTK Theta through the dynamics), "
    "next to the Bayesian NNGP posterior (observation noise = the target noise) and an "
    "ensemble of real finite networks trained the same way. Step size eta = n / lambda_max("
    "Theta), half the critical one; loss 1/(2n) sum (f(x_i) - y_i)^2. W_std, b_std and the seed "
    "are the sidebar's. On the line, x = 0 reaches the network only through its biases, so "
    "the prior's spread is small there (set by b_std).")
with st.expander("The formulas"):
    st.latex(r"A_t = \Theta_{*X}\Theta^{-1}\big(I - (I - \eta\Theta/n)^t\big),\quad "
             r"\mu_t = A_t y,\quad \Sigma_t = K_{**} - A_t K_{X*} - K_{*X} A_t^\top + "
             r"A_t K_{XX} A_t^\top")
    st.latex(r"\text{NNGP posterior: } \mu = K_{*X}(K_{XX} + \sigma^2 I)^{-1} y,\quad "
             r"\Sigma = K_{**} - K_{*X}(K_{XX} + \sigma^2 I)^{-1} K_{X*}")

c = st.columns(5)
common.select("Inputs", "ens_dom", list(study.DOMAINS), where=c[0],
              help=common.describe(study.DOMAINS))
common.select("Target", "ens_target", list(study.TARGETS), where=c[1],
              help=common.describe(study.TARGETS))
common.number("Frequency", "ens_freq", 0.25, where=c[2])
common.number("Noise sd", "ens_noise", 0.05, where=c[3],
              help="added to the training targets; the NNGP posterior assumes this noise")
common.number("Training points n", "ens_n", where=c[4])
c = st.columns(6)
common.number("Hidden layers", "ens_depth", where=c[0])
common.select("Activation", "ens_act", study.ACTIVATIONS, where=c[1])
common.toggle("Finite nets", "ens_finite", where=c[2],
              help="also train an ensemble of real finite networks")
common.number("Width", "ens_width", 16, where=c[3], help="of the finite networks")
common.number("Members", "ens_members", where=c[4], help="networks in the finite ensemble")
common.number("Steps", "ens_steps", 100, where=c[5], help="gradient-descent steps")
state = common.current_state()
problems = validation.check_ensemble_request(state)
for p in problems:
    st.error(p, icon=":material/block:")
if problems:
    st.stop()
setup = study.EnsembleSetup.from_state(state)
try:
    inf = cached_infinite(setup)
except (ValueError, TypeError, MemoryError, np.linalg.LinAlgError) as e:
    common.friendly_error("The infinite-width computation", e)
    st.stop()
fin = None
if state["ens_finite"]:
    fin = common.run_steps("ens", [("finite ensemble", lambda: finite_run(setup, inf))],
                           "Finite ensemble", signature=setup)[0]
    if fin is not None and fin["diverged"]:
        st.warning("Some finite networks diverged (their outputs became non-finite): at this "
                   "width the NTK fluctuates enough that eta exceeds a member's own critical "
                   "step. Widen the networks.", icon=":material/warning:")

rec = [int(s) for s in inf["steps"]]
ss = st.session_state
want = int(ss.get("ens_t", state["ens_t"]))
nearest = min(rec, key=lambda s: abs(s - want))
if ss.get("ens_t") not in rec:
    ss.pop("ens_t", None)
t = st.select_slider("Training step t", options=rec, value=nearest, key="ens_t",
                     help="log-spaced recorded steps; the dashed line is t = infinity",
                     **common.BIND)
i = rec.index(int(t))
m = st.columns(4)
m[0].metric("eta", f"{inf['lr']:.4g}")
m[1].metric("lambda_max(Theta)", f"{inf['lam_max']:.4g}")
have_fin = fin is not None and i < len(fin["steps"])
if have_fin:
    m[2].metric("Mean error / sigma_0", f"{fin['mean_err'][i]:.3f}",
                help="rms over the grid of finite-ensemble mean minus infinite-ensemble mean, "
                     "in units of the prior's standard deviation")
    m[3].metric("Sd error / sigma_0", f"{fin['sd_err'][i]:.3f}")
xaxis = "x" if setup.dom == "line" else "angle a of x = (cos a, sin a)"
a, y = inf["a_grid"], inf["y_grid"]
ntk_t = dict(name=f"NTK ensemble, t = {t}", mean=inf["ntk_mean"][i], sd=inf["ntk_sd"][i],
             color=figs.NTK)
left, right = st.columns(2) if fin is not None else (st.container(), None)
with left:
    common.plot(figs.ensemble_panel(
        a, y, inf["a_train"], inf["y_train"],
        [dict(name="NNGP posterior", mean=inf["post_mean"], sd=inf["post_sd"], color=figs.POST),
         ntk_t, dict(name="NTK ensemble, t = inf", mean=inf["inf_mean"], sd=inf["inf_sd"],
                     color=figs.NTK, dash="dash", shade=False)],
        "NNGP posterior vs the NTK ensemble", xaxis), key="ens_inf")
if right is not None:
    curves = [ntk_t]
    if have_fin:
        curves.append(dict(name=f"{setup.members} networks of width {setup.width}",
                           mean=fin["mean"][i], sd=fin["sd"][i], color=figs.FIN,
                           members=fin["outputs"][i]))
    with right:
        common.plot(figs.ensemble_panel(a, y, inf["a_train"], inf["y_train"], curves,
                                        f"Finite ensemble vs infinite, step {t}", xaxis),
                    key="ens_fin")
if fin is not None:
    common.plot(figs.gap_curves(fin["steps"], fin["mean_err"], fin["sd_err"], fin["floor"]),
                key="ens_gap")
    st.caption("At t = 0 the gap is only Monte-Carlo noise (the floor ~ 1/sqrt(members)); "
               "what stays above the floor during training is the finite width's effect "
               "(the NTK fluctuates ~ 1/sqrt(width) and moves during training). "
               "benchmarks/ensembles.py tabulates it against width.")
    table = pd.DataFrame({"step": fin["steps"], "mean_err": fin["mean_err"],
                          "sd_err": fin["sd_err"], "mc_floor": fin["floor"]})
else:
    table = None
st.download_button("curves.csv (with metadata)", lambda: study.curves_csv(setup, inf, fin, i),
                   "ensemble_curves.csv", "text/csv", key="dl_ens_curves",
                   icon=":material/download:", on_click="ignore")
arrays = {k: inf[k] for k in ("a_grid", "y_grid", "a_train", "y_train", "steps", "post_mean",
                              "post_sd", "ntk_mean", "ntk_sd", "inf_mean", "inf_sd")}
if fin is not None:
    arrays.update({f"finite_{k}": fin[k] for k in ("steps", "mean", "sd", "outputs")})
common.downloads("ensembles", arrays, table=table)

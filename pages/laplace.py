"""Laplace kernel: the ReLU NTK against Laplace / gamma-exponential kernels on the sphere."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import figures, state as appstate, validation
from ntk_core.app import figures_real, laplace_real
from pages import _common as common

common.require_entry()

st.title("Laplace kernel")
st.caption("A ReLU MLP's infinite-width NTK on the unit sphere S^(d-1) against the Laplace "
           "kernel exp(-c|x-y|) and the gamma-exponential exp(-c|x-y|^gamma), c (and gamma) "
           "fitted to the normalised NTK. W_std is the sidebar's; the activation is ReLU.")
c = st.columns(6)
common.number("Hidden layers", "lap_depth", where=c[0])
common.number("b_std", "lap_bias", 0.1, where=c[1], help="bias scale of the NTK's net")
common.number("d (S^(d-1) in R^d)", "lap_dim", where=c[2])
common.number("Radius spread", "lap_radius", 0.05, where=c[3],
              help="off the sphere, radii are uniform in [1 - spread, 1 + spread]")
common.number("N points", "lap_ntrain", 16, where=c[4],
              help="points for the Gram spectra and the sphere regression")
common.select("Real data set", "lap_real", appstate.REAL_DATA, where=c[5],
              help="bundled with scikit-learn (UCI); normalised to the sphere")
common.toggle("Also fit the gamma-exponential kernel", "lap_gamma")
state = common.current_state()
key = tuple((k, state[k]) for k in appstate.LAPLACE_KEYS)
out = common.run_steps("laplace", [("fits and spectra", lambda: common.cached_laplace(key)),
                                   ("kernel regression", lambda: common.cached_laplace_regression(key))],
                       "Laplace-kernel study", signature=key)
study, rows = out
if study is None:
    st.stop()
if not all(np.all(np.isfinite(v)) for v in study["curves"].values()):
    st.error(validation.nonfinite_message("The NTK", dict(state, arch="MLP", act="relu",
                                                          depth=state["lap_depth"],
                                                          bstd=state["lap_bias"])))
    st.stop()
d = study["d"]
left, right = st.columns(2)
with left:
    common.plot(figures.kernel_vs_angle(study["angle_deg"], study["curves"],
                                        f"NTK and fitted kernels on S^{d - 1}"), key="lap_angle")
with right:
    common.plot(figures.harmonic_spectrum(study["spectra"], d,
                                          "Harmonic eigenvalues (Funk-Hecke)"),
                key="lap_spec")
fits = pd.DataFrame([{"model": m, **v} for m, v in study["fits"].items()])
notes = "; ".join(f"{n}: {s['note']}" for n, s in study["spectra"].items() if s["note"])
st.caption(f"Decay fitted over degrees 10..100 (theory: NTK and Laplace ~ k^-{d}, gamma-exp "
           f"~ k^-(d-1+gamma)). Fit residual = relative L2 error on the sphere. {notes}")
common.table(fits)
st.subheader("Off the sphere")
left, right = st.columns(2)
with left:
    common.plot(figures.gram_spectra(study["gram"], "Gram eigenvalues on / off the sphere",
                                     floors=study.get("gram_floor")),
                key="lap_gram")
with right:
    common.plot(figures.pair_scatter(study["pairs"], "Entries: NTK vs Laplace kernel",
                                     "Laplace kernel exp(-c|x-y|)", "NTK / k(1)"), key="lap_pairs")
st.caption("On the sphere both kernels depend only on the angle, so their entries lie on one "
           "curve; off the sphere the NTK scales with |x||y| while the Laplace kernel is "
           "translation-invariant, and the curve smears out. Both kernels are analytic and "
           "computed in float64: the Gram spectra's precision floor lambda_max x eps x n is "
           "dotted when it lies within three decades of the smallest eigenvalue (eigenvalues "
           "below it grey, not resolved), else named in the legend as far below.")
if rows is not None:
    st.subheader("Kernel ridge regression")
    table = pd.DataFrame(rows)
    common.table(table)
    st.caption("Ridge chosen on a validation split; relative MSE 1 = predicting the mean.")
    common.downloads("laplace", {"angle_deg": study["angle_deg"],
                                 **{f"curve_{i}": v for i, v in enumerate(study["curves"].values())},
                                 **{f"lambda_{n}": s["lam"] for n, s in study["spectra"].items()}},
                     table=pd.concat([fits.assign(section="fit"), table.assign(section="krr")]),
                     csv_matrix=np.column_stack([study["angle_deg"], *study["curves"].values()]))
st.subheader("Real data: NTK, Laplace and gamma-exponential kernels (Geifman et al. 2020)")
real = laplace_real.load_real_table()
if real is None:
    st.info("No real-data table yet: run `python benchmarks/laplace_real_data.py`.")
else:
    metric_rows = pd.DataFrame(real["rows"])
    st.dataframe(metric_rows, hide_index=True, width="stretch")
    common.plot(figures_real.mean_rank_bars(real), key="lap_real_rank")
    st.caption(f"Kernel ridge regression on bundled real sets (scikit-learn, palmerpenguins, "
               f"aeon time series flattened), inputs z-scored and put on the unit sphere; "
               f"{real['folds']}-fold CV with the ridge and bandwidth chosen on the training "
               f"folds only; at most {real['max_n']} points per set. Accuracy or R^2 per "
               f"kernel. The best NTK and the Laplace kernel differ by more than the fold "
               f"noise (|mean paired difference| > 2 standard errors) on "
               f"{real['ntk_laplace_differ']} of {real['n_sets']} sets. Precomputed by "
               "benchmarks/laplace_real_data.py.")

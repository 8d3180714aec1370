"""Scale: kernel ridge regression at N up to 10^5 with random NTK features, against the exact
NTK and the Laplace kernel while they fit."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import figures_scale, scale_study, state as appstate, validation
from pages import _common as common

common.require_entry()

st.title("Scale: NTK random features")
st.caption("A ReLU MLP's infinite-width NTK (W_std from the sidebar, b_std 0.1) at N up to "
           "10^5 points: random features Phi with Phi Phi^T ~ K (arc-cosine features and a "
           "Gaussian tensor sketch) make kernel ridge regression cost O(N m^2) instead of "
           f"O(N^3). The exact NTK and Laplace kernels run only up to {scale_study.MAX_EXACT:,} "
           "training points; above that the Laplace kernel uses random Fourier features.")
c = st.columns(5)
common.select("Data", "sc_data", ("sphere",) + appstate.REAL_DATA, where=c[0],
              help="sphere: uniform points on S^(d-1) with a smooth target; the others are "
                   "bundled real data sets (scikit-learn, normalised to the sphere), capped at "
                   "their size")
common.number("N points", "sc_n", 100, where=c[1],
              help="train + test (25 % test)")
common.number("d (sphere)", "sc_dim", where=c[2])
common.number("Hidden layers", "sc_depth", where=c[3])
common.number("Features m", "sc_m", 64, where=c[4],
              help="NTK features (half arc-cosine, half sketch); the error curve runs "
                   "m = 64, 128, ... up to this")
state = common.current_state()
problems = validation.check_scale_request(state)
if problems:
    for p in problems:
        st.error(p)
    st.stop()
key = tuple((k, state[k]) for k in appstate.SCALE_KEYS)
steps = [("approximation error vs m", lambda: common.cached_scale_curve(key)),
         ("feature methods side by side", lambda: common.cached_scale_methods(key)),
         ("KRR on NTK features", lambda: common.cached_scale_row(key, "features")),
         ("KRR with the exact NTK", lambda: common.cached_scale_row(key, "exact")),
         ("KRR with the Laplace kernel", lambda: common.cached_scale_row(key, "laplace"))]
curve, methods, *rows = common.run_steps("scale", steps, "Scale study", signature=key)
if curve is not None:
    left, right = st.columns(2)
    with left:
        common.plot(figures_scale.approximation_vs_m(curve), key="sc_curve")
    st.caption(f"On {curve['n']} of the points, two feature draws per m (bars: min to max). "
               "Spectral epsilon: the smallest eps with (1 - eps)(K + lam I) <= Phi Phi^T + "
               f"lam I <= (1 + eps)(K + lam I), lam = {curve['lam_rel']} x mean diag K.")
if methods is not None:
    st.subheader("Feature methods side by side")
    common.plot(figures_scale.methods_vs_m(methods), key="sc_methods")
    st.caption(f"On {methods['n']} of the points, one draw per method and m. Gaussian: "
               "arc-cosine features + dense Gaussian tensor sketch (O(N m^2) per layer). NTK "
               "Sketch (Zandieh et al. 2021): a non-negative polynomial fit of the NTK's dual "
               "map, exact features for low degrees, PolySketch (TensorSRHT on FFTs) for the "
               "rest, no m x m products. Leverage: uniform arc-cosine directions of norm "
               "sqrt(dim) (leverage-score sampling) and TensorSRHT for the Hadamard products. "
               "Dashed line: epsilon = 1.")
rows = [r for r in rows if r is not None]
if rows:
    st.subheader("Kernel ridge regression, side by side")
    table = pd.DataFrame(rows)
    common.table(table)
    n_train = int(round(0.75 * int(state["sc_n"])))
    if state["sc_data"] == "sphere" and n_train > scale_study.MAX_EXACT:
        st.info(f"The exact NTK is skipped: {n_train:,} training points exceed "
                f"{scale_study.MAX_EXACT:,} (an N x N kernel and an O(N^3) solve).")
    st.caption("Same split and ridge protocol for every row (ridge chosen on a validation "
               "split). Relative MSE 1 = predicting the mean. Memory: the N x N kernel "
               "(exact) or the N x m features and the m x m Gram.")
    with right if curve is not None else st.container():
        common.plot(figures_scale.krr_times(rows), key="sc_times")
    common.downloads("scale", {k: np.asarray(v) for k, v in (curve or {}).items()
                               if k in ("m", "frob", "eps")}, table=table)

"""Recurrent: Elman RNNs and their infinite-width kernel, the RNTK, on sequences of
different lengths (synthetic sines / chirps or bundled UCR series)."""
import pandas as pd
import streamlit as st

from ntk_core.app import figures, figures_recurrent, recurrent_study, state as appstate, validation
from pages import _common as common
from pages._recurrent_runs import cached_kernels, cached_sensitivity

common.require_entry()

st.title("Recurrent networks and the RNTK")
st.caption("An Elman RNN h_t = phi(W_std/sqrt(n) W h_(t-1) + U_std/sqrt(d) U x_t + b_std b), "
           "h_0 = 0, its last state (or the mean of its states) to a Dense readout. At "
           "infinite width its NTK is the Recurrent NTK (Alemohammad et al., ICLR 2021), which "
           "compares sequences of different lengths: for readout 'last' it pairs the steps "
           "the same distance from the end. The Layers builder's RNN preset runs the same "
           "layer on the sidebar's data in Build & compute and Infinite width.")
c = st.columns(6)
common.select("Sequences", "rnn_data", appstate.RNN_DATA, where=c[0],
              help="sines: sines and chirps of random frequency and phase; the others are "
                   "UCR / UEA training series bundled with aeon (subsampled to fit the "
                   "longest length)")
common.number("N sequences", "rnn_n", where=c[1])
common.number("Shortest", "rnn_minlen", where=c[2], help="length of the shortest sines")
common.number("Longest T", "rnn_maxlen", where=c[3])
common.number("Noise", "rnn_noise", 0.05, where=c[4], help="sines only")
common.number("Finite width", "rnn_width", where=c[5])
c = st.columns(5)
common.select("Activation", "rnn_act", appstate.ACTIVATION_NAMES, where=c[0])
common.number("W_std (recurrent)", "rnn_wstd", 0.1, where=c[1])
common.number("U_std (input)", "rnn_ustd", 0.1, where=c[2])
common.number("b_std", "rnn_bstd", 0.05, where=c[3])
common.select("Readout", "rnn_readout", ("last", "mean"), where=c[4])
state = common.current_state()
problems = validation.check_recurrent_request(state)
if problems:
    for p in problems:
        st.error(p)
    st.stop()
key = tuple((k, state[k]) for k in appstate.RECURRENT_KEYS)
steps = [("RNTK and a finite RNN's NTK", lambda: cached_kernels(key)),
         ("time-step sensitivity", lambda: cached_sensitivity(key))]
res, sens = common.run_steps("recurrent", steps, "Recurrent kernels", signature=key)
if res is not None:
    st.subheader("Kernel between sequences of different lengths")
    L = res["lengths"]
    common.plot(figures.heatmap_row(
        [res["rntk"], res["finite"]],
        ["analytic RNTK (infinite width)", f"finite RNN, width {state['rnn_width']}"],
        f"NTK of {len(L)} sequences sorted by length ({L.min()} to {L.max()} steps)"),
        key="rnn_heat")
    st.caption(f"Rows and columns are sequences sorted by length. The finite RNN's NTK (one "
               f"initialisation, {res['method'].replace('_', ' ')}) is "
               f"{res['rel_error']:.1%} away from the RNTK (relative Frobenius); the gap "
               "shrinks like width^-1/2 (see Infinite width with the RNN preset).")
    common.downloads("recurrent", {"rntk": res["rntk"], "finite": res["finite"], "lengths": L})
if sens is not None:
    st.subheader("Which time steps does the RNTK weigh?")
    common.plot(figures_recurrent.time_step_sensitivity(sens["t"], sens["curves"]),
                key="rnn_sens")
    st.caption(f"Sines of {state['rnn_maxlen']} steps, one step redrawn at a time; U_std "
               f"{state['rnn_ustd']}, b_std {state['rnn_bstd']}, readout "
               f"{state['rnn_readout']}. With readout 'last' a small W_std forgets old steps "
               "geometrically; a larger W_std (and a saturating erf) spreads the weight back "
               "in time. With readout 'mean' every step counts.")
rows = recurrent_study.ucr_table()
st.subheader("UCR / UEA classification: RNTK vs MLP NTK vs Gaussian / Laplace")
if rows is None:
    st.info("Run `python benchmarks/ucr_accuracy.py` to fill this table.")
else:
    table = pd.DataFrame(rows)
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption("Test accuracy of an SVM on each precomputed kernel, the kernel's hyperparameter "
               "and C chosen by 5-fold cross-validation on the official training split only "
               "(benchmarks/ucr_accuracy.py). The RNTK reads the series as they are (unequal "
               "lengths too); the other kernels see them resampled to one length.")
    common.downloads("ucr", {}, table=table)

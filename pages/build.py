"""Build & compute: the sidebar's network on the sidebar's data -> finite-width NTK."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import figures, spectrum_notes, state as appstate
from ntk_core.finite.empirical import METHOD_LABELS, METHODS
from pages import _common as common

common.require_entry()

st.title("Build & compute")
st.caption("Build the network and choose the data in the sidebar; the server computes the "
           "empirical NTK at initialisation.")
c1, c2, c4, c3 = st.columns([2, 3, 2, 2], vertical_alignment="bottom")
common.select("Method", "method", ("auto",) + METHODS, where=c1,
              help=common.describe(dict(auto="the cheapest method for this network, "
                                        "chosen automatically", **METHOD_LABELS)))
common.select("Output mode", "mode", list(appstate.OUTPUT_MODES), where=c2,
              help=common.describe(appstate.OUTPUT_MODES))
common.select("Precision", "prec", list(appstate.PRECISIONS), where=c4,
              help=common.describe(appstate.PRECISIONS))
state = common.current_state()


def _store():
    problems = common.request_problems(state)  # what the sidebar refuses, Compare refuses
    if problems:
        st.toast("Not stored: " + " ".join(problems), icon=":material/block:")
        return
    stored = st.session_state.setdefault("stored", [])
    code = appstate.encode_config(state)
    if code not in stored:
        stored.append(code)
    st.toast(f"Stored for Compare ({len(stored)} stored): {appstate.spec_label(state)}")


c3.button("Store for Compare", icon=":material/bookmark_add:", on_click=_store,
          help="keep this configuration for the Compare page")
top = st.container()
with top:
    ok = common.guard(state)
left, right = st.columns(2)
hm_slot, sp_slot = left.empty(), right.empty()
if ok:  # chart frames first: the browser loads Plotly while the server computes
    hm_slot.plotly_chart(figures.placeholder("NTK heatmap", "computing…"), key="hm_wait")
    sp_slot.plotly_chart(figures.placeholder("Eigenvalue spectrum", "computing…"), key="sp_wait")
    with top:
        res = common.ntk(state, check=False)
else:
    res = None
if res is None:
    hm_slot.empty()
    sp_slot.empty()
else:
    m = top.columns(5)
    short = {"jacobian_contraction": "JC", "ntk_vector_products": "NVP",
             "structured_derivatives": "SD"}
    m[0].metric("Method", short.get(res["method"], res["method"]),
                help=METHOD_LABELS.get(res["method"], res["method"]))
    m[1].metric("Compute time", f"{res['run_time_s'] * 1e3:.3g} ms",
                help="execution only; compilation (first call of a shape) is shown below")
    cond, cond_help = spectrum_notes.condition_text(res)
    m[2].metric("Condition number", cond, help=cond_help)
    er, er_help = spectrum_notes.effective_rank_text(res)
    m[3].metric("Effective rank", er, help=er_help)
    m[4].metric("Parameters", f"{res['n_params']:,}")
    if res["n"] < res["n_requested"]:
        top.warning(f"The {state['data']} data set has only {res['n']} points: the kernel is "
                    f"computed on all {res['n']}, not on the N = {res['n_requested']} requested.")
    top.info(f"**{METHOD_LABELS.get(res['method'], res['method'])}.** Why: {res['reason']}  \n"
            f"Compile {res['compile_time_s']:.3g} s, run {res['run_time_s'] * 1e3:.3g} ms "
            f"on **{res['device']}** · {res['label']}", icon=":material/info:")
    mode, O = res["mode"], int(state["out"])
    if mode == "diagonal":
        n = res["kernel"].shape[0]
        hm = figures.kernel_heatmap(res["kernel"].reshape(n, -1), "Diagonal blocks Theta(x_i, x_i)",
                                    xlabel="block entry (o, o') flattened", ylabel="input i")
        spec_title = "Spectrum of the mean O x O block"
    else:
        lab = "index (input, output)" if mode == "full" and O > 1 else "input index"
        hm = figures.kernel_heatmap(res["matrix"], f"NTK ({mode} mode, {res['matrix'].shape[0]}"
                                    f" x {res['matrix'].shape[1]})", xlabel=f"{lab} j",
                                    ylabel=f"{lab} i")
        spec_title = "Eigenvalue spectrum (log scale)"
    with hm_slot:
        common.plot(hm, key="heatmap")
    if res["eigenvalues"] is not None:
        with sp_slot:
            common.plot(figures.spectrum({"NTK": res["eigenvalues"]}, spec_title,
                                         floors={"NTK": res["floor"]}), key="spectrum")
        ana = None
        if state["arch"] != "Layers" and state["param"] == "ntk" and mode == "trace" \
                and res["n"] <= 256:
            try:
                ana = np.linalg.eigvalsh(common.cached_analytic(common.relevant(state)))
            except (ValueError, TypeError, NotImplementedError):
                ana = None
        note = spectrum_notes.tiny_eigenvalue_note(res, ana)
        if note:
            st.markdown(note)
    else:
        sp_slot.info(res.get("note", "No spectrum for this output mode."))
    table = pd.DataFrame({"quantity": ["method", "reason", "compile_time_s", "run_time_s",
                                       "device", "precision", "condition_number",
                                       "effective_rank", "eigenvalues below precision floor",
                                       "precision floor", "n_params", "configuration"],
                          "value": [res["method"], res["reason"], res["compile_time_s"],
                                    res["run_time_s"], res["device"], res["dtype"], cond, er,
                                    res.get("n_below_floor", 0), res.get("floor") or "n/a",
                                    res["n_params"], res["label"]]}).astype({"value": str})
    common.downloads("ntk", {"kernel": res["kernel"], "eigenvalues": res["eigenvalues"]},
                     table=table, csv_matrix=res["kernel"] if res["kernel"].ndim == 2
                     else res["matrix"])

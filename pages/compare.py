"""Compare: configurations stored from Build & compute, side by side."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import compute as appcompute, figures, state as appstate, validation
from ntk_core.finite.empirical import METHOD_LABELS
from pages import _common as common

common.require_entry()

st.title("Compare")
st.caption("Configurations stored with *Store for Compare* on Build & compute. Kernel "
           "alignment <K1, K2> / (|K1| |K2|) is defined only for configurations on the same inputs.")
stored: list = st.session_state.setdefault("stored", [])


def _add_current():
    code = appstate.encode_config(common.current_state())
    if code not in stored:
        stored.append(code)


c = st.columns([2, 2, 3])
c[0].button("Store sidebar configuration", icon=":material/bookmark_add:", on_click=_add_current)
c[1].button("Clear all", icon=":material/delete:", on_click=stored.clear, disabled=not stored)
if not stored:
    st.info("Nothing stored yet: build a network on **Build & compute** and press *Store for "
            "Compare*, or store the sidebar's configuration with the button above.")
    st.stop()

# values and structure here; time and memory below with the sidebar's own cost model
checks = [validation.validate_config(code, predicted=validation.NO_COST) for code in stored]
names, states = [], []
for i, (code, v) in enumerate(zip(stored, checks)):
    if not v.ok:  # a bad stored configuration is left out and named; the rest still run
        a, b = st.columns([8, 1])
        a.warning(f"Stored configuration #{i + 1} {validation.shown(code)} is left out: "
                  + "; ".join(p.rstrip(".") for p in v.problems) + ".", icon=":material/block:")
        b.button("Remove", key=f"rm_bad_{i}", on_click=stored.remove, args=(code,))
    elif len(states) >= appstate.LIMITS.max_compare:
        st.warning(f"Stored configuration #{i + 1} is left out: this server compares at most "
                   f"{appstate.LIMITS.max_compare} configurations at once.")
    else:
        names.append(f"#{i + 1}")
        states.append(v.state)
if not states:
    st.stop()
with st.expander(f"Stored configurations ({len(states)})", expanded=len(states) <= 3):
    for name, s in zip(names, states):
        a, b = st.columns([8, 1])
        a.markdown(f"**{name}** {appstate.spec_label(s)} · method {s['method']} · mode {s['mode']}")
        b.button("Remove", key=f"rm_{int(name[1:]) - 1}", on_click=stored.remove,
                 args=(stored[int(name[1:]) - 1],))

runnable = []
for name, s in zip(names, states):
    problems = common.request_problems(s)  # the sidebar's checks and messages
    if problems:
        st.error(f"{name} is not computed: " + " ".join(problems))
    runnable.append(not problems)
steps = [(f"{name}: {appstate.spec_label(s)}",
          (lambda s=s: common.cached_ntk(common.relevant(s), s["method"], s["mode"])))
         for name, s, ok in zip(names, states, runnable) if ok]
results = iter(common.run_steps("compare", steps, "Computing the stored NTKs"))
res = [next(results) if ok else None for ok in runnable]

rows, eigs, traces = [], {}, []
for name, s, r in zip(names, states, res):
    ok = r is not None and r.get("finite", False)
    if r is not None and not ok:
        st.error(f"{name}: " + validation.nonfinite_message("the kernel", s, r["n_nonfinite"]))
    if ok and r["eigenvalues"] is not None:
        eigs[f"{name} {appstate.spec_label(s)}"[:60]] = r["eigenvalues"]
    traces.append(r["trace"] if ok else None)
    rows.append({"config": name, "network and data": r["label"] if r else appstate.spec_label(s),
                 "method": METHOD_LABELS.get(r["method"], r["method"]) if r else "—",
                 "condition number": r["condition_number"] if ok else np.nan,
                 "effective rank": r["effective_rank"] if ok else np.nan,
                 "run time (ms)": r["run_time_s"] * 1e3 if r else np.nan,
                 "compile time (s)": r["compile_time_s"] if r else np.nan})
table = pd.DataFrame(rows)
st.dataframe(table, hide_index=True, width="stretch")
if eigs:
    common.plot(figures.spectrum(eigs, "Eigenvalue spectra (log scale)"), key="cmp_spectra")
left, right = st.columns(2)
with left:
    common.plot(figures.bars(names, table["condition number"], "Condition number",
                             "lambda_max / lambda_min", log=True), key="cmp_cond")
with right:
    common.plot(figures.bars(names, table["effective rank"], "Effective rank",
                             "exp(spectral entropy)"), key="cmp_erank")
left, right = st.columns(2)
with left:
    common.plot(figures.bars(names, table["run time (ms)"], "Compute time (run, excl. compile)",
                             "time (ms)", log=True), key="cmp_time")
align = appcompute.alignment_matrix(states, traces)
with right:
    common.plot(figures.matrix_table_heatmap(align, names, "Kernel alignment (trace kernels)",
                                             "alignment"), key="cmp_align")
common.downloads("compare", {f"kernel_{n[1:]}": r["kernel"] for n, r in zip(names, res) if r}
                 | {"alignment": align}, table=table, csv_matrix=align)

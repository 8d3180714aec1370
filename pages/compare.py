"""Compare: configurations stored from Build & compute, side by side."""
import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import compare_setup, compute as appcompute, figures, state as appstate, validation
from ntk_core.app.layers_state import label as layers_label
from ntk_core.finite.empirical import METHOD_LABELS, METHODS
from pages import _common as common

common.require_entry()
SHORT = {"jacobian_contraction": "JC", "ntk_vector_products": "NVP",
         "structured_derivatives": "SD"}

st.title("Compare")
st.markdown("Networks side by side on the same inputs: eigenvalue spectra, conditioning, "
           "kernel alignment (centred by default: <HK1H, HK2H> / (|HK1H| |HK2H|), H = I - "
           "11^T/N; defined only for configurations on the same inputs) and the time of each "
           "NTK algorithm. It opens with an MLP, a ResNet "
           "and a small ViT on 32 digits; add presets, or store the sidebar's network.")
ss = st.session_state
stored: list = ss.setdefault("stored", [])
if not stored and not ss.get("_cmp_cleared"):
    stored.extend(compare_setup.default_comparison())
    common.sync_stored_to_url()


def _add(code):
    ss["_cmp_cleared"] = False
    if code not in stored:
        stored.append(code)


def _add_preset(name):
    _add(compare_setup.preset_config(name, compare_setup.first_state(stored)))


def _remove(code):
    stored.remove(code)
    ss["_cmp_cleared"] = not stored


def _reset():
    stored[:] = compare_setup.default_comparison()


def _clear():
    stored.clear()
    ss["_cmp_cleared"] = True


c = st.columns([3, 3, 2, 3], vertical_alignment="center")
def _add_sidebar(state):  # refuses what the sidebar refuses, with its message
    problems = common.request_problems(state)
    if problems:
        st.toast("Not stored: " + " ".join(problems), icon=":material/block:")
    else:
        _add(appstate.encode_config(state))


c[0].button("Store sidebar network", icon=":material/bookmark_add:", on_click=_add_sidebar,
            args=(common.current_state(),))
c[1].button("Default comparison", icon=":material/restart_alt:", on_click=_reset)
c[2].button("Clear all", icon=":material/delete:", on_click=_clear, disabled=not stored)
common.select("Kernel alignment", "cmp_align", list(appstate.ALIGNMENTS),
              help=common.describe(appstate.ALIGNMENTS), where=c[3])
common.toggle("Time all three methods (slow: three NTKs per network)", "cmp_methods",
              help="also compute each kernel with Jacobian contraction, NTK-vector products "
                   "and structured derivatives, and chart their run times")
c = st.columns([2] + [1.3] * len(compare_setup.CONFIG_PRESETS) + [1], vertical_alignment="center")
c[0].markdown("**Add in one click:**")
for col, name in zip(c[1:], compare_setup.CONFIG_PRESETS):
    col.button(f"+ {name}", key=f"cmp_add_{name}", on_click=_add_preset, args=(name,),
               help=f"add the {name} preset on the same data as the first configuration",
               width="stretch")
if not stored:
    st.info("Nothing stored yet: press **Default comparison** or a **+ preset** button, "
            "build a network on **Build & compute** and press *Store for Compare*, or store "
            "the sidebar's configuration with the button above.")
    st.stop()

# values and structure here; time and memory below with the sidebar's own cost model
checks = [validation.validate_config(code, predicted=validation.NO_COST) for code in stored]
names, states, index = [], [], []
for i, (code, v) in enumerate(zip(stored, checks)):
    if not v.ok:  # a bad stored configuration is left out and named; the rest still run
        a, b = st.columns([8, 1])
        a.warning(f"Stored configuration #{i + 1} {validation.shown(code)} is left out: "
                  + "; ".join(p.rstrip(".") for p in v.problems) + ".", icon=":material/block:")
        b.button("Remove", key=f"rm_bad_{i}", on_click=_remove, args=(code,))
    elif len(states) >= appstate.LIMITS.max_compare:
        st.warning(f"Stored configuration #{i + 1} is left out: this server compares at most "
                   f"{appstate.LIMITS.max_compare} configurations at once.")
    else:
        names.append(f"#{i + 1}")
        states.append(v.state)
        index.append(i)
if not states:
    st.stop()
with st.expander(f"Stored configurations ({len(states)})", expanded=len(states) <= 3):
    for name, s, i in zip(names, states, index):
        a, b = st.columns([8, 1])
        a.markdown(f"**{name}** {appstate.spec_label(s)} · method {s['method']} · mode "
                   f"{s['mode']} · {s['prec']}")
        b.button("Remove", key=f"rm_{i}", on_click=_remove, args=(stored[i],))
# charts name each configuration by what it is: "#2 ResNet", "#1 MLP 2x256"
shown = [f"{n} " + (layers_label(s["layers"]).replace(" (layers)", "") if s["arch"] == "Layers"
                    else appstate.spec_label(s).split(",")[0]) for n, s in zip(names, states)]

runnable = []
for name, s in zip(names, states):
    problems = common.request_problems(s)  # the sidebar's checks and messages
    if problems:
        st.error(f"{name} is not computed: " + " ".join(problems))
    runnable.append(not problems)
timed = METHODS if common.current_state()["cmp_methods"] else ()
steps = [(f"{name}: {appstate.spec_label(s)}" + (f" [{m}]" if m else ""),
          (lambda s=s, m=m: common.cached_ntk_or_none(common.relevant(s), m or s["method"], s["mode"])))
         for name, s, ok in zip(names, states, runnable) if ok for m in ("",) + timed]
results = iter(common.run_steps("compare", steps, "Computing the stored NTKs"))
res, by_method = [], {m: [] for m in timed}
for ok in runnable:
    res.append(next(results) if ok else None)
    for m in timed:
        r = next(results) if ok else None
        by_method[m].append(r["run_time_s"] * 1e3 if r else np.nan)

rows, eigs, traces, floors = [], {}, [], {}
for name, s, r in zip(names, states, res):
    ok = r is not None and r.get("finite", False)
    if r is not None and not ok:
        st.error(f"{name}: " + validation.nonfinite_message("the kernel", s, r["n_nonfinite"]))
    if ok and r["eigenvalues"] is not None:
        eigs[f"{name} {appstate.spec_label(s)}"[:60]] = r["eigenvalues"]
        floors[f"{name} {appstate.spec_label(s)}"[:60]] = r.get("floor")
    traces.append(r["trace"] if ok else None)
    rows.append({"config": name, "network and data": r["label"] if r else appstate.spec_label(s),
                 "method": METHOD_LABELS.get(r["method"], r["method"]) if r else "—",
                 "condition number": r["condition_number"] if ok else np.nan,
                 "bounded by precision": ("yes: > shown value" if r.get("condition_bounded")
                                          else "no") if ok else "—",
                 "effective rank": r["effective_rank"] if ok else np.nan,
                 "run time (ms)": r["run_time_s"] * 1e3 if r else np.nan,
                 "compile time (s)": r["compile_time_s"] if r else np.nan})
table = pd.DataFrame(rows)
for m in timed:
    table[f"{SHORT[m]} (ms)"] = by_method[m]
if timed:
    table = table.drop(columns=["run time (ms)", "compile time (s)"]).rename(
        columns={"method": "auto picks"})
common.table(table)
if eigs:
    common.plot(figures.spectrum(eigs, "Eigenvalue spectra (log scale)", floors=floors),
                key="cmp_spectra")
left, right = st.columns(2)
with left:
    common.plot(figures.bars(shown, table["condition number"], "Condition number",
                             "lambda_max / lambda_min", log=True), key="cmp_cond")
with right:
    common.plot(figures.bars(shown, table["effective rank"], "Effective rank",
                             "exp(spectral entropy)"), key="cmp_erank")
left, right = st.columns(2)
with left:
    if timed:
        common.plot(figures.grouped_bars(shown, {METHOD_LABELS[m]: v for m, v in by_method.items()},
                                         "Run time of each method (excl. compile)", "time (ms)",
                                         log=True), key="cmp_time")
        st.caption("Fastest here: " + ", ".join(
            f"{n} {SHORT[min(timed, key=lambda m: by_method[m][i])]}"
            for i, n in enumerate(names) if np.isfinite([by_method[m][i] for m in timed]).all())
            + " (JC Jacobian contraction, NVP NTK-vector products, SD structured derivatives).")
    else:
        common.plot(figures.bars(shown, table["run time (ms)"], "Compute time (run, excl. "
                                 "compile)", "time (ms)", log=True), key="cmp_time")
centred = common.current_state()["cmp_align"] == "centred"
align = appcompute.alignment_matrix(states, traces, centred=centred)
with right:
    common.plot(figures.matrix_table_heatmap(
        align, names, ("Centred" if centred else "Uncentred") + " kernel alignment (trace "
        "kernels)", "alignment", hover_labels=shown), key="cmp_align_map")
common.downloads("compare", {f"kernel_{n[1:]}": r["kernel"] for n, r in zip(names, res) if r}
                 | {"alignment": align}, table=table, csv_matrix=align, labels=shown,
                 meta={"configurations": {n: {"code": stored[i], "label": appstate.spec_label(s),
                                              "method": s["method"], "output_mode": s["mode"],
                                              "precision": s["prec"]}
                                          for n, s, i in zip(names, states, index)},
                       "alignment": appstate.ALIGNMENTS[common.current_state()["cmp_align"]]})

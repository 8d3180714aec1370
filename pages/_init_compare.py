"""Gaussian vs orthogonal initialisation sections of the Infinite width and Training
dynamics pages (helpers, not a page)."""
from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import streamlit as st

from ntk_core.app import compute as appcompute, init_study
from ntk_core.app import figures_init as figs
from ntk_core.infinite.convergence import relative_frobenius
from pages import _common as common

THEORY = ("**Theory** (Huang, Du, Xu 2021): orthogonal weights (Haar-orthogonal dense maps; "
          "for a convolution an independent orthogonal matrix per filter tap) give the "
          "*same* infinite-width NTK as Gaussian ones, and a finite network's distance to it "
          "falls like width^(-1/2) for both: two parallel lines of slope -1/2. Every curve "
          "here is measured against the one Gaussian analytic kernel.")
DELTA = ("**Delta-orthogonal convolutions** (Xiao et al. 2018: an orthogonal centre tap, "
         "zeros elsewhere; the sidebar's `delta_orthogonal`) are the exception: at "
         "initialisation they mix no neighbouring pixels, so their limit is a *different* "
         "kernel{gap}: their distance to the Gaussian kernel levels off instead of falling.")


def infinite_section(base: dict, widths, seeds) -> None:
    """Gaussian and orthogonal (and, if the sidebar says so, delta-orthogonal) relative
    errors against the *Gaussian* analytic NTK vs width on one log-log plot (same widths,
    seeds, inputs), fitted slopes, a table."""
    st.subheader("Gaussian vs orthogonal initialisation")
    common.toggle("Compare Gaussian and orthogonal init", "inf_cmp_init",
                  help="runs the finite-width kernels of the other initialisation too")
    if not common.current_state()["inf_cmp_init"]:
        st.caption("Tick the box to add the other initialisation's convergence to the plot.")
        return
    std_param = base["param"] == "standard"
    delta = base["init"] == "delta_orthogonal" and base["arch"] != "MLP"
    inits = init_study.INITS + (("delta_orthogonal",) if delta else ())
    steps, keys = [], {}
    for init in inits:
        s = dict(base, init=init)
        problems = common.request_problems(appcompute.with_width(s, max(widths)))
        if problems:
            st.error(f"{init} init: " + " ".join(problems))
            return
        keys[init] = common.relevant(s)
        steps += [(f"{init}, width {w}, seed {i}",
                   (lambda k=keys[init], w=w, i=i: common.cached_finite(k, w, i)))
                  for w in widths for i in seeds]
    out = common.run_steps("init_cmp", steps, "The initialisations", signature=tuple(keys.items()))
    k_ref = {w: common.cached_analytic(keys["gaussian"], w if std_param else None) for w in widths}
    n, curves = len(widths) * len(seeds), {}
    for j, init in enumerate(inits):
        ks = out[j * n:(j + 1) * n]
        by_w = {w: [k for k in ks[a * len(seeds):(a + 1) * len(seeds)] if k is not None]
                for a, w in enumerate(widths)}
        summ = appcompute.convergence_summary(widths, by_w, k_ref)
        if len(summ["widths"]):
            curves[init] = summ
    if len(curves) < len(inits):
        st.info("Not every initialisation computed yet: press Continue.")
        return
    common.plot(figs.init_convergence(curves, title="Distance to the Gaussian analytic NTK "
                                      "vs width"), key="inf_init_conv")
    st.markdown(THEORY + " Fitted slopes: " + ", ".join(
        f"{i} **{c['slope']:.2f}**" for i, c in curves.items()) + ".")
    if delta:
        st.markdown(DELTA.format(gap=_delta_gap(base, keys["delta_orthogonal"], k_ref, std_param)))
    rows = [{"init": i, "width": w, "relative error vs Gaussian NTK": m, "std over seeds": sd}
            for i, c in curves.items() for w, m, sd in zip(c["widths"], c["mean"], c["std"])]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _delta_gap(base: dict, key, k_ref: dict, std_param: bool) -> str:
    """The delta-orthogonal CNN's own analytic kernel's distance to the Gaussian one (a
    layer list's is not offered: said so)."""
    if base["arch"] != "CNN":
        return " (its analytic kernel is offered for the CNN architecture only)"
    w = max(k_ref)
    gap = relative_frobenius(common.cached_analytic(key, w if std_param else None), k_ref[w])
    return (f", {gap:.1%} from the Gaussian CNTK (relative Frobenius; the Infinite width plot "
            "above measures it against its own analytic kernel, the centre-tap recursion)")


def training_section(spec, task, cfg, seed: int) -> None:
    """Train the sidebar's MLP with both inits (same data, seed and learning rate: the
    Gaussian net's eta) and show losses, steps to ``target`` and the NTK's movement."""
    st.subheader("Gaussian vs orthogonal initialisation")
    c = st.columns([3, 2, 3])  # room for the toggle's label
    common.toggle("Compare Gaussian and orthogonal init", "dyn_cmp_init", where=c[0],
                  help="trains the same network with both initialisations")
    common.number("Target loss", "dyn_target", 0.005, where=c[1], format="%.4f",
                  help="training loss counted as reached (steps to target)")
    st_now = common.current_state()
    if not st_now["dyn_cmp_init"]:
        c[2].caption("Tick the box to train both initialisations side by side.")
        return
    target = float(st_now["dyn_target"])
    run_g, run_o = both_init_runs(spec, task, cfg, seed)
    runs = {"gaussian": run_g, "orthogonal": run_o}
    reached = {i: init_study.steps_to_target(r.steps, r.train_loss, target) for i, r in runs.items()}
    m = st.columns(4)
    m[0].metric("eta (both)", f"{run_g.lr:.4g}", help=f"{cfg.lr_fraction:g} x the Gaussian "
                f"net's eta_crit; orthogonal eta_crit = {run_o.lr_crit:.4g}")
    for j, (i, r) in enumerate(runs.items()):
        m[1 + j].metric(f"{i}: steps to {target:g}",
                        "not reached" if reached[i] is None else str(reached[i]))
    m[3].metric("NTK change (g / o)", f"{run_g.ntk_change[-1]:.3g} / {run_o.ntk_change[-1]:.3g}")
    left, right = st.columns(2)
    with left:
        common.plot(figs.init_losses({i: (r.steps, r.train_loss) for i, r in runs.items()},
                                     target), key="dyn_init_loss")
    with right:
        common.plot(figs.init_ntk_change({i: (r.record_steps, r.ntk_change)
                                          for i, r in runs.items()}), key="dyn_init_ntk")
    st.markdown(init_study.speedup_text(reached, target, int(run_g.steps[-1])) + " "
                + _regime_note(spec, run_g, run_o))


def both_init_runs(spec, task, cfg, seed: int):
    """(Gaussian run, orthogonal run) of ``spec``: same data and seed, both at the Gaussian
    net's learning rate (cached by :func:`common.training_run`; the server's warm-up calls
    this too)."""
    run_g = common.training_run(dataclasses.replace(spec, weight_init="gaussian"), task, cfg, seed)
    run_o = common.training_run(dataclasses.replace(spec, weight_init="orthogonal"), task,
                                dataclasses.replace(cfg, lr=run_g.lr), seed)
    return run_g, run_o


def _regime_note(spec, run_g, run_o) -> str:
    lazy = max(np.nanmax(run_g.ntk_change), np.nanmax(run_o.ntk_change)) < 0.1
    if lazy:
        return ("Both kernels moved by under 10%: the lazy (NTK) regime, where Huang et al. "
                "prove both inits train alike (same limiting NTK, constant in training).")
    return ("The NTK moved by 10% or more: outside the lazy regime, where Huang et al. found "
            "orthogonal init can learn faster (deep nets, large learning rates, the "
            "activation in its linear regime). One seed here; `benchmarks/orthogonal.py` "
            "averages several.")

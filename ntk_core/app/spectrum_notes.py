"""Texts that explain a kernel's spectrum to the audience (pure, no Streamlit).

:func:`condition_text` says what the condition number means when the arithmetic cannot
resolve the smallest eigenvalues; :func:`tiny_eigenvalue_note` explains a small
eigenvalue that is real: two nearly coincident inputs.
"""
from __future__ import annotations

import math

import numpy as np

from ..finite.precision import machine_eps, spectrum_summary


def condition_text(res: dict) -> tuple[str, str]:
    """(value shown, help) for the condition number of a result of
    :func:`ntk_core.app.compute.spectrum_stats`."""
    shown = cond_value(res)
    if shown == "n/a":
        return shown, "lambda_max / lambda_min of the kernel matrix"
    if res.get("condition_bounded"):
        return (shown,
                f"precision-bounded: {res['n_below_floor']} eigenvalue(s) lie below the "
                f"precision floor {res['floor']:.3g} = lambda_max x eps x N (eps = "
                f"{res['eps']:.3g}, {res.get('dtype', 'float32')}) and are not resolved; "
                "lambda_max / floor is only a lower bound. Choose float64 to resolve them.")
    return shown, ("lambda_max / lambda_min of the kernel matrix (every eigenvalue "
                   f"above the precision floor {res.get('floor') or 0:.3g})")


def cond_value(summary: dict) -> str:
    """A condition number as shown: ``"> X"`` when precision-bounded (``summary`` from
    :func:`ntk_core.finite.precision.spectrum_summary` or ``compute.spectrum_stats``)."""
    cond = summary.get("condition_number")
    if cond is None or not math.isfinite(cond):
        return "n/a"
    return f"> {cond:.3g}" if summary.get("condition_bounded") else f"{cond:.3g}"


def effective_rank_text(res: dict) -> tuple[str, str]:
    er = res.get("effective_rank")
    help_ = "exp(entropy of the normalised eigenvalues)"
    if res.get("n_below_floor"):
        help_ += f"; the {res['n_below_floor']} eigenvalue(s) below the precision floor count as 0"
    return ("n/a" if er is None else f"{er:.3g}"), help_


def tiny_eigenvalue_note(res: dict, analytic_eigs=None) -> str | None:
    """Markdown explaining a small smallest eigenvalue by the closest pair of inputs, or
    None when the inputs are well separated (closest pair above a fifth of the typical
    nearest-neighbour distance) or no spectrum exists.

    Two inputs at distance delta give two nearly equal rows of K, so K has an eigenvalue
    of order (what K changes over delta). At finite width a ReLU network is piecewise
    linear: two nearby points usually share a linear region, the kernel is smooth there
    and the eigenvalue scales like delta^2. The infinite-width kernel is not smooth on the
    diagonal (like the Laplace kernel exp(-c|x-y|)), so its eigenvalue scales like delta.

    ``analytic_eigs``: eigenvalues [N] of the analytic (infinite-width, float64) kernel on
    the same inputs; its smallest eigenvalue and condition number are quoted against its
    own float64 precision floor (a condition number over it is shown as a lower bound).
    """
    ev, cp = res.get("eigenvalues"), res.get("closest_pair")
    if ev is None or not cp or not math.isfinite(cp.get("distance", math.nan)):
        return None
    d, typ = cp["distance"], cp["typical"]
    if not (d < 0.2 * typ) and not res.get("n_below_floor"):
        return None
    lam_min, lam_max = float(ev[-1]), float(ev[0])
    lines = [f"**Why is the smallest eigenvalue so small?** Inputs #{cp['i']} and "
             f"#{cp['j']} are only **{d:.2g}** apart (typical distance to the nearest "
             f"neighbour: {typ:.2g}). Two nearly equal inputs give two nearly equal rows "
             "of the kernel, so one eigenvalue is of the order of how much the kernel "
             "changes over that distance."]
    if d == 0:
        lines.append("Here they coincide: the kernel is exactly singular and its smallest "
                     "eigenvalue is zero up to rounding (the condition number is bounded "
                     "only by the precision).")
    else:
        lines.append("At finite width a ReLU network is piecewise linear, so both points "
                     "usually lie in one linear region where the kernel is smooth: the "
                     f"eigenvalue scales like the distance squared ({d:.2g}^2 = {d * d:.2g}, "
                     f"times lambda_max = {lam_max:.3g}: {d * d * lam_max:.2g}). The "
                     "infinite-width kernel has a kink on the diagonal (like the Laplace "
                     "kernel exp(-c|x - y|)), so its eigenvalue scales like the distance itself.")
    shown = f"Smallest eigenvalue here: {lam_min:.3g}"
    if res.get("floor"):
        shown += (f" (precision floor {res['floor']:.3g}: "
                  + ("below it, not resolved" if lam_min <= res["floor"] else "resolved") + ")")
    if analytic_eigs is not None and len(analytic_eigs):
        ana = spectrum_summary(analytic_eigs, machine_eps(np.float64))
        shown += (f"; analytic infinite-width kernel (float64): {float(np.min(analytic_eigs)):.3g}"
                  + (f", below its precision floor {ana['floor']:.2g}" if ana["n_below_floor"]
                     else "") + f" (condition number {cond_value(ana)})")
    lines.append(shown + ".")
    return "  \n".join(lines)

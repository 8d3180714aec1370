"""Gaussian vs orthogonal initialisation: the small pure pieces the pages and
``benchmarks/orthogonal.py`` share (no Streamlit, no JAX).

Theory (Huang, Du, Xu 2021): an orthogonally initialised MLP's (and CNN's, with orthogonal
weights per tap: ``weight_init="orthogonal"``) NTK tends to the *same* analytic kernel as a
Gaussian one, with fluctuations ~ width^-1/2 for both, and stays constant in training at
infinite width: no speed-up in the lazy regime. Delta-orthogonal convolutions
(``"delta_orthogonal"``, Xiao et al. 2018) are an exception this app measures: zero
off-centre taps change the limit kernel itself (see :mod:`ntk_core.infinite.analytic`).
``INITS`` are the two the comparisons always run.
"""
from __future__ import annotations

import math

import numpy as np

INITS = ("gaussian", "orthogonal")


def other_init(init: str) -> str:
    return "orthogonal" if init == "gaussian" else "gaussian"


def steps_to_target(steps, loss, target: float) -> int | None:
    """First step whose loss is at or below ``target`` (``None``: never, or diverged first).

    ``steps [T]``, ``loss [T]``; a non-finite loss before the target ends the search."""
    for s, v in zip(np.asarray(steps), np.asarray(loss, np.float64)):
        if not math.isfinite(v):
            return None
        if v <= target:
            return int(s)
    return None


def speedup_text(reached: dict, target: float, horizon: int) -> str:
    """One sentence on which init reached ``target`` first (``reached[init] = step|None``)."""
    g, o = reached.get("gaussian"), reached.get("orthogonal")
    if g is None and o is None:
        return f"Neither reached the target loss {target:g} within {horizon} steps."
    if g is None or o is None:
        first, miss = ("orthogonal", "gaussian") if g is None else ("gaussian", "orthogonal")
        return (f"Only {first} reached the target loss {target:g} (step {reached[first]}); "
                f"{miss} did not within {horizon} steps.")
    if g == o:
        return f"Both reached the target loss {target:g} at step {g}."
    fast, slow = ("orthogonal", "gaussian") if o < g else ("gaussian", "orthogonal")
    return (f"{fast.capitalize()} reached the target loss {target:g} at step {reached[fast]}, "
            f"{slow} at step {reached[slow]} ({reached[slow] / max(reached[fast], 1):.2f}x "
            "the steps).")

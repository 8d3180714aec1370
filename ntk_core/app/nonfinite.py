"""Reports of non-finite results (NaN or infinity in a kernel, spectrum or loss) with
their likely cause, from the settings that produced them (no Streamlit, no JAX)."""
from __future__ import annotations

import math

from .state import DEFAULTS


def nonfinite_message(what: str, state: dict, count: int | None = None) -> str:
    """Plain-language report of a non-finite result (kernel, spectrum, loss) and its
    likely cause, from the settings that produced it."""
    entries = f"{count} non-finite entries" if count else "non-finite values"
    return (f"{what} has {entries} (NaN or infinity), so it is not plotted and no spectrum "
            f"is computed from it. Likely cause: {nonfinite_cause(state)}")


def nonfinite_cause(state: dict) -> str:
    s = {**DEFAULTS, **state}
    try:
        wstd, bstd = float(s["wstd"]), float(s["bstd"])
        depth = int(s["depth"]) + 1 if s["arch"] == "MLP" else int(s["nconv"]) + 1
        width = int(s["width"]) if s["arch"] == "MLP" else int(s["c1_ch"])
    except (TypeError, ValueError, KeyError):
        return "the settings overflow float32; reduce W_std, b_std or the depth."
    if wstd > 0 and 2 * depth * math.log10(max(wstd, 1e-12)) > 30:
        return (f"the weight scale W_std = {wstd:g} is too large for {depth} layers: each layer "
                f"multiplies the kernel by about W_std² = {wstd * wstd:.3g}, so it reaches about "
                f"1e{2 * depth * math.log10(wstd):.0f}, beyond float32's range (3e38). Reduce "
                "W_std (about 1.4 keeps a ReLU network's scale constant) or the depth.")
    if s["param"] == "standard" and width > 1000:
        return (f"the standard parameterization at width {width}: the kernel grows with the "
                "width. Use the NTK parameterization or a smaller width.")
    if bstd > 5 or wstd > 3:
        return (f"large scales (W_std = {wstd:g}, b_std = {bstd:g}) overflow float32 at this "
                "depth; reduce them or the depth.")
    return ("an overflow or invalid operation in float32 arithmetic; reduce W_std, b_std or "
            "the depth, or use a bounded activation (erf, tanh).")

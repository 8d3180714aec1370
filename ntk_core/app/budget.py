"""What an NTK request costs, roughly, before any computation (no JAX, no Streamlit).

Novak et al. (2022)'s generic FLOP and memory formulas for the three algorithms, from the
network's parameter count P, forward FLOPs FP and primitive-output size Y per example.
The validation layer (:mod:`ntk_core.app.validation`) uses them where the calibrated
model of :mod:`ntk_core.finite.cost` is not at hand (links, stored configurations).
"""
from __future__ import annotations

from ..networks.net import LayerNet
from ..networks.specs import MLPSpec
from . import layers_state
from . import state as appstate
from .state import LIMITS, Limits


def _layer_stats(spec, shape) -> tuple[int, int, int]:
    """(P params, FP flops per example, Y primitive-output size per example)."""
    if isinstance(spec, MLPSpec):
        widths = spec.layer_widths(int(shape[-1]))
        P = sum(a * b + b for a, b in zip(widths[:-1], widths[1:]))
        FP = sum(2 * a * b for a, b in zip(widths[:-1], widths[1:]))
        return P, FP, sum(widths[1:])
    if isinstance(spec, LayerNet):
        return layers_state.rough_stats(spec.layers, tuple(shape[1:]), spec.out_dim)
    sizes = spec.spatial_sizes(shape)
    c_in = int(shape[-1])
    P = FP = Y = 0
    for (h, w), layer in zip(sizes[1:], spec.layers):
        k = layer.filter_size ** 2 * c_in
        P += k * layer.channels + layer.channels
        FP += 2 * h * w * k * layer.channels
        Y += h * w * layer.channels
        c_in = layer.channels
    h, w = sizes[-1]
    fan_in = c_in if spec.readout == "gap" else h * w * c_in
    P += fan_in * spec.out_dim + spec.out_dim
    FP += 2 * fan_in * spec.out_dim
    return P, FP, Y + spec.out_dim


def rough_cost(spec, shape, mode: str = "trace") -> dict[str, dict[str, float]]:
    """Rough float32 cost per algorithm from Novak et al. (2022)'s generic formulas
    (no JAX): ``{"jc"|"nvp"|"sd": {"flops", "memory_bytes"}}`` for the whole NTK. The
    pages use :mod:`ntk_core.finite.cost`'s calibrated model when they can."""
    P, FP, Y = _layer_stats(spec, shape)
    N, O = int(shape[0]), int(spec.out_dim)
    NO = N * O
    out_size = N * N * (O * O if mode == "full" else 1) if mode != "diagonal" else N * O * O
    flops = {"jc": NO * FP * 3 + NO * NO * P * 2,
             "nvp": N * N * O * FP * 3,
             "sd": NO * FP * 3 + NO * NO * min(Y, P) * 2}
    mem = {"jc": NO * NO + NO * (Y + P) + P + out_size,
           "nvp": NO * NO + NO * (Y + P) + P + out_size,
           "sd": NO * NO + NO * Y + P + out_size}
    return {m: {"flops": float(flops[m]), "memory_bytes": 4.0 * mem[m]} for m in flops}


def rough_prediction(state: dict, on_gpu: bool = False, limits: Limits = LIMITS) -> dict:
    """``{"time_s", "memory_bytes"}`` of the method the state asks for (auto: cheapest)."""
    spec, shape = appstate.build_spec(state), appstate.input_shape(state)
    costs = rough_cost(spec, shape, state.get("mode", "trace"))
    method = str(state.get("method", "auto"))
    pick = {"jacobian_contraction": "jc", "ntk_vector_products": "nvp",
            "structured_derivatives": "sd"}.get(method)
    best = costs[pick] if pick else min(costs.values(),
                                        key=lambda c: (c["memory_bytes"], c["flops"]))
    rate = limits.gpu_flops_per_s if on_gpu else limits.cpu_flops_per_s
    return {"time_s": best["flops"] / rate, "memory_bytes": best["memory_bytes"]}


def kernel_elements(state: dict) -> int:
    """Number of entries of the requested kernel (by output mode)."""
    n, o, mode = int(state["n"]), int(state["out"]), state.get("mode", "trace")
    return {"trace": n * n, "full": n * n * o * o, "diagonal": n * o * o}.get(mode, n * n)

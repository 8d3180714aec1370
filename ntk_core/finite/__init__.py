"""Finite-width (empirical) NTK engine, for any ``apply_fn(params, x) -> [N, O]``.

Modules, in the order they depend on each other (each imports only those above it):

* ``labels``, ``devices``: method / output names, the device in words;
* ``structured``: the structured-derivatives analysis of a jaxpr and its contractions;
* ``batch``: the proof that ``apply_fn`` treats examples independently (batch structure);
* ``methods``: the three algorithms, input validation, compiled-code caches;
* ``cost``: the paper's complexity, model FLOPs, predicted memory and time (calibrated);
* ``auto``: method and tile choice from the cost model; ``tiling``: tiles over devices;
* ``empirical``: the entry point :func:`compute_ntk` / :func:`empirical_ntk`;
  ``function``: :func:`ntk_fn`, the kernel as a jittable, vmappable, differentiable function;
* ``adapters``: ``(apply_fn, params)`` from Flax NNX / Linen, Equinox and Haiku models
  (each framework imported only when its adapter is called).
"""
from .adapters import from_equinox, from_haiku, from_linen, from_nnx
from .auto import NTKMemoryError, decide
from .batch import batch_independent
from .cost import MethodCost, method_costs
from .devices import describe_device
from .empirical import NTKResult, compute_ntk, empirical_ntk
from .function import ntk_fn
from .labels import METHOD_LABELS, METHODS, OUTPUTS
from .methods import NTKInputError
from .tiling import Cancelled

__all__ = ["Cancelled", "batch_independent", "METHOD_LABELS", "METHODS", "MethodCost", "NTKInputError",
           "NTKMemoryError", "NTKResult", "OUTPUTS", "compute_ntk", "decide",
           "describe_device", "empirical_ntk", "from_equinox", "from_haiku", "from_linen",
           "from_nnx", "method_costs", "ntk_fn"]

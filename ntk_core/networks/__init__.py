"""Networks as frozen specs: ``spec.init(key, input_shape) -> params`` and
``spec.apply(params, x[N, ...]) -> [N, O]`` in the NTK or standard parameterization.

Depends on nothing else in ``ntk_core``; every other package builds on it.
"""
from .specs import (ACTIVATIONS, PADDINGS, PARAMETERIZATIONS, READOUTS, CNNSpec, ConvLayer,
                    MLPSpec, NetworkSpec, SpecError, conv_output_size)

__all__ = ["ACTIVATIONS", "PADDINGS", "PARAMETERIZATIONS", "READOUTS", "CNNSpec", "ConvLayer",
           "MLPSpec", "NetworkSpec", "SpecError", "conv_output_size"]

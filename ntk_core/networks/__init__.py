"""Networks as frozen specs: ``spec.init(key, input_shape) -> params`` and
``spec.apply(params, x[N, ...]) -> [N, O]`` in the NTK or standard parameterization.

``specs`` holds the MLP / CNN presets, ``layers`` the layer types of a layer-list network
and ``recurrent`` the Elman RNN layer and the padded sequence format,
``net`` the :class:`LayerNet` built from them (``to_layer_net`` converts a preset).
Depends on nothing else in ``ntk_core``; every other package builds on it.
"""
from .layers import (Activation, Attention, AvgPool, Conv, Dense, Flatten, GlobalAvgPool,
                     LayerNorm, MaxPool, PatchEmbed, Residual)
from .net import LayerNet, to_layer_net
from .recurrent import RNN, RNN_READOUTS, pack_sequences, sequence_lengths, unpack_sequences
from .specs import (ACTIVATIONS, INITS, PADDINGS, PARAMETERIZATIONS, READOUTS, CNNSpec, ConvLayer,
                    MLPSpec, NetworkSpec, SpecError, conv_output_size)

__all__ = ["ACTIVATIONS", "INITS", "PADDINGS", "PARAMETERIZATIONS", "READOUTS", "CNNSpec", "ConvLayer",
           "MLPSpec", "NetworkSpec", "SpecError", "conv_output_size", "LayerNet",
           "to_layer_net", "Activation", "Attention", "AvgPool", "Conv", "Dense", "Flatten",
           "GlobalAvgPool", "LayerNorm", "MaxPool", "PatchEmbed", "Residual", "RNN",
           "RNN_READOUTS", "pack_sequences", "sequence_lengths", "unpack_sequences"]

"""ntk_core: finite- and infinite-width Neural Tangent Kernels in JAX (no Streamlit here).

Importing ``ntk_core`` before JAX keeps JAX from preallocating most of a GPU's memory
(``XLA_PYTHON_CLIENT_PREALLOCATE=false`` unless already set), so that the memory budget
of :mod:`ntk_core.auto` sees the real free memory and several processes can share a GPU.
"""
import os

os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")

from .auto import NTKMemoryError  # noqa: E402
from .cost import MethodCost, method_costs  # noqa: E402
from .empirical import (METHODS, OUTPUTS, NTKInputError, NTKResult, compute_ntk,  # noqa: E402
                        empirical_ntk)
from .specs import (ACTIVATIONS, CNNSpec, ConvLayer, MLPSpec, NetworkSpec,  # noqa: E402
                    SpecError, conv_output_size)
from .tiling import Cancelled  # noqa: E402

__all__ = ["ACTIVATIONS", "CNNSpec", "Cancelled", "ConvLayer", "METHODS", "MLPSpec",
           "MethodCost", "NTKInputError", "NTKMemoryError", "NTKResult", "NetworkSpec",
           "OUTPUTS", "SpecError", "compute_ntk", "conv_output_size", "empirical_ntk",
           "method_costs"]

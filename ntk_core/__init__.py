"""ntk_core: finite- and infinite-width Neural Tangent Kernels in JAX (no Streamlit here).

Subpackages, each depending only on those listed before it (see ARCHITECTURE.md):
``networks`` (specs), ``finite`` (empirical NTK engine), ``infinite`` (analytic kernels and
convergence), ``sphere`` (spectra, Laplace kernels, data, regression), ``dynamics``
(training vs the linearised model) and ``app`` (the web app's pure layer).

Importing ``ntk_core`` before JAX keeps JAX from preallocating most of a GPU's memory
(``XLA_PYTHON_CLIENT_PREALLOCATE=false`` unless already set), so that the memory budget
of :mod:`ntk_core.finite.auto` sees the real free memory and several processes can share a GPU.
"""
import os

__version__ = "0.1.0"

os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")

from .finite import (METHOD_LABELS, METHODS, OUTPUTS, Cancelled, MethodCost,  # noqa: E402
                     NTKInputError, NTKMemoryError, NTKResult, compute_ntk, describe_device,
                     empirical_ntk, method_costs, ntk_fn)
from .infinite import (Kernels, analytic_kernels, cnn_kernels, convergence_study,  # noqa: E402
                       monte_carlo_ntk, mlp_kernels)
from .networks import (ACTIVATIONS, CNNSpec, ConvLayer, MLPSpec, NetworkSpec,  # noqa: E402
                       SpecError, conv_output_size)

__all__ = ["ACTIVATIONS", "CNNSpec", "Cancelled", "ConvLayer", "Kernels", "METHODS",
           "METHOD_LABELS", "MLPSpec", "MethodCost", "NTKInputError", "NTKMemoryError",
           "NTKResult", "NetworkSpec", "OUTPUTS", "SpecError", "analytic_kernels",
           "cnn_kernels", "compute_ntk", "conv_output_size", "convergence_study",
           "describe_device", "empirical_ntk", "method_costs", "mlp_kernels", "monte_carlo_ntk",
           "ntk_fn"]

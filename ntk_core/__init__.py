"""ntk_core: finite- and infinite-width Neural Tangent Kernels in JAX (no Streamlit here)."""
from .specs import (ACTIVATIONS, CNNSpec, ConvLayer, MLPSpec, NetworkSpec, SpecError,
                    conv_output_size)

__all__ = ["ACTIVATIONS", "CNNSpec", "ConvLayer", "MLPSpec", "NetworkSpec", "SpecError",
           "conv_output_size"]

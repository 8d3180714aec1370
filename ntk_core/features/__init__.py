"""Random features and sketches of infinite-width kernels, and regression on them in time
linear in N.

* ``random_features``: arc-cosine random features + Gaussian tensor sketch of the ReLU
  MLP's NNGP and NTK (any depth, both parameterizations): ``Phi Phi^T ~ K``;
* ``approximation``: how good ``Phi Phi^T`` is -- relative Frobenius error and the
  spectral epsilon of ``(1 - eps)(K + lam I) <= Phi Phi^T + lam I <= (1 + eps)(K + lam I)``;
* ``sketch`` (SRHT, TensorSRHT, PolySketch on JAX's FFT; non-negative polynomial fits)
  and ``ntk_sketch`` (the NTK Sketch and leverage-score NTK random features, chosen by
  ``feature_map(..., method=)`` next to the Gaussian sketch);
* ``ridge``: ridge regression / classification in feature space (``O(N m^2)``), equal to
  kernel ridge regression with the kernel ``Phi Phi^T``.
"""
from .approximation import *  # noqa: F401,F403
from .approximation import __all__ as _approx_all
from .random_features import *  # noqa: F401,F403
from .random_features import __all__ as _rf_all
from .ridge import *  # noqa: F401,F403
from .ridge import __all__ as _ridge_all
from .ntk_sketch import *  # noqa: F401,F403
from .ntk_sketch import __all__ as _ntk_sketch_all

__all__ = list(_rf_all) + list(_approx_all) + list(_ridge_all) + list(_ntk_sketch_all)

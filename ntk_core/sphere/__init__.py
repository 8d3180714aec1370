"""Kernels on the unit hypersphere: data, spectra and the Laplace-kernel comparison.

* ``datasets``: points on / off the sphere, bundled real data normalised to it;
* ``spectra``: Funk-Hecke eigenvalues of dot-product kernels, decay-exponent fits;
* ``laplace``: Laplace / gamma-exponential / Gaussian kernels and their fits to a kernel;
* ``regression``: kernel ridge regression with any of these kernels or the analytic NTK.
"""
from .datasets import *  # noqa: F401,F403
from .datasets import __all__ as _a
from .laplace import *  # noqa: F401,F403
from .laplace import __all__ as _b
from .regression import *  # noqa: F401,F403
from .regression import __all__ as _c
from .spectra import *  # noqa: F401,F403
from .spectra import __all__ as _d

__all__ = list(_a) + list(_b) + list(_c) + list(_d)

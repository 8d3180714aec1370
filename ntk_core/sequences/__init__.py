"""Sequence data and kernel classification on time series (recurrent networks, the RNTK).

* ``data``: synthetic sines and chirps of varying frequency, phase, noise and length, and
  the UCR / UEA sets that ``aeon`` bundles (loaded by aeon's own loaders, offline), all in
  the padded format of :mod:`ntk_core.networks.recurrent`;
* ``classify``: SVM on precomputed kernels (RNTK, MLP NTK, Gaussian, Laplace) with the
  hyperparameters chosen by cross-validation on the training split only.
"""
from .classify import *  # noqa: F401,F403
from .classify import __all__ as _b
from .data import *  # noqa: F401,F403
from .data import __all__ as _a

__all__ = list(_a) + list(_b)

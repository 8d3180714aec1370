"""Infinite-width kernels: analytic NNGP / NTK of the network specs (float64 numpy) and
Monte-Carlo convergence of finite-width NTKs to them.

* ``dual``: dual activations (closed forms, Gaussian quadrature);
* ``recurrent``: the RNTK / NNGP of RNN networks (jitted float64 JAX);
* ``layers``: layer-by-layer kernels of a ``LayerNet`` (residual, LayerNorm, pooling);
* ``analytic``: MLP and CNN recursions (:func:`analytic_kernels`, which dispatches a
  ``LayerNet`` to ``layers``);
* ``convergence``: mean empirical NTK of many finite nets against the analytic one.
"""
from .analytic import *  # noqa: F401,F403
from .analytic import __all__ as _analytic_all
from .convergence import *  # noqa: F401,F403
from .convergence import __all__ as _convergence_all
from .dual import CLOSED_FORM_ACTIVATIONS, activation_numpy, dual_activation
from .layers import NoAnalyticKernel, analytic_support, layer_net_kernels
from .recurrent import rnn_kernels, rnn_support

__all__ = list(_analytic_all) + list(_convergence_all) + [
    "CLOSED_FORM_ACTIVATIONS", "activation_numpy", "dual_activation", "NoAnalyticKernel",
    "analytic_support", "layer_net_kernels", "rnn_kernels", "rnn_support"]

"""Training dynamics: real gradient descent against the NTK's linearised prediction.

Setting (Jacot et al. 2018; Lee et al. 2019; Chizat, Oyallon & Bach 2019)
-------------------------------------------------------------------------
A network ``f(theta, x) in R^O`` (an :class:`~ntk_core.specs.MLPSpec` or ``CNNSpec``) is
trained by full-batch gradient descent on ``n`` training pairs ``(x_i, y_i)``. The model
whose outputs are compared is

    g(theta, x) = alpha * (f(theta, x) - c * f(theta_0, x)),   c = 1 if centred else 0,

(``alpha = 1``, ``c = 0`` is the plain network) and the objective is Chizat et al.'s
rescaled squared loss

    L(theta) = 1 / (2 n alpha^2) * sum_i ||g(theta, x_i) - y_i||^2.          (loss normalisation)

The *reported* train / test losses are ``1/(2 n) sum ||g - y||^2`` (no ``alpha^-2``), so that
curves for different ``alpha`` share a scale. With ``J = d f / d theta`` at ``theta_0`` and the
empirical NTK ``Theta = J J^T`` (``[n O, n O]``, outputs flattened example-major), one GD
step ``theta <- theta - eta grad L`` moves the linearised model
``g_lin(theta) = g_0 + alpha J (theta - theta_0)`` by

    g_{t+1} - y = (I - eta Theta / n) (g_t - y),

independently of ``alpha`` (the ``alpha^2`` in ``Theta_g`` cancels the loss's ``alpha^-2``). Hence

* discrete GD (exact for the linearised model):
  ``g_t = g_0 + (I - (I - eta Theta / n)^t) (y - g_0)``;
* gradient flow (the continuous limit, ``t`` counted in steps of size ``eta``):
  ``g_t = g_0 + (I - exp(-eta Theta t / n)) (y - g_0)``;
* test points: ``g_t(X*) = g_0(X*) + Theta(X*, X) phi_t(Theta) (y - g_0)`` with
  ``phi_t(lam) = (1 - (1 - eta lam / n)^t) / lam`` (discrete) or
  ``(1 - exp(-eta lam t / n)) / lam`` (flow), evaluated on the eigenvalues of ``Theta``.
  ``phi_t`` is bounded with limit ``eta t / n`` as ``lam -> 0``, so no ``Theta^-1`` is formed
  and the formula is stable for every ``t`` (also for a singular ``Theta``).

The linear dynamics is stable iff ``eta < eta_crit = 2 n / lambda_max(Theta)`` (i.e.
``eta < 2 / lambda_max(Theta / n)``, the "eta < 2 / lambda_max" of the issue with this loss
normalisation). By default the learning rate is ``lr_fraction * eta_crit`` of the
network's own ``Theta_0``; a fixed ``lr`` above ``eta_crit`` is allowed and flagged
(``TrainingRun.stable``).

Infinite ensembles (:mod:`~ntk_core.dynamics.ensembles`): mean *and covariance* over random
initialisations of the infinitely wide network trained by gradient flow
(:func:`ensemble_predictions`), the NNGP posterior (:func:`nngp_posterior`) and an ensemble
of real finite networks trained by GD (:func:`train_finite_ensemble`).

The infinite-width mean prediction replaces ``Theta`` by the analytic NTK
(:mod:`ntk_core.infinite`, MLPs only) and ``g_0`` by its mean ``0``.

Everything returned is numpy (float64 for the closed forms); the network itself trains in
JAX's default dtype (float32 unless x64 is enabled by the caller).
"""
from .ensembles import (FiniteEnsemble, band, ensemble_gap,  # noqa: E402
                        ensemble_predictions, nngp_posterior, predictive_sd,
                        train_finite_ensemble)
from .linearized import (LINEAR_FORMS, critical_lr, flatten_full_kernel,  # noqa: E402
                         linearized_momentum_predictions, linearized_predictions,
                         residual_decay)
from .sweeps import (SWEEP_METRICS, SweepResult, alpha_sweep, loglog_slope,  # noqa: E402
                     merge_sweeps, train_flops, width_sweep)
from .task import TASK_KINDS, RegressionTask, TaskData, make_task  # noqa: E402
from .training import (OPTIMIZERS, TrainConfig, TrainingRun, empirical_ntk_flat,  # noqa: E402
                       infinite_ntk_flat, train)

__all__ = ["FiniteEnsemble", "band", "ensemble_gap", "ensemble_predictions", "nngp_posterior",
           "predictive_sd", "train_finite_ensemble",
           "LINEAR_FORMS", "OPTIMIZERS", "RegressionTask", "SWEEP_METRICS", "SweepResult",
           "TASK_KINDS", "TaskData", "TrainConfig", "TrainingRun", "alpha_sweep",
           "critical_lr", "empirical_ntk_flat", "flatten_full_kernel", "infinite_ntk_flat",
           "linearized_momentum_predictions", "linearized_predictions", "loglog_slope",
           "make_task", "merge_sweeps", "residual_decay", "train", "train_flops", "width_sweep"]

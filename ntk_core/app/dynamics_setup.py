"""The Training dynamics page's settings as library objects (pure, no Streamlit).

One place turns the widget state into the network spec, the regression task and the
training configurations, so the page and the server's warm-up build identical cache keys.
"""
from __future__ import annotations

from .. import dynamics
from . import state as appstate


def training_setup(state: dict):
    """``(spec, task, cfg, sweep_cfg)`` for the widget state (raises SpecError if invalid).

    ``task``: ``dyn_n`` training points of the sidebar's data kind / dimension / seed, 64
    test points, a 121-point grid; ``cfg``: ``dyn_steps`` steps recorded ~30 times;
    ``sweep_cfg``: the same run recording only the end (for the width / alpha sweeps).
    """
    spec = appstate.build_spec(state)
    task = dynamics.RegressionTask(kind=state["data"], d=int(state["dim"]),
                                   n_train=int(state["dyn_n"]), n_test=64, n_grid=121,
                                   freq=float(state["dyn_freq"]), out_dim=int(state["out"]),
                                   seed=int(state["seed"]))
    steps = int(state["dyn_steps"])
    cfg = dynamics.TrainConfig(steps=steps, record_every=max(1, steps // 30),
                               lr_fraction=float(state["dyn_lr"]), optimizer=state["dyn_opt"],
                               alpha=float(state["dyn_alpha"]), center=bool(state["dyn_center"]),
                               linear_form=state["dyn_form"])
    sweep_cfg = dynamics.TrainConfig(steps=steps, record_every=steps,
                                     lr_fraction=cfg.lr_fraction, optimizer=cfg.optimizer,
                                     linear_form=cfg.linear_form)
    return spec, task, cfg, sweep_cfg

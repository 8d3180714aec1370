"""The Ensembles page's computations (no Streamlit here): a 1-D regression (on a line, or
on the unit circle in R^2), the NNGP posterior, the NTK-trained infinite ensemble at every
recorded step and at t = inf, and a finite ensemble of real networks, with the CSV of the
curves and its metadata record.

The learning rate is half the critical step of the analytic NTK, ``eta = n / lambda_max``;
the finite networks take GD steps of that size, and the infinite ensemble is evaluated in
the matching discrete form (:func:`ntk_core.dynamics.ensemble_predictions`).
"""
from __future__ import annotations

import io
import json
import math
from dataclasses import asdict, dataclass

import jax
import numpy as np

from ..dynamics.ensembles import (FiniteEnsemble, ensemble_gap, ensemble_predictions,
                                  nngp_posterior, predictive_sd, train_finite_ensemble)
from ..infinite.analytic import analytic_kernels
from ..networks.specs import MLPSpec

DOMAINS = {"line": "x on the interval [-pi, pi] (1-D input)",
           "circle": "x = (cos a, sin a) on the unit circle (2-D input)"}
TARGETS = {"sin": "sin(freq x)", "step": "sign(sin(freq x))", "abs": "|sin(freq x)|",
           "poly": "x^3/pi^2 - x / 2 (line); cos(freq a) + sin(a)/2 (circle)"}
ACTIVATIONS = ("relu", "erf", "tanh", "gelu")
KEYS = ("ens_dom", "ens_target", "ens_freq", "ens_noise", "ens_n", "ens_depth", "ens_act",
        "ens_width", "ens_members", "ens_steps", "wstd", "bstd", "seed")
N_GRID = 161


@dataclass(frozen=True)
class EnsembleSetup:
    """Everything one computation depends on (small, hashable: the cache key)."""

    dom: str = "line"
    target: str = "sin"
    freq: float = 1.0
    noise: float = 0.1
    n: int = 8
    depth: int = 2
    act: str = "erf"
    width: int = 128
    members: int = 16
    steps: int = 1000
    wstd: float = 1.5
    bstd: float = 0.05
    seed: int = 0

    @classmethod
    def from_state(cls, state: dict) -> "EnsembleSetup":
        return cls(*(type(getattr(cls, f))(state[k]) for f, k in zip(
            ("dom", "target", "freq", "noise", "n", "depth", "act", "width", "members",
             "steps", "wstd", "bstd", "seed"), KEYS)))

    def spec(self, width: int | None = None) -> MLPSpec:
        return MLPSpec(depth=self.depth, width=width or self.width, activation=self.act,
                       W_std=self.wstd, b_std=self.bstd)


def record_steps(steps: int, per_decade: int = 6) -> np.ndarray:
    """``0``, then about ``per_decade`` log-spaced integers per decade up to ``steps``."""
    if steps < 1:
        return np.array([0])
    k = int(math.ceil(per_decade * math.log10(steps))) + 1
    s = np.unique(np.round(np.logspace(0, math.log10(steps), k)).astype(int))
    return np.concatenate([[0], s])


def _target(setup: EnsembleSetup, a: np.ndarray) -> np.ndarray:
    f = setup.freq
    if setup.target == "sin":
        return np.sin(f * a)
    if setup.target == "step":
        return np.sign(np.sin(f * a))
    if setup.target == "abs":
        return np.abs(np.sin(f * a))
    if setup.dom == "line":
        return a ** 3 / np.pi ** 2 - a / 2
    return np.cos(f * a) + 0.5 * np.sin(a)


def _inputs(setup: EnsembleSetup, a: np.ndarray) -> np.ndarray:
    return a[:, None] if setup.dom == "line" else np.stack([np.cos(a), np.sin(a)], axis=1)


def make_data(setup: EnsembleSetup) -> dict:
    """Training and plotting points. ``a`` is the coordinate shown on the x axis (x on the
    line, the angle on the circle); targets are ``_target(a) + noise * N(0, 1)``."""
    rng = np.random.default_rng(setup.seed)
    a_train = np.sort(rng.uniform(-np.pi, np.pi, setup.n))
    y_train = _target(setup, a_train) + setup.noise * rng.standard_normal(setup.n)
    lim = 1.25 * np.pi if setup.dom == "line" else np.pi
    a_grid = np.linspace(-lim, lim, N_GRID)
    return {"a_train": a_train, "y_train": y_train[:, None], "a_grid": a_grid,
            "y_grid": _target(setup, a_grid), "x_train": _inputs(setup, a_train),
            "x_grid": _inputs(setup, a_grid)}


def infinite_study(setup: EnsembleSetup) -> dict:
    """NNGP posterior (observation noise ``noise^2``, plus ``1e-8`` jitter) and the NTK
    ensemble (plain GD, ``diag_reg = 0``) at :func:`record_steps` and ``t = inf`` on the
    plotting grid. Means ``[T, G]``, standard deviations ``[T, G]``; ``lr`` the step."""
    d = make_data(setup)
    spec = setup.spec()
    ktt = analytic_kernels(spec, d["x_train"])
    kgt = analytic_kernels(spec, d["x_grid"], d["x_train"])
    kgg = analytic_kernels(spec, d["x_grid"])
    lam_max = float(np.linalg.eigvalsh(0.5 * (ktt.ntk + ktt.ntk.T))[-1])
    lr = setup.n / lam_max
    steps = record_steps(setup.steps)
    mean, cov = ensemble_predictions(ktt, kgt, kgg, d["y_train"], steps, lr, form="discrete")
    m_inf, c_inf = ensemble_predictions(ktt, kgt, kgg, d["y_train"], [np.inf], lr)
    pm, pc = nngp_posterior(ktt, kgt, kgg, d["y_train"], diag_reg=setup.noise ** 2 + 1e-8)
    sd = predictive_sd
    return {**d, "steps": steps, "lr": lr, "lam_max": lam_max,
            "ntk_mean": mean[..., 0], "ntk_sd": sd(cov), "ntk_cov": cov,
            "inf_mean": m_inf[0, :, 0], "inf_sd": sd(c_inf[0]),
            "post_mean": pm[:, 0], "post_sd": sd(pc)}


def finite_study(setup: EnsembleSetup, inf: dict, progress=None, stop=None) -> dict:
    """The finite ensemble on the plotting grid at :func:`record_steps` (``inf`` from
    :func:`infinite_study` of the same setup; members from ``PRNGKey(seed)``): members'
    outputs ``[S, M, G]``, mean and sd over members, and its gap to the infinite ensemble
    (:func:`ensemble_gap`) with the Monte-Carlo floor of the mean's error."""
    key = jax.random.PRNGKey(setup.seed)
    fe: FiniteEnsemble = train_finite_ensemble(
        setup.spec(), inf["x_train"], inf["y_train"], inf["x_grid"], inf["lr"],
        inf["steps"], setup.members, key, progress=progress, stop=stop)
    s = len(fe.record_steps)
    gap = ensemble_gap(fe, inf["ntk_mean"][:s, :, None], inf["ntk_cov"][:s])
    floor = np.sqrt(np.mean(inf["ntk_sd"][:s] ** 2, axis=1)) / (
        gap["sigma0"] * math.sqrt(setup.members))
    return {"floor": floor, "steps": fe.record_steps, "outputs": fe.outputs[..., 0],
            "mean": fe.mean[..., 0],
            "sd": np.sqrt(fe.var[..., 0]), "stopped": fe.stopped, "diverged": fe.diverged,
            "mean_err": gap["mean_err"], "sd_err": gap["sd_err"]}


def n_params(setup: EnsembleSetup) -> int:
    """Parameters of one member."""
    widths = [1 if setup.dom == "line" else 2] + [setup.width] * setup.depth + [1]
    return sum(a * b + b for a, b in zip(widths[:-1], widths[1:]))


def train_flops(setup: EnsembleSetup) -> float:
    """Rough cost of training the finite ensemble: 6 x parameters x points x steps x members."""
    params = n_params(setup)
    points = setup.n + N_GRID * len(record_steps(setup.steps)) / max(setup.steps, 1)
    return 6.0 * params * points * setup.steps * setup.members


def curves_csv(setup: EnsembleSetup, inf: dict, fin: dict | None, i: int) -> bytes:
    """CSV of the curves at record step ``inf["steps"][i]``: one row per grid point, with
    the metadata record (:func:`metadata`) as ``#`` comment lines on top."""
    cols = {"coordinate": inf["a_grid"], "target": inf["y_grid"],
            "nngp_posterior_mean": inf["post_mean"], "nngp_posterior_sd": inf["post_sd"],
            "ntk_ensemble_mean": inf["ntk_mean"][i], "ntk_ensemble_sd": inf["ntk_sd"][i],
            "ntk_ensemble_inf_mean": inf["inf_mean"], "ntk_ensemble_inf_sd": inf["inf_sd"]}
    if fin is not None and i < len(fin["steps"]):
        cols.update({"finite_ensemble_mean": fin["mean"][i], "finite_ensemble_sd": fin["sd"][i]})
    buf = io.StringIO()
    for k, v in metadata(setup, inf, int(inf["steps"][i])).items():
        buf.write(f"# {k}: {json.dumps(v)}\n")
    buf.write(",".join(cols) + "\n")
    np.savetxt(buf, np.column_stack(list(cols.values())), delimiter=",", fmt="%.10g")
    return buf.getvalue().encode()


def metadata(setup: EnsembleSetup, inf: dict, step: int) -> dict:
    """What produced the curves: the setup, the step shown, the learning rate, the
    training points and the conventions."""
    return {"setup": asdict(setup), "step": step, "learning_rate": inf["lr"],
            "loss": "1/(2n) sum_i (f(x_i) - y_i)^2, full-batch GD",
            "nngp_observation_noise_variance": setup.noise ** 2,
            "parameterization": "ntk", "domain": DOMAINS[setup.dom],
            "target": TARGETS[setup.target],
            "train_coordinate": inf["a_train"].round(10).tolist(),
            "train_y": inf["y_train"][:, 0].round(10).tolist()}

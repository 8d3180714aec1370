"""The real-data comparison of Geifman et al. (NeurIPS 2020): NTK (depth 1-3), Laplace,
gamma-exponential (gamma 0.5, 1.5) and Gaussian kernels on real data normalised to the
sphere, with kernel ridge regression and hyperparameters chosen on training folds only.

Data (all bundled with installed packages, nothing downloaded): scikit-learn's iris, wine,
breast_cancer, diabetes, digits; ``palmerpenguins`` (species from the four measurements);
``aeon``'s bundled equal-length UCR/UEA time-series sets, flattened (channels x time; the
unequal-length JapaneseVowels and PickupGestureWiimoteZ are left out: flattening needs one
length). Each set is
z-scored per feature and scaled to unit norm (:func:`.datasets.normalize_to_sphere`), and
subsampled to at most ``max_n`` points (a fixed seed) to bound the ``O(n^3)`` solves.

Protocol: ``folds``-fold cross-validation; inside each training fold, the ridge (and for
the exponential kernels the bandwidth ``c`` of ``exp(-c |x - y|^gamma)`` from a grid
around ``1 / median distance^gamma``) is chosen on a validation split of that fold
(:func:`.regression.kernel_ridge_regression`), the model refit on the whole training fold
and scored on the held-out fold: accuracy (classification) or ``R^2 = 1 - MSE / Var``
(regression). Per set: mean and fold standard deviation per kernel, ranks (1 = best), and
whether the best NTK and the Laplace kernel differ by more than the fold noise (the mean
paired difference over twice its standard error).
"""
from __future__ import annotations

import numpy as np
from scipy.stats import rankdata

from ..infinite.analytic import mlp_kernels
from ..networks.specs import MLPSpec
from .datasets import as_rng, normalize_to_sphere
from .laplace import gamma_exponential_kernel

__all__ = ["KERNELS", "load_table_dataset", "TABLE_DATASETS", "kernel_table", "summarize"]

KERNELS = ("NTK depth 1", "NTK depth 2", "NTK depth 3", "Laplace", "gamma-exp 0.5",
           "gamma-exp 1.5", "Gaussian")
_GAMMA = {"Laplace": 1.0, "gamma-exp 0.5": 0.5, "gamma-exp 1.5": 1.5, "Gaussian": 2.0}
C_FACTORS = (0.25, 1.0, 4.0)  # bandwidth grid around 1 / median distance^gamma

_SKLEARN = ("iris", "wine", "breast_cancer", "diabetes", "digits")
_AEON = {"ArrowHead": "load_arrow_head", "BasicMotions": "load_basic_motions",
         "GunPoint": "load_gunpoint", "ItalyPowerDemand": "load_italy_power_demand",
         "UnitTest": "load_unit_test", "Covid3Month": "load_covid_3month",
         "CardanoSentiment": "load_cardano_sentiment", "ACSF1": "load_acsf1",
         "OSULeaf": "load_osuleaf"}
TABLE_DATASETS = _SKLEARN + ("penguins",) + tuple(_AEON)


def load_table_dataset(name: str):
    """``(x [n, d] raw, target [n], task)`` of a bundled set; task "classification"
    (integer labels) or "regression"."""
    if name in _SKLEARN:
        from sklearn import datasets as skd
        raw = getattr(skd, f"load_{name}")()
        task = "regression" if name == "diabetes" else "classification"
        return np.asarray(raw.data, np.float64), raw.target, task
    if name == "penguins":
        from palmerpenguins import load_penguins
        df = load_penguins().dropna(subset=["bill_length_mm", "bill_depth_mm",
                                            "flipper_length_mm", "body_mass_g"])
        x = df[["bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                "body_mass_g"]].to_numpy(np.float64)
        return x, df["species"].to_numpy(), "classification"
    if name in _AEON:
        import warnings

        import aeon.datasets as ad
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            x, y = getattr(ad, _AEON[name])()
        x = np.asarray(x, np.float64).reshape(len(x), -1)
        task = "regression" if np.issubdtype(np.asarray(y).dtype, np.floating) else \
            "classification"
        return x, y, task
    raise ValueError(f"unknown data set {name!r}; choose one of {TABLE_DATASETS}")


def _targets(y, task):
    if task == "regression":
        y = np.asarray(y, np.float64)
        return (y - y.mean()) / y.std()
    _, labels = np.unique(np.asarray(y), return_inverse=True)
    c = labels.max() + 1
    return np.eye(c)[labels] - 1.0 / c


def _kernel_fns(name, x_train):
    """``[(kernel_fn, note)]`` candidates for one kernel (the bandwidth grid)."""
    if name.startswith("NTK"):
        spec = MLPSpec(depth=int(name[-1]), width=1, activation="relu", W_std=1.5, b_std=0.1)
        return [(lambda a, b, s=spec: mlp_kernels(s, a, b).ntk, "")]
    gamma = _GAMMA[name]
    sq = np.sum(x_train ** 2, 1)
    dist = np.sqrt(np.maximum(sq[:, None] + sq[None] - 2 * x_train @ x_train.T, 0))
    med = float(np.median(dist[np.triu_indices(len(x_train), 1)])) or 1.0
    return [(lambda a, b, c=f / med ** gamma: gamma_exponential_kernel(a, b, c=c, gamma=gamma),
             f"c={f / med ** gamma:.3g}") for f in C_FACTORS]


def kernel_table(name: str, *, folds: int = 4, max_n: int = 500, key: int = 0,
                 kernels=KERNELS) -> dict:
    """Scores ``{kernel: [folds]}`` of every kernel on data set ``name`` (see module doc),
    with ``n``, ``d``, ``task``."""
    from .regression import kernel_ridge_regression

    x, y, task = load_table_dataset(name)
    rng = as_rng(key)
    if len(x) > max_n:
        keep = np.sort(rng.permutation(len(x))[:max_n])
        x, y = x[keep], np.asarray(y)[keep]
    x = normalize_to_sphere(x)
    t = _targets(y, task)
    cls = task == "classification"
    fold_of = rng.permutation(len(x)) % folds
    scores = {k: [] for k in kernels}
    for f in range(folds):
        tr, te = np.where(fold_of != f)[0], np.where(fold_of == f)[0]
        for kname in kernels:
            best = None
            for fn, _ in _kernel_fns(kname, x[tr]):
                r = kernel_ridge_regression(fn, x[tr], t[tr], x[te], t[te], key=key + f,
                                            classification=cls)
                val = float(np.nanmin(r.val_mse))
                if best is None or val < best[0]:
                    best = (val, r)
            r = best[1]
            scores[kname].append(r.test_accuracy if cls else 1.0 - r.test_rel_mse)
    return {"name": name, "n": len(x), "d": x.shape[1], "task": task,
            "metric": "accuracy" if cls else "R^2",
            "scores": {k: np.asarray(v) for k, v in scores.items()}}


def summarize(results) -> dict:
    """Per set: mean / std per kernel, ranks; overall mean rank per kernel, and the count of
    sets where the best NTK and Laplace differ by more than the fold noise."""
    rows, ranks, differ = [], [], 0
    for res in results:
        names = list(res["scores"])
        means = np.array([res["scores"][k].mean() for k in names])
        rank = rankdata(-means)  # ties share their mean rank
        ntk = [k for k in names if k.startswith("NTK")]
        best_ntk = max(ntk, key=lambda k: res["scores"][k].mean())
        diff = res["scores"][best_ntk] - res["scores"]["Laplace"]
        se = diff.std(ddof=1) / np.sqrt(len(diff)) if len(diff) > 1 else np.inf
        big = bool(abs(diff.mean()) > 2 * se) if se > 0 else bool(abs(diff.mean()) > 0)
        differ += big
        ranks.append(rank)
        rows.append({"data": res["name"], "n": res["n"], "d": res["d"],
                     "metric": res["metric"],
                     **{k: float(m) for k, m in zip(names, means)},
                     "best NTK - Laplace": float(diff.mean()), "beyond fold noise": big})
    mean_rank = dict(zip(list(results[0]["scores"]), np.mean(ranks, 0))) if results else {}
    return {"rows": rows, "mean_rank": {k: float(v) for k, v in mean_rank.items()},
            "ntk_laplace_differ": differ, "n_sets": len(results)}

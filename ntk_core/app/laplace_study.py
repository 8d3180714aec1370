"""The Laplace-kernel page's computations: the ReLU NTK on the sphere against fitted
Laplace / gamma-exponential kernels (curves, Funk-Hecke spectra, Gram spectra on and off the
sphere) and kernel ridge regression with each kernel (no Streamlit here)."""
from __future__ import annotations

import math

import numpy as np

from ..infinite import analytic as infinite
from ..finite.precision import machine_eps, precision_floor
from ..networks.specs import MLPSpec
from ..sphere import datasets, laplace, regression, spectra as sphere
from .compute import digits

# ----------------------------------------------------------------------------- Laplace


def laplace_spec(state: dict):
    """The page's network: a bias-free-by-default ReLU MLP of depth ``lap_depth``."""
    return MLPSpec(depth=int(state["lap_depth"]), width=1, activation="relu",
                   W_std=float(state["wstd"]), b_std=float(state["lap_bias"]))


def sphere_target(x: np.ndarray, seed: int = 0) -> np.ndarray:
    """A smooth regression target on the sphere (low-degree harmonics plus a kink) + noise."""
    rng = np.random.default_rng(seed + 1)
    y = x[:, 0] * x[:, 1] + np.sin(3 * x[:, -1]) + 0.5 * np.abs(x[:, 0])
    return (y + 0.05 * rng.standard_normal(len(x))).astype(np.float64)


def laplace_study(state: dict, k_max: int = 100, k_fit: tuple = (10, 100)) -> dict:
    """NTK vs fitted Laplace / gamma-exponential kernels on S^(d-1) and off it.

    Returns plain arrays/dicts: ``angle_deg``, ``curves`` (normalised kernels vs angle),
    ``fits`` (per model: c, gamma, a, b, residual), ``spectra`` (per kernel: degrees,
    eigenvalues, fitted exponent), ``gram`` (Gram-matrix spectra on and off the sphere)
    and ``pairs`` (NTK vs Laplace entries on and off the sphere).
    """
    d = int(state["lap_dim"])
    spec = laplace_spec(state)

    def ntk_u(u):
        return infinite.mlp_kernel_on_sphere(spec, u, d).ntk

    models = ["laplace", "affine_laplace"] + (["gamma_exponential"] if state["lap_gamma"] else [])
    fits = {m: laplace.fit_kernel_on_sphere(ntk_u, d, m) for m in models}
    scale = fits["laplace"].scale
    theta = np.linspace(0, np.pi, 181)
    u = np.cos(theta)
    r = np.sqrt(np.maximum(2 - 2 * u, 0))
    curves = {"NTK (normalised)": ntk_u(u) / scale}
    fns = {"NTK": lambda t: ntk_u(t) / scale}
    for m, f in fits.items():
        name = {"laplace": "Laplace", "affine_laplace": "a·Laplace + b",
                "gamma_exponential": f"gamma-exp (gamma={f.gamma:.2f})"}[m]
        curves[f"{name} fit"] = f.a * np.exp(-f.c * r ** f.gamma) + f.b
        if m != "affine_laplace":
            fns[name] = (lambda t, f=f: laplace.gamma_exponential_of_u(t, c=f.c, gamma=f.gamma))
    spectra = {}
    for name, fn in fns.items():
        sp = sphere.funk_hecke_eigenvalues(fn, d, k_max)
        try:
            fit = sphere.fit_decay_exponent(sp, *k_fit)
            expo, pref, note = fit.exponent, fit.prefactor, fit.note
        except ValueError as e:
            expo, pref, note = math.nan, math.nan, str(e)
        keep = (sp.eigenvalues > 0) & ~sp.zero_degrees
        spectra[name] = {"k": sp.degrees[keep], "lam": sp.eigenvalues[keep], "exponent": expo,
                         "prefactor": pref, "note": note or sp.note}
    # Gram matrices on n sphere points and on the same directions at other radii.
    n, seed = int(state["lap_ntrain"]), int(state["seed"])
    x_on = datasets.sample_sphere(seed, n, d)
    rad = float(state["lap_radius"])
    x_off = datasets.push_off_sphere(seed + 1, x_on, radius_range=(max(1 - rad, 0.05), 1 + rad))
    c = fits["laplace"].c
    gram, pairs = {}, {}
    iu = np.triu_indices(n, 1)
    for where, x in (("on sphere", x_on), ("off sphere", x_off)):
        k_ntk = infinite.mlp_kernels(spec, x).ntk / scale
        k_lap = laplace.laplace_kernel(x, c=c)
        gram[f"NTK, {where}"] = sphere.empirical_spectrum(k_ntk)
        gram[f"Laplace, {where}"] = sphere.empirical_spectrum(k_lap)
        pairs[where] = (k_lap[iu][:4000], k_ntk[iu][:4000])
    return {"d": d, "angle_deg": np.degrees(theta), "curves": curves,
            "fits": {m: {"c": f.c, "gamma": f.gamma, "a": f.a, "b": f.b,
                         "residual": f.residual, "max_abs_error": f.max_abs_error}
                     for m, f in fits.items()},
            "spectra": spectra, "gram": gram, "pairs": pairs, "scale": scale,
            # analytic kernels are float64: each Gram spectrum's precision floor
            "gram_floor": {k: precision_floor(ev[0], n, machine_eps(np.float64))
                           for k, ev in gram.items()}}


def real_digits(seed: int = 0, n: int = 600):
    """scikit-learn's 8x8 digits (a subsample of ``n``) normalised to S^63, as a
    :class:`ntk_core.datasets.RealDataset` for 10-class kernel regression."""
    imgs, labels = digits(n, seed)
    x = datasets.normalize_to_sphere(imgs.reshape(len(imgs), -1).astype(np.float64))
    y = np.eye(10)[labels] - 0.1
    return datasets.RealDataset(x, y, labels, "classification", "digits",
                                "sklearn.datasets.load_digits (UCI)")


def laplace_regression(state: dict, fits: dict) -> list[dict]:
    """Kernel ridge regression with the NTK and the fitted kernels, on sphere data (a
    smooth target) and on a real data set normalised to the sphere. Rows of a table."""
    spec = laplace_spec(state)
    seed, d, n = int(state["seed"]), int(state["lap_dim"]), int(state["lap_ntrain"])
    kernels = {"NTK (analytic)": regression.ntk_kernel_fn(spec)}
    kernels["Laplace (fitted c)"] = regression.gamma_exponential_kernel_fn(fits["laplace"]["c"], 1.0)
    if "gamma_exponential" in fits:
        g = fits["gamma_exponential"]
        kernels[f"gamma-exp (gamma={g['gamma']:.2f})"] = \
            regression.gamma_exponential_kernel_fn(g["c"], g["gamma"])
    x = datasets.sample_sphere(seed + 7, n, d)
    if state["lap_real"] == "digits":
        real = real_digits(seed)
    else:
        real = datasets.load_real_dataset(state["lap_real"])
    rows = []
    for label, xx, yy, cls in ((f"sphere S^{d - 1}, N={n}", x, sphere_target(x, seed), False),
                               (f"{real.name} ({real.task}, N={len(real.x)})", real.x, real.y,
                                real.task == "classification")):
        res = regression.compare_kernels(kernels, xx, yy, key=seed, classification=cls)
        for name, r in res.items():
            rows.append({"data": label, "kernel": name, "test MSE": r.test_mse,
                         "relative test MSE": r.test_rel_mse,
                         "test accuracy": r.test_accuracy if cls else math.nan,
                         "chosen ridge": r.ridge})
    return rows

"""Self-describing downloads: the record of what produced a file (pure, no Streamlit).

Every file the app offers carries :func:`record`: the inputs (their generator and
seed, or the bundled data set), the network (its label, architecture settings, W_std,
b_std, parameterisation, layer code), the method, output mode and precision, every
other setting of the view, and the versions of the software, so the numbers can be
reproduced from the file alone.
"""
from __future__ import annotations

import json
import platform
from importlib import metadata as _md

from . import state as appstate


def versions() -> dict:
    """Python and the packages the numbers depend on."""
    out = {"python": platform.python_version()}
    for pkg in ("ntk-explorer", "jax", "jaxlib", "numpy", "scipy", "scikit-learn"):
        try:
            out[pkg] = _md.version(pkg)
        except _md.PackageNotFoundError:
            continue
    return out


def describe_inputs(state: dict) -> dict:
    """How the inputs are made (see ntk_core.app.compute.make_inputs)."""
    kind = state["data"]
    how = {"sphere": "ntk_core.sphere.datasets.sample_sphere(seed, n, dim): uniform on "
                     "S^(dim-1)",
           "circle": "ntk_core.sphere.datasets.great_circle(n, dim, key=seed): equally "
                     "spaced on a random great circle",
           "digits": "scikit-learn load_digits, images / 16, permutation "
                     "numpy.random.default_rng(seed), first n",
           "synthetic": "standard normal images (numpy default_rng(seed)) blurred twice "
                        "by a 5-point stencil, unit std per image",
           "sines": "ntk_core.sequences.data.synthetic_sequences(seed, n, min_len=dim, "
                    "max_len=dim): sines and chirps, dim steps each"}[kind]
    keys = ("data", "n", "seed") + (("dim",) if kind in ("sphere", "circle", "sines") else ()) + \
        (("img",) if kind == "synthetic" else ())
    return {"generator": how, **{k: state[k] for k in keys}}


def describe_network(state: dict) -> dict:
    keys = ("arch", "act", "wstd", "bstd", "param", "out", "init") + \
        {"MLP": ("depth", "width"), "Layers": ("layers",)}.get(
            state["arch"], ("nconv", "readout") + tuple(
                f"c{i}_{p}" for i in range(1, int(state["nconv"]) + 1)
                for p in ("ch", "f", "s", "p")))
    names = {"wstd": "W_std", "bstd": "b_std", "param": "parameterization",
             "act": "activation", "out": "outputs O", "init": "weight_init"}
    return {"label": appstate.spec_label(state), **{names.get(k, k): state[k] for k in keys}}


def record(state: dict, page: str = "", extra: dict | None = None) -> dict:
    """The metadata record of a download made on ``page`` in widget state ``state``."""
    rec = {"app": "NTK Explorer", "page": page,
           "inputs": describe_inputs(state), "network": describe_network(state),
           "method": state.get("method"), "output_mode": state.get("mode"),
           "precision": state.get("prec", "float32"),
           "trace_convention": "output mode 'trace' is the MEAN over the O outputs of the "
                               "diagonal of each O x O block (neural-tangents' convention)",
           "settings": {k: state[k] for k in sorted(state) if k in appstate.DEFAULTS},
           "link": appstate.preset_url(appstate.Preset("", "", page, {
               k: v for k, v in state.items()
               if k in appstate.DEFAULTS and v != appstate.DEFAULTS[k]}, "")),
           "versions": versions()}
    if extra:
        rec.update(extra)
    return rec


def to_json(rec: dict) -> str:
    return json.dumps(rec, indent=1, default=str)

"""Pure-Python state for the web app: widget defaults, presets, server limits, guardrails.

Nothing here imports Streamlit or runs JAX, so it is cheap to import and easy to test.

* :data:`DEFAULTS` lists every URL-bound widget key of the app with its default value;
  the pages create their widgets with these keys (``bind="query-params"``), so the URL
  holds the full view state and a link reopens it.
* :data:`PRESETS` are lecture presets: a page plus the non-default widget values;
  :func:`preset_url` turns one into a link.
* :data:`LIMITS` is the single place where the server's limits live (override with the
  environment variables named in :class:`Limits`).
* :func:`build_spec` turns widget values into an ``MLPSpec`` / ``CNNSpec``; the checks of
  values and requests (the guardrails) live in :mod:`ntk_core.app.validation`.
"""
from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass
from urllib.parse import urlencode

from ..networks.net import LayerNet
from ..networks.specs import ACTIVATIONS, CNNSpec, ConvLayer, MLPSpec, SpecError
from . import layers_state

MAX_CONV_LAYERS = 4
DATA_KINDS = {
    "sphere": "points on the sphere S^(d-1)",
    "circle": "great circle on S^(d-1)",
    "digits": "8x8 handwritten digits (scikit-learn)",
    "synthetic": "synthetic smooth images",
    "sines": "sines and chirps of d steps (sequences; an RNN reads them step by step)",
}
IMAGE_DATA = ("digits", "synthetic")
OUTPUT_MODES = {
    "trace": "mean of the diagonal of each O x O block -> [N, N]",
    "full": "every O x O block -> [N O, N O]",
    "diagonal": "only the N blocks Theta(x_i, x_i) -> [N, O, O]",
}
LAPLACE_KEYS = ("lap_depth", "lap_bias", "lap_dim", "lap_gamma", "lap_radius", "lap_ntrain",
                "lap_real", "wstd", "seed")
REAL_DATA = ("digits", "diabetes", "breast_cancer", "wine", "iris")
RECURRENT_KEYS = ("rnn_data", "rnn_n", "rnn_minlen", "rnn_maxlen", "rnn_noise", "rnn_act",
                  "rnn_wstd", "rnn_ustd", "rnn_bstd", "rnn_readout", "rnn_width", "seed")
RNN_DATA = ("sines", "GunPoint", "ItalyPowerDemand", "ArrowHead", "BasicMotions",
            "JapaneseVowels", "PickupGestureWiimoteZ")   # sines + aeon's bundled UCR sets
SCALE_KEYS = ("sc_data", "sc_n", "sc_dim", "sc_depth", "sc_m", "wstd", "seed")
# Pages that build their own network and data: the only sidebar controls they read.
SIDEBAR_USED = {"laplace": ("W_std", "Seed"), "scale": ("W_std", "Seed"), "recurrent": ("Seed",)}
SIDEBAR_USED["ensembles"] = ("W_std", "b_std", "Seed")
SWEEP_VARS = {"width": "width", "n": "N (inputs)", "out": "O (outputs)", "depth": "depth"}
SWEEP_DEFAULTS = {"width": "32,64,128,256,512", "n": "4,8,16,32,64", "out": "1,2,4,8",
                  "depth": "1,2,3,4,6"}


def sweep_state(state: dict, var: str, value: int) -> dict:
    """The state with one sweep variable set (CNN width = channels of every layer)."""
    s = dict(state)
    if var == "width" and s["arch"] == "Layers":
        s["layers"] = layers_state.code_with_width(s["layers"], value)
    elif var == "width" and s["arch"] == "CNN":
        for i in range(1, int(s["nconv"]) + 1):
            s[f"c{i}_ch"] = int(value)
    elif var == "depth" and s["arch"] == "Layers":
        s["layers"] = layers_state.code_with_depth(s["layers"], value)
    elif var == "depth" and s["arch"] == "CNN":
        s["nconv"] = min(int(value), MAX_CONV_LAYERS)
    else:
        s[var] = int(value)
    return s

PRECISIONS = {"float32": "single precision (fast; eigenvalues resolved to ~1e-7 lambda_max N)",
              "float64": "double precision (JAX x64 for this computation only; ~2x time "
                         "and memory)"}
ALIGNMENTS = {"centred": "centred kernel alignment (Cortes et al. 2012): kernels centred "
                         "in feature space first, so a shared constant offset does not count",
              "uncentred": "<K1, K2> / (|K1| |K2|) (Cristianini et al. 2001)"}

# Every widget key the app binds to the URL, with its default value. Widgets are created
# with exactly these keys; a default here is also the widget's default.
DEFAULTS: dict[str, object] = {
    # network (sidebar, shared by all pages)
    "arch": "MLP", "depth": 2, "width": 256, "act": "relu", "wstd": 1.5, "bstd": 0.05,
    "param": "ntk", "out": 1, "nconv": 2, "readout": "gap",
    # the Layers default fits the default data (points on the sphere) and images alike
    "layers": layers_state.LAYER_PRESETS["MLP"][0],
    # data (sidebar)
    "data": "sphere", "dim": 3, "n": 64, "img": 8, "seed": 0,
    # Build & compute
    "method": "auto", "mode": "trace",
    # Compare
    "cmp_methods": False, "cmp_align": "centred",
    # finite-width NTK arithmetic (Build & compute, Compare)
    "prec": "float32",
    # Methods & cost
    "sweep": "width", "sweep_vals": "", "sweep_reps": 1,
    # Infinite width
    "inf_widths": "64,128,256,512", "inf_seeds": 4, "inf_n": 16,
    # Laplace kernel
    "lap_depth": 2, "lap_bias": 0.0, "lap_dim": 3, "lap_gamma": True, "lap_radius": 0.5,
    "lap_ntrain": 256, "lap_real": "digits",
    # Scale (random features vs exact kernels)
    "sc_data": "sphere", "sc_n": 2000, "sc_dim": 5, "sc_depth": 2, "sc_m": 1024,
    # Training dynamics
    "dyn_n": 8, "dyn_freq": 2.0, "dyn_steps": 300, "dyn_lr": 0.5, "dyn_opt": "gd",
    "dyn_alpha": 1.0, "dyn_center": False, "dyn_form": "discrete",
    "dyn_widths": "16,64,256,1024", "dyn_alphas": "1,4,16", "dyn_seeds": 1, "dyn_sweep": True,
    # weight initialisation (sidebar) and its comparisons (Infinite width, Training dynamics)
    "init": "gaussian", "inf_cmp_init": False, "dyn_cmp_init": False, "dyn_target": 0.01,
    # Recurrent (RNN, RNTK)
    "rnn_data": "sines", "rnn_n": 16, "rnn_minlen": 10, "rnn_maxlen": 30, "rnn_noise": 0.1,
    "rnn_act": "relu", "rnn_wstd": 1.0, "rnn_ustd": 1.0, "rnn_bstd": 0.1, "rnn_readout": "last",
    "rnn_width": 256,
}
# Ensembles (NNGP posterior, NTK-trained infinite ensemble, finite ensemble)
DEFAULTS.update({"ens_dom": "line", "ens_target": "sin", "ens_freq": 1.0, "ens_noise": 0.1,
                 "ens_n": 8, "ens_depth": 2, "ens_act": "erf", "ens_width": 128,
                 "ens_members": 16, "ens_steps": 1000, "ens_t": 1000, "ens_finite": True})
for _i in range(1, MAX_CONV_LAYERS + 1):
    DEFAULTS.update({f"c{_i}_ch": 16, f"c{_i}_f": 3, f"c{_i}_s": 1, f"c{_i}_p": "SAME"})

NETWORK_KEYS = ("arch", "depth", "width", "act", "wstd", "bstd", "param", "out", "nconv",
                "readout") + tuple(f"c{i}_{p}" for i in range(1, MAX_CONV_LAYERS + 1)
                                   for p in ("ch", "f", "s", "p")) + ("layers",) + ("init",)
ARCHS = ("MLP", "CNN", "Layers")
DATA_KEYS = ("data", "dim", "n", "img", "seed")


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """What one request may cost on this server (environment variables in brackets)."""

    max_memory_bytes: float = _env_float("NTK_APP_MAX_MEMORY_GB", 2.0) * 2**30  # [NTK_APP_MAX_MEMORY_GB]
    max_time_s: float = _env_float("NTK_APP_MAX_TIME_S", 30.0)  # [NTK_APP_MAX_TIME_S]
    max_n: int = int(_env_float("NTK_APP_MAX_N", 2048))  # [NTK_APP_MAX_N]
    max_width: int = int(_env_float("NTK_APP_MAX_WIDTH", 16384))  # [NTK_APP_MAX_WIDTH]
    max_depth: int = 12
    max_out: int = 64
    max_dim: int = 256
    max_channels: int = 512
    max_image: int = 32
    device_slots: int = int(_env_float("NTK_APP_DEVICE_SLOTS", 1))  # [NTK_APP_DEVICE_SLOTS]
    # Requests predicted to take less than this run beside the heavy ones, not behind them.
    light_s: float = _env_float("NTK_APP_LIGHT_S", 1.0)  # [NTK_APP_LIGHT_S]
    max_compare: int = int(_env_float("NTK_APP_MAX_COMPARE", 8))  # [NTK_APP_MAX_COMPARE]
    # Scale page: N x m random-feature entries (float32: 4 bytes each).
    max_feature_entries: int = int(_env_float("NTK_APP_MAX_FEATURE_ENTRIES", 1.2e8))  # [NTK_APP_MAX_FEATURE_ENTRIES]
    # Rough sustained float32 throughput used when ntk_core.finite.cost is not available.
    cpu_flops_per_s: float = _env_float("NTK_APP_CPU_FLOPS", 1e10)
    gpu_flops_per_s: float = _env_float("NTK_APP_GPU_FLOPS", 2e12)


LIMITS = Limits()


# ----------------------------------------------------------------------------- presets
@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    page: str  # url_path of the page it opens
    values: dict
    blurb: str
    # Compare: the stored configurations it opens with (encode_config codes, ``cmp`` in the URL)
    stored: tuple[str, ...] = ()

    def url(self) -> str:
        return preset_url(self)


PRESETS: tuple[Preset, ...] = (
    Preset("spectrum", "1. A ReLU MLP's NTK on the sphere", "build",
           {"depth": 2, "width": 256, "n": 64, "dim": 3},
           "The default two-hidden-layer ReLU network on 64 points of S^2: heatmap and spectrum."),
    Preset("circle", "2. Kernel along a great circle", "build",
           {"data": "circle", "n": 96, "depth": 3, "width": 512},
           "Inputs on a great circle: the NTK depends only on the angle (a circulant matrix)."),
    Preset("cnn_digits", "3. A CNN on handwritten digits", "build",
           {"arch": "CNN", "data": "digits", "n": 32, "out": 2, "mode": "full"},
           "Two SAME conv layers with global average pooling on 8x8 digits, 2 outputs."),
    Preset("cost", "4. Which algorithm is cheapest?", "methods",
           {"sweep": "width", "out": 4, "n": 16},
           "Jacobian contraction vs NTK-vector products vs structured derivatives as width grows."),
    Preset("infinite", "5. Approach to infinite width", "infinite",
           {"inf_widths": "32,64,128,256,512,1024", "inf_seeds": 4},
           "Finite-width kernels converge to the analytic NTK at rate 1/sqrt(width)."),
    Preset("laplace", "6. The NTK is (almost) a Laplace kernel", "laplace",
           {"lap_depth": 2, "lap_dim": 3},
           "Same eigenvalue decay k^(-d) on the sphere; off the sphere they differ."),
    Preset("init_lazy", "7. Orthogonal init in the lazy regime", "training_dynamics",
           {"width": 512, "act": "tanh", "dyn_n": 16, "dyn_steps": 300, "dyn_lr": 0.5,
            "dyn_cmp_init": True, "dyn_sweep": False, "dyn_target": 0.001},
           "Wide NTK-parameterized net: Gaussian and orthogonal weights train alike, the NTK "
           "barely moves (Huang et al.)."),
    Preset("init_deep", "8. Orthogonal init outside the lazy regime", "training_dynamics",
           {"depth": 12, "width": 32, "act": "tanh", "wstd": 1.0, "bstd": 0.0,
            "param": "standard", "dyn_n": 16, "dyn_steps": 400, "dyn_lr": 0.9,
            "dyn_cmp_init": True, "dyn_sweep": False, "dyn_target": 0.001},
           "Deep, narrow tanh net near criticality, eta near eta_crit: the NTK moves and the "
           "two inits part ways."),
    Preset("init_infinite", "9. Orthogonal vs Gaussian: the same infinite-width NTK", "infinite",
           {"inf_widths": "64,256,1024", "inf_seeds": 3, "inf_cmp_init": True},
           "Both inits approach one analytic kernel at rate 1/sqrt(width)."),
    Preset("ens_nngp_ntk", "10. NNGP vs NTK posterior", "ensembles",
           {"ens_finite": False, "ens_n": 6, "ens_noise": 0.05, "ens_steps": 5000, "ens_t": 5000},
           "Bayesian NNGP posterior against the ensemble trained by gradient flow: both bands "
           "pinch at the data, but they are different Gaussian processes."),
    Preset("ens_finite", "11. A finite ensemble matches the infinite one", "ensembles",
           {"ens_dom": "circle", "ens_target": "sin", "ens_freq": 2.0, "ens_depth": 1,
            "ens_act": "relu", "ens_width": 512, "ens_members": 32, "ens_steps": 300,
            "ens_t": 300},
           "32 real ReLU networks of width 512 trained by gradient descent: their mean and "
           "spread follow the infinite ensemble's band."),
)
PRESETS_BY_NAME = {p.name: p for p in PRESETS}


def preset_url(preset: Preset, base: str = "") -> str:
    """Relative (or ``base``-prefixed) URL that opens the preset's page in its state."""
    query = urlencode([(k, encode_value(v)) for k, v in preset.values.items()]
                      + [("cmp", c) for c in preset.stored])
    return f"{base.rstrip('/')}/{preset.page}" + (f"?{query}" if query else "")


def encode_value(v) -> str:
    """How a widget value appears in the URL (Streamlit's bound widgets use the same)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def state_with(values: dict | None = None) -> dict:
    """Full widget state: defaults updated with ``values``."""
    state = dict(DEFAULTS)
    if values:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise KeyError(f"unknown state keys {sorted(unknown)}")
        state.update(values)
    return state


# ----------------------------------------------------------------------------- specs
def conv_layers(state: dict) -> tuple[ConvLayer, ...]:
    n = int(state["nconv"])
    return tuple(ConvLayer(int(state[f"c{i}_ch"]), int(state[f"c{i}_f"]), int(state[f"c{i}_s"]),
                           str(state[f"c{i}_p"])) for i in range(1, n + 1))


def build_spec(state: dict) -> MLPSpec | CNNSpec | LayerNet:
    """The network the widgets describe (raises SpecError with a readable message)."""
    init = state.get("init", "gaussian")
    if state["arch"] == "Layers":
        net = layers_state.build_net(state)
        return net if init == "gaussian" else dataclasses.replace(net, weight_init=init)
    common = dict(activation=state["act"], W_std=float(state["wstd"]), b_std=float(state["bstd"]),
                  parameterization=state["param"], out_dim=int(state["out"]), weight_init=init)
    if state["arch"] == "MLP":
        return MLPSpec(depth=int(state["depth"]), width=int(state["width"]), **common)
    if state["arch"] == "CNN":
        return CNNSpec(layers=conv_layers(state), readout=state["readout"], **common)
    raise SpecError(f"unknown architecture {state['arch']!r}")


def input_shape(state: dict) -> tuple[int, ...]:
    """Shape of the data the widgets describe, ``[N, d]`` or ``[N, H, W, C]``."""
    n = int(state["n"])
    if state["data"] in IMAGE_DATA:
        size = 8 if state["data"] == "digits" else int(state["img"])
        shape = (n, size, size, 1)
        image = state["arch"] == "CNN" or (state["arch"] == "Layers"
                                           and layers_state.code_wants_image(state["layers"]))
        if not image and state["arch"] == "Layers" \
                and layers_state.code_wants_sequence(state["layers"]):
            return (n, size * size, 1)                 # an RNN reads the pixels in order
        return shape if image else (n, size * size)
    if state["arch"] == "Layers" and layers_state.code_wants_sequence(state["layers"]):
        return (n, int(state["dim"]), 1)               # d steps of one value
    return (n, int(state["dim"]))


def spec_label(state: dict) -> str:
    """Short human label of the network + data, for legends and the Compare page."""
    if state["arch"] == "MLP":
        net = f"MLP {state['depth']}x{state['width']} {state['act']}"
    elif state["arch"] == "Layers":
        net = layers_state.label(state["layers"])
    else:
        chans = "-".join(str(state[f"c{i}_ch"]) for i in range(1, int(state["nconv"]) + 1))
        net = f"CNN {chans} {state['act']} {state['readout']}"
    data = state["data"] if state["data"] in IMAGE_DATA else f"{state['data']} d={state['dim']}"
    return f"{net}, O={state['out']}, {data}, N={state['n']}"


def fmt_bytes(b: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(b) < 1024 or unit == "TiB":
            return f"{b:.3g} {unit}"
        b /= 1024
    return f"{b:.3g} TiB"


def finite_or_none(x: float) -> float | None:
    return x if x is not None and math.isfinite(x) else None


ACTIVATION_NAMES = tuple(ACTIVATIONS)


# ----------------------------------------------------------------------------- configs
CONFIG_KEYS = NETWORK_KEYS + DATA_KEYS + ("method", "mode", "prec")


def _parse_like(default, text: str):
    if isinstance(default, bool):
        return str(text).lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(float(text))
    if isinstance(default, float):
        return float(text)
    return str(text)


def encode_config(state: dict) -> str:
    """Compact URL-safe text of a stored configuration: its non-default values,
    e.g. ``"depth~3,width~512"`` (``"default"`` if none differ)."""
    parts = [f"{k}~{encode_value(state[k])}" for k in CONFIG_KEYS
             if k in state and state[k] != DEFAULTS[k]]
    return ",".join(parts) or "default"


def decode_config(text: str) -> dict:
    """Inverse of :func:`encode_config` (full state of the config keys); ValueError if bad."""
    state = {k: DEFAULTS[k] for k in CONFIG_KEYS}
    if text in ("", "default"):
        return state
    for part in text.split(","):
        k, sep, v = part.partition("~")
        if not sep or k not in state:
            raise ValueError(f"bad stored configuration item {part!r}")
        state[k] = _parse_like(DEFAULTS[k], v)
    return state


# Lecture presets of the Compare, Scale and Training dynamics pages (after encode_config,
# which the Compare preset's stored configurations need).
PRESETS = PRESETS + (
    Preset("compare_depth", "12. Depth and convolutions change the kernel", "compare", {},
           "A 1- and a 4-hidden-layer MLP and a small CNN on the same 32 digits: spectra, "
           "conditioning and centred alignment side by side.",
           stored=tuple(encode_config(state_with({"data": "digits", "n": 32, **v})) for v in (
               {"depth": 1}, {"depth": 4},
               {"arch": "Layers", "layers": layers_state.LAYER_PRESETS["CNN"][0]}))),
    Preset("scale", "13. Kernel regression on 20,000 points", "scale",
           {"sc_n": 20000, "sc_m": 1024},
           "Random NTK features fit 15,000 training points in seconds; the exact kernel "
           "would need a 15,000 x 15,000 solve."),
    Preset("lazy", "14. Lazy training and the critical learning rate", "training_dynamics",
           {"dyn_lr": 1.2, "dyn_sweep": False},
           "Above eta_crit = 2n / lambda_max the linearised model diverges along the top "
           "eigenvector of the NTK."),
)
PRESETS_BY_NAME = {p.name: p for p in PRESETS}

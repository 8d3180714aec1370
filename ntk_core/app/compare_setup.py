"""What the Compare page opens with and what it adds in one click (pure, no Streamlit).

The default comparison is the lecture's architecture question on one data set: a plain
MLP, a ResNet-ish conv net and a small ViT on the same 32 handwritten digits, so their
spectra, conditioning, kernel alignment and each NTK algorithm's time can be read side
by side. Configurations are stored as :func:`ntk_core.app.state.encode_config` codes.
"""
from __future__ import annotations

from . import layers_state
from .state import IMAGE_DATA, decode_config, encode_config, state_with

DEFAULT_DATA = {"data": "digits", "n": 32, "seed": 0}
# name -> widget values (besides the data) of one configuration.
CONFIG_PRESETS: dict[str, dict] = {
    "MLP": {"arch": "MLP", "depth": 2, "width": 256},
    "CNN": {"arch": "Layers", "layers": layers_state.LAYER_PRESETS["CNN"][0]},
    "ResNet": {"arch": "Layers", "layers": layers_state.LAYER_PRESETS["ResNet"][0]},
    "ViT": {"arch": "Layers", "layers": layers_state.LAYER_PRESETS["ViT"][0]},
}
DEFAULT_COMPARISON = ("MLP", "ResNet", "ViT")


def preset_config(name: str, like: dict | None = None) -> str:
    """Code of preset ``name`` on the data of ``like`` (a stored state) when those are
    images, else on :data:`DEFAULT_DATA` (the conv and ViT presets need images)."""
    data = dict(DEFAULT_DATA)
    if like is not None and like.get("data") in IMAGE_DATA:
        data = {k: like[k] for k in ("data", "n", "seed", "img")}
    return encode_config(state_with({**data, **CONFIG_PRESETS[name]}))


def default_comparison() -> list[str]:
    return [preset_config(n) for n in DEFAULT_COMPARISON]


def first_state(codes) -> dict | None:
    """The first readable stored state (its data are reused by :func:`preset_config`)."""
    for c in codes:
        try:
            return decode_config(c)
        except ValueError:
            continue
    return None

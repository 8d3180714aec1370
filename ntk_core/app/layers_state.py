"""The layer-list network of the app as one URL parameter (pure Python, no JAX, no Streamlit).

Grammar (tokens separated by spaces; no commas or tildes, so a code fits inside a stored
Compare configuration):

    dense:W                 Dense(W)
    conv:C[:F][:sS][:dD][:valid]   Conv(C, filter F=3, stride S=1, dilation D=1, SAME)
    patch:P:C               PatchEmbed(patch P, channels C)
    attn:H:D                Attention(H heads of dimension D)
    relu | erf | tanh | gelu | identity    Activation
    ln                      LayerNorm
    avgpool:F[:sS][:same]   AvgPool(window F, stride S=F, VALID)
    maxpool:F[:sS][:same]   MaxPool(...)
    gap | flatten           GlobalAvgPool, Flatten
    res[:A] ( ... )         Residual(branch, branch_scale A=1); brackets nest
    rnn:W[:ACT][:wX][:uX][:bX][:mean|:seq]   RNN(W, activation ACT=relu, W_std X=1,
                            U_std X=1, b_std X=0.05, readout last / mean / sequence);
                            the input is then a sequence [T, C] (features: T = d, C = 1)

e.g. a small ResNet ``conv:16 res:0.5 ( relu conv:16 relu conv:16 ) relu gap``.

:func:`parse_layers` never raises: it returns ``(layers, problems)`` with plain-language
problems (and the layers it could read); :func:`encode_layers` is its inverse.
"""
from __future__ import annotations

import math
import re

from ..networks.layers import (LAYER_TYPES, Activation, Attention, AvgPool, Conv, Dense,
                               Flatten, GlobalAvgPool, LayerNorm, MaxPool, PatchEmbed,
                               Residual, n_params, shapes_through)
from ..networks.net import LayerNet, with_width
from ..networks.recurrent import RNN
from ..networks.specs import ACTIVATIONS, SpecError

MAX_LAYERS = 24                 # top-level + nested, per network
MAX_CODE_CHARS = 600
MAX_UNITS = 16384               # width / channels of one layer in the app
# Presets of the builder: name -> (code, what it is).
LAYER_PRESETS: dict[str, tuple[str, str]] = {
    "MLP": ("flatten dense:256 relu dense:256 relu",
            "two hidden ReLU layers of 256 units on the flattened input"),
    "CNN": ("conv:16 relu conv:16 relu gap",
            "two SAME 3x3 conv layers with ReLU, global average pooling"),
    "ResNet": ("conv:16 res:0.5 ( relu conv:16 relu conv:16 ) "
               "res:0.5 ( relu conv:16 relu conv:16 ) avgpool:2 ln relu gap",
               "a conv stem, two pre-activation residual blocks (branch scale 0.5), "
               "average pooling, LayerNorm, ReLU, global average pooling"),
    "RNN": ("rnn:256", "an Elman RNN of 256 ReLU units reading the input as a sequence "
            "(features: one value per step), its last state to the readout"),
    "ViT": ("patch:2:32 res ( ln attn:2:16 ) res ( ln dense:64 gelu dense:32 ) ln gap",
            "2x2 patches embedded in 32 channels, a pre-LN transformer block (2-head "
            "self-attention and a GELU MLP, each with a skip), token average"),
}
# Layer kinds the builder offers to add: label -> code of a typical instance.
ADD_LAYER: dict[str, str] = {
    "Dense (64)": "dense:64", "Conv 3x3 (16)": "conv:16", "ReLU": "relu", "GELU": "gelu",
    "erf": "erf", "tanh": "tanh", "LayerNorm": "ln", "Average pool 2x2": "avgpool:2",
    "Max pool 2x2": "maxpool:2", "Global average pool": "gap", "Flatten": "flatten",
    "Patch embedding 2x2 (32)": "patch:2:32", "Self-attention (2 heads x 16)": "attn:2:16",
    "Residual conv block": "res:0.5 ( relu conv:16 relu conv:16 )",
    "Residual dense block": "res:0.5 ( relu dense:64 relu dense:64 )",
    "Residual attention block": "res ( ln attn:2:16 )",
    "RNN (64)": "rnn:64",
}
_TOKEN = re.compile(r"\(|\)|[^\s()]+")


def _num(text: str, what: str, lo: float, hi: float, integer=True):
    try:
        v = float(text)
    except ValueError:
        raise SpecError(f"{what} must be a number, got {text!r}") from None
    if not math.isfinite(v) or not lo <= v <= hi or (integer and v != int(v)):
        kind = "a whole number" if integer else "a number"
        raise SpecError(f"{what} must be {kind} between {lo:g} and {hi:g}, got {text!r}")
    return int(v) if integer else v


def _layer(tok: str):
    name, *args = tok.lower().split(":")
    if name in ACTIVATIONS and not args:
        return Activation(name)
    simple = {"ln": LayerNorm, "gap": GlobalAvgPool, "flatten": Flatten}
    if name in simple and not args:
        return simple[name]()
    if name == "dense" and len(args) == 1:
        return Dense(_num(args[0], "dense width", 1, MAX_UNITS))
    if name == "patch" and len(args) == 2:
        return PatchEmbed(_num(args[0], "patch size", 1, 32),
                          _num(args[1], "patch channels", 1, MAX_UNITS))
    if name == "attn" and len(args) == 2:
        return Attention(_num(args[0], "attention heads", 1, 64),
                         _num(args[1], "attention head dimension", 1, 1024))
    if name == "conv" and args:
        kw = {"channels": _num(args[0], "conv channels", 1, MAX_UNITS), "padding": "SAME"}
        for a in args[1:]:
            if a in ("same", "valid"):
                kw["padding"] = a.upper()
            elif a[:1] == "s":
                kw["stride"] = _num(a[1:], "conv stride", 1, 8)
            elif a[:1] == "d":
                kw["dilation"] = _num(a[1:], "conv dilation", 1, 8)
            else:
                kw["filter_size"] = _num(a, "conv filter size", 1, 15)
        return Conv(**kw)
    if name in ("avgpool", "maxpool") and args:
        window = _num(args[0], "pool window", 1, 16)
        kw = {"window": window, "stride": window, "padding": "VALID"}
        for a in args[1:]:
            if a in ("same", "valid"):
                kw["padding"] = a.upper()
            elif a[:1] == "s":
                kw["stride"] = _num(a[1:], "pool stride", 1, 16)
            else:
                raise SpecError(f"unknown pool option {a!r} (use sS, same or valid)")
        return (AvgPool if name == "avgpool" else MaxPool)(**kw)
    if name == "rnn" and args:
        return _rnn(args)
    raise SpecError(f"unknown layer {tok!r}; valid layers: {VALID_LAYERS}")


# what the layer-code error lists (the grammar of the module docstring, in short)
VALID_LAYERS = ("dense:W, conv:C[:F][:sS][:dD][:same|valid], patch:P:C, attn:H:D, ln, gap, "
                "flatten, avgpool:K[:sS][:same|valid], maxpool:K[...], res[:SCALE] ( ... ), "
                "rnn:W[:ACT][:wX][:uX][:bX][:mean|seq], "
                "and the activations " + ", ".join(sorted(ACTIVATIONS)))


_RNN_READOUT_CODES = {"mean": "mean", "seq": "sequence"}


def _rnn(args):
    kw = {"width": _num(args[0], "RNN width", 1, MAX_UNITS)}
    for a in args[1:]:
        if a in ACTIVATIONS:
            kw["activation"] = a
        elif a in _RNN_READOUT_CODES:
            kw["readout"] = _RNN_READOUT_CODES[a]
        elif a[:1] in ("w", "u", "b") and a[1:]:
            name = {"w": "W_std", "u": "U_std", "b": "b_std"}[a[0]]
            kw[name] = _num(a[1:], f"RNN {name}", 0 if a[0] == "b" else 0.01, 10, integer=False)
        else:
            raise SpecError(f"unknown RNN option {a!r} (use an activation, wX, uX, bX, mean or seq)")
    return RNN(**kw)


def parse_layers(text) -> tuple[tuple, list[str]]:
    """``(layers, problems)`` for a layer code (see the module docstring). Never raises:
    an unreadable token is skipped and named in ``problems``; an empty list is a problem."""
    problems: list[str] = []
    if not isinstance(text, str):
        return (), [f"the layer list must be text, got {type(text).__name__}"]
    if len(text) > MAX_CODE_CHARS:
        return (), [f"the layer list is longer than {MAX_CODE_CHARS} characters"]
    toks = _TOKEN.findall(text)
    stack: list[list] = [[]]
    opens: list[float] = []
    count = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        i += 1
        low = tok.lower()
        if low == "res" or low.startswith("res:"):
            scale = 1.0
            if low.startswith("res:"):
                try:
                    scale = _num(low[4:], "residual branch scale", 0, 100, integer=False)
                except SpecError as e:
                    problems.append(str(e))
            if i < len(toks) and toks[i] == "(":
                i += 1
                stack.append([])
                opens.append(scale)
            else:
                problems.append(f"{tok!r} must be followed by ( branch layers )")
            continue
        if tok == "(":
            problems.append("a '(' must follow res or res:SCALE")
            stack.append([])
            opens.append(math.nan)
            continue
        if tok == ")":
            if not opens:
                problems.append("a ')' has no matching '('")
                continue
            branch, scale = stack.pop(), opens.pop()
            if not math.isnan(scale):
                stack[-1].append(Residual(tuple(branch), scale))
            continue
        try:
            stack[-1].append(_layer(tok))
            count += 1
        except (SpecError, ValueError, TypeError) as e:
            problems.append(str(e))
    while opens:
        problems.append("a '(' is never closed")
        branch, scale = stack.pop(), opens.pop()
        if not math.isnan(scale):
            stack[-1].append(Residual(tuple(branch), scale))
    layers = tuple(stack[0])
    if count > MAX_LAYERS:
        problems.append(f"{count} layers is more than this server's limit of {MAX_LAYERS}")
    if not layers:
        problems.append("the layer list is empty: add a layer or pick a preset")
    return layers, problems


def encode_layer(l) -> str:
    if isinstance(l, Activation):
        return l.name
    if isinstance(l, Dense):
        return f"dense:{l.width}"
    if isinstance(l, Conv):
        s = f"conv:{l.channels}"
        s += f":{l.filter_size}" if l.filter_size != 3 else ""
        s += f":s{l.stride}" if l.stride != 1 else ""
        s += f":d{l.dilation}" if l.dilation != 1 else ""
        return s + (":valid" if l.padding == "VALID" else "")
    if isinstance(l, PatchEmbed):
        return f"patch:{l.patch}:{l.channels}"
    if isinstance(l, Attention):
        return f"attn:{l.heads}:{l.head_dim}"
    if isinstance(l, (AvgPool, MaxPool)):
        s = f"{'avgpool' if isinstance(l, AvgPool) else 'maxpool'}:{l.window}"
        s += f":s{l.stride}" if l.stride != l.window else ""
        return s + (":same" if l.padding == "SAME" else "")
    if isinstance(l, Residual):
        head = "res" if l.branch_scale == 1 else f"res:{l.branch_scale:g}"
        return f"{head} ( {encode_layers(l.branch)} )".replace("(  )", "( )")
    if isinstance(l, RNN):
        s = f"rnn:{l.width}" + (f":{l.activation}" if l.activation != "relu" else "")
        d = RNN(1)
        for k, c in (("W_std", "w"), ("U_std", "u"), ("b_std", "b")):
            s += f":{c}{getattr(l, k):g}" if getattr(l, k) != getattr(d, k) else ""
        return s + {"last": "", "mean": ":mean", "sequence": ":seq"}[l.readout]
    return {LayerNorm: "ln", GlobalAvgPool: "gap", Flatten: "flatten"}[type(l)]


def encode_layers(layers) -> str:
    """Inverse of :func:`parse_layers`: ``parse_layers(encode_layers(ls))[0] == ls``."""
    return " ".join(encode_layer(l) for l in layers)


def split_top(text: str) -> list[str]:
    """The codes of the top-level layers of ``text`` (residual blocks whole), for the
    builder's rows; unreadable tokens are dropped (parse_layers names them)."""
    return [encode_layer(l) for l in parse_layers(text)[0]]


def describe(l) -> str:
    """One line of plain language for a layer (the builder's row label)."""
    if isinstance(l, Residual):
        inner = ", ".join(describe(b) for b in l.branch) or "nothing"
        return f"Residual (x {l.branch_scale:g}): [{inner}]"
    if isinstance(l, Conv):
        extra = (f", stride {l.stride}" if l.stride != 1 else "") + \
                (f", dilation {l.dilation}" if l.dilation != 1 else "")
        return f"Conv {l.filter_size}x{l.filter_size}, {l.channels} ch, {l.padding}{extra}"
    if isinstance(l, (AvgPool, MaxPool)):
        kind = "Average" if isinstance(l, AvgPool) else "Max"
        return f"{kind} pool {l.window}x{l.window}, stride {l.stride}, {l.padding}"
    if isinstance(l, RNN):
        return (f"RNN {l.width} {l.activation} (W_std {l.W_std:g}, U_std {l.U_std:g}, "
                f"b_std {l.b_std:g}), readout {l.readout}")
    return {Dense: lambda: f"Dense {l.width}", Activation: lambda: l.name,
            PatchEmbed: lambda: f"Patches {l.patch}x{l.patch} -> {l.channels} ch",
            Attention: lambda: f"Self-attention {l.heads} heads x {l.head_dim}",
            LayerNorm: lambda: "LayerNorm", GlobalAvgPool: lambda: "Global average pool",
            Flatten: lambda: "Flatten"}[type(l)]()


def wants_image(layers) -> bool:
    """Whether the first layer takes images ``[H, W, C]`` (else the input is flattened)."""
    for l in layers:
        if isinstance(l, Residual):
            return wants_image(l.branch) if l.branch else False
        return isinstance(l, (Conv, PatchEmbed, AvgPool, MaxPool, GlobalAvgPool))
    return False


NEEDS_IMAGES = ("This layer list starts with an image layer (conv, patches or pooling): "
                "choose the data set 'digits' or 'synthetic' in the sidebar.")


def code_wants_image(code: str) -> bool:
    return wants_image(parse_layers(code)[0])


def code_wants_sequence(code: str) -> bool:
    """Whether the layer list starts with an RNN (its input is a sequence ``[T, C]``)."""
    layers = parse_layers(code)[0]
    return bool(layers) and isinstance(layers[0], RNN)


def build_net(state: dict) -> LayerNet:
    """The LayerNet of the widget state (``layers`` code and the shared scales, O);
    raises SpecError naming every problem of the code."""
    layers, problems = parse_layers(state["layers"])
    if problems:
        raise SpecError("; ".join(problems))
    return LayerNet(layers, int(state["out"]), float(state["wstd"]), float(state["bstd"]),
                    state["param"])


def label(code: str) -> str:
    """Preset name, or the start of the code (legends, Compare)."""
    names = [k for k, (c, _) in LAYER_PRESETS.items() if c == code]
    return f"{names[0]} (layers)" if names else f"layers: {code[:40]}"


def code_with_width(code: str, width: int) -> str:
    return encode_layers(with_width(parse_layers(code)[0], width))


def code_with_depth(code: str, depth: int) -> str:
    """The residual stage (first to last top-level residual block) repeated ``depth``
    times: the depth knob of sweeps (unchanged if there is no residual block)."""
    layers = parse_layers(code)[0]
    res = [i for i, l in enumerate(layers) if isinstance(l, Residual)]
    if not res:
        return code
    i0, i1 = res[0], res[-1] + 1
    return encode_layers(layers[:i0] + layers[i0:i1] * int(depth) + layers[i1:])


def rough_stats(layers, in_shape, out_dim: int) -> tuple[int, int, int]:
    """``(P, FP, Y)``: parameters, forward FLOPs and primitive-output size per example, for
    the guardrail's rough cost (no JAX)."""
    P = FP = Y = 0

    def walk(ls, s):
        nonlocal P, FP, Y
        for l, (a, b) in zip(ls, zip(shapes_through(ls, s)[:-1], shapes_through(ls, s)[1:])):
            pos_out = math.prod(b[:-1])
            if isinstance(l, Residual):
                walk(l.branch, a)
            elif isinstance(l, (Dense, Conv, PatchEmbed)):
                k = a[-1] * (1 if isinstance(l, Dense) else (l.conv() if isinstance(
                    l, PatchEmbed) else l).filter_size ** 2)
                P += k * b[-1] + b[-1]
                FP += 2 * pos_out * k * b[-1]
            elif isinstance(l, Attention):
                t, c = a
                hd = l.heads * l.head_dim
                P += 4 * c * hd + 3 * hd + c
                FP += 8 * t * c * hd + 4 * t * t * hd
                Y += 3 * t * hd + l.heads * t * t
            elif isinstance(l, RNN):                      # T steps of W h + U x
                t, n = a[0], l.width
                P += n * n + a[-1] * n + n
                FP += 2 * t * (n * n + a[-1] * n)
                Y += 2 * t * n
            Y += math.prod(b)
    walk(tuple(layers), tuple(in_shape))
    F = shapes_through(layers, in_shape)[-1][-1]
    return P + F * out_dim + out_dim, FP + 2 * F * out_dim, Y + out_dim


__all__ = ["LAYER_PRESETS", "ADD_LAYER", "parse_layers", "encode_layers", "encode_layer",
           "split_top", "describe", "wants_image", "code_wants_sequence", "with_width", "rough_stats", "n_params",
           "LAYER_TYPES"]

"""One validation layer for every way into the app (no Streamlit here).

Links (URL parameters), Compare's stored configurations (repeated ``cmp`` parameters),
presets and the widgets' state all go through the same checks, so they show the same
plain-language messages:

* :data:`FIELDS` is a registry of per-key validators: how a value is parsed (whole number,
  number, yes/no, one of some names, or a custom parser ``parse(text) -> (value,
  problems)``) and its allowed range, some of which are the server's :data:`LIMITS`.
  A new key plugs in with one line: ``register("layers", layer_list.parse)``.
* :func:`read_value` checks one value; :func:`validate_link` a whole query (it returns the
  value it uses instead of each bad one, and says so); :func:`validate_config` one stored
  Compare configuration (strict: a bad one is refused, never repaired);
  :func:`check_request` the cross-field rules (CNN on images, conv layers vs image size,
  N and width limits, memory and time from the cost model) before any computation, and
  :func:`check_scale_request` the Scale page's (N x m feature entries).
* :func:`nonfinite_message` (from :mod:`~ntk_core.app.nonfinite`) says why a kernel,
  spectrum or loss is NaN / infinite.

None of these functions raises on bad input: they return problems instead.

Length: a little over 400 lines on purpose: the registry of every key's rule and the
checks that read it (links, stored configurations, requests) stay in one place.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..dynamics.linearized import LINEAR_FORMS
from ..dynamics.training import OPTIMIZERS
from ..finite.labels import METHODS
from ..networks.net import LayerNet
from ..networks.specs import INITS, PADDINGS, PARAMETERIZATIONS, CNNSpec, SpecError
from . import ensembles_study, layers_state
from . import state as appstate
from .budget import kernel_elements, rough_cost, rough_prediction  # noqa: F401
from .nonfinite import nonfinite_cause, nonfinite_message  # noqa: F401
from .state import DEFAULTS, LIMITS, Limits, fmt_bytes

MAX_LIST = 12  # most values in one comma-separated list (widths, alphas, sweep values)
MAX_TEXT = layers_state.MAX_CODE_CHARS  # longest text looked at for one value
# URL parameters that are not settings but are fine in a link (Streamlit's own, Compare's,
# the Training page's recorded-step slider).
OTHER_LINK_KEYS = ("cmp", "embed", "embed_options", "dyn_t")
Bound = float | Callable[[Limits], float] | None


# ----------------------------------------------------------------------------- registry
@dataclass(frozen=True)
class Field:
    """How one key's value is read and which values are allowed.

    ``kind``: ``"int"``, ``"float"`` (finite), ``"bool"``, ``"choice"`` (one of
    ``choices``) or ``"text"`` (checked by ``parse(text) -> (value, problems)``; the
    state keeps the text). ``lo`` / ``hi``: inclusive bounds, numbers or functions of the
    server's :class:`~ntk_core.app.state.Limits`; ``hi_name`` says what ``hi`` is.
    """

    kind: str
    lo: Bound = None
    hi: Bound = None
    choices: tuple = ()
    parse: Callable[[str], tuple[object, list]] | None = None
    hi_name: str = "the maximum"

    def bounds(self, limits: Limits = LIMITS) -> tuple:
        def get(b):
            return b(limits) if callable(b) else b
        return get(self.lo), get(self.hi)


def _num(kind, lo, hi, hi_name="the maximum") -> Field:
    return Field(kind, lo, hi, hi_name=hi_name)


def _limit(name: str, scale: int = 1) -> Callable[[Limits], int]:
    return lambda lim: scale * int(getattr(lim, name))


SERVER = "this server's limit"


def number_list(lo: Bound, hi: Bound, whole: bool = True, empty_ok: bool = False):
    """A parser of comma-separated numbers in [lo, hi] (at most MAX_LIST of them)."""
    def parse(text: str, limits: Limits = LIMITS):
        lo_, hi_ = (b(limits) if callable(b) else b for b in (lo, hi))
        toks = [t.strip() for t in str(text).replace(";", ",").split(",") if t.strip()]
        if not toks:
            return ([], []) if empty_ok else ([], ["is empty: enter values such as 64,128,256"])
        if len(toks) > MAX_LIST:
            return [], [f"has {len(toks)} values, more than {MAX_LIST}"]
        vals = []
        for tok in toks:
            v = _to_number(tok, whole)
            if isinstance(v, str):
                why = v.replace(" a number", " a whole number") if whole else v
                return [], [f"has {shown(tok)}, which {why}"]
            if not lo_ <= v <= hi_:
                return [], [f"has {v:g}, outside [{lo_:g}, {hi_:g}]"]
            vals.append(v)
        return sorted(set(vals)), []
    return parse


def _choice(options) -> Field:
    return Field("choice", choices=tuple(options))


FIELDS: dict[str, Field] = {
    "arch": _choice(appstate.ARCHS), "depth": _num("int", 0, _limit("max_depth"), SERVER),
    "width": _num("int", 1, _limit("max_width"), SERVER),
    "act": _choice(appstate.ACTIVATION_NAMES), "wstd": _num("float", 0.05, 10.0),
    "bstd": _num("float", 0.0, 10.0), "param": _choice(PARAMETERIZATIONS),
    "out": _num("int", 1, _limit("max_out"), SERVER),
    "nconv": _num("int", 1, appstate.MAX_CONV_LAYERS, "the app's maximum"),
    "readout": _choice(("gap", "flatten")),
    "data": _choice(appstate.DATA_KINDS), "dim": _num("int", 2, _limit("max_dim"), SERVER),
    # N up to 4x the server limit is accepted, so check_request can name the limit
    "n": _num("int", 2, _limit("max_n", 4)),
    "img": _num("int", 4, _limit("max_image"), SERVER), "seed": _num("int", 0, 10**6),
    "method": _choice(("auto",) + tuple(METHODS)), "mode": _choice(appstate.OUTPUT_MODES),
    "sweep": _choice(appstate.SWEEP_VARS),
    "sweep_vals": Field("text", parse=number_list(1, _limit("max_width"), empty_ok=True)),
    "sweep_reps": _num("int", 1, 5),
    "inf_widths": Field("text", parse=number_list(1, _limit("max_width"))),
    "inf_seeds": _num("int", 1, 16), "inf_n": _num("int", 2, 64),
    "lap_depth": _num("int", 1, 8), "lap_bias": _num("float", 0.0, 3.0),
    "lap_dim": _num("int", 2, 10), "lap_gamma": Field("bool"),
    "lap_radius": _num("float", 0.05, 0.95), "lap_ntrain": _num("int", 16, 1024),
    "lap_real": _choice(appstate.REAL_DATA),
    "dyn_n": _num("int", 2, 256), "dyn_freq": _num("float", 0.5, 8.0),
    "dyn_steps": _num("int", 10, 5000), "dyn_lr": _num("float", 0.05, 3.0),
    "dyn_opt": _choice(OPTIMIZERS), "dyn_alpha": _num("float", 0.25, 256.0),
    "dyn_center": Field("bool"), "dyn_form": _choice(LINEAR_FORMS),
    "dyn_widths": Field("text", parse=number_list(1, _limit("max_width"))),
    "dyn_alphas": Field("text", parse=number_list(1e-3, 256.0, whole=False)),
    "dyn_seeds": _num("int", 1, 8), "dyn_sweep": Field("bool"), "cmp_methods": Field("bool"),
    "sc_data": _choice(("sphere",) + appstate.REAL_DATA), "sc_n": _num("int", 100, 100_000),
    "sc_dim": _num("int", 2, 64), "sc_depth": _num("int", 1, 6), "sc_m": _num("int", 64, 8192),
    "init": _choice(INITS), "inf_cmp_init": Field("bool"), "dyn_cmp_init": Field("bool"),
    "dyn_target": _num("float", 1e-4, 0.5),
}
FIELDS.update({  # Ensembles page
    "ens_dom": _choice(ensembles_study.DOMAINS), "ens_target": _choice(ensembles_study.TARGETS),
    "ens_freq": _num("float", 0.25, 8.0), "ens_noise": _num("float", 0.0, 2.0),
    "ens_n": _num("int", 1, 256), "ens_depth": _num("int", 1, 6),
    "ens_act": _choice(ensembles_study.ACTIVATIONS),
    "ens_width": _num("int", 2, _limit("max_width"), SERVER),
    "ens_members": _num("int", 2, 256), "ens_steps": _num("int", 1, 20_000),
    "ens_t": _num("int", 0, 20_000), "ens_finite": Field("bool")})
# Recurrent page (its own RNN and sequences; lengths and N x N x T bounded by the server)
FIELDS.update({
    "rnn_data": _choice(appstate.RNN_DATA),
    "rnn_n": _num("int", 2, 48), "rnn_minlen": _num("int", 1, 200),
    "rnn_maxlen": _num("int", 2, 200), "rnn_noise": _num("float", 0.0, 2.0),
    "rnn_act": _choice(appstate.ACTIVATION_NAMES), "rnn_wstd": _num("float", 0.05, 4.0),
    "rnn_ustd": _num("float", 0.05, 4.0), "rnn_bstd": _num("float", 0.0, 2.0),
    "rnn_readout": _choice(("last", "mean")),
    "rnn_width": _num("int", 8, _limit("max_width"), SERVER),
})
for _i in range(1, appstate.MAX_CONV_LAYERS + 1):
    FIELDS.update({f"c{_i}_ch": _num("int", 1, _limit("max_channels"), SERVER),
                   f"c{_i}_f": _num("int", 1, 9), f"c{_i}_s": _num("int", 1, 4),
                   f"c{_i}_p": _choice(PADDINGS)})


def register(key: str, parse: Callable[[str], tuple[object, list]], default: str = "") -> None:
    """Plug in a new text key checked by ``parse(text) -> (value, problems)``: one line,
    e.g. ``register("layers", layer_list.parse)``. Adds ``default`` to DEFAULTS if the key
    is not there yet (the state holds the text; :func:`list_values` gives the value)."""
    DEFAULTS.setdefault(key, default)
    FIELDS[key] = Field("text", parse=parse)


register("layers", layers_state.parse_layers)   # the layer-list builder's code
FIELDS["prec"] = _choice(appstate.PRECISIONS)  # finite-width NTK arithmetic
FIELDS["cmp_align"] = _choice(appstate.ALIGNMENTS)  # Compare: centred or uncentred


def list_values(key: str, text: str, limits: Limits = LIMITS, hi: float | None = None):
    """``(value, None)`` of a text key (a comma-separated list, or a plugged-in parser's
    value), or ``(None, message)``; ``hi`` narrows a list's upper bound (a sweep's)."""
    f = FIELDS[key] if hi is None else Field("text", parse=number_list(1, hi))
    values, problems = _run_parser(f, text, limits)
    if problems:
        return None, value_problem(key, text, "; ".join(map(str, problems)))
    return values, None


def sweep_values(state: dict, limits: Limits = LIMITS):
    """The Methods & cost sweep's values (its own, or the variable's defaults), bounded by
    the server's limit for the swept variable: ``(values, None)`` or ``(None, message)``."""
    var = state["sweep"]
    hi = {"width": limits.max_width, "n": limits.max_n, "out": limits.max_out,
          "depth": limits.max_depth}[var]
    return list_values("sweep_vals", state["sweep_vals"] or appstate.SWEEP_DEFAULTS[var],
                       limits, hi)


# ----------------------------------------------------------------------------- one value
def shown(value) -> str:
    """A value as quoted in a message: inline code (so markdown / HTML in a link is shown
    as text), at most 40 characters."""
    s = " ".join(str(value).replace("`", "'").split())
    return f"`{s[:40]}{'…' if len(s) > 40 else ''}`" if s else "(empty)"


def _to_number(text, whole: bool):
    """float / int of ``text``, or a string saying why it is not one."""
    if isinstance(text, bool):
        return "is yes/no, not a number"
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        v = float(text)
    else:
        try:
            v = float(str(text)[:MAX_TEXT].strip())
        except ValueError:
            return "is not a number"
    if not math.isfinite(v):
        return "is not a finite number"
    if whole:
        if v != int(v):
            return "is not a whole number"
        return int(v)
    return v


def _run_parser(f: Field, text, limits: Limits):
    if len(str(text)) > MAX_TEXT:  # said, never cut silently (a cut names a layer 'co')
        return None, [f"is {len(str(text)):,} characters long, more than the {MAX_TEXT} "
                      "allowed; shorten it"]
    try:
        try:
            return f.parse(str(text)[:MAX_TEXT], limits)
        except TypeError:  # a parser of the text alone, e.g. a plugged-in parse(text)
            return f.parse(str(text)[:MAX_TEXT])
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        return None, [f"could not be read ({e})"]


def _fmt(v) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def read_value(key: str, raw, limits: Limits = LIMITS) -> tuple[object, object, str | None]:
    """Check one value of ``key`` (text from a link, or a widget's typed value).

    Returns ``(value, used, reason)``: ``value`` is the checked value (None if bad),
    ``reason`` why it is bad (None if fine), ``used`` what to use instead (the nearest
    allowed number, or the default)."""
    f, default = FIELDS[key], DEFAULTS[key]
    if f.kind in ("int", "float"):
        v = _to_number(raw, f.kind == "int")
        if isinstance(v, str):
            return None, default, v
        lo, hi = f.bounds(limits)
        if v < lo:
            return None, type(default)(lo), f"is below the minimum {_fmt(lo)}"
        if v > hi:
            return None, type(default)(hi), f"is above {f.hi_name} {_fmt(hi)}"
        return v, v, None
    if f.kind == "bool":
        if isinstance(raw, bool):
            return raw, raw, None
        t = str(raw).strip().lower()
        if t in ("true", "1", "yes", "on", "false", "0", "no", "off"):
            return t in ("true", "1", "yes", "on"), t in ("true", "1", "yes", "on"), None
        return None, default, "is not true or false"
    if f.kind == "choice":
        if isinstance(raw, str) and raw in f.choices:
            return raw, raw, None
        near = [c for c in f.choices if str(c).lower() == str(raw).strip().lower()[:MAX_TEXT]]
        return None, (near[0] if near else default), \
            f"is not one of {', '.join(map(str, f.choices))}"
    _, problems = _run_parser(f, raw, limits)
    if problems:
        return None, default, "; ".join(str(p) for p in problems)
    return str(raw), str(raw), None


def _used_text(key, used) -> str:
    text = appstate.encode_value(used)
    return f"the default {text}" if used == DEFAULTS[key] else text


def value_problem(key: str, raw, reason: str, used=None, where: str = "") -> str:
    """``"`width=99999` in the link is above this server's limit 16384; using 16384."``"""
    msg = f"{shown(f'{key}={raw}')}{where} {reason}"
    return msg + (f"; using {_used_text(key, used)}." if used is not None else ".")


# ----------------------------------------------------------------------------- results
@dataclass
class Validation:
    """``state``: the full, valid state (None if refused); ``problems``: why it was
    refused; ``notes``: values of the input replaced in ``state`` (and by what);
    ``used``: those replacements, key -> value; ``keys``: the key each note is about
    (None for a key that is not a setting); ``values``: every setting the input gave,
    key -> the value used (checked or replaced), so a link can be rewritten canonically."""

    state: dict | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    used: dict = field(default_factory=dict)
    keys: list = field(default_factory=list)
    values: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.state is not None and not self.problems


def validate_link(params: Mapping[str, str | Sequence[str]], limits: Limits = LIMITS,
                  on_gpu: bool = False) -> Validation:
    """Check every setting of a link's query.

    A bad value is replaced (a number out of range by the nearest allowed one, anything
    else by the default) and a note says so; unknown keys are noted and ignored. Then the
    request is checked as a whole (:func:`check_request`, rough cost model): if it may not
    run, ``state`` is None and ``problems`` say why (the pages show the same messages)."""
    state, notes, used, keys = dict(DEFAULTS), [], {}, []
    for key, raw in params.items():
        key = str(key)
        if key in OTHER_LINK_KEYS:
            continue
        if key not in FIELDS:
            notes.append(f"{shown(key)} in the link is not a setting of this app; ignored.")
            keys.append(None)
            continue
        vals = [raw] if isinstance(raw, str) or not isinstance(raw, Sequence) else list(raw)
        if not vals:
            continue
        value, fix, reason = read_value(key, vals[-1], limits)
        if len(vals) > 1:
            notes.append(f"{shown(key)} is given {len(vals)} times in the link; using the last.")
            keys.append(key)
            used[key] = fix
        if reason is not None:
            notes.append(value_problem(key, vals[-1], reason, fix, " in the link"))
            keys.append(key)
            used[key] = fix
        state[key] = fix
    problems, _ = check_request(state, on_gpu, limits)
    values = {k: state[k] for k in params if str(k) in FIELDS}
    return Validation(None if problems else state, problems, notes, used, keys, values)


NO_COST = {"time_s": 0.0, "memory_bytes": 0.0}  # ``predicted`` that skips the cost check


def validate_config(text: str, limits: Limits = LIMITS, on_gpu: bool = False,
                    predicted: dict | None = None) -> Validation:
    """Check one stored Compare configuration (``"depth~3,width~512"``, see
    :func:`~ntk_core.app.state.encode_config`): strictly, nothing is repaired.
    ``predicted``: as in :func:`check_request` (:data:`NO_COST` when the caller checks
    time and memory with the calibrated cost model itself)."""
    state, problems, seen = dict(DEFAULTS), [], set()
    text = str(text)[:20 * MAX_TEXT]
    if text not in ("", "default"):
        for part in text.split(","):
            key, sep, raw = part.partition("~")
            if not sep or key not in appstate.CONFIG_KEYS:
                problems.append(f"{shown(part)} is not a setting of a stored configuration")
                continue
            if key in seen:
                problems.append(f"{shown(key)} is given twice")
            seen.add(key)
            value, _, reason = read_value(key, raw, limits)
            if reason:
                problems.append(value_problem(key, raw, reason).rstrip("."))
            else:
                state[key] = value
    if not problems:
        problems, _ = check_request(state, on_gpu, limits, predicted)
    return Validation(None if problems else state, problems)


# ----------------------------------------------------------------------------- request
def check_request(state: dict, on_gpu: bool = False, limits: Limits = LIMITS,
                  predicted: dict | None = None) -> tuple[list[str], object]:
    """The guardrail run before any NTK computation, for every way in.

    Checks the network and data keys' values (:func:`read_value`), then the cross-field
    rules: a CNN needs images, the conv layers must fit the image (filter and stride),
    N and the width within the server's limits, the kernel's own size, and the predicted
    memory and time of the method that will run (``predicted`` ``{"time_s",
    "memory_bytes"}`` or ``{"error"}`` from :mod:`ntk_core.finite.cost`; otherwise
    :func:`rough_prediction`). Returns ``(problems, spec)``: what is wrong and what to
    reduce (empty if the request may run) and the built network (or None)."""
    keys = [k for k in appstate.CONFIG_KEYS if k in state and not (
        k.startswith("c") and k[1:2].isdigit() and int(k[1]) > _nconv(state))]
    problems = _value_problems(state, keys, limits)
    if problems:
        return problems, None
    if state["arch"] == "CNN" and state["data"] not in appstate.IMAGE_DATA:
        return ["A CNN needs images: choose the data set 'digits' or 'synthetic' in the "
                "sidebar (or switch the network to MLP)."], None
    if (state["arch"] == "Layers" and state["data"] not in appstate.IMAGE_DATA
            and layers_state.code_wants_image(state["layers"])):
        return [layers_state.NEEDS_IMAGES], None
    try:
        spec = appstate.build_spec(state)
        shape = appstate.input_shape(state)
        if isinstance(spec, CNNSpec):
            spec.spatial_sizes(shape)
        if isinstance(spec, LayerNet):
            spec.shapes(shape)
    except SpecError as e:
        return [f"Invalid network: {e}."], None
    n = int(state["n"])
    if n > limits.max_n:
        problems.append(f"N = {n} inputs is above this server's limit of {limits.max_n}; reduce N.")
    out_bytes = 4.0 * kernel_elements(state)
    if out_bytes > limits.max_memory_bytes:
        problems.append(f"the kernel itself would take {fmt_bytes(out_bytes)}, over this server's "
                        f"limit of {fmt_bytes(limits.max_memory_bytes)}; reduce N or O, or use "
                        "the 'trace' output mode.")
    if predicted is None:
        predicted = rough_prediction(state, on_gpu, limits)
    if predicted.get("error"):  # the library's advice "raise the budget" is not the user's
        problems.append(predicted["error"].replace(
            ", or raise the budget", "") + f" (this server's memory limit per request is "
            f"{fmt_bytes(limits.max_memory_bytes)}): fewer outputs O or a smaller width or "
            "image size shrink the per-example Jacobians; the 'trace' output mode needs "
            "the least.")
        return problems, spec
    if predicted["memory_bytes"] > limits.max_memory_bytes:
        problems.append(
            f"predicted memory {fmt_bytes(predicted['memory_bytes'])} exceeds this server's "
            f"limit of {fmt_bytes(limits.max_memory_bytes)}; reduce N, the width "
            f"{'or channels ' if isinstance(spec, CNNSpec) else ''}or the number of outputs O.")
    if predicted["time_s"] > limits.max_time_s:
        problems.append(
            f"predicted compute time {predicted['time_s']:.3g} s exceeds this server's limit of "
            f"{limits.max_time_s:g} s; reduce N, the width, the depth or O.")
    return problems, spec


def check_scale_request(state: dict, limits: Limits = LIMITS) -> list[str]:
    """The Scale page's guardrail: its keys' values, then ``N m`` random-feature entries
    within ``limits.max_feature_entries``. Returns the problems (empty: may run)."""
    problems = _value_problems(state, appstate.SCALE_KEYS, limits)
    if problems:
        return problems
    n, m = int(state["sc_n"]), int(state["sc_m"])
    if n * m > limits.max_feature_entries:
        problems.append(f"N x m = {n * m:,} feature entries exceed this server's limit of "
                        f"{limits.max_feature_entries:,}; lower N or m.")
    return problems


def check_ensemble_request(state: dict, limits: Limits = LIMITS) -> list[str]:
    """The Ensembles page's guardrail: its keys' values, then the finite ensemble's training
    cost (:func:`ensembles_study.train_flops` within ``cpu_flops_per_s x max_time_s``) and
    its parameters' memory. Returns the problems (empty: may run)."""
    keys = ensembles_study.KEYS + ("ens_t", "ens_finite")
    problems = _value_problems(state, keys, limits)
    if problems or not state["ens_finite"]:
        return problems
    setup = ensembles_study.EnsembleSetup.from_state(state)
    budget = limits.cpu_flops_per_s * limits.max_time_s
    flops = ensembles_study.train_flops(setup)
    if flops > budget:
        problems.append(f"training the finite ensemble would take about {flops:.2g} "
                        f"floating-point operations, above this server's budget of "
                        f"{budget:.2g}; lower the width, depth, members or steps (or turn "
                        "the finite ensemble off).")
    mem = 16.0 * ensembles_study.n_params(setup) * setup.members  # params, grads, 2 copies
    if mem > limits.max_memory_bytes:
        problems.append(f"the ensemble's parameters would take {fmt_bytes(mem)}, over this "
                        f"server's limit of {fmt_bytes(limits.max_memory_bytes)}; lower the "
                        "width, depth or members.")
    return problems


RNN_MAX_PAIR_STEPS = 2_000_000     # N^2 T (x 2T for readout mean) of one RNTK request
RNN_MAX_FINITE = 48 * 200 * 512 ** 2   # N T width^2 of the page's finite RNN NTK


def check_recurrent_request(state: dict, limits: Limits = LIMITS) -> list[str]:
    """The Recurrent page's guardrail: its keys' values, min length <= max length, the
    RNTK's work ``N^2 T`` (``2 N^2 T^2`` for readout mean) and the finite net's ``N T n^2``
    within fixed bounds. Returns the problems (empty: may run)."""
    problems = _value_problems(state, appstate.RECURRENT_KEYS, limits)
    if problems:
        return problems
    n, lo, T = int(state["rnn_n"]), int(state["rnn_minlen"]), int(state["rnn_maxlen"])
    if lo > T:
        problems.append(f"the shortest length {lo} is above the longest {T}; lower it.")
    work = n * n * T * (2 * T if state["rnn_readout"] == "mean" else 1)
    if work > RNN_MAX_PAIR_STEPS:
        problems.append(f"N^2 T{' x 2T' if state['rnn_readout'] == 'mean' else ''} = "
                        f"{work:,} pair-steps is over this page's limit of "
                        f"{RNN_MAX_PAIR_STEPS:,}; lower N or the longest length.")
    if n * T * int(state["rnn_width"]) ** 2 > RNN_MAX_FINITE:
        problems.append("N x T x width^2 of the finite RNN is over this page's limit; lower "
                        "the width, N or the longest length.")
    return problems


def _value_problems(state: dict, keys, limits: Limits) -> list[str]:
    """One sentence per key of ``keys`` whose value in ``state`` is not allowed."""
    problems = []
    for key in keys:
        _, _, reason = read_value(key, state[key], limits)
        if reason:
            problems.append(value_problem(key, state[key], reason))
    return problems


def _nconv(state: dict) -> int:
    v = _to_number(state.get("nconv", DEFAULTS["nconv"]), True)
    return v if isinstance(v, int) else appstate.MAX_CONV_LAYERS


# Streamlit's own limits on a link's query (streamlit.runtime.state.query_params): a longer
# query is dropped whole, before the app sees any of it (the server logs a warning only).
QUERY_MAX_FIELDS = 1000
QUERY_MAX_CHARS = 512 * 1024


def dropped_query_note(fields: int, chars: int, max_fields: int = QUERY_MAX_FIELDS,
                       max_chars: int = QUERY_MAX_CHARS) -> str | None:
    """The note for a link whose query (``fields`` parameters, ``chars`` characters, as the
    browser holds it) is over Streamlit's limits, so that the server ignored all of it and
    the default view opened; None when the query is within them."""
    if fields > max_fields:
        why = f"{fields:,} parameters, more than the {max_fields:,}"
    elif chars > max_chars:
        why = f"{chars:,} characters, more than the {max_chars:,}"
    else:
        return None
    return (f"**This link was ignored:** its query has {why} the server reads, so "
            "none of its settings were used and the default view opened. A link of this "
            "app needs far fewer: copy the address bar after choosing the settings.")

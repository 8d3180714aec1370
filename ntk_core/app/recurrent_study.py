"""The Recurrent page's work (no Streamlit): sequences of different lengths from the page's
controls, the analytic RNTK next to a finite RNN's NTK on them, the RNTK's sensitivity to
each time step, and the UCR accuracy table of ``benchmarks/results``.

State keys (``state.RECURRENT_KEYS``, validated by :func:`ntk_core.app.validation.
check_recurrent_request`): ``rnn_data`` ("sines" or a bundled UCR set), ``rnn_n``,
``rnn_minlen``, ``rnn_maxlen`` (lengths; UCR series are subsampled every k-th step to fit
``rnn_maxlen``), ``rnn_noise``, ``rnn_act``, ``rnn_wstd``, ``rnn_ustd``, ``rnn_bstd``,
``rnn_readout``, ``rnn_width`` (of the finite net) and ``seed``.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from ..finite.empirical import compute_ntk
from ..infinite.convergence import relative_frobenius
from ..infinite.recurrent import rnn_kernels
from ..networks.net import LayerNet
from ..networks.recurrent import RNN, pack_sequences
from ..sequences.data import SequenceData, load_ucr, synthetic_sequences

UCR_RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results" / "ucr_accuracy.json"
# the sensitivity figure's settings: (activation, W_std) pairs drawn as lines
SENSITIVITY_SETTINGS = (("relu", 0.5), ("relu", 1.0), ("relu", 1.4), ("erf", 0.5),
                        ("erf", 1.5), ("erf", 3.0))


def sequences(state: dict) -> SequenceData:
    """The page's sequences, sorted by length (masked padded batch)."""
    n, lo, hi = int(state["rnn_n"]), int(state["rnn_minlen"]), int(state["rnn_maxlen"])
    if state["rnn_data"] == "sines":
        d = synthetic_sequences(int(state["seed"]), n, min_len=lo, max_len=hi,
                                noise=float(state["rnn_noise"]), masked=True)
        seqs, y = d.sequences, d.y
    else:
        d = load_ucr(state["rnn_data"], "train")
        k = max(1, math.ceil(int(d.lengths.max()) / hi))
        seqs = [s[::k] for s in d.sequences[:n]]
        y = d.y[:n]
    order = np.argsort([len(s) for s in seqs], kind="stable")
    seqs = [seqs[i] for i in order]
    x = pack_sequences(seqs, masked=True)
    return SequenceData(x, np.asarray(y)[order], np.array([len(s) for s in seqs]), True,
                        state["rnn_data"])


def network(state: dict, width: int = 1, activation=None, W_std=None) -> LayerNet:
    rnn = RNN(int(width), activation or state["rnn_act"], float(W_std or state["rnn_wstd"]),
              float(state["rnn_ustd"]), float(state["rnn_bstd"]), state["rnn_readout"],
              masked=True)
    return LayerNet((rnn,), W_std=1.0, b_std=0.1)


def kernels(state: dict) -> dict:
    """Analytic RNTK and one finite net's NTK (width ``rnn_width``, seed) on the page's
    sequences: ``{"lengths", "labels", "rntk", "finite", "rel_error", "method"}``."""
    import jax
    import jax.numpy as jnp
    data = sequences(state)
    ana = rnn_kernels(network(state), data.x)[1]
    net = network(state, int(state["rnn_width"]))
    x = jnp.asarray(data.x, jnp.float32)
    params = net.init(jax.random.PRNGKey(int(state["seed"])), x.shape, jnp.float32)
    r = compute_ntk(net.apply, params, x, output="trace")
    fin = np.asarray(r.kernel, np.float64)
    return {"lengths": data.lengths, "labels": data.y, "rntk": ana, "finite": fin,
            "rel_error": relative_frobenius(fin, ana), "method": r.method}


def sensitivity(state: dict, n_seq: int = 4) -> dict:
    """How much the RNTK between a sequence and a copy with step ``t`` redrawn drops:
    ``s_t = 1 - K(x, x^t) / sqrt(K(x, x) K(x^t, x^t))`` (mean over ``n_seq`` sines of
    ``rnn_maxlen`` steps), for each (activation, W_std) of :data:`SENSITIVITY_SETTINGS`
    at the page's U_std, b_std and readout. Step 1 is the oldest, T the last."""
    T = int(state["rnn_maxlen"])
    rng = np.random.default_rng(int(state["seed"]))
    base = synthetic_sequences(rng, n_seq, min_len=T, max_len=T, noise=0.1).sequences
    curves = {}
    for act, w in SENSITIVITY_SETTINGS:
        net = network(state, 1, act, w)
        s = np.zeros(T)
        for x in base:
            pert = []
            for t in range(T):
                p = x.copy()
                p[t] = rng.standard_normal(x.shape[1])
                pert.append(p)
            xs = pack_sequences([x] + pert, masked=True)
            k = rnn_kernels(net, xs)[1]
            s += 1.0 - k[0, 1:] / np.sqrt(k[0, 0] * np.diag(k)[1:])
        curves[f"{act}, W_std {w:g}"] = s / n_seq
    return {"t": np.arange(1, T + 1), "curves": curves}


def ucr_table(path: Path = UCR_RESULTS) -> list[dict] | None:
    """Rows of the committed UCR accuracy benchmark (None when it has not been run)."""
    if not path.exists():
        return None
    rows = json.loads(path.read_text())["rows"]
    out: dict = {}
    for r in rows:
        row = out.setdefault(r["dataset"], {"data set": r["dataset"], "train": r["n_train"],
                                            "test": r["n_test"], "lengths": r["lengths"]})
        row[r["kernel"]] = round(float(r["test_accuracy"]), 3)
    return list(out.values())

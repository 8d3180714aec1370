"""Sequence data sets in the padded format of :mod:`ntk_core.networks.recurrent`
(``[N, T, C]``, the validity mask as last channel when the lengths differ).

* :func:`synthetic_sequences`: sines (``sin(2 pi f t + p)``) and linear chirps (frequency
  rising from ``f`` to ``2 f`` over the sequence), random frequency, phase and length, plus
  Gaussian noise; label 0 for sines, 1 for chirps. ``t`` runs over ``[0, 1)`` in steps of
  ``1 / T_max`` (a shorter sequence is a shorter recording at the same sampling rate).
* :func:`load_ucr`: the UCR / UEA classification sets bundled with ``aeon`` (its own
  loaders; nothing is downloaded), official train / test splits, labels as integers,
  each series z-normalised per channel (the UCR convention).
* :func:`resample`: every series linearly interpolated to one length (for the kernels
  that need vectors of one size: MLP NTK, Gaussian, Laplace).

Randomness is explicit (``key``: an int seed or a numpy Generator). Float64 numpy.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..networks.recurrent import pack_sequences, unpack_sequences
from ..sphere.datasets import as_rng

__all__ = ["SequenceData", "synthetic_sequences", "load_ucr", "UCR_DATASETS", "resample",
           "SYNTHETIC_KINDS"]

SYNTHETIC_KINDS = ("sine", "chirp")
# name -> (aeon loader, note); all bundled in aeon 1.6's data folder
UCR_DATASETS = {
    "GunPoint": ("load_gunpoint", "univariate, 150 steps, 2 classes"),
    "ItalyPowerDemand": ("load_italy_power_demand", "univariate, 24 steps, 2 classes"),
    "ArrowHead": ("load_arrow_head", "univariate, 251 steps, 3 classes"),
    "BasicMotions": ("load_basic_motions", "6 channels, 100 steps, 4 classes"),
    "JapaneseVowels": ("load_japanese_vowels", "12 channels, 7-26 steps (unequal), 9 classes"),
    "PickupGestureWiimoteZ": ("load_pickup_gesture_wiimoteZ",
                              "univariate, 29-361 steps (unequal), 10 classes"),
}


@dataclass(frozen=True)
class SequenceData:
    """A labelled batch: ``x`` the padded array ``[N, T, C]`` (``masked``: C = d + 1, the
    last channel the mask), ``y`` integer labels ``[N]``, ``lengths`` ``[N]``."""

    x: np.ndarray
    y: np.ndarray
    lengths: np.ndarray
    masked: bool
    name: str = ""

    @property
    def sequences(self) -> list:
        return unpack_sequences(self.x, self.masked)


def _pack(seqs, y, name, T=None, masked=None) -> SequenceData:
    x = pack_sequences(seqs, T=T, masked=masked)
    m = x.shape[-1] == seqs[0].shape[1] + 1           # pack_sequences added the mask
    return SequenceData(x, np.asarray(y, int), np.array([len(s) for s in seqs]), bool(m), name)


def synthetic_sequences(key, n: int, *, min_len: int = 20, max_len: int = 40,
                        freq=(1.0, 3.0), noise: float = 0.1, kinds=SYNTHETIC_KINDS,
                        masked: bool | None = None) -> SequenceData:
    """``n`` sines / chirps (alternating kinds), lengths uniform in ``[min_len, max_len]``,
    frequency uniform in ``freq`` (cycles over ``max_len`` steps), phase uniform in
    ``[0, 2 pi)``, noise ``N(0, noise^2)`` per step. One channel."""
    if not 1 <= min_len <= max_len:
        raise ValueError(f"need 1 <= min_len <= max_len, got {min_len}, {max_len}")
    if not (0 < freq[0] <= freq[1]) or noise < 0:
        raise ValueError("frequencies must be positive (low <= high) and noise >= 0")
    bad = set(kinds) - set(SYNTHETIC_KINDS)
    if bad or not kinds:
        raise ValueError(f"kinds must be among {SYNTHETIC_KINDS}, got {kinds}")
    rng = as_rng(key)
    seqs, labels = [], []
    for i in range(int(n)):
        kind = kinds[i % len(kinds)]
        T = int(rng.integers(min_len, max_len + 1))
        f = rng.uniform(*freq)
        p = rng.uniform(0, 2 * np.pi)
        t = np.arange(T) / max_len
        phase = 2 * np.pi * f * (t + t * t / 2) if kind == "chirp" else 2 * np.pi * f * t
        seqs.append((np.sin(phase + p) + noise * rng.standard_normal(T))[:, None])
        labels.append(SYNTHETIC_KINDS.index(kind))
    return _pack(seqs, labels, "synthetic", T=max_len, masked=masked)


def _znorm(s):
    s = np.asarray(s, np.float64)
    sd = s.std(0, keepdims=True)
    return (s - s.mean(0, keepdims=True)) / np.where(sd > 0, sd, 1.0)


def load_ucr(name: str, split: str = "train") -> SequenceData:
    """A bundled UCR / UEA set (``UCR_DATASETS``), ``split`` "train" or "test" (the official
    splits). Labels are mapped to 0..K-1 in sorted order of the class names (the same map
    for both splits)."""
    if name not in UCR_DATASETS:
        raise ValueError(f"unknown data set {name!r}; bundled: {sorted(UCR_DATASETS)}")
    if split not in ("train", "test"):
        raise ValueError("split must be 'train' or 'test'")
    from aeon import datasets
    loader = getattr(datasets, UCR_DATASETS[name][0])
    X, y = loader(split=split)
    _, y_tr = loader(split="train")
    classes = sorted(set(np.asarray(y_tr).tolist()) | set(np.asarray(y).tolist()))
    seqs = [_znorm(np.asarray(s, np.float64).T) for s in X]        # [C, T] -> [T, C]
    labels = [classes.index(v) for v in np.asarray(y).tolist()]
    masked = len({len(s) for s in seqs}) > 1
    return _pack(seqs, labels, name, masked=masked)


def resample(data: SequenceData, length: int | None = None) -> np.ndarray:
    """Every series linearly interpolated to ``length`` steps (default: the longest) and
    flattened: ``[N, length * d]``."""
    seqs = data.sequences
    L = int(length or max(len(s) for s in seqs))
    out = []
    for s in seqs:
        src = np.linspace(0.0, 1.0, len(s)) if len(s) > 1 else np.zeros(1)
        dst = np.linspace(0.0, 1.0, L)
        out.append(np.stack([np.interp(dst, src, s[:, c]) for c in range(s.shape[1])], 1).ravel())
    return np.array(out)

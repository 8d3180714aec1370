"""Data for the limit stories: the unit sphere, great circles, points pushed off the
sphere, and a real data set (scikit-learn's bundled UCI sets) normalised to the sphere.

Randomness is explicit: every sampler takes ``key`` = an int seed, a
``numpy.random.Generator`` or a JAX PRNG key (its key data seeds numpy). All arrays are
float64 numpy.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["as_rng", "sample_sphere", "great_circle", "push_off_sphere", "normalize_to_sphere",
           "RealDataset", "load_real_dataset", "REAL_DATASETS", "train_test_split_indices"]

REAL_DATASETS = ("diabetes", "breast_cancer", "wine", "iris")


def as_rng(key) -> np.random.Generator:
    """A numpy Generator from an int seed, a Generator (returned as is) or a JAX PRNG key."""
    if isinstance(key, np.random.Generator):
        return key
    if isinstance(key, (int, np.integer)):
        return np.random.default_rng(int(key))
    try:  # JAX key (typed or raw uint32 array)
        import jax
        data = jax.random.key_data(key) if jax.dtypes.issubdtype(key.dtype, jax.dtypes.prng_key) \
            else key
        return np.random.default_rng(np.asarray(data, np.uint32).ravel().tolist())
    except (ImportError, AttributeError, TypeError) as e:
        raise TypeError(f"key must be an int, a numpy Generator or a JAX PRNG key, got {key!r}") from e


def sample_sphere(key, n: int, d: int) -> np.ndarray:
    """``n`` points uniform on the unit sphere S^{d-1} in R^d: ``[n, d]`` (normalised Gaussians)."""
    if d < 2:
        raise ValueError("the sphere S^{d-1} needs d >= 2")
    z = as_rng(key).standard_normal((n, d))
    return z / np.linalg.norm(z, axis=1, keepdims=True)


def great_circle(n: int, d: int, *, key=None, full=True):
    """Points on a great circle of S^{d-1}, for 1-D plots against the angle.

    Returns ``(x [n, d], angles [n])`` with ``x_i = cos(a_i) e1 + sin(a_i) e2``; ``x_0 = e1``,
    so ``<x_0, x_i> = cos(a_i)``. ``angles`` are ``linspace(0, 2 pi, n, endpoint=False)`` if
    ``full`` else ``linspace(0, pi, n)``. ``e1, e2`` are the first two coordinate axes, or a
    random orthonormal pair if ``key`` is given.
    """
    a = np.linspace(0, 2 * np.pi, n, endpoint=False) if full else np.linspace(0, np.pi, n)
    if key is None:
        e = np.eye(d)[:2]
    else:
        q, _ = np.linalg.qr(as_rng(key).standard_normal((d, 2)))
        e = q.T
    return np.cos(a)[:, None] * e[0] + np.sin(a)[:, None] * e[1], a


def push_off_sphere(key, x, *, mode="radii", radius_range=(0.5, 1.5)) -> np.ndarray:
    """The same directions at other radii: ``x_i |x_i|^-1 rho_i``, ``[n, d]``.

    ``mode="radii"``: ``rho_i ~ U(radius_range)``. ``mode="gaussian"``: ``rho_i = |z_i| /
    sqrt(d)`` with ``z_i ~ N(0, I_d)``, so uniform directions become exactly ``N(0, I_d / d)``
    points (radii concentrate near 1 for large d).
    """
    x = np.asarray(x, np.float64)
    rng = as_rng(key)
    n, d = x.shape
    u = x / np.linalg.norm(x, axis=1, keepdims=True)
    if mode == "radii":
        lo, hi = radius_range
        rho = rng.uniform(lo, hi, n)
    elif mode == "gaussian":
        rho = np.linalg.norm(rng.standard_normal((n, d)), axis=1) / np.sqrt(d)
    else:
        raise ValueError("mode must be 'radii' or 'gaussian'")
    return u * rho[:, None]


def normalize_to_sphere(x, *, standardize=True) -> np.ndarray:
    """Geifman et al. (2020) preprocessing: z-score each feature (if ``standardize``), then
    scale each point to unit norm. ``[n, d] -> [n, d]``; all-zero rows stay zero."""
    x = np.asarray(x, np.float64)
    if standardize:
        sd = x.std(0)
        x = (x - x.mean(0)) / np.where(sd > 0, sd, 1.0)
    nrm = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(nrm > 0, nrm, 1.0)


@dataclass(frozen=True)
class RealDataset:
    """A real data set on the unit sphere.

    x: ``[n, d]`` unit-norm inputs; y: regression target ``[n]`` (standardised) or, for
    classification, centred one-hot ``[n, C]`` (``onehot - 1/C``) for kernel regression;
    labels: ``[n]`` int class labels (classification) or ``None``; task: "regression" or
    "classification"; name; source: where it comes from.
    """

    x: np.ndarray
    y: np.ndarray
    labels: np.ndarray | None
    task: str
    name: str
    source: str


def load_real_dataset(name: str = "diabetes") -> RealDataset:
    """A UCI data set bundled with scikit-learn (no download), normalised to the sphere.

    ``name`` in ``REAL_DATASETS``: "diabetes" (442 x 10, regression), "breast_cancer"
    (569 x 30, 2 classes), "wine" (178 x 13, 3 classes), "iris" (150 x 4, 3 classes).
    """
    from sklearn import datasets as skd
    loaders = {"diabetes": skd.load_diabetes, "breast_cancer": skd.load_breast_cancer,
               "wine": skd.load_wine, "iris": skd.load_iris}
    if name not in loaders:
        raise ValueError(f"unknown data set {name!r}; choose one of {REAL_DATASETS}")
    raw = loaders[name]()
    x = normalize_to_sphere(raw.data)
    src = f"sklearn.datasets.load_{name} (UCI)"
    if name == "diabetes":
        y = np.asarray(raw.target, np.float64)
        return RealDataset(x, (y - y.mean()) / y.std(), None, "regression", name, src)
    labels = np.asarray(raw.target, int)
    c = labels.max() + 1
    y = np.eye(c)[labels] - 1.0 / c
    return RealDataset(x, y, labels, "classification", name, src)


def train_test_split_indices(key, n: int, test_fraction: float = 0.25):
    """A random split of ``range(n)``: ``(train_idx, test_idx)`` int arrays."""
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be in (0, 1)")
    perm = as_rng(key).permutation(n)
    n_test = max(1, int(round(test_fraction * n)))
    return np.sort(perm[n_test:]), np.sort(perm[:n_test])

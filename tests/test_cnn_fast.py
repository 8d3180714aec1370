"""The jitted float64 CNN kernel engine (ntk_core.infinite.cnn) against the numpy reference
recursion (analytic.cnn_kernels(engine="numpy")), its polynomial arccos against numpy, its
blocking, progress and cancellation, and four host devices against one."""
import os
import subprocess
import sys

import numpy as np
import pytest

from ntk_core.infinite import cnn
from ntk_core.infinite.analytic import cnn_kernels
from ntk_core.infinite.dual import enable_x64
from ntk_core.networks.specs import CNNSpec, ConvLayer

SPECS = [
    CNNSpec(layers=(ConvLayer(8, 3), ConvLayer(8, 3)), activation="relu", W_std=1.4, b_std=0.0),
    CNNSpec(layers=(ConvLayer(8, 3, 2, "VALID"), ConvLayer(8, 2)), activation="erf",
            parameterization="standard", b_std=0.3, readout="flatten"),
    CNNSpec(layers=(ConvLayer(8, 3, 2), ConvLayer(8, 3), ConvLayer(4, 1)), activation="relu",
            b_std=0.2, readout="gap", parameterization="standard"),
    CNNSpec(layers=(ConvLayer(8, 2, 1, "VALID"),), activation="identity", readout="gap"),
]


def rel(a, b):
    return np.max(np.abs(a - b)) / np.max(np.abs(b))


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: f"{s.activation}-{s.readout}-{len(s.layers)}")
def test_fast_equals_numpy_reference(spec):
    """Same recursion, different arithmetic (polynomial arccos, fused XLA loops): the two
    agree to rounding; 1e-12 leaves three orders of magnitude for ill-conditioned arccos
    near +-1 (its measured error here is ~3e-15)."""
    x = np.random.default_rng(0).standard_normal((5, 7, 6, 3))
    ref = cnn_kernels(spec, x, engine="numpy")
    fast = cnn_kernels(spec, x, engine="jax", block=2)  # 3 x 3 tiles, mirrored, ragged
    assert rel(fast.ntk, ref.ntk) < 1e-12 and rel(fast.nngp, ref.nngp) < 1e-12
    cross = cnn_kernels(spec, x[:2], x[2:], engine="jax", block=2)
    ref_cross = cnn_kernels(spec, x[:2], x[2:], engine="numpy")
    assert rel(cross.ntk, ref_cross.ntk) < 1e-12
    np.testing.assert_allclose(fast.ntk, fast.ntk.T, rtol=1e-14)


def test_polynomial_arccos_and_sine():
    """acos and sqrt(1 - c^2) by the reduction + degree-14 polynomials against numpy over
    the whole range, densest near +-1 where arccos is ill-conditioned."""
    import jax.numpy as jnp
    c = np.concatenate([np.linspace(-1, 1, 200001), 1 - np.logspace(-16, -1, 50),
                        -1 + np.logspace(-16, -1, 50)])
    with enable_x64():
        a, s = (np.asarray(v) for v in cnn._acos_sin(jnp.asarray(c)))
    assert np.max(np.abs(a - np.arccos(c))) < 4 * np.pi * np.finfo(float).eps
    # sqrt(1 - c^2) from numpy loses digits near +-1 itself; compare with the exact form
    exact = np.sqrt((1 - c) * (1 + c))
    # the degree-14 fit of sqrt(1 - t) on [0, 1/4] is good to ~8 ulp (measured 1.8e-15)
    assert np.max(np.abs(s - exact)) < 16 * np.finfo(float).eps


def test_progress_and_cancel():
    spec = SPECS[0]
    x = np.random.default_rng(1).standard_normal((5, 4, 4, 3))
    seen = []
    cnn_kernels(spec, x, engine="jax", block=2, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 6) for i in range(1, 7)]  # 3 x 3 tiles, upper triangle
    with pytest.raises(cnn.Cancelled):
        cnn_kernels(spec, x, engine="jax", block=2, progress=lambda d, t: d < 2)


def test_block_size_follows_cache_and_memory():
    spec = SPECS[0]
    assert cnn.pair_block_size(spec, (1, 16, 16, 3)) == 2  # 0.5 MB per pair, 4 MB cache
    assert cnn.pair_block_size(spec, (1, 2, 2, 3)) == 32
    assert cnn.pair_block_size(spec, (1, 16, 16, 3), memory_budget=1) == 1
    with pytest.raises(ValueError):
        cnn_kernels(CNNSpec(activation="tanh"), np.zeros((2, 4, 4, 1)), engine="jax")


FOUR = """
import sys, numpy as np, jax
from ntk_core.infinite.analytic import cnn_kernels
from ntk_core.networks.specs import CNNSpec, ConvLayer
assert len(jax.local_devices()) == 4
spec = CNNSpec(layers=(ConvLayer(8, 3), ConvLayer(8, 3)), b_std=0.1)
x = np.random.default_rng(2).standard_normal((7, 5, 5, 2))
a = cnn_kernels(spec, x, engine="jax", block=2).ntk
b = cnn_kernels(spec, x, engine="numpy").ntk
print(np.max(np.abs(a - b)) / np.max(np.abs(b)))
"""


def test_four_host_devices_match_reference():
    env = dict(os.environ, XLA_FLAGS=os.environ.get("XLA_FLAGS", "") +  # conftest's flags
               " --xla_force_host_platform_device_count=4",
               JAX_PLATFORMS="cpu")
    out = subprocess.run([sys.executable, "-c", FOUR], env=env, capture_output=True,
                         text=True, cwd=os.path.dirname(os.path.dirname(__file__)))
    assert out.returncode == 0, out.stderr[-2000:]
    assert float(out.stdout.strip().splitlines()[-1]) < 1e-12

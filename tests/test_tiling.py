"""Tiling, memory budget, progress and several devices.

Tiled and untiled kernels run the same arithmetic on different batch shapes, so XLA may
reorder sums: they agree to float32 rounding (relative 1e-5 is ~100 ulps of the largest
entry), not bit for bit.
"""
import json
import os
import subprocess
import sys
import textwrap
import time

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.finite.auto import NTKMemoryError, decide
from ntk_core.finite.cost import method_costs
from ntk_core.finite.empirical import METHODS, compute_ntk
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec
from ntk_core.finite.tiling import Cancelled

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def close(a, b, tol=1e-5):
    return float(np.max(np.abs(a - b)) / np.max(np.abs(b))) < tol


@pytest.fixture(scope="module")
def net():
    spec = MLPSpec(depth=2, width=32, out_dim=2)
    x1 = jax.random.normal(jax.random.PRNGKey(0), (7, 3))
    x2 = jax.random.normal(jax.random.PRNGKey(1), (5, 3))
    return spec, spec.init(jax.random.PRNGKey(2), x1.shape), x1, x2


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("output", ["trace", "full", "diagonal"])
def test_tiled_equals_untiled(net, method, output):
    spec, params, x1, x2 = net
    calls = []
    whole = compute_ntk(spec.apply, params, x1, method=method, output=output)
    tiled = compute_ntk(spec.apply, params, x1, method=method, output=output, tile_size=3,
                        progress=lambda d, t: calls.append((d, t)))
    assert whole.n_tiles == 1
    # 7 rows in tiles of 3 -> 3 row tiles (last ragged); symmetric: 6 upper blocks
    expected = 3 if output == "diagonal" else 6
    assert tiled.n_tiles == expected
    # asked before compiling and before the first tile (done = 0), then after every tile
    assert calls == [(0, expected)] * 2 + [(i + 1, expected) for i in range(expected)]
    assert close(tiled.kernel, whole.kernel)
    if output != "diagonal":
        whole = compute_ntk(spec.apply, params, x1, x2, method=method, output=output)
        tiled = compute_ntk(spec.apply, params, x1, x2, method=method, output=output,
                            tile_size=2)
        assert tiled.n_tiles == 4 * 3
        assert close(tiled.kernel, whole.kernel)


def test_budget_forces_tiles_and_auto_explains(net):
    spec, params, x1, _ = net
    whole = compute_ntk(spec.apply, params, x1, output="full")
    need = max(r["whole_memory_bytes"] for r in whole.extra["predicted"])
    small = min(r["whole_memory_bytes"] for r in whole.extra["predicted"]) * 0.6
    r = compute_ntk(spec.apply, params, x1, output="full", memory_budget=small)
    assert r.n_tiles > 1 and "tiles of" in r.reason and "would need" in r.reason
    assert close(r.kernel, whole.kernel)
    assert need > small


def test_smallest_tile_too_big_raises_fast(net):
    spec, params, x1, _ = net
    big = MLPSpec(depth=3, width=4096, out_dim=100)
    # abstract parameters: nothing of the network's size is ever allocated
    p = jax.eval_shape(lambda k: big.init(k, (1, 3)), jax.random.PRNGKey(0))
    t0 = time.perf_counter()
    with pytest.raises(NTKMemoryError, match="even a 1x1 tile"):
        decide(big.apply, p, x1, None, "full", memory_budget=1e6)
    assert time.perf_counter() - t0 < 30  # a structural check, not a timing claim
    with pytest.raises(NTKMemoryError):
        compute_ntk(spec.apply, params, x1, memory_budget=1e3)


def test_progress_can_stop(net):
    spec, params, x1, _ = net
    with pytest.raises(Cancelled, match="after 2 of 6"):
        compute_ntk(spec.apply, params, x1, tile_size=3, progress=lambda d, t: d < 2)


def test_progress_can_stop_before_and_after_compiling():
    """A caller gone while the kernel compiles stops before its first compiled call: the
    whole kernel (one compiled call) and a tiled one are asked at done = 0 twice, around
    the compile (issue 18: a closed tab's work used to run to the end of its tile)."""
    from ntk_core.finite import methods
    spec = MLPSpec(depth=1, width=19, out_dim=1)   # a width no other test compiles
    x = jnp.asarray(np.random.default_rng(3).standard_normal((6, 3)), jnp.float32)
    params = spec.init(jax.random.PRNGKey(1), x.shape)
    before = len(methods._CACHE)
    with pytest.raises(Cancelled, match="before compiling"):
        compute_ntk(spec.apply, params, x, method="structured_derivatives",
                    progress=lambda d, t: False)
    assert len(methods._CACHE) == before              # nothing was compiled
    for tile, when in ((None, "after compiling, before computing"),
                       (2, "after compiling, before the first tile")):
        calls = []

        def progress(d, t):
            calls.append(d)
            return len(calls) < 2                     # gone while compiling
        with pytest.raises(Cancelled, match=when):
            compute_ntk(spec.apply, params, x, method="structured_derivatives",
                        tile_size=tile, progress=progress)
        assert calls == [0, 0]


def test_cost_records_follow_the_paper():
    spec = MLPSpec(depth=2, width=64, out_dim=4)
    x = jnp.ones((8, 5))
    p = spec.init(jax.random.PRNGKey(0), x.shape)
    rec = {c.method: c for c in method_costs(spec.apply, p, x, output="full")}
    # P = 5*64 + 64*64 + 64*4 (+ biases); JC's contraction term is 2 N^2 O^2 P
    P = 5 * 64 + 64 * 64 + 64 * 4 + 64 + 64 + 4
    assert rec["jacobian_contraction"].paper_flops >= 8 * 8 * 16 * P
    # structured derivatives never need the N O P Jacobian
    assert rec["structured_derivatives"].memory_bytes < rec["jacobian_contraction"].memory_bytes
    assert rec["structured_derivatives"].flops < rec["jacobian_contraction"].flops
    for c in rec.values():
        assert c.predicted_time_s > 0 and c.memory_bytes > 0


def test_cnn_auto_runs_and_matches_fixed_method():
    spec = CNNSpec(layers=(ConvLayer(4, 3, 1, "SAME"),), readout="flatten", out_dim=2)
    x = jax.random.normal(jax.random.PRNGKey(0), (4, 5, 5, 2))
    p = spec.init(jax.random.PRNGKey(1), x.shape)
    auto = compute_ntk(spec.apply, p, x, output="full")
    fixed = compute_ntk(spec.apply, p, x, output="full", method="jacobian_contraction")
    assert auto.method in METHODS and auto.reason.startswith(
        {"jacobian_contraction": "Jacobian", "ntk_vector_products": "NTK-vector",
         "structured_derivatives": "structured"}[auto.method])
    assert close(auto.kernel, fixed.kernel)


FOUR_DEVICES = textwrap.dedent("""
    import json, sys
    import jax, numpy as np
    from ntk_core.networks.specs import MLPSpec
    from ntk_core.finite.empirical import compute_ntk
    assert len(jax.local_devices()) == int(sys.argv[1]), jax.local_devices()
    spec = MLPSpec(depth=2, width=32, out_dim=2)
    x1 = jax.random.normal(jax.random.PRNGKey(0), (7, 3))
    p = spec.init(jax.random.PRNGKey(2), x1.shape)
    out = {}
    for m in ["structured_derivatives", "jacobian_contraction"]:
        for o in ["full", "diagonal"]:
            r = compute_ntk(spec.apply, p, x1, method=m, output=o, tile_size=2)
            out[m + o] = [r.kernel.tolist(), r.n_tiles]
    print("RESULT" + json.dumps(out))
""")


def _run_devices(n):
    env = dict(os.environ, XLA_FLAGS=os.environ.get("XLA_FLAGS", "") +  # conftest's flags
               f" --xla_force_host_platform_device_count={n}",
               JAX_PLATFORMS="cpu", PYTHONPATH=ROOT)
    out = subprocess.run([sys.executable, "-c", FOUR_DEVICES, str(n)], env=env,
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    line = [l for l in out.stdout.splitlines() if l.startswith("RESULT")][0]
    return json.loads(line[len("RESULT"):])


def test_four_devices_match_one():
    one, four = _run_devices(1), _run_devices(4)
    for k in one:
        assert one[k][1] == four[k][1]
        assert close(np.array(four[k][0]), np.array(one[k][0]), 1e-6), k


def test_xla_cost_analysis_is_reported():
    spec = MLPSpec(depth=1, width=16, out_dim=2)
    x = jnp.ones((3, 4))
    p = spec.init(jax.random.PRNGKey(0), x.shape)
    for c in method_costs(spec.apply, p, x, output="full", xla=True):
        assert c.xla_flops is not None and c.xla_flops > 0
        assert c.xla_memory_bytes is not None and c.xla_memory_bytes > 0

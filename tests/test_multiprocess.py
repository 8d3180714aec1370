"""Two processes under ``jax.distributed`` on this machine give the single-process kernel.

Runs the README's runbook command (``scripts/multiprocess_ntk.py --local 2``): two local
processes over 127.0.0.1 (a free port), each with 2 forced host devices, so every round
takes 4 tiles, 2 per process, and the blocks are all-gathered (gloo on CPU). Each process
must return the whole kernel, report progress tile by tile with the global count, and
agree on the method (``auto``, decided by each process) and the tile size (the whole kernel
would fit, so the tiler cuts it to give every device a tile). The reference is this process's ``compute_ntk`` of the same network
and inputs (same seeds), whole, with the method the processes used. Tiled and whole
kernels run the same arithmetic on different batch shapes, so they agree to float32
rounding (relative 1e-5 of the largest entry, ~100 ulps, as in test_tiling), and the two
processes' kernels are identical (both assemble the same gathered blocks).
A stop asked by process 1 alone after its first tile stops both after the same round.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from ntk_core.finite.empirical import compute_ntk

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "multiprocess_ntk.py"
ARGS = ["--n", "12", "--d", "5", "--width", "32", "--output", "full"]


def _runbook():
    spec = importlib.util.spec_from_file_location("multiprocess_ntk", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _launch(out: Path, *extra: str):
    env = {k: v for k, v in os.environ.items() if k != "XLA_FLAGS"}
    if "--xla_cpu_use_fusion_emitters=false" in os.environ.get("XLA_FLAGS", ""):
        env["XLA_FLAGS"] = "--xla_cpu_use_fusion_emitters=false"   # conftest's compile flag
    return subprocess.run([sys.executable, str(SCRIPT), "--local", "2", "--cpu-devices", "2",
                           "--out", str(out), "--timeout", "400", *ARGS, *extra],
                          cwd=ROOT, env=dict(env, JAX_PLATFORMS="cpu"), capture_output=True,
                          text=True, timeout=500)


def test_two_processes_give_the_single_process_kernel_and_stop_together(tmp_path):
    run = _launch(tmp_path / "full")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    recs = [json.loads((tmp_path / "full" / f"result_p{p}.json").read_text()) for p in (0, 1)]
    kers = [np.load(tmp_path / "full" / f"kernel_p{p}.npy") for p in (0, 1)]
    for p, rec in enumerate(recs):
        assert rec["processes"] == rec["processes_used"] == 2, rec
        assert rec["local_devices"] == 2 and rec["devices"] == 4, rec
        # the whole kernel fits, yet 4 devices share it: the largest tile giving >= 4
        # blocks is 5 rows (3 row tiles, the last ragged; 6 upper-triangle blocks)
        assert rec["n_tiles"] == 6, rec
        assert rec["progress"] == [f"{i}/6" for i in range(1, 7)]
        assert f"[{p}] tile 6/6" in run.stdout
    assert recs[0]["method"] == recs[1]["method"]
    np.testing.assert_array_equal(kers[0], kers[1])

    book = _runbook()
    spec, params, x = book.problem(12, 5, 32, 2, 2)
    ref = compute_ntk(spec.apply, params, x, method=recs[0]["method"], output="full").kernel
    assert ref.shape == kers[0].shape == (12, 12, 2, 2)
    err = float(np.max(np.abs(kers[0] - ref)) / np.max(np.abs(ref)))
    assert err < 1e-5, err

    # tiles of 3: 4 row tiles, 10 upper-triangle blocks, in rounds of 4
    stop = _launch(tmp_path / "stop", "--tile-size", "3", "--stop-after", "1", "--stop-on", "1",
                   "--method", recs[0]["method"])
    assert stop.returncode == 3, stop.stdout[-3000:] + stop.stderr[-3000:]
    recs = [json.loads((tmp_path / "stop" / f"result_p{p}.json").read_text()) for p in (0, 1)]
    for p, rec in enumerate(recs):
        assert rec["cancelled"] == "stopped after 4 of 10 tiles (asked by process 1 of 2)", rec
        assert not (tmp_path / "stop" / f"kernel_p{p}.npy").exists()
    assert recs[0]["progress"] == ["1/10", "2/10", "3/10", "4/10"]   # 0 never asked
    assert recs[1]["progress"] == ["1/10"]      # 1 asked at its first tile, then waited

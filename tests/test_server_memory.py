"""The server's memory budget (issue 18, item 1): results cached in bytes, not entries,
and new work admitted only while it fits, else refused with a message naming the limit.

The replay test runs real NTK requests like the issue's heavy link
(``/build?n=...&out=16&mode=full&width=64&depth=1&seed=K``), scaled down to 64 MiB
kernels under a budget a few hundred MB above the process's current size (the machine
is shared), and samples the resident size in a thread throughout. Each request holds
what the Build page's result holds (the kernel and its square view); the spectrum is
left out (an eigendecomposition adds time, not memory that stays).
"""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from ntk_core.app import compute as appcompute, state as appstate
from ntk_core.finite.empirical import compute_ntk
from ntk_core.app.memory import (ENV, GiB, ServerBusy, ServerMemory, nbytes, request_bytes,
                                 resident_bytes, server_budget_bytes)

MiB = 2**20


def test_budget_from_environment_or_machine():
    assert server_budget_bytes({ENV: "3"}) == 3 * GiB
    for bad in ("inf", "-1", "0", "lots", "nan"):  # not a usable budget: half the machine
        assert 0 < server_budget_bytes({ENV: bad}) == server_budget_bytes({})


def test_cache_is_bounded_in_bytes_least_recently_used_first():
    mem = ServerMemory(budget=100 * MiB, cache_fraction=0.5, resident=lambda: 0.0)
    arrays = {k: np.zeros(16 * MiB // 8) for k in "abcde"}  # 16 MiB each; cache holds 50 MiB
    for k in "abc":
        assert mem.put(k, {"kernel": arrays[k]})
    mem.get("a")                      # a is now the most recently used
    mem.put("d", {"kernel": arrays["d"]})
    assert "b" not in mem and all(k in mem for k in "acd")
    assert mem.cached_bytes == 3 * 16 * MiB <= mem.cache_max
    assert not mem.put("huge", np.zeros(60 * MiB // 8))  # bigger than the cache: not kept
    with pytest.raises(ValueError):   # cached values are shared: read-only
        mem.get("a")["kernel"][0] = 1.0


def test_admission_evicts_then_refuses_naming_the_limit():
    """Resident size = 10 MiB + what the cache holds (a model of the process)."""
    mem = ServerMemory(budget=100 * MiB, cache_fraction=0.6, resident=lambda: 0.0)
    mem.resident = lambda: 10 * MiB + mem.cached_bytes
    for k in range(3):
        mem.put(k, np.zeros(16 * MiB // 8))
    with mem.admit(60 * MiB):          # fits only after evicting cached results
        assert mem.cached_bytes <= 30 * MiB and mem.evictions >= 1
        with pytest.raises(ServerBusy) as e:  # admitted work is counted until it ends
            with mem.admit(40 * MiB, "this NTK"):
                pass
    assert ENV in str(e.value) and "0.10 GB" in str(e.value) and "this NTK needs" in str(e.value)
    with mem.admit(80 * MiB):          # the first request's reservation was released
        pass
    assert nbytes({"a": [np.zeros(4), np.zeros(4)], "b": None}) == 64


def kernel_result(state: dict) -> dict:
    spec, x = appstate.build_spec(state), appcompute.make_inputs(state)
    params = appcompute.init_params(spec, x.shape, int(state["seed"]))
    kernel = np.asarray(compute_ntk(spec.apply, params, x, output="full").kernel)
    return {"kernel": kernel, "matrix": appcompute.as_matrix(kernel, "full")}


def test_replayed_heavy_links_stay_under_the_budget():
    base = resident_bytes()
    if base <= 0:
        pytest.skip("no /proc/self/statm on this system")
    state0 = appstate.state_with({"n": 256, "out": 16, "mode": "full", "width": 64, "depth": 1})
    need = request_bytes(state0, 32 * MiB)
    # room for the request and about two cached results (128 MiB each), not for five
    mem = ServerMemory(budget=base + need + 320 * MiB, cache_fraction=0.9)
    peak, done = [0.0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], resident_bytes())
            time.sleep(0.005)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        for seed in range(5):
            state = dict(state0, seed=seed)
            res = mem.cached(("ntk", seed), lambda: kernel_result(state), need)
            assert res["kernel"].shape == (256, 256, 16, 16)
            del res
        assert mem.get(("ntk", 4)) is not None       # the newest is kept
        assert mem.evictions >= 2                    # older results made room
    finally:
        done.set()
        t.join()
    assert peak[0] <= mem.budget, (peak[0] / MiB, mem.budget / MiB)

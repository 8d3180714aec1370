"""One process of a multi-process NTK computation (``jax.distributed``), or a local launcher.

Runbook (README, "Several processes or hosts"). Start one process per host (or per GPU),
all with the same arguments except ``--process-id``:

    python3 scripts/multiprocess_ntk.py --coordinator HOST0:PORT --num-processes 2 \\
        --process-id 0 --out results/      # on host 0 (it also serves as coordinator)
    python3 scripts/multiprocess_ntk.py --coordinator HOST0:PORT --num-processes 2 \\
        --process-id 1 --out results/      # on host 1

or both on this machine over the loopback address, each with ``--cpu-devices`` forced host
devices (a free port is picked):

    python3 scripts/multiprocess_ntk.py --local 2 --cpu-devices 2 --out /tmp/ntk

Each process calls ``jax.distributed.initialize`` before any JAX work, builds the same
network and inputs from fixed seeds, and calls ``compute_ntk`` with a progress callback;
the tiles are shared among the processes and every process returns the whole kernel.
Process ``p`` prints ``[p] tile done/total`` lines and writes ``kernel_p{p}.npy`` and
``result_p{p}.json`` (method, tiles, processes, devices, progress calls, times) to ``--out``. The run stops
when ``--stop-file`` appears (any process may see it) or after ``--stop-after`` tiles (on
process ``--stop-on`` only, if given): every process then raises ``Cancelled`` after the same round, writes ``"cancelled"`` to its JSON
and exits with status 3. Exit status 0: done.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def problem(n, d, width, depth, out_dim):
    """The network and inputs, identical on every process (fixed seeds)."""
    import jax
    from ntk_core.networks.specs import MLPSpec
    spec = MLPSpec(depth=depth, width=width, activation="relu", out_dim=out_dim)
    import jax.numpy as jnp
    # float32 explicitly: the same numbers whatever the caller's jax_enable_x64
    x = jax.random.normal(jax.random.PRNGKey(0), (n, d), jnp.float32)
    return spec, spec.init(jax.random.PRNGKey(1), x.shape, jnp.float32), x


def run_process(a) -> int:
    if a.cpu_devices:
        os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") +
                                   f" --xla_force_host_platform_device_count={a.cpu_devices}")
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
    sys.path.insert(0, str(ROOT))
    import jax
    jax.distributed.initialize(coordinator_address=a.coordinator,
                               num_processes=a.num_processes, process_id=a.process_id)
    from ntk_core.finite.empirical import compute_ntk
    from ntk_core.finite.tiling import Cancelled
    import numpy as np

    p = jax.process_index()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    spec, params, x = problem(a.n, a.d, a.width, a.depth, a.out_dim)

    ticks = []

    def progress(done, total):
        ticks.append(f"{done}/{total}")
        print(f"[{p}] tile {done}/{total}", flush=True)
        if a.stop_after and done >= a.stop_after and a.stop_on in (-1, p):
            return False
        return not (a.stop_file and os.path.exists(a.stop_file))

    rec = {"process": p, "processes": jax.process_count(),
           "local_devices": len(jax.local_devices()), "devices": len(jax.devices())}
    rec["progress"] = ticks
    t0 = time.perf_counter()
    try:
        r = compute_ntk(spec.apply, params, x, method=a.method, output=a.output,
                        tile_size=a.tile_size, progress=progress)
    except Cancelled as e:
        rec.update(cancelled=str(e))
        (out / f"result_p{p}.json").write_text(json.dumps(rec))
        print(f"[{p}] cancelled: {e}", flush=True)
        return 3
    np.save(out / f"kernel_p{p}.npy", r.kernel)
    rec.update(method=r.method, n_tiles=r.n_tiles, shape=list(r.kernel.shape),
               compile_time_s=r.compile_time_s, run_time_s=r.run_time_s,
               wall_s=time.perf_counter() - t0, processes_used=r.extra.get("processes"))
    (out / f"result_p{p}.json").write_text(json.dumps(rec))
    print(f"[{p}] done: {json.dumps(rec)}", flush=True)
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_local(a, argv) -> int:
    """Start ``a.local`` processes of this script on 127.0.0.1; their worst exit status."""
    coord = f"127.0.0.1:{free_port()}"
    rest = list(argv)
    k = rest.index("--local")
    del rest[k:k + 2]
    procs = [subprocess.Popen([sys.executable, __file__, *rest, "--coordinator", coord,
                               "--num-processes", str(a.local), "--process-id", str(i)])
             for i in range(a.local)]
    try:
        codes = [pr.wait(timeout=a.timeout) for pr in procs]
    finally:
        for pr in procs:
            if pr.poll() is None:
                pr.kill()
    return max(codes)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--coordinator", help="HOST:PORT of process 0")
    ap.add_argument("--num-processes", type=int)
    ap.add_argument("--process-id", type=int)
    ap.add_argument("--local", type=int, help="start this many processes here on 127.0.0.1")
    ap.add_argument("--cpu-devices", type=int, default=0, help="forced host devices per process")
    ap.add_argument("--out", default="multiprocess_ntk_out")
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--d", type=int, default=5)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--out-dim", type=int, default=2)
    ap.add_argument("--method", default="auto")
    ap.add_argument("--output", default="trace", choices=["trace", "full", "diagonal"])
    ap.add_argument("--tile-size", type=int, default=None)
    ap.add_argument("--stop-file", default=None)
    ap.add_argument("--stop-after", type=int, default=0)
    ap.add_argument("--stop-on", type=int, default=-1,
                    help="only this process asks to stop (--stop-after); -1: every process")
    ap.add_argument("--timeout", type=float, default=600)
    argv = sys.argv[1:] if argv is None else argv
    a = ap.parse_args(argv)
    if a.local:
        return launch_local(a, argv)
    if a.coordinator is None or a.num_processes is None or a.process_id is None:
        ap.error("give --coordinator, --num-processes and --process-id (or --local N)")
    return run_process(a)


if __name__ == "__main__":
    sys.exit(main())

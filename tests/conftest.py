"""Shared fixtures: a real Streamlit server for the browser tests (tests/test_browser.py).

The server runs ``app.py`` on a free loopback port; tests wait on ``/_stcore/health``.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

# XLA's CPU compiler emits fusions through its MLIR fusion emitters by default; the older
# elemental emitters compile the same programs in about half the CPU time (the three
# image-net NTK programs of test_layers: 23.5 s against 11.2 s, unoptimised; the tests'
# programs are small, so they spend their time compiling, not running). Set before any
# test imports jax (the flag is read when the CPU backend starts); subprocesses inherit
# it. NTK_TEST_FUSION_EMITTERS=1 keeps XLA's default.
if os.environ.get("NTK_TEST_FUSION_EMITTERS") != "1" and \
        "xla_cpu_use_fusion_emitters" not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") +
                               " --xla_cpu_use_fusion_emitters=false").strip()


ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, log_path: Path, env: dict | None = None) -> subprocess.Popen:
    """``streamlit run app.py`` on 127.0.0.1:port, stdout/stderr to log_path."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    full_env = dict(os.environ, JAX_PLATFORMS=os.environ.get("JAX_PLATFORMS", ""),
                    NTK_APP_WARMUP="0")  # the server's warm-up: only where a test asks
    full_env.update(env or {})
    log = open(log_path, "wb")
    return subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=full_env,
                            start_new_session=True)


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} not healthy after {timeout} s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """Base URL of a running app server (shared by the browser tests)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium (/usr/bin/chromium) is not installed")
    port = free_port()
    out = ROOT / "test-output"
    proc = start_server(port, out / "streamlit-server.log")
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        stop_server(proc)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium (/usr/bin/chromium) is not installed")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


# Tests of small programs spend their time in XLA's compiler, not in running: for these
# modules its optimisation passes are off. Measured CPU time optimised / not: test_batch
# and test_empirical about 2x; test_layers 213 / 122 s, test_orthogonal 201 / 77 s (its
# Monte-Carlo nets are small), test_recurrent 127 / 100 s, test_dynamics 57 / 34 s; the
# AppTest modules, which compile many small programs, test_app_pages 473 / 346 s and
# test_layers_app 239 / 107 s. Every check there compares against an independent
# reference, which unoptimised programs meet as well. The wide Monte-Carlo tests
# (test_infinite, test_infinite_layers, test_convergence) and the browser tests' servers
# run optimised: unoptimised, test_infinite took 317 s against 86 s.
# NTK_TEST_OPTIMIZED=1 runs every test optimised.
COMPILE_BOUND = {"test_batch", "test_empirical", "test_ntk_fn", "test_frameworks",
                 "test_precision", "test_input_checks", "test_layers", "test_orthogonal",
                 "test_recurrent", "test_dynamics", "test_app_pages", "test_layers_app",
                 "test_app_dynamics", "test_app_orthogonal"}


@pytest.fixture(autouse=True)
def _xla_optimisation(request):
    name = request.node.module.__name__.rsplit(".", 1)[-1] if request.node.module else ""
    if name not in COMPILE_BOUND or os.environ.get("NTK_TEST_OPTIMIZED") == "1":
        yield
        return
    import jax
    before = os.environ.get("JAX_DISABLE_MOST_OPTIMIZATIONS", "0").lower() in ("1", "true")
    jax.config.update("jax_disable_most_optimizations", True)
    try:
        yield
    finally:
        jax.config.update("jax_disable_most_optimizations", before)


# Several modules set jax_enable_x64 at import (their float64 references), which under
# pytest turns it on for the whole process (other modules, e.g. test_tiling and
# test_frameworks, rely on that through their imports). The Monte-Carlo feature-map tests
# below need no float64 JAX: they run with x64 off, as the app does (it never enables it;
# ntk_core takes float64 locally where needed) and as the module runs alone; their
# references are numpy float64. Under x64 their JAX ran in float64: test_sketch's CNTK
# feature maps took 81 s of CPU against 10 s, the orthogonal-MLP Monte-Carlo 27 s
# against 10 s. NTK_TEST_X64_EVERYWHERE=1 keeps the process-wide setting.
X64_OFF = ("test_sketch::", "test_orthogonal::test_orthogonal_mlp_converges_to_gaussian")


@pytest.fixture(autouse=True)
def _x64_off_where_not_needed(request):
    name = request.node.module.__name__.rsplit(".", 1)[-1] if request.node.module else ""
    if not f"{name}::{request.node.name}".startswith(X64_OFF) or \
            os.environ.get("NTK_TEST_X64_EVERYWHERE") == "1":
        yield
        return
    import jax
    before = bool(jax.config.jax_enable_x64)
    jax.config.update("jax_enable_x64", False)
    try:
        yield
    finally:
        jax.config.update("jax_enable_x64", before)


# ----------------------------------------------------------------------------- scheduling
# pytest.ini adds `--dist loadgroup` (used with -n 2). Every test that drives Chromium goes
# to one worker as one group ("browser"): one server then computes each page's small view
# once for all browser modules (test_browser_lecture reuses test_browser's shapes), and
# one Chromium runs instead of two; the other worker runs the compute-bound tests
# meanwhile (a browser test mostly waits on its server). Every other test is its own unit
# of work, handed to whichever worker is free; LONG_FIRST's modules go first (longest
# measured first) so that the run does not end on one worker finishing a long test alone.
LONG_FIRST = ("test_sketch", "test_layers", "test_app_pages", "test_empirical",
              "test_infinite_layers", "test_recurrent", "test_frameworks", "test_ntk_fn",
              "test_multiprocess", "test_app_orthogonal", "test_layers_app", "test_batch",
              "test_infinite", "test_packaging", "test_precision", "test_app_dynamics",
              "test_recurrent_init", "test_orthogonal", "test_tiling", "test_convergence",
              "test_dynamics")


@pytest.hookimpl(tryfirst=True)  # before xdist's, which reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        if {"app_server", "browser"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("browser"))
    rank = {name: i for i, name in enumerate(LONG_FIRST)}
    items.sort(key=lambda it: rank.get(it.module.__name__.rsplit(".", 1)[-1]
                                       if it.module else "", len(rank)))

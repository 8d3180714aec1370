"""Packaging: ``pip install .`` of a clean checkout gives an importable, typed ``ntk_core``.

The default test is fast and offline: the clean checkout is the repository's files as git
sees them (tracked and new, never ignored ones: what a clone of the next commit holds), the venv is created with
``--system-site-packages`` so that jax, numpy, ... come from this machine, and pip builds
the package with the installed setuptools (``--no-deps --no-build-isolation``). What that
proves: pyproject.toml builds a wheel and an editable install with a standard backend; the
wheel holds ``ntk_core`` with all its subpackages and ``py.typed`` and nothing else (no
pages/, tests/); ``import ntk_core`` from another directory loads the installed copy (not the
checkout) and computes a kernel, with Flax, Equinox and Haiku made unimportable; every requirement of the package and of its ``app`` and
``frameworks`` extras is satisfied by what is installed; and requirements.txt, which the
README's first command installs, asks for the same lower bounds.

What it does not prove: that PyPI resolves the dependencies into a venv without system
packages. ``NTK_TEST_FULL_INSTALL=1`` runs that too (a real ``pip install .[app]`` into an
isolated venv, then the app's command, until ``/_stcore/health`` answers): minutes, and
it downloads jax, streamlit, ... from the package index.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from conftest import free_port, stop_server, wait_healthy

ROOT = Path(__file__).resolve().parent.parent


def _clean_checkout(dest: Path) -> Path:
    """Copy the files a clone would hold (git-tracked, plus new files not ignored: the
    working tree as it would be committed) to ``dest``, without build outputs or caches."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell tracked files from build outputs")
    files = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for f in filter(None, files):
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)
    return dest


def _venv(path: Path, system: bool) -> Path:
    args = [sys.executable, "-m", "venv", "--without-pip", str(path)]
    if system:
        args.insert(3, "--system-site-packages")
    subprocess.run(args, check=True)
    return path / "bin" / "python"


def _pip(python: Path, *args: str, timeout: float = 600) -> None:
    out = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                          "--disable-pip-version-check", "-q", *args],
                         capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]


CHECK = textwrap.dedent("""
    import importlib.metadata as md, json, pathlib, sys
    for fw in ("flax", "equinox", "haiku"):  # ntk_core needs none of the model frameworks
        sys.modules[fw] = None
    import jax, ntk_core
    from packaging.requirements import Requirement
    from ntk_core import MLPSpec, compute_ntk
    spec = MLPSpec(depth=1, width=8, out_dim=2)
    x = jax.numpy.ones((3, 4))
    k = compute_ntk(spec.apply, spec.init(jax.random.PRNGKey(0), x.shape), x).kernel
    dist = md.distribution("ntk-explorer")
    unmet = []
    for r in dist.requires:
        req = Requirement(r)
        if req.marker and not any(req.marker.evaluate({"extra": e})
                                  for e in sys.argv[1].split(",")):
            continue
        try:
            have = md.version(req.name)
        except md.PackageNotFoundError:
            have = None
        if have is None or not req.specifier.contains(have, prereleases=True):
            unmet.append(f"{r} (installed: {have})")
    files = [str(f) for f in dist.files]
    print("RESULT" + json.dumps({
        "file": ntk_core.__file__, "version": ntk_core.__version__,
        "meta_version": dist.version, "kernel_shape": list(k.shape), "unmet": unmet,
        "top": sorted({f.split("/")[0] for f in files if not f.startswith("ntk_explorer")}),
        "typed": any(f.endswith("ntk_core/py.typed") for f in files),
        "extras": dist.metadata.get_all("Provides-Extra")}))
""")


def _check(python: Path, cwd: Path, extras: str = "app,frameworks") -> dict:
    import json
    out = subprocess.run([str(python), "-c", CHECK, extras], cwd=cwd, capture_output=True, text=True,
                         timeout=300, env=dict(os.environ, JAX_PLATFORMS="cpu", PYTHONPATH=""))
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.split("RESULT", 1)[1])


def test_pip_install_from_clean_checkout_then_import_elsewhere(tmp_path):
    src = _clean_checkout(tmp_path / "checkout")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    py = _venv(tmp_path / "venv", system=True)
    _pip(py, "--no-deps", "--no-build-isolation", str(src))
    got = _check(py, elsewhere)
    site = str(tmp_path / "venv")
    assert got["file"].startswith(site) and "site-packages" in got["file"], got["file"]
    assert got["version"] == got["meta_version"]
    assert got["kernel_shape"] == [3, 3]
    assert got["unmet"] == []
    assert got["top"] == ["ntk_core"]            # no pages/, tests/, benchmarks/ in the wheel
    assert got["typed"]
    assert {"app", "frameworks", "test"} <= set(got["extras"])

    # editable install: the import follows the checkout
    py2 = _venv(tmp_path / "venv-e", system=True)
    _pip(py2, "--no-deps", "--no-build-isolation", "-e", str(src))
    got = _check(py2, elsewhere)
    assert Path(got["file"]).resolve() == (src / "ntk_core" / "__init__.py").resolve()


def _name(req: str) -> str:
    return re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0].strip().lower().replace("_", "-")


def test_requirements_txt_and_pyproject_agree():
    """The README's first command installs requirements.txt; it must ask for at least what
    the package declares (same names, same bounds), app and framework extras included."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(meta["dependencies"]) + meta["optional-dependencies"]["app"] + \
        meta["optional-dependencies"]["frameworks"] + [
            r for r in meta["optional-dependencies"]["test"] if not r.startswith("ntk-explorer")]
    lines = [l.split("#")[0].strip() for l in (ROOT / "requirements.txt").read_text().splitlines()]
    reqs = {_name(l): l.replace(" ", "") for l in lines if l}
    for r in declared:
        assert _name(r) in reqs, f"{r} is in pyproject.toml but not in requirements.txt"
        assert reqs[_name(r)] == r.replace(" ", ""), (
            f"pyproject.toml says {r}, requirements.txt says {reqs[_name(r)]}")


@pytest.mark.skipif(os.environ.get("NTK_TEST_FULL_INSTALL") != "1",
                    reason="set NTK_TEST_FULL_INSTALL=1: downloads the dependencies (minutes)")
@pytest.mark.timeout(2400)
def test_full_isolated_install_and_app_starts(tmp_path):
    src = _clean_checkout(tmp_path / "checkout")
    py = _venv(tmp_path / "venv", system=False)
    subprocess.run([str(py), "-m", "ensurepip"], check=True, capture_output=True)
    _pip(py, f"{src}[app]", timeout=1800)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    got = _check(py, elsewhere, extras="app")
    assert got["unmet"] == []
    port = free_port()
    log = open(tmp_path / "app.log", "wb")
    proc = subprocess.Popen([str(py), "-m", "streamlit", "run", "app.py", "--server.port",
                             str(port), "--server.headless", "true",
                             "--server.address", "127.0.0.1"],
                            cwd=src, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc, timeout=120)
    finally:
        stop_server(proc)

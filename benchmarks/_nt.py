"""Run code under neural-tangents 0.6.5 (its own venv on JAX 0.4.23) and get JSON back.

neural-tangents 0.6.5 runs only on old JAX, so it lives in a separate venv
(``/tmp/ntvenv`` by default, built by ``../shared/tools/setup_neural_tangents.sh`` when
missing, ~3 min) and is driven through a subprocess. Two ways:

* :func:`run_script` -- one-shot: ``code`` defines ``main(payload: dict) -> dict``; the
  payload goes in as JSON, the returned dict comes back.
* :class:`Worker` -- a long-lived process for side-by-side timing (alternate calls with
  work in this process): ``code`` defines ``handle(msg: dict) -> dict``; each
  :meth:`Worker.call` sends one message and waits for its answer. State (compiled
  functions) persists between calls in the worker's globals.

Answers are single JSON lines tagged with a prefix, so log noise from TensorFlow / JAX on
the worker's stdout is ignored; its stderr goes to a log file (shown on failure).
Arrays travel as ``.npz`` files whose paths are put in the messages.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_VENV = os.environ.get("NT_VENV", "/tmp/ntvenv")
SETUP = os.path.join(ROOT, "..", "shared", "tools", "setup_neural_tangents.sh")
_TAG = "@@NTJSON@@"

_LOOP = textwrap.dedent(f"""
    import json, sys, traceback
    def _reply(obj):
        sys.stdout.write({_TAG!r} + json.dumps(obj) + "\\n"); sys.stdout.flush()
    for _line in sys.stdin:
        try:
            _reply({{"ok": True, "result": handle(json.loads(_line))}})
        except Exception as _e:  # report, keep serving
            _reply({{"ok": False, "error": traceback.format_exc()}})
""")

_ONESHOT = textwrap.dedent(f"""
    import json, sys
    _out = main(json.loads(sys.stdin.read()))
    sys.stdout.write({_TAG!r} + json.dumps(_out) + "\\n")
""")


class NTError(RuntimeError):
    """The neural-tangents subprocess failed (the message holds its traceback / log)."""


def python(venv: str = DEFAULT_VENV) -> str:
    return os.path.join(venv, "bin", "python")


def ensure_venv(venv: str = DEFAULT_VENV, log=print) -> str:
    """Path of the venv's python, building the venv first if it is missing."""
    py = python(venv)
    ok = os.path.exists(py) and subprocess.run(
        [py, "-c", "import neural_tangents"], capture_output=True).returncode == 0
    if not ok:
        log(f"building neural-tangents 0.6.5 venv in {venv} (~3 min) ...")
        subprocess.run(["bash", SETUP, venv], check=True)
    return py


def _env():
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", JAX_PLATFORMS="cpu", PYTHONUNBUFFERED="1")
    env.pop("PYTHONPATH", None)
    return env


def _parse(out: str):
    for line in reversed(out.splitlines()):
        if line.startswith(_TAG):
            return json.loads(line[len(_TAG):])
    return None


def run_script(code: str, payload: dict, *, venv: str = DEFAULT_VENV, timeout: float = 900,
               python_exe: str | None = None):
    """Run ``code`` (defining ``main(payload) -> dict``) in the venv; return its dict.
    ``python_exe``: another interpreter instead (e.g. ``sys.executable``, to run the very
    same program on the current JAX for comparison)."""
    py = python_exe or ensure_venv(venv)
    p = subprocess.run([py, "-c", code + "\n" + _ONESHOT], input=json.dumps(payload),
                       capture_output=True, text=True, timeout=timeout, env=_env())
    out = _parse(p.stdout)
    if p.returncode != 0 or out is None:
        raise NTError(f"neural-tangents script failed (exit {p.returncode}):\n{p.stderr[-4000:]}")
    return out


class Worker:
    """A persistent neural-tangents process; ``code`` defines ``handle(msg) -> dict``."""

    def __init__(self, code: str, *, venv: str = DEFAULT_VENV, python_exe: str | None = None):
        py = python_exe or ensure_venv(venv)    # python_exe: another venv (e.g. PyTorch's)
        self._log = tempfile.NamedTemporaryFile("w+", prefix="ntworker_", suffix=".log",
                                                delete=False)
        self.proc = subprocess.Popen([py, "-u", "-c", code + "\n" + _LOOP],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._log, text=True, env=_env())

    def call(self, msg: dict) -> dict:
        if self.proc.poll() is not None:
            raise NTError(f"neural-tangents worker exited ({self.proc.returncode}): "
                          f"{self.log_tail()}")
        self.proc.stdin.write(json.dumps(msg) + "\n")
        self.proc.stdin.flush()
        for line in self.proc.stdout:
            if line.startswith(_TAG):
                ans = json.loads(line[len(_TAG):])
                if not ans["ok"]:
                    raise NTError(ans["error"])
                return ans["result"]
        raise NTError(f"neural-tangents worker died: {self.log_tail()}")

    def log_tail(self, n=4000) -> str:
        self._log.flush()
        with open(self._log.name) as f:
            return f.read()[-n:]

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        try:
            os.unlink(self._log.name)
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


if __name__ == "__main__":          # smoke test: python benchmarks/_nt.py
    print(run_script("import neural_tangents as nt, jax\n"
                     "def main(p):\n    return {'nt': nt.__version__, 'jax': jax.__version__, "
                     "'echo': p}", {"hello": 1}))
    sys.exit(0)

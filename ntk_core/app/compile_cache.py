"""JAX's persistent compilation cache for the app's server process (no Streamlit here).

XLA compilation is most of a cold page's time on a CPU (tens of seconds for Compare's
three networks). JAX can keep compiled executables on disk, keyed by the computation,
its shapes and dtypes, the JAX / XLA version and the device, so a server started again
(or a second server process on the same machine) loads them instead of compiling.

:func:`configure` turns the cache on. Where it lives:

* ``NTK_APP_COMPILE_CACHE`` (environment): a directory, or ``off`` to disable it;
* else JAX's own setting if the user already set one (``JAX_COMPILATION_CACHE_DIR``);
* else ``$XDG_CACHE_HOME/ntk_explorer/jax`` (``~/.cache/ntk_explorer/jax``).

It must run before the process compiles anything (``app.py`` calls it first thing). It
only changes the process's JAX configuration, never a user's scripts: the library itself
does not call it.
"""
from __future__ import annotations

import os
from pathlib import Path

ENV = "NTK_APP_COMPILE_CACHE"
# Cache every executable that took at least this long to compile. Small ones still cost
# the app hundreds of milliseconds each (a page compiles dozens), so the bar is low.
MIN_COMPILE_S = 0.05


def default_dir(environ=None) -> Path:
    """``$XDG_CACHE_HOME/ntk_explorer/jax`` (``~/.cache`` when XDG_CACHE_HOME is unset)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ntk_explorer" / "jax"


def cache_dir(environ=None) -> Path | None:
    """The directory :func:`configure` uses (None: disabled), from the environment."""
    environ = os.environ if environ is None else environ
    value = environ.get(ENV, "").strip()
    if value.lower() in ("off", "0", "false", "none"):
        return None
    if value:
        return Path(value).expanduser()
    if environ.get("JAX_COMPILATION_CACHE_DIR"):
        return Path(environ["JAX_COMPILATION_CACHE_DIR"]).expanduser()
    return default_dir(environ)


def configure(environ=None) -> Path | None:
    """Point JAX's persistent compilation cache at :func:`cache_dir` (idempotent).

    Returns the directory in use, or None when disabled or not writable (the app then
    compiles as usual).
    """
    import jax

    path = cache_dir(environ)
    if path is None:
        return None
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(path, os.W_OK):
        return None
    if jax.config.jax_compilation_cache_dir != str(path):
        jax.config.update("jax_compilation_cache_dir", str(path))
    jax.config.update("jax_persistent_cache_min_compile_time_secs", MIN_COMPILE_S)
    jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
    return path

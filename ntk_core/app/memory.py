"""The server's memory budget: result caches bounded in bytes and admission of new work
(no Streamlit here).

Counting cache entries does not bound memory: one ``n=1024, out=16, mode=full`` kernel is
1 GiB (and its square view another). So

* :func:`server_budget_bytes` is the memory the whole server may use: the environment
  variable ``NTK_APP_MAX_SERVER_GB``, else half of the machine's memory (the cgroup's
  limit where that is lower), so several servers or other work fit beside it;
* :class:`ServerMemory` holds every cached result of the app in one least-recently-used
  store bounded in **bytes** (:func:`nbytes` of the numpy arrays inside), and admits new
  work only while the process's resident size, the work already admitted and the new
  request's predicted bytes fit the budget: it first evicts cached results, and if that
  is not enough it refuses with :class:`ServerBusy`, whose message names the limit.

Cached values are shared between sessions (never copied), so their arrays are made
read-only. ``resident_bytes`` reads ``/proc/self/statm`` (Linux); elsewhere admission
counts only the bytes this module knows about.
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

import numpy as np

from .budget import kernel_elements

ENV = "NTK_APP_MAX_SERVER_GB"
GiB = 2**30


def request_bytes(state: dict, compute_bytes: float = 0.0) -> float:
    """Bytes an NTK request holds at its peak: the method's working memory
    (``compute_bytes``, the cost model's prediction) plus the float32 kernel three times
    (the assembled kernel, its square ``[N O, N O]`` view in 'full' mode, and the copy made
    while converting from JAX: measured 2.6x the kernel for n=512, out=16, full), the
    ``[N, N]`` trace and the spectrum's float64 working copies."""
    n = int(state["n"])
    side = n * int(state["out"]) if state.get("mode") == "full" else n
    # the spectrum (matrices up to 4096 wide): float64 copy, its symmetrised copy, workspace
    spectrum = 3 * 8.0 * side * side if state.get("mode") != "diagonal" and side <= 4096 else 0
    return float(compute_bytes) + 4.0 * (3 * kernel_elements(state) + n * n) + spectrum


class ServerBusy(MemoryError):
    """New work would take the server past its memory budget (message says what to do)."""


def machine_bytes() -> float:
    """Physical memory of this machine, or the cgroup's memory limit if lower."""
    total = float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = open(path).read().strip()
        except OSError:
            continue
        if text.isdigit() and 0 < int(text) < total:
            total = float(text)
    return total


def server_budget_bytes(environ=os.environ) -> float:
    """``NTK_APP_MAX_SERVER_GB`` GiB if set to a positive number, else half the machine."""
    try:
        gb = float(environ.get(ENV, ""))
        if gb > 0 and np.isfinite(gb):
            return gb * GiB
    except ValueError:
        pass
    return 0.5 * machine_bytes()


def resident_bytes() -> float:
    """The process's resident set size in bytes (0 where /proc is not available)."""
    try:
        with open("/proc/self/statm") as f:
            return float(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0.0


def nbytes(obj) -> int:
    """Bytes of the numpy / JAX arrays inside ``obj`` (dicts, lists, tuples, objects with a
    ``__dict__`` such as dataclasses), each array counted once."""
    seen: set[int] = set()

    def walk(o, depth=0) -> int:
        if id(o) in seen or depth > 8:
            return 0
        seen.add(id(o))
        if hasattr(o, "nbytes") and hasattr(o, "shape"):
            return int(o.nbytes)
        if isinstance(o, dict):
            return sum(walk(v, depth + 1) for v in o.values())
        if isinstance(o, (list, tuple, set, frozenset)):
            return sum(walk(v, depth + 1) for v in o)
        if hasattr(o, "__dict__") and not isinstance(o, type):
            return walk(vars(o), depth + 1)
        return 0
    return walk(obj)


def freeze(obj):
    """Make the numpy arrays inside ``obj`` read-only (cached values are shared)."""
    if isinstance(obj, np.ndarray):
        obj.flags.writeable = False
    elif isinstance(obj, dict):
        for v in obj.values():
            freeze(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            freeze(v)
    return obj


def fmt_gb(b: float) -> str:
    return f"{b / GiB:.2f} GB"


class ServerMemory:
    """One byte-bounded LRU store of results plus admission of new work.

    ``budget``: bytes the process may reach (resident size + admitted work);
    ``cache_fraction``: the share of the budget the cached results may hold;
    ``resident``: a function giving the current resident bytes (``resident_bytes``).
    """

    def __init__(self, budget: float | None = None, cache_fraction: float = 0.5,
                 resident: Callable[[], float] = resident_bytes):
        self.budget = float(server_budget_bytes() if budget is None else budget)
        self.cache_max = cache_fraction * self.budget
        self.resident = resident
        self._lock = threading.RLock()
        self._store: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self.cached_bytes = 0
        self.admitted_bytes = 0.0
        self.evictions = 0

    # ------------------------------------------------------------------ cache
    def get(self, key: Hashable, default=None):
        with self._lock:
            if key not in self._store:
                return default
            self._store.move_to_end(key)
            return self._store[key][0]

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._store

    def put(self, key: Hashable, value, size: int | None = None) -> bool:
        """Cache ``value`` (its arrays made read-only), evicting the least recently used
        results beyond ``cache_max`` bytes. A value bigger than that is not cached."""
        size = nbytes(value) if size is None else int(size)
        with self._lock:
            self._drop(key)
            if size > self.cache_max:
                return False
            self._store[key] = (freeze(value), size)
            self.cached_bytes += size
            self._evict_to(self.cache_max)
            return True

    def _drop(self, key) -> None:
        if key in self._store:
            self.cached_bytes -= self._store.pop(key)[1]

    def _evict_to(self, limit: float) -> None:
        while self._store and self.cached_bytes > limit:
            _, (_, size) = self._store.popitem(last=False)
            self.cached_bytes -= size
            self.evictions += 1

    def clear(self) -> None:
        with self._lock:
            self._store.clear()
            self.cached_bytes = 0

    # ------------------------------------------------------------------ admission
    def _room(self) -> float:
        return self.budget - self.resident() - self.admitted_bytes

    @contextlib.contextmanager
    def admit(self, need: float, what: str = "this request"):
        """Reserve ``need`` bytes for one piece of work while it runs: cached results are
        evicted (least recently used first) until it fits; if it still does not, raise
        :class:`ServerBusy` before any work starts."""
        need = max(0.0, float(need))
        with self._lock:
            if self._room() < need:
                while self._store and self._room() < need:
                    self._evict_to(max(0, self.cached_bytes - 1))
                import gc
                gc.collect()
            room = self._room()
            if room < need:
                raise ServerBusy(
                    f"{what} needs about {fmt_gb(need)} but only {fmt_gb(max(room, 0))} of this "
                    f"server's memory budget of {fmt_gb(self.budget)} ({ENV}) is free while "
                    "other sessions' work runs; try again in a moment, or reduce N, O or use "
                    "the 'trace' output mode.")
            self.admitted_bytes += need
        try:
            yield
        finally:
            with self._lock:
                self.admitted_bytes -= need

    def cached(self, key: Hashable, compute: Callable[[], object], need: float,
               what: str = "this request"):
        """The cached value of ``key``, or ``compute()`` admitted for ``need`` bytes and then
        cached (shared, read-only)."""
        hit = self.get(key, _MISSING)
        if hit is not _MISSING:
            return hit
        with self.admit(need, what):
            value = compute()
        self.put(key, value)
        return value


_MISSING = object()

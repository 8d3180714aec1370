"""Sharing one device between sessions (no Streamlit here): a first-come queue of
requests with each one's place and a time estimate, and cancellation while queued.

The app keeps two queues (see ``pages/_compute.py``): one for heavy requests and one for
requests predicted to be light (below ``LIMITS.light_s``), so a quick request never
waits behind a long one. Cache hits never reach a queue at all.
"""
from __future__ import annotations

import contextlib
import itertools
import threading
import time
from collections.abc import Callable

from ..finite.tiling import Cancelled


class DeviceQueue:
    """At most ``slots`` requests run at once; the others wait in arrival order.

    :meth:`slot` is a context manager around one request. While it waits, ``on_wait(place,
    eta_s)`` is called about every ``poll_s`` seconds (place 1 = next to start; eta: the
    predicted remaining time of the running requests and of those ahead, divided among
    the slots), and ``alive()`` is asked whether the requester is still there: if not,
    the request leaves the queue by raising :class:`~ntk_core.finite.tiling.Cancelled`.
    """

    def __init__(self, slots: int = 1):
        self.slots = max(1, int(slots))
        self._cond = threading.Condition()
        self._waiting: list[tuple[int, float]] = []  # (ticket, estimate_s), arrival order
        self._running: dict[int, tuple[float, float]] = {}  # ticket -> (start, estimate_s)
        self._tickets = itertools.count()

    def where(self, ticket: int) -> tuple[int, float]:
        """(place in the queue, estimated seconds until it starts) of a waiting ticket."""
        with self._cond:
            ahead = list(itertools.takewhile(lambda t: t[0] != ticket, self._waiting))
            now = time.monotonic()
            left = sum(max(0.0, est - (now - t0)) for t0, est in self._running.values())
            return len(ahead) + 1, (left + sum(est for _, est in ahead)) / self.slots

    def busy(self) -> int:
        """Requests running or waiting."""
        with self._cond:
            return len(self._running) + len(self._waiting)

    @contextlib.contextmanager
    def slot(self, estimate_s: float = 1.0, alive: Callable[[], bool] = lambda: True,
             on_wait: Callable[[int, float], None] | None = None, poll_s: float = 0.5):
        est = float(estimate_s) if estimate_s and estimate_s > 0 else 1.0
        with self._cond:
            ticket = next(self._tickets)
            self._waiting.append((ticket, est))
        try:
            while True:
                with self._cond:
                    if len(self._running) < self.slots and self._waiting[0][0] == ticket:
                        self._waiting.pop(0)
                        self._running[ticket] = (time.monotonic(), est)
                        break
                if not alive():
                    raise Cancelled("the session went away while its request was queued")
                if on_wait is not None:
                    on_wait(*self.where(ticket))
                with self._cond:
                    self._cond.wait(poll_s)
        except BaseException:
            with self._cond:
                self._waiting = [w for w in self._waiting if w[0] != ticket]
                self._cond.notify_all()
            raise
        try:
            yield
        finally:
            with self._cond:
                self._running.pop(ticket, None)
                self._cond.notify_all()

"""Run a callable on a thread pool; get ``(result, error)`` back on the GUI thread.

The one way the window does slow work (after Picard's ``run_task``): the
callable runs on a :class:`QThreadPool` thread and must not touch widgets;
``on_done`` runs later on the GUI thread, where touching widgets is safe.
Work that needs the library goes through
:meth:`reader.ui.services.library.Library.run_task`, which opens a connection
for it on the worker (a SQLite connection belongs to one thread) and reports
a failure the same way for every caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("offline_reader.worker")

Done = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted by the worker is queued to it."""

    finished = Signal(object, object)

    def __init__(self, on_done: Done) -> None:
        super().__init__()
        self._on_done = on_done
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _relays.discard(self)
        try:
            self._on_done(result, error)
        finally:
            self.deleteLater()


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._func(), None
        except Exception as exc:  # handed to on_done, which shows it
            result, error = None, exc
        try:
            self._relay.finished.emit(result, error)
        except RuntimeError:
            # The relay went with the application (quit while this ran):
            # nobody is left to tell.
            log.debug("result of %r dropped: the window is gone", self._func)


#: Relays whose task has not reported yet; holding them keeps them alive.
_relays: set[_Relay] = set()


def run_task(func: Callable[[], Any], on_done: Done, *, pool: QThreadPool | None = None) -> None:
    """Run ``func()`` on ``pool`` (default: the global pool); call ``on_done`` after.

    ``on_done(result, None)`` when it returned, ``on_done(None, exc)`` when it
    raised. Call from the GUI thread.
    """
    relay = _Relay(on_done)
    _relays.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(func, relay))


def make_pool(parent: QObject, threads: int) -> QThreadPool:
    """A pool of its own, so a long import never queues a list query behind it.

    A pool of one thread runs its tasks in the order they were given, which
    is what writes to the library need.
    """
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(threads)
    return pool

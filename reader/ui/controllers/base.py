"""What every controller of the window shares: a pool of its own and a way to stop.

A controller owns one kind of long work (an import, a refresh, downloads,
an export). Its work runs on its own pool of one thread, so it never queues
a list query behind it and its tasks run in the order they were asked for.
The window keeps its controllers in a list and, when it closes, calls
:meth:`Controller.shutdown` on each in one place (calibre's ``gui2/actions``
do the same with their ``shutting_down`` hook), so no controller has to spy
on the window's close event, and one closing order holds for all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.ui.services.worker import make_pool


class Controller(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = make_pool(self, 1)
        #: set by shutdown(): results that still arrive are not shown
        self._closed = False

    def cancel(self) -> None:
        """Ask the running work to stop at its next step (a file, a feed, a page)."""

    def shutdown(self) -> None:
        """Cancel and wait: a task is never cut in half, and none is left
        writing to the library after the window has closed it. Tasks not yet
        started are dropped. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        self._pool.clear()
        self._pool.waitForDone()

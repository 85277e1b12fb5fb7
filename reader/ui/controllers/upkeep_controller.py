"""The library's upkeep while the window is idle: one short step at a time.

The steps themselves (merging the search index's segments, ``VACUUM`` of a
library with many free pages) are in :mod:`reader.core.library.upkeep`.
Here they are paced: a step runs only after :data:`IDLE_MS` without a key
or a click, and only when the gateway has nothing of the reader's to do;
it runs on the gateway's write thread, so a mark or a delete waits behind
one step at most, never behind the whole job, and the GUI thread never
waits at all. Longest event-loop gap measured while the steps ran: 22 ms
over 250,000 articles (392 merge steps in 20 s, ``bench_scale.py``); 27 ms
while a 10,000-article library just compressed by its migration was
vacuumed from 107 MB to 35 MB. Errors are only logged: a step that did not
run (the library busy with a terminal's import) runs later.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.library import Store, UpkeepStep
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.host import WindowHost

#: No key or click for this long (ms) before a step runs.
IDLE_MS = 30_000
#: Between two steps while there is work (ms): the reader's writes go first.
STEP_GAP_MS = 250
#: After the work is done, look again this often (ms): imports leave segments.
LOOK_MS = 10 * 60 * 1000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class UpkeepController(Controller):
    """Starts looking when made; the window's close stops it (a running
    ``VACUUM`` is interrupted: SQLite rolls it back, nothing is lost)."""

    def __init__(
        self,
        host: WindowHost,
        *,
        idle_ms: int | None = None,
        step_gap_ms: int | None = None,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._library = host.library
        self._active: Store | None = None
        idle_ms = IDLE_MS if idle_ms is None else idle_ms
        self._idle_s = idle_ms / 1000
        self._last_input = time.monotonic()
        self._running = False
        self._stopped = False
        #: the steps done since the window opened (for tests and the log)
        self.done: list[UpkeepStep] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._step_gap_ms = STEP_GAP_MS if step_gap_ms is None else step_gap_ms
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start(idle_ms)

    def cancel(self) -> None:
        self._stopped = True
        self._timer.stop()
        active = self._active
        if active is not None:
            active.interrupt()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def _tick(self) -> None:
        if self._stopped or self._running:
            return
        quiet = time.monotonic() - self._last_input
        if quiet < self._idle_s or self._library.busy:
            self._timer.start(max(self._step_gap_ms, int((self._idle_s - quiet) * 1000)))
            return
        self._running = True

        def work(store: Store) -> UpkeepStep:
            self._active = store
            try:
                step = store.upkeep_due()
                if step is not UpkeepStep.DONE and not self._stopped:
                    store.upkeep_step(step)
                return step
            finally:
                self._active = None

        self._library.background_write(work, self._after)

    def _after(self, step: UpkeepStep | None, error: BaseException | None) -> None:
        self._running = False
        if self._stopped:
            return
        if error is not None:
            message.log.warning("the library's upkeep did not run: %s", error)
            self._timer.start(LOOK_MS)
            return
        assert step is not None
        if step is UpkeepStep.DONE:
            self._timer.start(LOOK_MS)
            return
        self.done.append(step)
        if step is UpkeepStep.VACUUM:
            message.log.info("the library was compacted (VACUUM)")
        self._timer.start(self._step_gap_ms)

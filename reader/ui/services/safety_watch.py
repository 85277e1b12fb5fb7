"""The window's background care of the library: the daily check and the daily backup.

``PRAGMA quick_check`` reads every page (seconds on a large library) and a
backup copies them all, so both run on a thread of their own after the
window is shown, never on the GUI thread and never before the window
appears; each at most once a day (the check's time is kept beside the
backups, the backups' times are their names). A list query never waits
behind them: they have their own pool. SQLite releases the GIL while it
reads, so the window keeps painting meanwhile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reader import APP_NAME
from reader.core.errors import ReaderError
from reader.core.library import backup
from reader.ui import message
from reader.ui.services.worker import make_pool, run_task

#: After the window is shown, wait this long before the first look (ms).
FIRST_DELAY_MS = 5_000
#: Then look again this often while the window is open (ms).
INTERVAL_MS = 30 * 60 * 1000


class SafetyWatch(QObject):
    #: the check ran: None when sound, else what it found
    checked = Signal(object)
    #: a backup was made: its path
    backed_up = Signal(object)
    #: the library was found damaged: the reason (the window offers the backup)
    damaged = Signal(str)

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(db_path)
        self._pool = make_pool(self, 1)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.look)

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self.look)
        self._timer.start()

    def look(self) -> None:
        """Check the library if a day has passed, then back it up if due."""
        if self._busy:
            return
        if backup.damaged_reason(self._path) is not None:
            return  # already said; a new check runs only on the user's word
        if backup.check_due(self._path):
            self._run(lambda: backup.check_library(self._path), self._after_check)
        else:
            self._backup_if_due()

    def _run(self, job: object, then: object) -> None:
        self._busy = True

        def done(result: object, error: BaseException | None) -> None:
            self._busy = False
            if isinstance(error, backup.DamagedLibraryError):
                self._after_check(error.reason)  # the copy failed its check
                return
            if isinstance(error, ReaderError):
                # Could not run (the library busy with an import, say): not
                # damage; the next start tries again. Nothing to bother the
                # reader with.
                message.log.warning("the library's background check did not run: %s", error)
                return
            if error is not None:
                message.error(
                    message.tr("The library's background check failed"), detail=repr(error)
                )
                return
            then(result)  # type: ignore[operator]

        run_task(job, done, pool=self._pool)  # type: ignore[arg-type]

    def _after_check(self, problem: str | None) -> None:
        self.checked.emit(problem)
        if problem is None:
            self._backup_if_due()
            return
        good = backup.list_backups(self._path)
        print(f"{APP_NAME}: {self._path}: the library is damaged: {problem}", file=sys.stderr)
        message.error(
            message.tr(
                "The library is damaged; nothing more is written to it. Quit and start "
                "the program again to open a copy of the newest backup ({backup})."
            ).format(backup=good[0].path if good else message.tr("there is none")),
            detail=f"{self._path}: {problem}",
        )
        self.damaged.emit(problem)

    def _backup_if_due(self) -> None:
        if not backup.backup_due(self._path):
            return
        path = self._path

        def work() -> Path:
            return backup.make_backup(path, keep=backup.kept_for(path))

        self._run(work, self._after_backup)

    def _after_backup(self, made: Path) -> None:
        message.log.info("backed up the library to %s", made)
        self.backed_up.emit(made)

"""Importing from the window: in the background, with progress, cancellable.

The import runs on a worker thread with a library connection of its own, so
the window never freezes. Parsing and cleaning go to worker processes started
with ``spawn``: forking a process that runs Qt threads can deadlock the child.
Small imports run on one extra thread instead, since starting processes costs
more than the work. Progress reaches the GUI thread as signals, throttled so
a folder of 100,000 files does not flood the event loop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.importer import ImportReport, collect_files, import_paths
from reader.core.store import Store
from reader.core.workers import worker_pool
from reader.ui import message
from reader.ui.worker import make_pool, run_task

#: Files beyond which parsing is worth worker processes.
PROCESS_THRESHOLD = 32
#: What the import dialog and drops accept: dumps, and feed files (which the
#: feed importer handles; until then they are reported as failures).
IMPORT_SUFFIXES = (".txt", ".xml", ".rss", ".atom", ".json")
_PROGRESS_INTERVAL = 0.05


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportController", text)


def executor_for(file_count: int) -> Executor:
    if file_count > PROCESS_THRESHOLD:
        return worker_pool("spawn")  # workers that die with the window
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="import")


class ImportController(QObject):
    started = Signal()
    #: files done, files in all
    progress = Signal(int, int)
    #: the :class:`ImportReport`, or None when the import itself failed
    finished = Signal(object)

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = str(db_path)
        self._pool = make_pool(self, 1)
        self._cancel = threading.Event()
        self._running = False
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self._running

    def start(self, paths: Sequence[str | Path]) -> bool:
        """Import ``paths`` (files and folders); False if an import is running."""
        if self._running:
            message.info(self.tr("An import is already running; wait for it or cancel it."))
            return False
        if not paths:
            return False
        self._running = True
        self._cancel.clear()
        names = [str(p) for p in paths]
        db_path = self._db_path
        cancelled = self._cancel.is_set
        last_emit = [0.0]

        def report_progress(done: int, total: int) -> None:
            # Called on the worker thread: a queued signal is the way back.
            now = time.monotonic()
            if done in (0, total) or now - last_emit[0] >= _PROGRESS_INTERVAL:
                last_emit[0] = now
                self.progress.emit(done, total)

        def work() -> ImportReport:
            files, missing = collect_files(names)
            count = len(files)
            with Store.open(db_path) as store:
                report = import_paths(
                    store,
                    names,
                    progress=report_progress,
                    cancelled=cancelled,
                    executor_factory=lambda: executor_for(count),
                )
            # Cancelled before the first file was written, the importer
            # reports no files and no cancellation; the user should see both.
            if cancelled() and len(report.files) < count + len(missing):
                report.cancelled = True
            return report

        self.started.emit()
        run_task(work, self._done, pool=self._pool)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, report: ImportReport | None, error: BaseException | None) -> None:
        self._running = False
        if error is not None:
            message.error(self.tr("The import failed"), detail=str(error), exc=error)
            report = None
        self.last_report = report
        self.finished.emit(report)

    def shutdown(self) -> None:
        """Stop an import at the next file; what is imported stays."""
        self.cancel()
        self._pool.waitForDone()


def choose_files(parent: QWidget | None, folder: str) -> list[str]:
    """Ask for dump or feed files (a blocking dialog; tests replace it)."""
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        _tr("Import Files"),
        folder,
        f"{_tr('Article dumps and feeds')} ({patterns});;{_tr('All files')} (*)",
    )
    return list(names)


def choose_folder(parent: QWidget | None, folder: str) -> str | None:
    """Ask for a folder of dumps (a blocking dialog; tests replace it)."""
    name = QFileDialog.getExistingDirectory(parent, _tr("Import a Folder of Dumps"), folder)
    return name or None


def describe(report: ImportReport) -> tuple[str, str]:
    """A one-line summary and the per-file failures, for the report box."""
    summary = _tr("Imported: {imported} · Duplicates: {duplicates} · Failed: {failed}").format(
        imported=f"{report.imported:,}",
        duplicates=f"{report.duplicates:,}",
        failed=f"{len(report.failed):,}",
    )
    if report.cancelled:
        summary = _tr("Import cancelled.") + " " + summary
    details = "\n".join(f"{f.path}: {f.error}" for f in report.failed)
    return summary, details

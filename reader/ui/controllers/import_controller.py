"""Importing from the window: in the background, with progress, cancellable.

The import runs on the controller's worker thread with a library connection
of its own (the gateway's :meth:`~reader.ui.services.library.Library.run_task`),
so the window never freezes. Parsing and cleaning go to worker processes started
with ``spawn``: forking a process that runs Qt threads can deadlock the child.
Small imports run on one extra thread instead, since starting processes costs
more than the work. Progress reaches the GUI thread as signals, throttled so
a folder of 100,000 files does not flood the event loop.

The controller also owns what the import shows: the progress bar with its
Cancel button, the summary in the status bar, and the report of failed
files (:mod:`reader.ui.dialogs.import_report`), which never blocks the window,
and the drops of files and folders on the window (:class:`FileDrops`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

from reader.core.dumps.importer import ImportReport, collect_files, import_paths
from reader.core.library import Store
from reader.core.workers import worker_pool
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs.import_report import ImportReportDialog
from reader.ui.views.task_progress import TaskProgress

#: Files beyond which parsing is worth worker processes.
PROCESS_THRESHOLD = 32
#: What the import dialog and drops accept: dumps, and feed files (which the
#: feed importer handles; until then they are reported as failures).
IMPORT_SUFFIXES = (".txt", ".xml", ".rss", ".atom", ".json")
_PROGRESS_INTERVAL = 0.05
#: A long import shows its articles as they arrive, this often (ms).
IMPORT_REFRESH_MS = 2000
#: How long the summary stays in the status bar (ms).
SUMMARY_MS = 15_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportController", text)


def executor_for(file_count: int) -> Executor:
    if file_count > PROCESS_THRESHOLD:
        return worker_pool("spawn")  # workers that die with the window
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="import")


class ImportController(Controller):
    started = Signal()
    #: files done, files in all
    progress = Signal(int, int)
    #: the :class:`ImportReport`, or None when the import itself failed
    finished = Signal(object)

    def __init__(self, host: WindowHost) -> None:
        parent = host.dialog_parent()
        super().__init__(parent)
        self._host = host
        self._library = host.library
        self._cancel = threading.Event()
        self._running = False
        self.last_report: ImportReport | None = None
        self._status = status = host.status_bar()
        self._cancel_action = cancel_action = host.actions_.cancel_import
        self._on_articles = host.reload
        self._window = parent
        self._since_refresh = QElapsedTimer()
        self.report_dialog: ImportReportDialog | None = None

        self.progress_widget = TaskProgress("importProgress", parent, name=self.tr("Importing"))
        self.progress_widget.cancel_requested.connect(self.cancel)
        #: brings the last report back after its window was closed
        self.report_button = QToolButton(parent)
        self.report_button.setObjectName("importReportButton")
        self.report_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.report_button.setText(self.tr("Import Report"))
        self.report_button.setToolTip(self.tr("Show the files of the last import that failed"))
        self.report_button.clicked.connect(self.show_report)
        self.report_button.hide()
        status.addPermanentWidget(self.report_button)
        status.addPermanentWidget(self.progress_widget)
        cancel_action.triggered.connect(self.cancel)
        host.actions_.import_files.triggered.connect(self.import_files)
        host.actions_.import_folder.triggered.connect(self.import_folder)
        self.started.connect(self._on_started)
        self.progress.connect(self._on_progress)
        self.finished.connect(self._on_finished)
        self.drops = FileDrops(parent, self.start)

    @property
    def running(self) -> bool:
        return self._running

    def import_files(self) -> None:
        settings = self._host.settings
        names = choose_files(self._window, settings.import_folder)
        if names:
            settings.import_folder = str(Path(names[0]).parent)
            self.start(names)

    def import_folder(self) -> None:
        settings = self._host.settings
        folder = choose_folder(self._window, settings.import_folder)
        if folder:
            settings.import_folder = folder
            self.start([folder])

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
        cancelled = self._cancel.is_set
        last_emit = [0.0]

        def report_progress(done: int, total: int) -> None:
            # Called on the worker thread: a queued signal is the way back.
            now = time.monotonic()
            if done in (0, total) or now - last_emit[0] >= _PROGRESS_INTERVAL:
                last_emit[0] = now
                self.progress.emit(done, total)

        def work(store: Store) -> ImportReport:
            files, missing = collect_files(names)
            count = len(files)
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
        self._library.run_task(
            work,
            self._done,
            pool=self._pool,
            failure_text=self.tr("The import failed"),
            on_error=lambda: self._done(None),
        )
        return True

    def cancel(self) -> None:
        """Stop at the next file; what is imported stays (each file whole)."""
        self._cancel.set()

    def _done(self, report: ImportReport | None) -> None:
        self._running = False
        self.last_report = report
        self.finished.emit(report)

    # -- what the window shows ------------------------------------------------

    def _on_started(self) -> None:
        self._since_refresh.start()
        self.progress_widget.begin(self.tr("Importing %v of %m"), 0)  # busy until counted
        self._cancel_action.setEnabled(True)
        self._status.showMessage(self.tr("Importing…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_widget.set_progress(done, max(total, 1))
        if done and self._since_refresh.hasExpired(IMPORT_REFRESH_MS):
            self._since_refresh.restart()
            self._on_articles()

    def _on_finished(self, report: ImportReport | None) -> None:
        self.progress_widget.end()
        self._cancel_action.setEnabled(False)
        self._status.clearMessage()
        self._on_articles()
        if report is None:
            return
        summary = describe(report)
        message.log.info("import: %s", summary)
        if report.failed:
            self._status.showMessage(summary + " " + self.tr("(see the Import Report)"), SUMMARY_MS)
            self.report_button.show()
            self.show_report()
        else:
            self._status.showMessage(summary, SUMMARY_MS)
            self.report_button.hide()
            if self.report_dialog is not None:
                self.report_dialog.close()

    def show_report(self) -> None:
        """Open (or raise) the report of the last import, without blocking the window."""
        report = self.last_report
        if report is None:
            return
        if self.report_dialog is None:
            self.report_dialog = ImportReportDialog(self._window)
        self.report_dialog.set_report(describe(report), report)
        self.report_dialog.show()
        self.report_dialog.raise_()


class FileDrops(QObject):
    """Files and folders dropped anywhere on ``target`` are imported.

    An event filter rather than the window's own drag handlers, so what a
    drop accepts and what it does live next to the import they start.
    Only local paths are accepted: a dragged web address is refused at once,
    since nothing is fetched from here.
    """

    def __init__(self, target: QWidget, on_paths: Callable[[list[str]], object]) -> None:
        super().__init__(target)
        self._on_paths = on_paths
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent are ones
        paths = local_paths(event)
        if not paths:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self._on_paths(paths)
        return True


def local_paths(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


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


def describe(report: ImportReport) -> str:
    """One line for the status bar: imported, duplicates, failed."""
    # Plurals are spelled out at each call: lupdate finds only literal calls.
    # A dropped folder without any dump is said as such, not as "1 file failed".
    empty_folders = [f for f in report.failed if Path(f.path).is_dir() and f.error]
    imported, failed = report.imported, len(report.failed) - len(empty_folders)
    parts = [
        QCoreApplication.translate("ImportController", "Imported %Ln article(s)", None, imported)
    ]
    if report.duplicates:
        parts.append(
            QCoreApplication.translate(
                "ImportController", "%Ln duplicate(s) skipped", None, report.duplicates
            )
        )
    if failed:
        parts.append(
            QCoreApplication.translate("ImportController", "%Ln file(s) failed", None, failed)
        )
    parts.extend(str(f.error) for f in empty_folders)
    # What a folder held besides dumps ("3 PDF files skipped: not article dumps").
    parts.extend(f"{Path(f.path).name}: {f.warning}" for f in report.skipped)
    summary = " · ".join(parts)
    if report.cancelled:
        summary = _tr("Import cancelled.") + " " + summary
    return summary

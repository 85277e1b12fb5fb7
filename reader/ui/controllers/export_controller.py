"""Export to PDF and Print from the window: in the background, with progress, cancellable.

Laying out hundreds of articles takes minutes, so both run on a thread pool
of their own (a list query never waits behind an export) and report to a
:class:`~reader.ui.views.task_progress.TaskProgress` in the status bar; the window
stays usable and Cancel stops at the next page. :func:`export_pdf` writes
atomically, so a cancelled or failed export leaves nothing at the target.

Printing runs on the worker too: Qt supports painting on a :class:`QPrinter`
outside the GUI thread (as on a QImage), and :func:`print_articles` only
paints. The printer is configured by the modal print dialog first, then
belongs to the worker until it is done; nothing on the GUI thread touches it
meanwhile.

Images come from the library's offline cache, never from the network, through
a connection of the worker thread's own (the view's provider belongs to the
GUI thread); printing reads its articles through the library gateway's
:meth:`~reader.ui.services.library.Library.run_task`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton

from reader.core.dumps.filenames import safe_filename
from reader.core.fulltext.view import article_as_shown
from reader.core.library import Store
from reader.core.models import Article
from reader.export.cache import cache_resources
from reader.export.pdf import ExportResult, default_page_size, export_pdf, print_articles
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs import export_dialog
from reader.ui.settings import Settings
from reader.ui.views.task_progress import TaskProgress

_PROGRESS_INTERVAL = 0.05
#: How long the "Open PDF" button stays in the status bar after an export (ms).
OPEN_BUTTON_MS = 30_000
_PAGE_SIZE_KEY = "export/page_size"


class ExportController(Controller):
    """Owns the Export to PDF… and Print… actions of one window."""

    #: done, total (emitted on the worker thread, delivered queued)
    _progress = Signal(int, int)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        window = host.dialog_parent()
        self._cancel = threading.Event()
        self._running = False
        self._printer: QPrinter | None = None
        #: the last export's or print's outcome (for tests and the status bar)
        self.last_result: ExportResult | int | None = None

        self.progress = TaskProgress("exportProgress", window, name=self.tr("Exporting"))
        self.progress.cancel_requested.connect(self.cancel)
        self._progress.connect(self._on_progress)
        self._finishing_text = ""
        self.open_button = QToolButton(window)
        self.open_button.setObjectName("exportOpen")
        self.open_button.setText(self.tr("Open the Export"))  # named before first shown
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button.clicked.connect(self._open_result)
        self._open_target: Path | None = None
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(self.open_button.hide)
        status = host.status_bar()
        status.addPermanentWidget(self.open_button)
        status.addPermanentWidget(self.progress)
        self.open_button.hide()

        a = host.actions_
        a.export_pdf.triggered.connect(self.export_selected)
        a.print_articles.triggered.connect(self.print_selected)
        host.article_view.selectionModel().selectionChanged.connect(self.update_actions)
        host.article_model.modelReset.connect(self.update_actions)
        host.article_model.loaded.connect(self.update_actions)
        self.update_actions()

    # -- state ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def update_actions(self, *_args: object) -> None:
        """Enabled with a selection or an open article, and no export running."""
        host = self.host
        has = host.article_view.selectionModel().hasSelection() or host.browser.article is not None
        for action in (host.actions_.export_pdf, host.actions_.print_articles):
            action.setEnabled(has and not self._running)

    def cancel(self) -> None:
        """A cancelled export leaves no file; printing stops at the next page."""
        self._cancel.set()

    # -- export ---------------------------------------------------------------

    def _settings_value(self, key: str, default: str) -> str:
        value = self.host.settings.qsettings.value(key, default)
        return str(value) if value else default

    def default_file_name(self, ids: list[int]) -> str:
        """``2023-07-18 Title.pdf`` for one article, ``N articles.pdf`` for many."""
        if len(ids) == 1:
            model = self.host.article_model
            row = model.row_of(ids[0])
            summary = model.summary(row) if row is not None else None
            if summary is not None:
                return safe_filename(summary.title, summary.published)
            shown = self.host.browser.article
            if shown is not None and shown.id == ids[0]:
                return safe_filename(shown.title, shown.published)
        return self.tr("{count} articles.pdf").format(count=len(ids))

    def suggested_folder(self) -> str:
        return suggested_folder(self.host.settings)

    def export_selected(self) -> None:
        ids = self.host.selected_ids()
        if not ids or self._running:
            return
        choice = export_dialog.ask_export(
            self.host.dialog_parent(),
            count=len(ids),
            file_name=self.default_file_name(ids),
            folder=self.suggested_folder(),
            page_size=self._settings_value(_PAGE_SIZE_KEY, export_dialog.default_page_size_name()),
        )
        if choice is None:
            return
        self.host.settings.qsettings.setValue(_PAGE_SIZE_KEY, choice.page_size)
        self.start_export(ids, choice)

    def start_export(self, ids: list[int], choice: export_dialog.ExportChoice) -> bool:
        """Export ``ids`` as ``choice`` says, in the background; False if busy."""
        if self._running:
            message.info(self.tr("An export is already running; wait for it or cancel it."))
            return False
        store_path = self.host.library.path
        self._keep_names_out_of_log(ids, choice.target)
        page_size = choice.qpage_size()
        resources = cache_resources(store_path)
        progress = self._throttled_progress()
        cancelled = self._cancel.is_set
        summaries = frozenset(self.host.library.summary_ids)

        def work() -> ExportResult:
            try:
                return export_pdf(
                    ids,
                    store_path,
                    choice.target,
                    one_per_article_dir=choice.folder,
                    page_size=page_size,
                    progress=progress,
                    cancelled=cancelled,
                    resources=resources,
                    summaries=summaries,
                    # Nothing private unless asked: notes, the file's local path.
                    with_notes=choice.with_notes,
                    provenance=choice.provenance,
                )
            finally:
                resources.close()

        place_folder = choice.target.parent if choice.target is not None else choice.folder

        def failed() -> None:
            self._finished()
            self.last_result = None
            # A folder the write failed in is not suggested again.
            settings = self.host.settings
            if place_folder is not None and settings.export_folder == str(place_folder):
                settings.export_folder = ""

        def done(result: ExportResult) -> None:
            self._finished()
            self.last_result = result
            if result.cancelled:
                self._say(self.tr("Export cancelled; no file was written."))
                return
            if place_folder is not None:
                self.host.settings.export_folder = str(place_folder)
            if choice.target is not None:
                place = str(choice.target)
                self._offer_open(choice.target, self.tr("Open PDF"))
            else:
                place = str(choice.folder)
                if choice.folder is not None:
                    self._offer_open(choice.folder, self.tr("Open Folder"))
            self._say(
                self.tr("Exported {articles} ({pages}) to {place}").format(
                    articles=self.tr("%Ln article(s)", "", result.articles),
                    pages=self.tr("%Ln page(s)", "", result.pages),
                    place=place,
                ),
                logged=f"{result.articles} article(s), {result.pages} page(s) written",
            )

        self._start(self.tr("Exporting %v of %m"), len(ids), self.tr("Finishing the PDF…"))
        # export_pdf opens the library itself: it is the command line's too.
        self.host.library.run(
            work, done, pool=self._pool, failure_text=self.tr("The export failed"), on_error=failed
        )
        return True

    # -- print ----------------------------------------------------------------

    def print_selected(self) -> None:
        ids = self.host.selected_ids()
        if not ids or self._running:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(default_page_size())
        printer.setDocName(
            self.tr("{count} articles").format(count=len(ids))
            if len(ids) > 1
            else self.default_file_name(ids).removesuffix(".pdf")
        )
        options = export_dialog.choose_printer(self.host.dialog_parent(), printer, len(ids))
        if options is None:
            return
        self.start_print(ids, printer, options)

    def start_print(
        self,
        ids: list[int],
        printer: QPrinter,
        options: export_dialog.PaperOptions | None = None,
    ) -> bool:
        """Print ``ids`` on a configured ``printer`` in the background; False if busy.

        The same pages as an export with the same ``options``.
        """
        options = options or export_dialog.PaperOptions()
        store_path = self.host.library.path
        if self._running:
            message.info(self.tr("An export is already running; wait for it or cancel it."))
            return False
        self._printer = printer  # kept alive until the worker is done with it
        resources = cache_resources(self.host.library.path)
        progress = self._throttled_progress()
        cancelled = self._cancel.is_set
        summaries = frozenset(self.host.library.summary_ids)

        def work(store: Store) -> int:
            try:
                articles: list[Article] = []
                for article_id in ids:
                    if cancelled():
                        return 0
                    shown = article_as_shown(
                        store.get_article(article_id),
                        store.full_text(article_id),
                        summary=article_id in summaries,
                    )
                    articles.append(shown.article)
                return print_articles(
                    articles,
                    printer,
                    resources=resources,
                    progress=progress,
                    cancelled=cancelled,
                    store_path=store_path,
                    with_notes=options.with_notes,
                    provenance=options.provenance,
                )
            finally:
                resources.close()

        def failed() -> None:
            self._printer = None
            self._finished()
            self.last_result = None

        def done(pages: int) -> None:
            self._printer = None
            was_cancelled = self._cancel.is_set()
            self._finished()
            self.last_result = pages
            if was_cancelled:
                self._say(self.tr("Printing cancelled."))
            else:
                self._say(
                    self.tr("Printed {articles} ({pages})").format(
                        articles=self.tr("%Ln article(s)", "", len(ids)),
                        pages=self.tr("%Ln page(s)", "", pages or 0),
                    )
                )

        self._start(self.tr("Printing %v of %m"), len(ids), self.tr("Sending to the printer…"))
        self.host.library.run_task(
            work, done, pool=self._pool, failure_text=self.tr("Printing failed"), on_error=failed
        )
        return True

    # -- shared -----------------------------------------------------------------

    def _throttled_progress(self) -> Callable[[int, int], None]:
        last = [0.0]

        def report(done: int, total: int) -> None:
            # On the worker thread: a queued signal is the way back.
            now = time.monotonic()
            if done in (1, total) or now - last[0] >= _PROGRESS_INTERVAL:
                last[0] = now
                self._progress.emit(done, total)

        return report

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.set_progress(done, total)
        if done >= total:
            # Every article is laid out; writing the file (outline, text layer)
            # still takes a moment, and "N of N" would look stuck.
            self.progress.bar.setFormat(self._finishing_text)

    def _start(self, text_format: str, total: int, finishing_text: str) -> None:
        self._finishing_text = finishing_text
        self._running = True
        self._cancel.clear()
        self.open_button.hide()
        self.progress.begin(text_format, total)
        self.update_actions()

    def _finished(self) -> None:
        self._running = False
        self.progress.end()
        self.update_actions()

    def _say(self, text: str, *, logged: str | None = None) -> None:
        """``text`` in the status bar; in the log, ``logged`` (no file or title)
        unless the user turned the debug log on."""
        message.log.info("export: %s", logged or text)
        if logged is not None:
            message.log.debug("export: %s", text)
        self.host.status_bar().showMessage(text, 15_000)

    def _keep_names_out_of_log(self, ids: list[int], target: Path | None) -> None:
        """An export's file names are the articles' titles: never in the default log,
        not even in an error's message (``cannot write …/2023-07-18 Title.pdf``)."""
        names: list[object] = []
        if target is not None:
            names += [target, target.name, target.stem]
        model = self.host.article_model
        for article_id in ids:
            row = model.row_of(article_id)
            summary = model.summary(row) if row is not None else None
            if summary is not None:
                named = safe_filename(summary.title, summary.published)
                names += [summary.title, named, named.removesuffix(".pdf")]
        message.keep_out_of_log(*names)

    def _offer_open(self, target: Path, label: str) -> None:
        self._open_target = target
        self.open_button.setText(label)
        self.open_button.setToolTip(str(target))
        self.open_button.show()
        self._open_timer.start(OPEN_BUTTON_MS)

    def _open_result(self) -> None:
        """Through the window's system opener, the same hook as links use."""
        if self._open_target is not None:
            self.host.browser.opener(QUrl.fromLocalFile(str(self._open_target)))
        self.open_button.hide()


def suggested_folder(settings: Settings) -> str:
    """The last folder an export (PDF or Markdown notes) went to, if it still
    exists; else the documents folder (made if missing), else home.

    Only a folder that an export succeeded in is remembered, so a failed
    write is never suggested again. One folder for both: Markdown started in
    the home folder while PDF started in Documents.
    """
    last = settings.export_folder
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        try:
            Path(documents).mkdir(parents=True, exist_ok=True)
            return documents
        except OSError:
            pass
    return str(Path.home())

"""Web pages in the window: Save Web Page…, Import Links…, Export as Web Archive…, drops.

Everything runs on the controller's own worker, one task after another
(:mod:`reader.core.capture.save`): links become articles at once and the
list shows them; their pages come after, with progress and Cancel in the
status bar. A link dragged from a browser (``text/uri-list``) is saved; a
page a browser saved to disk (``.html``, ``.mhtml``) is imported. After a
refresh the window tries the pending links again, as ``refresh`` does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from reader.core.capture.local import PAGE_SUFFIXES, import_page_file
from reader.core.capture.save import (
    LinkResult,
    SaveReport,
    add_links,
    fetch_saved_pages,
    save_urls,
)
from reader.core.capture.wacz import WaczWritten, write_wacz
from reader.core.library import Store
from reader.core.readlater import read_links
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.host import WindowHost
from reader.ui.views.task_progress import TaskProgress


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaptureController", text)


def ask_url(parent: QWidget, suggested: str) -> str | None:
    """The address to save; the clipboard's, when it holds one, is offered."""
    text, ok = QInputDialog.getText(
        parent,
        _tr("Save Web Page"),
        _tr("Address of the page to save (kept with a capture of what the server sends):"),
        text=suggested,
    )
    return text.strip() if ok and text.strip() else None


def ask_links_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import Links"),
        "",
        _tr("Read-later exports and bookmarks")
        + " (*.csv *.html *.htm *.json *.zip *.txt);;"
        + _tr("All files")
        + " (*)",
    )
    return Path(path) if path else None


def ask_wacz_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export as Web Archive"), "captures.wacz", "WACZ (*.wacz)"
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".wacz") else path + ".wacz")


def _clipboard_url() -> str:
    text = QGuiApplication.clipboard().text().strip()
    if text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text):
        return text
    return ""


class _Relay(QObject):
    progress = Signal(int, int)


class CaptureController(Controller):
    #: a task ended (tests wait on it): its result, or None when it failed
    finished = Signal(object)

    def __init__(self, host: WindowHost, actions: Sequence[QAction]) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._library = host.library
        self._cancel = threading.Event()
        self._running = 0
        self._showing = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self.progress = TaskProgress("captureProgress")
        self.progress.cancel_requested.connect(self.cancel)
        save_page, import_links, export_archive = actions
        save_page.triggered.connect(self.ask_save)
        import_links.triggered.connect(self.ask_import)
        export_archive.triggered.connect(self.ask_export)
        window = host.dialog_parent()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self._running > 0

    # -- commands -----------------------------------------------------------

    def ask_save(self) -> None:
        url = ask_url(self._host.dialog_parent(), _clipboard_url())
        if url:
            self.save([url])

    def ask_import(self) -> None:
        path = ask_links_file(self._host.dialog_parent())
        if path is not None:
            self.import_links(path)

    def ask_export(self) -> None:
        ids = self._host.selected_ids()
        if not ids:
            message.info(self.tr("Select the saved pages to export first."))
            return
        path = ask_wacz_path(self._host.dialog_parent())
        if path is not None:
            self._run(
                lambda store: write_wacz(store, ids, path),
                lambda written: self._exported(path, written),
                self.tr("The web archive could not be written"),
            )

    def save(self, urls: Sequence[str]) -> None:
        self._cancel.clear()
        self._begin(self.tr("Saving web pages: %v of %m"))
        relay, cancel = self._relay, self._cancel

        def job(store: Store) -> tuple[list[LinkResult], SaveReport]:
            return save_urls(store, urls, progress=relay.progress.emit, cancelled=cancel.is_set)

        self._run(job, lambda result: self._saved(result[1], result[0]), self._failure())

    def import_links(self, path: Path) -> None:
        """The links at once (the list shows them), then their pages."""

        def job(store: Store) -> tuple[list[LinkResult], str]:
            links, service = read_links(path)
            return add_links(store, links, service=service), service

        self._run(job, self._links_added, self.tr("The links could not be imported"))

    def import_page(self, path: Path) -> None:
        self._run(
            lambda store: import_page_file(store, path),
            lambda _id: self._reload(
                self.tr("Imported the saved page {name}.").format(name=path.name)
            ),
            self.tr("The saved page could not be imported"),
        )

    def fetch_pending(self) -> None:
        """The saved links whose page is still to come (after an import, after a refresh).

        The progress shows once there is something to fetch: a refresh with no
        pending link leaves the status bar alone.
        """
        self._cancel.clear()
        relay, cancel = self._relay, self._cancel

        def job(store: Store) -> SaveReport | None:
            if not store.pending_links(limit=1):
                return None
            return fetch_saved_pages(store, progress=relay.progress.emit, cancelled=cancel.is_set)

        self._run(job, lambda report: self._saved(report, []), self._failure())

    # -- results ------------------------------------------------------------

    def _failure(self) -> str:
        return self.tr("Web pages could not be saved")

    def _links_added(self, result: tuple[list[LinkResult], str]) -> None:
        results, service = result
        new = sum(1 for r in results if r.state == "new")
        self._reload(
            self.tr(
                "%n link(s) imported from the {service} export; their pages follow.", "", new
            ).format(service=service)
        )
        self.fetch_pending()

    def _saved(self, report: SaveReport | None, links: list[LinkResult]) -> None:
        self._end()
        if report is None:
            return
        problems = [r for r in links if r.state != "new"]
        text = self.tr("Saved pages: %n saved", "", report.count("saved"))
        pending = report.count("pending") + report.count("failed")
        if pending:
            reasons = sorted({reason for _s, reason in report.outcomes.values() if reason})
            text += "; " + self.tr("%n not yet (the reason is shown with each)", "", pending)
            if reasons:
                text += ": " + reasons[0]
        article = self._host.browser.article
        if article is not None and article.id in report.outcomes:  # its page has come
            self._host.browser.show_article(self._library.article(article.id))
        if problems:
            text += "; " + self.tr(
                "%n already in the library or not a web address", "", len(problems)
            )
        self._reload(text + ".")

    def _exported(self, path: Path, written: WaczWritten) -> None:
        text = self.tr("Wrote the web archive {name}: %n page(s).", "", written.pages).format(
            name=path.name
        )
        if written.missing:
            text += " " + self.tr(
                "%n article(s) had no capture to export.", "", len(written.missing)
            )
        message.info(text)

    def _reload(self, text: str) -> None:
        self._host.reload()
        message.info(text)

    # -- the worker ---------------------------------------------------------

    def _begin(self, text_format: str) -> None:
        self._showing = True
        if self.progress.parent() is None:
            self._host.status_bar().addPermanentWidget(self.progress)
        self.progress.begin(text_format, 0)

    def _on_progress(self, done: int, total: int) -> None:
        if self._closed:
            return
        if not self._showing:
            self._begin(self.tr("Saving web pages: %v of %m"))
        self.progress.set_progress(done, total)

    def _run(self, job: Callable[[Store], Any], then: Callable[[Any], None], failure: str) -> None:
        if self._closed:
            return
        self._running += 1

        def done(result: Any) -> None:
            self._running -= 1
            if not self._closed:
                then(result)
                if not self._running:
                    self.finished.emit(result)

        def failed() -> None:
            self._running -= 1
            self._end()
            if not self._running:
                self.finished.emit(None)

        self._library.run_task(job, done, pool=self._pool, failure_text=failure, on_error=failed)

    def _end(self) -> None:
        if self._showing:
            self._showing = False
            self.progress.end()

    def cancel(self) -> None:
        self._cancel.set()

    # -- drops --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Links and saved pages are taken here; anything else goes on to the file import."""
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent are ones
        mime = event.mimeData()
        urls = mime.urls() if mime.hasUrls() else []
        if not any(self._kind(u) for u in urls):
            return False  # dumps and feed files: the import's own filter
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.dropped(urls)
        return True

    @staticmethod
    def _kind(url: QUrl) -> str | None:
        if url.isLocalFile():
            return "file" if url.toLocalFile().lower().endswith(PAGE_SUFFIXES) else None
        return "link" if url.scheme().lower() in ("http", "https") else None

    def dropped(self, urls: Sequence[QUrl]) -> None:
        """Links are saved, saved pages imported; other files are named, not imported."""
        links = [u.toString() for u in urls if self._kind(u) == "link"]
        others = [u for u in urls if self._kind(u) is None]
        if others:
            message.info(
                self.tr(
                    "%n other file(s) dropped with the pages not imported: drop them on their own.",
                    "",
                    len(others),
                )
            )
        for url in urls:
            if self._kind(url) == "file":
                self.import_page(Path(url.toLocalFile()))
        if links:
            self.save(links)

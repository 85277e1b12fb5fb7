"""Images in the window: load them for one article, download them for offline reading.

Opening an article fetches nothing (the view reads the cache only; see
:mod:`reader.export.cache`), because a fetch tells the image's server
who reads what and when. Images reach the cache only when the user asks:

- "Load Images for This Article" (a bar above the article when some of its
  images are missing, and the Article menu);
- "Download Images for Offline Reading" for a source, the selected articles
  or the whole library, before going offline;
- per source, "Always Load Images": opening an article of such a source
  fetches its missing images in the background (other sources never do).

Every download runs on this controller's worker thread with a connection of
its own (through the library gateway), one job after the other, with a
progress bar and Cancel in the status bar. When a job ends the shown article
is laid out again, so its new images appear.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.images.fetch import ImageOutcome, ImageReport, cache_images, image_client
from reader.core.library import Store
from reader.core.models import ImageStatus
from reader.core.net.http import HttpClient
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs.settings_dialog import SettingsDialog
from reader.ui.models.source_model import Node, NodeKind
from reader.ui.views.bar_layout import OneLineLabel, stack_when_narrow
from reader.ui.views.task_progress import TaskProgress

#: Statuses a click can still turn into a cached image (skipped ones were
#: refused by policy: a tracker, too large, not an image).
_LOADABLE = frozenset({ImageStatus.PENDING, ImageStatus.FAILED})


@dataclass(eq=False)
class _Job:
    """One download: of some articles, some sources, or (neither) the library."""

    article_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    retry_failed: bool = False
    #: started by opening an article of an "always load" source, not by a click
    automatic: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    """Lives on the GUI thread; the worker's progress is queued to it."""

    progress = Signal(int, int)


def _urls_to_fetch(store: Store, job: _Job) -> list[str]:
    if job.article_ids:
        ids = list(job.article_ids)
        urls: list[str] = []
        for start in range(0, len(ids), 500):
            urls += store.images_to_fetch(
                article_ids=ids[start : start + 500], retry_failed=job.retry_failed
            )
        return list(dict.fromkeys(urls))
    return store.images_to_fetch(source_ids=job.source_ids, retry_failed=job.retry_failed)


class ImagesBar(QFrame):
    """ "Some images of this article are not in the library. [Load Images]"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = OneLineLabel(self)
        self.label.setObjectName("imagesBarText")
        self.button = QToolButton(self)
        self.button.setObjectName("imagesBarLoad")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        stack_when_narrow(self, layout, self.label)
        self.hide()

    def show_missing(self, count: int) -> None:
        self.label.setText(
            self.tr(
                "{count} images of this article are not in the library; nothing was fetched."
            ).format(count=count)
            if count != 1
            else self.tr("1 image of this article is not in the library; nothing was fetched.")
        )
        self.show()


class ImagesController(Controller):
    #: a download ended: its ImageReport, or None when it failed
    finished = Signal(object)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())  # one download at a time, in order
        self._host = host
        self._library = host.library
        self._browser = host.browser
        self._actions = host.actions_
        #: how downloads reach the network (tests give one with a small cap)
        self.client_factory: Callable[[], HttpClient] = image_client
        self._jobs: list[_Job] = []
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)

        # Placed in the status bar on the first download, not before: the
        # window stays exactly as it was for people who never download.
        self.progress = TaskProgress("imageProgress", name=self.tr("Downloading images"))
        self.progress.cancel_requested.connect(self.cancel)

        self.bar = ImagesBar()
        self.bar.button.setDefaultAction(self._actions.load_images)
        self._wrap_browser()

        a = self._actions
        a.load_images.triggered.connect(self.load_shown_article)
        a.download_images_selection.triggered.connect(self.download_selection)
        a.download_images_source.triggered.connect(self.download_current_source)
        a.download_images_library.triggered.connect(self.download_library)
        a.always_load_images.toggled.connect(self._on_always_toggled)
        a.open_settings.triggered.connect(self.open_settings)
        self._browser.article_shown.connect(self._on_article_shown)
        host.source_view.node_selected.connect(self._on_node_selected)
        self._update_bar()
        self._on_node_selected(host.source_view.current_node())

    def _wrap_browser(self) -> None:
        """Put the bar above the article view, in the view's place in its splitter."""
        splitter = self._browser.parentWidget()
        container = QWidget()
        container.setObjectName("articlePane")
        container.setSizePolicy(self._browser.sizePolicy())
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        index = splitter.indexOf(self._browser) if isinstance(splitter, QSplitter) else -1
        layout.addWidget(self._browser, 1)  # leaves the splitter
        if isinstance(splitter, QSplitter):
            splitter.insertWidget(index, container)

    # -- what the user asks for ----------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a download is queued or running (tests wait on this)."""
        return bool(self._jobs)

    def load_shown_article(self) -> None:
        article = self._browser.article
        if article is not None:
            self._start(_Job(article_ids=(article.id,), retry_failed=True))

    def download_selection(self) -> None:
        ids = self._host.selected_ids()
        if ids:
            self._start(_Job(article_ids=tuple(ids), retry_failed=True))

    def download_current_source(self) -> None:
        node = self._host.source_view.current_node()
        source_ids = self._source_ids(node)
        if source_ids is None:
            self.download_library()
        elif source_ids:
            self._start(_Job(source_ids=source_ids))

    def download_library(self) -> None:
        self._start(_Job())

    def _source_ids(self, node: Node | None) -> tuple[int, ...] | None:
        """The sources a tree node stands for; None for the whole library."""
        if node is None:
            return None
        if node.kind is NodeKind.SOURCE and node.source is not None:
            return (node.source.id,)
        if node.kind is NodeKind.FOLDER:
            model = self._host.source_model
            return tuple(source.id for source in model.sources() if source.folder == node.folder)
        return None

    # -- the shown article ----------------------------------------------------

    def _missing_images(self) -> int:
        """How many of the shown article's images a click could still fetch.

        One indexed query for one article, like reading the article itself.
        """
        article = self._browser.article
        if article is None:
            return 0
        try:
            states = self._library.image_states(article.id)
        except ReaderError:
            return 0
        return sum(1 for state in states if state.status in _LOADABLE)

    def _update_bar(self) -> int:
        missing = self._missing_images()
        if missing:
            self.bar.show_missing(missing)
        else:
            self.bar.hide()
        self._actions.load_images.setEnabled(bool(missing))
        return missing

    def _on_article_shown(self) -> None:
        missing = self._update_bar()
        article = self._browser.article
        if article is None or not missing:
            return
        try:
            always = self._library.always_load_images(article.source_id)
        except ReaderError:
            return
        queued = any(job.article_ids == (article.id,) for job in self._jobs)
        if always and not queued:
            self._start(_Job(article_ids=(article.id,), automatic=True))

    # -- per-source "always load images" ------------------------------------

    def _on_node_selected(self, node: Node | None) -> None:
        action = self._actions.always_load_images
        is_source = node is not None and node.kind is NodeKind.SOURCE and node.source is not None
        checked = False
        if is_source and node is not None and node.source is not None:
            with contextlib.suppress(ReaderError):
                checked = self._library.always_load_images(node.source.id)
        action.blockSignals(True)
        action.setChecked(checked)
        action.blockSignals(False)
        action.setEnabled(is_source)

    def _on_always_toggled(self, on: bool) -> None:
        node = self._host.source_view.current_node()
        if node is None or node.source is None:
            return
        self._library.set_always_load_images(node.source.id, on)

    # -- settings -------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """The Settings dialog (not modal-blocking: the window keeps working)."""
        dialog = SettingsDialog(
            self._library,
            self._host.dialog_parent(),
            settings=self._host.settings,
            browser=self._browser,
            actions=self._host.actions_,
        )
        dialog.cache_cleared.connect(self._after_cache_change)
        dialog.accounts_page.changed.connect(self._host.reload)
        dialog.open()
        return dialog

    def _after_cache_change(self) -> None:
        self._browser.rerender()
        self._update_bar()

    # -- running downloads ----------------------------------------------------

    def _start(self, job: _Job) -> None:
        if self._closed:
            return
        if self.progress.parent() is None:
            self._host.status_bar().addPermanentWidget(self.progress)
        if not self._jobs:
            self.progress.begin(self.tr("Images: %v of %m"), 0)
        self._jobs.append(job)
        client_factory = self.client_factory
        relay = self._relay

        def work(store: Store) -> ImageReport:
            if job.cancel.is_set():
                return ImageReport(cancelled=True)
            urls = _urls_to_fetch(store, job)
            client = client_factory()
            try:
                return cache_images(
                    store,
                    urls,
                    client=client,
                    progress=relay.progress.emit,
                    cancelled=job.cancel.is_set,
                )
            finally:
                client.close()

        self._library.run_task(
            work,
            lambda report: self._on_done(job, report),
            pool=self._pool,
            failure_text=self.tr("Images could not be downloaded"),
            on_error=lambda: self._on_done(job, None),
        )

    def _on_progress(self, done: int, total: int) -> None:
        if not self._closed:
            self.progress.set_progress(done, total)

    def _on_done(self, job: _Job, report: ImageReport | None) -> None:
        """A job ended: with its report, or None when it failed (the gateway
        then says why, after this)."""
        if self._closed:
            return
        with contextlib.suppress(ValueError):
            self._jobs.remove(job)
        if not self._jobs:
            self.progress.end()
        if report is not None:
            self._tell(job, report)
            if report.count(ImageOutcome.CACHED):
                self._browser.rerender()
        self._update_bar()
        self.finished.emit(report)

    def _tell(self, job: _Job, report: ImageReport) -> None:
        summary = self.describe(report)
        if report.offline:
            text = self.tr("The network cannot be reached; images were left for later.")
            if job.automatic:
                message.info(text)  # the user only opened an article: no dialog
            else:
                message.error(text, detail=summary)
        elif not job.automatic or report.count(ImageOutcome.FAILED):
            message.info(summary)

    def describe(self, report: ImageReport) -> str:
        """A translated one-line account of a download."""
        if not report.results:
            return (
                self.tr("Images: cancelled.")
                if report.cancelled
                else self.tr("Images: nothing left to download.")
            )
        parts = [self.tr("{count} cached").format(count=report.count(ImageOutcome.CACHED))]
        for outcome, text in (
            (ImageOutcome.SKIPPED, self.tr("{count} skipped")),
            (ImageOutcome.FAILED, self.tr("{count} failed")),
            (ImageOutcome.PENDING, self.tr("{count} left for later")),
        ):
            if report.count(outcome):
                parts.append(text.format(count=report.count(outcome)))
        line = self.tr("Images: {parts}.").format(parts=", ".join(parts))
        if report.cancelled:
            line += " " + self.tr("Cancelled.")
        return line

    # -- closing --------------------------------------------------------------

    def cancel(self) -> None:
        for job in self._jobs:
            job.cancel.set()

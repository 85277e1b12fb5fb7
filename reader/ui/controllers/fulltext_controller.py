"""Full articles in the window: Download Full Article, the summary switch, the suggestion.

Downloads run on the controller's own worker (the page fetches and the
extraction are :func:`reader.core.fulltext.fetch_full_texts`, with its
worker processes for many pages), with progress and Cancel in the status
bar. The bar above the article (:class:`FullTextBar`) says which text is
shown; the switch is remembered for the session in the library gateway,
so the PDF export gives what the view shows. For a feed whose newest items
are short (median under :data:`SHORT_WORDS` words), and whose full articles
are not downloaded, the bar suggests turning the option on: without it,
those articles are a line each once the network is gone.
"""

from __future__ import annotations

import contextlib
import statistics
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from reader.core.errors import ReaderError
from reader.core.fulltext import FullTextReport, fetch_full_texts, word_count
from reader.core.library import Store
from reader.core.models import ArticleQuery, SourceKind
from reader.core.tasks import TaskOptions
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.feeds_support import describe_full_text
from reader.ui.controllers.host import WindowHost
from reader.ui.views.fulltext_bar import FullTextBar
from reader.ui.views.task_progress import TaskProgress

#: A feed whose items have fewer words than this (median) sends summaries.
SHORT_WORDS = 80


@dataclass
class _Job:
    article_ids: tuple[int, ...] = ()
    source_id: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    progress = Signal(int, int)


class FullTextController(Controller):
    #: a download ended: its FullTextReport, or None when it failed
    finished = Signal(object)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._library = host.library
        self._browser = host.browser
        self._job: _Job | None = None
        #: median words of a feed's items, worked out once a session
        self._median: dict[int, int] = {}
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self.progress = TaskProgress("fullTextProgress", name=self.tr("Downloading full articles"))
        self.progress.cancel_requested.connect(self.cancel)
        self.bar = FullTextBar()
        self.bar.retry.setDefaultAction(host.actions_.download_full_article)
        self.bar.switch.clicked.connect(self.switch)
        self.bar.suggest.clicked.connect(self.download_feed)
        self._place_bar()
        host.actions_.download_full_article.triggered.connect(self.download_selected)
        self._browser.article_shown.connect(self._update_bar)

    def _place_bar(self) -> None:
        """Above the article, under the images bar (both in the article's pane)."""
        pane = self._browser.parentWidget()
        layout = pane.layout() if pane is not None else None
        if layout is None:
            return
        index = layout.indexOf(self._browser)
        insert = getattr(layout, "insertWidget", None)
        if insert is not None and index >= 0:
            insert(index, self.bar)

    # -- the bar ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _update_bar(self) -> None:
        article = self._browser.article
        if article is None:
            self.bar.hide()
            return
        shown = self._library.last_shown  # what the view was just given
        if shown is None or shown.article.id != article.id:
            try:
                shown = self._library.shown_article(article.id)
            except ReaderError:
                self.bar.hide()
                return
        if shown is None:
            self.bar.hide()
        elif shown.full is not None:
            self.bar.show_state(shown)
        else:
            words = self._short_feed(article.source_id)
            if words is None:
                self.bar.hide()
            else:
                self.bar.show_suggestion(words)

    def _short_feed(self, source_id: int) -> int | None:
        """The median words of a feed's items when short and full articles are off."""
        source = next((s for s in self._host.source_model.sources() if s.id == source_id), None)
        if source is None or source.kind not in (SourceKind.FEED, SourceKind.ACCOUNT):
            return None
        try:
            if self._library.full_text_option(source_id):
                return None
            if source_id not in self._median:
                texts = self._library.summary_texts(source_id)
                self._median[source_id] = (
                    int(statistics.median(word_count(t) for t in texts)) if texts else 0
                )
        except ReaderError:
            return None
        median = self._median[source_id]
        return median if 0 < median < SHORT_WORDS else None

    def switch(self) -> None:
        """Full article <-> the feed's summary, for the open article."""
        article = self._browser.article
        if article is None:
            return
        ids = self._library.summary_ids
        if article.id in ids:
            ids.discard(article.id)
        else:
            ids.add(article.id)
        self._browser.show_article(self._library.article(article.id))

    # -- downloads ----------------------------------------------------------

    def download_selected(self) -> None:
        ids = self._host.selected_ids()
        if ids:
            self.start(_Job(article_ids=tuple(ids)))

    def download_feed(self) -> None:
        """Turn the option on for the open article's feed and download its articles."""
        article = self._browser.article
        if article is None:
            return
        self._library.set_full_text_option(article.source_id, True)
        self.bar.hide()
        self.start(_Job(source_id=article.source_id))

    def start(self, job: _Job) -> bool:
        if self._closed:
            return False
        if self._job is not None:
            message.info(self.tr("Full articles are being downloaded; wait or cancel."))
            return False
        self._job = job
        if self.progress.parent() is None:
            self._host.status_bar().addPermanentWidget(self.progress)
        self.progress.begin(self.tr("Downloading full articles: %v of %m"), 0)
        relay = self._relay

        def work(store: Store) -> FullTextReport:
            ids = list(job.article_ids)
            if job.source_id is not None:
                ids += store.article_ids(ArticleQuery(source_ids=(job.source_id,)))
            return fetch_full_texts(
                store,
                ids,
                options=TaskOptions(progress=relay.progress.emit, cancelled=job.cancel.is_set),
            )

        self._library.run_task(
            work,
            self._done,
            pool=self._pool,
            failure_text=self.tr("Full articles could not be downloaded"),
            on_error=lambda: self._done(None),
        )
        return True

    def _on_progress(self, done: int, total: int) -> None:
        if not self._closed:
            self.progress.set_progress(done, total)

    def _done(self, report: FullTextReport | None) -> None:
        if self._closed:
            return
        self._job = None
        self.progress.end()
        if report is not None:
            text = describe_full_text(report)
            if report.cancelled:
                text += " " + self.tr("Cancelled.")
            if not report.outcomes and not report.cancelled:
                text = self.tr("Full articles: nothing to download (already there, or no page).")
            message.info(text)
            article = self._browser.article
            touched = {o.article_id for o in report.outcomes}
            if article is not None and article.id in touched:
                self._browser.show_article(self._library.article(article.id))
        self.finished.emit(report)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel.set()

    def shutdown(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._browser.article_shown.disconnect(self._update_bar)
        super().shutdown()

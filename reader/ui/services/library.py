"""The window's one door to the library: the store on the GUI thread plus workers.

Small indexed reads (a window of list rows, one article, an article's image
states) are quick enough for the GUI thread and use its own :class:`Store`.
Everything that can take longer than a frame -- the id list of a query, the
source counts, every write -- runs on a worker thread with a connection of
its own, and reports back through :func:`reader.ui.services.worker.run_task`.
Writes go through a pool of one thread, so they reach the library in the
order the user made them.

Controllers' long tasks (an import, a refresh, a download, a print) come
through here too (:meth:`Library.run_task`), on a pool of the controller's
own so they never hold up the list: opening the connection, and telling the
user when a task fails, happen in this one place, the same way every time.
No other window module opens the library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from reader.core.errors import NotFoundError, ReaderError
from reader.core.feeds.subscriptions import remove_feed
from reader.core.fulltext.view import ShownArticle, article_as_shown
from reader.core.library import FeedRoute, Snippet, Store
from reader.core.models import (
    Article,
    ArticleQuery,
    ArticleSummary,
    Highlight,
    ImageState,
    Provenance,
    SortKey,
)
from reader.core.sync import subscriptions as sync_edits
from reader.ui import message
from reader.ui.services.snapshot import SourceSnapshot as SourceSnapshot
from reader.ui.services.worker import make_pool, run_task

T = TypeVar("T")

#: How often the window looks for other programs' writes (ms).
WATCH_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


#: How long closing waits for network side tasks already running.
NETWORK_WAIT_MS = 30_000


class Library(QObject):
    #: ids, read (bool or None), starred (bool or None): sent before the write,
    #: so lists show the change at once.
    marked = Signal(object, object, object)
    #: ids that are gone from the library (sent after the write).
    deleted = Signal(object)
    #: a deleted source kept articles the user starred, tagged or highlighted:
    #: its title and how many (it stays, archived).
    kept = Signal(str, int)
    #: after every write, whether it worked or not: counts may have changed.
    changed = Signal()
    #: a write failed; views that showed it in advance should reload.
    write_failed = Signal()
    #: another connection (a terminal's ``offline-reader import``, the
    #: window's own import or refresh workers) committed to the library.
    changed_elsewhere = Signal()

    def __init__(
        self, store: Store, parent: QObject | None = None, *, watch_ms: int = WATCH_MS
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.path = store.path
        self._reads = make_pool(self, 1)
        self._writes = make_pool(self, 1)
        #: Side tasks that wait on the network (account edits on the server,
        #: finding a feed, logins): owned here, so shutdown waits for them.
        self._network = make_pool(self, 4)
        self._pending = 0
        self._closed = False
        #: Articles the reader switched to the feed's summary in this session:
        #: the view and the PDF export show the summary for them.
        self.summary_ids: set[int] = set()
        #: what :meth:`article` last read (see there)
        self.last_shown: ShownArticle | None = None
        # SQLite's data_version changes when another connection commits: one
        # PRAGMA on the GUI thread's connection, a few microseconds, tells
        # whether anything changed at all.
        self._data_version = self._read_data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(watch_ms)
        self._watch.timeout.connect(self._check_for_changes)
        if watch_ms > 0:
            self._watch.start()

    # -- reads on the GUI thread --------------------------------------------

    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        return self.store.summaries(ids)

    def article(self, article_id: int) -> Article | None:
        """The article as the reader sees it: its full text when there is one.

        Every caller hands the result to the view, so the whole read is kept
        as :attr:`last_shown` for the bar above the article, which would
        otherwise read the same article again on the GUI thread."""
        shown = self.last_shown = self.shown_article(article_id)
        return None if shown is None else shown.article

    def shown_article(self, article_id: int) -> ShownArticle | None:
        """The article, which text of it is shown, and what became of its full text."""
        try:
            article = self.store.get_article(article_id)
            full = self.store.full_text(article_id)
        except NotFoundError:
            return None
        return article_as_shown(article, full, summary=article_id in self.summary_ids)

    def full_text_option(self, source_id: int) -> bool:
        return self.store.full_text_option(source_id)

    def summary_texts(self, source_id: int) -> list[str]:
        """The newest 50 items' texts: one indexed query, like reading an article."""
        return self.store.summary_texts(source_id)

    def image_states(self, article_id: int) -> list[ImageState]:
        """One indexed query for one article, like reading the article itself."""
        return self.store.image_states(article_id)

    def always_load_images(self, source_id: int) -> bool:
        return self.store.always_load_images(source_id)

    def feed_route(self, source_id: int) -> FeedRoute:
        return self.store.feed_route(source_id)

    # The research desk's reads: one indexed query each, like the article itself.
    def highlights(self, article_id: int) -> list[Highlight]:
        return self.store.highlights(article_id)

    def provenance(self, article_id: int) -> Provenance | None:
        return self.store.provenance(article_id)

    def article_tags(self, ids: Sequence[int]) -> dict[int, list[str]]:
        return self.store.article_tags(ids)

    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.store.tags()]

    # -- reads on a worker --------------------------------------------------

    def load_ids(
        self,
        query: ArticleQuery,
        sort: SortKey,
        descending: bool,
        on_done: Callable[[list[int]], None],
        *,
        wanted: Callable[[], bool] = lambda: True,
        limit: int | None = None,
    ) -> None:
        """Ids of the articles ``query`` matches, in display order.

        ``wanted`` is asked on the worker before the query runs: a query the
        user has already typed past is skipped rather than run for nothing.
        ``limit``: the first ones only (a search's first page).
        """

        def job(store: Store) -> list[int] | None:
            if not wanted():
                return None
            if limit is not None or not query.search or sort is not SortKey.DATE:
                return store.article_ids(query, sort=sort, descending=descending, limit=limit)
            if not descending:
                return store.article_ids(query, sort=sort, descending=descending)
            ids: list[int] = []
            cursor: int | None = None
            while True:  # in pages: a search typed past stops between two
                page, cursor = store.article_id_page(query, cursor=cursor)
                ids.extend(page)
                if cursor is None:
                    return ids
                if not wanted():
                    return None

        def done(ids: list[int] | None) -> None:
            if ids is not None:
                on_done(ids)

        self._run(self._reads, job, done, _tr("Could not read the article list"))

    def load_snippets(
        self,
        ids: Sequence[int],
        search: str,
        on_done: Callable[[dict[int, Snippet]], None],
    ) -> None:
        """The passages around a search's hits in these articles (rows on screen)."""
        ids = list(ids)
        self._run(
            self._reads,
            lambda store: store.snippets(ids, search),
            on_done,
            _tr("Could not read the article list"),
        )

    def load_sources(self, on_done: Callable[[SourceSnapshot], None]) -> None:
        def job(store: Store) -> SourceSnapshot:
            total, unread, starred = store.totals()
            return SourceSnapshot(
                store.sources(),
                total,
                unread,
                starred,
                accounts=store.accounts(),
                tags=store.tags(),
                saved=store.saved_searches(),
            )

        self._run(self._reads, job, on_done, _tr("Could not read the sources"))

    # -- writes -------------------------------------------------------------

    def write(
        self, job: Callable[[Store], T], failure: str, then: Callable[[T], None] | None = None
    ) -> None:
        """A write of a controller's (tags, highlights, saved searches) on the
        one write thread; ``changed`` follows, so counts and the tree update."""
        self._write(job, failure, then=then)

    def mark(
        self, ids: Sequence[int], *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        ids = list(ids)
        if not ids or (read is None and starred is None):
            return
        self.marked.emit(ids, read, starred)
        self._write(
            lambda store: store.mark(ids, read=read, starred=starred),
            _tr("Could not mark the articles"),
        )

    def mark_all_read(self, query: ArticleQuery, then: Callable[[], None]) -> None:
        self._write(
            lambda store: store.mark_all_read(query),
            _tr("Could not mark the articles read"),
            then=lambda _count: then(),
        )

    def delete_articles(self, ids: Sequence[int]) -> None:
        ids = list(ids)

        def job(store: Store) -> list[int]:
            store.delete_articles(ids)
            return ids

        self._write(job, _tr("Could not delete the articles"), then=self.deleted.emit)

    def rename_source(self, source_id: int, title: str) -> None:
        if self._account_edit(
            source_id, lambda store: sync_edits.rename(store, source_id, title),
            _tr("Could not rename the subscription on the server"),
        ):  # fmt: skip
            return
        self._write(
            lambda store: store.rename_source(source_id, title),
            _tr("Could not rename the source"),
        )

    def set_source_folder(self, source_id: int, folder: str | None) -> None:
        if self._account_edit(
            source_id, lambda store: sync_edits.move(store, source_id, folder),
            _tr("Could not move the subscription on the server"),
        ):  # fmt: skip
            return
        self._write(
            lambda store: store.set_source_folder(source_id, folder),
            _tr("Could not move the source"),
        )

    def set_always_load_images(self, source_id: int, on: bool) -> None:
        self._write(
            lambda store: store.set_always_load_images(source_id, on),
            _tr("Could not change the source"),
        )

    def set_full_text_option(self, source_id: int, on: bool) -> None:
        self._write(
            lambda store: store.set_full_text_option(source_id, on),
            _tr("Could not change the source"),
        )

    def rename_folder(self, old: str, new: str) -> None:
        self._write(lambda store: store.rename_folder(old, new), _tr("Could not rename the folder"))

    def delete_source(self, source_id: int) -> None:
        def unsubscribe(store: Store) -> tuple[str, int]:
            retired = sync_edits.unsubscribe(store, source_id)
            return ", ".join(retired.archived), retired.kept

        if self._account_edit(
            source_id, unsubscribe, _tr("Could not unsubscribe on the server"),
            then=self._source_deleted,
        ):  # fmt: skip
            return

        def job(store: Store) -> tuple[str, int]:
            source = store.get_source(source_id)
            if source.feed_url is not None:
                remove_feed(store, source_id)  # its keyring entry goes too
            else:
                store.delete_source(source_id)
            left = next((s.total for s in store.sources() if s.id == source_id), 0)
            return source.title, left

        self._write(job, _tr("Could not delete the source"), then=self._source_deleted)

    def _source_deleted(self, outcome: tuple[str, int]) -> None:
        self.deleted.emit(None)
        title, kept = outcome
        if kept:
            self.kept.emit(title, kept)

    def _account_edit(
        self,
        source_id: int,
        job: Callable[[Store], Any],
        failure: str,
        *,
        then: Callable[[Any], None] | None = None,
    ) -> bool:
        """A sync account's subscription changes on its server first (see
        reader.core.sync.subscriptions): on the network pool, since it waits on
        the network and must not hold up the marks queued for the write pool.
        False for a local source (one indexed read on the GUI thread)."""
        if self.store.account_source(source_id) is None:
            return False
        self._write(job, failure, then=then, pool=self._network)
        return True

    # -- changes made by others -----------------------------------------------

    def _read_data_version(self) -> int | None:
        try:
            return self.store.data_version()
        except ReaderError:
            return None

    def _check_for_changes(self) -> None:
        """Our own workers' writes count too: telling them apart would race
        with a terminal's commit landing during one of ours, and the reload
        they cause finds the same rows and only repaints."""
        version = self._read_data_version()
        if version is not None and version != self._data_version:
            self._data_version = version
            self.changed_elsewhere.emit()

    # -- plumbing -----------------------------------------------------------

    def background_write(
        self, job: Callable[[Store], T], on_done: Callable[[T | None, BaseException | None], None]
    ) -> None:
        """Upkeep on the write thread, behind the reader's writes: a failure goes to
        ``on_done``, not to the reader (it runs again later). Nothing once shut down."""

        def work() -> T:
            with Store.open(self.path) as store:
                return job(store)

        if not self._closed:
            run_task(work, on_done, pool=self._writes)

    @property
    def busy(self) -> bool:
        """Whether a query or write has not reported back yet (tests wait on this)."""
        return self._pending > 0

    def _write(
        self,
        job: Callable[[Store], T],
        failure: str,
        *,
        then: Callable[[T], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        """On the one write thread, so writes keep the user's order (``pool``
        only for work that waits on the network and must not hold them up)."""

        def done(result: T) -> None:
            if then is not None:
                then(result)
            self.changed.emit()

        def failed() -> None:
            self.write_failed.emit()
            self.changed.emit()

        self._run(pool or self._writes, job, done, failure, on_error=failed)

    def _run(
        self,
        pool: QThreadPool,
        job: Callable[[Store], T],
        on_done: Callable[[T], None],
        failure: str,
        *,
        on_error: Callable[[], object] | None = None,
    ) -> None:
        """The gateway's own queries and writes: counted (``busy``) and
        dropped once the window has shut the gateway down."""

        def done(result: T) -> None:
            self._pending -= 1
            if not self._closed:
                on_done(result)

        def failed() -> None:
            self._pending -= 1
            if not self._closed and on_error is not None:
                on_error()

        self._pending += 1
        self.run_task(job, done, pool=pool, failure_text=failure, on_error=failed)

    # -- long tasks of the controllers ------------------------------------------

    def run_task(
        self,
        job: Callable[[Store], T],
        on_done: Callable[[T], None],
        *,
        pool: QThreadPool | None = None,
        failure_text: str,
        on_error: Callable[[], object] | None = None,
    ) -> None:
        """Run ``job`` on ``pool`` (default: the gateway's network pool) with a connection
        of its own, since a SQLite connection belongs to one thread.

        ``on_done(result)`` follows on the GUI thread. When ``job`` raises,
        ``on_error()`` puts the caller back in order first, then the failure
        is reported under ``failure_text`` (see :func:`reader.ui.message.report_failure`), so
        the status bar ends on the reason.
        """
        path = self.path

        def work() -> T:
            with Store.open(path) as store:
                return job(store)

        self.run(work, on_done, pool=pool, failure_text=failure_text, on_error=on_error)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        *,
        pool: QThreadPool | None = None,
        failure_text: str,
        on_error: Callable[[], object] | None = None,
    ) -> None:
        """:meth:`run_task` for work that needs no library (finding a feed
        on the network), with the same reporting."""

        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                on_done(result)
                return
            if on_error is not None:
                on_error()
            message.report_failure(failure_text, error)

        run_task(work, done, pool=pool or self._network)

    def shutdown(self) -> None:
        """Let running work finish (a write is never cut in half), then go quiet.

        Network side tasks get a bounded wait: a server that never answers
        must not keep the window from closing longer than a read timeout.
        """
        self._reads.clear()
        self._reads.waitForDone()
        self._network.clear()
        self._network.waitForDone(NETWORK_WAIT_MS)
        self._writes.waitForDone()
        self._closed = True
        self._watch.stop()
        self.store.close()

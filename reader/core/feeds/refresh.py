"""Refreshing subscriptions: many feeds at once, one writer, errors as values.

Three kinds of work, each where it is cheapest:

- fetching waits on the network, so it runs in threads (several feeds at a
  time, one shared connection pool);
- parsing, cleaning and indexing are CPU work, so for more than a couple of
  feeds they run in worker processes on every core, as the importer does;
- the calling thread is the one writer. Each feed is written in its own
  savepoint together with its new ETag/Last-Modified, so a feed is either
  fully recorded or not at all, and a failed feed keeps its old articles.

The function never raises for a feed's trouble: every feed gets a
:class:`FeedResult`, and the same message is stored on the source for the
window to show. Library errors (disk full, …) do raise :class:`StorageError`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.evidence.record import capture_images
from reader.core.feeds.discovery import explain_not_a_feed
from reader.core.feeds.mirrors import fetch_with_mirrors
from reader.core.feeds.parse import PreparedFeed, prepare_feed
from reader.core.fulltext.fetch import FullTextReport, fetch_new_full_texts
from reader.core.images.fetch import ImageReport, images_of_articles
from reader.core.library import FeedRoute, FullTextStatus, IndexedArticle, Store
from reader.core.models import FeedState, Origin
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import Credentials, FetchError, FetchProblem, FetchResult, HttpClient
from reader.core.tasks import DEFAULT_OPTIONS, TaskOptions
from reader.core.workers import ExecutorFactory, default_executor, drain_two_stages

#: From this many feeds on, worker processes pay for their start.
POOL_MIN_FEEDS = 4
DEFAULT_CONNECTIONS = 6

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Clock = Callable[[], datetime]


class FeedStatus(StrEnum):
    UPDATED = "updated"  # fetched and read; ``added`` may be 0
    NOT_MODIFIED = "not-modified"  # 304: nothing downloaded, nothing added
    FAILED = "failed"
    NEEDS_PASSWORD = "needs-password"  # ask the user, then refresh again
    DEFERRED = "deferred"  # the server's Retry-After is still running
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class FeedResult:
    source_id: int
    title: str
    feed_url: str
    status: FeedStatus
    added: int = 0
    duplicates: int = 0
    error: str | None = None
    #: The feed was damaged but read anyway.
    warning: str | None = None
    #: A permanent redirect moved the subscription here.
    moved_to: str | None = None
    problem: FetchProblem | None = None
    #: Ids of the articles this refresh added (their images are fetched next).
    added_ids: tuple[int, ...] = ()
    #: Nothing added and the source empty: the stored articles its items already
    #: are, under other sources (see :meth:`Store.stored_elsewhere`).
    elsewhere_ids: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status in (FeedStatus.UPDATED, FeedStatus.NOT_MODIFIED)


@dataclass(frozen=True, slots=True)
class RefreshRun:
    """A refresh and the image download after it, as one piece of work."""

    results: list[FeedResult]
    #: None when images were not wanted, or no new article had one to fetch.
    images: ImageReport | None = None
    #: None when no refreshed feed has "Download full articles" on.
    full_text: FullTextReport | None = None

    @property
    def added_ids(self) -> list[int]:
        return [i for r in self.results for i in r.added_ids]


def refresh_with_images(
    store: Store,
    source_ids: Iterable[int] | None = None,
    *,
    options: TaskOptions = DEFAULT_OPTIONS,
    on_written: Callable[[list[FeedResult]], None] | None = None,
) -> RefreshRun:
    """Refresh, then cache the images of the articles it added.

    The one path behind ``refresh``, ``add-feed`` and the window's refresh
    and Add Feed: a journalist who subscribes or refreshes and then goes
    offline has the pictures of the new articles too. ``on_written`` gets
    the results once the articles are committed and before the images are
    fetched, which can take much longer: a list shown then has them already.
    For feeds with "Download full articles" on, the pages of the new articles
    (and of those an earlier refresh could not reach) are fetched next, before
    the images, so the full articles' pictures are cached with the rest.
    ``options.progress`` counts the feeds.
    """
    results = refresh_sources(store, source_ids, options=options)
    if on_written is not None:
        on_written(results)
    run = RefreshRun(results)
    if options.is_cancelled():
        return run
    full_text = fetch_new_full_texts(
        store,
        [r.source_id for r in results if r.ok],
        {r.source_id: r.added_ids for r in results},
        progress=options.full_text_progress,
        cancelled=options.cancelled,
    )
    run = replace(run, full_text=full_text)
    if not options.images or options.is_cancelled():
        return run
    urls = images_of_articles(store, run.added_ids)
    if not urls:
        return run
    # The full articles' pictures are captured with their pages (issue 28).
    ok = FullTextStatus.OK
    full = [o.article_id for o in full_text.outcomes if o.status is ok] if full_text else []
    report = capture_images(
        store, full, urls, progress=options.image_progress, cancelled=options.cancelled
    )
    return replace(run, images=report)


def refresh_sources(
    library: Store | str | Path,
    source_ids: Iterable[int] | None = None,
    *,
    options: TaskOptions = DEFAULT_OPTIONS,
    on_result: Callable[[FeedResult], None] | None = None,
    client: HttpClient | None = None,
    connections: int = DEFAULT_CONNECTIONS,
    clock: Clock | None = None,
) -> list[FeedResult]:
    """Refresh the given feed sources (all feeds when ``source_ids`` is None).

    ``library`` may be a path: the window calls this from a worker thread,
    and a :class:`Store` belongs to the thread that opened it.
    ``options.progress`` gets (done, total); ``on_result`` each feed's result
    as it lands; ``options.cancelled`` is polled, and feeds not finished then
    come back CANCELLED. ``options.images`` is for :func:`refresh_with_images`.
    """
    o = options
    if isinstance(library, Store):
        return _Refresh(library, o.passwords, client, clock).run(
            source_ids, o.progress, on_result, o.cancelled, connections, o.executor_factory
        )
    with Store.open(library) as store:
        return _Refresh(store, o.passwords, client, clock).run(
            source_ids, o.progress, on_result, o.cancelled, connections, o.executor_factory
        )


class _Refresh:
    BATCH_SECONDS = 0.3

    def __init__(
        self,
        store: Store,
        passwords: PasswordStore | None,
        client: HttpClient | None,
        clock: Clock | None,
    ) -> None:
        self.store = store
        self.passwords = passwords or PasswordStore()
        self.client = client
        self.clock = clock or (lambda: datetime.now(UTC))
        self.results: dict[int, FeedResult] = {}
        #: The address (the feed's or a mirror) that answered each feed.
        self._served: dict[int, str] = {}
        self._routed: set[int] = set()
        self._batch_started = 0.0
        #: The open batch: a transaction whose new articles' other rows wait for its end.
        self._batch: contextlib.ExitStack | None = None

    def run(
        self,
        source_ids: Iterable[int] | None,
        progress: Progress | None,
        on_result: Callable[[FeedResult], None] | None,
        cancelled: Cancelled | None,
        connections: int,
        executor_factory: ExecutorFactory | None,
    ) -> list[FeedResult]:
        states = self.store.feed_states(None if source_ids is None else list(source_ids))
        total = len(states)
        self._progress = progress
        self._on_result = on_result
        self._total = total
        if progress:
            progress(0, total)
        now = self.clock()
        due: list[FeedState] = []
        for state in states:
            if state.retry_after is not None and state.retry_after > now:
                self._emit(
                    _result(
                        state,
                        FeedStatus.DEFERRED,
                        error=f"the server asked not to be asked again before "
                        f"{state.retry_after:%Y-%m-%d %H:%M} UTC",
                        problem=FetchProblem.RATE_LIMITED,
                    )
                )
            else:
                due.append(state)
        if due:
            # Keyring backends talk over D-Bus and are not thread-safe: ask them here.
            credentials = {s.source_id: self._credentials(s) for s in due}
            client = self.client or HttpClient(connections=connections)
            try:
                self._refresh(due, credentials, client, cancelled, connections, executor_factory)
            finally:
                if self.client is None:
                    client.close()
        return [self.results[s.source_id] for s in states if s.source_id in self.results]

    def _credentials(self, state: FeedState) -> Credentials | None:
        if not state.username:
            return None
        password = self.passwords.get(state.feed_url)
        return None if password is None else Credentials(state.username, password)

    def _refresh(
        self,
        due: list[FeedState],
        credentials: dict[int, Credentials | None],
        client: HttpClient,
        cancelled: Cancelled | None,
        connections: int,
        executor_factory: ExecutorFactory | None,
    ) -> None:
        executor: Executor | None = None
        if executor_factory is not None or len(due) >= POOL_MIN_FEEDS:
            executor = (executor_factory or default_executor)()
            # Start the workers now: with fork, before any fetch thread exists.
            executor.submit(int).result()
        fetchers = ThreadPoolExecutor(
            max_workers=max(1, min(connections, len(due))), thread_name_prefix="feed-fetch"
        )
        fetching: dict[Future[FetchResult], FeedState] = {}
        parsing: dict[Future[PreparedFeed], tuple[FeedState, FetchResult]] = {}
        stopped = True  # until the loop ends normally: an interrupt must not wait on fetches
        try:
            routes = self.store.feed_routes()
            self._routed = {i for i, r in routes.items() if r.mirrors or r.served_by}
            for state in due:
                fetch = fetchers.submit(
                    self._fetch,
                    client,
                    state,
                    routes.get(state.source_id, FeedRoute()),
                    credentials[state.source_id],
                    cancelled,
                )
                fetching[fetch] = state
            stopped = drain_two_stages(
                fetching,
                parsing,
                on_first=lambda state, done: self._fetched(state, done, executor),
                on_second=lambda state, fetched, done: self._write(state, fetched, _prepared(done)),
                cancelled=cancelled,
            )
        finally:
            self._end_batch()
            left: list[Future[Any]] = [*fetching, *parsing]
            for future in left:
                future.cancel()
            fetchers.shutdown(wait=not stopped, cancel_futures=True)
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        for state in due:  # stopped early, or its fetch saw the cancellation
            if state.source_id not in self.results:
                self._emit(_result(state, FeedStatus.CANCELLED, error="cancelled"))

    def _fetch(
        self,
        client: HttpClient,
        state: FeedState,
        route: FeedRoute,
        credentials: Credentials | None,
        cancelled: Cancelled | None,
    ) -> FetchResult:
        fetched, address = fetch_with_mirrors(client, state, route, credentials, cancelled)
        self._served[state.source_id] = address
        return fetched

    def _fetched(
        self, state: FeedState, future: Future[FetchResult], executor: Executor | None
    ) -> tuple[Future[PreparedFeed], FetchResult] | None:
        """Record a failure or a 304 at once; hand a body to the parser."""
        try:
            fetched = future.result()
        except FetchError as exc:
            if exc.problem is not FetchProblem.CANCELLED:
                self._failed(state, exc)
            return None
        except Exception as exc:  # a bug in a fetch must cost one feed only
            self._failed(state, FetchError(FetchProblem.NETWORK, f"fetch failed: {exc}"))
            return None
        if fetched.not_modified:
            self._write(state, fetched, None)
            return None
        known = self.store.recent_item_keys(state.source_id)
        job = (fetched.body, fetched.url, fetched.content_type, known)
        if executor is None:
            self._write(state, fetched, prepare_feed(*job))
            return None
        return executor.submit(prepare_feed, *job), fetched

    def _failed(self, state: FeedState, exc: FetchError) -> None:
        checked = self.clock()
        status = (
            FeedStatus.NEEDS_PASSWORD
            if exc.problem is FetchProblem.NEEDS_PASSWORD
            else FeedStatus.FAILED
        )
        message = str(exc)
        if status is FeedStatus.NEEDS_PASSWORD and not self.passwords.status.usable:
            message += " (no keyring to keep one: enter it for this session)"
        self._in_batch(
            lambda: self.store.record_feed_failed(
                state.source_id, checked=checked, error=message, retry_after=exc.retry_after
            )
        )
        self._emit(_result(state, status, error=message, problem=exc.problem))

    def _write(self, state: FeedState, fetched: FetchResult, prepared: PreparedFeed | None) -> None:
        checked = self.clock()
        if prepared is not None and prepared.error is not None:
            error = explain_not_a_feed(fetched, prepared.error)  # a web page, say: in words
            # The validators are not kept: next time the whole feed is read again.
            self._in_batch(
                lambda: self.store.record_feed_failed(state.source_id, checked=checked, error=error)
            )
            self._emit(_result(state, FeedStatus.FAILED, error=error))
            return
        moved: str | None = None
        added = duplicates = 0
        added_ids: tuple[int, ...] = ()
        elsewhere: tuple[int, ...] = ()

        def write() -> None:
            nonlocal moved, added, duplicates, added_ids, elsewhere
            if fetched.permanent_url is not None:
                try:
                    self.store.set_feed_url(state.source_id, fetched.permanent_url)
                    moved = fetched.permanent_url
                except ReaderError:
                    moved = None  # another subscription has that address: keep ours
            if prepared is not None:
                articles = _within_retention(prepared.articles, state.retention_days, checked)
                origin = Origin("feed", fetched.url, http_date=fetched.date, etag=fetched.etag)
                outcome = self.store.add_articles(state.source_id, articles, origin=origin)
                added, duplicates = len(outcome.added), outcome.duplicates + prepared.known
                added_ids = tuple(outcome.added)
                if not added and outcome.duplicates:
                    elsewhere = self.store.stored_elsewhere(state.source_id, articles)
            self.store.record_feed_fetched(
                state.source_id,
                checked=checked,
                # A 304 need not repeat the validators; the old ones still hold.
                etag=fetched.etag or (state.etag if prepared is None else None),
                last_modified=fetched.last_modified
                or (state.last_modified if prepared is None else None),
                feed_title=prepared.title if prepared else None,
                site_url=prepared.site_url if prepared else None,
            )
            if state.retention_days is not None:
                self.store.apply_retention(state.source_id, checked)
            served = self._served.get(state.source_id)
            if served is not None and (served != state.feed_url or state.source_id in self._routed):
                self.store.record_served_by(state.source_id, served)

        try:
            self._in_batch(write)
        except ReaderError as exc:
            self._emit(_result(state, FeedStatus.FAILED, error=str(exc)))
            return
        if moved is not None:
            self.passwords.move(state.feed_url, moved)
        status = FeedStatus.NOT_MODIFIED if prepared is None else FeedStatus.UPDATED
        if prepared is not None and prepared.title and state.title == state.name:
            # The source had no title yet and has just taken the feed's.
            state = replace(state, title=prepared.title)
        self._emit(
            _result(
                state,
                status,
                added=added,
                duplicates=duplicates,
                warning=prepared.warning if prepared else None,
                moved_to=moved,
                added_ids=added_ids,
                elsewhere_ids=elsewhere,
            )
        )

    def _in_batch(self, action: Callable[[], None]) -> None:
        """Run one feed's writes in a savepoint; commit every few hundred ms.

        A commit per feed would make FTS5 flush a small segment each time.
        The batch is one :meth:`Store.adding_in_bulk`: the bodies, read
        state and search rows of all its feeds' new articles are written
        together at its end, the index rows in one sorted run. Written feed
        by feed, each feed's rows came lower than the last one's (the index
        rowids are dates) and FTS5 began a segment for each: writing the 50
        prepared feeds of the refresh benchmark took 0.65-0.72 s of CPU that
        way and 0.43 s in batches of 10 feeds (``resources/benchmarks/refresh.md``).
        A feed rolled back takes its waiting rows with it (the store's
        savepoint cuts them off).
        """
        if self._batch is None:
            batch = contextlib.ExitStack()
            batch.enter_context(self.store.adding_in_bulk())
            self._batch = batch
            self._batch_started = time.monotonic()
        with self.store.savepoint():
            action()
        if time.monotonic() - self._batch_started > self.BATCH_SECONDS:
            self._end_batch()

    def _end_batch(self) -> None:
        """Write the batch's waiting rows and commit (also when the refresh is
        interrupted: every feed in it was written whole, in its savepoint)."""
        batch, self._batch = self._batch, None
        if batch is not None:
            batch.close()

    def _emit(self, result: FeedResult) -> None:
        self.results[result.source_id] = result
        if self._on_result is not None:
            self._on_result(result)
        if self._progress is not None:
            self._progress(len(self.results), self._total)


def _result(
    state: FeedState,
    status: FeedStatus,
    *,
    added: int = 0,
    duplicates: int = 0,
    error: str | None = None,
    warning: str | None = None,
    moved_to: str | None = None,
    problem: FetchProblem | None = None,
    added_ids: tuple[int, ...] = (),
    elsewhere_ids: tuple[int, ...] = (),
) -> FeedResult:
    return FeedResult(
        state.source_id,
        state.title,
        state.feed_url,
        status,
        added=added,
        duplicates=duplicates,
        error=error,
        warning=warning,
        moved_to=moved_to,
        problem=problem,
        added_ids=added_ids,
        elsewhere_ids=elsewhere_ids,
    )


def _prepared(future: Future[PreparedFeed]) -> PreparedFeed:
    try:
        return future.result()
    except Exception as exc:  # a worker died (killed, out of memory)
        return PreparedFeed(error=f"the feed could not be processed: {exc}")


def _within_retention(
    articles: tuple[IndexedArticle, ...], days: int | None, now: datetime
) -> list[IndexedArticle]:
    """Items older than the retention would be deleted again at once: skip them."""
    if days is None:
        return list(articles)
    cutoff = now - timedelta(days=days)
    return [a for a in articles if a.article.published is None or a.article.published >= cutoff]

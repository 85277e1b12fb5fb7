"""Fetching articles' pages and keeping their full text, politely and in bulk.

The shape of the refresh (:mod:`reader.core.feeds.refresh`): fetches wait on
the network, so they run in threads; extraction is CPU work (7 ms a page
with readability and our cleaning), so from :data:`POOL_MIN_PAGES` pages on
it runs in worker processes on every core; the calling thread is the one
writer. Politeness: a few requests at a time (:data:`DEFAULT_CONNECTIONS`)
and at most :data:`PER_HOST` to one host, since a feed's articles usually
all live on one site; the feeds' HTTP client (User-Agent naming the
program, timeouts, size cap, conditional requests with what the last try
of a failed page answered). An article whose full text is there is never
fetched again (:meth:`~reader.core.library.Store.full_text_jobs`).

A page that cannot be had keeps the summary: unreachable (no network, a
timeout) is recorded as ``offline`` and tried again by the next refresh;
anything else (403, a login or paywall, a page giving no more than the
summary) as ``failed``, with the reason for the reader.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from reader.core.evidence.record import capture_images, keep_exchange
from reader.core.fulltext.extract import Extracted, extract_article, word_count
from reader.core.images.fetch import ImageReport, images_of_articles
from reader.core.library import FullTextJob, FullTextStatus, Store
from reader.core.net.http import FetchError, FetchProblem, FetchResult, HttpClient, Timeouts
from reader.core.tasks import DEFAULT_OPTIONS, TaskOptions
from reader.core.workers import default_executor, drain_two_stages

__all__ = [
    "FullTextOutcome",
    "FullTextReport",
    "fetch_full_texts",
    "page_client",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ExecutorFactory = Callable[[], Executor]

DEFAULT_CONNECTIONS = 4
PER_HOST = 2
#: From this many pages on, worker processes pay for their start (a spawn
#: in the window costs about 0.3 s; 8 pages extract in 60 ms on one core).
POOL_MIN_PAGES = 8
#: Article pages are a few hundred kB; a cap well under the feeds' 16 MB
#: keeps a hostile "page" from filling memory eight at a time.
MAX_PAGE_BYTES = 5 * 1024 * 1024
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
_OFFLINE = frozenset({FetchProblem.NETWORK, FetchProblem.TIMEOUT})


@dataclass(frozen=True, slots=True)
class FullTextOutcome:
    article_id: int
    status: FullTextStatus | None  # None: cancelled, nothing recorded
    reason: str | None = None


@dataclass(slots=True)
class FullTextReport:
    outcomes: list[FullTextOutcome] = field(default_factory=list)
    #: Articles asked for that had their full text already, or no web page.
    skipped: int = 0
    cancelled: bool = False
    images: ImageReport | None = None

    def count(self, status: FullTextStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def offline(self) -> bool:
        """Nothing could be fetched and every failure was the network's."""
        tried = [o for o in self.outcomes if o.status is not None]
        return bool(tried) and all(o.status is FullTextStatus.OFFLINE for o in tried)

    def summary(self) -> str:
        text = (
            f"Full articles: {self.count(FullTextStatus.OK)} downloaded, "
            f"{self.count(FullTextStatus.FAILED)} not available, "
            f"{self.count(FullTextStatus.OFFLINE)} left for later, {self.skipped} skipped."
        )
        if self.offline:
            text += " The network cannot be reached: the summaries are kept."
        elif self.cancelled:
            text += " Cancelled."
        return text


def page_client(connections: int = DEFAULT_CONNECTIONS) -> HttpClient:
    """The feeds' client (User-Agent, redirects, decompression) asking for web pages."""
    return HttpClient(
        max_bytes=MAX_PAGE_BYTES,
        timeouts=Timeouts(connect=10.0, read=20.0, total=60.0),
        accept=_ACCEPT,
        connections=connections,
    )


def fetch_new_full_texts(
    store: Store,
    sources: Iterable[int],
    added_by_source: Mapping[int, Sequence[int]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> FullTextReport | None:
    """After a refresh or a sync: the pages of the new articles of those of
    ``sources`` that want full articles, and of those an earlier try found
    offline (caught up now). None when no source wants them. Their images
    are cached with the new articles' next."""
    wanted = store.full_text_source_ids() & set(sources := list(sources))
    if not wanted:
        return None
    ids = [
        i
        for source_id in sources
        if source_id in wanted
        for i in added_by_source.get(source_id, ())
    ]
    ids += store.full_text_retry_ids(wanted)
    options = TaskOptions(images=False, progress=progress, cancelled=cancelled)
    return fetch_full_texts(store, ids, options=options)


def fetch_full_texts(
    store: Store,
    article_ids: Iterable[int],
    *,
    options: TaskOptions = DEFAULT_OPTIONS,
    client: HttpClient | None = None,
    connections: int = DEFAULT_CONNECTIONS,
) -> FullTextReport:
    """Fetch the pages of these articles, keep their full text, then cache its images.

    Never raises for a page's trouble (each gets an outcome); library errors
    do raise. ``options.progress`` gets (done, total) over the pages to fetch;
    ``options.passwords`` and ``options.full_text_progress`` are not used.
    """
    progress, cancelled = options.progress, options.cancelled
    wanted = list(dict.fromkeys(article_ids))
    jobs = store.full_text_jobs(wanted)
    report = FullTextReport(skipped=len(wanted) - len(jobs))
    if progress:
        progress(0, len(jobs))
    if not jobs:
        return report
    http = client or page_client(connections)
    try:
        _Run(store, http, report, progress, cancelled).run(
            jobs, connections, options.executor_factory
        )
    finally:
        if client is None:
            http.close()
    if options.images and not report.cancelled:
        done = [o.article_id for o in report.outcomes if o.status is FullTextStatus.OK]
        urls = images_of_articles(store, done)
        if urls:  # each picture's response is kept with the articles (issue 28)
            report.images = capture_images(
                store, done, urls, progress=options.image_progress, cancelled=cancelled
            )
    return report


def _fetch(
    client: HttpClient,
    job: FullTextJob,
    hosts: dict[str, threading.Semaphore],
    cancelled: Cancelled | None,
    proxy: str | None = None,
) -> FetchResult:
    gate = hosts[urlsplit(job.url).netloc.lower()]
    with gate:  # at most PER_HOST requests to one site at a time
        return client.fetch(
            job.url,
            etag=job.etag,
            last_modified=job.last_modified,
            cancelled=cancelled,
            proxy=proxy,
        )


def _describe(exc: FetchError) -> str:
    if exc.status == 403:
        return "the site refused to give the page (403 Forbidden)"
    if exc.status in (401, 402) or exc.problem in (FetchProblem.NEEDS_PASSWORD, FetchProblem.AUTH):
        return f"the page asks to sign in or pay ({exc.status or 'login'})"
    if exc.problem in _OFFLINE:
        return f"the page could not be reached: {exc}; tried again at the next refresh"
    return f"the page could not be had: {exc}"


class _Run:
    def __init__(
        self,
        store: Store,
        client: HttpClient,
        report: FullTextReport,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.store = store
        self.client = client
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        self.total = 0

    def run(
        self, jobs: list[FullTextJob], connections: int, executor_factory: ExecutorFactory | None
    ) -> None:
        self.total = len(jobs)
        # A feed's or an account's own route carries its articles' pages too.
        proxies = self.store.article_proxies([j.article_id for j in jobs])
        hosts = {
            host: threading.Semaphore(PER_HOST)
            for host in {urlsplit(j.url).netloc.lower() for j in jobs}
        }
        executor: Executor | None = None
        if executor_factory is not None or len(jobs) >= POOL_MIN_PAGES:
            executor = (executor_factory or default_executor)()
            executor.submit(int).result()  # start the workers before the fetch threads
        fetchers = ThreadPoolExecutor(
            max_workers=max(1, min(connections, len(jobs))), thread_name_prefix="page-fetch"
        )
        fetching: dict[Future[FetchResult], FullTextJob] = {}
        extracting: dict[Future[Extracted], tuple[FullTextJob, FetchResult]] = {}
        stopped = True
        try:
            for job in jobs:
                proxy = proxies.get(job.article_id)
                fetch = fetchers.submit(_fetch, self.client, job, hosts, self.cancelled, proxy)
                fetching[fetch] = job
            stopped = drain_two_stages(
                fetching,
                extracting,
                on_first=lambda job, done: self._fetched(job, done, executor),
                on_second=lambda job, fetched, done: self._write(job, fetched, _extracted(done)),
                cancelled=self.cancelled,
            )
        finally:
            left: list[Future[Any]] = [*fetching, *extracting]
            for future in left:
                future.cancel()
            fetchers.shutdown(wait=not stopped, cancel_futures=True)
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        if stopped:
            self.report.cancelled = True
            finished_ids = {o.article_id for o in self.report.outcomes}
            self.report.outcomes.extend(
                FullTextOutcome(j.article_id, None, "cancelled")
                for j in jobs
                if j.article_id not in finished_ids
            )

    def _fetched(
        self, job: FullTextJob, future: Future[FetchResult], executor: Executor | None
    ) -> tuple[Future[Extracted], FetchResult] | None:
        try:
            fetched = future.result()
        except FetchError as exc:
            if exc.problem is FetchProblem.CANCELLED:
                return None
            status = FullTextStatus.OFFLINE if exc.problem in _OFFLINE else FullTextStatus.FAILED
            self._failed(job, status, _describe(exc))
            return None
        except Exception as exc:  # a bug in one fetch must cost one article only
            self._failed(job, FullTextStatus.FAILED, f"the page could not be had: {exc}")
            return None
        if fetched.not_modified:  # unchanged since the last try: the same verdict
            status = job.status or FullTextStatus.FAILED
            self._failed(job, status, job.reason or "the page has not changed", fetched)
            return None
        args = (fetched.body, fetched.url, fetched.content_type, word_count(job.summary_text))
        if executor is None:
            self._write(job, fetched, extract_article(*args))
            return None
        return executor.submit(extract_article, *args), fetched

    def _write(self, job: FullTextJob, fetched: FetchResult, extracted: Extracted) -> None:
        if not extracted.ok:
            self._failed(job, FullTextStatus.FAILED, extracted.reason or "", fetched)
            return
        self.store.record_full_text(
            job.article_id,
            extracted.html,
            extracted.text,
            extracted.images,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
        )
        keep_exchange(self.store, job.article_id, job.url, fetched)  # the page as received
        self._done(FullTextOutcome(job.article_id, FullTextStatus.OK))

    def _failed(
        self,
        job: FullTextJob,
        status: FullTextStatus,
        reason: str,
        fetched: FetchResult | None = None,
    ) -> None:
        self.store.record_full_text_failure(
            job.article_id,
            status,
            reason,
            etag=fetched.etag if fetched else job.etag,
            last_modified=fetched.last_modified if fetched else job.last_modified,
        )
        self._done(FullTextOutcome(job.article_id, status, reason))

    def _done(self, outcome: FullTextOutcome) -> None:
        self.report.outcomes.append(outcome)
        if self.progress is not None:
            self.progress(len(self.report.outcomes), self.total)


def _extracted(future: Future[Extracted]) -> Extracted:
    try:
        return future.result()
    except Exception as exc:  # a worker died (killed, out of memory)
        return Extracted(reason=f"the page could not be processed: {exc}")

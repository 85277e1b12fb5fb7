"""Saving web pages: links become articles at once, their pages come after.

A link is stored the moment it is given (``save``, ``import-links``, a link
dropped on the window) as an article of the "Saved pages" source, with the
title, tags, time added and read state it came with, and a
``saved_links`` row in state ``pending``. :func:`fetch_saved_pages` then
fetches the pending pages through the feeds' HTTP client (a few at a time,
:data:`PER_HOST` to one site), keeps each exchange as WARC records
(:mod:`reader.core.evidence.record`), extracts the article with the
full-article pipeline (kept beside the link's own text, as a feed's full
article is), takes the title, author and date from the page's metadata, and
caches and captures its pictures. A page that cannot be reached stays
pending, its reason shown, and the next refresh tries again; the state lives
in the library, so an interrupted import resumes where it stopped.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from reader.core.capture.meta import PageMeta, page_meta
from reader.core.content.cleaning import strip_tracking_params
from reader.core.evidence.record import capture_images, keep_exchange
from reader.core.fulltext.extract import Extracted, extract_article
from reader.core.fulltext.fetch import page_client
from reader.core.images.fetch import ImageReport, images_of_articles
from reader.core.library import FullTextStatus, Store
from reader.core.models import NewArticle, Origin
from reader.core.net.credentials import without_credentials
from reader.core.net.http import FetchError, FetchProblem, FetchResult, HttpClient, normalize_url

__all__ = [
    "SAVED_SOURCE",
    "Link",
    "LinkResult",
    "SaveReport",
    "add_links",
    "fetch_saved_pages",
    "save_urls",
]

#: The source saved pages live in.
SAVED_SOURCE = "Saved pages"
DEFAULT_CONNECTIONS = 4
PER_HOST = 2
#: After this many tries a page that never answered is given up (its reason kept).
MAX_ATTEMPTS = 5

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Link:
    """A link to save, with what a read-later service knew about it."""

    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    folder: str | None = None
    added: datetime | None = None
    read: bool = False
    archived: bool = False
    starred: bool = False
    #: The service's own copy of the text (Wallabag, Omnivore), shown until the page comes.
    excerpt: str | None = None


@dataclass(frozen=True, slots=True)
class LinkResult:
    url: str
    article_id: int | None
    #: new, duplicate (the URL is in the library already), invalid
    state: str
    reason: str | None = None


@dataclass(slots=True)
class SaveReport:
    """What a fetch of saved pages did, per article: saved, pending or failed."""

    outcomes: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    images: ImageReport | None = None
    cancelled: bool = False

    def count(self, state: str) -> int:
        return sum(1 for s, _ in self.outcomes.values() if s == state)

    def summary(self) -> str:
        text = (
            f"Saved pages: {self.count('saved')} saved, {self.count('pending')} left for the "
            f"next refresh, {self.count('failed')} not available."
        )
        return text + (" Cancelled." if self.cancelled else "")


def _placeholder(link: Link, url: str) -> tuple[str, str]:
    text = link.excerpt.strip() if link.excerpt else ""
    if not text:
        text = f"Saved link: {url}"
    return f"<p>{html.escape(text)}</p>", text


def add_links(
    store: Store, links: Iterable[Link], *, service: str | None = None
) -> list[LinkResult]:
    """Store each link as an article of "Saved pages" with its page pending.

    A link whose URL is already in the library is not stored again (its
    tags are added to the article that has it). An address that is not
    http(s) is refused with the reason.
    """
    with store.transaction():  # one commit for an import of thousands
        return _add_links(store, links, service)


def _add_links(store: Store, links: Iterable[Link], service: str | None) -> list[LinkResult]:
    source_id = store.source_id(SAVED_SOURCE)
    results: list[LinkResult] = []
    seen: set[str] = set()
    fresh: list[tuple[Link, str]] = []
    again: list[tuple[Link, str]] = []  # the same address a second time in the file
    stored: list[tuple[int, str, str | None]] = []
    for link in links:
        try:
            # A password typed into an address must not reach the library.
            url = strip_tracking_params(without_credentials(normalize_url(link.url)))
        except FetchError as exc:
            results.append(LinkResult(link.url, None, "invalid", str(exc)))
            continue
        if url in seen:
            again.append((link, url))
            continue
        seen.add(url)
        known = store.article_with_url(url)
        if known is None:
            fresh.append((link, url))
            continue
        results.append(LinkResult(url, known, "duplicate"))
        _annotate(store, known, link)
        if store.saved_link(known) is None and not store.page_captures([known]):
            stored.append((known, url, service))  # a feed's article: its page is captured now
    articles = []
    for link, url in fresh:
        body, text = _placeholder(link, url)
        articles.append(NewArticle(link.title or url, url, link.added, body, text, guid=url))
    store.add_articles(source_id, articles)
    added_at: list[tuple[int, int]] = []
    for link, url in fresh:
        article_id = store.article_with_url(url)
        if article_id is None:  # the same text under another URL: a duplicate by content
            results.append(LinkResult(url, None, "duplicate"))
            continue
        stored.append((article_id, url, service))
        if link.added is not None:
            added_at.append((article_id, int(link.added.timestamp())))
        _annotate(store, article_id, link)
        results.append(LinkResult(url, article_id, "new"))
    for link, url in again:
        article_id = store.article_with_url(url)
        results.append(LinkResult(url, article_id, "duplicate"))
        if article_id is not None:
            _annotate(store, article_id, link)
    store.add_saved_links(stored)
    if added_at:
        store.set_added(added_at)
    return results


def _annotate(store: Store, article_id: int, link: Link) -> None:
    tags = list(link.tags)
    if link.folder:
        tags.append(link.folder)
    if link.archived:
        tags.append("archived")
    if tags:
        store.tag_articles([article_id], add=tags)
    if link.read or link.archived or link.starred:
        store.mark(
            [article_id],
            read=True if link.read or link.archived else None,
            starred=True if link.starred else None,
        )


@dataclass(frozen=True, slots=True)
class _Got:
    article_id: int
    url: str
    result: FetchResult | None
    fetched: datetime
    extracted: Extracted | None = None
    meta: PageMeta | None = None
    error: FetchError | None = None


def _fetch_one(
    client: HttpClient,
    article_id: int,
    url: str,
    gate: threading.Semaphore,
    cancelled: Cancelled | None,
) -> _Got:
    with gate:
        when = datetime.now(UTC)
        try:
            result = client.fetch(url, cancelled=cancelled)
        except FetchError as exc:
            return _Got(article_id, url, None, when, error=exc)
    # Extraction here, in the fetch thread: a page takes milliseconds and the
    # writer (the calling thread) stays free for the library.
    extracted = extract_article(result.body, result.url, result.content_type, 0)
    return _Got(
        article_id, url, result, when, extracted, page_meta(result.body, result.content_type)
    )


def fetch_saved_pages(
    store: Store,
    article_ids: Sequence[int] | None = None,
    *,
    client: HttpClient | None = None,
    images: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    connections: int = DEFAULT_CONNECTIONS,
) -> SaveReport:
    """Fetch the pending saved pages (of ``article_ids``, or all of them).

    Never raises for a page's trouble; each gets an outcome. ``progress``
    gets (done, total) over the pages.
    """
    pending = store.pending_links()
    if article_ids is not None:
        wanted = set(article_ids)
        pending = [p for p in pending if p.article_id in wanted]
    report = SaveReport()
    total = len(pending)
    if progress:
        progress(0, total)
    if not pending:
        return report
    http = client or page_client(connections)
    hosts = {h: threading.Semaphore(PER_HOST) for h in {_host(p.url) for p in pending}}
    attempts = {p.article_id: p.attempts for p in pending}
    try:
        with ThreadPoolExecutor(max_workers=connections, thread_name_prefix="save") as pool:
            queue = iter(pending)
            running: set[Future[_Got]] = set()

            def submit() -> None:
                for link in queue:
                    gate = hosts[_host(link.url)]
                    args = (http, link.article_id, link.url, gate, cancelled)
                    running.add(pool.submit(_fetch_one, *args))
                    return

            for _ in range(connections * 4):  # a queue deep enough for every host's gate
                submit()
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    running.discard(future)
                    got = future.result()
                    _write(store, report, got, attempts.get(got.article_id, 0))
                    if progress:
                        progress(len(report.outcomes), total)
                    if cancelled is not None and cancelled():
                        report.cancelled = True
                    else:
                        submit()
                if report.cancelled:
                    for future in running:
                        future.cancel()
                    break
    finally:
        if client is None:
            http.close()
    saved = [i for i, (s, _) in report.outcomes.items() if s == "saved"]
    if images and saved and not report.cancelled:
        urls = images_of_articles(store, saved)
        if urls:
            report.images = capture_images(store, saved, urls, cancelled=cancelled)
    return report


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _write(store: Store, report: SaveReport, got: _Got, attempts: int) -> None:
    article_id = got.article_id
    if got.error is not None or got.result is None:
        exc = got.error
        if exc is not None and exc.problem is FetchProblem.CANCELLED:
            return
        reason = f"the page could not be had: {exc}"
        # Any failure to fetch is tried again (a 404 or 403 may be a site's
        # passing trouble), up to MAX_ATTEMPTS; only a bad address is final.
        retry = exc is None or exc.problem is not FetchProblem.BAD_URL
        if retry and attempts + 1 < MAX_ATTEMPTS:
            state, status = "pending", FullTextStatus.OFFLINE
            reason += "; tried again at the next refresh"
        else:
            state, status = "failed", FullTextStatus.FAILED
        store.record_full_text_failure(article_id, status, reason)
        store.set_link_state(article_id, state, reason)
        report.outcomes[article_id] = (state, reason)
        return
    result = got.result
    info = keep_exchange(store, article_id, got.url, result, fetched=got.fetched)
    if info is None:  # the article was deleted meanwhile
        return
    meta = got.meta or PageMeta()
    store.set_page_metadata(
        article_id,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        own=store.get_article(article_id).source_name == SAVED_SOURCE,
    )
    _record_provenance(store, article_id, result, info.payload_sha256)
    extracted = got.extracted
    if extracted is not None and extracted.ok:
        store.record_full_text(
            article_id,
            extracted.html,
            extracted.text,
            extracted.images,
            etag=result.etag,
            last_modified=result.last_modified,
        )
        store.set_link_state(article_id, "saved", None)
        report.outcomes[article_id] = ("saved", None)
        return
    reason = (extracted.reason if extracted else None) or "the page gave no article"
    store.record_full_text_failure(article_id, FullTextStatus.FAILED, reason)
    store.set_link_state(article_id, "failed", reason)
    report.outcomes[article_id] = ("failed", reason)


def _record_provenance(store: Store, article_id: int, result: FetchResult, sha256: str) -> None:
    """A saved page's own provenance: fetched from its URL, the payload's hash (first fetch)."""
    origin = Origin(kind="feed", name=result.url, http_date=result.date, etag=result.etag)
    store.add_provenance(article_id, origin, sha256)


def save_urls(
    store: Store,
    urls: Sequence[str],
    *,
    tags: Sequence[str] = (),
    client: HttpClient | None = None,
    images: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[LinkResult], SaveReport]:
    """``offline-reader save URL...``: store the links, then fetch their pages now."""
    results = add_links(store, (Link(url, tags=tuple(tags)) for url in urls), service="save")
    ids = [r.article_id for r in results if r.article_id is not None]  # only pending ones fetch
    report = fetch_saved_pages(
        store, ids, client=client, images=images, progress=progress, cancelled=cancelled
    )
    return results, report

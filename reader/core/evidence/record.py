"""Keeping an exchange with its article: the WARC records and what provenance shows.

Pictures are fetched by the image cache (:func:`~reader.core.images.fetch.cache_images`),
which takes any :class:`HttpClient`; :class:`RecordingClient` hands it one
that notes each response, so a picture is captured as the cache receives it
without the cache knowing about captures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from reader.core.evidence.warc import Exchange, exchange_of, warc_records
from reader.core.images.fetch import ImageReport, cache_images, image_client
from reader.core.library import CaptureInfo, Store
from reader.core.net.http import Credentials, FetchResult, HttpClient, RedirectHop

__all__ = ["RecordingClient", "capture_images", "keep_exchange"]


def keep_exchange(
    store: Store,
    article_id: int,
    requested_url: str,
    result: FetchResult,
    *,
    kind: str = "page",
    fetched: datetime | None = None,
) -> CaptureInfo | None:
    """Record one response for the article (its records only when the user keeps them).

    A 304 has no payload to prove anything with, and is not recorded.
    """
    if result.not_modified:
        return None
    when = fetched or datetime.now(UTC)
    keep = store.keep_raw_captures()
    for hop in result.redirects:  # each redirect on the way, as received
        _keep_redirect(store, article_id, hop, when, keep)
    exchange = exchange_of(requested_url, result, when)
    warc = warc_records(exchange)
    info = CaptureInfo(
        id=0,
        article_id=article_id,
        kind=kind,
        url=exchange.url,
        requested_url=requested_url,
        fetched=_iso(exchange.fetched),
        status=exchange.status,
        http_date=exchange.http_date,
        content_type=exchange.content_type,
        payload_sha256=warc.payload_sha256,
        record_id=warc.record_id,
        warc_size=len(warc.data),
    )
    kept = store.add_capture(article_id, info, warc.data if keep else None)
    return None if kept is None else info


def _keep_redirect(
    store: Store, article_id: int, hop: RedirectHop, when: datetime, keep: bool
) -> None:
    exchange = Exchange(
        requested_url=hop.url,
        url=hop.url,
        status=hop.status,
        reason=hop.reason,
        http_version=hop.http_version,
        request_headers=hop.request_headers,
        response_headers=hop.headers,
        body=b"",
        fetched=when,
        http_date=next((v for n, v in hop.headers if n.lower() == "date"), None),
    )
    warc = warc_records(exchange, body_unread=True)
    info = CaptureInfo(
        id=0,
        article_id=article_id,
        kind="redirect",
        url=hop.url,
        requested_url=hop.url,
        fetched=_iso(when),
        status=hop.status,
        http_date=exchange.http_date,
        content_type=None,
        payload_sha256=warc.payload_sha256,
        record_id=warc.record_id,
        warc_size=len(warc.data),
    )
    store.add_capture(article_id, info, warc.data if keep else None)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


Sink = Callable[[str, FetchResult, datetime], None]


class RecordingClient(HttpClient):
    """An :class:`HttpClient` that passes every response it returns to ``sink``.

    It wraps the client it is given (with whatever route, proxy and caps that
    one has) rather than building its own.
    """

    def __init__(self, inner: HttpClient, sink: Sink) -> None:
        # Deliberately no super().__init__(): every request goes to ``inner``.
        self._inner = inner
        self._sink = sink
        self.timeouts = inner.timeouts
        self.max_bytes = inner.max_bytes
        self.max_redirects = inner.max_redirects
        self.user_agent = inner.user_agent
        self.accept = inner.accept

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        credentials: Credentials | None = None,
        cancelled: Callable[[], bool] | None = None,
        now: datetime | None = None,
        proxy: str | None = None,
    ) -> FetchResult:
        result = self._inner.fetch(
            url,
            etag=etag,
            last_modified=last_modified,
            credentials=credentials,
            cancelled=cancelled,
            now=now,
            proxy=proxy,
        )
        self._sink(url, result, datetime.now(UTC))
        return result

    def close(self) -> None:
        self._inner.close()


def capture_images(
    store: Store,
    article_ids: Sequence[int],
    urls: Sequence[str],
    *,
    client: HttpClient | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImageReport:
    """Cache the pictures of these articles, capturing each response for the articles using it.

    The writes happen on the calling thread after the downloads (the store
    has one connection, for one thread); the report is the image cache's.
    """
    got: list[tuple[str, FetchResult, datetime]] = []
    lock = threading.Lock()
    # Only the pictures of these articles are kept (a refresh's others are not
    # evidence of anything asked for, and holding them would cost memory).
    users = store.articles_using_images(urls, article_ids) if article_ids else {}

    def sink(url: str, result: FetchResult, when: datetime) -> None:
        if url in users:
            with lock:
                got.append((url, result, when))

    inner = client or image_client()
    try:
        report = cache_images(
            store, urls, client=RecordingClient(inner, sink), progress=progress, cancelled=cancelled
        )
    finally:
        if client is None:
            inner.close()
    for url, result, when in got:
        for article_id in users.get(url, ()):
            keep_exchange(store, article_id, url, result, kind="resource", fetched=when)
    return report

"""Fill the offline image cache: fetch the images articles reference.

Runs only when asked: after a refresh (for the new articles), from
"Download images for offline reading", or from ``cache-images``. Opening an
article never comes here. Fetches run several at a time in threads (the work
is waiting on the network); the calling thread is the one writer.

Every image is checked before it is kept: not on the tracker list, not over
the per-image cap (the download is cut off there), really an image by its
bytes, SVG reduced to drawing, and the library's budget not exceeded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from enum import StrEnum

from reader.core.content.cleaning import is_tracker_image
from reader.core.errors import ReaderError
from reader.core.images.cache import (
    BUDGET_SETTING,
    DEFAULT_BUDGET_BYTES,
    DEFAULT_MAX_IMAGE_BYTES,
    sanitize_svg,
    sniff_image,
)
from reader.core.library import Store
from reader.core.models import ImageStatus
from reader.core.net.http import FetchError, FetchProblem, HttpClient, Timeouts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.8,*/*;q=0.5"
#: Problems that say "this machine cannot reach the network" rather than
#: "this image is broken": such images stay pending for the next time.
_OFFLINE = frozenset({FetchProblem.NETWORK, FetchProblem.TIMEOUT})


class ImageOutcome(StrEnum):
    CACHED = "cached"
    SKIPPED = "skipped"  # refused by policy: tracker, too large, not an image, budget
    FAILED = "failed"
    PENDING = "pending"  # not reached (offline or cancelled): tried again next time


@dataclass(frozen=True, slots=True)
class ImageResult:
    url: str
    outcome: ImageOutcome
    reason: str | None = None


@dataclass(slots=True)
class ImageReport:
    results: list[ImageResult] = field(default_factory=list)
    cancelled: bool = False
    #: No image could be fetched and every failure was a network one.
    offline: bool = False

    def count(self, outcome: ImageOutcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    def summary(self) -> str:
        parts = [f"{self.count(ImageOutcome.CACHED)} cached"]
        for outcome in (ImageOutcome.SKIPPED, ImageOutcome.FAILED, ImageOutcome.PENDING):
            if self.count(outcome):
                parts.append(f"{self.count(outcome)} {outcome.value}")
        text = "Images: " + ", ".join(parts) + "."
        if self.offline:
            text += " The network cannot be reached: images were left for later."
        elif self.cancelled:
            text += " Cancelled."
        return text


def image_client(max_bytes: int = DEFAULT_MAX_IMAGE_BYTES) -> HttpClient:
    """An HTTP client for images: the per-image cap is its response cap."""
    return HttpClient(
        max_bytes=max_bytes,
        timeouts=Timeouts(connect=10.0, read=20.0, total=60.0),
        accept=_ACCEPT,
    )


def budget_bytes(store: Store) -> int:
    value = store.setting(BUDGET_SETTING)
    try:
        return int(value) if value is not None else DEFAULT_BUDGET_BYTES
    except ValueError:
        return DEFAULT_BUDGET_BYTES


def _download(
    client: HttpClient, url: str, cancelled: Cancelled | None, proxy: str | None = None
) -> tuple[bytes, str]:
    """The image's bytes and type, or FetchError / ValueError saying why not."""
    fetched = client.fetch(url, cancelled=cancelled, proxy=proxy)
    data = fetched.body
    mime = sniff_image(data)
    if mime is None:
        raise ValueError("not an image (or a format the reader cannot show)")
    if mime == "image/svg+xml":
        clean = sanitize_svg(data)
        if clean is None:
            raise ValueError("an SVG image that cannot be read safely")
        data = clean
    return data, mime


def cache_images(
    store: Store,
    urls: Sequence[str],
    *,
    client: HttpClient | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    connections: int = 6,
) -> ImageReport:
    """Fetch ``urls`` into the cache; a result per URL, never raising for a bad image."""
    report = ImageReport()
    todo = list(dict.fromkeys(urls))
    total = len(todo)
    if progress:
        progress(0, total)
    if not todo:
        return report
    own_client = client is None
    http = client or image_client()
    budget = budget_bytes(store)
    used = store.image_cache_usage()[1]
    # A feed's or an account's own route carries its articles' pictures too.
    proxies = store.image_proxies(todo)
    network_failures = 0
    reached = 0
    stopped = False
    pending_offline: list[str] = []
    try:
        with ThreadPoolExecutor(max_workers=connections) as pool:
            queue = iter(todo)
            running: dict[Future[tuple[bytes, str]], str] = {}

            def submit_next() -> None:
                for url in queue:
                    if is_tracker_image(url):
                        _record(store, report, url, ImageOutcome.SKIPPED, "a tracking image")
                        continue
                    running[pool.submit(_download, http, url, cancelled, proxies.get(url))] = url
                    return

            for _ in range(connections):
                submit_next()
            while running:
                done, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for future in done:
                    url = running.pop(future)
                    try:
                        data, mime = future.result()
                    except FetchError as exc:
                        if exc.problem is FetchProblem.CANCELLED:
                            report.results.append(ImageResult(url, ImageOutcome.PENDING))
                        elif exc.problem is FetchProblem.TOO_LARGE:
                            _record(store, report, url, ImageOutcome.SKIPPED, str(exc))
                        elif exc.problem in _OFFLINE:
                            network_failures += 1
                            pending_offline.append(url)
                            report.results.append(ImageResult(url, ImageOutcome.FAILED, str(exc)))
                        else:
                            reached += 1
                            _record(store, report, url, ImageOutcome.FAILED, str(exc))
                    except ValueError as exc:
                        reached += 1
                        _record(store, report, url, ImageOutcome.SKIPPED, str(exc))
                    else:
                        reached += 1
                        if used + len(data) > budget:
                            reason = f"the image cache is full ({budget // (1024 * 1024)} MB)"
                            _record(store, report, url, ImageOutcome.SKIPPED, reason)
                        else:
                            store.store_image(url, data, mime)
                            used += len(data)
                            report.results.append(ImageResult(url, ImageOutcome.CACHED))
                    if progress:
                        progress(len(report.results), total)
                    if cancelled and cancelled():
                        report.cancelled = True
                    elif reached == 0 and network_failures >= max(connections, 4):
                        stopped = True  # offline: don't wait on every image in turn
                    else:
                        submit_next()
            if report.cancelled or stopped:
                for url in queue:
                    report.results.append(ImageResult(url, ImageOutcome.PENDING))
    finally:
        if own_client:
            http.close()
    report.offline = reached == 0 and network_failures > 0
    # Unreachable hosts: failed when the network works, left pending when it does not.
    if not report.offline:
        unreachable = set(pending_offline)
        for result in report.results:
            if result.url in unreachable:
                store.set_image_status(result.url, ImageStatus.FAILED, result.reason)
    if report.offline:
        report.results = [
            ImageResult(r.url, ImageOutcome.PENDING, r.reason) if r.url in pending_offline else r
            for r in report.results
        ]
    return report


def _record(
    store: Store, report: ImageReport, url: str, outcome: ImageOutcome, reason: str
) -> None:
    status = ImageStatus.SKIPPED if outcome is ImageOutcome.SKIPPED else ImageStatus.FAILED
    try:
        store.set_image_status(url, status, reason)
    except ReaderError as exc:
        reason = f"{reason} (not recorded: {exc})"
    report.results.append(ImageResult(url, outcome, reason))


def images_of_articles(store: Store, article_ids: Iterable[int]) -> list[str]:
    """Images still to fetch for these articles (after a refresh: the new ones)."""
    ids = list(article_ids)
    urls: list[str] = []
    for start in range(0, len(ids), 500):
        urls.extend(store.images_to_fetch(article_ids=ids[start : start + 500]))
    return list(dict.fromkeys(urls))

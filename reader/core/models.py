"""Plain data that crosses the store boundary (no sqlite rows leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def to_epoch(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def iso_utc(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z``, the form scripts expect."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SourceKind(StrEnum):
    LOCAL = "local"  # imported dumps and saved feed files
    FEED = "feed"  # a subscription refreshed over HTTP
    #: A sync account's subscription (stored as 'local' with an account_id: see
    #: reader.core.library.accounts); synced, never refreshed directly.
    ACCOUNT = "account"


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article ready to be stored: already cleaned and sanitized."""

    title: str
    url: str
    published: datetime | None
    html: str
    text: str
    author: str | None = None
    guid: str | None = None
    images: tuple[str, ...] = ()
    #: SHA-256 (hex) of the record's bytes as received (its provenance); None: unknown.
    sha256: str | None = None

    def __reduce__(self) -> tuple[type[NewArticle], tuple[object, ...]]:
        # Importer workers send thousands of these to the writer; a plain
        # argument tuple pickles at twice the speed of the dataclass default.
        return NewArticle, (
            self.title,
            self.url,
            self.published,
            self.html,
            self.text,
            self.author,
            self.guid,
            self.images,
            self.sha256,
        )


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    name: str
    title: str
    kind: SourceKind
    folder: str | None
    feed_url: str | None = None
    site_url: str | None = None
    username: str | None = None
    last_error: str | None = None
    last_checked: datetime | None = None
    total: int = 0
    unread: int = 0
    starred: int = 0
    #: Feeds only: the server asked not to be fetched before this time.
    retry_after: datetime | None = None
    #: Keep articles this many days (starred ones always); None keeps everything.
    retention_days: int | None = None
    #: The sync account this subscription belongs to (its name), if any.
    account: str | None = None
    #: Gone (unsubscribed, removed) but kept for the articles the user starred, tagged
    #: or highlighted: read-only, listed under "Archived".
    archived: bool = False


@dataclass(frozen=True, slots=True)
class FeedState:
    """What a refresh needs to fetch one subscription politely."""

    source_id: int
    name: str
    title: str
    feed_url: str
    site_url: str | None
    username: str | None
    etag: str | None
    last_modified: str | None
    retry_after: datetime | None
    retention_days: int | None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of an article list: enough to draw it, nothing heavy."""

    id: int
    source_id: int
    source_name: str
    source_title: str
    title: str
    url: str
    published: datetime | None
    sort_time: int
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    source_id: int
    source_name: str
    source_title: str
    title: str
    url: str
    author: str | None
    published: datetime | None
    added: datetime
    html: str
    text: str
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Which articles a list shows. Empty fields do not filter."""

    source_ids: tuple[int, ...] = ()
    folder: str | None = None
    unread_only: bool = False
    starred_only: bool = False
    search: str | None = None
    ids: tuple[int, ...] = ()
    #: Only articles carrying one of these tags.
    tag_ids: tuple[int, ...] = ()


class SortKey(StrEnum):
    DATE = "date"
    TITLE = "title"
    SOURCE = "source"
    #: the hits whose title holds the words first, then the rest, newest first
    #: in each (see ``SearchMixin._by_relevance``); without a search, the same as DATE
    RELEVANCE = "relevance"


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one batch of articles did."""

    added: list[int] = field(default_factory=list)
    duplicates: int = 0


class ImageStatus(StrEnum):
    PENDING = "pending"  # referenced, never fetched
    CACHED = "cached"
    FAILED = "failed"  # a fetch was tried and failed; may be retried
    SKIPPED = "skipped"  # refused by policy: too large, not an image, over budget


@dataclass(frozen=True, slots=True)
class CachedImage:
    url: str
    hash: str  # hex SHA-256 of data
    mime: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ImageState:
    url: str
    status: ImageStatus
    reason: str | None = None


# -- the research desk: tags, highlights, saved searches, provenance -----------


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    total: int = 0
    unread: int = 0


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage, anchored as a W3C TextQuoteSelector, and its note."""

    id: int
    article_id: int
    quote: str
    prefix: str
    suffix: str
    position: int
    colour: str
    note: str | None
    created: datetime


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str
    total: int = 0
    unread: int = 0


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a batch of articles came from: one dump or feed file, one fetch, or one sync item."""

    kind: str  # "file", "feed" or "account"
    name: str  # the file's name, the feed's URL, or the account's API URL (no credentials)
    path: str | None = None  # the file's absolute path at import
    http_date: str | None = None  # the server's Date header
    etag: str | None = None
    #: A sync account's item: the account's name, the subscription's stream id
    #: (``feed/12``) and the item's id as the server gave it.
    account: str | None = None
    stream_id: str | None = None
    item_id: str | None = None


@dataclass(frozen=True, slots=True)
class PageCapture:
    """The article's own web page as fetched (a saved page, or a feed item's full article)."""

    url: str  # the final address, after redirects
    requested_url: str
    fetched: str  # ISO 8601 UTC: the WARC-Date
    status: int
    http_date: str | None  # the server's Date header
    sha256: str  # of the response payload: the WARC record's WARC-Payload-Digest
    raw_kept: bool  # the WARC records are in the library
    #: Whether the text shown is the article taken from this page ("page") or
    #: the feed's (or the link's) own text ("feed").
    text_shown: str = "page"


@dataclass(frozen=True, slots=True)
class Provenance:
    article_id: int
    captured_at: datetime
    origin: Origin
    sha256: str | None
    page: PageCapture | None = None


@dataclass(frozen=True, slots=True)
class RecordCheck:
    """One record of a dump, and whether the library holds it unchanged."""

    path: str
    record: int  # 1-based
    records: int
    title: str
    sha256: str | None
    unchanged_in: tuple[int, ...]  # articles captured from exactly these bytes
    changed_in: int | None  # else: the article under the same URL, captured from other bytes

    @property
    def ok(self) -> bool:
        return bool(self.unchanged_in)

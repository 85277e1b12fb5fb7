"""The library's own data classes, in one place: what the store's methods
return and callers outside the package name (exported from
:mod:`reader.core.library`). The program-wide ones (articles, sources,
queries) are in :mod:`reader.core.models`; these belong to the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

__all__ = [
    "Account",
    "Backup",
    "CaptureInfo",
    "FeedRoute",
    "FullText",
    "FullTextJob",
    "FullTextStatus",
    "Keeps",
    "Retired",
    "UpkeepStep",
]


class FullTextStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"  # the page was had and gave no article: paywall, 403, too short
    OFFLINE = "offline"  # the page could not be reached: tried again at the next refresh


@dataclass(frozen=True, slots=True)
class FullText:
    article_id: int
    status: FullTextStatus
    html: str
    text: str
    reason: str | None
    fetched: datetime | None


@dataclass(frozen=True, slots=True)
class FullTextJob:
    """An article whose page is to be fetched, with what the fetch and the judgement need."""

    article_id: int
    url: str
    #: The feed's own text: the extraction must give more than this.
    summary_text: str
    etag: str | None = None
    last_modified: str | None = None
    #: The last attempt's outcome, kept when the server answers 304.
    status: FullTextStatus | None = None
    reason: str | None = None


class UpkeepStep(StrEnum):
    MERGE = "merge"
    VACUUM = "vacuum"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    name: str
    kind: str
    url: str
    username: str
    last_sync: datetime | None
    last_error: str | None
    newest_usec: int
    sources: int = 0
    pending: int = 0


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True, slots=True)
class CaptureInfo:
    """What provenance shows of one capture; the records themselves are read apart."""

    id: int
    article_id: int
    kind: str  # "page", "resource" (a picture) or "redirect" (on the way to either)
    url: str  # after redirects
    requested_url: str
    fetched: str  # ISO 8601, UTC (the WARC-Date)
    status: int
    http_date: str | None
    content_type: str | None
    payload_sha256: str
    record_id: str
    warc_size: int  # 0: the raw records are not kept

    @property
    def kept(self) -> bool:
        return self.warc_size > 0


@dataclass(frozen=True, slots=True)
class Retired:
    """What became of sources that went away."""

    #: Articles deleted (nothing of the user's on them).
    deleted: int = 0
    #: Articles kept, in archived sources.
    kept: int = 0
    #: The titles of the sources kept as archived.
    archived: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Keeps:
    """What sources hold of the user's, to name before they go."""

    articles: int = 0
    starred: int = 0
    tagged: int = 0
    highlights: int = 0
    notes: int = 0
    #: Articles the user starred, tagged or highlighted (kept when the sources go).
    kept: int = 0
    #: Tags on those articles.
    tags: int = 0


@dataclass(frozen=True, slots=True)
class FeedRoute:
    #: None: the program's route; ``direct``; or a proxy address (no password).
    proxy: str | None = None
    mirrors: tuple[str, ...] = ()
    #: The address that answered the last refresh (the feed's own or a mirror).
    served_by: str | None = None

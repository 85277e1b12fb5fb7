"""What a fetch gives back: the result, the error with its kind, the address as typed.

Apart from the client (http.py) so that modules that only read results and
errors (the refresh, the window's messages) need not know how requests are made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

from reader.core.errors import FeedError
from reader.core.net.credentials import redact_credentials, split_credentials

#: The longest wait a Retry-After may impose; past it the server is not
#: honest, or the feed is gone, and the user is better told than silently muted.
MAX_RETRY_AFTER = timedelta(days=7)


class FetchProblem(StrEnum):
    """What went wrong, so the window can pick an icon and the refresh a reaction."""

    BAD_URL = "bad-url"
    NETWORK = "network"
    TIMEOUT = "timeout"
    HTTP = "http"
    AUTH = "auth"  # 401/403 after credentials were offered
    NEEDS_PASSWORD = "needs-password"  # 401 and no password known
    RATE_LIMITED = "rate-limited"  # 429/503
    TOO_LARGE = "too-large"
    CANCELLED = "cancelled"


class FetchError(FeedError):
    """A fetch failed; ``str()`` is a sentence for the user, with no secrets in it."""

    def __init__(
        self,
        problem: FetchProblem,
        message: str,
        *,
        status: int | None = None,
        retry_after: datetime | None = None,
        blocked: bool = False,
    ) -> None:
        super().__init__(redact_credentials(message))  # whatever a server or library said
        self.problem = problem
        self.status = status
        self.retry_after = retry_after
        #: A direct failure that looks like the site is blocked here (the message says so).
        self.blocked = blocked

    @property
    def unreachable(self) -> bool:
        """Failed before any server answered, or refused as blocked: a mirror may do."""
        if self.problem in (FetchProblem.NETWORK, FetchProblem.TIMEOUT):
            return True
        return self.status in (403, 451)


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0
    #: The whole fetch, redirects included: a server that sends one byte
    #: every few seconds never trips the read timeout.
    total: float = 120.0


@dataclass(frozen=True, slots=True)
class Credentials:
    username: str
    password: str

    def __repr__(self) -> str:  # never print the password, even in a debugger
        return f"Credentials(username={self.username!r}, password=***)"


class RedirectHop(NamedTuple):
    """A redirect on the way, as received (its body is not read): a capture keeps it."""

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    request_headers: tuple[tuple[str, str], ...]
    http_version: str = "HTTP/1.1"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A response worth looking at: 200 with a body, or 304."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    #: The new address when every redirect on the way was permanent.
    permanent_url: str | None = None
    #: The server's Date header: when it says it sent this (the article's provenance).
    date: str | None = None
    #: The exchange as it went (a web page's capture, :mod:`reader.core.capture`):
    #: the final request's headers, the response's status line and headers as received.
    request_headers: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    reason: str = ""
    http_version: str = "HTTP/1.1"
    redirects: tuple[RedirectHop, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def normalize_url(raw: str) -> str:
    """A web address from what a person pasted: ``example.org/feed`` → ``https://…``.

    Raises :class:`FetchError` for anything that is not http(s): a feed URL
    must never make the program read a file or run a command.
    """
    url = raw.strip()
    if not url:
        raise FetchError(FetchProblem.BAD_URL, "the address is empty")
    lowered = url.lower()
    if lowered.startswith("feed://"):
        url = "http://" + url[7:]
    elif lowered.startswith("feed:"):
        url = url[5:]
    elif "://" not in url and not lowered.startswith(("http:", "https:")):
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError as exc:
        raise FetchError(FetchProblem.BAD_URL, f"not a valid address: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(
            FetchProblem.BAD_URL, f"only http and https addresses are allowed, not {parts.scheme}:"
        )
    if not host:
        raise FetchError(FetchProblem.BAD_URL, "the address has no host name")
    userinfo, at, hostport = parts.netloc.rpartition("@")
    netloc = userinfo + at + hostport.lower()
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


#: Passwords must not reach the database, and URLs are stored and shown.
split_userinfo = split_credentials


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """Seconds or an HTTP date, bounded by :data:`MAX_RETRY_AFTER`."""
    if not value:
        return None
    value = value.strip()
    until: datetime | None
    if value.isdigit():
        until = now + timedelta(seconds=int(value))
    else:
        try:
            until = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
    return max(now, min(until, now + MAX_RETRY_AFTER))

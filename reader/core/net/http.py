"""Fetching feeds over HTTP politely and defensively.

Built on urllib3 rather than the standard library or requests:

- one thread-safe connection pool is shared by the refresh threads, so
  fifty feeds on one host reuse a handful of connections;
- redirects are followed by hand (``redirect=False``), which is how a
  *permanent* redirect (301/308, every hop of the chain) is told apart from a
  temporary one and how credentials are kept from other origins;
- decompression is streamed and bounded per read (urllib3 2.6 or later
  limits each decoder's output), so the size cap applies to the decompressed
  bytes and a gzip bomb costs no more memory than the cap;
- ``read1`` returns after each network read, so a cancelled refresh or an
  overall deadline is noticed even while a server drips bytes.

requests would add little over this and hides the redirect chain; stdlib
urllib has neither pooling nor bounded decompression.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    LocationParseError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from reader import __version__
from reader.core.errors import FeedError
from reader.core.net.credentials import redact_credentials, split_credentials, without_credentials

#: Names the program and its version for server operators; no project page
#: is published yet, so none is claimed.
USER_AGENT = f"OfflineReader/{__version__} (desktop feed reader)"

#: Feeds larger than this are refused: the largest real feeds are a few MB,
#: and a cap keeps an endless or hostile response from filling memory.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: The longest wait a Retry-After may impose; past it the server is not
#: honest, or the feed is gone, and the user is better told than silently muted.
MAX_RETRY_AFTER = timedelta(days=7)

_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5"
)
_PERMANENT = frozenset({301, 308})
#: The program's log (the window writes it to a file): details for whoever
#: looks into a problem, where the message for the user has plain words.
_log = logging.getLogger("offline_reader.http")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024

Cancelled = Callable[[], bool]


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
    ) -> None:
        super().__init__(redact_credentials(message))  # whatever a server or library said
        self.problem = problem
        self.status = status
        self.retry_after = retry_after


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


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def _display(url: str) -> str:
    return without_credentials(url)


class HttpClient:
    """One pool of connections for all the feeds of a refresh; safe to share between threads."""

    def __init__(
        self,
        *,
        timeouts: Timeouts = Timeouts(),
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
        connections: int = 8,
        accept: str | None = None,
    ) -> None:
        self.timeouts = timeouts
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.accept = accept or _ACCEPT
        self._pool = urllib3.PoolManager(
            num_pools=32,
            maxsize=connections,
            block=False,
            retries=False,
            timeout=urllib3.Timeout(connect=timeouts.connect, read=timeouts.read),
        )

    def close(self) -> None:
        self._pool.clear()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        credentials: Credentials | None = None,
        cancelled: Cancelled | None = None,
        now: datetime | None = None,
    ) -> FetchResult:
        """GET a feed, conditionally when validators are known.

        Returns 200 and 304 responses; everything else raises
        :class:`FetchError` whose message names the reason, never the password.
        Credentials are sent only in answer to a 401 from the feed's own origin.
        """
        deadline = time.monotonic() + self.timeouts.total
        origin = _origin(url)
        current = url
        permanent = True
        send_auth = False
        redirects = 0
        hops: list[RedirectHop] = []
        while True:
            if cancelled is not None and cancelled():
                raise FetchError(FetchProblem.CANCELLED, "cancelled")
            headers = {
                "User-Agent": self.user_agent,
                "Accept": self.accept,
                "Accept-Encoding": "gzip, deflate",
            }
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            same_origin = _origin(current) == origin
            if send_auth and credentials is not None and same_origin:
                token = f"{credentials.username}:{credentials.password}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
            response = self._request(current, headers, deadline)
            status = response.status
            complete = False
            try:
                if status in _REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(
                            FetchProblem.HTTP,
                            f"the server sent a redirect ({status}) without a new address",
                            status=status,
                        )
                    redirects += 1
                    if redirects > self.max_redirects:
                        raise FetchError(
                            FetchProblem.HTTP,
                            f"too many redirects (more than {self.max_redirects})",
                            status=status,
                        )
                    target = urljoin(current, location.strip())
                    if urlsplit(target).scheme.lower() not in ("http", "https"):
                        raise FetchError(
                            FetchProblem.HTTP, "the server redirected to a non-web address"
                        )
                    permanent = permanent and status in _PERMANENT
                    sent = tuple(headers.items())
                    got = tuple(response.headers.items())
                    reason = response.reason or ""
                    version = "HTTP/1.0" if response.version == 10 else "HTTP/1.1"
                    hops.append(RedirectHop(_display(current), status, reason, got, sent, version))
                    current = target
                    continue
                if status == 401:
                    if credentials is None:
                        raise FetchError(
                            FetchProblem.NEEDS_PASSWORD,
                            "the feed needs a user name and password",
                            status=status,
                        )
                    challenge = response.headers.get("WWW-Authenticate", "")
                    if not send_auth and same_origin and "basic" in challenge.lower():
                        send_auth = True
                        continue
                    raise FetchError(
                        FetchProblem.AUTH,
                        "the server refused the user name or password (401)",
                        status=status,
                    )
                if status == 304:
                    complete = True
                    return self._result(response, current, url, permanent, b"", headers, hops)
                if status in (429, 503):
                    when = parse_retry_after(
                        response.headers.get("Retry-After"), now or datetime.now(UTC)
                    )
                    reason = "too many requests (429)" if status == 429 else "unavailable (503)"
                    if when is not None:
                        reason += f"; it asked to wait until {when:%Y-%m-%d %H:%M} UTC"
                    raise FetchError(
                        FetchProblem.RATE_LIMITED,
                        f"the server is {reason}",
                        status=status,
                        retry_after=when,
                    )
                if status == 403 and send_auth:
                    raise FetchError(
                        FetchProblem.AUTH, "the server refused access (403)", status=status
                    )
                if status != 200:
                    reason = response.reason or ""
                    raise FetchError(
                        FetchProblem.HTTP,
                        f"the server answered {status} {reason}".rstrip(),
                        status=status,
                    )
                body = self._read_body(response, deadline, cancelled)
                complete = True
                return self._result(response, current, url, permanent, body, headers, hops)
            finally:
                # A connection with an unread body cannot serve the next
                # request, and draining an endless one never ends: close it.
                if complete:
                    response.release_conn()
                else:
                    response.close()

    def call(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[int, bytes]:
        """One request to an API (a sync server): the status and the body, capped as feeds are.

        No redirects, no conditional requests: an API answers where it is
        asked. Network trouble raises :class:`FetchError` as :meth:`fetch`
        does; any status comes back for the caller to judge.
        """
        if cancelled is not None and cancelled():
            raise FetchError(FetchProblem.CANCELLED, "cancelled")
        deadline = time.monotonic() + self.timeouts.total
        sent = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"}
        sent.update(headers or {})
        response = self._request(url, sent, deadline, method=method, body=body)
        try:
            data = self._read_body(response, deadline, cancelled)
        except BaseException:
            response.close()
            raise
        response.release_conn()
        return response.status, data

    def _request(
        self,
        url: str,
        headers: Mapping[str, str],
        deadline: float,
        *,
        method: str = "GET",
        body: bytes | None = None,
    ) -> urllib3.BaseHTTPResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(FetchProblem.TIMEOUT, "the server took too long to answer")
        timeout = urllib3.Timeout(
            connect=min(self.timeouts.connect, remaining),
            read=min(self.timeouts.read, remaining),
        )
        try:
            return self._pool.request(
                method,
                url,
                body=body,
                headers=dict(headers),
                preload_content=False,
                decode_content=True,
                redirect=False,
                retries=False,
                timeout=timeout,
            )
        # NewConnectionError subclasses ConnectTimeoutError: the order matters.
        except NameResolutionError as exc:
            host = urlsplit(url).hostname
            raise FetchError(
                FetchProblem.NETWORK, f"cannot find the server {host} (offline?)"
            ) from exc
        except NewConnectionError as exc:
            host = urlsplit(url).netloc.rpartition("@")[2]
            raise FetchError(FetchProblem.NETWORK, f"cannot connect to {host} (offline?)") from exc
        except (ConnectTimeoutError, ReadTimeoutError) as exc:
            raise FetchError(
                FetchProblem.TIMEOUT, "the server took too long to answer (timed out)"
            ) from exc
        except SSLError as exc:
            _log.info("secure connection to %s failed: %s", _display(url), _reason(exc))
            raise FetchError(FetchProblem.NETWORK, _tls_message(exc)) from exc
        except LocationParseError as exc:
            raise FetchError(FetchProblem.BAD_URL, f"not a valid address: {_display(url)}") from exc
        except (HTTPError, OSError, ValueError) as exc:
            raise FetchError(FetchProblem.NETWORK, f"connection failed: {_reason(exc)}") from exc

    def _read_body(
        self,
        response: urllib3.BaseHTTPResponse,
        deadline: float,
        cancelled: Cancelled | None,
    ) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise FetchError(FetchProblem.TOO_LARGE, self._too_large())
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    response.close()
                    raise FetchError(FetchProblem.TOO_LARGE, self._too_large())
                chunks.append(chunk)
                if cancelled is not None and cancelled():
                    response.close()
                    raise FetchError(FetchProblem.CANCELLED, "cancelled")
                if time.monotonic() > deadline:
                    response.close()
                    raise FetchError(
                        FetchProblem.TIMEOUT,
                        f"the download took longer than {self.timeouts.total:.0f} s",
                    )
        except ReadTimeoutError as exc:
            response.close()
            raise FetchError(
                FetchProblem.TIMEOUT, "the server stopped sending (timed out)"
            ) from exc
        except DecodeError as exc:
            response.close()
            raise FetchError(FetchProblem.HTTP, "the server sent damaged compressed data") from exc
        except (ProtocolError, HTTPError, OSError) as exc:
            response.close()
            raise FetchError(
                FetchProblem.NETWORK, f"the connection broke off: {_reason(exc)}"
            ) from exc
        return b"".join(chunks)

    def _too_large(self) -> str:
        return f"the response is larger than {self.max_bytes // (1024 * 1024)} MB; not read"

    @staticmethod
    def _result(
        response: urllib3.BaseHTTPResponse,
        final: str,
        original: str,
        permanent: bool,
        body: bytes,
        sent: Mapping[str, str] | None = None,
        hops: list[RedirectHop] | None = None,
    ) -> FetchResult:
        headers = response.headers
        # A redirect may name credentials of its own: they are not kept (the URL is).
        final = without_credentials(final)
        moved = final if permanent and final != without_credentials(original) else None
        return FetchResult(
            url=final,
            status=response.status,
            body=body,
            content_type=headers.get("Content-Type"),
            etag=headers.get("ETag"),
            last_modified=headers.get("Last-Modified"),
            permanent_url=moved,
            date=headers.get("Date"),
            request_headers=tuple((sent or {}).items()),
            headers=tuple(headers.items()),
            reason=response.reason or "",
            http_version="HTTP/1.0" if response.version == 10 else "HTTP/1.1",
            redirects=tuple(hops or ()),
        )


def _reason(exc: BaseException) -> str:
    """The innermost useful words of a urllib3 error, without the URL it may repeat."""
    seen: BaseException | None = exc
    while seen is not None:
        inner = getattr(seen, "reason", None)
        if isinstance(inner, BaseException):
            seen = inner
            continue
        break
    text = str(seen or exc)
    return text.split(": ", 1)[-1] if "://" in text else text


def _tls_message(exc: SSLError) -> str:
    """A failed TLS handshake in words; OpenSSL's own ("WRONG_VERSION_NUMBER") go to the log.

    Most often an ``https://`` address whose server speaks plain HTTP (or
    something else) on that port; otherwise the certificate was refused.
    """
    detail = _reason(exc).lower()
    if "certificate has expired" in detail:
        return "secure connection failed: the server's certificate has expired"
    if "hostname" in detail and ("mismatch" in detail or "match" in detail):
        return "secure connection failed: the server's certificate is for another name"
    if "self-signed" in detail or "self signed" in detail or "local issuer" in detail:
        return "secure connection failed: the server's certificate is not from a known authority"
    if "certificate" in detail:
        return "secure connection failed: the server's certificate was refused"
    return "secure connection failed (the server does not speak HTTPS?)"

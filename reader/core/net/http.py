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
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

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
from reader.core.net.credentials import PasswordStore, without_credentials
from reader.core.net.fetched import (
    MAX_RETRY_AFTER,
    Credentials,
    FetchError,
    FetchProblem,
    FetchResult,
    RedirectHop,
    Timeouts,
    normalize_url,
    parse_retry_after,
    split_userinfo,
)
from reader.core.net.pools import (
    BLOCKED_HINT,
    Pools,
    looks_blocked,
    proxy_message,
    reason,
    tls_message,
)
from reader.core.net.routes import ProxyPolicy, Route, RouteError, choose_route, current_policy

#: Names the program and its version for server operators; no project page
#: is published yet, so none is claimed.
USER_AGENT = f"OfflineReader/{__version__} (desktop feed reader)"

#: Feeds larger than this are refused: the largest real feeds are a few MB,
#: and a cap keeps an endless or hostile response from filling memory.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

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
_TIMEOUTS = Timeouts()

Cancelled = Callable[[], bool]

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_RETRY_AFTER",
    "USER_AGENT",
    "Cancelled",
    "Credentials",
    "FetchError",
    "FetchProblem",
    "FetchResult",
    "HttpClient",
    "RedirectHop",
    "Timeouts",
    "normalize_url",
    "parse_retry_after",
    "split_userinfo",
]


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
        timeouts: Timeouts = _TIMEOUTS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
        connections: int = 8,
        accept: str | None = None,
        policy: ProxyPolicy | None = None,
        passwords: PasswordStore | None = None,
    ) -> None:
        self.timeouts = timeouts
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.accept = accept or _ACCEPT
        #: None: the program's route as it stands at each request (routes.current_policy).
        self.policy = policy
        self._passwords = passwords
        #: Proxy passwords once read: the keyring is asked once per proxy, one thread at a time
        #: (D-Bus backends are not thread-safe, and requests run on many threads).
        self._proxy_passwords: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._pools = Pools(
            connections=connections,
            timeout=urllib3.Timeout(connect=timeouts.connect, read=timeouts.read),
        )

    def close(self) -> None:
        self._pools.clear()

    def route(self, url: str, proxy: str | None = None) -> Route:
        """The route a request to ``url`` takes (``proxy``: a feed's or an account's own choice)."""
        policy = self.policy if self.policy is not None else current_policy()
        return choose_route(url, policy, proxy, password=self._proxy_password)

    def _proxy_password(self, key: str) -> str | None:
        with self._lock:
            if key not in self._proxy_passwords:
                if self._passwords is None:
                    self._passwords = PasswordStore()
                self._proxy_passwords[key] = self._passwords.get(key)
            return self._proxy_passwords[key]

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
        proxy: str | None = None,
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
            response = self._request(current, headers, deadline, proxy=proxy)
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
        proxy: str | None = None,
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
        response = self._request(url, sent, deadline, method=method, body=body, proxy=proxy)
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
        proxy: str | None = None,
    ) -> urllib3.BaseHTTPResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(FetchProblem.TIMEOUT, "the server took too long to answer")
        timeout = urllib3.Timeout(
            connect=min(self.timeouts.connect, remaining),
            read=min(self.timeouts.read, remaining),
        )
        try:
            route = self.route(url, proxy)
        except RouteError as exc:
            raise FetchError(FetchProblem.NETWORK, str(exc)) from exc
        try:
            return self._pools.for_route(route).request(
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
        except LocationParseError as exc:
            raise FetchError(FetchProblem.BAD_URL, f"not a valid address: {_display(url)}") from exc
        except (HTTPError, OSError, ValueError) as exc:
            raise self._failure(exc, url, route) from exc

    @staticmethod
    def _failure(exc: BaseException, url: str, route: Route) -> FetchError:
        """A failed request in words: naming the proxy on a proxy route, or hinting at blocking."""
        host = urlsplit(url).hostname or ""
        timed_out = isinstance(exc, ConnectTimeoutError | ReadTimeoutError) and not isinstance(
            exc, NewConnectionError
        )
        problem = FetchProblem.TIMEOUT if timed_out else FetchProblem.NETWORK
        if route.proxy is not None:
            _log.info("via %s: %s failed: %s", route.proxy, _display(url), reason(exc))
            return FetchError(problem, proxy_message(exc, route, host))
        # NewConnectionError subclasses ConnectTimeoutError: the order matters.
        if isinstance(exc, NameResolutionError):
            message = f"cannot find the server {host} (offline?)"
        elif isinstance(exc, NewConnectionError):
            hostport = urlsplit(url).netloc.rpartition("@")[2]
            message = f"cannot connect to {hostport} (offline?)"
        elif timed_out:
            message = "the server took too long to answer (timed out)"
        elif isinstance(exc, SSLError):
            _log.info("secure connection to %s failed: %s", _display(url), reason(exc))
            message = tls_message(exc)
        else:
            message = f"connection failed: {reason(exc)}"
        if looks_blocked(exc):
            message = f"{message}; {BLOCKED_HINT}"
            return FetchError(problem, message, blocked=True)
        return FetchError(problem, message)

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
            message = f"the connection broke off: {reason(exc)}"
            if looks_blocked(exc):
                raise FetchError(
                    FetchProblem.NETWORK, f"{message}; {BLOCKED_HINT}", blocked=True
                ) from exc
            raise FetchError(FetchProblem.NETWORK, message) from exc
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

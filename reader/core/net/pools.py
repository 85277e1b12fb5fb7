"""One pool of connections per route, and what a failure on a route means in words.

urllib3's own managers carry each kind of route: :class:`urllib3.PoolManager`
(direct), :class:`urllib3.ProxyManager` (HTTP and HTTPS proxies: forwarding
for ``http://``, CONNECT for ``https://``) and
:class:`urllib3.contrib.socks.SOCKSProxyManager` (SOCKS5 through PySocks,
names resolved at the proxy). Nothing of these protocols is written here.
"""

from __future__ import annotations

import threading
from typing import Any

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from reader.core.net.routes import Route, proxy_user

#: What a direct failure that looks like blocking says (the window translates it).
BLOCKED_HINT = (
    "the site may be blocked on this network: a proxy or a mirror can help "
    "(a proxy: offline-reader proxy set URL, or Settings ▸ Network in the window; "
    "a mirror: offline-reader feed-options SOURCE --add-mirror URL, or Edit Feed)"
)


class Pools:
    """The managers of one client, one per route, made on first use; thread-safe."""

    def __init__(self, *, connections: int, timeout: urllib3.Timeout) -> None:
        self._kw: dict[str, Any] = {
            "num_pools": 32,
            "maxsize": connections,
            "block": False,
            "retries": False,
            "timeout": timeout,
        }
        self._managers: dict[tuple[str | None, str | None], urllib3.PoolManager] = {}
        self._lock = threading.Lock()

    def for_route(self, route: Route) -> urllib3.PoolManager:
        key = (route.proxy, route.password)
        with self._lock:
            manager = self._managers.get(key)
            if manager is None:
                manager = self._managers[key] = self._make(route)
            return manager

    def _make(self, route: Route) -> urllib3.PoolManager:
        if route.proxy is None:
            return urllib3.PoolManager(**self._kw)
        user = proxy_user(route.proxy)
        bare = _without_user(route.proxy)
        if route.proxy.startswith("socks"):
            from urllib3.contrib.socks import SOCKSProxyManager

            return SOCKSProxyManager(bare, username=user, password=route.password, **self._kw)
        headers = None
        if user is not None:
            headers = urllib3.make_headers(proxy_basic_auth=f"{user}:{route.password or ''}")
        return urllib3.ProxyManager(bare, proxy_headers=headers, **self._kw)

    def clear(self) -> None:
        with self._lock:
            for manager in self._managers.values():
                manager.clear()
            self._managers.clear()


def _without_user(proxy: str) -> str:
    scheme, _, rest = proxy.partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}"


def reason(exc: BaseException) -> str:
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


def tls_message(exc: SSLError) -> str:
    """A failed TLS handshake in words; OpenSSL's own ("WRONG_VERSION_NUMBER") go to the log.

    Most often an ``https://`` address whose server speaks plain HTTP (or
    something else) on that port; otherwise the certificate was refused.
    """
    detail = reason(exc).lower()
    if "certificate has expired" in detail:
        return "secure connection failed: the server's certificate has expired"
    if "hostname" in detail and ("mismatch" in detail or "match" in detail):
        return "secure connection failed: the server's certificate is for another name"
    if "self-signed" in detail or "self signed" in detail or "local issuer" in detail:
        return "secure connection failed: the server's certificate is not from a known authority"
    if "certificate" in detail:
        return "secure connection failed: the server's certificate was refused"
    return "secure connection failed (the server does not speak HTTPS?)"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        inner = getattr(current, "reason", None)
        current = (
            inner
            if isinstance(inner, BaseException)
            else (current.__cause__ or current.__context__)
        )
    for item in list(seen):
        seen.extend(a for a in getattr(item, "args", ()) if isinstance(a, BaseException))
    return seen


def was_reset(exc: BaseException) -> bool:
    return any(
        isinstance(e, ConnectionResetError | ConnectionAbortedError)
        or "reset by peer" in str(e).lower()
        for e in _chain(exc)
    )


def proxy_down(exc: BaseException) -> bool:
    """Whether the proxy itself did not answer (rather than the site behind it)."""
    for item in _chain(exc):
        text = str(item).lower()
        if "error connecting to socks" in text or "unable to connect to proxy" in text:
            return True
    return isinstance(exc, ProxyError) and any(
        isinstance(e, ConnectionRefusedError | NewConnectionError) for e in _chain(exc)
    )


def proxy_message(exc: BaseException, route: Route, host: str) -> str:
    """A failure on a proxy route, naming the proxy: no direct attempt follows."""
    where = "Tor" if route.tor else "the proxy"
    if proxy_down(exc):
        if route.tor:
            return (
                f"Tor does not answer at {route.proxy}: start Tor or the Tor Browser "
                f"(nothing was sent directly)"
            )
        return (
            f"the proxy {route.proxy} does not answer ({reason(exc)}); nothing was sent "
            "directly: start the proxy or change it with: offline-reader proxy"
        )
    timed_out = isinstance(exc, ReadTimeoutError) or (
        isinstance(exc, ConnectTimeoutError) and not isinstance(exc, NewConnectionError)
    )
    if timed_out:
        return f"{host} took too long to answer through {where} {route.proxy} (timed out)"
    return f"cannot reach {host} through {where} {route.proxy}: {reason(exc)}"


def looks_blocked(exc: BaseException) -> bool:
    """A direct failure of the kind censorship causes: no name, a reset, a timeout."""
    if isinstance(exc, NameResolutionError):
        return True
    # NewConnectionError is a ConnectTimeoutError to urllib3: a refusal is not a timeout.
    if isinstance(exc, NewConnectionError):
        return was_reset(exc) or "timed out" in str(exc).lower()
    if isinstance(exc, ConnectTimeoutError | ReadTimeoutError):
        return True
    return isinstance(exc, ProtocolError | OSError) and was_reset(exc)

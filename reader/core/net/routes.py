"""Which way each request leaves the machine: direct, an HTTP(S) proxy, SOCKS5, or Tor.

The route is chosen per request, from the most particular to the most
general: a ``.onion`` address only ever goes to Tor; then a feed's or an
account's own choice; then the program's (the system's proxy by default, as
curl and pip read it: ``http_proxy``, ``https_proxy``, ``all_proxy``,
``no_proxy``, and on Windows and macOS the OS settings, which the standard
library reads). SOCKS always means ``socks5h``: the proxy resolves names, so
no lookup of a blocked or hidden site ever reaches the local resolver.

"Never connect directly" turns every route that would be direct into a
refusal naming why, so a proxy that is down never lets a request slip out
around it.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from reader.core.errors import ReaderError

#: Where Tor listens: the daemon's port, then the Tor Browser's.
TOR_DEFAULTS = ("socks5h://127.0.0.1:9050", "socks5h://127.0.0.1:9150")
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
#: What a feed or an account says for "not my own route".
DEFAULT = "default"
DIRECT = "direct"


class ProxyMode(StrEnum):
    SYSTEM = "system"
    OFF = "off"
    MANUAL = "manual"


class RouteError(ReaderError):
    """No route may carry this request (Tor not running, never-direct with no proxy)."""


@dataclass(frozen=True, slots=True)
class ProxyPolicy:
    """The program's choice; kept in the library's settings (proxy_settings.py)."""

    mode: ProxyMode = ProxyMode.SYSTEM
    #: The proxy of ``manual``, user name included, never the password.
    url: str | None = None
    #: Never connect directly: no route may be direct.
    required: bool = False
    #: The Tor route; None: the usual ports, 9050 then 9150.
    tor: str | None = None


@dataclass(frozen=True, slots=True)
class Route:
    #: The proxy (``socks5h://``, ``http://``, ``https://``), without password; None: direct.
    proxy: str | None
    #: Where the route came from, in words (``https_proxy``, ``the feed's setting``…).
    origin: str
    password: str | None = field(default=None, repr=False)
    tor: bool = False

    @property
    def direct(self) -> bool:
        return self.proxy is None

    def describe(self) -> str:
        return f"direct ({self.origin})" if self.proxy is None else f"{self.proxy} ({self.origin})"


def parse_proxy(raw: str) -> tuple[str, str | None]:
    """A proxy address as typed → (the address without password, the password).

    ``socks5://`` becomes ``socks5h://``: names are resolved at the proxy,
    always. A missing port is the usual one (1080 for SOCKS, 8080 for HTTP).
    Raises :class:`RouteError` with the reason for anything else.
    """
    text = raw.strip()
    if "://" not in text:
        raise RouteError(
            f"{text or 'the proxy'}: give a proxy address such as socks5h://127.0.0.1:9050"
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise RouteError(f"{text}: not a valid proxy address ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme == "socks":
        scheme = "socks5h"
    if scheme not in PROXY_SCHEMES:
        raise RouteError(
            f"{parts.scheme}: proxies are http://, https://, socks5:// or socks5h:// addresses"
        )
    if scheme == "socks5":
        scheme = "socks5h"  # never resolve names locally
    host = parts.hostname
    if not host:
        raise RouteError(f"{text}: the proxy address has no host name")
    if port is None:
        port = 1080 if scheme.startswith("socks") else (443 if scheme == "https" else 8080)
    hostport = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    netloc = f"{quote(user, safe='')}@{hostport}" if user else hostport
    return urlunsplit((scheme, netloc, "", "", "")), password


def proxy_user(proxy: str) -> str | None:
    name = urlsplit(proxy).username
    return unquote(name) if name else None


def password_key(proxy: str) -> str:
    """The keyring entry of a proxy's password (beside the feeds', by address)."""
    return f"proxy {proxy}"


def is_onion(host: str) -> bool:
    return host.lower().rstrip(".").endswith(".onion")


def system_proxy(scheme: str, host: str) -> tuple[str | None, str]:
    """The system's proxy for this scheme and host, and which setting says so.

    The variables as curl reads them (lower case first; ``all_proxy`` for
    anything without its own; ``no_proxy`` exempts hosts); on Windows and
    macOS, the standard library reads the OS settings the same way.
    """
    proxies = urllib.request.getproxies()
    chosen = proxies.get(scheme)
    origin = f"{scheme}_proxy"
    if not chosen:
        chosen = proxies.get("all")
        origin = "all_proxy"
    if not chosen:
        return None, "no system proxy set"
    try:
        bypass = bool(urllib.request.proxy_bypass(host))
    except (OSError, ValueError):
        bypass = False
    if bypass:
        return None, "no_proxy"
    return chosen, origin


_tor_seen: dict[str, float] = {}
_tor_lock = threading.Lock()


def _listening(proxy: str) -> bool:
    """Whether something accepts connections at a local Tor port (checked at most every 10 s)."""
    now = time.monotonic()
    with _tor_lock:
        if now - _tor_seen.get(proxy, -1e9) < 10:
            return True
    parts = urlsplit(proxy)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 9050), 1.0):
            pass
    except OSError:
        return False
    with _tor_lock:
        _tor_seen[proxy] = now
    return True


def tor_route(policy: ProxyPolicy) -> Route:
    """The Tor route: the one set, else whichever usual port answers."""
    if policy.tor:
        proxy, password = parse_proxy(policy.tor)
        return Route(proxy, "proxy tor", password, tor=True)
    for candidate in TOR_DEFAULTS:
        if _listening(candidate):
            return Route(candidate, "Tor", tor=True)
    raise RouteError(
        "this is a Tor (.onion) address and Tor is not running (nothing answers at "
        "127.0.0.1:9050 or 127.0.0.1:9150): start Tor or the Tor Browser, or set its "
        "address with: offline-reader proxy tor URL"
    )


def choose_route(
    url: str,
    policy: ProxyPolicy,
    override: str | None = None,
    *,
    password: Callable[[str], str | None] | None = None,
) -> Route:
    """The route for one request; raises :class:`RouteError` when none may carry it.

    ``override`` is a feed's or an account's choice (None or ``default``: the
    program's; ``direct``; or a proxy address). ``password`` looks up a
    proxy's password in the keyring.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if is_onion(host):
        return tor_route(policy)
    route = _chosen(parts.scheme.lower(), host, policy, override, password)
    if route.direct and policy.required:
        raise RouteError(
            f"never connect directly is on, and there is no proxy for {host} "
            f"({route.origin}): set one with: offline-reader proxy set URL"
        )
    return route


def _chosen(
    scheme: str,
    host: str,
    policy: ProxyPolicy,
    override: str | None,
    password: Callable[[str], str | None] | None,
) -> Route:
    if override and override != DEFAULT:
        if override == DIRECT:
            return Route(None, "its own setting: direct")
        return _with_password(override, "its own setting", password)
    if policy.mode is ProxyMode.OFF:
        return Route(None, "proxy off")
    if policy.mode is ProxyMode.MANUAL and policy.url:
        return _with_password(policy.url, "proxy set", password)
    found, origin = system_proxy(scheme, host)
    if found is None:
        return Route(None, f"system: {origin}")
    try:
        proxy, secret = parse_proxy(found)
    except RouteError as exc:
        raise RouteError(f"the system proxy ({origin}) is not usable: {exc}") from exc
    return Route(proxy, f"system: {origin}", secret)


def _with_password(raw: str, origin: str, password: Callable[[str], str | None] | None) -> Route:
    proxy, secret = parse_proxy(raw)
    if secret is None and password is not None and proxy_user(proxy):
        secret = password(password_key(proxy))
    return Route(proxy, origin, secret)


def parse_choice(raw: str) -> str | None:
    """``--proxy`` of a feed or an account: None (default), ``direct``, or a proxy address."""
    text = raw.strip()
    if text.lower() in ("", DEFAULT):
        return None
    if text.lower() == DIRECT:
        return DIRECT
    proxy, password = parse_proxy(text)
    if password:
        raise RouteError(
            "put no password in the proxy address: it would be stored in the library; "
            "set the proxy's password with: offline-reader proxy set URL --password-stdin"
        )
    return proxy


_policy: ProxyPolicy | None = None
_loader: Callable[[], ProxyPolicy] | None = None
_policy_lock = threading.Lock()


def use_policy(policy: ProxyPolicy | Callable[[], ProxyPolicy] | None) -> None:
    """The program's route from now on: a policy, a loader called on first use, or None (system)."""
    global _policy, _loader
    with _policy_lock:
        if callable(policy):
            _policy, _loader = None, policy
        else:
            _policy, _loader = policy, None


def current_policy() -> ProxyPolicy:
    global _policy, _loader
    with _policy_lock:
        if _policy is None:
            _policy = _loader() if _loader is not None else ProxyPolicy()
            _loader = None
        return _policy

"""The program's route, kept in the library's settings, and what ``proxy`` shows.

With the library rather than the machine's settings file: the command line
and the window read the same place, and a library carried to a newsroom
behind a proxy keeps saying how to get out. The proxy's password is in the
keyring only, under the proxy's address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from reader.core.net.credentials import PasswordStore, SaveOutcome
from reader.core.net.routes import (
    TOR_DEFAULTS,
    ProxyMode,
    ProxyPolicy,
    RouteError,
    parse_proxy,
    password_key,
    proxy_user,
    system_proxy,
)

MODE = "proxy.mode"
URL = "proxy.url"
REQUIRED = "proxy.required"
TOR = "proxy.tor"


class Settings(Protocol):
    """What of the library this needs (a Store, or the window's gateway)."""

    def setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str | None) -> None: ...


def load_policy(settings: Settings) -> ProxyPolicy:
    try:
        mode = ProxyMode(settings.setting(MODE) or ProxyMode.SYSTEM.value)
    except ValueError:  # an unknown word in a hand-edited library: the default
        mode = ProxyMode.SYSTEM
    return ProxyPolicy(
        mode=mode,
        url=settings.setting(URL),
        required=settings.setting(REQUIRED) == "1",
        tor=settings.setting(TOR),
    )


def save_policy(settings: Settings, policy: ProxyPolicy) -> None:
    settings.set_setting(MODE, policy.mode.value)
    settings.set_setting(URL, policy.url)
    settings.set_setting(REQUIRED, "1" if policy.required else None)
    settings.set_setting(TOR, policy.tor)


def policy_of_library(db_path: str | Path) -> ProxyPolicy:
    """The route the library at ``db_path`` asks for; the default when there is none yet."""
    path = Path(db_path).expanduser()
    if not path.exists():
        return ProxyPolicy()
    from reader.core.library import Store

    try:
        with Store.open(path) as store:
            return load_policy(store)
    except Exception:  # the command itself will say what is wrong with the library
        return ProxyPolicy()


def manual_policy(
    current: ProxyPolicy,
    raw: str,
    *,
    required: bool,
    password: str | None,
    passwords: PasswordStore,
) -> tuple[ProxyPolicy, SaveOutcome | None]:
    """``proxy set URL``: the proxy without its password, which goes to the keyring."""
    proxy, in_url = parse_proxy(raw)
    secret = password if password is not None else in_url
    if secret is not None and proxy_user(proxy) is None:
        raise RouteError("a proxy password needs a user name: give it as scheme://USER@host:port")
    saved = passwords.save(password_key(proxy), secret) if secret is not None else None
    policy = ProxyPolicy(ProxyMode.MANUAL, proxy, required, current.tor)
    return policy, saved


def describe(policy: ProxyPolicy) -> list[str]:
    """What ``offline-reader proxy`` prints: the route in force and where it came from."""
    lines: list[str] = []
    if policy.mode is ProxyMode.OFF:
        lines.append("Route: direct (proxy off, set with: offline-reader proxy off)")
    elif policy.mode is ProxyMode.MANUAL and policy.url:
        lines.append(f"Route: {policy.url} (set with: offline-reader proxy set)")
    else:
        http, http_from = system_proxy("http", "example.org")
        https, https_from = system_proxy("https", "example.org")
        if http is None and https is None:
            lines.append(f"Route: direct (the system's: {https_from})")
        else:
            for scheme, found, origin in (("http", http, http_from), ("https", https, https_from)):
                shown = "direct" if found is None else _shown(found)
                lines.append(f"Route for {scheme}://: {shown} (the system's: {origin})")
    lines.append(
        "Never connect directly: "
        + ("on (a request with no proxy fails)" if policy.required else "off")
    )
    tor = policy.tor or f"{TOR_DEFAULTS[0]}, else {TOR_DEFAULTS[1]}"
    lines.append(f"Tor (.onion addresses only): {tor}")
    return lines


def _shown(raw: str) -> str:
    try:
        return parse_proxy(raw)[0]
    except RouteError:
        return f"unusable ({raw.split('@')[-1]})"

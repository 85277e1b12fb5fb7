"""The program's route for the window: applied at once, and announced.

The command line reads the route from the library at its first request;
the window reads it once when it opens and again whenever Settings ▸
Network changes it, and the status bar listens to :data:`notifier` to say
when a proxy is in use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.net.routes import ProxyMode, ProxyPolicy, current_policy, system_proxy, use_policy


class RouteNotifier(QObject):
    #: the program's route changed (Settings ▸ Network)
    changed = Signal()


notifier = RouteNotifier()


def apply(policy: ProxyPolicy) -> None:
    """Every request from now on takes this route; the status bar follows."""
    use_policy(policy)
    notifier.changed.emit()


def proxy_in_use() -> tuple[str | None, bool, bool]:
    """(the proxy most requests take or None, whether it is the system's, never direct)."""
    policy = current_policy()
    if policy.mode is ProxyMode.OFF:
        return None, False, policy.required
    if policy.mode is ProxyMode.MANUAL and policy.url:
        return policy.url, False, policy.required
    found, _origin = system_proxy("https", "example.org")
    if found is None:
        found, _origin = system_proxy("http", "example.org")
    return found, True, policy.required

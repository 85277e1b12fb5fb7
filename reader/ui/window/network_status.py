"""The status bar's word on the route: shown only when a proxy is in use (or never-direct is on).

A journalist behind a censor's firewall needs to see, without opening a
dialog, that requests are leaving through the proxy they set.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from reader.core.net.credentials import without_credentials
from reader.ui.services import network


class ProxyStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyStatus")
        network.notifier.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            proxy, system, required = network.proxy_in_use()
        except Exception:  # an unreadable library: the window says so elsewhere
            proxy, system, required = None, False, False
        if proxy is None:
            text = self.tr("Never connect directly: no proxy") if required else ""
        else:
            shown = without_credentials(proxy)
            text = (
                self.tr("Proxy: {proxy} (system)") if system else self.tr("Proxy: {proxy}")
            ).format(proxy=shown)
            if required:
                text += " · " + self.tr("never direct")
        self.setText(text)
        self.setVisible(bool(text))
        self.setToolTip(
            self.tr(".onion addresses go only through Tor. Settings ▸ Network changes the route.")
        )

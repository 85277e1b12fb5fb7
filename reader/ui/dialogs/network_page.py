"""Settings ▸ Network: the way out (system proxy, none, a proxy of one's own), Tor, never direct.

The same settings as ``offline-reader proxy``, kept in the library. Test
fetches an address through the route the page shows, before OK, and says
what happened: a journalist learns that the proxy works (or why not) before
a refresh fails on thirty feeds. The proxy's password goes to the keyring
only, as the feeds' do.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.library import Store
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import HttpClient, normalize_url
from reader.core.net.proxy_settings import load_policy, save_policy
from reader.core.net.routes import (
    ProxyMode,
    ProxyPolicy,
    parse_proxy,
    password_key,
    proxy_user,
)
from reader.ui.services import network
from reader.ui.services.library import Library

#: The kinds of proxy, as the combo box lists them, and their schemes.
KINDS = (("HTTP", "http"), ("HTTPS", "https"), ("SOCKS5", "socks5h"))
TEST_ADDRESS = "https://www.rfi.fr/"


class NetworkPage(QWidget):
    #: the route was read from the library and shown (tests wait on it)
    loaded = Signal()
    #: a Test ended, with what the page says
    tested = Signal(str)
    #: OK kept the route (it applies at once)
    saved = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._pending = 0
        self.passwords = PasswordStore()
        self._loaded: ProxyPolicy | None = None

        self.system = QRadioButton(self.tr("&System proxy"), self)
        self.system.setObjectName("networkSystem")
        self.system.setToolTip(
            self.tr(
                "The proxy the system names: http_proxy, https_proxy, all_proxy and no_proxy, "
                "or the Windows and macOS settings."
            )
        )
        self.none = QRadioButton(self.tr("&No proxy (connect directly)"), self)
        self.none.setObjectName("networkNone")
        self.manual = QRadioButton(self.tr("&Manual proxy:"), self)
        self.manual.setObjectName("networkManual")
        self.modes = QButtonGroup(self)
        for button in (self.system, self.none, self.manual):
            self.modes.addButton(button)
        self.system.setChecked(True)

        self.manual_box = QGroupBox(self)
        self.kind = QComboBox(self.manual_box)
        self.kind.setObjectName("proxyKind")
        for label, scheme in KINDS:
            self.kind.addItem(label, scheme)
        self.kind.setCurrentIndex(2)
        self.host = QLineEdit(self.manual_box)
        self.host.setObjectName("proxyHost")
        self.host.setPlaceholderText("127.0.0.1")
        self.port = QSpinBox(self.manual_box)
        self.port.setObjectName("proxyPort")
        self.port.setRange(1, 65535)
        self.port.setValue(1080)
        self.user = QLineEdit(self.manual_box)
        self.user.setObjectName("proxyUser")
        self.user.setPlaceholderText(self.tr("(if the proxy asks)"))
        self.password = QLineEdit(self.manual_box)
        self.password.setObjectName("proxyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(kept in the system keyring)"))
        where = QHBoxLayout()
        where.addWidget(self.kind)
        where.addWidget(self.host, 1)
        where.addWidget(QLabel(self.tr("Port:"), self.manual_box))
        where.addWidget(self.port)
        manual_form = QFormLayout(self.manual_box)
        manual_form.addRow(self.tr("Proxy:"), where)
        manual_form.addRow(self.tr("User name:"), self.user)
        manual_form.addRow(self.tr("Password:"), self.password)

        self.tor = QLineEdit(self)
        self.tor.setObjectName("torAddress")
        self.tor.setPlaceholderText("socks5h://127.0.0.1:9050, 9150")
        self.tor.setToolTip(
            self.tr(
                ".onion addresses go only through Tor, never directly: where Tor listens "
                "(empty: port 9050, then 9150, the Tor Browser's)."
            )
        )
        self.required = QCheckBox(self.tr("Never connect &directly"), self)
        self.required.setObjectName("neverDirect")
        self.required.setToolTip(
            self.tr(
                "When the proxy is down, every request fails with a message naming it; "
                "nothing goes around it."
            )
        )
        self.test_address = QLineEdit(TEST_ADDRESS, self)
        self.test_address.setObjectName("testAddress")
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("testRoute")
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(
            self.tr(
                "Test fetches the address through the route shown above and says what happened."
            ),
            self,
        )
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_address, 1)
        test_row.addWidget(self.test_button)

        form = QFormLayout()
        form.addRow(self.tr("Tor:"), self.tor)
        form.addRow("", self.required)
        form.addRow(self.tr("Test address:"), test_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.system)
        layout.addWidget(self.none)
        layout.addWidget(self.manual)
        layout.addWidget(self.manual_box)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.modes.buttonToggled.connect(lambda *_: self._update())
        self._update()
        self.load()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _update(self) -> None:
        self.manual_box.setEnabled(self.manual.isChecked())

    # -- reading and showing -----------------------------------------------

    def load(self) -> None:
        self._pending += 1
        self._library.run_task(
            load_policy,
            self._show,
            failure_text=self.tr("Could not read the network settings"),
            on_error=self._done,
        )

    def _done(self) -> None:
        self._pending -= 1

    def _show(self, policy: ProxyPolicy) -> None:
        self._pending -= 1
        with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
            self._loaded = policy
            {ProxyMode.SYSTEM: self.system, ProxyMode.OFF: self.none}.get(
                policy.mode, self.manual
            ).setChecked(True)
            if policy.url:
                self._show_manual(policy.url)
            self.tor.setText(policy.tor or "")
            self.required.setChecked(policy.required)
            self.loaded.emit()

    def _show_manual(self, proxy: str) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(proxy)
        for index, (_label, scheme) in enumerate(KINDS):
            if scheme == parts.scheme:
                self.kind.setCurrentIndex(index)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or 1080)
        self.user.setText(proxy_user(proxy) or "")

    # -- the choice ----------------------------------------------------------

    def policy(self) -> ProxyPolicy:
        """The route the page shows; raises ReaderError for a proxy that cannot be used."""
        tor = parse_proxy(self.tor.text())[0] if self.tor.text().strip() else None
        required = self.required.isChecked()
        url = self._manual_url()
        if self.manual.isChecked():
            if url is None:
                raise ReaderError(self.tr("give the proxy's host name or address"))
            return ProxyPolicy(ProxyMode.MANUAL, url, required, tor)
        mode = ProxyMode.SYSTEM if self.system.isChecked() else ProxyMode.OFF
        return ProxyPolicy(mode, url, required, tor)

    def _manual_url(self) -> str | None:
        host = self.host.text().strip()
        if not host:
            return None
        from urllib.parse import quote

        user = self.user.text().strip()
        who = f"{quote(user, safe='')}@" if user else ""
        host = f"[{host}]" if ":" in host else host
        return parse_proxy(f"{self.kind.currentData()}://{who}{host}:{self.port.value()}")[0]

    def _remember_password(self, policy: ProxyPolicy) -> None:
        """A typed password for this session, until OK puts it in the keyring."""
        if policy.url and self.password.text() and proxy_user(policy.url):
            self.passwords.remember_for_session(password_key(policy.url), self.password.text())

    def save(self) -> bool:
        """On OK: keep the route in the library and apply it; False (and said) when unusable."""
        try:
            policy = self.policy()
        except ReaderError as exc:
            self._say(self.tr("Not changed: {reason}").format(reason=exc))
            return False
        password = self.password.text()
        self.password.clear()
        passwords = self.passwords

        def job(store: Store) -> None:
            save_policy(store, policy)
            if policy.url and password and proxy_user(policy.url):
                passwords.save(password_key(policy.url), password)

        def done(_none: None) -> None:
            self._pending -= 1
            network.apply(policy)
            with contextlib.suppress(RuntimeError):
                self.saved.emit()

        if policy == self._loaded and not password:
            return True
        self._pending += 1
        self._library.run_task(
            job,
            done,
            failure_text=self.tr("Could not keep the network settings"),
            on_error=self._done,
        )
        return True

    # -- Test ------------------------------------------------------------------

    def test(self) -> None:
        try:
            policy = self.policy()
            address = normalize_url(self.test_address.text())
        except ReaderError as exc:
            self._say(self.tr("Cannot test: {reason}").format(reason=exc))
            return
        self._remember_password(policy)
        passwords = self.passwords

        def work() -> tuple[bool, str, str]:
            shown = ""
            with HttpClient(policy=policy, passwords=passwords) as client:
                try:
                    route = client.route(address)
                    shown = route.proxy or "direct"
                    fetched = client.fetch(address)
                except ReaderError as exc:  # FetchError, or no route may carry it
                    return False, shown, str(exc)
                return True, shown, f"{fetched.status}, {len(fetched.body):,}"

        def done(outcome: tuple[bool, str, str]) -> None:
            self._pending -= 1
            ok, route, detail = outcome
            with contextlib.suppress(RuntimeError):
                self.test_button.setEnabled(True)
                if ok:
                    text = self.tr("Reached {address} through {route}: answer {detail} bytes.")
                else:
                    text = self.tr("Could not reach {address} ({route}): {reason}")
                shown = self.tr("a direct connection") if route == "direct" else route
                said = text.format(address=address, route=shown, detail=detail, reason=detail)
                self._say(said)
                self.tested.emit(said)

        def failed() -> None:
            self._pending -= 1
            with contextlib.suppress(RuntimeError):
                self.test_button.setEnabled(True)

        self._pending += 1
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing {address}…").format(address=address))
        self._library.run(
            work, done, failure_text=self.tr("Could not test the route"), on_error=failed
        )

    def _say(self, text: str) -> None:
        self.result.setText(text)

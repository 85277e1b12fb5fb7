"""Settings ▸ Accounts: add, test and remove sync accounts (Google Reader API servers).

Unlike the other pages, these act at once rather than on OK: adding logs in
to the server (to say now, not at the next sync, that an address or a
password is wrong) and removing deletes articles; both need the network or
the library, so they run on a worker and the page says what happened. The
password goes from the field to the keyring (``engine.add_account``) and the
field is cleared; the page never shows or keeps it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.library import Account, Retired, Store
from reader.core.net.credentials import PasswordStore
from reader.core.net.routes import parse_choice
from reader.core.sync.accounts import (
    Removal,
    add_account,
    keyring_key,
    removal_of,
    remove_account,
)
from reader.core.sync.greader import GReaderClient, SyncError
from reader.ui import message
from reader.ui.dialogs import feed_dialogs
from reader.ui.dialogs.account_dialog import AccountDialog
from reader.ui.services.library import Library


class AccountsPage(QWidget):
    #: the accounts changed (added or removed): the window lists again
    changed = Signal()
    #: a task ended, with what the page now says (tests wait on it)
    finished = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._accounts: list[Account] = []
        self._pending = 0
        self.passwords = PasswordStore()
        self.dialog: AccountDialog | None = None
        self.model = QStringListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("accountList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self.ask_new)
        self.test_button = QPushButton(self.tr("Test"), self)
        self.test_button.setObjectName("testAccount")
        self.test_button.clicked.connect(self.test_selected)
        self.proxy_button = QPushButton(self.tr("Proxy…"), self)
        self.proxy_button.setObjectName("accountProxyButton")
        self.proxy_button.clicked.connect(self.ask_proxy)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("removeAccount")
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(
            self.tr(
                "Accounts bring the subscriptions, folders and articles of an aggregator "
                "server into the library and send back what you read and star. Refresh All "
                "(F5) syncs them."
            ),
            self,
        )
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.test_button, self.proxy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.load()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # -- listing --------------------------------------------------------------

    def load(self) -> None:
        self._run(
            lambda store: store.accounts(), self._show, self.tr("Could not read the accounts")
        )

    def _show(self, accounts: list[Account]) -> None:
        self._accounts = accounts
        rows = []
        for account in accounts:
            row = self.tr("{name} — {user} on {server}").format(
                name=account.name, user=account.username, server=account.url
            )
            if account.last_error:
                row = "⚠ " + row
            rows.append(row)
        self.model.setStringList(rows)
        self._update_buttons()

    def selected(self) -> Account | None:
        row = self.list.currentIndex().row()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and not self.busy
        self.test_button.setEnabled(chosen)
        self.proxy_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(not self.busy)

    # -- adding ---------------------------------------------------------------

    def ask_new(self) -> None:
        dialog = AccountDialog(self)
        dialog.submit_with(lambda: self._submitted(dialog))
        self.dialog = dialog
        dialog.open()

    def _submitted(self, dialog: AccountDialog) -> None:
        """The dialog stays open with its fields until the login works."""
        url, user = dialog.url.text().strip(), dialog.username.text().strip()
        password, name = dialog.password.text(), dialog.name.text().strip() or None
        insecure = dialog.allow_insecure.isChecked()
        proxy = dialog.proxy.text().strip()
        if url and user and password:
            self.add(url, user, password, name, allow_insecure=insecure, proxy=proxy)
        else:
            dialog.show_problem(self.tr("The address, the user name and the password are needed."))

    def add(
        self,
        url: str,
        username: str,
        password: str,
        name: str | None = None,
        *,
        allow_insecure: bool = False,
        proxy: str = "",
    ) -> None:
        """Log in once on a worker; the account is kept only when that worked."""
        passwords = self.passwords

        def job(store: Store) -> tuple[str, str | None]:
            account_id, note = add_account(
                store,
                url,
                username,
                password,
                name=name,
                passwords=passwords,
                allow_insecure=allow_insecure,
                proxy=parse_choice(proxy),
            )
            return store.get_account(account_id).name, note

        def done(result: tuple[str, str | None]) -> None:
            if self.dialog is not None:
                self.dialog.finish()
                self.dialog = None
            added, note = result
            text = self.tr("{name} added; Refresh All (F5) syncs it.").format(name=added)
            if note:
                text += " " + self.tr("The password is not stored: {why}").format(why=note)
            self._say(text)
            self.changed.emit()
            self.load()

        self._say(self.tr("Logging in to {server}…").format(server=url))
        self._run(job, done, self.tr("Could not add the account"), quiet=True)

    # -- testing and removing -------------------------------------------------

    def test_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        key = keyring_key(account.url, account.username)
        password = self.passwords.get(key)
        if password is None:  # no keyring kept it past a restart: ask, as a sync does
            answer = feed_dialogs.ask_password(
                self, account.name, account.username, self._keyring_note()
            )
            if answer is None:
                self._say(self.tr("{name}: not tested, no password given.").format(
                    name=account.name
                ))  # fmt: skip
                return
            password = answer.password
            self.passwords.save(key, password)

        def job(store: Store) -> str:
            proxy = store.account_proxy(account.id)  # the account's own route, if any
            try:
                with GReaderClient(account.url, proxy=proxy) as client:
                    client.login(account.username, password)
                    count = len(client.subscriptions())
            except SyncError as exc:
                return self.tr("{name}: {reason}").format(name=account.name, reason=exc)
            return self.tr("{name}: logged in; {subscriptions} on the server.").format(
                name=account.name, subscriptions=self.tr("%Ln subscription(s)", "", count)
            )

        self._say(self.tr("Testing {name}…").format(name=account.name))
        self._pending += 1
        self._update_buttons()

        def done(text: str) -> None:
            self._pending -= 1
            with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
                self._say(text)
                self._update_buttons()

        self._library.run_task(
            job, done, failure_text=self.tr("Could not test the account"), on_error=self._failed
        )

    def _keyring_note(self) -> str | None:
        if self.passwords.status.usable:
            return None
        return self.tr(
            "No keyring (password store) is usable on this system, so the password is not "
            "stored anywhere: it is kept only until the program closes."
        )

    def ask_proxy(self) -> None:
        """The selected account's own route: a proxy address, direct, or empty for the program's."""
        account = self.selected()
        if account is None:
            return
        self._run(
            lambda store: store.account_proxy(account.id) or "",
            lambda current: self._asked_proxy(account, current),
            self.tr("Could not read the account's proxy"),
        )

    def _asked_proxy(self, account: Account, current: str) -> None:
        answer = message.ask_text(
            self,
            self.tr("Account Proxy"),
            self.tr(
                "The proxy of {name} (socks5h://host:port, http://host:port), direct, "
                "or empty for the route set in Settings ▸ Network:"
            ).format(name=account.name),
            current,
        )
        if answer is not None:
            self.set_proxy(account, answer)

    def set_proxy(self, account: Account, text: str) -> None:
        try:
            proxy = parse_choice(text)
        except ReaderError as exc:
            self._say(self.tr("Not changed: {reason}").format(reason=exc))
            return
        if proxy is None:
            route = self.tr("the route set in Settings ▸ Network")
        elif proxy == "direct":
            route = self.tr("a direct connection")
        else:
            route = proxy

        def done(_none: None) -> None:
            self._say(
                self.tr("{name} now connects through {route}.").format(
                    name=account.name, route=route
                )
            )

        self._run(
            lambda store: store.set_account_proxy(account.id, proxy),
            done,
            self.tr("Could not change the account's proxy"),
        )

    def remove_selected(self) -> None:
        """Name what goes (and what stays) before asking; counted on a worker."""
        account = self.selected()
        if account is None:
            return
        self._run(
            lambda store: removal_of(store, account),
            lambda removal: self._confirm_removal(account, removal),
            self.tr("Could not read the account"),
        )

    def _confirm_removal(self, account: Account, removal: Removal) -> None:
        keeps = removal.keeps
        text = self.tr(
            "Remove the account “{name}”? This deletes {articles} from {sources}, and "
            "{changes} (the server never gets them). The server keeps its copy."
        ).format(
            name=account.name,
            articles=self.tr("%Ln article(s)", "", keeps.articles - keeps.kept),
            sources=self.tr("%Ln source(s)", "", removal.sources),
            changes=self.tr("%Ln change(s) not yet sent", "", removal.pending),
        )
        if keeps.kept:
            text += "\n\n" + self.tr(
                "Kept under Archived: {articles} you starred, tagged or highlighted, with "
                "{highlights}, {notes} and {tags}."
            ).format(
                articles=self.tr("%Ln article(s)", "", keeps.kept),
                highlights=self.tr("%Ln highlight(s)", "", keeps.highlights),
                notes=self.tr("%Ln note(s)", "", keeps.notes),
                tags=self.tr("%Ln tag(s)", "", keeps.tags),
            )
        if message.confirm(self, self.tr("Remove Account"), text, action=self.tr("Remove")):
            self.remove(account)

    def remove(self, account: Account) -> None:
        passwords = self.passwords

        def done(retired: Retired) -> None:
            text = self.tr("{name} removed with {articles}.").format(
                name=account.name, articles=self.tr("%Ln article(s)", "", retired.deleted)
            )
            if retired.kept:
                text += " " + self.tr(
                    "Kept %Ln article(s) you starred, tagged or highlighted, under Archived.",
                    "",
                    retired.kept,
                )
            self._say(text)
            self.changed.emit()
            self.load()

        self._run(
            lambda store: remove_account(store, account, passwords),
            done,
            self.tr("Could not remove the account"),
        )

    # -- plumbing -------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.finished.emit(text)

    def _failed(self) -> None:
        self._pending -= 1
        with contextlib.suppress(RuntimeError):
            self._update_buttons()

    def _run(
        self,
        job: Callable[[Store], Any],
        then: Callable[[Any], None],
        failure: str,
        *,
        quiet: bool = False,
    ) -> None:
        """``quiet``: a refused login is said on the page, not in an error box."""

        def done(result: Any) -> None:
            self._pending -= 1
            with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
                then(result)
                self._update_buttons()

        def wrapped(store: Store) -> Any:
            try:
                return job(store)
            except ReaderError as exc:  # a refused login, a name in use
                if not quiet:
                    raise
                return exc

        def routed(result: Any) -> None:
            if isinstance(result, ReaderError):
                self._pending -= 1
                with contextlib.suppress(RuntimeError):
                    text = self.tr("Not added: {reason}").format(reason=result)
                    self._say(text)
                    if self.dialog is not None:
                        self.dialog.show_problem(text)  # the fields stay as typed
                    self._update_buttons()
                return
            done(result)

        self._pending += 1
        self._update_buttons()
        self._library.run_task(wrapped, routed, failure_text=failure, on_error=self._failed)

"""Settings ▸ Accounts ▸ Add…: the server, the user, the password, and the
choices that go with them (plain http allowed, the account's own proxy).

The dialog stays open with its fields until the login works: a wrong
password used to clear everything typed (:meth:`AccountDialog.show_problem`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class AccountDialog(QDialog):
    """The fields of a new account: server address, user name, password, name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Add Account"))
        self.url = QLineEdit(self)
        self.url.setObjectName("accountUrl")
        self.url.setPlaceholderText("https://freshrss.example/api/greader.php")
        self.username = QLineEdit(self)
        self.username.setObjectName("accountUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("(user@server)"))
        # Plain http to another machine sends the password readable: only when chosen.
        self.allow_insecure = QCheckBox(
            self.tr("Allow plain http (the password crosses the network unencrypted)"), self
        )
        self.allow_insecure.setObjectName("accountAllowInsecure")
        self.proxy = QLineEdit(self)
        self.proxy.setObjectName("accountProxy")
        self.proxy.setPlaceholderText(self.tr("(the program's route)"))
        self.proxy.setToolTip(
            self.tr(
                "This account's own way out: a proxy address such as socks5h://127.0.0.1:9050, "
                "or direct; empty for the route set in Settings ▸ Network."
            )
        )
        note = QLabel(
            self.tr(
                "A FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux account, through "
                "their Google Reader API. For FreshRSS, the address ends in /api/greader.php "
                "and the password is the API password of your profile. The password is kept "
                "in the system keyring only."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.allow_insecure)
        form.addRow(self.tr("Proxy:"), self.proxy)
        #: why the login did not work: said here, the fields kept (they were cleared)
        self.problem = QLabel(self)
        self.problem.setObjectName("accountProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._submit: Callable[[], None] | None = None
        # Wide enough to read a whole API address (it was cut after "freshrss.example/").
        metrics = self.url.fontMetrics()
        self.url.setMinimumWidth(metrics.horizontalAdvance(self.url.placeholderText()) + 24)

    def submit_with(self, submit: Callable[[], None]) -> None:
        """OK calls ``submit`` and the dialog stays open: :meth:`finish` closes it
        once the login worked, :meth:`show_problem` says why it did not."""
        self._submit = submit

    def accept(self) -> None:
        if self._submit is None:
            super().accept()
            return
        self.ok_button.setEnabled(False)
        self.problem.setText(self.tr("Logging in to {server}…").format(server=self.url.text()))
        self.problem.show()
        self._submit()

    def show_problem(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.problem.setText(text)
        self.problem.show()
        self.password.setFocus()
        self.password.selectAll()

    def finish(self) -> None:
        super().accept()

"""The feed dialogs: Add feed, Edit feed, pick one of several feeds, password.

Each dialog only collects what the user typed and returns it as a small
value; the controller does the work on a worker thread. The module-level
functions (:func:`ask_edit_feed`, :func:`pick_feed`, :func:`ask_password`,
:func:`choose_opml_to_open`, :func:`choose_opml_to_save`) are blocking entry
points, so tests replace them instead of clicking through modal dialogs;
:func:`open_new_feed` is not blocking, and tests drive its dialog.
Passwords live in these values only until the worker hands them to the
keyring (or the session memory); they are never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.feeds.discovery import FoundFeed
from reader.core.library import FeedRoute
from reader.core.models import Source


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedDialogs", text)


@dataclass(frozen=True, slots=True)
class FeedFields:
    """What the Add and Edit dialogs return; empty strings mean "none"."""

    url: str
    title: str = ""
    folder: str = ""
    username: str = ""
    password: str = ""
    #: Days to keep articles (starred ones always stay); 0 keeps everything.
    keep_days: int = 0
    #: Fetch each new item's web page and keep the whole article.
    full_text: bool = False
    #: The feed's own route: "" (the program's), "direct" or a proxy address.
    proxy: str = ""
    #: Other addresses of the same feed, tried in order when it is blocked.
    mirrors: tuple[str, ...] = ()

    def __repr__(self) -> str:  # never show a password in a log or a traceback
        return f"FeedFields(url={self.url!r}, title={self.title!r}, folder={self.folder!r})"


@dataclass(frozen=True, slots=True)
class PasswordAnswer:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"PasswordAnswer(username={self.username!r})"


class FeedDialog(QDialog):
    """Add feed (``source`` None) or Edit feed: address, title, folder, credentials.

    With ``account`` (a sync account's name), it edits that account's
    subscription: only the title, the folder and "Download full articles",
    as the address, the password and what is kept are the server's business.
    """

    def __init__(
        self,
        parent: QWidget | None,
        folders: list[str],
        source: Source | None = None,
        *,
        full_text: bool = False,
        account: str | None = None,
        route: FeedRoute | None = None,
    ) -> None:
        super().__init__(parent)
        editing = source is not None
        route = route or FeedRoute()
        self.setObjectName("editFeedDialog" if editing else "addFeedDialog")
        self.setWindowTitle(self.tr("Edit Feed") if editing else self.tr("Add Feed"))
        self.url = QLineEdit(source.feed_url or "" if source else "")
        self.url.setObjectName("feedUrl")
        self.url.setPlaceholderText(self.tr("https://example.org/ or its feed address"))
        self.url.setMinimumWidth(380)
        self.title_field = QLineEdit(source.title if source else "")
        self.title_field.setObjectName("feedTitle")
        self.title_field.setPlaceholderText(self.tr("(the feed's own title)"))
        self.folder = QComboBox()
        self.folder.setObjectName("feedFolder")
        self.folder.setEditable(True)
        self.folder.setModel(QStringListModel(["", *folders], self.folder))
        self.folder.setCurrentText(source.folder or "" if source else "")
        # The combo box and its text field are two controls to a screen reader.
        self.folder.setAccessibleName(self.tr("Folder"))
        folder_text = self.folder.lineEdit()
        assert folder_text is not None  # editable
        folder_text.setAccessibleName(self.tr("Folder"))
        self.username = QLineEdit(source.username or "" if source else "")
        self.username.setObjectName("feedUsername")
        self.username.setPlaceholderText(self.tr("(only for private feeds)"))
        self.password = QLineEdit()
        self.password.setObjectName("feedPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if editing:
            self.password.setPlaceholderText(self.tr("(unchanged)"))
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("feedKeepDays")
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSpecialValueText(self.tr("Everything (an offline archive)"))
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setToolTip(
            self.tr(
                "Articles older than this are deleted after a refresh; starred ones always "
                "stay. Articles that leave the feed stay either way."
            )
        )
        self.keep_days.setValue(source.retention_days or 0 if source else 0)
        self.full_text = QCheckBox(self.tr("&Download full articles"))
        self.full_text.setObjectName("feedFullText")
        self.full_text.setChecked(full_text)
        self.full_text.setToolTip(
            self.tr(
                "For feeds that send only a summary: each new item's web page is fetched "
                "when refreshing and the whole article is kept for reading offline."
            )
        )
        self.proxy = QLineEdit(route.proxy or "")
        self.proxy.setObjectName("feedProxy")
        self.proxy.setPlaceholderText(self.tr("(the program's route)"))
        self.proxy.setToolTip(
            self.tr(
                "This feed's own way out: a proxy address such as socks5h://127.0.0.1:9050, "
                "or direct; empty for the route set in Settings ▸ Network."
            )
        )
        self.mirrors = QPlainTextEdit("\n".join(route.mirrors))
        self.mirrors.setObjectName("feedMirrors")
        self.mirrors.setPlaceholderText(self.tr("One address per line"))
        self.mirrors.setToolTip(
            self.tr(
                "Other addresses of the same feed, tried in order when its address is "
                "blocked or unreachable; the one that worked is tried first next time."
            )
        )
        self.mirrors.setMaximumHeight(70)
        self.mirrors.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&Folder:"), self.folder)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Keep articles:"), self.keep_days)
        form.addRow("", self.full_text)
        form.addRow(self.tr("P&roxy:"), self.proxy)
        form.addRow(self.tr("&Mirrors:"), self.mirrors)
        self.account = account
        hint = QLabel(
            self.tr(
                "A web page address works too: the feed it links to is found. "
                "Passwords go to the system keyring, never into the library."
            )
        )
        if account is not None:
            hidden = (self.url, self.username, self.password, self.keep_days, self.proxy)
            for field in (*hidden, self.mirrors):
                form.setRowVisible(field, False)
            hint.setText(
                self.tr(
                    "A subscription of the account {account}: a new title or folder is "
                    "changed on its server too."
                ).format(account=account)
            )
        hint.setWordWrap(True)
        #: what went wrong with the address, or "Looking for the feed…": in the
        #: dialog, which keeps what was typed (it used to close and lose it)
        self.problem = QLabel()
        self.problem.setObjectName("feedProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self._submit: Callable[[FeedFields], None] | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update_ok()

    def submit_with(self, submit: Callable[[FeedFields], None]) -> None:
        """OK hands the fields to ``submit`` and the dialog stays open until
        :meth:`finish` (it worked) or :meth:`show_problem` (say why, try again)."""
        self._submit = submit

    def accept(self) -> None:
        if self._submit is None:
            super().accept()
            return
        fields = self.fields()
        self._set_busy(self.tr("Looking for the feed at {url}…").format(url=fields.url))
        self._submit(fields)

    def _set_busy(self, text: str | None) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(text is None and bool(self.url.text().strip()))
        for field in (self.url, self.title_field, self.username, self.password):
            field.setReadOnly(text is not None)
        if text is not None:
            self.problem.setStyleSheet("")
            self.problem.setText(text)
            self.problem.show()

    def show_problem(self, text: str) -> None:
        """Say why the address did not work; the fields stay as typed."""
        self._set_busy(None)
        self.problem.setStyleSheet("QLabel#feedProblem { color: palette(link); }")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.url.setFocus()
        self.url.selectAll()

    def finish(self) -> None:
        super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.account is not None or bool(self.url.text().strip()))

    def fields(self) -> FeedFields:
        return FeedFields(
            url=self.url.text().strip(),
            title=self.title_field.text().strip(),
            folder=self.folder.currentText().strip(),
            username=self.username.text().strip(),
            password=self.password.text(),
            keep_days=self.keep_days.value(),
            full_text=self.full_text.isChecked(),
            proxy=self.proxy.text().strip(),
            mirrors=tuple(
                line.strip() for line in self.mirrors.toPlainText().splitlines() if line.strip()
            ),
        )


class PasswordDialog(QDialog):
    """Asked when a refresh found a feed that wants a password it does not have."""

    def __init__(
        self, parent: QWidget | None, source_title: str, username: str, keyring_note: str | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedPasswordDialog")
        self.setWindowTitle(self.tr("Password for “{title}”").format(title=source_title))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The feed “{title}” needs a user name and password.").format(title=source_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        if keyring_note:
            note = QLabel(keyring_note)
            note.setObjectName("keyringNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()


class PickFeedDialog(QDialog):
    """The page links to several feeds: the user picks one (a list model and view)."""

    def __init__(self, parent: QWidget | None, feeds: list[FoundFeed]) -> None:
        super().__init__(parent)
        self.setObjectName("pickFeedDialog")
        self.setWindowTitle(self.tr("Choose a Feed"))
        labels = [
            f"{f.title or f.url} — {f.kind}" + (f"\n{f.url}" if f.title else "") for f in feeds
        ]
        self.model = QStringListModel(labels, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setCurrentIndex(self.model.index(0))
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The page links to several feeds. Subscribe to:"))
        intro.setBuddy(self.view)
        self.view.setAccessibleName(self.tr("Feeds found on the page"))
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def chosen(self) -> int:
        return max(0, self.view.currentIndex().row())


# -- entry points (tests monkeypatch the blocking ones) -------------------------


def open_new_feed(
    parent: QWidget | None,
    folders: list[str],
    on_submit: Callable[[FeedFields, FeedDialog], None],
) -> FeedDialog:
    """Show Add Feed window-modal without a nested event loop; OK calls
    ``on_submit`` with the fields and the dialog, which stays open until the
    feed is found (:meth:`FeedDialog.finish`) or says why not.

    Not blocking, unlike the others: the window keeps painting (a refresh's
    progress, say) while the user types, and a test finds the dialog and
    types into it as a person would.
    """
    dialog = FeedDialog(parent, folders)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.submit_with(lambda fields: on_submit(fields, dialog))
    dialog.open()
    return dialog


def ask_edit_feed(
    parent: QWidget | None,
    folders: list[str],
    source: Source,
    *,
    full_text: bool = False,
    account: str | None = None,
    route: FeedRoute | None = None,
) -> FeedFields | None:
    dialog = FeedDialog(parent, folders, source, full_text=full_text, account=account, route=route)
    return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None


def pick_feed(parent: QWidget | None, feeds: list[FoundFeed]) -> FoundFeed | None:
    dialog = PickFeedDialog(parent, feeds)
    return feeds[dialog.chosen()] if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_password(
    parent: QWidget | None, source_title: str, username: str, keyring_note: str | None
) -> PasswordAnswer | None:
    """``keyring_note`` (no keyring) says plainly that the password is not stored."""
    dialog = PasswordDialog(parent, source_title, username, keyring_note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    answer = PasswordAnswer(dialog.username.text().strip(), dialog.password.text())
    return answer if answer.username and answer.password else None


def _opml_filter() -> str:
    return f"{_tr('OPML files')} (*.opml *.xml);;{_tr('All files')} (*)"


def choose_opml_to_open(parent: QWidget | None, folder: str) -> str | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import OPML"), folder, _opml_filter())
    return name or None


def choose_opml_to_save(parent: QWidget | None, folder: str) -> str | None:
    start = f"{folder}/subscriptions.opml" if folder else "subscriptions.opml"
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export OPML"), start, _opml_filter())
    return name or None

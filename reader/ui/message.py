"""One way for errors and notices to reach the user: logged, then shown.

Code anywhere in the UI (a slot, a worker's result handler) calls
:func:`error` or :func:`info`; the main window listens on
:data:`global_bridge` and shows them in the window, so nothing fails
silently and nothing needs a widget at hand. Dialogs that block (confirm,
ask for text) also live here: tests replace these few functions instead of
poking at Qt's static dialog helpers all over the code.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from reader import config
from reader.core.errors import ReaderError

#: Set to a folder to write the log there instead of the platform's log folder
#: (the tests point it at a temporary folder).
LOG_DIR_ENV = config.LOG_DIR_ENV
LOG_FILE = config.LOG_FILE
#: ``debug``: the log may name what the user read and exported (for a bug
#: hunt the user agreed to); anything else, or unset: it never does.
LOG_LEVEL_ENV = config.LOG_LEVEL_ENV

log = logging.getLogger("offline_reader")

#: Texts the log leaves out below the debug level (export file names, titles):
#: the newest ones, as many as a session names.
_private: collections.deque[str] = collections.deque(maxlen=512)
#: An address in a message: kept to its scheme and host below the debug level.
_ADDRESS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/\s?#]*)([^\s]*)")


class MessageBridge(QObject):
    """Carries messages from wherever they arise to the window that shows them."""

    error_raised = Signal(str, str)  # text for the user, detail (may be empty)
    info_raised = Signal(str)


global_bridge = MessageBridge()


def tr(text: str) -> str:
    """Translate a message shown outside any widget (context "message")."""
    return QCoreApplication.translate("message", text)


def network_error(text: str) -> str:
    """A feed's or an account's error from the core, with its blocked-site advice translated.

    The core words its messages in English for the command line and the log;
    the advice that a site may be blocked is the part a reader must understand,
    so the window says it in the interface's language.
    """
    from reader.core.net.pools import BLOCKED_HINT

    if BLOCKED_HINT not in text:
        return text
    return text.replace(
        BLOCKED_HINT,
        tr(
            "the site may be blocked on this network: a proxy or a mirror can help "
            "(a proxy: Tools ▸ Settings ▸ Network; a mirror: the feed's Edit Feed… dialog)"
        ),
    )


def error(text: str, *, detail: str = "", exc: BaseException | None = None) -> None:
    """Log and show an error. ``exc`` adds its traceback to the log only."""
    if exc is not None:
        trace = "".join(traceback.format_exception(exc))
        log.error("%s%s\n%s", text, f": {detail}" if detail else "", trace)
    else:
        log.error("%s%s", text, f": {detail}" if detail else "")
    global_bridge.error_raised.emit(text, detail)


def info(text: str) -> None:
    log.info("%s", text)
    global_bridge.info_raised.emit(text)


def log_dir() -> Path:
    return config.log_dir()


def log_file() -> Path:
    """Where the log is written (shown in About, for a bug report)."""
    return config.log_file()


def debug_logging() -> bool:
    """Whether the user turned the debug log on (``OFFLINE_READER_LOG_LEVEL=debug``)."""
    return os.environ.get(LOG_LEVEL_ENV, "").strip().lower() == "debug"


def keep_out_of_log(*texts: object) -> None:
    """Never write these in the log below the debug level (an export's file name...).

    For texts that reach the log by ways the caller does not control: an
    error's message naming the file, a Qt warning.
    """
    for text in texts:
        value = str(text)
        if len(value) >= 3 and value not in _private:
            _private.append(value)


def private_text(text: str) -> str:
    """``text`` as the log writes it below the debug level.

    What the user read and exported is theirs: the texts named by
    :func:`keep_out_of_log` become ``<private>``, and addresses keep only
    their scheme and host (which server failed is what a bug report needs).
    """
    for value in sorted(_private, key=len, reverse=True):
        if value in text:
            text = text.replace(value, "<private>")
    return _ADDRESS.sub(lambda m: f"{m.group(1)}{m.group(2)}{'/…' if m.group(3) else ''}", text)


class _PrivateFormatter(logging.Formatter):
    """The log's lines, tracebacks included, through :func:`private_text`."""

    def format(self, record: logging.LogRecord) -> str:
        return private_text(super().format(record))


def setup_logging(folder: Path | None = None) -> Path:
    """Send the program's log to a rotating file; returns its path.

    A journalist who reports a problem can send this file; it never holds
    article text, and at the default level (INFO) no article's title or
    address and no exported file's name either: those are logged at DEBUG,
    written only when ``OFFLINE_READER_LOG_LEVEL=debug`` is set.
    """
    folder = folder or log_dir()
    path = folder / LOG_FILE
    root = logging.getLogger("offline_reader")
    debug = debug_logging()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()
    line = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    formatter = logging.Formatter(line) if debug else _PrivateFormatter(line)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError as exc:
        # No log file is no reason not to start: say so on stderr and go on.
        fallback = logging.StreamHandler()
        fallback.setFormatter(formatter)
        root.addHandler(fallback)
        log.warning("cannot write the log file %s: %s", path, exc)
        return path
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path


def fit_title(dialog: QWidget) -> None:
    """Make ``dialog`` wide enough for its title.

    A window manager cuts a title to the window's width, and a message box
    sizes itself to its text: "Delete Articles" became "Delete Arti…". Message
    and input dialogs ignore a minimum width (their layouts fix the size), so
    they get a spacer as wide as the title plus the title bar's buttons.
    """
    width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 140
    spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
    if dialog.layout() is None:
        dialog.adjustSize()  # QInputDialog makes its layout only when first sized
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    elif layout is not None:
        layout.addItem(spacer)
    else:
        dialog.setMinimumWidth(max(dialog.minimumWidth(), width))


# -- blocking questions (tests monkeypatch these) --------------------------------


def confirm(parent: QWidget | None, title: str, text: str, *, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` labels the yes button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    fit_title(box)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete_articles(parent: QWidget | None, count: int) -> bool:
    """The window's Delete: asked in the window's own words (its translation context)."""
    if count > 1:
        text = QCoreApplication.translate(
            "MainWindow",
            "Delete {count} articles from the library? This cannot be undone "
            "(importing their files again brings them back).",
        ).format(count=f"{count:,}")
    else:
        text = QCoreApplication.translate(
            "MainWindow", "Delete this article from the library? This cannot be undone."
        )
    title = QCoreApplication.translate("MainWindow", "Delete Articles")
    return confirm(parent, title, text, action=QCoreApplication.translate("MainWindow", "Delete"))


def ask_text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(value)
    fit_title(dialog)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None


def ask_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int
) -> str | None:
    """Pick one of ``items`` or type a new one."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(True)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    fit_title(dialog)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None


def report_failure(text: str, failure: BaseException) -> None:
    """A worker's failure, for the user: a :class:`ReaderError` is a reason
    they can act on (disk full, an address that does not answer) and is
    shown as its text; anything else is a bug, shown by its repr, with its
    traceback in the log for a bug report."""
    if isinstance(failure, ReaderError):
        error(text, detail=str(failure))
    else:
        error(text, detail=repr(failure), exc=failure)

"""Start the window: the application object, logging, the library, the window.

:func:`build_window` is what tests use: it builds the window on a library
without starting the event loop. :func:`run_window` is the program.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from reader import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from reader.core.library import Backup
    from reader.ui.services.safety_watch import SafetyWatch
    from reader.ui.settings import Settings
    from reader.ui.views.article_view import ResourceProvider
    from reader.ui.window.main_window import MainWindow


def build_window(
    db_path: str | Path,
    *,
    settings: Settings | None = None,
    provider: ResourceProvider | None = None,
) -> MainWindow:
    """The main window on the library at ``db_path``, built and not shown.

    Needs a QApplication. Raises :class:`~reader.core.errors.ReaderError`
    when the library cannot be opened.
    """
    from reader.config import inoreader_app
    from reader.core.library import Store
    from reader.core.net.proxy_settings import load_policy
    from reader.core.net.routes import use_policy
    from reader.core.sync.servers import use_app_credentials
    from reader.export.cache import CacheProvider
    from reader.ui.i18n import install_translators
    from reader.ui.services.library import Library
    from reader.ui.settings import Settings
    from reader.ui.window.main_window import MainWindow

    install_translators()
    store = Store.open(db_path)
    use_policy(load_policy(store))  # the route kept with the library (Settings ▸ Network)
    use_app_credentials(inoreader_app)
    library = Library(store)
    window = MainWindow(library, settings or Settings(), provider=provider or CacheProvider(store))
    library.setParent(window)
    return window


def _upgrade_search_index(db_path: str | Path) -> None:
    """Rebuild an outdated search index on a worker, with a dialog that says why.

    Opening the library rebuilds it, which took 11 s for 100,000 articles:
    without a word, the program would look hung before its window appears.
    """
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from reader.core.library import Store, search_index_outdated
    from reader.ui import message
    from reader.ui.services.worker import run_task

    if not search_index_outdated(db_path):
        return
    message.log.info("rebuilding the search index of %s", db_path)
    dialog = QProgressDialog(
        message.tr(
            "Updating the search index of your library…\n"
            "This happens once after an update and can take a minute."
        ),
        "",
        0,
        0,
    )
    dialog.setWindowTitle(APP_DISPLAY_NAME)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    errors: list[BaseException] = []

    def rebuild() -> None:
        Store.open(db_path).close()

    def done(_result: object, error: BaseException | None) -> None:
        if error is not None:
            errors.append(error)
        loop.quit()

    run_task(rebuild, done)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if errors:
        raise errors[0]


def open_window(db_path: Path) -> MainWindow | None:
    """The window on the library, or on what the user chose for a damaged one.

    A damaged library (unreadable, or marked by a failed check) is never
    opened for writing: the user picks a copy of the newest good backup or
    a new library, both new files beside it, or quits (None). The message
    goes to standard error too, for a window started from a terminal.
    """
    from reader.core.library import backup
    from reader.ui import message
    from reader.ui.dialogs import damaged_dialog

    path = db_path
    while True:
        reason = backup.damaged_reason(path)
        if reason is None:
            try:
                _upgrade_search_index(path)
                return build_window(path)
            except backup.DamagedLibraryError as exc:
                reason = exc.reason
        text = f"{path}: the library is damaged: {reason}"
        message.log.error("%s", text)
        print(f"{APP_NAME}: {text}", file=sys.stderr)
        choice = damaged_dialog.ask(None, path, reason, _newest_backup(path))
        if choice is damaged_dialog.Choice.QUIT:
            return None
        if choice is damaged_dialog.Choice.RESTORE:
            good = backup.newest_good(path)
            if good is None:
                print(f"{APP_NAME}: {path}: no backup passes the check", file=sys.stderr)
                continue
            path = backup.restore_copy(good.path, path)
        else:
            path = backup.new_library_path(path)
        print(f"{APP_NAME}: opening {path} instead; {db_path} is left as it is", file=sys.stderr)
        message.log.info("opening %s instead of the damaged %s", path, db_path)


def _newest_backup(path: Path) -> Backup | None:
    from reader.core.library import backup

    found = backup.list_backups(path)
    return found[0] if found else None


def watch_library(window: MainWindow) -> SafetyWatch:
    """The daily check and backup, in the background once the window is shown."""
    from reader.ui.services.safety_watch import SafetyWatch

    watch = SafetyWatch(window.library.path, window)
    watch.start()
    return watch


def warn_about_fonts() -> None:
    """Say which fonts are missing and how to install them (the bundle ships none)."""
    from reader.export import fonts
    from reader.ui import message

    report = fonts.check()
    if report.ok:
        return
    message.log.warning("%s", report.message())
    missing = ", ".join(report.missing)
    if report.boxes:
        message.error(
            message.tr("No font for Chinese, Japanese or Korean text is installed"),
            detail=message.tr("Missing: {fonts}. Install them: {how}").format(
                fonts=missing, how=fonts.INSTALL_HINT
            ),
        )
    else:
        message.info(
            message.tr("Missing: {fonts}. Install them: {how}").format(
                fonts=missing, how=fonts.INSTALL_HINT
            )
        )


def settle() -> None:
    """After start-up: move what exists to the garbage collector's permanent
    generation, so its full collections, which would otherwise walk every Qt
    wrapper and module object (15-20 ms, a dropped frame while scrolling),
    only look at what is new."""
    import gc

    gc.collect()
    gc.freeze()


def _qt_message_handler(mode: object, context: object, text: str) -> None:
    from PySide6.QtCore import QtMsgType

    from reader.ui.message import log

    level = {
        QtMsgType.QtDebugMsg: 10,
        QtMsgType.QtInfoMsg: 20,
        QtMsgType.QtWarningMsg: 30,
        QtMsgType.QtCriticalMsg: 40,
        QtMsgType.QtFatalMsg: 50,
    }.get(mode, 30)  # type: ignore[call-overload]
    log.log(level, "Qt: %s", text)
    if level >= 30:
        print(f"{APP_NAME}: Qt: {text}", file=sys.stderr)


def _excepthook(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """A bug in a slot is logged and shown, and the window carries on."""
    from reader.ui import message

    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    message.log.error("unexpected error:\n%s", "".join(traceback.format_exception(value)))
    message.error(
        message.tr("Something went wrong (details are in the log file)"),
        detail=f"{kind.__name__}: {value}",
    )


def _choose_language() -> None:
    """Install the interface's language before any window or dialog exists.

    An explicit choice (setting or environment) also becomes Qt's default
    locale, so counts are grouped as that language writes them.
    """
    from PySide6.QtCore import QLocale

    from reader.ui.i18n import install_translators, ui_locale
    from reader.ui.settings import Settings

    locale = ui_locale(Settings().language)
    QLocale.setDefault(locale)
    install_translators(locale)


def saved_library_path(db_path: Path) -> Path:
    """The library moved by Settings ▸ Move Library…, unless the command line chose one.

    The CLI hands over ``--db``, ``$OFFLINE_READER_DB`` or the default place;
    only the default gives way to the saved path. A saved library that is not
    there (a disk not mounted) is named on standard error and the default is
    used, rather than an empty library made in its place.
    """
    import os

    from reader import config
    from reader.ui.settings import Settings

    if os.environ.get(config.DB_ENV) or db_path != config.default_db_path():
        return db_path
    saved = Settings().library_path
    if not saved:
        return db_path
    if not Path(saved).is_file():
        print(
            f"{APP_NAME}: {saved}: the library set in Settings is not there; using {db_path}",
            file=sys.stderr,
        )
        return db_path
    return Path(saved)


def run_window(db_path: Path, paths: Sequence[str] = ()) -> int:
    """The program's window on ``db_path``, importing ``paths`` once it shows.

    When a window is already open on that library, the paths go to it and
    this launch ends (a desktop's "Open With" starts the program again).
    """
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.core.errors import ReaderError
    from reader.ui import message
    from reader.ui.icons import app_icon
    from reader.ui.services.single_instance import InstanceServer, hand_over

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    db_path = saved_library_path(db_path)
    if hand_over(db_path, list(paths)):
        print(f"{APP_NAME}: handed to the window already open on {db_path}", file=sys.stderr)
        return 0
    log_path = message.setup_logging()
    message.log.info("starting %s %s on %s", APP_NAME, __version__, db_path)
    qInstallMessageHandler(_qt_message_handler)
    sys.excepthook = _excepthook

    _choose_language()
    try:
        window = open_window(db_path)
    except ReaderError as exc:
        message.log.error("cannot open the library: %s", exc)
        QMessageBox.critical(
            None,
            APP_DISPLAY_NAME,
            message.tr("The library cannot be opened:\n{error}\n\nLog: {log}").format(
                error=exc, log=log_path
            ),
        )
        return 1
    if window is None:
        return 1

    # Ctrl+C in the terminal: Python only sees the signal between Qt events,
    # so wake it up now and then.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    heartbeat = QTimer()
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)

    server = InstanceServer(db_path, window)
    if not server.listen():
        message.log.warning("no single-window socket for %s", db_path)
    server.paths_received.connect(window.open_paths)

    window.show()
    watch_library(window)
    QTimer.singleShot(0, warn_about_fonts)
    if paths:
        QTimer.singleShot(0, lambda: window.open_paths(list(paths)))
    settle()
    code = app.exec()
    message.log.info("quit")
    return int(code)

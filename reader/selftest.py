"""``offline-reader --self-test``: prove an installed copy works, end to end.

A frozen bundle can start and still lack a Qt plugin, a font path, a keyring
backend (found through entry points, which freezing loses) or the PDF text
layer's pypdf. Unit tests run from source cannot see that; this runs the real
window, importer, search and PDF export on a throwaway library, from whatever
is installed, and prints each thing it checked, so a user or a packager can
tell in seconds what is missing. Nothing of the user's is read or written:
the library, the settings and the PDF live in a temporary folder.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader import APP_NAME, __version__

SAMPLE = "samples/sample-rfi.txt"
#: A word of the sample's title and text: the search must find it without
#: spaces around it, as Chinese is written.
SAMPLE_QUERY = "李强"
#: A throwaway keyring entry, deleted again at once.
KEYRING_SERVICE = f"{APP_NAME}-self-test"


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def _ok(what: str) -> None:
    print(f"ok    {what}", flush=True)


def _wait(until: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Run the event loop until ``until()``: the window works on threads."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise SelfTestError(f"timed out after {timeout:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def check_keyring() -> None:
    """Name the backend found and, when there is a usable one, round-trip a password."""
    from importlib import import_module
    from importlib.metadata import entry_points

    import keyring
    from keyring.backend import get_all_keyring

    from reader.core.net.credentials import keyring_status

    # Entry points are how keyring finds even its own backends; a frozen
    # program without keyring's metadata silently has none.
    shipped = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if "SecretService" not in shipped:
        raise SelfTestError(
            "keyring's backends are not registered (its package metadata is missing): "
            f"found {shipped or 'none'}"
        )
    try:
        import_module("keyring.backends.SecretService")
        import_module("secretstorage")
    except ImportError as exc:
        raise SelfTestError(f"the Secret Service keyring backend cannot load: {exc}") from exc
    _ok(f"keyring backends shipped: {', '.join(shipped)}")
    found = sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring())
    _ok(f"keyring backends available: {', '.join(found) or 'none'}")
    status = keyring_status()
    if not status.usable:
        _ok(f"keyring: {status.backend} is not usable here; passwords stay in memory")
        return
    _ok(f"keyring backend in use: {status.backend}")
    secret = f"self-test {os.getpid()} {time.time()}"
    user = "round-trip"
    try:
        keyring.set_password(KEYRING_SERVICE, user, secret)
        back = keyring.get_password(KEYRING_SERVICE, user)
        keyring.delete_password(KEYRING_SERVICE, user)
    except Exception as exc:  # a locked or refusing keyring: say which and why
        raise SelfTestError(f"keyring {status.backend}: {type(exc).__name__}: {exc}") from exc
    if back != secret:
        raise SelfTestError(f"keyring {status.backend} returned another password")
    _ok("keyring: a password was saved, read back and deleted")


def check_fonts() -> None:
    """The CJK faces: without any, the PDF check below would fail for no clear reason."""
    from reader.export import fonts

    report = fonts.check()
    if report.boxes:
        raise SelfTestError(report.message())
    if report.ok:
        _ok(f"fonts for Chinese, Japanese and Korean: {', '.join(fonts.CJK_FAMILIES)}")
    else:
        _ok(report.message())


def run(folder: Path) -> None:
    """Every check, on a library in ``folder``; raises SelfTestError on the first failure."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a test, not a window for the user
    from pypdf import PdfReader
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.app import build_window
    from reader.core.library import Store
    from reader.core.models import ArticleQuery
    from reader.core.resources import resource_path
    from reader.export.cache import cache_resources
    from reader.export.pdf import export_pdf
    from reader.ui.settings import Settings

    _ok(f"{APP_NAME} {__version__}, Python {platform.python_version()}, {sys.platform}")
    app = QApplication.instance() or QApplication([APP_NAME])
    _ok(f"Qt platform plugin: {QApplication.platformName()}")

    sample = resource_path(SAMPLE)
    if not sample.is_file():
        raise SelfTestError(f"the bundled sample is missing: {sample}")
    _ok(f"resources found: {resource_path('')}")

    check_keyring()
    check_fonts()

    db_path = folder / "library.sqlite3"
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(db_path, settings=settings)
    window.show()
    _ok("window opened on a temporary library")

    reports: list[object] = []
    window.importer.finished.connect(reports.append)
    if not window.importer.start([sample]):
        raise SelfTestError("the window did not start the import")
    _wait(lambda: bool(reports) and not window.library.busy, "the import")
    with Store.open(db_path) as store:
        ids = store.article_ids(ArticleQuery())
        if len(ids) != 1:
            raise SelfTestError(f"importing {sample} gave {len(ids)} articles, not 1")
        title = store.get_article(ids[0]).title
    _ok(f"imported the sample: {title}")

    window.search_field.setText(SAMPLE_QUERY)
    model = window.article_model
    _wait(
        lambda: (
            model.query.search == SAMPLE_QUERY and not window.library.busy and model.rowCount() == 1
        ),
        f"the search for {SAMPLE_QUERY} to list the sample",
    )
    _ok(f"search for {SAMPLE_QUERY} lists it in the window")

    target = folder / "self-test.pdf"
    resources = cache_resources(db_path)
    try:
        result = export_pdf(ids, db_path, target, resources=resources)
    finally:
        resources.close()
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    if title not in text:
        raise SelfTestError(f"the exported PDF's text lacks the title {title!r}")
    pages = f"{result.pages} page{'s' * (result.pages != 1)}"
    _ok(f"exported a PDF ({pages}); its text contains the title")

    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    """The ``--self-test`` flag: 0 when every check passed, 1 (with the reason) if not."""
    with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-self-test-") as folder:
        try:
            run(Path(folder))
        except SelfTestError as exc:
            print(f"FAIL  {exc}", flush=True)
            return 1
        except Exception as exc:  # whatever broke is the finding; no traceback for users
            print(f"FAIL  {type(exc).__name__}: {exc}", flush=True)
            return 1
    print("self-test passed", flush=True)
    return 0

"""The window as a program of its own: open a library, click an article's row, read it, quit.

Run as ``python -m tests.support.view_audit LIBRARY TITLE`` under ``strace``
by the audit tests, so that every file the window opens and every connection
it makes while showing the article is seen, Qt's own included (an audit hook
sees Python's opens only).  Prints the article as the view shows it; exits 3
when the window never showed it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.app import build_window
from reader.ui.models.article_model import Column


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            print("the window did not get there in time", file=sys.stderr)
            raise SystemExit(3)
        app.processEvents()
        time.sleep(0.01)


def main(db_path: Path, title: str) -> None:
    app = QApplication([sys.argv[0]])
    window = build_window(db_path)
    window.resize(1000, 700)
    window.show()
    model = window.article_model
    _wait(app, lambda: not window.library.busy and model.rowCount() > 0)
    rows = [
        row for row in range(model.rowCount()) if model.index(row, Column.TITLE).data() == title
    ]
    if not rows:
        print(f"no row titled {title!r}", file=sys.stderr)
        raise SystemExit(3)
    view = window.article_view
    index = model.index(rows[0], Column.TITLE)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    browser = window.browser
    _wait(app, lambda: browser.article is not None and browser.article.title == title)
    browser.grab()  # laid out and painted, pictures and all
    window.resize(700, 900)  # and laid out again at another width
    app.processEvents()
    browser.grab()
    sys.stdout.write(browser.toPlainText() + "\n")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

"""The window in a process of its own on a real X screen with a window manager.

    DISPLAY=:N python -m tests.support.screen_child LIBRARY [LANGUAGE]

Started by :mod:`tests.support.wm_screen`: it shows the window as the program
does, then answers a line on standard input at a time: ``info`` prints a JSON
line (the window's frame, the status bar, the article pane and the list in
screen coordinates, the screen's available room, maximised or not), ``sample``
clicks "Open the sample article" in the empty pane's hint, ``close`` closes
the window (which saves its state) and ends.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _global(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> int:
    from reader.app import build_window

    app = QApplication([sys.argv[0]])
    if len(sys.argv) > 2:  # a language: fr, zh_CN, zh_TW
        from PySide6.QtCore import QLocale

        from reader.ui.i18n import install_translators

        install_translators(QLocale(sys.argv[2]))
    window = build_window(Path(sys.argv[1]))
    window.show()

    def settle(ms: int) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(ms)
        while timer.isActive():
            app.processEvents()

    settle(1200)
    for line in sys.stdin:
        command = line.strip()
        if command == "info":
            settle(300)
            screen = window.screen()
            bars = [
                _global(bar)
                for bar in window.browser.parentWidget().findChildren(QWidget)
                if bar.objectName().endswith("Bar") and bar.isVisible()
            ]
            info = {
                "frame": _rect(window.frameGeometry()),
                "status": _global(window.statusBar()),
                "article": _global(window.browser),
                "pane": _global(window.browser.parentWidget()),
                "list": _global(window.list_pane),
                "room": _rect(screen.availableGeometry()),
                "maximized": window.isMaximized(),
                "shown": window.browser.article.title if window.browser.article else None,
                "selected": [r.row() for r in window.article_view.selectionModel().selectedRows()],
                "bars": bars,
                "line": window.fontMetrics().height(),
                "winid": int(window.winId()),
            }
            print(json.dumps(info), flush=True)
        elif command == "sample":
            from reader.ui.window.opening import open_sample

            open_sample(window)
            settle(1500)
            print("ok", flush=True)
        elif command == "close":
            window.close()
            settle(200)
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())

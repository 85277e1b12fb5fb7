"""A Qt application object for command-line work that needs Qt (PDF export).

Qt's text layout needs a QGuiApplication. On a machine without a display (a
server, a CI runner, an SSH session) the default platform plugin would abort,
so there we pick the offscreen plugin, which lays out and paints just the same.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from reader import APP_NAME, __version__


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen without a display)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app

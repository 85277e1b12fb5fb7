"""The About box: what this is, which version, under which licence."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_DISPLAY_NAME, __version__
from reader.ui.icons import app_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text() -> str:
    return _tr(
        "<h3>{name} {version}</h3>"
        "<p>A feed reader for journalists who read offline: a local, searchable "
        "library of saved articles, shown without scripts and without fetching "
        "anything.</p>"
        "<p>Licence: GNU GPL version 3 or later.</p>"
        "<p><small>Qt {qt} · PySide6 {pyside}</small></p>"
    ).format(
        name=APP_DISPLAY_NAME,
        version=__version__,
        qt=qVersion(),
        pyside=pyside_version,
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Open the box without blocking (window-modal); returns it."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About {name}").format(name=APP_DISPLAY_NAME))
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setText(about_text())
    box.setObjectName("aboutBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

"""The About box: what this is, which version, under which licence.

Its details (Qt's "Show Details…") list every component the program is made
of with its licence and where the text is (:mod:`reader.core.licences`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_DISPLAY_NAME, __version__
from reader.core import licences
from reader.ui.icons import app_icon
from reader.ui.message import fit_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text(library: str | Path | None = None, log: str | Path | None = None) -> str:
    places = ""
    if library is not None:
        places += _tr("<p>Library: {path}</p>").format(path=html.escape(str(library)))
    if log is not None:
        places += _tr("<p>Log: {path}</p>").format(path=html.escape(str(log)))
    return _tr(
        "<h3>{name} {version}</h3>"
        "<p>A feed reader for journalists who read offline: a local, searchable "
        "library of saved articles, shown without scripts and without fetching "
        "anything.</p>"
        "{places}"
        "<p>Licence: GNU GPL version 3 or later.</p>"
        "<p><small>Qt {qt} · PySide6 {pyside}</small></p>"
    ).format(
        name=APP_DISPLAY_NAME,
        version=__version__,
        places=places,
        qt=qVersion(),
        pyside=pyside_version,
    )


def show_about(
    parent: QWidget, *, library: str | Path | None = None, log: str | Path | None = None
) -> QMessageBox:
    """Open the box without blocking (window-modal); returns it."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About {name}").format(name=APP_DISPLAY_NAME))
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setText(about_text(library, log))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Names, versions, SPDX licences and paths: data, not prose to translate.
    box.setDetailedText("\n".join(licences.describe()[1:]))
    box.setObjectName("aboutBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fit_title(box)
    box.open()
    return box

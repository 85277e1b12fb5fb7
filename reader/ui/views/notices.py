"""Where :func:`reader.ui.message.error` and :func:`~reader.ui.message.info` land.

Messages arise anywhere (a worker's result, a slot) and travel on
:data:`reader.ui.message.global_bridge`; a window shows them here. An error
goes to the status bar and to one warning box: a second error while the box
is open replaces its text rather than stacking boxes the reader must close
one by one. A notice goes to the status bar only, since it asks nothing.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader import APP_DISPLAY_NAME
from reader.ui import message

ERROR_MS = 15_000
INFO_MS = 8000


class Notices(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._box: QMessageBox | None = None
        message.global_bridge.error_raised.connect(self.show_error)
        message.global_bridge.info_raised.connect(self.show_info)

    def detach(self) -> None:
        """Stop listening: a closed window shows nothing (the log still has it)."""
        for signal, slot in (
            (message.global_bridge.error_raised, self.show_error),
            (message.global_bridge.info_raised, self.show_info),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def show_error(self, text: str, detail: str) -> None:
        self._window.statusBar().showMessage(f"{text}: {detail}" if detail else text, ERROR_MS)
        box = self._box
        try:
            if box is not None and box.isVisible():
                box.setText(text)
                box.setInformativeText(detail)
                return
        except RuntimeError:  # closed and deleted
            pass
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_DISPLAY_NAME,
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("errorBox")
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message.fit_title(box)
        self._box = box
        box.open()

    def show_info(self, text: str) -> None:
        self._window.statusBar().showMessage(text, INFO_MS)

"""The window's status bar: a message that needs reading stays long enough to
be read, and the last ones can be read again.

A notice ("the password is not stored: no keyring") was replaced 44 ms later
by the refresh's summary. Here a message shown with a timeout (a summary, a
notice, an error) stays on the bar for at least :data:`HOLD_MS`: a message
that comes meanwhile goes in front of it ("new · earlier") instead of
replacing it. Every such message also goes to the history behind the
Messages button. Messages still go through :meth:`QStatusBar.showMessage`,
so :attr:`QStatusBar.messageChanged` announces each line as it is shown.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QToolButton, QWidget

#: How long a message that needs reading keeps the bar (ms).
HOLD_MS = 6000
#: How many messages the history keeps.
HISTORY = 30


#: Between messages shown together.
SEPARATOR = "  ·  "


class KeepingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        #: (time shown, text), newest last
        self.history: deque[tuple[float, str]] = deque(maxlen=HISTORY)
        #: messages that need reading and their time on the bar (monotonic end)
        self._held: list[tuple[str, float]] = []
        #: the newest message and when it goes (None: when replaced or cleared)
        self._base: tuple[str, float | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render)
        self.history_button = QToolButton(self)
        self.history_button.setObjectName("messageHistory")
        self.history_button.setText(self.tr("Messages"))
        self.history_button.setToolTip(self.tr("The last messages of the status bar"))
        self.history_button.setAccessibleName(self.tr("Recent messages"))
        self.history_button.setAutoRaise(True)
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_menu.setObjectName("messageHistoryMenu")
        self.history_menu.aboutToShow.connect(self._fill_menu)
        self.history_button.setMenu(self.history_menu)
        self.history_button.setEnabled(False)
        self.addPermanentWidget(self.history_button)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        timeout = timeout or 0
        now = time.monotonic()
        if timeout and text:
            self.history.append((time.time(), text))
            self.history_button.setEnabled(True)
            self._held = [h for h in self._held if h[0] != text]
            self._held.append((text, now + HOLD_MS / 1000))
        self._base = (text, now + timeout / 1000 if timeout else None) if text else None
        self._render()

    def clearMessage(self) -> None:
        self._base = None
        self._render()

    def _render(self) -> None:
        """The newest message, then those still to be read, newest first."""
        now = time.monotonic()
        self._held = [h for h in self._held if h[1] > now]
        if self._base is not None and self._base[1] is not None and self._base[1] <= now:
            self._base = None
        parts = [self._base[0]] if self._base is not None else []
        parts += [text for text, _end in reversed(self._held) if text not in parts]
        line = SEPARATOR.join(parts)
        if not line:
            super().clearMessage()
        elif line != self.currentMessage():
            super().showMessage(line)
        ends = [end for _text, end in self._held]
        if self._base is not None and self._base[1] is not None:
            ends.append(self._base[1])
        if ends:
            self._timer.start(max(1, int((min(ends) - now) * 1000) + 1))
        else:
            self._timer.stop()

    def _fill_menu(self) -> None:
        self.history_menu.clear()
        for shown, text in reversed(self.history):
            stamp = time.strftime("%H:%M:%S", time.localtime(shown))
            action = QAction(f"{stamp}  {text}", self.history_menu)
            self.history_menu.addAction(action)

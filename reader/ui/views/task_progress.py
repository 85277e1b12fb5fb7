"""A status-bar progress bar with a Cancel button, for one background task.

Refreshing feeds, exporting PDFs and downloading images each get their own
instance (they may run at the same time); the task's controller drives it and
listens to :attr:`TaskProgress.cancel_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget


class TaskProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{object_name}Bar")
        # A screen reader says the bar's name before its value: which task.
        self.bar.setAccessibleName(name or self.tr("Progress"))
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName(f"{object_name}Cancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this task; what is done is kept"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text_format: str, total: int = 0) -> None:
        """Show the bar; ``text_format`` uses QProgressBar's %v (done) and %m (total)."""
        self.bar.setFormat(text_format)
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)  # once is enough; the task stops soon
        self.cancel_requested.emit()

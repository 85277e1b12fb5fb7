"""The bars above the article (missing images, full article or summary) in a narrow pane.

A bar is a sentence and a button side by side. Beside two side panels in the
wide layout at 1024 px, the button kept its 200 px and the French sentence
wrapped onto six lines, a tall grey block over the article; there the button
goes under the sentence instead. Side by side, the sentence keeps to one line
(cut short with "…", whole in its tooltip): at 1024×600 two bars of two or
three lines each left the article its title block only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QLabel, QWidget

#: More lines than this beside the buttons, and the buttons go under the text.
MOST_LINES = 2


class OneLineLabel(QLabel):
    """A bar's sentence: one line cut short with "…" (whole in the tooltip), or
    wrapped when the bar has put its buttons under it (:meth:`set_one_line`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._one_line = True

    def set_one_line(self, on: bool) -> None:
        if on != self._one_line:
            self._one_line = on
            self.setWordWrap(not on)
            self.updateGeometry()
            self.update()

    def minimumSizeHint(self) -> QSize:
        if not self._one_line:
            return super().minimumSizeHint()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("…") * 6, metrics.height())

    def sizeHint(self) -> QSize:
        if not self._one_line:
            return super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 4, metrics.height())

    def heightForWidth(self, width: int) -> int:
        return self.fontMetrics().height() if self._one_line else super().heightForWidth(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._one_line:
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        text = self.text()
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(text if shown != text else "")
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()


class _StackWhenNarrow(QObject):
    def __init__(self, bar: QWidget, layout: QBoxLayout, label: QLabel) -> None:
        super().__init__(bar)
        self._bar = bar
        self._layout = layout
        self._label = label
        for button in bar.findChildren(QAbstractButton):
            layout.setAlignment(button, Qt.AlignmentFlag.AlignLeft)  # under the text: not stretched
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # LayoutRequest: the sentence changed (another article) while the bar was shown.
        kinds = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)
        if watched is self._bar and event.type() in kinds:
            self.update()
        return False

    def update(self) -> None:
        buttons = sum(
            b.sizeHint().width()
            for b in self._bar.findChildren(QAbstractButton)
            if not b.isHidden()
        )
        margins = self._layout.contentsMargins()
        beside = self._bar.width() - buttons - margins.left() - margins.right() - 12
        needed = self._label.fontMetrics().horizontalAdvance(self._label.text())
        narrow = beside <= 0 or needed > beside * MOST_LINES
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        if isinstance(self._label, OneLineLabel):
            self._label.set_one_line(not narrow)


def stack_when_narrow(bar: QWidget, layout: QBoxLayout, label: QLabel) -> None:
    """Keep ``layout`` (the bar's) side by side unless the label would wrap past
    :data:`MOST_LINES` lines beside the bar's buttons."""
    _StackWhenNarrow(bar, layout, label)

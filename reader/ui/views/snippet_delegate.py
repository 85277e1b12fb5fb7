"""The title cell of a search's row: the title, then the passage that matched, hits marked.

Drawn by hand, one line, in pieces (plain and marked) left to right until
the cell is full: a QTextDocument per cell would cost a layout per row on
every paint, and the list must scroll at a frame per screenful. The hits are
drawn bold on a highlighter's yellow, the passage in the
placeholder text colour so the title stays what the eye reads first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.models.article_model import SNIPPET_ROLE

_GAP = "  ·  "
#: Orange with black text: readable on light and dark themes alike, the same
#: marks the article view draws, and unlike the reader's own highlights
#: (yellow, green, pink: ``reader.export.annotations.COLOURS``), so a search
#: hit is never taken for a passage the journalist marked.
MARK = QColor("#ffb347")
MARK_TEXT = QColor("#000000")


def pieces(text: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The passage cut into ``(text, is_hit)`` pieces, in order."""
    out: list[tuple[str, bool]] = []
    position = 0
    for start, end in sorted(marks):
        if start < position:
            continue
        if start > position:
            out.append((text[position:start], False))
        out.append((text[start:end], True))
        position = end
    if position < len(text):
        out.append((text[position:], False))
    return out


class SnippetDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        found = index.data(SNIPPET_ROLE)
        if not found:
            super().paint(painter, option, index)
            return
        text, marks = found
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = text_color if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        x = rect.left()
        title_font = QFont(opt.font)
        x = self._draw(painter, rect, x, title + _GAP, title_font, text_color, None)
        hit_font = QFont(opt.font)
        hit_font.setBold(True)
        plain_font = QFont(opt.font)
        plain_font.setBold(False)
        for piece, hit in pieces(text, marks):
            if x >= rect.right():
                break
            if hit:
                x = self._draw(painter, rect, x, piece, hit_font, MARK_TEXT, MARK, dim)
            else:
                x = self._draw(painter, rect, x, piece, plain_font, dim, None)
        painter.restore()

    @staticmethod
    def _draw(
        painter: QPainter,
        rect: QRect,
        x: int,
        text: str,
        font: QFont,
        color: QColor,
        back: QColor | None,
        cut_color: QColor | None = None,
    ) -> int:
        """One piece at ``x``, elided at the cell's end; returns where the next starts.

        A hit with no room left for any of its letters is drawn as a plain
        "…" (``cut_color``): an orange box around an ellipsis marks nothing.
        """
        metrics = QFontMetrics(font)
        room = rect.right() - x
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        if back is not None and cut_color is not None and shown in ("…", ""):
            back, color = None, cut_color
        width = metrics.horizontalAdvance(shown)
        piece = QRect(x, rect.top(), width, rect.height())
        if back is not None:
            painter.fillRect(piece.adjusted(0, 2, 0, -2), back)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            piece, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        return x + width

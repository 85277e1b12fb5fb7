"""The application icon and the few small icons the window draws itself.

Drawn rather than taken from an icon theme: many desktops (and Windows)
have no theme, and these must look the same everywhere, light or dark.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from reader.core.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_path("icons")
    for size in ICON_SIZES:
        path = folder / f"offline-reader-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _star_polygon(size: float) -> QPolygonF:
    centre, outer, inner = size / 2, size * 0.48, size * 0.2
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre + radius * math.cos(angle), centre - radius * math.sin(angle)))
    return QPolygonF(points)


@cache
def star_icon(filled: bool = True) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gold = QColor("#e0a000")
        painter.setPen(gold.darker(130))
        painter.setBrush(gold if filled else Qt.GlobalColor.transparent)
        painter.drawPolygon(_star_polygon(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def dot_icon(color: str = "#2f6fb0") -> QIcon:
    """A filled dot: "unread" in the source tree and the toolbar."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        margin = size * 0.25
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - margin, size / 2 - margin)
        painter.end()
        icon.addPixmap(pixmap)
    return icon

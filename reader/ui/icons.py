"""The application icon and the few small icons the window draws itself.

Drawn rather than taken from an icon theme: many desktops (and Windows)
have no theme, and these must look the same everywhere, light or dark.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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


def _drawn(paint: Callable[[QPainter, float], None]) -> QIcon:
    """An icon at the sizes menus, toolbars and trees ask for, each painted
    by ``paint(painter, size)`` on a transparent, antialiased pixmap."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def star_icon(filled: bool = True) -> QIcon:
    def paint(painter: QPainter, s: float) -> None:
        gold = QColor("#e0a000")
        painter.setPen(gold.darker(130))
        painter.setBrush(gold if filled else Qt.GlobalColor.transparent)
        painter.drawPolygon(_star_polygon(s))

    return _drawn(paint)


@cache
def dot_icon(color: str = "#2f6fb0") -> QIcon:
    """A filled dot: "unread" in the source tree and the toolbar."""

    def paint(painter: QPainter, s: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        margin = s * 0.25
        painter.drawEllipse(QPointF(s / 2, s / 2), s / 2 - margin, s / 2 - margin)

    return _drawn(paint)


def _polygon(s: float, points: list[tuple[float, float]]) -> QPolygonF:
    """Points given as fractions of the icon's size."""
    return QPolygonF([QPointF(s * x, s * y) for x, y in points])


@cache
def tag_icon(color: str = "#d0883a") -> QIcon:
    """A luggage tag: the Tags section of the source tree.

    Drawn because the style's stand-ins (an "i" or a page) read as "Info"
    or "file", and a journalist looks for the tag they gave.
    """

    def paint(painter: QPainter, s: float) -> None:
        fill = QColor(color)
        painter.setPen(fill.darker(140))
        painter.setBrush(fill)
        top, bottom, mid = 0.22, 0.78, 0.5
        painter.drawPolygon(
            _polygon(s, [(0.06, mid), (0.34, top), (0.94, top), (0.94, bottom), (0.34, bottom)])
        )
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawEllipse(QPointF(s * 0.32, s * mid), s * 0.07, s * 0.07)

    return _drawn(paint)


@cache
def search_icon(color: str = "#4a7fc1") -> QIcon:
    """A magnifying glass: a saved search in the source tree (seen on light and dark)."""

    def paint(painter: QPainter, s: float) -> None:
        pen = painter.pen()
        pen.setColor(QColor(color))
        pen.setWidthF(max(1.6, s / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(QPointF(s * 0.42, s * 0.42), s * 0.26, s * 0.26)
        painter.drawLine(QPointF(s * 0.62, s * 0.62), QPointF(s * 0.88, s * 0.88))

    return _drawn(paint)


@cache
def bookmark_icon(color: str = "#4a7fc1") -> QIcon:
    """A ribbon bookmark: Save Search, beside the search field.

    Not the floppy disk of Export to PDF: two commands, one picture, read as one.
    """

    def paint(painter: QPainter, s: float) -> None:
        fill = QColor(color)
        painter.setPen(fill.darker(130))
        painter.setBrush(fill)
        painter.drawPolygon(
            _polygon(s, [(0.25, 0.1), (0.75, 0.1), (0.75, 0.9), (0.5, 0.66), (0.25, 0.9)])
        )

    return _drawn(paint)

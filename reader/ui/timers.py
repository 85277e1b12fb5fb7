"""One-shot timers owned by a widget: the window's search-as-you-type delay
and its mark-as-read delay, restarted on every key or selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot(parent: QObject, slot: Callable[[], None], interval: int = 0) -> QTimer:
    """A stopped single-shot timer calling ``slot``; ``start()`` it, or restart it."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer

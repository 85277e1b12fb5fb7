"""The Qt binding itself: a broken build crashes the window long after start."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object, object)


def test_emitting_signals_keeps_reference_counts():
    """PySide6 6.12.0 loses a reference to ``True`` on each ``emit()``; on
    Python 3.11 the window then aborts with "deallocating True" after a few
    thousand signals (an import's progress, a few hours of reading).
    pyproject excludes that version; this catches the next one like it."""
    emitter = _Emitter()
    received = []
    emitter.changed.connect(lambda a, b: received.append(a))
    counts = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for n in range(200):
        emitter.changed.emit(n, None)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert len(received) == 200
    assert after == counts, f"PySide6 {pyside_version} leaks or drops references on emit()"

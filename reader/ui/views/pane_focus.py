"""The keyboard's way round the window: Tab order and F6 between panes.

Tab from the search field goes to the list, the article, then the sources,
the order a reader works in (F6 also visits the side panels that are open).
Tab inside the article moves between its links, so a long article would
trap a keyboard user there; F6 and Shift+F6 jump from pane to pane whatever
has the focus inside one (as in browsers and mail programs).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


class _Panes(QObject):
    """The window's panes in F6 order; side panels join later (:func:`add_panes`)."""

    def __init__(self, window: QWidget, panes: Sequence[QWidget]) -> None:
        super().__init__(window)
        self.setObjectName("paneCycle")
        self.panes = list(panes)


def cycle_panes(window: QWidget, panes: Sequence[QWidget]) -> None:
    """Chain ``panes`` in Tab order and let F6 / Shift+F6 step through them."""
    for first, second in itertools.pairwise(panes):
        QWidget.setTabOrder(first, second)
    cycle = _Panes(window, panes)
    forward = QShortcut(QKeySequence(Qt.Key.Key_F6), window)
    forward.setContext(Qt.ShortcutContext.WindowShortcut)
    forward.activated.connect(lambda: _step(cycle.panes, 1))
    backward = QShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6), window)
    backward.setContext(Qt.ShortcutContext.WindowShortcut)
    backward.activated.connect(lambda: _step(cycle.panes, -1))


def add_panes(window: QWidget, *panes: QWidget, after: QWidget | None = None) -> None:
    """Let F6 reach side panels too (Highlights and Notes, Info) while they are shown,
    right ``after`` a pane (the article they are about); without it a keyboard user
    could open them but never get into them."""
    cycle = window.findChild(_Panes, "paneCycle")
    if cycle is None:
        return
    at = cycle.panes.index(after) + 1 if after in cycle.panes else len(cycle.panes)
    cycle.panes[at:at] = panes


def _step(panes: Sequence[QWidget], delta: int) -> None:
    shown = [pane for pane in panes if pane.isVisible() and pane.isEnabled()]
    if not shown:
        return
    focus = QApplication.focusWidget()
    # isAncestorOf counts the pane itself: the focus on it or inside it.
    inside = [i for i, pane in enumerate(shown) if focus is not None and pane.isAncestorOf(focus)]
    current = inside[0] if inside else (-1 if delta > 0 else 0)
    shown[(current + delta) % len(shown)].setFocus(Qt.FocusReason.ShortcutFocusReason)

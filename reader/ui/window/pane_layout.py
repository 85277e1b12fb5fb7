"""Where the window's panes stand, and how big they are, remembered per layout.

Two layouts: *stacked* (the article below the list, the program's first)
and *wide* (sources | list | article side by side, as NetNewsWire and RSS
Guard do). Each keeps its own splitter sizes, so switching back finds them
again. On a small screen (a 1024×600 netbook) the article keeps at least
half the height and the toolbar drops its texts rather than hide buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar

from reader.ui.settings import Settings
from reader.ui.views.article_list import ArticleListView
from reader.ui.window.actions import Actions, Layout

#: The window's size on first start, on a screen large enough for it.
DEFAULT_SIZE = (1200, 780)
#: Room left for the window manager's frame before the window is shown and
#: its real frame is known: a title bar and borders (Openbox, GNOME, KDE: 24-40).
FRAME_ALLOWANCE = (16, 48)


def list_share(height: int) -> float:
    """The list's part of the height, stacked: two fifths, less on a short screen.

    At 1024×600 the bars above the article (missing images, the full article)
    take a line each; with two fifths for the list the article showed little
    more than its title block. Under 720 pixels the list keeps 28 %, and the
    article under its bars still has 60 % or more.
    """
    return 0.4 if height >= 720 else 0.28


class PaneLayout(QObject):
    def __init__(
        self,
        window: QMainWindow,
        *,
        outer: QSplitter,
        inner: QSplitter,
        article_list: ArticleListView,
        toolbar: QToolBar,
        actions: Actions,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._outer = outer
        self._inner = inner
        self._list = article_list
        self._toolbar = toolbar
        self._actions = actions
        self._settings = settings
        self._name = Layout.STACKED
        self._states: dict[str, QByteArray] = {}
        #: the sources' width, per layout: wide narrows them, stacked gets its own back
        self._outer_states: dict[str, QByteArray] = {}
        self._toolbar_text_width = toolbar.sizeHint().width()
        self._placed = False  # moved into the screen once its frame was known
        # When the window shrinks, both panes give up room, the list a little
        # less than the article (the ratio of the default sizes).
        inner.setStretchFactor(0, 2)
        inner.setStretchFactor(1, 3)
        outer.setStretchFactor(1, 1)
        for splitter in (inner, outer):
            splitter.setChildrenCollapsible(False)
        actions.layout.triggered.connect(lambda action: self.set_layout(str(action.data())))
        window.installEventFilter(self)

    @property
    def name(self) -> str:
        return self._name

    # -- remembered state -----------------------------------------------------

    def restore(self) -> None:
        """Before the window's own geometry is restored: the first start's size."""
        s = self._settings
        self._fit_to_screen()
        if (geometry := s.state("geometry")) is not None:
            self._window.restoreGeometry(geometry)
        if (state := s.state("window")) is not None:
            self._window.restoreState(state)
        if s.maximized:
            self._window.setWindowState(self._window.windowState() | Qt.WindowState.WindowMaximized)
        for layout in (Layout.STACKED, Layout.WIDE):
            # Before there were layouts, the inner splitter was the stacked one.
            saved = s.state(f"splitter_{layout}") or (
                s.state("splitter_inner") if layout == Layout.STACKED else None
            )
            if saved is not None:
                self._states[layout] = saved
        for layout in (Layout.STACKED, Layout.WIDE):
            # Before each layout had its own, one width served both.
            saved = s.state(f"splitter_outer_{layout}") or s.state("splitter_outer")
            if saved is not None:
                self._outer_states[layout] = saved
        self._apply(s.layout)

    def save(self) -> None:
        s = self._settings
        s.set_state("geometry", self._window.saveGeometry())
        s.maximized = self._window.isMaximized()
        s.set_state("window", self._window.saveState())
        s.set_state("splitter_outer", self._outer.saveState())
        self._states[self._name] = self._inner.saveState()
        self._outer_states[self._name] = self._outer.saveState()
        for layout, state in self._outer_states.items():
            s.set_state(f"splitter_outer_{layout}", state)
        for layout, state in self._states.items():
            s.set_state(f"splitter_{layout}", state)
        s.layout = self._name

    # -- switching ------------------------------------------------------------

    def set_layout(self, name: str) -> None:
        if name == self._name:
            return
        self._states[self._name] = self._inner.saveState()
        self._outer_states[self._name] = self._outer.saveState()
        self._apply(name)
        self._settings.layout = name

    def _apply(self, name: str) -> None:
        """A saved splitter state holds its orientation too: set that after it."""
        name = name if name in (Layout.STACKED, Layout.WIDE) else Layout.STACKED
        self._name = name
        wide = name == Layout.WIDE
        saved = self._states.get(name)
        if saved is not None:
            self._inner.restoreState(saved)
        self._inner.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self._list.set_narrow(wide)
        if saved is None:
            self._default_sizes()
        elif (outer := self._outer_states.get(name)) is not None:
            self._outer.restoreState(outer)
        self._actions.layout_actions[name].setChecked(True)

    def _default_sizes(self) -> None:
        """The article gets most of the room: at least half the height (stacked)
        or of the width right of the sources (wide)."""
        width, height = self._window.width(), self._window.height()
        wide = self._name == Layout.WIDE
        # Wide: 160 on a 1024 screen, more where there is room for the names of
        # the tags and saved searches nested under their headings.
        sources = max(160, min(200, width // 7)) if wide else max(160, min(230, width // 5))
        self._outer.setSizes([sources, width - sources])
        if wide:
            rest = width - sources
            self._inner.setSizes([rest * 2 // 5, rest - rest * 2 // 5])
        else:
            inner = max(height - 120, 300)  # less the menu, tool and status bars
            upper = int(inner * list_share(height))
            self._inner.setSizes([upper, inner - upper])

    def _fit_to_screen(self) -> None:
        """First start: the default size, or the screen's room if smaller (a
        1024×600 netbook must not get a window taller than its screen).

        The room is what the panels leave (available geometry) less the
        title bar: a 768-pixel-high window plus its title bar on a 1366×768
        laptop put the status bar, with import results and Cancel, off screen.
        """
        width, height = DEFAULT_SIZE
        screen = self._window.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - FRAME_ALLOWANCE[0])
            height = min(height, room.height() - FRAME_ALLOWANCE[1])
        self._window.resize(width, height)

    def keep_on_screen(self) -> None:
        """Once shown with its real frame: the whole window, status bar included,
        inside the screen's available room (shrunk and moved if need be)."""
        window = self._window
        if self._settings.maximized and not window.isMaximized():
            window.showMaximized()  # the window manager did not map it maximised
            return
        screen = window.screen()
        if screen is None or window.isMaximized() or window.isFullScreen():
            return
        room = screen.availableGeometry()
        frame, inner = window.frameGeometry(), window.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        if room.contains(frame):
            return
        width = min(inner.width(), room.width() - extra_w)
        height = min(inner.height(), room.height() - extra_h)
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        x = min(max(frame.x(), room.x()), room.right() + 1 - width - extra_w)
        y = min(max(frame.y(), room.y()), room.bottom() + 1 - height - extra_h)
        window.move(max(x, room.x()), max(y, room.y()))

    # -- resizing -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and isinstance(event, QResizeEvent):
            self._on_resize(event)
        elif watched is self._window and event.type() == QEvent.Type.Show and not self._placed:
            # The window manager adds the frame after the window is mapped.
            self._placed = True
            QTimer.singleShot(300, self.keep_on_screen)
        return False

    def _on_resize(self, event: QResizeEvent) -> None:
        # Icons without text when the buttons with text would not fit.
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if event.size().width() < self._toolbar_text_width + 24
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        if self._toolbar.toolButtonStyle() != style:
            self._toolbar.setToolButtonStyle(style)
        # Moved to a smaller screen, the article keeps its share of the height.
        if self._name == Layout.STACKED and event.size().height() < event.oldSize().height():
            upper, lower = self._inner.sizes()
            share = list_share(event.size().height())
            total = upper + lower
            if upper > total * share + 1:
                self._inner.setSizes([int(total * share), total - int(total * share)])

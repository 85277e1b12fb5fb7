"""What a screen reader hears beyond the widgets' own names: announcements,
the current row on focus, a row's change on star and read, the article's
links and highlights.

Qt gives each widget an accessible interface (AT-SPI on Linux, UI
Automation on Windows, NSAccessibility on macOS), but some things a sighted
reader takes in at a glance never reach it: the status bar's message is
painted, not a widget; focusing a list announces the list, not the row the
reader is on; marking a row read changes only its font. This module listens
to the window from outside (the status bar's ``messageChanged``, the message
bridge, the library's marks, the article's selection) and sends the events
that carry those to the screen reader, so the widgets that show them stay as
they are.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
    QKeyEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QStatusBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.ui import message
from reader.ui.models.article_model import ArticleTableModel, Column
from reader.ui.services.library import Library
from reader.ui.views.article_view import ACTION_SCHEME, ArticleBrowser
from reader.ui.views.status_bar import SEPARATOR

#: Rows a mark sends events for: marking 10,000 rows is one announcement of
#: the status bar, not 10,000 changes a screen reader would queue.
_EVENTS_MAX = 50
#: Links named in the article's description; more are counted, not listed.
_LINKS_LISTED = 25
_HIGHLIGHTS_LISTED = 10
_TAB_KEYS = frozenset({int(Qt.Key.Key_Tab.value), int(Qt.Key.Key_Backtab.value)})


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say ``text`` (Qt 6.8's announcement; AT-SPI
    ``object:announcement``); ``urgent`` interrupts what is being said."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def cell_interface(view: QAbstractItemView, index: QModelIndex) -> QAccessibleInterface | None:
    """The accessible cell of a visible ``index``.

    The binding has no table interface (``cellAt``); a cell is found where a
    screen reader's pointer would find it, at its place on the screen.
    """
    if not index.isValid():
        return None
    rect = view.visualRect(index)
    if rect.isEmpty() or not view.viewport().rect().intersects(rect):
        return None
    table = QAccessible.queryAccessibleInterface(view)
    if table is None or not table.isValid():
        return None
    where = view.viewport().mapToGlobal(rect.center())
    cell = table.childAt(where.x(), where.y())
    return cell if cell is not None and cell.isValid() else None


def name_unnamed(window: QMainWindow, search_field: QLineEdit, toolbar: QToolBar) -> None:
    """Names for the few controls Qt makes without one."""
    for button in search_field.findChildren(QToolButton):
        button.setAccessibleName(_tr("Clear the search"))
    for combo in window.findChildren(QComboBox):
        if not combo.view().accessibleName():  # its popup list, named after it
            combo.view().setAccessibleName(combo.accessibleName())
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:
        extension.setAccessibleName(_tr("More toolbar buttons"))
        extension.setToolTip(_tr("More toolbar buttons"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScreenReader", text)


class ScreenReader(QObject):
    """The window's events for screen readers (see the module's docstring)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        article_view: QAbstractItemView,
        article_model: ArticleTableModel,
        library: Library,
        source_view: QAbstractItemView,
        browser: ArticleBrowser,
    ) -> None:
        super().__init__(window)
        self._status: QStatusBar = window.statusBar()
        self._list = article_view
        self._model = article_model
        self._browser = browser
        self._urgent: set[str] = set()
        self._pending = ""
        #: the parts of the status line as last shown ("new  ·  earlier")
        self._on_bar: set[str] = set()
        self._status.messageChanged.connect(self._on_status)
        message.global_bridge.error_raised.connect(self._on_error)
        self._say_timer = QTimer(self)
        self._say_timer.setSingleShot(True)
        self._say_timer.setInterval(0)
        self._say_timer.timeout.connect(self._say_status)
        # After the model's own slot: the rows say their new state by then.
        library.marked.connect(self._on_marked)
        for view in (article_view, source_view):
            view.installEventFilter(self)
        self._base_description = browser.accessibleDescription()
        browser.rendered.connect(self._describe_article)
        browser.marks_changed.connect(self._describe_article)
        browser.installEventFilter(self)
        self._hovered = ""
        browser.highlighted.connect(self._on_hover)
        self._describe_article()

    def detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            message.global_bridge.error_raised.disconnect(self._on_error)

    # -- the status bar ---------------------------------------------------------

    def _on_error(self, text: str, detail: str) -> None:
        # The notice shows the error in the status bar as "text: detail".
        self._urgent.update({text, f"{text}: {detail}"})
        announce(self._status, f"{text}: {detail}" if detail else text, urgent=True)

    def _on_status(self, text: str) -> None:
        """Every message shown, whoever showed it, said once (Qt already
        makes it the status bar's name, where a screen reader reads it again).

        A message that needs reading keeps its place behind newer ones
        ("new  ·  earlier") and comes back alone when they go: only a part
        that was not on the bar a moment ago is news to a listener.
        """
        parts = [part for part in text.split(SEPARATOR) if part]
        new = [part for part in parts if part not in self._on_bar]
        self._on_bar = set(parts)
        if new:
            self._pending = new[0]
            self._say_timer.start()  # after _on_error, which comes second for errors

    def _say_status(self) -> None:
        text, self._pending = self._pending, ""
        if not text:
            return
        if text in self._urgent:
            self._urgent.discard(text)  # already said, with priority
            return
        if text == self._hovered:
            return  # the address under the mouse: the link itself says it
        announce(self._status, text)
        if len(self._urgent) > 20:  # errors the status bar never showed
            self._urgent.clear()

    def _on_hover(self, url: QUrl) -> None:
        self._hovered = url.toDisplayString()

    # -- rows -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._browser:
            # Tab moves the browser's cursor onto a link, with no signal.
            key = event.key() if isinstance(event, QKeyEvent) else None
            if event.type() == QEvent.Type.KeyPress and key in _TAB_KEYS:
                QTimer.singleShot(0, self, self._on_link_focus)
            return False
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            view = watched
            # After Qt's own focus event for the list, which names only the list.
            QTimer.singleShot(0, self, lambda: self._report_current(view))
        return False

    def _report_current(self, view: QAbstractItemView) -> None:
        if not view.hasFocus() or not QAccessible.isActive():
            return
        current = view.currentIndex()
        if view is self._list and current.isValid():
            current = current.siblingAtColumn(Column.TITLE)  # the row, said whole
        cell = cell_interface(view, current)
        if cell is not None:
            _send(cell, QAccessible.Event.Focus)

    def _on_marked(self, ids: list[int], read: bool | None, starred: bool | None) -> None:
        """A row's new name (read) and the star's checked state (star)."""
        if not QAccessible.isActive():
            return
        # Qt has no "unread" state: the title's name says it (NameChanged).
        star_changed = starred is not None
        for article_id in ids[:_EVENTS_MAX]:
            row = self._model.row_of(article_id)
            if row is None:
                continue
            title = cell_interface(self._list, self._model.index(row, Column.TITLE))
            if title is not None:
                QAccessible.updateAccessibility(
                    QAccessibleEvent(title, QAccessible.Event.NameChanged)
                )
            star = cell_interface(self._list, self._model.index(row, Column.STAR))
            if star is not None and star_changed:
                changed = QAccessible.State()
                changed.checked = True
                QAccessible.updateAccessibility(QAccessibleStateChangeEvent(star, changed))
                QAccessible.updateAccessibility(
                    QAccessibleEvent(star, QAccessible.Event.NameChanged)
                )

    # -- the article ------------------------------------------------------------

    def _describe_article(self) -> None:
        """The article's links and highlights as a list in its description:
        Qt's text interface gives a screen reader neither (no Hypertext)."""
        browser = self._browser
        parts = [self._base_description]
        # The hint's command links ("Import files…") are not the article's.
        links = article_links(browser.document()) if browser.article is not None else []
        if links:
            listed = "; ".join(
                self.tr("{text} ({address})").format(text=text, address=address)
                if text and text != address
                else address
                for text, address in links[:_LINKS_LISTED]
            )
            more = len(links) - _LINKS_LISTED
            parts.append(self.tr("%n link(s): ", "", len(links)) + listed)
            if more > 0:
                parts.append(self.tr("and %n more", "", more))
        highlights = browser.marked_texts("highlights")
        if highlights:
            listed = "; ".join(f"“{text}”" for text in highlights[:_HIGHLIGHTS_LISTED])
            parts.append(self.tr("%n highlight(s): ", "", len(highlights)) + listed)
        text = ". ".join(parts)
        if text != browser.accessibleDescription():
            browser.setAccessibleDescription(text)

    def _on_link_focus(self) -> None:
        """Tab onto a link selects it: say where it goes, which the text does not."""
        cursor = self._browser.textCursor()
        if not cursor.hasSelection() or not self._browser.hasFocus():
            return
        inside = QTextCursor(cursor)
        inside.setPosition(cursor.selectionStart() + 1)
        href = inside.charFormat().anchorHref()
        if href:
            text = cursor.selectedText().strip()
            address = QUrl(href).toDisplayString()
            if QUrl(href).scheme() == ACTION_SCHEME:  # a command of the hint, not an address
                address, text = text, ""
            announce(
                self._browser,
                self.tr("Link: {text}, {address}").format(text=text, address=address)
                if text and text != address
                else self.tr("Link: {address}").format(address=address),
            )


def _send(cell: QAccessibleInterface, kind: QAccessible.Event) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(cell, kind))


def article_links(document: QTextDocument) -> list[tuple[str, str]]:
    """(text, address) of each link in ``document``, in reading order."""
    found: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                href = fmt.anchorHref() if fmt.isAnchor() else ""
                if href:
                    text = fragment.text().replace("\ufffc", "").strip()
                    href = QUrl(href).toDisplayString()  # read as shown, not %-encoded
                    if found and found[-1][1] == href:  # one link split by formatting
                        found[-1] = (f"{found[-1][0]} {text}".strip(), href)
                    else:
                        found.append((text, href))
            it += 1
        block = block.next()
    return found

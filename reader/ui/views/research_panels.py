"""Side panels of the research desk: the open article's highlights and notes, and its Info.

Docked beside the article (View ▸ Highlights and Notes, View ▸ Article Info),
hidden until asked for. The list is a model (QStandardItemModel) shown by a
QListView, as every list of the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Highlight
from reader.export.annotations import COLOURS

HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _explain_title_buttons(panel: QDockWidget) -> None:
    """Qt's two small buttons in a panel's title bar come without tooltips."""
    for name, tip in (
        (
            "qt_dockwidget_floatbutton",
            QCoreApplication.translate(
                "ResearchPanels", "Detach the panel from the window, or put it back"
            ),
        ),
        (
            "qt_dockwidget_closebutton",
            QCoreApplication.translate("ResearchPanels", "Close the panel"),
        ),
    ):
        button = panel.findChild(QAbstractButton, name)
        if button is not None:
            button.setToolTip(tip)


#: Below this window width the panels take at most PANEL_SHARE of it: at their
#: own 274 px, a 1024 px window in the wide layout left the article 290 px.
NARROW_WINDOW = 1280
PANEL_SHARE = 0.22


def fit_panels(window: QMainWindow, panels: list[QDockWidget]) -> None:
    """Size the docked panels that are open: side by side in height (left to Qt,
    the highlights' list took four fifths and Info showed three lines at
    1024×600), and narrow in a narrow window."""
    docked = [p for p in panels if not p.isHidden() and not p.isFloating()]
    if not docked:
        return
    area = window.dockWidgetArea(docked[0])
    if len(docked) > 1 and all(window.dockWidgetArea(p) == area for p in docked):
        half = max(1, sum(p.height() for p in docked) // len(docked))
        window.resizeDocks(docked, [half] * len(docked), Qt.Orientation.Vertical)
    if window.width() < NARROW_WINDOW:
        least = max(p.minimumSizeHint().width() for p in docked)
        width = max(least, int(window.width() * PANEL_SHARE))
        if docked[0].width() > width:
            window.resizeDocks(docked[:1], [width], Qt.Orientation.Horizontal)


class NotesPanel(QDockWidget):
    """The open article's highlights in reading order; a click shows one in the text."""

    #: highlight id
    chosen = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Highlights and Notes"), parent)
        self.setObjectName("notesPanel")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("notesList")
        self.view.setAccessibleName(self.tr("Highlights and notes of the article"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._emit(self.chosen))
        self.view.activated.connect(self._emit(self.chosen))
        self.empty = QLabel(
            self.tr("Select text in the article, then press h (Article ▸ Highlight Selection).")
        )
        self.empty.setWordWrap(True)
        edit = self.edit_button = QPushButton(self.tr("Edit Note…"))
        edit.clicked.connect(lambda: self._emit(self.edit_requested)(self.view.currentIndex()))
        edit.setToolTip(self.tr("Change the note and colour of the chosen highlight"))
        delete = self.delete_button = QPushButton(self.tr("Delete"))
        delete.setToolTip(self.tr("Delete the chosen highlight and its note"))
        delete.clicked.connect(lambda: self._emit(self.delete_requested)(self.view.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setWidget(body)
        _explain_title_buttons(self)
        # Enabled once a highlight is chosen: before, a click did nothing and said nothing.
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> Callable[[QModelIndex], None]:
        """A slot that sends the highlight id of a row on ``signal``."""

        def emit(index: QModelIndex) -> None:
            value = index.data(HIGHLIGHT_ID_ROLE) if index.isValid() else None
            if isinstance(value, int):
                signal.emit(value)

        return emit

    def show_highlights(self, highlights: list[Highlight], found: set[int]) -> None:
        """List them; one whose quote is no longer in the text says so."""
        current = self.view.currentIndex().data(HIGHLIGHT_ID_ROLE)
        self.model.clear()
        for item in highlights:
            text = f"“{item.quote}”"
            if item.note:
                text += f"\n{item.note}"
            if item.id not in found:
                text += "\n" + self.tr("(not found in the text)")
            row = QStandardItem(text)
            row.setData(item.id, HIGHLIGHT_ID_ROLE)
            row.setData(
                QColor(COLOURS.get(item.colour, COLOURS["yellow"])), Qt.ItemDataRole.DecorationRole
            )
            # Escaped: Qt reads a tooltip that looks like markup as rich text, and
            # an article's words may look like markup.
            row.setToolTip("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
            self.model.appendRow(row)
            if item.id == current:  # the one chosen stays chosen (a note was edited)
                self.view.setCurrentIndex(row.index())
        self.empty.setVisible(not highlights)
        self._update_buttons()


class InfoPanel(QDockWidget):
    """Where and when the open article was captured, its hash and its tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Article Info"), parent)
        self.setObjectName("infoPanel")
        self.text = QPlainTextEdit()
        self.text.setObjectName("infoText")
        self.text.setAccessibleName(self.tr("Article Info"))
        self.text.setReadOnly(True)
        # A SHA-256 is one long word: it wraps anywhere rather than scrolling sideways.
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setWidget(self.text)
        _explain_title_buttons(self)

    def show_info(self, lines: list[str]) -> None:
        self.text.setPlainText("\n".join(lines))

    def shown_text(self) -> str:
        return self.text.toPlainText()

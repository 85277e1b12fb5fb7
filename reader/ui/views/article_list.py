"""The article list view: a QTableView set up for 100,000 rows.

A table, not a tree: QTreeView lays out every row when its model resets
(calling the Python model a few times per row, about 2 s for 100,000 rows),
while QTableView with fixed row heights does nothing per row until it
paints one. Columns are sized by hand for the same reason: sizing to
contents would measure every row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.ui import theme
from reader.ui.models.article_model import SORT_KEYS, ArticleTableModel, Column
from reader.ui.views.snippet_delegate import SnippetDelegate

#: Selections larger than this are not carried across a reload: restoring
#: them would map every id to a row (Ctrl+A on 100,000 rows).
_KEEP_SELECTION_MAX = 5_000


class _StarDelegate(QStyledItemDelegate):
    """Draws the star in a color the list's palette leaves readable.

    The model says gold; on a white or high-contrast background gold can
    nearly vanish, so the color comes from :func:`theme.star_color`.

    Worked out once per palette, not per cell: the search for a readable
    shade was a tenth of the time a scroll step spent in Python (py-spy,
    10,000-article library), and every visible row paints a star cell.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors: dict[tuple[int, int], QColor] = {}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The view's colors, before the model's gold replaces the text color.
        base = option.palette.color(QPalette.ColorRole.Base).rgba()
        text = option.palette.color(QPalette.ColorRole.Text).rgba()
        color = self._colors.get((base, text))
        if color is None:
            if len(self._colors) > 16:  # themes switched back and forth
                self._colors.clear()
            color = self._colors[(base, text)] = theme.star_color(option.palette)
        super().initStyleOption(option, index)
        palette = QPalette(option.palette)  # the binding hands out a copy
        palette.setColor(QPalette.ColorRole.Text, color)
        option.palette = palette
        # The model gives the star a check state for screen readers; the
        # star itself shows it, so no check box is drawn.
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator


class _Header(QHeaderView):
    """A header whose arrow points the way the dates run: ▼ for newest first.

    Qt hands the style "sort up" for a descending order (the arrow of the
    largest value on top), which Fusion and most styles draw as ▲: readers
    took ▲ over a newest-first list for "oldest first".
    """

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        indicator = QStyleOptionHeader.SortIndicator
        if option.sortIndicator == indicator.SortUp:
            option.sortIndicator = indicator.SortDown
        elif option.sortIndicator == indicator.SortDown:
            option.sortIndicator = indicator.SortUp


class ArticleListView(QTableView):
    #: Return or a double-click on a row: open that article's original.
    open_requested = Signal(QModelIndex)

    def __init__(self, model: ArticleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._kept: tuple[list[int], int | None, int | None, int] | None = None
        self._to_top = False
        self._narrow = False
        self.setObjectName("articleView")
        self.setHorizontalHeader(_Header(Qt.Orientation.Horizontal))
        self.setAccessibleName(self.tr("Articles"))
        self.setAccessibleDescription(
            self.tr("The articles of the chosen source; Return opens the original")
        )
        self.setModel(model)
        self._star_delegate = _StarDelegate(self)
        self.setItemDelegateForColumn(Column.STAR, self._star_delegate)
        self._snippet_delegate = SnippetDelegate(self)
        self.setItemDelegateForColumn(Column.TITLE, self._snippet_delegate)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(Column.STAR, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.STAR, 28)
        header.resizeSection(Column.SOURCE, 110)
        header.resizeSection(Column.DATE, 130)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.sort_order: tuple[int, Qt.SortOrder] = (Column.DATE, Qt.SortOrder.DescendingOrder)
        model.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self._restore_place)
        self.doubleClicked.connect(self._on_double_click)

    def header_state(self) -> QByteArray:
        """The columns' state as in the stacked layout (the wide one hides a
        column only for as long as it lasts)."""
        narrow = self._narrow
        self.set_narrow(False)
        state = self.horizontalHeader().saveState()
        self.set_narrow(narrow)
        return state

    def restore_header(self, state: QByteArray) -> None:
        self.horizontalHeader().restoreState(state)
        self.set_narrow(self._narrow)

    def set_narrow(self, narrow: bool) -> None:
        """Beside the article (the wide layout) the list is a narrow column:
        the title gets the room, the source column goes (the article's header
        names it), and nothing scrolls sideways."""
        self._narrow = narrow
        self.setColumnHidden(Column.SOURCE, narrow)
        policy = Qt.ScrollBarPolicy
        self.setHorizontalScrollBarPolicy(
            policy.ScrollBarAlwaysOff if narrow else policy.ScrollBarAsNeeded
        )
        self.horizontalScrollBar().setValue(0)
        if narrow:
            date = self.fontMetrics().horizontalAdvance("2023-07-18 13:15") + 16
            self.horizontalHeader().resizeSection(Column.DATE, date)

    def start_sorting(self, column: int, order: Qt.SortOrder) -> None:
        """Show the saved order and let header clicks sort from now on."""
        self.sort_order = (column, order)
        self.horizontalHeader().setSortIndicator(column, order)
        self.setSortingEnabled(True)

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if section in SORT_KEYS:
            self.sort_order = (section, order)
            return
        # The star column has no order of its own: put the indicator back.
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.sort_order)
        header.blockSignals(False)

    # -- opening the original -------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_double_click(self, index: QModelIndex) -> None:
        # A double-click on the star is two clicks on the star, not a wish to
        # leave for the browser.
        if index.isValid() and index.column() != Column.STAR:
            self.open_requested.emit(index)

    # -- keeping the reader's place across a reload -----------------------------

    def _keep_place(self) -> None:
        """Remember the selected ids, the current one and the top row by id.

        A reload (another program imported, a refresh landed) resets the
        model; without this the selection and the scroll position would jump
        to the top under the reader's eyes.
        """
        model = self._model
        selection = self.selectionModel().selection()
        rows = sum(
            r.bottom() - r.top() + 1 for r in (selection.at(i) for i in range(selection.size()))
        )
        selected = (
            model.ids_in_rows(
                (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.size())
            )
            if rows <= _KEEP_SELECTION_MAX
            else []
        )
        # Another list (a new search, source or order) starts at its top: in
        # "newest first" the old place would show the oldest matches.
        self._to_top = model.new_list
        current = self.currentIndex()
        top_row = self.rowAt(0)
        offset = self.rowViewportPosition(top_row) if top_row >= 0 else 0
        self._kept = (
            selected,
            model.article_id(current.row()) if current.isValid() else None,
            model.article_id(top_row) if top_row >= 0 else None,
            offset,
        )

    def _restore_place(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        selected, current_id, top_id, offset = kept
        model = self._model
        top_row = model.row_of(top_id) if top_id is not None else None
        self._scroll_back(top_row, offset)
        current_row = model.row_of(current_id) if current_id is not None else None
        rows = sorted(r for aid in selected if (r := model.row_of(aid)) is not None)
        if current_row is None and not rows:
            return
        selection = QItemSelection()
        last = len(Column) - 1
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(model.index(start, 0), model.index(previous, last))
            start = previous = row
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.selectionModel()
        if current_row is not None:
            selection_model.setCurrentIndex(model.index(current_row, Column.TITLE), flags.NoUpdate)
            if top_row is None and not self._to_top:
                self.scrollTo(model.index(current_row, Column.TITLE))
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        # Again, last: making a row current scrolls to it when it is out of
        # sight (a short list, stacked on a small screen).
        self._scroll_back(top_row, offset)

    def _scroll_back(self, top_row: int | None, offset: int) -> None:
        if self._to_top:
            self.scrollToTop()
        elif top_row is not None:
            bar = self.verticalScrollBar()
            bar.setValue(top_row * self.verticalHeader().defaultSectionSize() - offset)

    # -- selection, in rows ---------------------------------------------------

    def is_row_selected(self, row: int) -> bool:
        return self.selectionModel().isRowSelected(row, QModelIndex())

    def go_to_row(self, row: int) -> None:
        """Make ``row`` the one current and selected row, and show it."""
        index = self.model().index(row, Column.TITLE)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

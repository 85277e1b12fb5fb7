"""The article list view: a QTableView set up for 100,000 rows.

A table, not a tree: QTreeView lays out every row when its model resets
(calling the Python model a few times per row, about 2 s for 100,000 rows),
while QTableView with fixed row heights does nothing per row until it
paints one. Columns are sized by hand for the same reason: sizing to
contents would measure every row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reader.ui.article_model import SORT_KEYS, ArticleTableModel, Column


class ArticleListView(QTableView):
    def __init__(self, model: ArticleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setModel(model)
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

    # -- selection, in rows ---------------------------------------------------

    def selected_ranges(self) -> list[tuple[int, int]]:
        """Selected rows as inclusive ``(top, bottom)`` ranges: Ctrl+A is one range."""
        selection = self.selectionModel().selection()
        return [(selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.size())]

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

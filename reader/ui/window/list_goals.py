"""Rows the window goes to once the list has loaded: the first result after
Down or Return in the search field, or an article just imported (the sample).

The list loads on a worker, so "go to the first result" cannot happen when
the key is pressed: it is remembered here and done when the rows arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

from reader.core.models import ArticleSummary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from reader.ui.models.article_model import ArticleTableModel
    from reader.ui.views.article_list import ArticleListView


class GoalsWindow(Protocol):
    """What the list's goals use of the window (which imports this module)."""

    @property
    def article_view(self) -> ArticleListView: ...

    @property
    def article_model(self) -> ArticleTableModel: ...

    @property
    def search_field(self) -> QLineEdit: ...

    def apply_query(self) -> None: ...


class ListGoals:
    def __init__(self, window: GoalsWindow) -> None:
        self._window = window
        self._first = False  # Down or Return in the search: go to its first row
        #: the article to open once the list holds it (the sample, just imported)
        self._wanted: Callable[[ArticleSummary], bool] | None = None

    def to_results(self, keep_choice: bool) -> None:
        """From the search field to its first result (Tab keeps a row already chosen)."""
        window = self._window
        window.apply_query()
        window.article_view.setFocus(Qt.FocusReason.TabFocusReason)
        if keep_choice and window.article_view.selectionModel().hasSelection():
            return
        self._first = True
        if not window.article_model.loading:
            self._go_to_first()

    def open_when_listed(self, wanted: Callable[[ArticleSummary], bool]) -> None:
        """Select and open the first article ``wanted`` picks once the list is loaded."""
        self._wanted = wanted

    def loaded(self) -> None:
        if self._first:
            self._go_to_first()
        if self._wanted is not None:
            self._open_wanted()

    def _go_to_first(self) -> None:
        self._first = False
        window = self._window
        if window.article_model.rowCount() > 0 and not window.search_field.hasFocus():
            window.article_view.go_to_row(0)

    def _open_wanted(self) -> None:
        wanted, self._wanted = self._wanted, None
        model = self._window.article_model
        for row in range(min(model.rowCount(), 500)):
            summary = model.summary(row)
            if summary is not None and wanted is not None and wanted(summary):
                self._window.article_view.go_to_row(row)
                self._window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return

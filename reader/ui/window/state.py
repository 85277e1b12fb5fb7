"""What the window remembers between runs: panes, columns, sort, zoom, appearance.

The values live in :class:`~reader.ui.settings.Settings`; this module moves
them to and from the widgets that show them, so the window's own code is
about reading, not bookkeeping. A saved sort on a column that no longer
sorts, or an appearance this version does not know, falls back to the
defaults rather than failing to start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from reader.ui import theme
from reader.ui.models.article_model import SORT_KEYS, ArticleTableModel, Column
from reader.ui.settings import Settings
from reader.ui.views.article_list import ArticleListView
from reader.ui.views.article_view import ArticleBrowser
from reader.ui.window.pane_layout import PaneLayout


def restore(
    settings: Settings,
    *,
    panes: PaneLayout,
    article_view: ArticleListView,
    article_model: ArticleTableModel,
    browser: ArticleBrowser,
    appearance_actions: dict[theme.Appearance, QAction],
) -> None:
    panes.restore()
    if (saved := settings.state("article_header")) is not None:
        article_view.restore_header(saved)
    column, descending = settings.sort
    if column not in SORT_KEYS:
        column, descending = Column.DATE, True
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    article_model.set_sort(SORT_KEYS[Column(column)], descending)
    article_view.start_sorting(column, order)
    browser.set_zoom(settings.zoom)
    browser.set_font_family(settings.font_family)  # the article font chosen in Settings
    try:
        appearance = theme.Appearance(settings.appearance)
    except ValueError:
        appearance = theme.Appearance.SYSTEM
    appearance_actions[appearance].setChecked(True)
    if appearance is not theme.Appearance.SYSTEM:
        theme.apply(appearance)


def save(
    settings: Settings,
    *,
    panes: PaneLayout,
    article_view: ArticleListView,
    browser: ArticleBrowser,
) -> None:
    panes.save()
    settings.set_state("article_header", article_view.header_state())
    column, order = article_view.sort_order
    settings.sort = (int(column), order == Qt.SortOrder.DescendingOrder)
    settings.zoom = browser.zoom
    settings.sync()

"""The search field on top of the article list it filters.

Not in the toolbar: on a small screen the toolbar hides what does not fit
behind a » button, and a search field must never be hidden. The texts keep
the main window's translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def search_field() -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("searchField")
    field.setClearButtonEnabled(True)
    field.setPlaceholderText(_tr("Search articles (Ctrl+F)"))
    # The placeholder disappears once typed over; a screen reader needs a
    # name that stays.
    field.setAccessibleName(_tr("Search articles"))
    field.setToolTip(
        _tr(
            'Words must all match; "a phrase"; -word excludes; OR widens. '
            "Accents and case do not matter; Chinese, Japanese and Korean need no spaces, "
            "and Simplified and Traditional characters find each other.\n"
            "title:word  source:name  tag:name  author:name  is:unread  is:starred  "
            "after:2024-05-01  before:2024-06"
        )
    )
    field.setMinimumWidth(160)
    return field


def order_choice() -> QComboBox:
    """Newest first or most relevant first, for a search (without one, the list's order)."""
    choice = QComboBox()
    choice.setObjectName("searchOrder")
    choice.addItem(_tr("Newest first"))
    choice.addItem(_tr("Most relevant"))
    choice.setAccessibleName(_tr("Order of the search results"))
    choice.setToolTip(
        _tr("Most relevant: the newest 2,000 results ranked by how well they match, then the rest")
    )
    # Not in the Tab order, which goes pane to pane: the keyboard has
    # View ▸ Most Relevant First.
    choice.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return choice


def list_pane(field: QLineEdit, article_list: QWidget) -> QWidget:
    pane = QWidget()
    pane.setObjectName("listPane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    row.setObjectName("searchRow")
    row.setSpacing(4)
    row.addWidget(field, 1)
    layout.addLayout(row)
    layout.addWidget(article_list)
    return pane


def add_order(pane: QWidget, order: QComboBox) -> None:
    """Put the order choice beside the search field, once the panes' Tab order is set.

    Added before, Qt's ``setTabOrder`` between the panes lost the article
    from the Tab order (Tab went from the list to the sources).
    """
    row = pane.findChild(QHBoxLayout, "searchRow")
    if row is not None:
        row.addWidget(order)

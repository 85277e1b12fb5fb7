"""The search field on top of the article list it filters.

Not in the toolbar: on a small screen the toolbar hides what does not fit
behind a » button, and a search field must never be hidden. The texts keep
the main window's translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget


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
            "Accents and case do not matter; Chinese, Japanese and Korean need no spaces."
        )
    )
    field.setMinimumWidth(160)
    return field


def list_pane(field: QLineEdit, article_list: QWidget) -> QWidget:
    pane = QWidget()
    pane.setObjectName("listPane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(article_list)
    return pane

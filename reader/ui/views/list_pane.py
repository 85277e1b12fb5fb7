"""The search field on top of the article list it filters.

Not in the toolbar: on a small screen the toolbar hides what does not fit
behind a » button, and a search field must never be hidden. The texts keep
the main window's translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class SearchField(QLineEdit):
    """The search field, with the keys out of it a reader expects.

    Typing a search and then ``j`` typed the ``j`` into the search: Down
    and Return go to the first result (:attr:`to_results`), Tab to the list
    (its first row current, opened by ``j`` or Space), Escape empties the field.
    """

    to_results = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = (
            event.key(),
            event.modifiers()
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ),
        )
        if plain and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)  # Return still emits returnPressed
            self.to_results.emit(False)
            return
        if plain and key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


def search_field() -> SearchField:
    field = SearchField()
    field.setObjectName("searchField")
    field.setClearButtonEnabled(True)
    field.setPlaceholderText(_tr("Search articles (/ or Ctrl+F)"))
    # The placeholder disappears once typed over; a screen reader needs a
    # name that stays.
    field.setAccessibleName(_tr("Search articles"))
    field.setToolTip(
        _tr(
            'Words must all match; "a phrase"; -word excludes; OR widens. '
            "Accents and case do not matter; Chinese, Japanese and Korean need no spaces, "
            "and Simplified and Traditional characters find each other.\n"
            "title:word  source:name  tag:name  author:name  is:unread  is:starred  "
            "after:2024-05-01  before:2024-06  after:yesterday  after:7d  before:2w\n"
            "Down or Return: to the results; Escape: clear the search"
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
        _tr(
            "Most relevant: the results with the words in their title first, "
            "then the rest, newest first in each"
        )
    )
    # Not in the Tab order, which goes pane to pane: the keyboard has
    # View ▸ Most Relevant First.
    choice.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return choice


def search_problem() -> QLabel:
    """Says under the field what in the search could not be read (a date)."""
    label = QLabel()
    label.setObjectName("searchProblem")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#searchProblem { color: palette(link); }")
    label.hide()
    return label


#: A date is said unreadable only after this pause in typing (ms): on the way
#: to ``after:2024-05`` the field holds ``after:2024-`` for a moment.
PROBLEM_DELAY = 700


def show_problem(label: QLabel, unreadable: list[str]) -> None:
    timer = label.findChild(QTimer, "searchProblemDelay")
    if timer is None:
        timer = QTimer(label)
        timer.setObjectName("searchProblemDelay")
        timer.setSingleShot(True)
        timer.setInterval(PROBLEM_DELAY)
        timer.timeout.connect(label.show)
    if not unreadable:
        timer.stop()
        label.hide()
        label.clear()
        return
    label.setText(
        _tr(
            "Not a date the search can read: {terms}. Dates are written 2024-05-01, 2024-05, "
            "today, yesterday, 7d, 2w or 3m (days, weeks, months back)."
        ).format(terms=", ".join(unreadable))
    )
    if not label.isVisible():
        timer.start()


def list_pane(field: QLineEdit, article_list: QWidget, problem: QLabel | None = None) -> QWidget:
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
    if problem is not None:
        layout.addWidget(problem)
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

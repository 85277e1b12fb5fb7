"""The line above the article that says which text is shown: full article or summary.

One click switches between them; when the article's page gave nothing, the
line says why and offers to try again; for a feed whose items are short it
suggests downloading the full articles. The texts live here, the decisions
in :mod:`reader.ui.controllers.fulltext_controller`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.core.content.render import format_date
from reader.core.fulltext.view import Shown, ShownArticle
from reader.ui.views.bar_layout import OneLineLabel, stack_when_narrow


class FullTextBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fullTextBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = OneLineLabel(self)
        self.label.setObjectName("fullTextBarText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        #: full article <-> the feed's summary
        self.switch = QToolButton(self)
        self.switch.setObjectName("fullTextSwitch")
        self.switch.setText(self.tr("Show the Full Article"))  # named before first shown
        #: "Download Full Article" (the action), after a failure
        self.retry = QToolButton(self)
        self.retry.setObjectName("fullTextRetry")
        #: turn the option on for a feed of short items
        self.suggest = QToolButton(self)
        self.suggest.setObjectName("fullTextSuggest")
        self.suggest.setText(self.tr("Download Full Articles for This Feed"))
        self.suggest.setToolTip(
            self.tr("From now on, this feed's refreshes also fetch each article's web page")
        )
        self.switch.setToolTip(
            self.tr("Switch between the full article, from its web page, and the feed's summary")
        )
        for button in (self.switch, self.retry, self.suggest):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.switch)
        layout.addWidget(self.retry)
        layout.addWidget(self.suggest)
        stack_when_narrow(self, layout, self.label)
        self.hide()

    def _only(self, *buttons: QToolButton) -> None:
        for button in (self.switch, self.retry, self.suggest):
            button.setVisible(button in buttons)
        self.show()

    def show_state(self, shown: ShownArticle) -> None:
        """Which text is shown, with the switch; or why the full article is missing."""
        if shown.has_full:
            assert shown.full is not None
            if shown.shown is Shown.FULL:
                when = format_date(shown.full.fetched) if shown.full.fetched else ""
                self.label.setText(
                    self.tr("Full article, downloaded from its page {when}.").format(when=when)
                )
                self.switch.setText(self.tr("Show the Feed's Summary"))
            else:
                self.label.setText(self.tr("The feed's summary is shown."))
                self.switch.setText(self.tr("Show the Full Article"))
            self._only(self.switch)
        elif shown.failure is not None:
            self.label.setText(
                self.tr("The feed's summary; the full article is not available: {reason}").format(
                    reason=shown.failure
                )
            )
            self._only(self.retry)
        else:
            self.hide()

    def show_suggestion(self, words: int) -> None:
        self.label.setText(
            self.tr(
                "This feed sends short summaries (about {words} words an item). Download "
                "the full articles to read them offline?"
            ).format(words=words)
        )
        self._only(self.suggest)

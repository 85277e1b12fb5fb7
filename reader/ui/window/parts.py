"""The window as its own helpers see it: what opening files and the view's
commands use of the main window, and nothing more.

:mod:`~reader.ui.window.opening` and :mod:`~reader.ui.window.view_commands`
were typed against the concrete :class:`~reader.ui.window.main_window.MainWindow`,
which imports them: a circle for the type checker, one refactor away from a
real one. Like :class:`reader.ui.controllers.host.WindowHost` for the
controllers, these protocols name the parts they use; the window satisfies
them structurally and nothing here imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStatusBar, QWidget

from reader.ui.controllers.feeds_controller import FeedsController
from reader.ui.controllers.import_controller import ImportController
from reader.ui.services.library import Library
from reader.ui.settings import Settings
from reader.ui.views.article_view import ArticleBrowser
from reader.ui.window.actions import Actions
from reader.ui.window.list_goals import ListGoals


class WindowBasics(Protocol):
    """What every helper uses: the window as a parent, its status bar, its commands."""

    @property
    def actions_(self) -> Actions: ...

    def dialog_parent(self) -> QWidget:
        """The window itself, as the parent of dialogs and the owner of helpers."""
        ...

    def statusBar(self) -> QStatusBar: ...


class OpeningWindow(WindowBasics, Protocol):
    """What :mod:`~reader.ui.window.opening` uses: files handed to the window."""

    @property
    def feeds(self) -> FeedsController: ...

    @property
    def importer(self) -> ImportController: ...

    @property
    def goals(self) -> ListGoals: ...

    @property
    def search_field(self) -> QLineEdit: ...

    def start_import(self, paths: list[str]) -> bool: ...

    def reload(self) -> None: ...

    def isMinimized(self) -> bool: ...

    def showNormal(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


class ViewWindow(WindowBasics, Protocol):
    """What :class:`~reader.ui.window.view_commands.ViewCommands` uses: zoom, look, help."""

    @property
    def library(self) -> Library: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def browser(self) -> ArticleBrowser: ...

    def actions(self) -> Sequence[QAction]: ...

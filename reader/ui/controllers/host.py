"""What a controller may use of the window it serves, and nothing more.

Controllers used to take the whole :class:`~reader.ui.window.main_window.MainWindow`
and reach into its attributes; the window imports the controllers, so that
was a circle in all but name. :class:`WindowHost` names the parts they work
with, typed by what they are, and the window satisfies it structurally: the
controllers import no window module, and a new dependency on the window
shows up here, in review, rather than as one more attribute reached for.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLineEdit, QStatusBar, QWidget

from reader.ui.models.article_model import ArticleTableModel
from reader.ui.models.source_model import NodeKey, SourceTreeModel
from reader.ui.services.library import Library
from reader.ui.settings import Settings
from reader.ui.theme import Appearance
from reader.ui.views.article_list import ArticleListView
from reader.ui.views.article_view import ArticleBrowser
from reader.ui.views.source_view import SourceTreeView


class ControllerActions(Protocol):
    """The window's commands that controllers carry out and enable."""

    # import
    import_files: QAction
    import_folder: QAction
    cancel_import: QAction
    # feeds
    add_feed: QAction
    refresh_all: QAction
    refresh_source: QAction
    edit_feed: QAction
    sync_accounts: QAction
    subscribe_in_account: QAction
    import_opml: QAction
    export_opml: QAction
    download_images: QAction
    auto_refresh: QActionGroup
    # export and print
    export_pdf: QAction
    print_articles: QAction
    # images
    load_images: QAction
    download_images_selection: QAction
    download_images_source: QAction
    download_images_library: QAction
    always_load_images: QAction
    open_settings: QAction
    # full articles
    download_full_article: QAction
    # the look (View > Appearance), also in Settings
    appearance_actions: dict[Appearance, QAction]
    # the research desk
    edit_tags: QAction
    highlight: QAction
    highlight_note: QAction
    show_notes: QAction
    article_info: QAction
    export_notes: QAction
    save_search: QAction
    rename_tag: QAction
    delete_tag: QAction
    rename_saved_search: QAction
    delete_saved_search: QAction


class WindowHost(Protocol):
    """The window, as its controllers see it."""

    @property
    def library(self) -> Library: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def actions_(self) -> ControllerActions: ...

    # What the reader looks at: the controllers follow the selection and
    # the open article; the images bar goes above the article view.
    @property
    def source_view(self) -> SourceTreeView: ...

    @property
    def source_model(self) -> SourceTreeModel: ...

    @property
    def article_view(self) -> ArticleListView: ...

    @property
    def article_model(self) -> ArticleTableModel: ...

    @property
    def browser(self) -> ArticleBrowser: ...

    def dialog_parent(self) -> QWidget:
        """Parent of the controllers' dialogs and status-bar widgets."""
        ...

    def status_bar(self) -> QStatusBar: ...

    def reload(self) -> None:
        """List and count again: the library changed under the window."""
        ...

    @property
    def search_field(self) -> QLineEdit: ...

    def selected_ids(self) -> list[int]:
        """The selected articles, or the open one when none is selected."""
        ...

    def show_new_source(self, key: NodeKey) -> None: ...

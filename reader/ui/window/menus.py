"""The menus, the toolbar and the article list's context menu, as tables.

Each menu is a title and a list of entries: an action's name in
:class:`~reader.ui.window.actions.Actions`, :data:`SEPARATOR`, or a submenu
filled from one of the action groups. Reading the table shows the menus as
the user sees them, and moving a command is moving one word. The titles keep
the main window's translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from reader.ui.i18n import without_mnemonic
from reader.ui.window.actions import Actions

SEPARATOR = "-"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


#: (title of a submenu, the action group that fills it)
Submenu = tuple[str, str]
Entry = str | Submenu


def menus() -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    """The menu bar: made when called, so the titles are in the language of
    the translators installed by then."""
    return (
        (_tr("&File"), (
            "import_files", "import_folder", "cancel_import", SEPARATOR,
            "save_page", "import_links", SEPARATOR,
            "import_opml", "export_opml", SEPARATOR,
            "quit",
        )),
        (_tr("&Article"), (
            "next_article", "previous_article", "page_down", SEPARATOR,
            "toggle_read", "mark_read", "mark_unread", "toggle_star", SEPARATOR,
            "open_original", "mark_all_read", "load_images", "download_full_article", SEPARATOR,
            "export_pdf", "print_articles", "export_web_archive", SEPARATOR,
            "edit_tags", "highlight", "highlight_note", "export_notes", SEPARATOR,
            "delete",
        )),
        (_tr("Fee&ds"), (
            "add_feed", "refresh_all", "refresh_source", "edit_feed", SEPARATOR,
            "sync_accounts", SEPARATOR,
            (_tr("Refresh A&utomatically"), "auto_refresh"),
            "download_images",
        )),
        (_tr("&View"), (
            "find", "by_relevance", "save_search", "reload", SEPARATOR,
            "show_notes", "article_info", SEPARATOR,
            (_tr("&Layout"), "layout"),
            "zoom_in", "zoom_out", "zoom_reset",
            (_tr("&Appearance"), "appearance"),
        )),
        (_tr("&Tools"), ("download_images_library", "open_settings")),
        (_tr("&Help"), ("shortcuts", "show_library_folder", SEPARATOR, "about", "about_qt")),
    )  # fmt: skip


TOOLBAR: tuple[str, ...] = (
    "import_files", "import_folder", "add_feed", "refresh_all", SEPARATOR,
    "toggle_read", "toggle_star", "delete", "export_pdf",
)  # fmt: skip

ARTICLE_MENU: tuple[str, ...] = (
    "open_original", "download_images_selection", "download_full_article", SEPARATOR,
    "toggle_read", "mark_read", "mark_unread", "toggle_star", SEPARATOR,
    "export_pdf", "print_articles", "export_web_archive", SEPARATOR,
    "edit_tags", "export_notes", SEPARATOR,
    "delete",
)  # fmt: skip


def _fill(target: QMenu | QToolBar, entries: tuple[Entry, ...], actions: Actions) -> None:
    for entry in entries:
        if entry == SEPARATOR:
            target.addSeparator()
        elif isinstance(entry, tuple):
            assert isinstance(target, QMenu)
            title, group_name = entry
            group = getattr(actions, group_name)
            assert isinstance(group, QActionGroup), group_name
            target.addMenu(title).addActions(group.actions())
        else:
            action = getattr(actions, entry)
            assert isinstance(action, QAction), entry
            target.addAction(action)


def build_menus(window: QMainWindow, actions: Actions) -> QToolBar:
    """Fill the window's menu bar and add its toolbar (returned)."""
    bar = window.menuBar()
    for title, entries in menus():
        _fill(bar.addMenu(title), entries, actions)
    toolbar = QToolBar(_tr("Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _fill(toolbar, TOOLBAR, actions)
    for action in toolbar.actions():
        # A button says "导入文件", not the menu's "导入文件(&I)…".
        action.setIconText(without_mnemonic(action.text()).removesuffix("…"))
    window.addToolBar(toolbar)
    return toolbar


def article_menu(parent: QWidget, actions: Actions) -> QMenu:
    """The article list's context menu; it deletes itself once closed."""
    menu = QMenu(parent)
    _fill(menu, ARTICLE_MENU, actions)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return menu

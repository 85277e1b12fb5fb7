"""Every command of the window as a QAction: one place for texts and keys.

Menus, the toolbar and context menus share these actions, so a key works
wherever the command is shown and is listed next to it. Single-letter keys
(j, k, s, m...) are window shortcuts; the search field takes letters as text
first, so typing there never triggers them.

The actions are a table, like the menus in :mod:`reader.ui.window.menus`:
one :class:`Spec` per command, one :class:`GroupSpec` per set of exclusive
choices, made in the order of the table (which is the order the shortcuts
dialog lists them in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from reader.ui import icons
from reader.ui.theme import Appearance


class Layout:
    """How the three panes stand: the list above the article, or side by side."""

    STACKED = "stacked"
    WIDE = "wide"


def _tr(text: str) -> str:
    # The context the actions have always been translated in (the class's own).
    return QCoreApplication.translate("Actions", text)


Key = str | QKeySequence.StandardKey
SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class Spec:
    """One command: the attribute of :class:`Actions` that holds it and how it looks.

    ``icon`` is a standard pixmap of the style or a function that draws one,
    called only when the action is made (a QIcon needs the application).
    """

    name: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    icon: SP | Callable[[], QIcon] | None = None
    checkable: bool = False
    enabled: bool = True


@dataclass(frozen=True)
class Choice:
    """One entry of a group: its data, and the key it is filed under in ``index``."""

    key: object
    data: object
    text: str
    tip: str = ""


@dataclass(frozen=True)
class GroupSpec:
    """Exclusive checkable choices (a submenu): the group's attribute, and
    optionally the attribute of a dict from each choice's key to its action."""

    name: str
    choices: tuple[Choice, ...]
    index: str = ""


def specs() -> tuple[Spec | GroupSpec, ...]:
    """The table: made when called, so the texts are in the language of the
    translators installed by then."""
    std = QKeySequence.StandardKey
    return (
        Spec("import_files", _tr("&Import Files…"), (std.Open,),
             _tr("Import saved article dumps or feed files"), SP.SP_DialogOpenButton),
        Spec("import_folder", _tr("Import &Folder…"), ("Ctrl+Shift+O",),
             _tr("Import every dump in a folder and its subfolders"), SP.SP_DirOpenIcon),
        Spec("cancel_import", _tr("&Cancel Import"), tip=_tr("Stop the running import"),
             enabled=False),
        # Web pages kept as evidence (issue 28): reader/ui/controllers/capture_controller.py.
        Spec("save_page", _tr("Save &Web Page…"), ("Ctrl+Shift+S",),
             _tr("Save a web page for offline reading, with a capture of what the server sent")),
        Spec("import_links", _tr("Import &Links…"), tip=_tr(
            "Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list")),
        Spec("export_web_archive", _tr("E&xport as Web Archive…"),
             tip=_tr("Write the captures of the selected pages as a WACZ web archive")),
        Spec("quit", _tr("&Quit"), (std.Quit,)),
        Spec("next_article", _tr("&Next Article"), ("J", "N"), _tr("Go to the next article")),
        Spec("previous_article", _tr("Pre&vious Article"), ("K", "P"),
             _tr("Go to the previous article")),
        Spec("page_down", _tr("Page Down or Next"), ("Space",),
             _tr("Scroll the article; at its end, go to the next one")),
        Spec("toggle_read", _tr("Toggle &Read"), ("M",),
             _tr("Mark the selected articles read or unread"), icons.dot_icon),
        Spec("mark_read", _tr("Mar&k as Read")),
        Spec("mark_unread", _tr("Mark as &Unread")),
        Spec("toggle_star", _tr("Toggle &Star"), ("S",),
             _tr("Star or unstar the selected articles"), lambda: icons.star_icon(True)),
        Spec("delete", _tr("&Delete Articles"), (std.Delete,),
             _tr("Delete the selected articles from the library"), SP.SP_TrashIcon),
        Spec("open_original", _tr("Open &Original in Browser"), ("Ctrl+Return",),
             _tr("Open the article's web address in the system browser")),
        Spec("mark_all_read", _tr("Mark &All as Read"), ("Ctrl+Shift+R",),
             _tr("Mark every article in the list as read")),
        # F5 refreshes the feeds, as in other readers.
        Spec("reload", _tr("R&eload"), ("Ctrl+R",)),
        Spec("find", _tr("&Search"), (std.Find, "/")),
        Spec("by_relevance", _tr("Most Relevant &First"),
             tip=_tr("Search results ranked by how well they match, not newest first"),
             checkable=True),
        Spec("zoom_in", _tr("Zoom &In"), ("Ctrl+=", std.ZoomIn)),
        Spec("zoom_out", _tr("Zoom &Out"), (std.ZoomOut,)),
        Spec("zoom_reset", _tr("&Reset Zoom"), ("Ctrl+0",)),
        GroupSpec("appearance", (
            Choice(Appearance.SYSTEM, Appearance.SYSTEM.value, _tr("Like the &System")),
            Choice(Appearance.LIGHT, Appearance.LIGHT.value, _tr("&Light")),
            Choice(Appearance.DARK, Appearance.DARK.value, _tr("&Dark")),
        ), index="appearance_actions"),
        GroupSpec("layout", (
            Choice(Layout.STACKED, Layout.STACKED, _tr("&Stacked"),
                   _tr("The article below the list")),
            Choice(Layout.WIDE, Layout.WIDE, _tr("&Wide"),
                   _tr("Sources, list and article side by side")),
        ), index="layout_actions"),
        Spec("rename_source", _tr("&Rename…")),
        Spec("move_source", _tr("&Move to Folder…")),
        Spec("delete_source", _tr("&Delete Source…")),
        Spec("rename_folder", _tr("Rename &Folder…")),
        Spec("shortcuts", _tr("&Keyboard Shortcuts"), (std.HelpContents,),
             _tr("Every key the window knows")),
        Spec("show_library_folder", _tr("Show &Library Folder"),
             tip=_tr("Open the folder that holds the library")),
        Spec("about", _tr("&About Offline Reader")),
        Spec("about_qt", _tr("About &Qt")),
        # -- feeds (issue #4) ---------------------------------------------------
        Spec("add_feed", _tr("&Add Feed…"), ("Ctrl+Shift+A",),
             _tr("Subscribe to a feed: paste a site or feed address"),
             SP.SP_FileDialogNewFolder),
        Spec("refresh_all", _tr("&Refresh All Feeds"), ("F5",),
             _tr("Fetch new articles from every feed, in the background"),
             SP.SP_BrowserReload),
        Spec("refresh_source", _tr("Re&fresh Feed"), tip=_tr("Fetch new articles from this feed")),
        Spec("edit_feed", _tr("&Edit Feed…"), tip=_tr("Title, address, folder and password")),
        # Sync accounts (issue #14): reader.ui.controllers.sync_controller carries them out.
        Spec("sync_accounts", _tr("S&ync Accounts"),
             tip=_tr("Send what you read here and fetch what is new, now")),
        Spec("subscribe_in_account", _tr("&Subscribe in Account…"),
             tip=_tr("Subscribe the account to a feed on its server")),
        Spec("import_opml", _tr("Import &OPML…"),
             tip=_tr("Subscribe to the feeds of an OPML file")),
        Spec("export_opml", _tr("&Export OPML…"), tip=_tr("Save every subscription as OPML")),
        Spec("download_images", _tr("Download &Images When Refreshing"), checkable=True),
        GroupSpec("auto_refresh", tuple(
            Choice(minutes, minutes, text) for minutes, text in (
                (0, _tr("&Off")),
                (15, _tr("Every &15 Minutes")),
                (30, _tr("Every &30 Minutes")),
                (60, _tr("Every &Hour")),
                (120, _tr("Every &2 Hours")),
                (360, _tr("Every &6 Hours")),
            )
        )),
        # Export and print (issue #5); reader.ui.controllers.export_controller enables them.
        Spec("export_pdf", _tr("&Export to PDF…"), ("Ctrl+Shift+E",),
             _tr("Save the selected articles as PDF: one file, or one per article"),
             SP.SP_DialogSaveButton),
        Spec("print_articles", _tr("&Print…"), (std.Print,), _tr("Print the selected articles")),
        # Images (issue #6): nothing is fetched unless one of these asks.
        Spec("load_images", _tr("&Load Images for This Article"), ("Ctrl+Shift+I",),
             _tr("Download this article's missing images into the library")),
        Spec("download_images_selection", _tr("Download &Images for Offline Reading"),
             tip=_tr("Download the images of the selected articles into the library")),
        Spec("download_images_source", _tr("Download &Images for Offline Reading"),
             tip=_tr("Download the images of this source's articles into the library")),
        Spec("download_images_library", _tr("Download All &Images for Offline Reading"),
             tip=_tr("Download the missing images of every article into the library")),
        Spec("always_load_images", _tr("Always &Load Images"),
             tip=_tr("Opening an article of this source downloads its missing images"),
             checkable=True),
        Spec("open_settings", _tr("&Settings…"), ("Ctrl+,",)),
        # Full articles (issue #15): reader.ui.controllers.fulltext_controller runs it.
        Spec("download_full_article", _tr("Download &Full Article"),
             tip=_tr("Fetch the selected articles' web pages and keep the whole articles")),
        # The research desk: tags, highlights and notes, saved searches, provenance.
        Spec("edit_tags", _tr("&Tags…"), ("T",), _tr("Add or remove tags")),
        Spec("highlight", _tr("&Highlight Selection"), ("H",), _tr("Highlight the selected text")),
        Spec("highlight_note", _tr("Highlight &with Note…"), ("Shift+H",),
             _tr("Highlight the selected text and add a note")),
        Spec("show_notes", _tr("Highlights and &Notes"), ("Ctrl+Shift+N",), checkable=True),
        Spec("article_info", _tr("Ar&ticle Info"), ("Ctrl+I",),
             _tr("Where and when it was captured"), checkable=True),
        Spec("export_notes", _tr("Export Notes as &Markdown…"),
             tip=_tr("The highlights and notes of the selected articles")),
        Spec("save_search", _tr("Sa&ve Search…"), ("Ctrl+Shift+F",),
             _tr("Keep this search in the sources"), icons.bookmark_icon),
        Spec("rename_tag", _tr("&Rename Tag…")),
        Spec("delete_tag", _tr("&Delete Tag")),
        Spec("rename_saved_search", _tr("&Rename Saved Search…")),
        Spec("delete_saved_search", _tr("&Delete Saved Search")),
    )  # fmt: skip


def _action(window: QWidget, spec: Spec) -> QAction:
    action = QAction(spec.text, window)
    keys = [QKeySequence(k) for k in spec.keys]
    if keys:
        action.setShortcuts(keys)
    if spec.tip:
        action.setStatusTip(spec.tip)
        native = QKeySequence.SequenceFormat.NativeText
        action.setToolTip(f"{spec.tip} ({keys[0].toString(native)})" if keys else spec.tip)
    if isinstance(spec.icon, SP):
        action.setIcon(QApplication.style().standardIcon(spec.icon))
    elif spec.icon is not None:
        action.setIcon(spec.icon())
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    window.addAction(action)
    return action


def _group(window: QWidget, spec: GroupSpec) -> tuple[QActionGroup, dict[object, QAction]]:
    group = QActionGroup(window)
    group.setExclusive(True)
    index: dict[object, QAction] = {}
    for choice in spec.choices:
        action = QAction(choice.text, window)
        action.setCheckable(True)
        action.setData(choice.data)
        if choice.tip:
            action.setStatusTip(choice.tip)
        group.addAction(action)
        index[choice.key] = action
    return group, index


class Actions(QObject):
    """The window's actions, by name; the attributes below are made from :func:`specs`."""

    import_files: QAction
    import_folder: QAction
    cancel_import: QAction
    save_page: QAction
    import_links: QAction
    export_web_archive: QAction
    quit: QAction
    next_article: QAction
    previous_article: QAction
    page_down: QAction
    toggle_read: QAction
    mark_read: QAction
    mark_unread: QAction
    toggle_star: QAction
    delete: QAction
    open_original: QAction
    mark_all_read: QAction
    reload: QAction
    find: QAction
    by_relevance: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    appearance: QActionGroup
    appearance_actions: dict[Appearance, QAction]
    layout: QActionGroup
    layout_actions: dict[str, QAction]
    rename_source: QAction
    move_source: QAction
    delete_source: QAction
    rename_folder: QAction
    shortcuts: QAction
    show_library_folder: QAction
    about: QAction
    about_qt: QAction
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
    export_pdf: QAction
    print_articles: QAction
    load_images: QAction
    download_images_selection: QAction
    download_images_source: QAction
    download_images_library: QAction
    always_load_images: QAction
    open_settings: QAction
    download_full_article: QAction
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

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for spec in specs():
            if isinstance(spec, Spec):
                setattr(self, spec.name, _action(window, spec))
                continue
            group, index = _group(window, spec)
            setattr(self, spec.name, group)
            if spec.index:
                setattr(self, spec.index, index)

    def article_actions(self) -> list[QAction]:
        """Those that need an article selected."""
        return [
            self.toggle_read,
            self.mark_read,
            self.mark_unread,
            self.toggle_star,
            self.delete,
            self.open_original,
            self.download_full_article,
            self.edit_tags,
            self.export_notes,
        ]

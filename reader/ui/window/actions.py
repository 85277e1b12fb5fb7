"""Every command of the window as a QAction: one place for texts and keys.

Menus, the toolbar and context menus share these actions, so a key works
wherever the command is shown and is listed next to it. Single-letter keys
(j, k, s, m...) are window shortcuts; the search field takes letters as text
first, so typing there never triggers them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from reader.ui import icons
from reader.ui.theme import Appearance


class Layout:
    """How the three panes stand: the list above the article, or side by side."""

    STACKED = "stacked"
    WIDE = "wide"


def _keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys]


class Actions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = QApplication.style()
        sp = QStyle.StandardPixmap

        def make(
            text: str,
            keys: list[QKeySequence] | None = None,
            tip: str = "",
            icon: QIcon | None = None,
        ) -> QAction:
            action = QAction(text, window)
            if keys:
                action.setShortcuts(keys)
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(
                    f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
                    if keys
                    else tip
                )
            if icon is not None:
                action.setIcon(icon)
            window.addAction(action)
            return action

        tr = self.tr
        self.import_files = make(
            tr("&Import Files…"),
            _keys(QKeySequence.StandardKey.Open),
            tr("Import saved article dumps or feed files"),
            style.standardIcon(sp.SP_DialogOpenButton),
        )
        self.import_folder = make(
            tr("Import &Folder…"),
            _keys("Ctrl+Shift+O"),
            tr("Import every dump in a folder and its subfolders"),
            style.standardIcon(sp.SP_DirOpenIcon),
        )
        self.cancel_import = make(tr("&Cancel Import"), tip=tr("Stop the running import"))
        # Web pages kept as evidence (issue 28): reader/ui/controllers/capture_controller.py.
        self.save_page = make(
            tr("Save &Web Page…"),
            _keys("Ctrl+Shift+S"),
            tr("Save a web page for offline reading, with a capture of what the server sent"),
        )
        self.import_links = make(
            tr("Import &Links…"),
            tip=tr("Move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list"),
        )
        self.export_web_archive = make(
            tr("E&xport as Web Archive…"),
            tip=tr("Write the captures of the selected pages as a WACZ web archive"),
        )
        self.cancel_import.setEnabled(False)
        self.quit = make(tr("&Quit"), _keys(QKeySequence.StandardKey.Quit))

        self.next_article = make(tr("&Next Article"), _keys("J", "N"), tr("Go to the next article"))
        self.previous_article = make(
            tr("Pre&vious Article"), _keys("K", "P"), tr("Go to the previous article")
        )
        self.page_down = make(
            tr("Page Down or Next"),
            _keys("Space"),
            tr("Scroll the article; at its end, go to the next one"),
        )
        self.toggle_read = make(
            tr("Toggle &Read"),
            _keys("M"),
            tr("Mark the selected articles read or unread"),
            icons.dot_icon(),
        )
        self.mark_read = make(tr("Mar&k as Read"))
        self.mark_unread = make(tr("Mark as &Unread"))
        self.toggle_star = make(
            tr("Toggle &Star"), _keys("S"), tr("Star or unstar the selected articles"),
            icons.star_icon(True),
        )  # fmt: skip
        self.delete = make(
            tr("&Delete Articles"),
            _keys(QKeySequence.StandardKey.Delete),
            tr("Delete the selected articles from the library"),
            style.standardIcon(sp.SP_TrashIcon),
        )
        self.open_original = make(
            tr("Open &Original in Browser"),
            _keys("Ctrl+Return"),
            tr("Open the article's web address in the system browser"),
        )
        self.mark_all_read = make(
            tr("Mark &All as Read"),
            _keys("Ctrl+Shift+R"),
            tr("Mark every article in the list as read"),
        )
        self.reload = make(tr("R&eload"), _keys(QKeySequence.StandardKey.Refresh))
        self.find = make(tr("&Search"), _keys(QKeySequence.StandardKey.Find, "/"))
        self.by_relevance = make(
            tr("Most Relevant &First"),
            tip=tr("Search results ranked by how well they match, not newest first"),
        )
        self.by_relevance.setCheckable(True)

        self.zoom_in = make(tr("Zoom &In"), _keys("Ctrl+=", QKeySequence.StandardKey.ZoomIn))
        self.zoom_out = make(tr("Zoom &Out"), _keys(QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset = make(tr("&Reset Zoom"), _keys("Ctrl+0"))

        self.appearance = QActionGroup(window)
        self.appearance.setExclusive(True)
        self.appearance_actions: dict[Appearance, QAction] = {}
        for value, text in (
            (Appearance.SYSTEM, tr("Like the &System")),
            (Appearance.LIGHT, tr("&Light")),
            (Appearance.DARK, tr("&Dark")),
        ):
            action = QAction(text, window)
            action.setCheckable(True)
            action.setData(value.value)
            self.appearance.addAction(action)
            self.appearance_actions[value] = action

        self.layout = QActionGroup(window)
        self.layout.setExclusive(True)
        self.layout_actions: dict[str, QAction] = {}
        for name, text, tip in (
            (Layout.STACKED, tr("&Stacked"), tr("The article below the list")),
            (Layout.WIDE, tr("&Wide"), tr("Sources, list and article side by side")),
        ):
            action = QAction(text, window)
            action.setCheckable(True)
            action.setData(name)
            action.setStatusTip(tip)
            self.layout.addAction(action)
            self.layout_actions[name] = action

        self.rename_source = make(tr("&Rename…"))
        self.move_source = make(tr("&Move to Folder…"))
        self.delete_source = make(tr("&Delete Source…"))
        self.rename_folder = make(tr("Rename &Folder…"))

        self.shortcuts = make(
            tr("&Keyboard Shortcuts"),
            _keys(QKeySequence.StandardKey.HelpContents),
            tr("Every key the window knows"),
        )
        self.show_library_folder = make(
            tr("Show &Library Folder"), tip=tr("Open the folder that holds the library")
        )
        self.about = make(tr("&About Offline Reader"))
        self.about_qt = make(tr("About &Qt"))

        # -- feeds (issue #4) ---------------------------------------------------
        self.add_feed = make(
            tr("&Add Feed…"),
            _keys("Ctrl+Shift+A"),
            tr("Subscribe to a feed: paste a site or feed address"),
            style.standardIcon(sp.SP_FileDialogNewFolder),
        )
        self.refresh_all = make(
            tr("&Refresh All Feeds"),
            _keys("F5"),
            tr("Fetch new articles from every feed, in the background"),
            style.standardIcon(sp.SP_BrowserReload),
        )
        self.reload.setShortcuts(_keys("Ctrl+R"))  # F5 refreshes the feeds, as in other readers
        self.refresh_source = make(tr("Re&fresh Feed"), tip=tr("Fetch new articles from this feed"))
        self.edit_feed = make(tr("&Edit Feed…"), tip=tr("Title, address, folder and password"))
        # Sync accounts (issue #14): reader.ui.controllers.sync_controller carries them out.
        self.sync_accounts = make(
            tr("S&ync Accounts"), tip=tr("Send what you read here and fetch what is new, now")
        )
        self.subscribe_in_account = make(
            tr("&Subscribe in Account…"), tip=tr("Subscribe the account to a feed on its server")
        )
        self.import_opml = make(
            tr("Import &OPML…"), tip=tr("Subscribe to the feeds of an OPML file")
        )
        self.export_opml = make(tr("&Export OPML…"), tip=tr("Save every subscription as OPML"))
        self.download_images = make(tr("Download &Images When Refreshing"))
        self.download_images.setCheckable(True)
        self.auto_refresh = QActionGroup(window)
        self.auto_refresh.setExclusive(True)
        for minutes, text in (
            (0, tr("&Off")),
            (15, tr("Every &15 Minutes")),
            (30, tr("Every &30 Minutes")),
            (60, tr("Every &Hour")),
            (120, tr("Every &2 Hours")),
            (360, tr("Every &6 Hours")),
        ):
            action = QAction(text, window)
            action.setCheckable(True)
            action.setData(minutes)
            self.auto_refresh.addAction(action)
        # Export and print (issue #5); reader.ui.controllers.export_controller enables them.
        self.export_pdf = make(
            tr("&Export to PDF…"),
            _keys("Ctrl+Shift+E"),
            tr("Save the selected articles as PDF: one file, or one per article"),
            style.standardIcon(sp.SP_DialogSaveButton),
        )
        self.print_articles = make(
            tr("&Print…"), _keys(QKeySequence.StandardKey.Print), tr("Print the selected articles")
        )
        # Images (issue #6): nothing is fetched unless one of these asks.
        self.load_images = make(
            tr("&Load Images for This Article"),
            _keys("Ctrl+Shift+I"),
            tr("Download this article's missing images into the library"),
        )
        self.download_images_selection = make(
            tr("Download &Images for Offline Reading"),
            tip=tr("Download the images of the selected articles into the library"),
        )
        self.download_images_source = make(
            tr("Download &Images for Offline Reading"),
            tip=tr("Download the images of this source's articles into the library"),
        )
        self.download_images_library = make(
            tr("Download All &Images for Offline Reading"),
            tip=tr("Download the missing images of every article into the library"),
        )
        self.always_load_images = make(
            tr("Always &Load Images"),
            tip=tr("Opening an article of this source downloads its missing images"),
        )
        self.always_load_images.setCheckable(True)
        self.open_settings = make(tr("&Settings…"), _keys("Ctrl+,"))
        # Full articles (issue #15): reader.ui.controllers.fulltext_controller runs it.
        self.download_full_article = make(
            tr("Download &Full Article"),
            tip=tr("Fetch the selected articles' web pages and keep the whole articles"),
        )

        # The research desk: tags, highlights and notes, saved searches, provenance.
        self.edit_tags = make(tr("&Tags…"), _keys("T"), tr("Add or remove tags"))
        self.highlight = make(
            tr("&Highlight Selection"), _keys("H"), tr("Highlight the selected text")
        )
        self.highlight_note = make(
            tr("Highlight &with Note…"),
            _keys("Shift+H"),
            tr("Highlight the selected text and add a note"),
        )
        self.show_notes = make(tr("Highlights and &Notes"), _keys("Ctrl+Shift+N"))
        self.show_notes.setCheckable(True)
        self.article_info = make(
            tr("Ar&ticle Info"), _keys("Ctrl+I"), tr("Where and when it was captured")
        )
        self.article_info.setCheckable(True)
        self.export_notes = make(
            tr("Export Notes as &Markdown…"),
            tip=tr("The highlights and notes of the selected articles"),
        )
        self.save_search = make(
            tr("Sa&ve Search…"),
            _keys("Ctrl+Shift+F"),
            tr("Keep this search in the sources"),
            icons.bookmark_icon(),
        )
        self.rename_tag = make(tr("&Rename Tag…"))
        self.delete_tag = make(tr("&Delete Tag"))
        self.rename_saved_search = make(tr("&Rename Saved Search…"))
        self.delete_saved_search = make(tr("&Delete Saved Search"))

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

"""The window's commands about how things look and where help is: zoom,
appearance, the shortcuts list, the library folder, About, and what the
status bar says about links.

They change no article and no library, so they live apart from the main
window, which keeps what the reader is reading; the window creates one
:class:`ViewCommands` and delegates to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from reader.ui import message, theme
from reader.ui.dialogs.about import show_about
from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from reader.ui.settings import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN

if TYPE_CHECKING:
    from reader.ui.window.parts import ViewWindow

ZOOM_STEP = 10


class ViewCommands(QObject):
    def __init__(self, window: ViewWindow) -> None:
        super().__init__(window.dialog_parent())
        self._window = window
        self.shortcuts_dialog: ShortcutsDialog | None = None
        a = window.actions_
        a.zoom_in.triggered.connect(lambda: self.set_zoom(window.browser.zoom + ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(window.browser.zoom - ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(ZOOM_DEFAULT))
        a.appearance.triggered.connect(
            lambda action: self.set_appearance(theme.Appearance(action.data()))
        )
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.show_library_folder.triggered.connect(self.show_library_folder)
        a.about.triggered.connect(
            lambda: show_about(
                window.dialog_parent(), library=window.library.path, log=message.log_file()
            )
        )
        a.about_qt.triggered.connect(QApplication.aboutQt)
        window.browser.highlighted.connect(self._on_link_hovered)
        window.browser.link_refused.connect(self._on_link_refused)

    def set_zoom(self, percent: int) -> None:
        window = self._window
        percent = max(ZOOM_MIN, min(ZOOM_MAX, percent))
        window.browser.set_zoom(percent)
        window.settings.zoom = percent
        window.statusBar().showMessage(self.tr("Zoom: {percent}%").format(percent=percent), 2000)

    def set_appearance(self, appearance: theme.Appearance) -> None:
        theme.apply(appearance)
        self._window.settings.appearance = appearance.value
        self._window.actions_.appearance_actions[appearance].setChecked(True)

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(
                list(self._window.actions()), self._window.dialog_parent()
            )
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def show_library_folder(self) -> None:
        """In the system's file manager, through the same opener as links."""
        folder = Path(self._window.library.path).resolve().parent
        self._window.browser.opener(QUrl.fromLocalFile(str(folder)))

    def _on_link_hovered(self, url: QUrl) -> None:
        bar = self._window.statusBar()
        if url.isEmpty():
            bar.clearMessage()
        else:
            bar.showMessage(url.toDisplayString())

    def _on_link_refused(self, url: QUrl) -> None:
        message.keep_out_of_log(url.toDisplayString())  # an article's link: not in the log
        message.info(
            self.tr("Not opened: {url} (only web and e-mail links open)").format(
                url=url.toDisplayString()
            )
        )

"""The Settings dialog's pages other than the image cache.

Each page shows the current value and hands back what the user chose; the
dialog applies the choices on OK, through the same menu actions as
View ▸ Appearance and Feeds ▸ Refresh Automatically, so menu and dialog
never disagree. The article's font is the exception: it is shown live (the
dialog puts the old one back on Cancel), since a font is chosen by looking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from reader.core.library import copy_library
from reader.ui import theme
from reader.ui.i18n import without_mnemonic
from reader.ui.services.library import Library
from reader.ui.settings import ZOOM_MAX, ZOOM_MIN, Settings

#: The languages the interface speaks, each named in itself (a reader who
#: cannot read the current language still finds their own).
LANGUAGES = (("en", "English"), ("fr", "Français"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))


class SettingsActions(Protocol):
    """The window's menu actions whose settings the dialog shows too."""

    download_images: QAction
    auto_refresh: QActionGroup
    appearance_actions: dict[theme.Appearance, QAction]


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class LibraryPage(QWidget):
    """Where the library is, and Move Library…: a checked copy used from the next start."""

    #: the copy is made and checked and the setting points at it (its path)
    moved = Signal(str)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        opener: Callable[[QUrl], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._opener = opener
        self.copying = False
        self.done_box: QMessageBox | None = None
        self.location = QLineEdit(str(Path(library.path).resolve()), self)
        self.location.setObjectName("libraryLocation")
        self.location.setReadOnly(True)
        self.show_button = QPushButton(self.tr("Show in File Manager"), self)
        self.show_button.setObjectName("showLibraryFolder")
        self.show_button.clicked.connect(self.show_folder)
        self.move_button = QPushButton(self.tr("Move Library…"), self)
        self.move_button.setObjectName("moveLibrary")
        self.move_button.clicked.connect(self.choose_folder)
        self.status = _note(
            self.tr(
                "Move Library copies the library to another folder and checks the copy. "
                "Offline Reader uses it from its next start; the old file stays where it is."
            ),
            self,
        )
        self.status.setObjectName("moveLibraryStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow("", buttons)
        form.addRow(self.status)

    def show_folder(self) -> None:
        self._opener(QUrl.fromLocalFile(str(Path(self._library.path).resolve().parent)))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Move Library To"), str(Path(self._library.path).resolve().parent)
        )
        if folder:
            self.move_to(folder)

    def move_to(self, folder: str) -> None:
        """Copy the library into ``folder`` on a worker, then save the new place."""
        source = self._library.path
        self.copying = True
        self.move_button.setEnabled(False)
        self.status.setText(self.tr("Copying the library to {folder}…").format(folder=folder))

        def failed() -> None:
            self.copying = False
            self.move_button.setEnabled(True)
            self.status.setText(self.tr("The library was not moved."))

        self._library.run(
            lambda: copy_library(source, folder),
            self._copied,
            failure_text=self.tr("Could not move the library"),
            on_error=failed,
        )

    def _copied(self, target: Path) -> None:
        self.copying = False
        self.move_button.setEnabled(True)
        self._settings.library_path = str(target)
        self._settings.sync()
        text = self.tr(
            "The library was copied to {new} and checked. Restart Offline Reader to use it. "
            "The old file, {old}, is left in place: delete it once you have seen your "
            "articles in the new one."
        ).format(new=target, old=Path(self._library.path).resolve())
        self.status.setText(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Library Moved"), text)
        box.setParent(self, box.windowFlags())
        box.open()
        self.done_box = box
        self.moved.emit(str(target))


class LanguagePage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.choice.setObjectName("language")
        self.choice.addItem(self.tr("Automatic (the system's language)"), "")
        for code, name in LANGUAGES:
            self.choice.addItem(name, code)
        found = self.choice.findData(settings.language)
        self.choice.setCurrentIndex(max(0, found))
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.choice)
        form.addRow(_note(self.tr("The new language is used from the next start."), self))

    @property
    def value(self) -> str:
        return str(self.choice.currentData())


class AppearancePage(QWidget):
    def __init__(
        self, settings: Settings, actions: SettingsActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for appearance, action in actions.appearance_actions.items():
            self.theme.addItem(without_mnemonic(action.text()), appearance.value)
            if action.isChecked():
                self.theme.setCurrentIndex(self.theme.count() - 1)
        self.use_family = QCheckBox(self.tr("Use another font for articles:"), self)
        self.use_family.setObjectName("useArticleFont")
        self.family = QFontComboBox(self)
        self.family.setObjectName("articleFont")
        if settings.font_family:
            self.family.setCurrentFont(QFont(settings.font_family))
        self.use_family.setChecked(bool(settings.font_family))
        self.family.setEnabled(self.use_family.isChecked())
        self.use_family.toggled.connect(self.family.setEnabled)
        self.text_size = QSpinBox(self)
        self.text_size.setObjectName("articleZoom")
        self.text_size.setRange(ZOOM_MIN, ZOOM_MAX)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(self.tr(" %"))
        self.text_size.setValue(settings.zoom)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.use_family, self.family)
        form.addRow(self.tr("Article text size:"), self.text_size)

    @property
    def appearance(self) -> theme.Appearance:
        return theme.Appearance(str(self.theme.currentData()))

    @property
    def font_family(self) -> str:
        return self.family.currentFont().family() if self.use_family.isChecked() else ""


class FeedsPage(QWidget):
    def __init__(self, actions: SettingsActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interval = QComboBox(self)
        self.interval.setObjectName("refreshInterval")
        for action in actions.auto_refresh.actions():
            self.interval.addItem(without_mnemonic(action.text()), int(action.data()))
            if action.isChecked():
                self.interval.setCurrentIndex(self.interval.count() - 1)
        self.images = QCheckBox(without_mnemonic(actions.download_images.text()), self)
        self.images.setObjectName("downloadImagesWhenRefreshing")
        self.images.setChecked(actions.download_images.isChecked())
        form = QFormLayout(self)
        form.addRow(self.tr("Refresh automatically:"), self.interval)
        form.addRow(self.images)

    @property
    def minutes(self) -> int:
        return int(self.interval.currentData())

"""Tools ▸ Settings…: the one place for the program's settings.

Tabs for the library's place, the language, the look, feeds, sync accounts,
the network (network_page.py) and the image cache (pages in
:mod:`reader.ui.dialogs.settings_pages`). The machine's choices are kept
with QSettings (:mod:`reader.ui.settings`); the image cache's size and
budget are the library's (kept in it, so they travel with it), not the
machine's. Reading the usage sums every cached image and clearing deletes
them all, so both run on a worker thread; the dialog stays responsive and
shows "…" meanwhile.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.images.cache import BUDGET_SETTING
from reader.core.images.fetch import budget_bytes
from reader.core.library import Store, backup
from reader.ui import message
from reader.ui.dialogs.accounts_page import AccountsPage
from reader.ui.dialogs.capture_settings import CapturePage
from reader.ui.dialogs.network_page import NetworkPage
from reader.ui.dialogs.settings_pages import (
    AppearancePage,
    FeedsPage,
    LanguagePage,
    LibraryPage,
    SettingsActions,
)
from reader.ui.services.library import Library
from reader.ui.settings import Settings
from reader.ui.views.article_view import ArticleBrowser

MB = 1024 * 1024
#: The budget can be set from 10 MB to 100 GB.
BUDGET_MIN_MB = 10
BUDGET_MAX_MB = 100 * 1024


class SettingsDialog(QDialog):
    #: the cache was emptied (the window lays the shown article out again)
    cache_cleared = Signal()
    #: usage was read: (images, bytes, budget in bytes) -- tests wait on it
    usage_loaded = Signal(int, int, int)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        settings: Settings,
        browser: ArticleBrowser,
        actions: SettingsActions,
        opener: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._browser = browser
        self._actions = actions
        self._pending = 0
        self._loaded_budget: int | None = None
        # Put back on Cancel: the font is shown live.
        self._old_font = (browser.font_family, browser.zoom)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.tabs = QTabWidget(self)
        self.library_page = LibraryPage(library, settings, opener or browser.opener, self.tabs)
        self.language_page = LanguagePage(settings, self.tabs)
        self.appearance_page = AppearancePage(settings, actions, self.tabs)
        self.feeds_page = FeedsPage(actions, self.tabs)
        self.accounts_page = AccountsPage(library, self.tabs)
        self.network_page = NetworkPage(library, self.tabs)
        self.capture_page = CapturePage(library, self.tabs)  # raw web captures (issue 28)
        images = QWidget(self.tabs)
        self.tabs.addTab(self.library_page, self.tr("Library"))
        self.tabs.addTab(self.language_page, self.tr("Language"))
        self.tabs.addTab(self.appearance_page, self.tr("Appearance"))
        self.tabs.addTab(self.feeds_page, self.tr("Feeds"))
        self.tabs.addTab(self.accounts_page, self.tr("Accounts"))
        self.tabs.addTab(self.network_page, self.tr("Network"))
        self.tabs.addTab(images, self.tr("Images"))
        self.tabs.addTab(self.capture_page, self.tr("Web Captures"))
        page = self.appearance_page
        page.family.currentFontChanged.connect(lambda _font: self._preview_font())
        page.use_family.toggled.connect(lambda _on: self._preview_font())
        page.text_size.valueChanged.connect(lambda _value: self._preview_font())

        box = QGroupBox(self.tr("Offline images"), images)
        explain = QLabel(
            self.tr(
                "Images are fetched only when you ask (Load Images, Download Images "
                "for Offline Reading) or for sources set to always load them. Opening "
                "an article never contacts a server. Tracking images are never fetched."
            ),
            box,
        )
        explain.setWordWrap(True)
        self.usage_label = QLabel("…", box)
        self.usage_label.setObjectName("imageCacheUsage")
        self.budget = QSpinBox(box)
        self.budget.setObjectName("imageBudget")
        self.budget.setRange(BUDGET_MIN_MB, BUDGET_MAX_MB)
        self.budget.setSingleStep(100)
        self.budget.setSuffix(self.tr(" MB"))
        self.budget.setEnabled(False)  # until the current value is read
        self.clear_button = QPushButton(self.tr("Clear Image Cache…"), box)
        self.clear_button.setObjectName("clearImageCache")
        self.clear_button.clicked.connect(self.clear_cache)
        form = QFormLayout(box)
        form.addRow(explain)
        form.addRow(self.tr("In use:"), self.usage_label)
        form.addRow(self.tr("Budget:"), self.budget)
        form.addRow("", self.clear_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.backups_label = QLabel("…", images)
        self.backups_label.setObjectName("backupsFolder")
        self.backups_label.setWordWrap(True)
        self.backups_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        images_layout = QVBoxLayout(images)
        images_layout.addWidget(box)
        images_layout.addWidget(self.backups_label)
        images_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.load_usage()

    @property
    def busy(self) -> bool:
        return (
            self._pending > 0
            or self.library_page.copying
            or self.accounts_page.busy
            or self.network_page.busy
            or self.capture_page.pending > 0
        )

    def _preview_font(self) -> None:
        page = self.appearance_page
        self._browser.set_font_family(page.font_family)
        self._browser.set_zoom(page.text_size.value())

    # -- on a worker ------------------------------------------------------------

    def _run(self, job: Callable[[Store], Any], then: Callable[[Any], None], failure: str) -> None:

        def done(result: Any) -> None:
            self._pending -= 1
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                then(result)

        def failed() -> None:
            self._pending -= 1

        self._pending += 1
        self._library.run_task(job, done, failure_text=failure, on_error=failed)

    def load_usage(self) -> None:
        def job(store: Store) -> tuple[int, int, int]:
            count, size = store.image_cache_usage()
            return count, size, budget_bytes(store)

        self._run(job, self._show_usage, self.tr("Could not read the image cache"))
        self._run(
            lambda store: int(store.setting(backup.KEEP_SETTING) or backup.DEFAULT_KEEP),
            self._show_backups,
            self.tr("Could not read the library's settings"),
        )

    def _show_backups(self, keep: int) -> None:
        """Where the automatic backups are: the way back after a disk or a sync fails."""
        self.backups_label.setText(
            self.tr("Backups: {folder} (the last {count} are kept)").format(
                folder=backup.backup_dir(self._library.path), count=keep
            )
        )

    def _show_usage(self, usage: tuple[int, int, int]) -> None:
        count, size, budget = usage
        self.usage_label.setText(
            self.tr("{images}, {used} MB of {budget} MB").format(
                images=self.tr("%Ln image(s)", "", count),
                used=f"{size / MB:.1f}",
                budget=f"{budget / MB:,.0f}",
            )
        )
        if self._loaded_budget is None:
            self._loaded_budget = budget
            self.budget.setValue(max(BUDGET_MIN_MB, round(budget / MB)))
            self.budget.setEnabled(True)
        self.clear_button.setEnabled(count > 0)
        self.usage_loaded.emit(count, size, budget)

    def clear_cache(self) -> None:
        if not message.confirm(
            self,
            self.tr("Clear Image Cache"),
            self.tr(
                "Delete every cached image from the library? Articles then show their "
                "images' descriptions until the images are downloaded again."
            ),
            action=self.tr("Clear"),
        ):
            return
        self.clear_button.setEnabled(False)
        self._run(
            lambda store: store.clear_image_cache(),
            lambda _none: self._after_clear(),
            self.tr("Could not clear the image cache"),
        )

    def _after_clear(self) -> None:
        self.cache_cleared.emit()
        self.load_usage()

    def reject(self) -> None:
        family, zoom = self._old_font
        self._browser.set_font_family(family)
        self._browser.set_zoom(zoom)
        super().reject()

    def accept(self) -> None:
        """Keep every choice; through the menu actions where a menu shows it too."""
        if not self.network_page.save():  # an unusable proxy: said on its page, stay open
            self.tabs.setCurrentWidget(self.network_page)
            return
        self._settings.language = self.language_page.value
        page = self.appearance_page
        self._settings.font_family = page.font_family
        self._settings.zoom = page.text_size.value()
        self._preview_font()
        theme_action = self._actions.appearance_actions[page.appearance]
        if not theme_action.isChecked():
            theme_action.trigger()
        for action in self._actions.auto_refresh.actions():
            if action.data() == self.feeds_page.minutes and not action.isChecked():
                action.trigger()
        self._actions.download_images.setChecked(self.feeds_page.images.isChecked())
        self._accept_budget()
        self.capture_page.apply()
        super().accept()

    def _accept_budget(self) -> None:
        """Keep a changed budget; it applies to the next downloads."""
        wanted = self.budget.value() * MB
        if self._loaded_budget is not None and wanted != self._loaded_budget:
            value = str(wanted)
            self._run(
                lambda store: store.set_setting(BUDGET_SETTING, value),
                lambda _none: None,
                self.tr("Could not change the image budget"),
            )
            self._loaded_budget = wanted

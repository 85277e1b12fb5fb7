"""Tools ▸ Settings…, used as a person would: change a widget, click OK, look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from reader import config
from reader.app import saved_library_path
from reader.core.errors import StorageError
from reader.core.library import Store
from reader.core.library.move import copy_library
from reader.ui import theme
from reader.ui.settings import Settings
from tests.support.ui_support import fill_library, wait_idle


def open_dialog(window, qtbot):
    dialog = window.images.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def click(dialog, qtbot, which=QDialogButtonBox.StandardButton.Ok) -> None:
    button = dialog.findChild(QDialogButtonBox).button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def other_family(current: str) -> str:
    from PySide6.QtGui import QFontDatabase

    families = [f for f in QFontDatabase.families() if f != current]
    assert families, "the test needs two fonts"
    return families[0]


def test_font_family_and_size_apply_live_and_are_kept(db_path, make_window, qtbot, sample_path):
    fill_library(db_path, sample_path)
    window = make_window(db_path)
    dialog = open_dialog(window, qtbot)
    page = dialog.appearance_page
    family = other_family(window.browser.document().defaultFont().family())
    qtbot.mouseClick(page.use_family, Qt.MouseButton.LeftButton)
    page.family.setCurrentFont(QFont(family))
    page.text_size.setValue(130)
    # live, before OK
    assert window.browser.document().defaultFont().family() == family
    assert window.browser.zoom == 130
    click(dialog, qtbot)
    assert window.settings.font_family == family
    assert window.settings.zoom == 130
    window.close()

    again = make_window(db_path)
    assert again.browser.font_family == family
    assert again.browser.document().defaultFont().family() == family


def test_cancel_puts_the_article_font_back(db_path, make_window, qtbot):
    window = make_window(db_path)
    before = window.browser.document().defaultFont().family()
    dialog = open_dialog(window, qtbot)
    page = dialog.appearance_page
    page.use_family.setChecked(True)
    page.family.setCurrentFont(QFont(other_family(before)))
    assert window.browser.document().defaultFont().family() != before
    click(dialog, qtbot, QDialogButtonBox.StandardButton.Cancel)
    assert window.browser.document().defaultFont().family() == before
    assert window.settings.font_family == ""


def test_theme_goes_through_the_view_menu(db_path, make_window, qtbot):
    window = make_window(db_path)
    dialog = open_dialog(window, qtbot)
    choose(dialog.appearance_page.theme, theme.Appearance.DARK.value)
    click(dialog, qtbot)
    try:
        assert window.settings.appearance == "dark"
        assert window.actions_.appearance_actions[theme.Appearance.DARK].isChecked()
        assert theme.is_dark(QApplication.palette())
    finally:
        window.set_appearance(theme.Appearance.SYSTEM)


def test_refresh_interval_and_images_go_through_the_feeds_menu(db_path, make_window, qtbot):
    window = make_window(db_path)
    assert not window.feeds.timer.isActive()
    dialog = open_dialog(window, qtbot)
    choose(dialog.feeds_page.interval, 30)
    was = dialog.feeds_page.images.isChecked()
    qtbot.mouseClick(dialog.feeds_page.images, Qt.MouseButton.LeftButton)
    click(dialog, qtbot)
    assert window.feeds.timer.isActive()
    assert window.feeds.timer.interval() == 30 * 60_000
    assert window.feeds.settings.refresh_minutes == 30
    assert window.actions_.download_images.isChecked() is (not was)
    assert window.feeds.settings.download_images is (not was)
    checked = [a.data() for a in window.actions_.auto_refresh.actions() if a.isChecked()]
    assert checked == [30]


def test_language_is_stored_for_the_next_start(db_path, make_window, qtbot):
    window = make_window(db_path)
    dialog = open_dialog(window, qtbot)
    choose(dialog.language_page.choice, "zh_TW")
    click(dialog, qtbot)
    assert Settings().language == "zh_TW"
    dialog = open_dialog(window, qtbot)
    assert dialog.language_page.choice.currentData() == "zh_TW"
    choose(dialog.language_page.choice, "")
    click(dialog, qtbot)
    assert Settings().language == ""


def test_show_library_folder_uses_the_window_opener(db_path, make_window, qtbot, opened_urls):
    window = make_window(db_path)
    dialog = open_dialog(window, qtbot)
    assert dialog.library_page.location.text() == str(db_path.resolve())
    qtbot.mouseClick(dialog.library_page.show_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened_urls] == [str(db_path.resolve().parent)]


def test_move_library_copies_checks_and_saves_the_new_place(
    db_path, make_window, qtbot, sample_path, tmp_path, monkeypatch
):
    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        titles = sorted(store.get_article(i).title for i in store.article_ids())
    assert titles
    window = make_window(db_path)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog = open_dialog(window, qtbot)
    page = dialog.library_page
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.done_box is not None, timeout=20_000)
    page.done_box.close()
    target = folder / db_path.name
    assert Settings().library_path == str(target)
    assert str(target) in page.status.text() and "Restart" in page.status.text()
    assert db_path.is_file()  # the old file is left in place
    with Store.open(target) as store:
        assert sorted(store.get_article(i).title for i in store.article_ids()) == titles
    click(dialog, qtbot)
    wait_idle(qtbot, window)

    # the next start, with no --db and no $OFFLINE_READER_DB, opens the new file
    monkeypatch.delenv(config.DB_ENV, raising=False)
    assert saved_library_path(config.default_db_path()) == target
    assert saved_library_path(db_path) == db_path  # --db wins
    monkeypatch.setenv(config.DB_ENV, str(db_path))
    assert saved_library_path(config.default_db_path()) == config.default_db_path()


def test_move_library_never_overwrites(db_path, tmp_path):
    Store.open(db_path).close()
    folder = tmp_path / "there"
    folder.mkdir()
    (folder / db_path.name).write_text("someone's file")
    with pytest.raises(StorageError, match="already there"):
        copy_library(db_path, folder)
    assert (folder / db_path.name).read_text() == "someone's file"
    with pytest.raises(StorageError, match="already in this folder"):
        copy_library(db_path, db_path.parent)


def test_a_saved_library_that_is_gone_is_said_and_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(config.DB_ENV, raising=False)
    settings = Settings()
    settings.library_path = str(tmp_path / "unplugged" / "library.sqlite3")
    settings.sync()
    default = config.default_db_path()
    assert saved_library_path(default) == default
    assert "not there" in capsys.readouterr().err


def test_every_tab_draws(db_path, make_window, qtbot):
    window = make_window(db_path)
    dialog = open_dialog(window, qtbot)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert not dialog.grab().isNull()

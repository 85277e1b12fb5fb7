"""What the window remembers, how it reports errors, its look and its About box."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.app import build_window, run_window
from reader.core.errors import ReaderError, StorageError
from reader.core.library import Store
from reader.ui import message, theme
from reader.ui.models.article_model import Column
from reader.ui.settings import SETTINGS_DIR_ENV
from tests.support.ui_support import fill_library, wait_idle


def test_settings_and_log_stay_in_the_test_folders(make_window, db_path):
    window = make_window(db_path)
    window.close()
    path = Path(window.settings.qsettings.fileName())
    assert path.is_relative_to(Path(os.environ[SETTINGS_DIR_ENV]))
    assert path.is_file()
    log = message.setup_logging()
    assert log.is_relative_to(Path(os.environ[message.LOG_DIR_ENV]))
    message.error("a test error", detail="with detail")
    for handler in message.log.handlers:
        handler.flush()
    assert "a test error: with detail" in log.read_text(encoding="utf-8")


def test_layout_zoom_and_sort_are_remembered(make_window, db_path, corpus_factory, qtbot):
    fill_library(db_path, corpus_factory(10))
    window = make_window(db_path, show=True)
    window.resize(760, 560)  # the offscreen screen is 800 x 600
    window.outer_splitter.setSizes([200, 560])
    window.inner_splitter.setSizes([150, 300])
    window.article_view.horizontalHeader().resizeSection(Column.SOURCE, 170)
    window.article_view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.zoom == 120
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.zoom == 110
    wait_idle(qtbot, window)
    sizes = window.outer_splitter.sizes(), window.inner_splitter.sizes()
    window.close()

    again = make_window(db_path, show=True)
    assert again.browser.zoom == 110
    assert (again.outer_splitter.sizes(), again.inner_splitter.sizes()) == sizes
    assert again.article_view.horizontalHeader().sectionSize(Column.SOURCE) == 170
    assert again.size().width() == 760
    assert again.article_model.sort_key[0].value == "title"
    assert again.article_view.horizontalHeader().sortIndicatorSection() == Column.TITLE
    model = again.article_model
    titles = [model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_a_failed_write_reaches_the_user_and_the_list_recovers(
    make_window, db_path, corpus_factory, qtbot, monkeypatch
):
    fill_library(db_path, corpus_factory(5))
    window = make_window(db_path, show=True)

    def broken(self, ids, *, read=None, starred=None):
        raise StorageError(f"{self.path}: the disk is full")

    monkeypatch.setattr(Store, "mark", broken)
    model = window.article_model
    window.article_view.selectionModel().select(
        model.index(0, 0), window.article_view.selectionModel().SelectionFlag.ClearAndSelect
        | window.article_view.selectionModel().SelectionFlag.Rows,
    )  # fmt: skip
    window.actions_.mark_read.trigger()
    wait_idle(qtbot, window)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "Could not mark the articles" in box.text()
    assert "the disk is full" in box.informativeText()
    assert "the disk is full" in window.statusBar().currentMessage()
    # The row shown as read in advance is unread again, as in the library.
    assert model.summary(0).read is False


def test_a_damaged_library_is_reported_not_crashed(tmp_path, qapp, monkeypatch):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    with pytest.raises(ReaderError):
        build_window(junk)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_window(junk) == 1
    assert shown and str(junk) in shown[0]


def test_about_box_names_the_version(make_window, db_path, qtbot):
    window = make_window(db_path, show=True)
    window.actions_.about.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert __version__ in box.text() and "Offline Reader" in box.text()
    box.close()


def test_dark_and_light_appearance(make_window, db_path, sample_path, qtbot):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    window.step(1)
    try:
        window.set_appearance(theme.Appearance.DARK)
        assert theme.is_dark(QApplication.palette())
        qtbot.waitUntil(lambda: theme.is_dark(window.browser.palette()), timeout=2000)
        text = window.browser.palette().color(QPalette.ColorRole.Text)
        assert text.lightness() > 128
        qtbot.waitUntil(
            lambda: f"color: {text.name()}" in window.browser.document().defaultStyleSheet(),
            timeout=2000,
        )
        assert "李强" in window.browser.toPlainText()  # re-rendered, still there
        assert window.settings.appearance == "dark"
        window.set_appearance(theme.Appearance.LIGHT)
        assert not theme.is_dark(QApplication.palette())
        qtbot.waitUntil(lambda: not theme.is_dark(window.browser.palette()), timeout=2000)
    finally:
        window.set_appearance(theme.Appearance.SYSTEM)
    assert window.settings.appearance == "system"

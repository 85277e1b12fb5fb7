"""The smaller things a new user trips on (issue 24): import mistakes in plain
words, a wrong password in Add Account, no browser, one export folder, the
keys for the original, the stray bracket."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton

from reader.core.fulltext.fetch import _describe
from reader.core.net.http import FetchError, FetchProblem
from reader.ui.models.article_model import URL_ROLE, Column
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_import import drop
from tests.ui.test_ui_reading import click_row


def test_a_folder_without_dumps_says_what_it_holds(make_window, db_path, tmp_path, qtbot):
    folder = tmp_path / "Court papers"
    folder.mkdir()
    for name in ("ruling.pdf", "appeal.pdf", "notes.PDF"):
        (folder / name).write_bytes(b"%PDF-1.4\n")
    (folder / "letter.docx").write_bytes(b"PK\x03\x04")
    window = make_window(db_path, show=True)
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        drop(window, [folder])
    wait_idle(qtbot, window)
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        f"no article dumps found in {folder} (1 Word file, 3 PDF files skipped: "
        "not article dumps)" in dialog.text()
    ), dialog.text()
    # The status bar says it too, not "Imported 0 articles" alone.
    assert f"no article dumps found in {folder}" in window.statusBar().currentMessage()
    assert "file failed" not in window.statusBar().currentMessage()


def test_a_file_that_is_not_a_saved_article_is_said_in_plain_words_wrapped(
    make_window, db_path, tmp_path, qtbot, sample_path
):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "good.txt").write_bytes(sample_path.read_bytes())
    (folder / "shopping list.txt").write_text("eggs\nmilk\n" * 3, "utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    window = make_window(db_path, show=True)
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        drop(window, [folder])
    wait_idle(qtbot, window)
    # The PDF beside the dumps is named, not skipped without a word.
    assert "drop: 1 PDF file skipped: not article dumps" in window.statusBar().currentMessage()
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.failures.toPlainText()
    assert "this file is not a saved article: it has no title line" in text
    assert "[title](url)" not in text
    dialog.resize(420, 300)
    qtbot.wait(50)
    assert dialog.failures.horizontalScrollBar().maximum() == 0  # wrapped, no sideways scroll
    dialog.close()


def test_a_wrong_password_in_add_account_keeps_the_fields(
    make_window, db_path, qtbot, freshrss, greader_user, memory_keyring
):
    window = make_window(db_path, show=True)
    settings = window.images.open_settings()
    page = settings.accounts_page
    settings.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.busy)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fields = page.dialog
    qtbot.keyClicks(fields.url, greader_user.api_url)
    qtbot.keyClicks(fields.username, greader_user.username)
    qtbot.keyClicks(fields.password, "not-the-password")
    qtbot.keyClicks(fields.name, "Desk")
    ok = fields.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert "Not added" in fields.problem.text(), fields.problem.text()
    assert fields.isVisible() and page.dialog is fields
    assert fields.url.text() == greader_user.api_url
    assert fields.username.text() == greader_user.username
    assert fields.password.text() == "not-the-password"
    assert fields.name.text() == "Desk"
    # Corrected, it is added and the dialog closes.
    fields.password.clear()
    qtbot.keyClicks(fields.password, greader_user.password)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 1, timeout=30_000)
    assert not fields.isVisible()
    settings.reject()


def test_no_browser_says_so_and_offers_to_copy_the_address(
    make_window, db_path, sample_path, qtbot, monkeypatch
):
    fill_library(db_path, sample_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window = make_window(db_path, show=True)
    click_row(qtbot, window, 0)
    url = window.article_model.index(0, Column.TITLE).data(URL_ROLE)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "noBrowserBox")
    assert box.isVisible() and "No web browser could be opened" in box.text()
    copy = box.findChild(QPushButton, "copyAddress")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QUrl(QGuiApplication.clipboard().text()) == QUrl(url)
    assert "No web browser" in " ".join(t for _when, t in window.statusBar().history)


def test_markdown_and_pdf_exports_share_one_folder(
    make_window, db_path, sample_path, tmp_path, qtbot, monkeypatch
):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    click_row(qtbot, window, 0)
    asked: list[str] = []
    target = tmp_path / "desk" / "notes.md"
    target.parent.mkdir()

    def save(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.actions_.export_notes.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    wait_idle(qtbot, window)
    # It started where PDF export starts (Documents), not in the home folder...
    assert Path(asked[0]).parent != Path.home()
    # ...and PDF export now starts where the notes went (once they are written).
    qtbot.waitUntil(lambda: window.exporter.suggested_folder() == str(target.parent), timeout=5000)


def test_help_lists_return_beside_ctrl_return(make_window, db_path):
    window = make_window(db_path, show=True)
    window.actions_.shortcuts.trigger()
    model = window.view_commands.shortcuts_dialog.model
    listed = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    keys = listed["Open Original in Browser"]
    assert keys.startswith("Ctrl+Return") and "Return or double-click in the list" in keys
    window.view_commands.shortcuts_dialog.close()


def test_an_unreachable_page_has_no_stray_bracket():
    said = _describe(FetchError(FetchProblem.NETWORK, "cannot connect to rfi.fr (offline?)"))
    assert "))" not in said and "(offline?)" in said

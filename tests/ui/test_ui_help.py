"""Export's suggested folder, the Help menu and About: what a newcomer looks for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication

from reader.ui import message
from reader.ui.dialogs import export_dialog
from reader.ui.dialogs.export_dialog import ExportChoice
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_export import select_rows, wait_export


def test_export_suggests_an_existing_folder_and_remembers_the_last_good_one(
    make_window, db_path, sample_path, qtbot, monkeypatch, tmp_path
):
    fill_library(db_path, sample_path)
    window = make_window(db_path)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    asked: list[str] = []
    answers: list[ExportChoice] = []

    def ask(parent, **kwargs):
        asked.append(kwargs["folder"])
        return answers.pop(0)

    monkeypatch.setattr(export_dialog, "ask_export", ask)
    monkeypatch.setattr(message, "error", lambda text, **kw: None)
    select_rows(window, 0, 0)
    # First: the documents folder, made if it is missing.
    good = tmp_path / "exports"
    good.mkdir()
    answers.append(ExportChoice(good / "a.pdf", None, "a4"))
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert asked[0] == str(documents) and Path(asked[0]).is_dir()
    assert (good / "a.pdf").exists()
    # Then the folder that worked.
    bad = tmp_path / "gone"
    answers.append(ExportChoice(bad / "b.pdf", None, "a4"))  # its folder does not exist
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert asked[1] == str(good)
    assert window.exporter.last_result is None  # the write failed
    # A failed write is not suggested: still the one that worked.
    answers.append(ExportChoice(good / "c.pdf", None, "a4"))
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert asked[2] == str(good)
    # A remembered folder that was since deleted is not suggested either.
    (good / "a.pdf").unlink()
    (good / "c.pdf").unlink()
    good.rmdir()
    answers.append(ExportChoice(None, None, "a4"))
    monkeypatch.setattr(window.exporter, "start_export", lambda ids, choice: True)
    window.actions_.export_pdf.trigger()
    assert asked[3] == str(documents)


def test_keyboard_shortcuts_lists_every_key(make_window, db_path, qtbot):
    window = make_window(db_path, show=True)
    window.actions_.shortcuts.trigger()
    dialog = window.view_commands.shortcuts_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    model = dialog.model
    listed = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert any(text in keys for keys in listed.values()), (action.text(), text)
    assert listed["Next Article"] == "J, N"
    assert listed["Search"].startswith("Ctrl+F")
    assert any("Return" in keys and "double-click" in keys for keys in listed.values())
    dialog.close()


def test_show_library_folder_and_about(make_window, db_path, qtbot, monkeypatch):
    window = make_window(db_path)
    opened: list[QUrl] = []
    window.browser.opener = lambda url: opened.append(url) or True
    window.actions_.show_library_folder.trigger()
    assert [u.toLocalFile() for u in opened] == [str(db_path.parent.resolve())]
    window.actions_.about.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox")
    assert str(db_path) in box.text() and str(message.log_file()) in box.text()
    box.close()
    wait_idle(qtbot, window)


def test_help_menu_holds_them(make_window, db_path):
    window = make_window(db_path)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    texts = [a.text().replace("&", "") for a in help_menu.actions() if a.text()]
    assert texts[:2] == ["Keyboard Shortcuts", "Show Library Folder"]


def test_dialog_titles_are_not_cut(qtbot):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    title = "Delete Articles From the Library Forever and Ever"
    box = QMessageBox(QMessageBox.Icon.Warning, title, "Sure?")
    qtbot.addWidget(box)
    message.fit_title(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() > box.fontMetrics().horizontalAdvance(title) + 100
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle(title)
    dialog.setLabelText("Name:")
    message.fit_title(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() > dialog.fontMetrics().horizontalAdvance(title) + 100

"""Export to PDF… and Print… from the window: real PDFs, read back with poppler and pypdf."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from reader.core.dumps.filenames import safe_filename
from reader.core.library import Store
from reader.ui import message
from reader.ui.dialogs import export_dialog
from reader.ui.dialogs.export_dialog import ExportChoice, ExportDialog
from tests.support.imagekit import png
from tests.support.pdf_tools import pdfimages, pdftotext, squash
from tests.support.ui_support import fill_library


def select_rows(window, first: int, last: int) -> None:
    model = window.article_model
    selection = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    window.article_view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def answer_export(monkeypatch, choice: ExportChoice) -> list[dict]:
    asked: list[dict] = []

    def ask(parent, **kwargs):
        asked.append(kwargs)
        return choice

    monkeypatch.setattr(export_dialog, "ask_export", ask)
    return asked


def wait_export(qtbot, window, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not window.exporter.running, timeout=timeout)


def titles_of(window, rows: range) -> list[str]:
    return [window.article_model.summary(r).title for r in rows]


@pytest.fixture
def window3(make_window, db_path, corpus_factory):
    fill_library(db_path, corpus_factory(3, seed=7))
    window = make_window(db_path)
    assert window.article_model.rowCount() == 3
    return window


def test_actions_need_a_selection(window3, qtbot):
    a = window3.actions_
    assert not a.export_pdf.isEnabled() and not a.print_articles.isEnabled()
    select_rows(window3, 1, 1)
    assert a.export_pdf.isEnabled() and a.print_articles.isEnabled()
    assert a.export_pdf.shortcut().toString() == "Ctrl+Shift+E"
    assert a.print_articles.shortcut().toString() == "Ctrl+P"
    window3.article_view.clearSelection()
    assert not a.export_pdf.isEnabled()


def test_export_three_articles_to_one_pdf(window3, qtbot, monkeypatch, tmp_path, opened_urls):
    window = window3
    target = tmp_path / "out" / "three.pdf"
    target.parent.mkdir()
    asked = answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    select_rows(window, 0, 2)
    window.actions_.export_pdf.trigger()
    assert asked[0]["count"] == 3 and asked[0]["file_name"] == "3 articles.pdf"
    assert window.exporter.progress.isVisibleTo(window)
    wait_export(qtbot, window)
    assert not window.exporter.progress.isVisibleTo(window)
    text = squash(pdftotext(target))
    for title in titles_of(window, range(3)):
        assert squash(title) in text
    assert len(PdfReader(target).outline) == 3
    status = window.statusBar().currentMessage()
    assert str(target) in status and "3 articles" in status
    # The Open PDF button goes through the system opener, only when clicked.
    assert opened_urls == []
    assert window.exporter.open_button.isVisibleTo(window)
    window.exporter.open_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(target))]
    assert sorted(p.name for p in target.parent.iterdir()) == ["three.pdf"]


def test_one_article_defaults_to_its_date_and_title(window3, monkeypatch, tmp_path, qtbot):
    asked = answer_export(monkeypatch, ExportChoice(None, tmp_path / "f", "letter"))
    select_rows(window3, 1, 1)
    window3.actions_.export_pdf.trigger()
    wait_export(qtbot, window3)
    summary = window3.article_model.summary(1)
    assert asked[0]["file_name"] == safe_filename(summary.title, summary.published)
    assert [p.name for p in (tmp_path / "f").iterdir()] == [asked[0]["file_name"]]


def test_one_pdf_per_article_into_a_folder(window3, qtbot, monkeypatch, tmp_path):
    folder = tmp_path / "per article"
    answer_export(monkeypatch, ExportChoice(None, folder, "a4"))
    select_rows(window3, 0, 2)
    window3.actions_.export_pdf.trigger()
    wait_export(qtbot, window3)
    with Store.open(window3.library.path) as store:
        articles = [store.get_article(i) for i in window3.selected_ids()]
    expected = sorted(safe_filename(a.title, a.published) for a in articles)
    assert sorted(p.name for p in folder.iterdir()) == expected
    for article in articles:
        path = folder / safe_filename(article.title, article.published)
        assert squash(article.title) in squash(pdftotext(path))
    assert str(folder) in window3.statusBar().currentMessage()


def test_shown_article_is_exported_without_a_selection(window3, qtbot, monkeypatch, tmp_path):
    window = window3
    select_rows(window, 0, 0)
    window.show_article(window.article_model.article_id(0))
    window.article_view.clearSelection()
    assert window.actions_.export_pdf.isEnabled()
    target = tmp_path / "shown.pdf"
    answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert len(PdfReader(target).outline) == 1


def test_large_export_runs_in_the_background_and_cancel_leaves_no_file(
    make_window, db_path, corpus_factory, qtbot, monkeypatch, tmp_path
):
    fill_library(db_path, corpus_factory(150, seed=3))
    window = make_window(db_path)
    assert window.article_model.rowCount() == 150
    window.article_view.selectAll()
    assert len(window.selected_ids()) == 150
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.pdf"
    answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    ticks = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    window.actions_.export_pdf.trigger()
    bar = window.exporter.progress.bar
    assert bar.maximum() == 150
    assert not window.actions_.export_pdf.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: bar.value() >= 3, timeout=60_000)
    before = ticks[0]
    qtbot.wait(200)
    assert ticks[0] - before >= 5  # the GUI thread kept running its timers
    assert "of 150" in bar.text()
    window.exporter.progress.cancel_button.click()
    wait_export(qtbot, window)
    timer.stop()
    assert window.exporter.last_result.cancelled
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.actions_.export_pdf.isEnabled()


def test_export_error_reaches_the_user(window3, qtbot, monkeypatch, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    answer_export(monkeypatch, ExportChoice(blocker / "x.pdf", None, "a4"))
    select_rows(window3, 0, 0)
    with qtbot.waitSignal(message.global_bridge.error_raised, timeout=30_000) as signal:
        window3.actions_.export_pdf.trigger()
    assert signal.args[0] == "The export failed"
    wait_export(qtbot, window3)
    assert window3.actions_.export_pdf.isEnabled()


def test_print_to_a_pdf_file(window3, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"
    seen: list[QPrintDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    select_rows(window3, 0, 2)
    window3.actions_.print_articles.trigger()
    assert len(seen) == 1
    wait_export(qtbot, window3)
    text = squash(pdftotext(target))
    for title in titles_of(window3, range(3)):
        assert squash(title) in text
    assert window3.exporter.last_result >= 3
    assert "Printed 3 articles" in window3.statusBar().currentMessage()


def test_print_cancelled_in_the_dialog_prints_nothing(window3, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    select_rows(window3, 0, 0)
    window3.actions_.print_articles.trigger()
    assert not window3.exporter.running


def test_export_dialog_choices(qtbot, tmp_path):
    dialog = ExportDialog(
        None, count=4, file_name="4 articles.pdf", folder=str(tmp_path), page_size="letter"
    )
    qtbot.addWidget(dialog)
    assert dialog.path_field.text() == str(tmp_path / "4 articles.pdf")
    assert dialog.paper.currentData() == "letter"
    dialog.path_field.setText(str(tmp_path / "sub" / "named"))
    assert dialog.choice() == ExportChoice(tmp_path / "sub" / "named.pdf", None, "letter")
    dialog.per_article.setChecked(True)
    assert dialog.path_field.text() == str(tmp_path / "sub")
    assert dialog.choice() == ExportChoice(None, tmp_path / "sub", "letter")
    dialog.path_field.clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_window_export_takes_images_from_the_cache(
    make_window, db_path, sample_path, qtbot, monkeypatch, tmp_path
):
    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        [article] = store.list_articles()
        [image] = store.image_states(article.id)
        store.store_image(image.url, png(64, 40), "image/png")
    window = make_window(db_path)
    target = tmp_path / "with-image.pdf"
    answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    select_rows(window, 0, 0)
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert [(i["width"], i["height"]) for i in pdfimages(target)] == [("64", "40")]


def test_closing_the_window_cancels_an_export(
    make_window, db_path, corpus_factory, qtbot, monkeypatch, tmp_path
):
    fill_library(db_path, corpus_factory(150, seed=3))
    window = make_window(db_path)
    window.article_view.selectAll()
    target = tmp_path / "closed.pdf"
    answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    window.actions_.export_pdf.trigger()
    qtbot.waitUntil(lambda: window.exporter.progress.bar.value() >= 1, timeout=60_000)
    window.close()  # waits for the worker, which stops at the next page
    assert window.exporter._pool.activeThreadCount() == 0
    wait_export(qtbot, window)
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []

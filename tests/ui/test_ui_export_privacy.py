"""What leaves the laptop in a PDF from the window (issue 21).

The export dialog is filled in with clicks and keys; the PDFs are read back
with poppler: nothing private (notes, the source file's local path) unless
ticked, print carries the same as export, and paper gets dark text on white
whatever the window's theme.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox

from reader.core.content.anchors import quote_selector
from reader.core.library import Store
from reader.ui import theme
from reader.ui.dialogs.export_dialog import ExportChoice, ExportDialog
from tests.support.pdf_tools import pdftotext, squash, tool
from tests.support.ui_support import fill_library
from tests.ui.test_ui_export import answer_export, wait_export
from tests.ui.test_ui_reading import click_row

QUOTE = "全球变暖是"
NOTE = "Source K. met me at the station"


@pytest.fixture
def noted(db_path, sample_path):
    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        [article] = store.list_articles()
        anchor = quote_selector(store.get_article(article.id).text, QUOTE)
        assert anchor is not None
        store.add_highlight(article.id, anchor, colour="yellow", note=NOTE)
    return db_path


def _fill_dialog(monkeypatch, qtbot, path, *, notes=False, provenance=True, full=False):
    """When the export dialog opens, a user types the file name, ticks what is
    asked for and clicks Export; returns what the dialog offered at first."""
    offered: dict = {}

    def exec_(dialog: ExportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.contents
        offered.update(
            notes=box.with_notes.isChecked(),
            provenance=box.provenance.isChecked(),
            path=box.path.currentData(),
        )
        field = dialog.path_field
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, str(path))
        center = box.with_notes.rect().center()
        if notes:
            click = box.with_notes.rect().left() + 8, center.y()
            qtbot.mouseClick(box.with_notes, Qt.MouseButton.LeftButton, pos=_point(*click))
        if not provenance:
            click = box.provenance.rect().left() + 8, box.provenance.rect().center().y()
            qtbot.mouseClick(box.provenance, Qt.MouseButton.LeftButton, pos=_point(*click))
        if full:
            box.path.setFocus()
            qtbot.keyClick(box.path, Qt.Key.Key_Down)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    return offered


def _point(x: int, y: int):
    from PySide6.QtCore import QPoint

    return QPoint(x, y)


def _export(window, qtbot, monkeypatch, target, **ticks) -> str:
    offered = _fill_dialog(monkeypatch, qtbot, target, **ticks)
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert offered == {"notes": False, "provenance": True, "path": "name"}
    assert target.exists(), window.statusBar().currentMessage()
    return squash(pdftotext(target))


def test_the_export_dialog_keeps_notes_and_the_local_path_out_unless_asked(
    make_window, noted, sample_path, qtbot, monkeypatch, tmp_path
):
    window = make_window(noted, show=True)
    click_row(qtbot, window, 0)
    folder = squash(str(sample_path.resolve().parent))

    default = _export(window, qtbot, monkeypatch, tmp_path / "default.pdf")
    assert "Provenance" in default and squash(sample_path.name) in default
    assert folder not in default and "At:" not in default
    assert squash(NOTE) not in default and "Highlightsandnotes" not in default

    asked = _export(window, qtbot, monkeypatch, tmp_path / "asked.pdf", notes=True, full=True)
    assert "Highlightsandnotes" in asked and squash(NOTE) in asked
    assert folder in asked and "At:" in asked

    bare = _export(window, qtbot, monkeypatch, tmp_path / "bare.pdf", notes=True, provenance=False)
    assert squash(NOTE) in bare and "Provenance" not in bare
    assert squash(sample_path.name) not in bare


def _print_to_pdf(monkeypatch, target, tick_notes: bool):
    """The print dialog: printing to a PDF file, with notes ticked or not."""

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        box = dialog.findChild(QCheckBox, "printWithNotes")
        assert box is not None and not box.isChecked()
        assert dialog.findChild(QComboBox, "printProvenancePath").currentData() == "name"
        if tick_notes:
            box.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


@pytest.mark.parametrize("tick_notes", [False, True])
def test_print_carries_what_export_carries(
    make_window, noted, sample_path, qtbot, monkeypatch, tmp_path, tick_notes
):
    window = make_window(noted, show=True)
    click_row(qtbot, window, 0)
    printed = tmp_path / "printed.pdf"
    _print_to_pdf(monkeypatch, printed, tick_notes)
    window.actions_.print_articles.trigger()
    wait_export(qtbot, window)
    text = squash(pdftotext(printed))
    assert "Provenance" in text and squash(sample_path.name) in text
    assert squash(str(sample_path.resolve().parent)) not in text
    assert (squash(NOTE) in text) is tick_notes
    assert ("Highlightsandnotes" in text) is tick_notes


# -- paper in the dark theme ----------------------------------------------------------


def _words(pdf) -> list[tuple[str, float, float, float, float]]:
    """Each word of page 1 with its box in points, as ``pdftotext -bbox`` finds them."""
    html = subprocess.run(
        [tool("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def darkest_ink(pdf, box: tuple[float, float, float, float], dpi: int = 150) -> int:
    """The darkest grey (0 black .. 255 white) that ``pdftoppm`` paints inside ``box``."""
    x0, y0, x1, y1 = (round(v * dpi / 72) for v in box)
    pgm = subprocess.run(
        [tool("pdftoppm"), "-f", "1", "-l", "1", "-r", str(dpi), "-gray",
         "-x", str(x0), "-y", str(y0), "-W", str(x1 - x0), "-H", str(y1 - y0), str(pdf)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    assert header is not None
    pixels = pgm[header.end() :]
    assert pixels
    return min(pixels)


def test_paper_gets_dark_text_in_the_dark_theme(make_window, noted, qtbot, monkeypatch, tmp_path):
    window = make_window(noted, show=True)
    window.set_appearance(theme.Appearance.DARK)
    try:
        palette = QApplication.palette()
        assert theme.is_dark(palette) and palette.color(palette.ColorRole.Text).lightness() > 200
        click_row(qtbot, window, 0)
        target = tmp_path / "dark.pdf"
        answer_export(monkeypatch, ExportChoice(target, None, "a4", True, "name"))
        window.actions_.export_pdf.trigger()
        wait_export(qtbot, window)
    finally:
        window.set_appearance(theme.Appearance.SYSTEM)
    words = _words(target)
    body = [w for w in words if "周二" in w[0] or "克里表示" in w[0]]
    note = [w for w in words if w[0] in ("station", "Source")]
    title = [w for w in words if "克里与李强" in w[0]]
    assert body and note and title, [w[0] for w in words]
    inks = {
        "body": darkest_ink(target, body[0][1:]),
        "note": darkest_ink(target, note[0][1:]),
        "title": darkest_ink(target, title[0][1:]),
    }
    print("darkest ink on paper (0 black, 255 white):", inks)
    assert all(ink < 80 for ink in inks.values()), inks


# -- Export Notes as Markdown ------------------------------------------------------------


def test_export_notes_as_markdown_from_the_window_is_inert(
    make_window, db_path, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from reader.core.models import NewArticle
    from tests.cli.test_hostile_text_cli import (
        ARTICLE_URL,
        MD_NOTE,
        MD_QUOTE,
        MD_TITLE,
        _check_harmless,
        _rendered_html,
    )

    with Store.open(db_path) as store:
        source = store.source_id("hostile", title="Feed <img src=http://tracker.example/f.gif>")
        text = f"Before {MD_QUOTE} after"
        store.add_articles(
            source, [NewArticle(MD_TITLE, ARTICLE_URL, None, f"<p>{text}</p>", text)]
        )
        [article] = store.list_articles()
        store.add_highlight(article.id, quote_selector(text, MD_QUOTE), note=MD_NOTE)
    window = make_window(db_path, show=True)
    click_row(qtbot, window, 0)
    target = tmp_path / "notes.md"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "Markdown (*.md)")
    )
    window.actions_.export_notes.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    html = _rendered_html(target.read_text("utf-8"))
    _check_harmless(html)
    assert "[click](javascript:alert(3))" in html

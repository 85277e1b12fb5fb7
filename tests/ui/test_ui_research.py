"""The research desk in the window, driven as a person drives it.

Rows are clicked with the mouse, ``t`` and ``h`` are pressed on the focused
widget, text is selected in the article view with a real text cursor (what
a mouse drag makes), and dialogs are filled in as they open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from reader.core.dumps.importer import import_paths
from reader.core.library import Store
from reader.ui import message
from reader.ui.controllers.research_controller import ResearchController
from reader.ui.dialogs.research_dialogs import NoteDialog, TagDialog
from reader.ui.models.source_model import NodeKind
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_reading import click_row, click_source

QUOTE = "全球变暖是"


@pytest.fixture
def library(db_path, corpus_factory, sample_path):
    fill_library(db_path, corpus_factory(12), sample_path)
    return db_path


def answer_dialog(monkeypatch, kind, fill) -> None:
    """When a dialog of ``kind`` opens, ``fill`` it and press OK."""

    def run(dialog) -> bool:
        assert isinstance(dialog, kind)
        fill(dialog)
        dialog.accept()
        return True

    monkeypatch.setattr(ResearchController, "run_dialog", staticmethod(run))


def sample_row(window) -> int:
    model = window.article_model
    for row in range(model.rowCount()):
        if "克里" in model.summary(row).title:
            return row
    raise AssertionError("the sample article is not listed")


def select_in_view(window, text: str) -> None:
    """Select ``text`` in the article view, as a mouse drag over it does."""
    browser = window.browser
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def highlighted(window) -> list[str]:
    return [s.cursor.selectedText() for s in window.browser.extraSelections()]


def test_t_on_a_clicked_row_tags_it_and_the_tree_lists_the_tag(
    make_window, library, qtbot, monkeypatch
):
    window = make_window(library, show=True)
    click_row(qtbot, window, 1)
    article_id = window.browser.article.id
    window.article_view.setFocus()

    def fill(dialog: TagDialog) -> None:
        dialog.editor.clear()
        qtbot.keyClicks(dialog.editor, "Court case, Brexit")

    answer_dialog(monkeypatch, TagDialog, fill)
    qtbot.keyClick(window.article_view, Qt.Key.Key_T)
    wait_idle(qtbot, window)
    with Store.open(library) as store:
        assert store.article_tags([article_id])[article_id] == ["Brexit", "Court case"]
    qtbot.waitUntil(lambda: window.source_model.index_of(("tags", "")).isValid(), timeout=5000)
    tags = {n.title: n for n in window.source_model._nodes.values() if n.kind is NodeKind.TAG}
    assert set(tags) == {"Brexit", "Court case"}
    assert tags["Brexit"].count in (0, 1)  # unread: it was just opened, and is read soon
    click_source(qtbot, window, "Brexit")
    assert window.article_model.rowCount() == 1
    assert window.article_model.article_id(0) == article_id

    # The editor completes from the library's tags, the word after the comma.
    completions: list[str] = []

    def complete(dialog: TagDialog) -> None:
        dialog.editor.setText("Brexit, co")
        completer = dialog.editor.completer()
        completer.setCompletionPrefix(completer.splitPath(dialog.editor.text())[0])
        completions.append(completer.currentCompletion())
        dialog.editor.setText(completer.pathFromIndex(completer.currentIndex()))

    click_source(qtbot, window, "All articles")
    click_row(qtbot, window, 2)
    window.article_view.setFocus()
    answer_dialog(monkeypatch, TagDialog, complete)
    qtbot.keyClick(window.article_view, Qt.Key.Key_T)
    wait_idle(qtbot, window)
    assert completions == ["Brexit, Court case, "]  # the tag completed after the comma
    with Store.open(library) as store:
        second = window.browser.article.id
        assert store.article_tags([second])[second] == ["Brexit", "Court case"]


def test_a_highlight_with_a_note_survives_a_restart_and_a_reimport(
    make_window, library, qtbot, sample_path, monkeypatch
):
    window = make_window(library, show=True)
    click_row(qtbot, window, sample_row(window))
    select_in_view(window, QUOTE)

    def fill(dialog: NoteDialog) -> None:
        qtbot.keyClicks(dialog.text, "Kerry's words")
        dialog.colour.setCurrentIndex(dialog.colour.findData("green"))

    answer_dialog(monkeypatch, NoteDialog, fill)
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: highlighted(window) == [QUOTE], timeout=5000)
    article_id = window.browser.article.id
    window.actions_.show_notes.trigger()
    assert window.research.notes_panel.isVisible()
    assert "Kerry's words" in window.research.notes_panel.model.item(0).text()
    window.close()

    with Store.open(library) as store:  # the same file again: a duplicate, nothing lost
        report = import_paths(store, [sample_path])
        assert report.duplicates == 1
        [item] = store.highlights(article_id)
        assert (item.quote, item.note, item.colour) == (QUOTE, "Kerry's words", "green")

    again = make_window(library, show=True)
    click_row(qtbot, again, sample_row(again))
    assert highlighted(again) == [QUOTE]
    again.browser.rerender()  # zoom, theme, images arriving: laid out anew
    assert highlighted(again) == [QUOTE]


def test_h_without_a_selection_highlights_nothing(make_window, library, qtbot):
    window = make_window(library, show=True)
    click_row(qtbot, window, 0)
    assert not window.actions_.highlight.isEnabled()
    assert window.research.highlight_selection() is False
    wait_idle(qtbot, window)
    with Store.open(library) as store:
        assert store.highlights(window.browser.article.id) == []


def test_a_search_saved_from_the_field_is_a_live_source(make_window, library, qtbot, monkeypatch):
    window = make_window(library, show=True)
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, "climat")
    monkeypatch.setattr(message, "ask_text", lambda *args: "Climate watch")
    window.actions_.save_search.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.source_model.index_of(("saved-searches", "")).isValid())
    window.search_field.clear()
    click_source(qtbot, window, "Climate watch")
    with Store.open(library) as store:
        from reader.core.models import ArticleQuery

        expected = store.count(ArticleQuery(search="climat"))
    assert expected >= 1
    assert window.article_model.rowCount() == expected


def test_the_info_panel_shows_the_provenance(make_window, library, qtbot, sample_path):
    import hashlib

    window = make_window(library, show=True)
    click_row(qtbot, window, sample_row(window))
    window.actions_.article_info.trigger()
    text = window.research.info_panel.shown_text()
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() in text
    assert sample_path.name in text


def test_notes_export_as_markdown_from_the_window(make_window, library, qtbot, tmp_path):
    window = make_window(library, show=True)
    click_row(qtbot, window, sample_row(window))
    select_in_view(window, QUOTE)
    window.actions_.highlight.trigger()
    wait_idle(qtbot, window)
    target = tmp_path / "notes.md"
    window.research.write_notes([window.browser.article.id], target)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = target.read_text("utf-8")
    assert f"> {QUOTE}" in text
    assert "克里与李强" in text


def test_the_tag_line_splits_and_folds_case():
    from reader.ui.dialogs.research_dialogs import split_tags

    assert split_tags(" a, B ,, b, c  d ") == ["a", "B", "c d"]
    assert isinstance(QLineEdit(), QLineEdit)


def test_the_notes_panel_edits_and_deletes_a_highlight(make_window, library, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    window = make_window(library, show=True)
    click_row(qtbot, window, sample_row(window))
    select_in_view(window, QUOTE)
    window.actions_.highlight.trigger()
    wait_idle(qtbot, window)
    window.actions_.show_notes.trigger()
    panel = window.research.notes_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0, 0)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )
    assert window.browser.textCursor().selectedText() == QUOTE  # the click shows it

    answer_dialog(monkeypatch, NoteDialog, lambda d: qtbot.keyClicks(d.text, "added later"))
    buttons = {b.text(): b for b in panel.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Edit Note…"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    article_id = window.browser.article.id
    with Store.open(library) as store:
        assert [h.note for h in store.highlights(article_id)] == ["added later"]
    qtbot.mouseClick(buttons["Delete"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert highlighted(window) == []
    with Store.open(library) as store:
        assert store.highlights(article_id) == []


def test_a_tag_is_renamed_and_deleted_from_the_tree(make_window, library, qtbot, monkeypatch):
    with Store.open(library) as store:
        ids = store.article_ids()[:3]
        store.tag_articles(ids, add=["draft"])
    window = make_window(library, show=True)
    click_source(qtbot, window, "draft")
    assert window.article_model.rowCount() == 3
    monkeypatch.setattr(message, "ask_text", lambda *args: "Final")
    window.actions_.rename_tag.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any(n.title == "Final" for n in window.source_model._nodes.values()))
    click_source(qtbot, window, "Final")
    window.actions_.delete_tag.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.source_model.index_of(("tags", "")).isValid())
    with Store.open(library) as store:
        assert store.tags() == [] and len(store.article_ids()) == 13  # the articles stay


def test_a_saved_search_counts_articles_another_program_imports(
    make_window, db_path, sample_path, corpus_factory, qtbot
):
    fill_library(db_path, corpus_factory(3, seed=5))
    with Store.open(db_path) as store:
        store.save_search("Kerry", "克里")
    window = make_window(db_path, show=True)

    def count() -> int:
        return next(n.count for n in window.source_model._nodes.values() if n.title == "Kerry")

    before = count()
    fill_library(db_path, sample_path)  # as `offline-reader import` in a terminal
    qtbot.waitUntil(lambda: count() == before + 1, timeout=8000)

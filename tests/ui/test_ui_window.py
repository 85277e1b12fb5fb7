"""The main window on real libraries: building, filtering, reading, marking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QTextBrowser, QTreeView

from reader import APP_DISPLAY_NAME
from reader.core.library import Store
from reader.core.models import ArticleQuery
from reader.ui.models.article_model import Column
from reader.ui.models.source_model import NodeKind
from tests.conftest import SAMPLE_PARAGRAPHS, SAMPLE_TITLE
from tests.support.ui_support import fill_library, wait_idle


def select_source(qtbot, window, title: str) -> None:
    model = window.source_model
    for node in model._nodes.values():
        if node.title == title:
            index = model.index_of(node.key)
            window.source_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            wait_idle(qtbot, window)
            return
    raise AssertionError(f"no node {title!r} in {[n.title for n in model._nodes.values()]}")


def select_row(qtbot, window, row: int) -> None:
    index = window.article_model.index(row, Column.TITLE)
    window.article_view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_window_on_an_empty_library(make_window, db_path, qtmodeltester, qtbot):
    window = make_window(db_path, show=True)
    assert window.windowTitle() == f"All articles — {APP_DISPLAY_NAME}"
    assert isinstance(window.findChild(QTreeView, "sourceView"), QTreeView)
    assert isinstance(window.findChild(QTableView, "articleView"), QTableView)
    assert isinstance(window.findChild(QTextBrowser, "articleBrowser"), QTextBrowser)
    assert isinstance(window.findChild(QLineEdit, "searchField"), QLineEdit)
    assert window.article_model.rowCount() == 0
    assert "The library is empty. Drop" in window.browser.toPlainText()
    kinds = [
        window.source_model.node(window.source_model.index(r, 0)).kind
        for r in range(window.source_model.rowCount())
    ]
    assert kinds == [NodeKind.ALL, NodeKind.UNREAD, NodeKind.STARRED]
    assert not window.windowIcon().isNull()
    qtmodeltester.check(window.article_model)
    qtmodeltester.check(window.source_model)
    assert not window.grab().isNull()  # paints


def test_window_on_a_large_library_reads_rows_lazily(
    make_window, db_path, corpus_factory, sample_path, qtmodeltester, qtbot, monkeypatch
):
    fill_library(db_path, corpus_factory(400), sample_path)
    requested: list[int] = []
    from reader.ui.services.library import Library

    real = Library.summaries
    monkeypatch.setattr(
        Library, "summaries", lambda self, ids: requested.extend(ids) or real(self, ids)
    )
    window = make_window(db_path, show=True)
    assert window.article_model.rowCount() == 401
    window.grab()
    # Only the rows near the visible ones were read, not all 401.
    assert 0 < len(requested) <= 200
    assert "401" in window.count_label.text()
    qtmodeltester.check(window.article_model)
    qtmodeltester.check(window.source_model)
    titles = [window.source_model.node(window.source_model.index(r, 0)).title for r in range(6)]
    assert titles[3:] == sorted(titles[3:], key=str.casefold)
    assert {"RFI", "France 24", "DW"} <= set(titles)


def test_selecting_a_source_filters_the_list(
    make_window, db_path, corpus_factory, sample_path, qtbot
):
    fill_library(db_path, corpus_factory(60), sample_path)
    with Store.open(db_path) as store:
        rfi = store.find_source("RFI")
        expected = store.article_ids(ArticleQuery(source_ids=(rfi.id,)))
    window = make_window(db_path)
    select_source(qtbot, window, "RFI")
    model = window.article_model
    assert [model.article_id(r) for r in range(model.rowCount())] == expected
    assert window.windowTitle().startswith("RFI")
    assert all(model.data(model.index(r, Column.SOURCE)) == "RFI" for r in range(model.rowCount()))
    select_source(qtbot, window, "All articles")
    assert model.rowCount() == 61


def test_selecting_an_article_shows_its_text_and_no_share_links(
    make_window, db_path, sample_path, qtbot
):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    select_row(qtbot, window, 0)
    browser = window.browser
    text = browser.toPlainText()
    assert SAMPLE_TITLE in text
    for paragraph in SAMPLE_PARAGRAPHS:
        assert paragraph in text
    html = browser.toHtml()
    for junk in ("facebook", "whatsapp", "twitter", "rfi.my", "feedx", "分享"):
        assert junk not in html and junk not in text
    links = set()
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                links.add(fmt.anchorHref())
            it += 1
        block = block.next()
    assert len(links) == 1 and next(iter(links)).startswith("https://www.rfi.fr/cn/")
    # The remote image is not cached: a placeholder stands in its place.
    assert "[image not available offline]" in text
    assert not browser.grab().isNull()


def flags(db_path, article_id: int) -> tuple[bool, bool]:
    with Store.open(db_path) as store:
        article = store.get_article(article_id)
    return article.read, article.starred


def source_count(window, title: str) -> int:
    for node in window.source_model._nodes.values():
        if node.title == title:
            return node.count
    raise AssertionError(title)


def test_opening_an_article_marks_it_read_and_updates_counts(
    make_window, db_path, corpus_factory, qtbot
):
    fill_library(db_path, corpus_factory(10))
    window = make_window(db_path, show=True)
    assert source_count(window, "Unread") == 10
    model = window.article_model
    bold = model.data(model.index(0, Column.TITLE), Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()
    select_row(qtbot, window, 0)
    first = model.article_id(0)
    qtbot.waitUntil(lambda: flags(db_path, first)[0])
    wait_idle(qtbot, window)
    assert source_count(window, "Unread") == 9
    assert model.data(model.index(0, Column.TITLE), Qt.ItemDataRole.FontRole) is None
    # Star it from the action (toolbar and menu share it).
    window.actions_.toggle_star.trigger()
    wait_idle(qtbot, window)
    assert flags(db_path, first) == (True, True)
    assert source_count(window, "Starred") == 1
    assert model.data(model.index(0, Column.STAR)) == "★"
    # Mark unread again: it stays unread (the delay does not mark it again).
    window.actions_.mark_unread.trigger()
    qtbot.wait(100)
    wait_idle(qtbot, window)
    assert flags(db_path, first) == (False, True)
    assert source_count(window, "Unread") == 10


def test_skimming_past_an_article_does_not_mark_it_read(
    make_window, db_path, corpus_factory, qtbot
):
    fill_library(db_path, corpus_factory(10))
    window = make_window(db_path)
    window.mark_read_delay = 400
    select_row(qtbot, window, 0)
    select_row(qtbot, window, 1)
    qtbot.wait(600)
    wait_idle(qtbot, window)
    model = window.article_model
    assert flags(db_path, model.article_id(0))[0] is False
    assert flags(db_path, model.article_id(1))[0] is True


def test_keyboard_navigation_and_commands(make_window, db_path, corpus_factory, qtbot, monkeypatch):
    from tests.support.ui_support import confirm_with

    fill_library(db_path, corpus_factory(12))
    window = make_window(db_path, show=True)
    window.mark_read_delay = 60_000  # here m alone decides what is read
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.article_view
    view.setFocus()
    model = window.article_model

    def current() -> int:
        return view.currentIndex().row()

    qtbot.keyClick(view, Qt.Key.Key_J)
    assert current() == 0
    assert window.browser.article.id == model.article_id(0)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert current() == 2
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert current() == 1
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert current() == 0
    # Space pages through the article, then moves on.
    window.browser.resize(300, 120)
    qtbot.wait(10)
    bar = window.browser.verticalScrollBar()
    assert bar.maximum() > 0
    presses = 0
    while current() == 0 and presses < 200:
        qtbot.keyClick(view, Qt.Key.Key_Space)
        presses += 1
    assert current() == 1 and presses > 1
    # s stars, m toggles read.
    article = model.article_id(1)
    qtbot.keyClick(view, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    assert flags(db_path, article)[1] is True
    qtbot.keyClick(view, Qt.Key.Key_M)
    wait_idle(qtbot, window)
    assert flags(db_path, article)[0] is True
    qtbot.keyClick(view, Qt.Key.Key_M)
    wait_idle(qtbot, window)
    assert flags(db_path, article)[0] is False
    # Delete asks first; saying no keeps the article.
    asked = confirm_with(monkeypatch, False)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert len(asked) == 1 and model.rowCount() == 12
    confirm_with(monkeypatch, True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert model.rowCount() == 11
    with Store.open(db_path) as store:
        assert article not in store.article_ids()
    # Typing j in the search field types it; it does not move in the list.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    row = current()
    qtbot.keyClicks(window.search_field, "jk")
    assert window.search_field.text() == "jk" and current() == row


def test_ctrl_a_selects_all_for_actions_on_many(make_window, db_path, corpus_factory, qtbot):
    fill_library(db_path, corpus_factory(30))
    window = make_window(db_path, show=True)
    view = window.article_view
    view.setFocus()
    select_row(qtbot, window, 0)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_ids()) == 30
    window.actions_.mark_read.trigger()
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        assert store.totals() == (30, 0, 0)
    assert source_count(window, "Unread") == 0
    # Shift-click extends a selection.
    select_row(qtbot, window, 2)
    rect = view.visualRect(window.article_model.index(5, Column.TITLE))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, rect.center()
    )
    assert window.selected_ids() == [window.article_model.article_id(r) for r in range(2, 6)]


def test_search_filters_the_list_as_you_type(
    make_window, db_path, corpus_factory, sample_path, qtbot
):
    fill_library(db_path, corpus_factory(40), sample_path)
    with Store.open(db_path) as store:
        expected = store.article_ids(ArticleQuery(search="李强"))
    window = make_window(db_path)
    queries: list[str | None] = []
    window.article_model.loaded.connect(
        lambda _n: queries.append(window.article_model.query.search)
    )
    # QTest cannot type Chinese: insert it the way an input method does, a
    # character at a time, quicker than the debounce.
    window.search_field.insert("李")
    window.search_field.insert("强")
    qtbot.waitUntil(lambda: window.article_model.query.search == "李强", timeout=2000)
    wait_idle(qtbot, window)
    model = window.article_model
    assert [model.article_id(r) for r in range(model.rowCount())] == expected
    assert 0 < len(expected) < 41
    assert queries == ["李强"]  # one query for two keystrokes
    window.search_field.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 41, timeout=2000)
    qtbot.keyClicks(window.search_field, "climat")
    qtbot.waitUntil(lambda: window.article_model.query.search == "climat", timeout=2000)
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        assert model.rowCount() == store.count(ArticleQuery(search="climat")) > 0


@pytest.mark.parametrize("column", [Column.TITLE, Column.SOURCE])
def test_sorting_by_a_column(make_window, db_path, corpus_factory, qtbot, column):
    fill_library(db_path, corpus_factory(25))
    window = make_window(db_path)
    window.article_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, window)
    model = window.article_model
    values = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert values == sorted(values, key=str.casefold)
    # The star column has no order; clicking it leaves the sort as it was.
    header = window.article_view.horizontalHeader()
    header.setSortIndicator(Column.STAR, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, window)
    assert header.sortIndicatorSection() == column


def test_the_original_opens_in_the_system_browser_only_when_asked(
    make_window, db_path, sample_path, qtbot, opened_urls
):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    select_row(qtbot, window, 0)
    qtbot.wait(50)
    assert opened_urls == []  # opening an article opens nothing
    window.actions_.open_original.trigger()
    [url] = opened_urls
    assert url.toString().startswith("https://www.rfi.fr/cn/")


def test_an_outdated_search_index_is_rebuilt_behind_a_dialog(
    db_path, corpus_factory, qtbot, monkeypatch
):
    import sqlite3

    from PySide6.QtWidgets import QProgressDialog

    from reader import app
    from reader.core.library import search_index_outdated

    fill_library(db_path, corpus_factory(30))
    with Store.open(db_path) as store:
        store.add_articles(store.source_id("notes"), [store_article("一头鲸鱼在弹钢琴")])
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("UPDATE meta SET value = '1' WHERE key = 'search_index'")
    db.close()
    shown = []
    real_show = QProgressDialog.show
    monkeypatch.setattr(
        QProgressDialog, "show", lambda self: (shown.append(self.labelText()), real_show(self))
    )
    app._upgrade_search_index(db_path)
    assert shown and "search index" in shown[0]
    assert not search_index_outdated(db_path)
    with Store.open(db_path) as store:
        assert store.count(ArticleQuery(search="鲸鱼在弹")) == 1
    shown.clear()
    app._upgrade_search_index(db_path)  # up to date: no dialog
    assert shown == []


def store_article(text: str):
    from datetime import UTC, datetime

    from reader.core.models import NewArticle

    return NewArticle(
        title="Notes",
        url="https://example.org/notes",
        published=datetime(2024, 1, 1, tzinfo=UTC),
        html=f"<p>{text}</p>",
        text=text,
    )

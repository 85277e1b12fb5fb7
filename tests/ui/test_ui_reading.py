"""Reading as a person does: the real mouse on rows, keys to the focused widget.

Every test here presses the mouse on the viewport at a row's rectangle (or
types into the widget that has the focus), never only sets the current
index: a press makes a row current before it selects it, and a window that
listened to the wrong signal kept showing the old article.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl

from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle
from reader.ui.models.article_model import URL_ROLE, Column
from reader.ui.models.source_model import NodeKind
from tests.support.ui_support import fill_library, wait_idle


def click_row(qtbot, window, row: int, *, double: bool = False) -> None:
    view = window.article_view
    index = window.article_model.index(row, Column.TITLE)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    if double:  # as the system sends it: a click, then the double-click
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_source(qtbot, window, title: str) -> None:
    view = window.source_view
    model = window.source_model
    for node in model._nodes.values():
        if node.title == title:
            index = model.index_of(node.key)
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            wait_idle(qtbot, window)
            return
    raise AssertionError(f"no source {title!r}")


def shown_title(window) -> str | None:
    article = window.browser.article
    return article.title if article is not None else None


def row_title(window, row: int) -> str:
    return window.article_model.data(window.article_model.index(row, Column.TITLE))


@pytest.fixture
def library(db_path, corpus_factory, sample_path):
    fill_library(db_path, corpus_factory(40), sample_path)
    with Store.open(db_path) as store:
        ids = store.article_ids(ArticleQuery())
        store.mark(ids[:3], starred=True)
        store.mark(ids[3:10], read=True)
        store.set_source_folder(store.find_source("RFI").id, "Francophone")
        store.tag_articles(ids[:6], add=["climate desk"])
        store.save_search("Climat search", "climat")
        # A feed that went, keeping its two starred articles: "Archived".
        gone = store.add_feed("https://gone.example/feed.xml", name="gone", title="Gone Wire")
        kept = store.add_articles(
            gone,
            [
                NewArticle(f"Gone {n}", f"https://gone.example/{n}", None, f"<p>G{n}</p>", f"G{n}")
                for n in range(2)
            ],
        ).added
        store.mark(kept, starred=True)
        store.delete_source(gone)
    return db_path


def test_a_click_on_a_row_opens_that_article_in_every_source_kind(make_window, library, qtbot):
    window = make_window(library, show=True)
    kinds_seen = set()
    titles = ("All articles", "Unread", "Starred", "Francophone", "RFI", "DW")
    for title in (*titles, "climate desk", "Climat search", "Archived"):
        click_source(qtbot, window, title)
        kinds_seen.add(window.source_view.current_node().kind)
        rows = window.article_model.rowCount()
        assert rows >= 2, title
        for row in sorted({rows - 1, 1, 0}):
            click_row(qtbot, window, row)
            assert shown_title(window) == row_title(window, row), (title, row)
            assert window.browser.article.id == window.article_model.article_id(row)
    # A sync account's nodes are clicked in test_ui_sync.py (they need a server);
    # the research sections' headings list nothing of their own: not selectable.
    assert kinds_seen == set(NodeKind) - {
        NodeKind.ACCOUNT,
        NodeKind.ACCOUNT_FOLDER,
        NodeKind.TAGS,
        NodeKind.SAVED_SEARCHES,
    }


def test_a_click_opens_the_row_with_a_search_too(make_window, library, qtbot):
    window = make_window(library, show=True)
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, "climat")
    qtbot.waitUntil(lambda: window.article_model.query.search == "climat", timeout=5000)
    wait_idle(qtbot, window)
    assert 2 <= window.article_model.rowCount() < 41
    for row in (1, 0):
        click_row(qtbot, window, row)
        assert shown_title(window) == row_title(window, row)


def test_an_opened_unread_article_is_marked_read_after_a_moment(make_window, library, qtbot):
    window = make_window(library, show=True)
    click_source(qtbot, window, "Unread")
    click_row(qtbot, window, 0)
    article_id = window.browser.article.id
    qtbot.waitUntil(lambda: window.article_model.summary(0).read, timeout=5000)
    wait_idle(qtbot, window)
    with Store.open(library) as store:
        assert store.get_article(article_id).read


def test_double_click_and_return_open_the_original(make_window, library, qtbot):
    window = make_window(library, show=True)
    opened: list[str] = []
    window.browser.opener = lambda url: opened.append(url.toString()) or True
    click_row(qtbot, window, 2, double=True)
    url = window.article_model.data(window.article_model.index(2, 0), URL_ROLE)
    assert opened == [QUrl(url).toString()]
    click_row(qtbot, window, 4)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return)
    assert opened[-1] == QUrl(window.browser.article.url).toString()
    assert len(opened) == 2


def test_the_pane_never_shows_an_article_the_list_does_not_hold(make_window, library, qtbot):
    window = make_window(library, show=True)
    click_source(qtbot, window, "DW")
    click_row(qtbot, window, 0)
    dw_article = window.browser.article
    assert dw_article is not None
    # Another source: the DW article is not in its list, so the pane empties.
    click_source(qtbot, window, "RFI")
    assert window.browser.article is None
    assert "Select an article" in window.browser.toPlainText()
    # Back to a list that holds it: it is still selected and shown.
    click_row(qtbot, window, 0)
    rfi_article = window.browser.article
    click_source(qtbot, window, "All articles")
    row = window.article_model.row_of(rfi_article.id)
    assert window.browser.article.id == rfi_article.id
    assert window.article_view.is_row_selected(row)
    # A search that leaves it out empties the pane; one with no hits says so.
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, "zzzznothing")
    qtbot.waitUntil(lambda: window.article_model.query.search == "zzzznothing", timeout=5000)
    wait_idle(qtbot, window)
    assert window.browser.article is None
    assert "No article matches" in window.browser.toPlainText()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_small_screens_keep_the_search_field_and_room_to_read(make_window, library, qtbot, size):
    window = make_window(library, show=True)
    window.resize(*size)
    qtbot.wait(50)
    field = window.search_field
    assert field.isVisible() and field.width() >= 150
    top_left = field.mapTo(window, QPoint(0, 0))
    assert top_left.x() >= 0 and top_left.x() + field.width() <= window.width()
    assert window.toolbar.widgetForAction(window.actions_.add_feed).isVisible()
    # Ctrl+F from the list focuses the field; letters typed there stay there.
    click_row(qtbot, window, 0)
    shown = window.browser.article.id
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()
    summary = window.article_model.summary(0)
    qtbot.keyClicks(field, "jkmsnp ")
    assert field.text() == "jkmsnp "
    assert window.browser.article.id == shown
    assert window.article_model.summary(0).starred == summary.starred
    # The article gets at least half of the height.
    lower = window.browser.height()
    upper = window.list_pane.height()
    assert lower >= upper and lower >= (lower + upper) // 2


def test_the_wide_layout_puts_the_article_beside_the_list_and_is_remembered(
    make_window, library, qtbot, tmp_path
):
    window = make_window(library, show=True)
    window.resize(1366, 768)
    assert window.layout_name == "stacked"
    assert (
        window.browser.mapTo(window, QPoint(0, 0)).y()
        > window.list_pane.mapTo(window, QPoint(0, 0)).y()
    )
    window.actions_.layout_actions["wide"].trigger()
    qtbot.wait(20)
    list_pos = window.list_pane.mapTo(window, QPoint(0, 0))
    browser_pos = window.browser.mapTo(window, QPoint(0, 0))
    assert browser_pos.x() > list_pos.x() + window.list_pane.width() - 5
    assert abs(browser_pos.y() - list_pos.y()) < 5
    assert window.browser.width() > window.list_pane.width()
    # The narrow list shows title and date, and never scrolls sideways.
    assert window.article_view.isColumnHidden(Column.SOURCE)
    assert not window.article_view.horizontalScrollBar().isVisible()
    window.close()
    again = make_window(library, show=True)
    assert again.layout_name == "wide"
    assert again.actions_.layout_actions["wide"].isChecked()
    assert again.article_view.isColumnHidden(Column.SOURCE)
    again.actions_.layout_actions["stacked"].trigger()
    assert again.browser.mapTo(again, QPoint(0, 0)).y() > 50
    assert not again.article_view.isColumnHidden(Column.SOURCE)


def test_another_programs_import_appears_without_reload(
    make_window, db_path, corpus_factory, sample_path, qtbot
):
    fill_library(db_path, corpus_factory(30))
    window = make_window(db_path, show=True)
    window.resize(1024, 600)
    # Scroll down a little and open an article, as a reader would.
    click_row(qtbot, window, 8)
    shown = window.browser.article.id
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.singleStep() * 3)
    top_id = window.article_model.article_id(window.article_view.rowAt(0))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "import", "--db", str(db_path), str(sample_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 31, timeout=5000)
    wait_idle(qtbot, window)
    assert "31 articles" in window.count_label.text()
    # The sample is the newest: it came in above, and the reader's place,
    # the open article and its selection stayed.
    assert window.browser.article.id == shown
    row = window.article_model.row_of(shown)
    assert window.article_view.is_row_selected(row)
    assert window.article_model.article_id(window.article_view.rowAt(0)) == top_id
    titles = [n.title for n in window.source_model._nodes.values()]
    assert "RFI" in titles


def test_nothing_changed_costs_nothing(make_window, db_path, sample_path, qtbot):
    fill_library(db_path, sample_path)
    window = make_window(db_path)
    reloads: list[int] = []
    window.library.changed_elsewhere.connect(lambda: reloads.append(1))
    for _ in range(3):
        window.library._check_for_changes()
    assert reloads == []
    window.library.mark([window.article_model.article_id(0)], starred=True)
    wait_idle(qtbot, window)
    window.library._check_for_changes()
    assert reloads == [1]


def test_counts_are_said_with_plurals(make_window, db_path, sample_path, qtbot):
    fill_library(db_path, sample_path)
    window = make_window(db_path)
    assert window.count_label.text() == "1 article"
    node = next(n for n in window.source_model._nodes.values() if n.title == "RFI")
    tooltip = window.source_model.data(
        window.source_model.index_of(node.key), Qt.ItemDataRole.ToolTipRole
    )
    assert tooltip.startswith("rfi.fr: 1 article, 1 unread")


def test_the_empty_library_offers_import_and_add_feed(make_window, db_path, qtbot, monkeypatch):
    window = make_window(db_path, show=True)
    text = window.browser.toPlainText()
    assert "Import saved articles" in text and "Add a feed" in text
    assert f"Your library is {db_path}." in text
    asked: list[str] = []
    window.actions_.add_feed.triggered.disconnect()
    window.actions_.add_feed.triggered.connect(lambda: asked.append("add-feed"))
    window.actions_.import_files.triggered.disconnect()
    window.actions_.import_files.triggered.connect(lambda: asked.append("import"))
    document = window.browser.document()
    for label in ("Add a feed", "Import saved articles"):
        cursor = document.find(label)
        rect = window.browser.cursorRect(cursor)
        qtbot.mouseClick(
            window.browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(4, 0)
        )
    assert asked == ["add-feed", "import"]


def test_the_welcome_opens_the_sample(make_window, db_path, qtbot):
    window = make_window(db_path, show=True)
    cursor = window.browser.document().find("Open the sample article")
    rect = window.browser.cursorRect(cursor)
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        qtbot.mouseClick(
            window.browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(4, 0)
        )
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 1
    assert row_title(window, 0).startswith("克里与李强")
    # Opened, selected in the list: not "Select an article to read it".
    qtbot.waitUntil(lambda: window.browser.article is not None, timeout=5000)
    assert window.browser.article.title.startswith("克里与李强")
    assert window.article_view.is_row_selected(0)

"""Searching in the window as a person does: typing, the order, the snippets, the marks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle, SortKey
from reader.ui.models.article_model import FIRST_PAGE, SNIPPET_ROLE, Column
from tests.support.ui_support import wait_idle


def _article(n: int, text: str, title: str) -> NewArticle:
    return NewArticle(
        title=title,
        url=f"https://example.org/{n}",
        published=datetime(2024, 1, 1 + n % 28, 8, n % 60, tzinfo=UTC),
        html=f"<p>{text}</p>",
        text=text,
    )


def _fill(db_path, extra: int = 0) -> list[int]:
    with Store.open(db_path) as store:
        source = store.source_id("desk")
        articles = [
            _article(1, "Les négociations sur le climat avancent à Pékin.", "Climat"),
            _article(2, "臺灣記者報導了會議。" * 3, "Taiwan"),
            _article(3, "climate climate climate: talks on the climate.", "Climate talks"),
            _article(4, "Nothing to see here.", "Other"),
            *(_article(10 + n, f"climate note {n}", f"Note {n}") for n in range(extra)),
        ]
        return store.add_articles(source, articles).added


def _rows(window) -> list[int]:
    model = window.article_model
    return [model.article_id(r) for r in range(model.rowCount())]


def _search(qtbot, window, text: str) -> None:
    window.search_field.clear()
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: window.article_model.query.search == text, timeout=3000)
    wait_idle(qtbot, window)


def test_typing_a_search_shows_snippets_and_clicking_a_row_marks_the_hits(
    make_window, db_path, qtbot
):
    ids = _fill(db_path)
    window = make_window(db_path, show=True)
    window.search_field.setFocus()
    # Simplified typed, Traditional found: an input method inserts the characters.
    window.search_field.insert("记者")
    qtbot.waitUntil(lambda: window.article_model.query.search == "记者", timeout=3000)
    wait_idle(qtbot, window)
    assert _rows(window) == [ids[1]]
    model = window.article_model
    title = model.index(0, Column.TITLE)
    qtbot.waitUntil(lambda: model.data(title, SNIPPET_ROLE) is not None, timeout=3000)
    text, marks = model.data(title, SNIPPET_ROLE)
    assert {text[a:b] for a, b in marks} == {"記者"}

    _search(qtbot, window, "negociations")
    assert _rows(window) == [ids[0]]
    title = model.index(0, Column.TITLE)
    qtbot.waitUntil(lambda: model.data(title, SNIPPET_ROLE) is not None, timeout=3000)
    text, marks = model.data(title, SNIPPET_ROLE)
    assert [text[a:b] for a, b in marks] == ["négociations"]
    window.article_view.viewport().update()
    qtbot.wait(50)  # painted by the snippet delegate without an error

    view = window.article_view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(title).center()
    )
    qtbot.waitUntil(lambda: window.browser.article is not None, timeout=3000)
    marked = [s.cursor.selectedText() for s in window.browser.extraSelections()]
    assert marked == ["négociations"]

    # A new search marks its own words in the open article, or none.
    _search(qtbot, window, "zzzz")
    assert window.browser.extraSelections() == [] or window.browser.article is None


def test_the_order_choice_puts_the_most_relevant_first(make_window, db_path, qtbot):
    ids = _fill(db_path, extra=3)
    window = make_window(db_path, show=True)
    _search(qtbot, window, "climate")
    with Store.open(db_path) as store:
        by_date = store.article_ids(ArticleQuery(search="climate"))
        by_relevance = store.article_ids(ArticleQuery(search="climate"), sort=SortKey.RELEVANCE)
    assert _rows(window) == by_date
    assert by_relevance[0] == ids[2] != by_date[0]
    window.search_order.setCurrentIndex(1)
    qtbot.waitUntil(lambda: _rows(window) == by_relevance, timeout=3000)
    assert window.actions_.by_relevance.isChecked()
    window.search_order.setCurrentIndex(0)
    qtbot.waitUntil(lambda: _rows(window) == by_date, timeout=3000)
    # From the keyboard: View ▸ Most Relevant First, and the choice follows.
    window.actions_.by_relevance.trigger()
    qtbot.waitUntil(lambda: _rows(window) == by_relevance, timeout=3000)
    assert window.search_order.currentIndex() == 1


def test_a_search_shows_its_first_page_then_the_rest(make_window, db_path, qtbot):
    """The first page arrives alone, then the rest goes below it without a reset."""
    _fill(db_path, extra=FIRST_PAGE + 30)
    window = make_window(db_path, show=True)
    model = window.article_model
    _search(qtbot, window, "negociations")
    counts: list[int] = []
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.loaded.connect(counts.append)
    _search(qtbot, window, "climate")
    assert resets == [FIRST_PAGE]  # the first page, on its own; the rest was inserted
    assert counts == [model.rowCount()] == [FIRST_PAGE + 31]

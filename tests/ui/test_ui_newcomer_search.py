"""Searching and reading as a new user does it (issue 24): the list's top, the
keys out of the search field, relative dates, the highlight, the sort arrow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reader.core.library import Store
from reader.core.models import NewArticle
from reader.ui.models.article_model import Column
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_reading import click_row
from tests.ui.test_ui_research import QUOTE, highlighted, sample_row, select_in_view


def _fill(db_path, count: int = 300) -> list[int]:
    """``count`` articles, one a day back from now; the even ones say "climate"."""
    now = datetime.now(UTC)
    with Store.open(db_path) as store:
        source = store.source_id("desk")
        articles = [
            NewArticle(
                title=f"Story {n}",
                url=f"https://example.org/{n}",
                published=now - timedelta(days=n, hours=1),
                html=f"<p>{'climate' if n % 2 == 0 else 'weather'} report {n}</p>",
                text=f"{'climate' if n % 2 == 0 else 'weather'} report {n}",
            )
            for n in range(count)
        ]
        return store.add_articles(source, articles).added


def _type(qtbot, window, text: str) -> None:
    field = window.search_field
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: window.article_model.query.search == text.strip(), timeout=3000)
    wait_idle(qtbot, window)


def _titles(window) -> list[str]:
    model = window.article_model
    return [model.summary(r).title for r in range(model.rowCount())]


def test_a_new_search_shows_the_top_of_the_list(make_window, db_path, qtbot):
    _fill(db_path)
    window = make_window(db_path, show=True)
    window.resize(1000, 600)
    view = window.article_view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())  # the reader dragged the scroll bar down to the oldest
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=3000)

    _type(qtbot, window, "climate")
    assert bar.value() == 0
    assert view.rowAt(0) == 0
    assert _titles(window)[0] == "Story 0"  # the newest match is the one in sight

    # A new order too: the top of the list is in sight.
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=3000)
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(Column.DATE) + header.sectionSize(Column.DATE) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _titles(window)[0] != "Story 0", timeout=3000)
    assert bar.value() == 0


def test_down_return_and_tab_leave_the_search_for_its_first_result(make_window, db_path, qtbot):
    _fill(db_path, 40)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Tab):
        window = make_window(db_path, show=True)
        window.activateWindow()
        field, view = window.search_field, window.article_view
        _type(qtbot, window, "climate")
        qtbot.keyClick(field, key)
        assert QApplication.focusWidget() is view, key
        if key == Qt.Key.Key_Tab:  # Tab: the list, its first row current; j opens it
            qtbot.keyClick(view, Qt.Key.Key_J)
        qtbot.waitUntil(lambda: window.browser.article is not None, timeout=3000)  # noqa: B023
        assert window.browser.article.title == "Story 0", key
        # The next j goes down the list, not into the search.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
        qtbot.waitUntil(lambda: window.browser.article.title == "Story 2", timeout=3000)  # noqa: B023
        assert field.text() == "climate"
        window.close()

    # Escape empties the field; / and Ctrl+F come back to it.
    window = make_window(db_path, show=True)
    window.activateWindow()
    field, view = window.search_field, window.article_view
    _type(qtbot, window, "climate")
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 40, timeout=3000)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field
    # A / typed in the field is text.
    qtbot.keyClick(field, Qt.Key.Key_Slash)
    assert field.text() == "/"


def test_relative_dates_in_after_and_before(make_window, db_path, qtbot):
    _fill(db_path, 120)
    window = make_window(db_path, show=True)
    for search, count in (
        ("after:today", 1),
        ("after:yesterday", 2),
        ("after:7d", 7),
        ("after:2w", 14),
        ("before:3m", 120 - 91),  # older than three months (91 days ≥ 3 months back)
    ):
        window.search_field.clear()
        _type(qtbot, window, search)
        assert abs(window.article_model.rowCount() - count) <= 1, (search, _titles(window))
        assert not window.search_problem.isVisible(), search


def test_an_unreadable_date_says_so_under_the_field(make_window, db_path, qtbot):
    _fill(db_path, 10)
    window = make_window(db_path, show=True)
    _type(qtbot, window, "after:lastweek")
    qtbot.waitUntil(window.search_problem.isVisible, timeout=3000)
    assert "lastweek" in window.search_problem.text()
    assert "7d" in window.search_problem.text()  # says what works
    window.search_field.clear()
    _type(qtbot, window, "climate")
    assert not window.search_problem.isVisible()
    # On the way to a good date (after:2024-, after:2024-0) nothing flickers.
    window.search_field.clear()
    _type(qtbot, window, "after:2024-05")
    qtbot.wait(800)
    assert not window.search_problem.isVisible()


def test_h_leaves_the_new_highlight_in_sight(
    make_window, db_path, corpus_factory, sample_path, qtbot
):
    fill_library(db_path, corpus_factory(5), sample_path)
    window = make_window(db_path, show=True)
    click_row(qtbot, window, sample_row(window))
    select_in_view(window, QUOTE)
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: highlighted(window) == [QUOTE], timeout=5000)
    assert not window.browser.textCursor().hasSelection()


def _arrow_points_down(header, section: int) -> bool:
    """Read the sort arrow off the painted header: ▼ is widest at its top."""
    image = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    right = left + header.sectionSize(section)
    background = image.pixelColor(left + 4, image.height() // 2).lightness()
    widths = []
    for y in range(2, image.height() - 2):
        dark = [
            x
            for x in range(right - 30, right - 2)
            if abs(image.pixelColor(x, y).lightness() - background) > 60
        ]
        if dark:
            widths.append(max(dark) - min(dark))
    assert len(widths) >= 2, "no sort arrow painted"
    return widths[0] > widths[-1]


def test_the_date_arrow_points_the_way_the_list_runs(make_window, db_path, qtbot):
    _fill(db_path, 10)
    window = make_window(db_path, show=True)
    header = window.article_view.horizontalHeader()
    assert _titles(window)[0] == "Story 0"  # newest first
    assert _arrow_points_down(header, Column.DATE)
    x = header.sectionViewportPosition(Column.DATE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: _titles(window)[0] == "Story 9", timeout=3000)  # oldest first
    assert not _arrow_points_down(header, Column.DATE)

"""Accounts, full articles and the research desk together, on a small screen.

Each was built alone; these look at what a journalist meets when they are
used at once: the panels opened from the keyboard on a 1024×600 laptop in
French (the longest texts), the tree's tags and saved searches, and search
hits beside highlights in the dark.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout

from reader.core.content.anchors import quote_selector
from reader.core.library import Store
from reader.export.annotations import COLOURS
from reader.ui import icons, theme
from reader.ui.models.source_model import NodeKind
from reader.ui.views.snippet_delegate import MARK, MARK_TEXT
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_reading import click_row
from tests.ui.test_ui_research import sample_row

QUOTE = "全球变暖是"


@pytest.fixture
def desk(db_path, corpus_factory, sample_path):
    """The sample with a highlight and a note, two tags (one long), a saved search, an account."""
    fill_library(db_path, corpus_factory(12), sample_path)
    with Store.open(db_path) as store:
        sample = next(a for a in store.iter_articles() if a.title.startswith("克里"))
        store.tag_articles(
            [sample.id], add=["Court case — appeal hearing in the regional tribunal"]
        )
        store.save_search("Climate, not France, from the wires", "climat -france")
        anchor = quote_selector(store.get_article(sample.id).text, QUOTE)
        assert anchor is not None
        store.add_highlight(sample.id, anchor, colour="yellow", note="Quote it in the lead.")
        store.add_account("FreshRSS at work", "https://rss.example.org/api/greader.php", "me")
    return db_path


@pytest.fixture
def french():
    from reader.ui.i18n import install_translators, ui_locale

    install_translators(QLocale("fr"))
    yield
    install_translators(ui_locale())


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.flaky(reruns=1)  # waits for layouts to settle on a shared machine
@pytest.mark.parametrize(("layout", "measure", "tree"), [("stacked", 60, 20), ("wide", 36, 20)])
def test_both_panels_on_a_small_screen_leave_the_article_and_the_tree_readable(
    desk, make_window, qtbot, french, layout, measure, tree
):
    window = make_window(desk, show=True)
    window.resize(1024, 600)
    window.actions_.layout_actions[layout].trigger()
    wait_idle(qtbot, window)
    click_row(qtbot, window, sample_row(window))
    wait_idle(qtbot, window)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.keyClick(window.article_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    notes, info = window.research.notes_panel, window.research.info_panel
    qtbot.waitUntil(lambda: notes.isVisible() and info.isVisible())
    qtbot.wait(50)
    assert window.width() <= 1024  # nothing forced the window wider than the screen
    # The tree keeps a name's first words (French squeezed it to icons only).
    chars = window.source_view.fontMetrics().averageCharWidth()
    assert window.source_view.width() >= tree * chars
    # The article keeps a readable measure (stacked: 60 characters or more).
    article = window.browser.viewport().width()
    assert article >= measure * window.browser.fontMetrics().averageCharWidth()
    # On a small screen the panels take at most about a fifth of the width.
    assert notes.width() <= max(notes.minimumSizeHint().width(), 0.22 * 1024) + 2
    # Info shares the height with the highlights instead of showing three lines.
    assert info.height() >= (notes.height() + info.height()) // 3
    assert "Court case" in info.shown_text()
    # The missing-image sentence takes two lines at most: beside its button when
    # there is room, above it when not (beside it, French wrapped onto six).
    bar = window.images.bar
    assert bar.isVisible()
    assert bar.label.height() <= 2 * bar.label.fontMetrics().lineSpacing() + 8
    stacked = bar.layout().direction() == QBoxLayout.Direction.TopToBottom
    assert stacked == (layout == "wide")


def test_tags_and_saved_searches_have_their_own_icons_and_whole_names(desk, make_window):
    window = make_window(desk)
    model = window.source_model
    tag = next(n for n in model._nodes.values() if n.kind is NodeKind.TAG)
    saved = next(n for n in model._nodes.values() if n.kind is NodeKind.SAVED)
    tag_index, saved_index = model.index_of(tag.key), model.index_of(saved.key)
    # Not the style's "i" (read as Info) or page icons: a tag and a magnifier.
    decoration = Qt.ItemDataRole.DecorationRole
    assert tag_index.data(decoration).cacheKey() == icons.tag_icon().cacheKey()
    assert saved_index.data(decoration).cacheKey() == icons.search_icon().cacheKey()
    # A long name is cut in the pane: its tooltip gives it whole (and the query).
    tip = Qt.ItemDataRole.ToolTipRole
    assert tag_index.data(tip).startswith("Court case — appeal hearing in the regional tribunal")
    assert "Climate, not France, from the wires" in saved_index.data(tip)
    assert "climat -france" in saved_index.data(tip)


def test_search_hits_are_not_taken_for_highlights_and_stay_readable_in_the_dark(
    desk, make_window, qtbot
):
    window = make_window(desk, show=True)
    window.set_appearance(theme.Appearance.DARK)
    try:
        window.search_field.setFocus()
        window.search_field.insert("克里")  # pasted: QTest types no Chinese
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: window.article_model.rowCount() > 0)
        click_row(qtbot, window, sample_row(window))
        wait_idle(qtbot, window)
        selections = window.browser.extraSelections()
        # (background, text) of each mark, copied while the selections live
        colours = [
            (QColor(s.format.background().color()), QColor(s.format.foreground().color()))
            for s in selections
        ]
        backgrounds = {back.name() for back, _text in colours}
        assert MARK.name() in backgrounds  # the hits
        assert COLOURS["yellow"] in backgrounds  # the highlight, told apart from them
        for colour in COLOURS.values():  # another hue, not a shade of the highlighter's
            apart = abs(MARK.hsvHue() - QColor(colour).hsvHue())
            assert min(apart, 360 - apart) >= 15, colour
        for back, text in colours:  # black on a light mark: readable on the dark page too
            assert _contrast(text, back) >= 7
        assert _contrast(MARK_TEXT, MARK) >= 7
    finally:
        window.set_appearance(theme.Appearance.SYSTEM)


def test_closing_the_window_leaves_no_late_refresh(desk, make_window, qtbot):
    window = make_window(desk, show=True)
    click_row(qtbot, window, sample_row(window))
    wait_idle(qtbot, window)
    window.close()
    window.browser.rerender()  # what a theme change after closing does
    assert window.research.highlights  # kept, not re-read from the closed library


def test_a_hit_cut_off_at_the_cells_end_is_not_an_orange_ellipsis(qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QImage, QPainter

    from reader.ui.views.snippet_delegate import SnippetDelegate

    def orange_pixels(x: int) -> int:
        image = QImage(120, 20, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        SnippetDelegate._draw(
            painter, QRect(0, 0, 100, 20), x, "李强", QFont(), MARK_TEXT, MARK, QColor("#808080")
        )
        painter.end()
        return sum(
            image.pixelColor(px, py).name() == MARK.name() for px in range(120) for py in range(20)
        )

    assert orange_pixels(10) > 0  # room for the hit: marked
    assert orange_pixels(92) == 0  # only "…" fits: drawn plain


def test_f6_reaches_the_open_panels_after_the_article(desk, make_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_accessibility import _focus_walk

    window = make_window(desk, show=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_row(qtbot, window, sample_row(window))
    wait_idle(qtbot, window)
    no = Qt.KeyboardModifier.NoModifier
    closed = [window.search_field, window.article_view, window.browser, window.source_view]
    assert _focus_walk(qtbot, window.search_field, Qt.Key.Key_F6, no, 4) == [*closed, closed[0]]
    window.actions_.show_notes.trigger()
    window.actions_.article_info.trigger()
    notes, info = window.research.notes_panel.view, window.research.info_panel.text
    qtbot.waitUntil(lambda: notes.isVisible() and info.isVisible())
    walk = _focus_walk(qtbot, window.search_field, Qt.Key.Key_F6, no, 6)
    assert walk == [*closed[:3], notes, info, closed[3], closed[0]]
    # In the list, Return shows the chosen highlight in the article.
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert window.browser.textCursor().selectedText() == QUOTE


def test_the_new_buttons_say_what_they_do(desk, make_window):
    from PySide6.QtWidgets import QAbstractButton

    window = make_window(desk)
    bar = window.full_text.bar
    buttons = [
        *window.research.notes_panel.findChildren(QAbstractButton),
        bar.switch,
        bar.suggest,
        bar.retry,
    ]
    assert len(buttons) >= 5
    for button in buttons:
        assert button.toolTip().strip(), button.text()
    # Beside the search: the Save Search button and the order choice.
    assert window.actions_.save_search in window.search_field.actions()
    assert "Ctrl+Shift+F" in window.actions_.save_search.toolTip()
    assert window.search_order.toolTip()


def test_note_buttons_wait_for_a_chosen_highlight(desk, make_window, qtbot):
    window = make_window(desk, show=True)
    click_row(qtbot, window, sample_row(window))
    wait_idle(qtbot, window)
    window.actions_.show_notes.trigger()
    panel = window.research.notes_panel
    qtbot.waitUntil(panel.view.isVisible)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    view = panel.view
    index = panel.model.index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    assert window.browser.textCursor().selectedText() == QUOTE  # the click showed it


@pytest.mark.parametrize(("width", "least"), [(1024, 160), (1366, 190)])
def test_the_wide_layout_leaves_the_nested_names_room_where_there_is_some(
    desk, make_window, qtbot, width, least
):
    window = make_window(desk, show=True)
    window.resize(width, 768)
    qtbot.waitUntil(lambda: window.width() == width)
    window.actions_.layout_actions["wide"].trigger()
    qtbot.wait(20)
    assert window.outer_splitter.sizes()[0] >= least
    assert window.browser.width() >= window.article_view.width()  # the article still leads


def test_back_from_wide_the_sources_get_their_width_back(desk, make_window, qtbot):
    window = make_window(desk, show=True)
    window.resize(1200, 768)
    qtbot.waitUntil(lambda: window.width() == 1200)
    window.outer_splitter.setSizes([240, 960])  # as the reader dragged it
    stacked = window.outer_splitter.sizes()[0]
    window.actions_.layout_actions["wide"].trigger()
    qtbot.wait(20)
    assert window.outer_splitter.sizes()[0] < stacked  # wide narrows the sources
    window.actions_.layout_actions["stacked"].trigger()
    qtbot.wait(20)
    assert window.outer_splitter.sizes()[0] == stacked


def test_the_account_dialog_shows_a_whole_api_address(qtbot, french):
    from reader.ui.dialogs.accounts_page import AccountDialog

    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    address = "https://rss.example.org/api/greader.php"
    qtbot.keyClicks(dialog.url, address)
    room = dialog.url.width() - 12  # less the frame and margins
    assert dialog.url.fontMetrics().horizontalAdvance(address) <= room


def test_a_heading_clicked_lists_nothing_new_and_offers_no_mark_all(
    desk, make_window, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMenu

    from tests.ui.test_ui_reading import click_source

    window = make_window(desk, show=True)
    click_source(qtbot, window, "Court case — appeal hearing in the regional tribunal")
    listed = window.article_model.rowCount()
    title = window.windowTitle()
    view = window.source_view
    heading = window.source_model.index_of(("tags", ""))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(heading).center()
    )
    wait_idle(qtbot, window)
    assert (window.windowTitle(), window.article_model.rowCount()) == (title, listed)
    assert listed == 1  # still the tag's article, not the whole library under "Tags"
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    view.customContextMenuRequested.emit(view.visualRect(heading).center())
    assert not shown
    # The arrow keys pass over the heading to the next item.
    saved = window.source_model.index_of(("saved-searches", ""))
    view.setCurrentIndex(saved)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    wait_idle(qtbot, window)
    assert window.windowTitle().startswith("Climate, not France")


def test_save_search_waits_for_a_search(desk, make_window, qtbot):
    window = make_window(desk, show=True)
    save = window.actions_.save_search
    assert not save.isEnabled()  # the button in the empty field is greyed
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "kerry")
    assert save.isEnabled()
    window.search_field.selectAll()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Backspace)
    assert not save.isEnabled()


def test_save_search_and_export_do_not_share_a_picture(desk, make_window):
    window = make_window(desk)
    a = window.actions_
    assert a.save_search.icon().cacheKey() == icons.bookmark_icon().cacheKey()
    assert a.save_search.icon().cacheKey() != a.export_pdf.icon().cacheKey()

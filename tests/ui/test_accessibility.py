"""Accessibility as a screen reader and a keyboard user meet it.

Names are read through Qt's accessibility interfaces (what AT-SPI and UI
Automation are given), not from widget properties: a label's buddy, a
button's text or an action's icon text all count, an object name does not.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from reader.core.feeds.discovery import FoundFeed
from reader.core.models import Article
from reader.ui import theme
from reader.ui.dialogs.damaged_dialog import DamagedDialog
from reader.ui.dialogs.export_dialog import ExportDialog
from reader.ui.dialogs.feed_dialogs import FeedDialog, PasswordDialog, PickFeedDialog
from reader.ui.dialogs.import_report import ImportReportDialog
from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from reader.ui.views.article_view import ArticleBrowser
from tests.support.ui_support import fill_library

BLACK, WHITE, YELLOW, CYAN = "#000000", "#ffffff", "#ffff00", "#00ffff"


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name).strip()


def labels_of(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    relations = interface.relations(QAccessible.RelationFlag.Label)
    return [label.text(QAccessible.Text.Name) for label, _relation in relations]


def unnamed_controls(top: QWidget) -> list[str]:
    """Every visible control that takes the focus but has no accessible name."""
    found: list[str] = []

    def walk(interface: QAccessible.QAccessibleInterface | None, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 30:
            return
        widget = interface.object()
        control = isinstance(widget, QWidget) and widget.isVisible() and interface.state().focusable
        if control and not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
        for i in range(interface.childCount()):
            child = interface.child(i)
            if child is not None and isinstance(child.object(), QWidget):
                walk(child, depth + 1)

    walk(QAccessible.queryAccessibleInterface(top), 0)
    return found


def test_the_panes_and_the_search_field_have_names(make_window, db_path, sample_path):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    assert name_of(window.source_view) == "Sources"
    assert name_of(window.article_view) == "Articles"
    assert name_of(window.browser) == "Article"
    assert name_of(window.search_field) == "Search articles"
    for pane in (window.source_view, window.article_view, window.browser):
        interface = QAccessible.queryAccessibleInterface(pane)
        assert interface.text(QAccessible.Text.Description).strip()
    assert unnamed_controls(window) == []


@pytest.mark.parametrize(
    "style", [Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly]
)
def test_every_toolbar_button_is_named_after_its_action(make_window, db_path, style):
    window = make_window(db_path, show=True)
    toolbar = window.findChild(QToolBar, "mainToolBar")
    toolbar.setToolButtonStyle(style)
    buttons = [
        toolbar.widgetForAction(action) for action in toolbar.actions() if not action.isSeparator()
    ]
    assert len(buttons) == 8
    for button in buttons:
        assert isinstance(button, QToolButton)
        action = button.defaultAction()
        expected = action.text().replace("&", "").removesuffix("…").strip()
        assert name_of(button) == expected, (name_of(button), action.text())
    # Toolbar buttons take no focus (as in every Qt program): each must
    # then be reachable from the menu bar, by keyboard.
    in_menus = {
        action
        for menu_action in window.menuBar().actions()
        for action in _all_actions(menu_action.menu())
    }
    assert {button.defaultAction() for button in buttons} <= in_menus


def _all_actions(menu) -> list[QAction]:
    actions: list[QAction] = []
    for action in menu.actions():
        actions.append(action)
        if action.menu() is not None:
            actions.extend(_all_actions(action.menu()))
    return actions


def _focus_walk(qtbot, start: QWidget, key: Qt.Key, modifier, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focus = QApplication.focusWidget()
        if focus is not seen[-1]:  # Tab also walks the article's links
            seen.append(focus)
    return seen


def test_tab_and_f6_go_search_list_article_sources(make_window, db_path, sample_path, qtbot):
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    order = [window.search_field, window.article_view, window.browser, window.source_view]
    no = Qt.KeyboardModifier.NoModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    assert _focus_walk(qtbot, window.search_field, Qt.Key.Key_Tab, no, 12)[:5] == [*order, order[0]]
    # Shift+Tab goes back; from the search field that is the sources.
    back = _focus_walk(qtbot, window.search_field, Qt.Key.Key_Backtab, shift, 12)
    assert back[:5] == [order[0], order[3], order[2], order[1], order[0]]
    # F6 leaves the article at once, however many links it has.
    assert _focus_walk(qtbot, window.search_field, Qt.Key.Key_F6, no, 4) == [*order, order[0]]
    back = _focus_walk(qtbot, window.browser, Qt.Key.Key_F6, shift, 2)
    assert back == [order[2], order[1], order[0]]


def _dialogs(parent: QWidget) -> list[QWidget]:
    feeds = [
        FoundFeed("https://example.org/rss", "Example", "RSS"),
        FoundFeed("https://example.org/atom", None, "Atom"),
    ]
    report = ImportReportDialog(parent)
    return [
        ExportDialog(parent, count=3, file_name="a.pdf", folder="/tmp", page_size="A4"),
        FeedDialog(parent, ["Courts", "Politics"]),
        PasswordDialog(parent, "Example", "reporter", "No keyring: the password is not kept."),
        PickFeedDialog(parent, feeds),
        ShortcutsDialog([QAction("&Next Article", parent)], parent),
        report,
        DamagedDialog(parent, "/tmp/library.db", "not a database", None),
    ]


def test_every_dialog_field_has_a_name(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    for dialog in _dialogs(parent):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        if isinstance(dialog, ExportDialog):
            # The path field is named by its label, which changes with the mode.
            assert name_of(dialog.path_field) == "File:"
            dialog.per_article.setChecked(True)
            assert name_of(dialog.path_field) == "Folder:"
            # On Linux Qt names a combo box by its item and tells AT-SPI its
            # label through a relation; elsewhere the name is used.
            assert name_of(dialog.paper) in ("Paper", "A4")
            assert "Paper:" in labels_of(dialog.paper)
        dialog.close()


def high_contrast() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, value in {
        role.Window: BLACK, role.WindowText: WHITE, role.Base: BLACK, role.Text: WHITE,
        role.Button: BLACK, role.ButtonText: WHITE, role.Highlight: CYAN,
        role.HighlightedText: BLACK, role.Link: YELLOW, role.LinkVisited: YELLOW,
        role.PlaceholderText: WHITE, role.AlternateBase: BLACK,
    }.items():  # fmt: skip
        palette.setColor(name, QColor(value))
    return palette


def _article() -> Article:
    when = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    return Article(
        id=1, source_id=1, source_name="example.org", source_title="Example",
        title="Court hearing", url="https://example.org/a", author=None,
        published=when, added=when, read=False, starred=False, text="text",
        html='<p>The hearing resumed. <a href="https://example.org/b">The ruling</a>.</p>',
    )  # fmt: skip


def _count(image, color: str) -> int:
    wanted = QColor(color).rgb()
    return sum(
        1
        for y in range(0, image.height(), 1)
        for x in range(0, image.width(), 1)
        if image.pixel(x, y) == wanted
    )


def test_the_article_takes_a_high_contrast_palette(qtbot):
    browser = ArticleBrowser()
    qtbot.addWidget(browser)
    browser.resize(500, 260)
    browser.setPalette(high_contrast())
    browser.show_article(_article())
    browser.show()
    qtbot.waitExposed(browser)
    css = browser.document().defaultStyleSheet()
    assert f"color: {WHITE}" in css and f"color: {YELLOW}" in css
    image = browser.viewport().grab().toImage()
    assert _count(image, WHITE) > 50  # the text, in the palette's text color
    assert _count(image, YELLOW) > 20  # the link, in the palette's link color
    anchor = browser.document().find("The ruling").charFormat()
    assert anchor.foreground().color().name() == YELLOW


@pytest.mark.parametrize(
    ("base", "text"),
    [(WHITE, BLACK), (BLACK, WHITE), ("#fffbe6", "#202020"), ("#e0a000", BLACK)],
)
def test_the_star_stays_readable_on_any_background(base, text):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    color = theme.star_color(palette)
    assert theme.contrast(color, QColor(base)) >= 3.0
    if theme.contrast(theme.STAR_GOLD, QColor(base)) >= 3.0:
        assert color == theme.STAR_GOLD  # gold wherever gold reads


def test_the_list_draws_the_star_in_the_readable_color(make_window, db_path, sample_path):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.models.article_model import Column

    fill_library(db_path, sample_path)
    window = make_window(db_path)
    view = window.article_view
    delegate = view.itemDelegateForColumn(Column.STAR)
    assert delegate is not None
    option = QStyleOptionViewItem()
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor(WHITE))
    light.setColor(QPalette.ColorRole.Text, QColor(BLACK))
    option.palette = light
    delegate.initStyleOption(option, window.article_model.index(0, Column.STAR))
    drawn = option.palette.color(QPalette.ColorRole.Text)
    assert theme.contrast(drawn, QColor(WHITE)) >= 3.0


# -- what a screen reader is told beyond the widgets' names (issue 25; the
# real AT-SPI tree and its events are in test_atspi.py) ------------------------


def test_the_row_says_unread_and_starred_before_its_title(make_window, db_path, sample_path):
    from reader.core.library import Store
    from reader.ui.accessibility import cell_interface
    from reader.ui.models.article_model import Column

    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        store.mark([a.id for a in store.list_articles()], starred=True)
    window = make_window(db_path, show=True)
    model, view = window.article_model, window.article_view
    title = cell_interface(view, model.index(0, Column.TITLE))
    assert title is not None
    name = title.text(QAccessible.Text.Name)
    assert name.startswith("Unread, starred, 克里与李强和王毅会面 盼重新定义美中关系, RFI, ")
    star = cell_interface(view, model.index(0, Column.STAR))
    assert star is not None and star.state().checked
    assert star.text(QAccessible.Text.Name) == "Starred"
    # The check state is for screen readers: the star shows it, no check box.
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(Column.STAR).initStyleOption(option, model.index(0, Column.STAR))
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator


def test_a_failed_account_says_why_in_its_description(make_window, db_path):
    from reader.core.library import Store

    with Store.open(db_path) as store:
        account = store.add_account("Newsroom", "http://127.0.0.1:9/api", "reporter")
        store.record_sync(account, error="cannot connect to 127.0.0.1:9")
    window = make_window(db_path, show=True)
    model = window.source_model
    index = model.index_of(("account", str(account)))
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Newsroom, failed"
    description = model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description == "Sync failed: cannot connect to 127.0.0.1:9"


def test_controls_qt_makes_without_a_name_are_named(make_window, db_path):
    from PySide6.QtWidgets import QProgressBar

    window = make_window(db_path, show=True)
    clear = window.search_field.findChildren(QToolButton)
    assert clear and all(name_of(button) == "Clear the search" for button in clear)
    more = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert name_of(more) == "More toolbar buttons"
    assert name_of(window.findChild(QToolButton, "fullTextSwitch")) == "Show the Full Article"
    assert name_of(window.findChild(QToolButton, "exportOpen")) == "Open the Export"
    bars = {bar.objectName(): name_of(bar) for bar in window.findChildren(QProgressBar)}
    assert bars == {
        "importProgressBar": "Importing",
        "refreshProgressBar": "Refreshing feeds",
        "exportProgressBar": "Exporting",
        "syncProgressBar": "Syncing accounts",
    }


def test_the_article_describes_its_links_and_highlights(make_window, db_path, sample_path, qtbot):
    from reader.core.content.anchors import quote_selector
    from reader.core.library import Store

    fill_library(db_path, sample_path)
    quote = "全球变暖是"
    with Store.open(db_path) as store:
        article = store.list_articles()[0]
        anchor = quote_selector(store.get_article(article.id).text, quote)
        assert anchor is not None
        store.add_highlight(article.id, anchor)
    window = make_window(db_path, show=True)
    window.show_article(article.id)
    browser = window.browser
    qtbot.waitUntil(lambda: "highlight" in browser.accessibleDescription())
    description = browser.accessibleDescription()
    assert description.startswith("The open article; Tab moves between its links. ")
    assert "1 link: https://www.rfi.fr/cn/国际/20230718-" in description
    assert f"1 highlight: “{quote}”" in description
    browser.show_article(_article())
    assert browser.accessibleDescription().endswith(
        "2 links: https://example.org/a; The ruling (https://example.org/b)"
    )  # the original's address first, then the links in the text


def test_an_error_that_comes_back_on_the_status_bar_is_said_once(
    make_window, db_path, qtbot, monkeypatch
):
    """An error held on the bar behind a newer message comes back alone when
    that one goes: a listener heard it already (it was said twice)."""
    from reader.ui import accessibility, message

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        accessibility, "announce", lambda _w, text, urgent=False: said.append((text, urgent))
    )
    window = make_window(db_path, show=True)
    bar = window.statusBar()
    message.error("Could not import the OPML file", detail="broken.opml: not OPML")
    bar.showMessage("Importing…")  # in front of the held error
    bar.clearMessage()  # the error alone again
    qtbot.wait(50)
    errors = [s for s in said if s[0].startswith("Could not import")]
    assert errors == [("Could not import the OPML file: broken.opml: not OPML", True)], said
    assert ("Importing…", False) in said

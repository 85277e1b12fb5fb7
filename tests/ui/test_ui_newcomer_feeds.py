"""Feeds, accounts and the status bar as a new user meets them (issue 24): Add
Feed and Add Account keep what was typed on an error, an address without a
scheme, stories already in the library, messages that stay to be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reader.core.library import Store
from reader.ui import message
from reader.ui.dialogs.feed_dialogs import FeedDialog
from reader.ui.views.status_bar import HOLD_MS
from tests.support.feedkit import items, rss20
from tests.ui.test_ui_feeds import RSS, add_feed, source_index, wait_feeds

NOBODY = "no-feed-here"


def _open_add_feed(qtbot, window) -> FeedDialog:
    window.actions_.add_feed.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, FeedDialog)
    return dialog


def _press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_an_add_feed_error_is_said_in_the_dialog_which_keeps_the_fields(
    make_window, db_path, qtbot, unused_port_url
):
    window = make_window(db_path, show=True)
    dialog = _open_add_feed(qtbot, window)
    qtbot.keyClicks(dialog.url, f"{unused_port_url}/feed.xml")
    qtbot.keyClicks(dialog.username, "reporter")
    qtbot.keyClicks(dialog.folder.lineEdit(), "Courts")
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Could not add the feed" in dialog.problem.text(), timeout=15_000)
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert dialog.problem.isVisible()
    assert "127.0.0.1" in dialog.problem.text()  # says why, naming the address
    assert dialog.url.text() == f"{unused_port_url}/feed.xml"
    assert dialog.username.text() == "reporter"
    assert dialog.folder.currentText() == "Courts"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_an_address_without_a_scheme_tries_https_then_http_and_says_which(
    make_window, db_path, qtbot, httpserver
):
    httpserver.expect_request("/wire.xml").respond_with_data(
        rss20(items(2), "Wire"), content_type=RSS
    )
    window = make_window(db_path, show=True)
    dialog = _open_add_feed(qtbot, window)
    typed = httpserver.url_for("/wire.xml").removeprefix("http://")
    qtbot.keyClicks(dialog.url, typed)
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30_000)
    qtbot.waitUntil(lambda: window.feeds.last_outcome is not None, timeout=30_000)
    wait_feeds(qtbot, window)
    [source] = window.source_model.sources()
    assert source.feed_url == f"http://{typed}"
    shown = window.statusBar().currentMessage()
    assert f"http://{typed} answered over http only" in shown, shown
    assert "2 new articles" in shown


def test_a_feed_whose_stories_are_stored_elsewhere_says_so_and_lists_them(
    make_window, db_path, qtbot, httpserver
):
    feed = rss20(items(3), "Wire")
    httpserver.expect_request("/wire.xml").respond_with_data(feed, content_type=RSS)
    httpserver.expect_request("/mirror.xml").respond_with_data(feed, content_type=RSS)
    first = add_feed(db_path, httpserver.url_for("/wire.xml"))
    window = make_window(db_path, show=True)
    window.feeds.refresh([first])
    wait_feeds(qtbot, window)

    dialog = _open_add_feed(qtbot, window)
    qtbot.keyClicks(dialog.url, httpserver.url_for("/mirror.xml"))
    _press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.source_model.sources()) == 2, timeout=30_000)
    qtbot.waitUntil(
        lambda: "already in the library" in window.statusBar().currentMessage(), timeout=30_000
    )
    wait_feeds(qtbot, window)
    shown = window.statusBar().currentMessage()
    assert "3 articles already in the library under another source" in shown, shown
    # The new feed is selected, and its stories are listed under it, not "No articles here".
    [mirror] = [s for s in window.source_model.sources() if s.id != first]
    assert window.source_view.current_node().source.id == mirror.id
    source_index(window, mirror.id)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 3, timeout=10_000)


def test_a_notice_is_not_replaced_by_the_next_message(make_window, db_path, qtbot):
    window = make_window(db_path, show=True)
    bar = window.statusBar()
    message.info("The password is not stored: no keyring")
    qtbot.waitUntil(lambda: "no keyring" in bar.currentMessage(), timeout=3000)
    bar.showMessage("Refreshed 1 feed: 0 new articles.", 15_000)
    qtbot.wait(44)
    shown = bar.currentMessage()
    assert "Refreshed 1 feed" in shown and "no keyring" in shown, shown
    # Both can be read again behind the Messages button.
    window.statusBar().history_menu.aboutToShow.emit()
    texts = [a.text() for a in bar.history_menu.actions()]
    assert any("no keyring" in t for t in texts) and any("Refreshed" in t for t in texts)
    # Some seconds later the newest stays alone.
    qtbot.waitUntil(lambda: "no keyring" not in bar.currentMessage(), timeout=HOLD_MS + 3000)
    assert bar.currentMessage() == "Refreshed 1 feed: 0 new articles."


def test_f5_with_the_sync_server_down_says_which_account_failed_and_why(
    make_window, db_path, qtbot, unused_port_url, memory_keyring
):
    from reader.core.net.credentials import PasswordStore
    from reader.core.sync.accounts import keyring_key

    api = f"{unused_port_url}/api/greader.php"
    with Store.open(db_path) as store:
        store.add_account("Desk", api, "reporter")
    # Its password is known (else a sync the user starts asks for it first, issue 21).
    PasswordStore().save(keyring_key(api, "reporter"), "secret")
    window = make_window(db_path, show=True)
    window.article_view.setFocus()
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000):
        qtbot.keyClick(window.article_view, Qt.Key.Key_F5)
    wait_feeds(qtbot, window)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Desk failed: "), shown
    assert "Refreshed 0 feeds" not in shown

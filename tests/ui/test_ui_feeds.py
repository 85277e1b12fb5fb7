"""Feeds in the window, against a real local HTTP server (pytest-httpserver)."""

from __future__ import annotations

import time
from pathlib import Path

import keyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStyle
from werkzeug import Request, Response

from reader.core.feeds.subscriptions import subscribe
from reader.core.images.fetch import ImageOutcome
from reader.core.library import Store
from reader.core.net.credentials import forget_session_passwords
from reader.ui.controllers.feeds_controller import FeedsController
from reader.ui.dialogs import feed_dialogs
from reader.ui.dialogs.feed_dialogs import FeedFields, PasswordAnswer
from reader.ui.models.source_model import SourceTreeModel
from tests.support.feedkit import basic_auth_feed, items, rss20
from tests.support.ui_support import wait_idle
from tests.ui.test_ui_feeds_add import add_through_the_dialog

SECRET = "s3cret-Pässword!"
RSS = "application/rss+xml"


def wait_feeds(qtbot, window, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: not window.feeds.busy, timeout=timeout)
    wait_idle(qtbot, window)


def add_feed(db_path: Path, url: str, **kwargs) -> int:
    with Store.open(db_path) as store:
        return subscribe(store, url, find_feed=False, **kwargs).source_id


def source_index(window, source_id: int):
    index = window.source_model.index_of(("source", str(source_id)))
    assert index.isValid()
    return index


def source_of(window, source_id: int):
    [source] = [s for s in window.source_model.sources() if s.id == source_id]
    return source


def test_add_feed_through_a_page_finds_the_feed_and_shows_its_articles(
    httpserver, db_path, make_window, qtbot
):
    httpserver.expect_request("/feed").respond_with_data(rss20(items(3)), content_type=RSS)
    page = (
        '<html><head><title>News</title><link rel="alternate" type="application/rss+xml" '
        'href="/feed"></head><body>hello</body></html>'
    )
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    window = make_window(db_path)
    add_through_the_dialog(qtbot, window, httpserver.url_for("/"), folder="Asia")
    qtbot.waitUntil(lambda: window.feeds.last_outcome is not None, timeout=30_000)
    wait_feeds(qtbot, window)
    assert window.feeds.last_outcome.added == 3
    [source] = window.source_model.sources()
    assert source.feed_url == httpserver.url_for("/feed")
    assert (source.folder, source.total) == ("Asia", 3)
    assert "3 new articles" in window.statusBar().currentMessage()


def test_add_feed_with_several_feeds_lets_the_user_pick(
    httpserver, db_path, make_window, monkeypatch, qtbot
):
    httpserver.expect_request("/a").respond_with_data(rss20(items(1)), content_type=RSS)
    httpserver.expect_request("/b").respond_with_data(rss20(items(2)), content_type=RSS)
    page = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/a" title="A">'
        '<link rel="alternate" type="application/rss+xml" href="/b" title="B"></head></html>'
    )
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    window = make_window(db_path)
    offered: list = []
    monkeypatch.setattr(
        feed_dialogs, "pick_feed", lambda parent, feeds: offered.extend(feeds) or feeds[1]
    )
    window.feeds.start_add(FeedFields(url=httpserver.url_for("/")))
    qtbot.waitUntil(lambda: window.feeds.last_outcome is not None, timeout=30_000)
    wait_feeds(qtbot, window)
    assert [f.title for f in offered] == ["A", "B"]
    [source] = window.source_model.sources()
    assert source.feed_url == httpserver.url_for("/b") and source.total == 2


def test_refresh_all_adds_new_items_and_updates_counts(httpserver, db_path, make_window, qtbot):
    httpserver.expect_request("/feed").respond_with_data(rss20(items(2)), content_type=RSS)
    source_id = add_feed(db_path, httpserver.url_for("/feed"))
    window = make_window(db_path)
    index = source_index(window, source_id)
    assert window.source_model.data(index.siblingAtColumn(SourceTreeModel.COUNT)) == ""

    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000):
        window.actions_.refresh_all.trigger()
    wait_feeds(qtbot, window)
    index = source_index(window, source_id)
    assert window.source_model.data(index.siblingAtColumn(SourceTreeModel.COUNT)) == "2"

    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data(rss20(items(5)), content_type=RSS)
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000) as signal:
        window.actions_.refresh_all.trigger()
    wait_feeds(qtbot, window)
    assert signal.args[0].added == 3
    index = source_index(window, source_id)
    assert window.source_model.data(index.siblingAtColumn(SourceTreeModel.COUNT)) == "5"
    assert window.article_model.rowCount() == 5
    assert "3 new articles" in window.statusBar().currentMessage()


def test_a_failing_feed_shows_its_error_on_the_source_and_keeps_its_articles(
    httpserver, db_path, make_window, qtbot
):
    httpserver.expect_request("/feed").respond_with_data(rss20(items(2)), content_type=RSS)
    source_id = add_feed(db_path, httpserver.url_for("/feed"))
    window = make_window(db_path)
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000):
        window.feeds.refresh(None)
    wait_feeds(qtbot, window)

    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data("gone", status=404)
    window.source_view.select(("source", str(source_id)))
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000):
        window.actions_.refresh_source.trigger()
    wait_feeds(qtbot, window)
    source = source_of(window, source_id)
    assert source.last_error and "404" in source.last_error
    assert source.total == 2
    index = source_index(window, source_id)
    tip = window.source_model.data(index, 3)  # ToolTipRole
    assert "404" in tip
    icon = window.source_model.data(index, 1)  # DecorationRole
    warning = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert icon.pixmap(16).toImage() == warning.pixmap(16).toImage()
    assert "1 failed" in window.statusBar().currentMessage()
    assert window.article_model.rowCount() == 2


def test_a_new_feed_that_fails_says_why_in_the_article_pane(
    httpserver, db_path, make_window, qtbot
):
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    source_id = add_feed(db_path, httpserver.url_for("/gone"))
    local = Store.open(db_path)
    local_id = local.source_id("notes")
    local.close()
    window = make_window(db_path)
    window.source_view.select(("source", str(local_id)))
    assert not window.actions_.refresh_source.isEnabled()
    assert not window.actions_.edit_feed.isEnabled()
    window.source_view.select(("source", str(source_id)))
    assert window.actions_.refresh_source.isEnabled() and window.actions_.edit_feed.isEnabled()
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000):
        window.actions_.refresh_source.trigger()
    wait_feeds(qtbot, window)
    window.source_view.select(("source", str(source_id)))
    qtbot.waitUntil(lambda: "could not be read" in window.browser.toPlainText(), timeout=10_000)
    assert "404" in window.browser.toPlainText()


def slow_feed(seconds: float):
    def handler(request: Request) -> Response:
        time.sleep(seconds)
        return Response(rss20(items(1)), content_type=RSS)

    return handler


def test_the_window_stays_responsive_and_cancel_stops_a_refresh(
    httpserver, db_path, make_window, qtbot
):
    httpserver.expect_request("/slow").respond_with_handler(slow_feed(3.0))
    source_id = add_feed(db_path, httpserver.url_for("/slow"))
    window = make_window(db_path)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    assert window.feeds.refresh(None)
    assert window.feeds.task.isVisible() or not window.isVisible()
    qtbot.wait(600)  # the slow feed is being served: the GUI thread keeps going
    timer.stop()
    assert len(ticks) >= 10, "the event loop was blocked during the refresh"
    assert window.feeds.running
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=10_000) as signal:
        window.feeds.task.cancel_button.click()
    outcome = signal.args[0]
    assert outcome.cancelled and outcome.added == 0
    assert time.monotonic() - started < 3.0, "the cancel did not stop the refresh"
    wait_feeds(qtbot, window)
    assert source_of(window, source_id).total == 0
    assert window.feeds.task.isHidden()


def test_a_private_feed_asks_for_the_password_and_keeps_it_in_the_keyring(
    httpserver, db_path, make_window, qtbot, monkeypatch, memory_keyring
):
    handler = basic_auth_feed("ana", SECRET, rss20(items(2)), RSS)

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    source_id = add_feed(db_path, url)
    window = make_window(db_path)
    asked: list = []

    def ask(parent, title, username, note):
        asked.append((title, username, note))
        return PasswordAnswer("ana", SECRET)

    monkeypatch.setattr(feed_dialogs, "ask_password", ask)
    finished: list = []
    window.feeds.refresh_finished.connect(finished.append)
    window.actions_.refresh_all.trigger()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    wait_feeds(qtbot, window)
    assert len(asked) == 1 and asked[0][2] is None  # a keyring: no "not stored" note
    assert finished[1].added == 2
    assert memory_keyring.passwords == {("offline-reader", url): SECRET}
    assert source_of(window, source_id).username == "ana"
    assert source_of(window, source_id).last_error is None

    # Deleting the source also forgets its password.
    monkeypatch.setattr("reader.ui.message.confirm", lambda *a, **k: True)
    window.source_view.select(("source", str(source_id)))
    window.actions_.delete_source.trigger()
    wait_feeds(qtbot, window)
    assert memory_keyring.passwords == {}
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw


def test_without_a_keyring_the_password_is_for_this_session_only(
    httpserver, db_path, make_window, qtbot, monkeypatch
):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    forget_session_passwords()
    try:
        handler = basic_auth_feed("ana", SECRET, rss20(items(1)), RSS)

        httpserver.expect_request("/private").respond_with_handler(handler)
        add_feed(db_path, httpserver.url_for("/private"), username="ana")
        window = make_window(db_path)
        notes: list = []
        monkeypatch.setattr(
            feed_dialogs,
            "ask_password",
            lambda parent, title, username, note: (
                notes.append(note) or PasswordAnswer(username, SECRET)
            ),
        )
        finished: list = []
        window.feeds.refresh_finished.connect(finished.append)
        window.feeds.refresh(None)
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
        wait_feeds(qtbot, window)
        assert notes and "not stored anywhere" in notes[0]
        assert finished[1].added == 1
        assert any("not stored anywhere" in n for n in finished[1].notes)
    finally:
        keyring.set_keyring(previous)
        forget_session_passwords()


def test_opml_export_and_import_through_the_file_menu(
    httpserver, db_path, tmp_path, make_window, qtbot, monkeypatch
):
    add_feed(db_path, httpserver.url_for("/one"), folder="Asia", title="One")
    add_feed(db_path, httpserver.url_for("/two"), title="Two")
    window = make_window(db_path)
    target = tmp_path / "subs.opml"
    monkeypatch.setattr(feed_dialogs, "choose_opml_to_save", lambda parent, folder: str(target))
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_.export_opml in file_menu.actions()
    assert window.actions_.import_opml in file_menu.actions()
    window.actions_.export_opml.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    wait_feeds(qtbot, window)

    other = make_window(tmp_path / "other.sqlite3")
    monkeypatch.setattr(feed_dialogs, "choose_opml_to_open", lambda parent, folder: str(target))
    other.actions_.import_opml.trigger()
    qtbot.waitUntil(lambda: len(other.source_model.sources()) == 2, timeout=10_000)
    wait_feeds(qtbot, other)
    got = {(s.title, s.folder, s.feed_url) for s in other.source_model.sources()}
    assert got == {
        ("One", "Asia", httpserver.url_for("/one")),
        ("Two", None, httpserver.url_for("/two")),
    }


def test_edit_feed_changes_title_folder_and_address(httpserver, db_path, make_window, qtbot):
    source_id = add_feed(db_path, httpserver.url_for("/old"))
    window = make_window(db_path)
    source = source_of(window, source_id)
    window.feeds.start_edit(
        source, FeedFields(url=httpserver.url_for("/new"), title="Renamed", folder="Europe")
    )
    qtbot.waitUntil(lambda: source_of(window, source_id).title == "Renamed", timeout=10_000)
    wait_feeds(qtbot, window)
    source = source_of(window, source_id)
    assert (source.folder, source.feed_url) == ("Europe", httpserver.url_for("/new"))
    assert source.retention_days is None  # keep everything unless asked


def test_edit_feed_sets_and_clears_retention(httpserver, db_path, make_window, qtbot):
    from reader.ui.dialogs.feed_dialogs import FeedDialog

    source_id = add_feed(db_path, httpserver.url_for("/old"))
    window = make_window(db_path)
    source = source_of(window, source_id)
    dialog = FeedDialog(window, [], source)
    assert dialog.keep_days.value() == 0 and dialog.keep_days.text().startswith("Everything")
    dialog.keep_days.setValue(30)
    window.feeds.start_edit(source, dialog.fields())
    qtbot.waitUntil(lambda: source_of(window, source_id).retention_days == 30, timeout=10_000)
    assert FeedDialog(window, [], source_of(window, source_id)).keep_days.value() == 30
    window.feeds.start_edit(source_of(window, source_id), FeedFields(url=source.feed_url))
    qtbot.waitUntil(lambda: source_of(window, source_id).retention_days is None, timeout=10_000)
    wait_feeds(qtbot, window)


def test_auto_refresh_is_off_by_default_and_follows_the_setting(db_path, make_window):
    window = make_window(db_path)
    feeds: FeedsController = window.feeds
    assert not feeds.timer.isActive()
    checked = [a for a in window.actions_.auto_refresh.actions() if a.isChecked()]
    assert [a.data() for a in checked] == [0]
    [thirty] = [a for a in window.actions_.auto_refresh.actions() if a.data() == 30]
    thirty.trigger()
    assert feeds.timer.isActive() and feeds.timer.interval() == 30 * 60_000
    assert feeds.settings.refresh_minutes == 30
    window.close()

    again = make_window(db_path)
    assert again.feeds.timer.isActive() and again.feeds.timer.interval() == 30 * 60_000
    again.feeds.set_interval(0)
    assert not again.feeds.timer.isActive()


def test_images_of_new_articles_are_fetched_unless_turned_off(
    httpserver, db_path, tmp_path, make_window, qtbot
):
    from tests.support.imagekit import requested_paths, serve_image_feed

    url = serve_image_feed(httpserver)
    off_path = tmp_path / "off.sqlite3"
    add_feed(off_path, url)
    off = make_window(off_path)
    assert off.actions_.download_images.isChecked()  # on by default
    off.actions_.download_images.setChecked(False)
    with qtbot.waitSignal(off.feeds.refresh_finished, timeout=30_000) as signal:
        off.feeds.refresh(None)
    wait_feeds(qtbot, off)
    assert signal.args[0].added == 1 and signal.args[0].images is None
    assert not [p for p in requested_paths(httpserver) if p.startswith("/img/")]
    off.actions_.download_images.setChecked(True)  # the setting is shared: back on
    off.close()

    add_feed(db_path, url)
    window = make_window(db_path)
    with qtbot.waitSignal(window.feeds.refresh_finished, timeout=30_000) as signal:
        window.feeds.refresh(None)
    wait_feeds(qtbot, window)
    images = signal.args[0].images
    assert images is not None and images.count(ImageOutcome.CACHED) >= 1
    assert "1 new article." in window.statusBar().currentMessage()
    assert "Images: " in window.statusBar().currentMessage()


def test_the_dialogs_build_and_return_what_was_typed(qtbot):
    from reader.core.feeds.discovery import FoundFeed
    from reader.core.models import Source, SourceKind

    add = feed_dialogs.FeedDialog(None, ["Asia"])
    qtbot.addWidget(add)
    ok = add.buttons.button(add.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    add.url.setText(" https://news.example/ ")
    add.folder.setCurrentText("Asia")
    add.username.setText("ana")
    add.password.setText(SECRET)
    assert ok.isEnabled()
    fields = add.fields()
    assert (fields.url, fields.folder, fields.password) == ("https://news.example/", "Asia", SECRET)
    assert SECRET not in repr(fields)

    source = Source(1, "x", "X News", SourceKind("feed"), "Asia", feed_url="https://x/feed")
    edit = feed_dialogs.FeedDialog(None, ["Asia"], source)
    qtbot.addWidget(edit)
    assert (edit.url.text(), edit.title_field.text(), edit.folder.currentText()) == (
        "https://x/feed",
        "X News",
        "Asia",
    )
    pick = feed_dialogs.PickFeedDialog(None, [FoundFeed("https://a", "A", "RSS")] * 2)
    qtbot.addWidget(pick)
    assert pick.model.rowCount() == 2 and pick.chosen() == 0
    note = "not stored anywhere"
    password = feed_dialogs.PasswordDialog(None, "X News", "ana", note)
    qtbot.addWidget(password)
    assert password.findChild(QLabel, "keyringNote").text() == note

"""A sync account in the window, against a real FreshRSS: Settings ▸ Accounts, F5, the tree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QStyle

from reader.core.sync.greader import READ
from reader.ui import message
from reader.ui.models.source_model import NodeKind
from tests.support.feedkit import items, rss20
from tests.support.freshrss import client_for, subscribe
from tests.support.ui_support import confirm_with, wait_idle


def _click(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def _sync(qtbot, window) -> list:
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as signal:
        window.actions_.refresh_all.trigger()  # F5: feeds and accounts
    qtbot.waitUntil(lambda: not window.feeds.busy and not window.sync.busy, timeout=30_000)
    wait_idle(qtbot, window)
    return signal.args[0]


def test_an_account_added_in_settings_syncs_and_shows_in_the_tree(
    db_path, make_window, qtbot, monkeypatch, feed_server, freshrss, greader_user, memory_keyring
):
    path = f"/{greader_user.username}/world.xml"
    prefix = f"https://world.example/{greader_user.username}/"
    feed_server.files[path] = rss20(items(3, prefix=prefix, start=500), "World Wire")
    subscribe(greader_user, feed_server.url(path), folder="World")
    window = make_window(db_path, show=True)

    # Settings ▸ Accounts ▸ Add…, typed as a person types.
    dialog = window.images.open_settings()
    page = dialog.accounts_page
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.busy)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fields = page.dialog
    assert fields is not None
    qtbot.keyClicks(fields.url, greader_user.api_url)
    qtbot.keyClicks(fields.username, greader_user.username)
    qtbot.keyClicks(fields.password, greader_user.password)
    qtbot.keyClicks(fields.name, "Desk")
    ok = fields.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert "Desk added" in page.status.text(), page.status.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy)
    dialog.accept()

    results = _sync(qtbot, window)
    assert [r.added for r in results] == [3]
    assert "3 new articles" in window.sync.summary(results)
    account = window.source_model.index_of(("account", "1"))
    assert account.isValid() and window.source_model.data(account) == "Desk"
    window.source_view.expandAll()
    [source] = [s for s in window.source_model.sources() if s.account == "Desk"]
    index = window.source_model.index_of(("source", str(source.id)))
    node = window.source_model.node(index)
    assert node.parent.kind is NodeKind.ACCOUNT_FOLDER and node.parent.title == "World"
    _click(qtbot, window.source_view, index)
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 3
    for node_index in (index.parent(), window.source_model.index_of(("account", "1"))):
        _click(qtbot, window.source_view, node_index)  # the folder, then the account
        wait_idle(qtbot, window)
        assert window.source_view.current_node().kind in (
            NodeKind.ACCOUNT, NodeKind.ACCOUNT_FOLDER
        )  # fmt: skip
        assert window.article_model.rowCount() == 3
    _click(qtbot, window.source_view, index)
    wait_idle(qtbot, window)

    # Read here (the window's mark), sent by the next F5.
    first = window.article_model.index(0, 0)
    _click(qtbot, window.article_view, first)
    qtbot.keyClick(window.article_view, Qt.Key.Key_M)
    wait_idle(qtbot, window)
    results = _sync(qtbot, window)
    assert results[0].sent >= 1
    with client_for(greader_user) as client:
        assert len(list(client.item_ids(exclude=READ))) == 2

    # Renaming the subscription here renames it on the server.
    monkeypatch.setattr(message, "ask_text", lambda *args: "Wire")
    window.source_view.rename_source()
    qtbot.waitUntil(lambda: any(s.title == "Wire" for s in window.source_model.sources()))
    with client_for(greader_user) as client:
        assert [s.title for s in client.subscriptions()] == ["Wire"]

    # The account's menu subscribes it to a feed on the server, and syncs it.
    extra = f"/{greader_user.username}/extra.xml"
    feed_server.files[extra] = rss20(
        items(2, prefix=f"https://extra.example/{greader_user.username}/", start=700), "Extra"
    )
    _click(qtbot, window.source_view, window.source_model.index_of(("account", "1")))
    monkeypatch.setattr(message, "ask_text", lambda *args: feed_server.url(extra))
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as signal:
        window.actions_.subscribe_in_account.trigger()
    assert signal.args[0][0].added == 2
    qtbot.waitUntil(lambda: any(s.title == "Extra" for s in window.source_model.sources()))

    # A server that is down marks the account, as a failing feed is marked.
    freshrss.stop()
    try:
        results = _sync(qtbot, window)
    finally:
        freshrss.serve()
    assert not results[0].ok
    account = window.source_model.index_of(("account", "1"))
    tip = window.source_model.data(account, Qt.ItemDataRole.ToolTipRole)
    assert "cannot connect" in tip
    icon = window.source_model.data(account, Qt.ItemDataRole.DecorationRole)
    warning = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert icon.pixmap(16).toImage() == warning.pixmap(16).toImage()
    assert "Desk failed: cannot connect" in window.sync.summary(results)

    # The password is in the keyring and nowhere else: library, settings, log.
    assert greader_user.password in memory_keyring.passwords.values()
    for handler in message.log.handlers:
        handler.flush()
    places = [
        Path(db_path),
        Path(f"{db_path}-wal"),
        Path(window.settings.qsettings.fileName()),
        message.log_file(),
    ]
    for place in places:
        if place.exists():
            assert greader_user.password.encode() not in place.read_bytes(), place

    # Remove asks first; then the account, its sources and articles go.
    dialog = window.images.open_settings()
    page = dialog.accounts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.setCurrentIndex(page.model.index(0))
    asked = confirm_with(monkeypatch, True)
    with qtbot.waitSignal(page.finished, timeout=30_000) as said:
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "Desk" in asked[0]
    # The article starred by the click on its star (above) stays, archived.
    assert "Desk removed with 4 articles. Kept 1 article you starred" in said.args[0]
    dialog.accept()
    qtbot.waitUntil(lambda: not window.source_model.index_of(("account", "1")).isValid())
    assert memory_keyring.passwords == {}

"""The window keeps the user's work when a subscription goes, and asks for a lost password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from reader.core.library import Store
from reader.core.net.credentials import forget_session_passwords
from reader.core.sync import engine
from reader.ui.dialogs import feed_dialogs
from reader.ui.models.source_model import NodeKind
from tests.core.sync.test_sync_keeps import no_keyring, server  # noqa: F401 (fixtures)
from tests.support.ui_support import wait_idle
from tests.ui.test_ui_reading import click_row


def _click(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def _sync(qtbot, window) -> list:
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as signal:
        window.actions_.sync_accounts.trigger()
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    wait_idle(qtbot, window)
    return signal.args[0]


def test_a_lost_password_is_asked_and_a_dropped_subscription_is_archived(
    db_path,
    make_window,
    qtbot,
    monkeypatch,
    server,  # noqa: F811
    no_keyring,  # noqa: F811
):
    with Store.open(db_path) as store:
        account_id, _ = engine.add_account(store, server.api_url, "ana", "pw", name="Wire")
    window = make_window(db_path, show=True)
    assert _sync(qtbot, window)[0].added == 5
    window.source_view.expandAll()
    [source] = window.source_model.sources()
    _click(qtbot, window.source_view, window.source_model.index_of(("source", str(source.id))))
    wait_idle(qtbot, window)
    click_row(qtbot, window, 1)
    row = window.article_model.summary
    qtbot.waitUntil(lambda: (r := row(1)) is not None and r.read, timeout=5000)  # shown: read
    qtbot.keyClick(window.article_view, Qt.Key.Key_S)  # starred here: a change to send
    qtbot.waitUntil(lambda: (r := row(1)) is not None and r.starred, timeout=5000)
    wait_idle(qtbot, window)

    forget_session_passwords()  # as after a restart, with no keyring
    asked = []

    def ask_password(parent, title, username, note):
        asked.append((title, username, note))
        return feed_dialogs.PasswordAnswer(username, "pw")

    monkeypatch.setattr(feed_dialogs, "ask_password", ask_password)
    server.forms.clear()
    results = _sync(qtbot, window)
    assert results[0].needs_password
    qtbot.waitUntil(lambda: any(path == "edit-tag" for path, _ in server.forms), timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    [(title, username, note)] = asked
    assert (title, username) == ("Wire", "ana") and "keyring" in (note or "")

    def pending() -> int:
        with Store.open(db_path) as store:
            return store.get_account(account_id).pending

    qtbot.waitUntil(lambda: pending() == 0 and not window.sync.busy, timeout=30_000)
    assert "4" in server.starred

    # The server drops the subscription: the starred article stays, under "Archived".
    server.routes["subscription/list"] = lambda r: {"subscriptions": []}
    results = _sync(qtbot, window)
    assert results[0].kept == 2  # the one starred here, and the one starred there
    assert "Kept 2 articles you starred, tagged or highlighted, under Archived." in (
        window.sync.summary(results)
    )
    archive = window.source_model.index_of(("archive", ""))
    assert archive.isValid() and window.source_model.data(archive) == "Archived"
    window.source_view.expandAll()
    kept = window.source_model.index_of(("source", str(source.id)))
    assert window.source_model.node(kept).parent.kind is NodeKind.ARCHIVE
    _click(qtbot, window.source_view, kept)
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 2


def test_add_account_refuses_plain_http_unless_allowed(
    db_path,
    make_window,
    qtbot,
    no_keyring,  # noqa: F811
):
    window = make_window(db_path, show=True)
    dialog = window.images.open_settings()
    page = dialog.accounts_page
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.busy)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fields = page.dialog
    assert fields is not None
    assert not fields.allow_insecure.isChecked()
    qtbot.keyClicks(fields.url, "http://reader.example.org/api/greader.php")
    qtbot.keyClicks(fields.username, "ana")
    qtbot.keyClicks(fields.password, "secret")
    ok = fields.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.finished, timeout=30_000) as said:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert "plain http" in page.status.text(), said.args
    assert "secret" not in page.status.text()
    assert page.model.rowCount() == 0
    dialog.accept()


def test_test_asks_for_a_password_no_keyring_kept(
    db_path,
    make_window,
    qtbot,
    monkeypatch,
    server,  # noqa: F811
    no_keyring,  # noqa: F811
):
    with Store.open(db_path) as store:
        engine.add_account(store, server.api_url, "ana", "pw", name="Wire")
    forget_session_passwords()  # a restart
    asked = []

    def ask_password(parent, title, username, note):
        asked.append((title, username))
        return feed_dialogs.PasswordAnswer(username, "pw")

    monkeypatch.setattr(feed_dialogs, "ask_password", ask_password)
    window = make_window(db_path, show=True)
    dialog = window.images.open_settings()
    page = dialog.accounts_page
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy)
    page.list.setCurrentIndex(page.model.index(0))
    with qtbot.waitSignal(page.finished, timeout=30_000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "logged in" in page.status.text(), timeout=30_000)
    assert asked == [("Wire", "ana")]
    assert page.status.text() == "Wire: logged in; 1 subscription on the server."
    dialog.accept()


def test_delete_source_keeps_a_starred_article_under_archived(
    db_path, make_window, qtbot, monkeypatch, sample_path
):
    from tests.support.ui_support import confirm_with, fill_library
    from tests.ui.test_ui_sources import node_titles, select

    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        [article] = store.article_ids()
        store.mark([article], starred=True)
    window = make_window(db_path, show=True)
    select(qtbot, window, "RFI")
    asked = confirm_with(monkeypatch, True)
    window.actions_.delete_source.trigger()
    wait_idle(qtbot, window)
    assert "stay, under Archived" in asked[0]
    qtbot.waitUntil(lambda: "Kept 1 article" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Kept 1 article you starred, tagged or highlighted, under Archived: RFI"
    )
    assert "Archived" in node_titles(window.source_model)
    archive = window.source_model.index_of(("archive", ""))
    window.source_view.expand(archive)
    _click(qtbot, window.source_view, archive)
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 1

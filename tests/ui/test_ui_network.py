"""Settings ▸ Network, Edit Feed's proxy and mirrors, and the status bar, used as a person would.

The page is driven with clicks and typing; Test fetches through our own
SOCKS5 proxy an address whose name only that proxy resolves, so "Reached"
means the route on the page was the one taken.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from reader.core.library import Store
from reader.core.net import routes
from reader.core.net.proxy_settings import load_policy
from reader.core.net.routes import ProxyMode
from reader.ui.dialogs.feed_dialogs import FeedDialog
from tests.support.feedkit import items, rss20
from tests.support.proxykit import SocksProxy, free_port
from tests.support.ui_support import wait_idle


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    yield
    routes.use_policy(None)


def open_network_page(window, qtbot):
    dialog = window.images.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.tabs.setCurrentWidget(dialog.network_page)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.network_page.isVisible, timeout=5000)
    return dialog, dialog.network_page


def tick(qtbot, button) -> None:
    """Click a radio button or check box on its box (its centre may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_manual_socks_proxy_tested_kept_and_shown(db_path, make_window, qtbot, httpserver):
    httpserver.expect_request("/").respond_with_data("<html>hello</html>")
    address = httpserver.url_for("/").replace("127.0.0.1", "news.test")
    window = make_window(db_path, show=True)
    assert not window.proxy_status.isVisible()
    proxy = SocksProxy()
    try:
        dialog, page = open_network_page(window, qtbot)
        assert page.system.isChecked()  # the default
        tick(qtbot, page.manual)
        assert page.manual.isChecked()
        assert page.manual_box.isEnabled()
        page.kind.setCurrentIndex(page.kind.findData("socks5h"))
        type_into(qtbot, page.host, "127.0.0.1")
        type_into(qtbot, page.port.lineEdit(), str(proxy.port))
        tick(qtbot, page.required)
        type_into(qtbot, page.test_address, address)
        with qtbot.waitSignal(page.tested, timeout=20_000) as said:
            qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert said.args[0].startswith(f"Reached {address} through {proxy.url}")
        assert proxy.hosts() == ["news.test"]

        with qtbot.waitSignal(page.saved, timeout=10_000):
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        with Store.open(db_path) as store:
            policy = load_policy(store)
        assert (policy.mode, policy.url, policy.required) == (ProxyMode.MANUAL, proxy.url, True)
        assert window.proxy_status.isVisible()
        assert proxy.url in window.proxy_status.text()
        assert "never direct" in window.proxy_status.text()
    finally:
        proxy.stop()

    # The proxy is down now: Test says so, naming it, and never goes direct.
    dialog, page = open_network_page(window, qtbot)
    assert page.manual.isChecked() and page.required.isChecked()
    assert page.port.value() == proxy.port
    direct = httpserver.url_for("/")
    type_into(qtbot, page.test_address, direct)
    httpserver.clear_log()
    with qtbot.waitSignal(page.tested, timeout=20_000) as said:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Could not reach") and proxy.url in said.args[0]
    assert len(httpserver.log) == 0
    # None: direct again, and the status bar stops speaking of a proxy
    tick(qtbot, page.none)
    tick(qtbot, page.required)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        dialog.accept()
    assert not window.proxy_status.isVisible()
    wait_idle(qtbot, window)


def test_a_manual_proxy_without_host_keeps_the_dialog_open(db_path, make_window, qtbot):
    window = make_window(db_path)
    dialog, page = open_network_page(window, qtbot)
    tick(qtbot, page.manual)
    page.host.clear()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "host name" in page.result.text()


def test_edit_feed_proxy_and_mirrors(db_path, make_window, qtbot, httpserver):
    httpserver.expect_request("/mirror.xml").respond_with_data(
        rss20(items(2)), content_type="application/rss+xml"
    )
    main = f"http://127.0.0.1:{free_port()}/feed.xml"
    from reader.core.feeds.subscriptions import subscribe

    with Store.open(db_path) as store:
        source_id = subscribe(store, main, find_feed=False).source_id
    window = make_window(db_path, show=True)
    source = next(s for s in window.source_model.sources() if s.id == source_id)
    dialog = FeedDialog(window, [], source, route=window.library.feed_route(source_id))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.proxy, "direct")
    dialog.mirrors.setFocus()
    qtbot.keyClicks(dialog.mirrors, httpserver.url_for("/mirror.xml"))
    window.feeds.start_edit(source, dialog.fields())
    qtbot.waitUntil(
        lambda: (
            window.library.feed_route(source_id).mirrors == (httpserver.url_for("/mirror.xml"),)
        ),
        timeout=10_000,
    )
    assert window.library.feed_route(source_id).proxy == "direct"
    wait_idle(qtbot, window)
    again = FeedDialog(window, [], source, route=window.library.feed_route(source_id))
    qtbot.addWidget(again)
    assert again.proxy.text() == "direct"
    assert again.mirrors.toPlainText() == httpserver.url_for("/mirror.xml")
    # F5: the mirror serves the feed whose address refuses
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.feeds.busy, timeout=5000)
    qtbot.waitUntil(lambda: not window.feeds.busy, timeout=30_000)
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        assert store.feed_route(source_id).served_by == httpserver.url_for("/mirror.xml")
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_an_accounts_own_proxy_from_settings_accounts(db_path, make_window, qtbot, monkeypatch):
    from reader.ui import message

    with Store.open(db_path) as store:
        account_id = store.add_account("Desk", "http://freshrss.test/api/greader.php", "me")
    window = make_window(db_path)
    dialog = window.images.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    page = dialog.accounts_page
    dialog.tabs.setCurrentWidget(page)
    view = page.list
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(page.model.index(0)).center(),
    )
    asked = []

    def answer(parent, title, label, value):
        asked.append(value)
        return "socks5://127.0.0.1:9050"

    monkeypatch.setattr(message, "ask_text", answer)
    with qtbot.waitSignal(page.finished, timeout=10_000) as said:
        qtbot.mouseClick(page.proxy_button, Qt.MouseButton.LeftButton)
    assert asked == [""]
    assert "Desk now connects through socks5h://127.0.0.1:9050" in said.args[0]
    with Store.open(db_path) as store:
        assert store.account_proxy(account_id) == "socks5h://127.0.0.1:9050"
    monkeypatch.setattr(message, "ask_text", lambda *a: "ftp://nowhere")
    with qtbot.waitSignal(page.finished, timeout=10_000) as said:
        qtbot.mouseClick(page.proxy_button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Not changed")
    with Store.open(db_path) as store:
        assert store.account_proxy(account_id) == "socks5h://127.0.0.1:9050"


@pytest.mark.parametrize("short, words", [("fr", "bloqué"), ("zh_CN", "封锁"), ("zh_TW", "封鎖")])
def test_a_reset_feed_says_blocked_in_the_windows_language(
    short, words, db_path, make_window, qtbot
):
    """A feed reset on a direct connection: its row's tooltip gives the advice in each language."""
    from PySide6.QtCore import QLocale

    from reader.core.feeds.refresh import refresh_sources
    from reader.core.feeds.subscriptions import subscribe
    from reader.core.net.routes import ProxyPolicy
    from reader.ui.i18n import install_translators, ui_locale
    from tests.support.proxykit import ResettingServer

    server = ResettingServer()
    try:
        routes.use_policy(ProxyPolicy(ProxyMode.OFF))
        with Store.open(db_path) as store:
            source_id = subscribe(store, server.url, find_feed=False).source_id
            refresh_sources(store)
    finally:
        server.stop()
    assert install_translators(QLocale(short)) == short
    try:
        window = make_window(db_path)
        index = window.source_model.index_of(("source", str(source_id)))
        assert index.isValid()
        tip = window.source_model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert words in tip
        assert "may be blocked" not in tip
    finally:
        install_translators(ui_locale())


def test_add_feed_with_a_mirror_when_the_address_is_blocked(
    db_path, make_window, qtbot, httpserver
):
    """Feeds ▸ Add Feed…: the address refuses, the mirror typed below it serves the feed."""
    from PySide6.QtWidgets import QApplication

    httpserver.expect_request("/mirror.xml").respond_with_data(
        rss20(items(2)), content_type="application/rss+xml"
    )
    main = f"http://127.0.0.1:{free_port()}/feed.xml"
    mirror = httpserver.url_for("/mirror.xml")
    window = make_window(db_path, show=True)
    window.actions_.add_feed.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, FeedDialog)
    qtbot.keyClicks(dialog.url, main)
    dialog.mirrors.setFocus()
    qtbot.keyClicks(dialog.mirrors, mirror)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.feeds.last_outcome is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.feeds.busy, timeout=30_000)
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        [state] = store.feed_states()
        assert state.feed_url == main
        route = store.feed_route(state.source_id)
        assert route.mirrors == (mirror,) and route.served_by == mirror
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2

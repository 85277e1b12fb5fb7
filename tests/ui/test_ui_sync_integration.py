"""A sync account's subscription in the window, where sync meets the other desks.

Against the real FreshRSS: Edit Feed opens for an account's subscription and
keeps "Download full articles"; F5 then brings the new items in full (the
window's SyncController, its progress bar); the Info panel gives the
item's provenance. And reading or starring an account's article from a tag
or a saved search (the research desk's lists) queues the change for the
server, which the next F5 sends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from reader.core.library import Store
from reader.core.sync import engine
from reader.core.sync.greader import READ, STARRED
from reader.core.tasks import TaskOptions
from reader.ui.dialogs import feed_dialogs
from reader.ui.dialogs.feed_dialogs import FeedDialog
from tests.core.sync.test_sync_integration import _only_items
from tests.support.feedkit import items, rss20
from tests.support.freshrss import User, client_for, subscribe
from tests.support.fulltextkit import ARTICLES, Site, paragraphs, site_with_articles
from tests.support.ui_support import wait_idle
from tests.ui.test_ui_reading import click_row, click_source
from tests.ui.test_ui_sync import _sync


def _add_account(db_path, user: User) -> int:
    with Store.open(db_path) as store:
        account_id, _ = engine.add_account(
            store, user.api_url, user.username, user.password, name="Desk"
        )
    return account_id


def _row_of(window, title: str) -> int:
    model = window.article_model
    for row in range(model.rowCount()):
        if model.summary(row).title == title:
            return row
    raise AssertionError(f"no row {title!r}")


def _answer_edit_feed(monkeypatch, qtbot, seen: list[FeedDialog]) -> None:
    """Edit Feed builds the real dialog; tick "Download full articles" and click OK.

    The blocking ``exec`` is replaced (the suite forbids nested event loops):
    the dialog is shown and clicked as a person would.
    """

    def ask(parent, folders, source, *, full_text=False, account=None):
        dialog = FeedDialog(parent, folders, source, full_text=full_text, account=account)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        qtbot.mouseClick(dialog.full_text, Qt.MouseButton.LeftButton)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        return dialog.fields() if accepted else None

    monkeypatch.setattr(feed_dialogs, "ask_edit_feed", ask)


def test_an_account_source_reads_in_full_in_the_window(
    db_path, make_window, qtbot, monkeypatch, freshrss, greader_user, memory_keyring
):
    site = Site()
    try:
        feed = site_with_articles(site)
        whole = site.routes["/feed.xml"].body
        site.add("/feed.xml", _only_items(whole, 1), content_type="application/rss+xml")
        subscribe(greader_user, feed)
        _add_account(db_path, greader_user)
        window = make_window(db_path, show=True)
        assert [r.added for r in _sync(qtbot, window)] == [1]
        [source] = [s for s in window.source_model.sources() if s.account == "Desk"]
        window.source_view.expandAll()
        click_source(qtbot, window, source.title)
        click_row(qtbot, window, 0)
        wait_idle(qtbot, window)
        # Short items: the bar suggests full articles for an account's subscription too.
        assert window.full_text.bar.suggest.isVisible()

        assert window.actions_.edit_feed.isEnabled()
        seen: list[FeedDialog] = []
        _answer_edit_feed(monkeypatch, qtbot, seen)
        window.actions_.edit_feed.trigger()
        [dialog] = seen
        assert dialog.windowTitle() == "Edit Feed" and any(
            "account Desk" in label.text() for label in dialog.findChildren(QLabel)
        )
        assert dialog.url.isHidden() and dialog.password.isHidden()  # the server's business
        assert dialog.title_field.text() == source.title and not dialog.folder.isHidden()
        qtbot.waitUntil(lambda: window.library.full_text_option(source.id), timeout=10_000)
        with Store.open(db_path) as store:
            assert store.full_text_option(source.id)

        site.add("/feed.xml", whole, content_type="application/rss+xml")
        freshrss.refresh(greader_user)
        phases: list[str] = []
        window.sync.progress.connect(lambda phase, done, total: phases.append(phase))
        results = _sync(qtbot, window)
        assert [r.added for r in results] == [4] and "full text" in phases
        summary = window.sync.summary(results)
        assert "Full articles: 2 downloaded, 2 not available, 0 left for later." in summary
        site.stop()  # offline from here on

        click_row(qtbot, window, _row_of(window, "Story 2"))
        wait_idle(qtbot, window)
        for paragraph in paragraphs(ARTICLES[2]):
            assert paragraph in window.browser.toPlainText()
        window.actions_.article_info.trigger()
        info = window.research.info_panel.shown_text()
        assert "From the sync account: Desk" in info and "feed/" in info
        with Store.open(db_path) as store:
            proof = store.provenance(window.browser.article.id)
        assert proof is not None and proof.sha256 and proof.sha256 in info
    finally:
        site.stop()


def test_marks_from_a_tag_and_a_saved_search_reach_the_server(
    db_path, make_window, qtbot, feed_server, greader_user, memory_keyring
):
    path = f"/{greader_user.username}/desk.xml"
    prefix = f"https://desk.example/{greader_user.username}/"
    feed_server.files[path] = rss20(items(4, prefix=prefix, start=300), "Desk Wire")
    subscribe(greader_user, feed_server.url(path))
    account_id = _add_account(db_path, greader_user)
    with Store.open(db_path) as store:
        result = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert result.added == 4
        titles = {store.get_article(i).title: i for i in store.article_ids()}
        store.tag_articles([titles["Story 300: 李强 met envoys"]], add=["Court"])
        store.save_search("Envoys 301", 'title:"Story 301"')
    window = make_window(db_path, show=True)

    # From the tag: opening the article reads it, s stars it.
    click_source(qtbot, window, "Court")
    assert window.article_model.rowCount() == 1
    click_row(qtbot, window, 0)
    qtbot.keyClick(window.article_view, Qt.Key.Key_S)
    row = window.article_model.summary
    qtbot.waitUntil(lambda: (r := row(0)) is not None and r.read, timeout=5000)  # shown: read
    wait_idle(qtbot, window)
    # From the saved search: s stars, and Mark All Read reads what it lists.
    click_source(qtbot, window, "Envoys 301")
    assert window.article_model.rowCount() == 1
    window.article_view.setFocus()
    window.actions_.mark_all_read.trigger()
    wait_idle(qtbot, window)
    click_row(qtbot, window, 0)
    qtbot.keyClick(window.article_view, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        pending = {(c.field, c.value) for c in store.pending_changes(account_id)}
        assert store.get_account(account_id).pending == 4
    assert pending == {("read", True), ("starred", True)}

    results = _sync(qtbot, window)
    assert results[0].sent == 4
    with Store.open(db_path) as store:
        assert store.get_account(account_id).pending == 0
    with client_for(greader_user) as client:
        assert len(set(client.item_ids(exclude=READ))) == 2
        assert len(set(client.item_ids(STARRED))) == 2

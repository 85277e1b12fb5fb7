"""Sync with a real FreshRSS server: items, folders, states both ways, offline changes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.library import Store
from reader.core.net.credentials import PasswordStore
from reader.core.sync import engine
from reader.core.sync.greader import READ, STARRED, SyncError
from reader.core.tasks import TaskOptions
from tests.support.feedkit import items, rss20
from tests.support.freshrss import FeedServer, User, client_for, subscribe

V1 = Path(__file__).resolve().parents[2] / "data" / "library-v1.sqlite"


def _feeds(server: FeedServer, user: User) -> tuple[str, str]:
    """Two feeds of the user's own (folders Asia and Europe); their addresses."""
    a, b = f"/{user.username}/asia.xml", f"/{user.username}/europe.xml"
    server.files[a] = rss20(items(4, prefix=f"https://asia.example/{user.username}/"), "Asia Daily")
    europe = items(3, prefix=f"https://eu.example/{user.username}/", start=100)
    server.files[b] = rss20(europe, "Europe Daily")
    subscribe(user, server.url(a), folder="Asia")
    subscribe(user, server.url(b), folder="Europe")
    return server.url(a), server.url(b)


def _account(store: Store, user: User) -> int:
    account_id, _ = engine.add_account(
        store, user.api_url, user.username, user.password, name="Desk"
    )
    return account_id


def _sync(store: Store, account_id: int) -> engine.SyncResult:
    return engine.sync_account(
        store, store.get_account(account_id), options=TaskOptions(images=False)
    )


def test_items_and_folders_arrive(tmp_path, feed_server, greader_user, memory_keyring):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, greader_user)
        result = _sync(store, account_id)
        assert result.ok, result.error
        assert result.added == 7 and set(result.sources_added) >= {"Asia Daily", "Europe Daily"}
        sources = {s.title: s for s in store.sources()}
        asia, europe = sources["Asia Daily"], sources["Europe Daily"]
        assert (asia.folder, asia.total, asia.account) == ("Asia", 4, "Desk")
        assert (europe.folder, europe.total, europe.kind.value) == ("Europe", 3, "account")
        article = store.get_article(store.article_ids()[0])
        # The feed pipeline ran: share buttons and the mirror's footer are gone.
        assert "facebook.com" not in article.html and "feedx" not in article.html
        assert article.title.startswith("Story")
        # A local refresh never fetches an account's subscription.
        assert store.feed_states() == []
        again = _sync(store, account_id)
        assert again.ok and again.added == 0 and store.count() == 7


def test_read_and_starred_go_both_ways(tmp_path, feed_server, greader_user, memory_keyring):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store, client_for(greader_user) as client:
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).ok
        ids = list(client.item_ids())
        # There → here: read on the server, starred on the server.
        client.edit_tag(ids[:2], add=READ)
        client.edit_tag(ids[2:3], add=STARRED)
        result = _sync(store, account_id)
        assert (result.marked_read, result.starred) == (2, 1)
        assert store.totals() == (7, 5, 1)
        # Here → there: one read, one unread again, one starred.
        unread = store.article_ids(_unread())
        store.mark(unread[:1], read=True)
        read = [i for i in store.article_ids() if i not in set(unread)]
        store.mark(read[:1], read=False)
        store.mark(unread[1:2], starred=True)
        assert store.get_account(account_id).pending == 3
        result = _sync(store, account_id)
        assert result.sent == 3 and store.get_account(account_id).pending == 0
        assert len(set(client.item_ids(exclude=READ))) == store.totals()[1] == 5
        assert len(set(client.item_ids(STARRED))) == store.totals()[2] == 2
        # Mark all read goes too.
        store.mark_all_read(_all())
        assert _sync(store, account_id).sent == 5
        assert list(client.item_ids(exclude=READ)) == []


def test_changes_made_offline_reach_the_server(
    tmp_path, feed_server, freshrss, greader_user, memory_keyring
):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).ok
        before = store.totals()
        freshrss.stop()
        try:
            store.mark(store.article_ids()[:3], read=True)
            store.mark(store.article_ids()[:1], starred=True)
            result = _sync(store, account_id)
            assert not result.ok and result.unreachable
            assert "cannot connect" in (result.error or "") and "nothing was changed" in (
                result.error or ""
            )
            assert store.get_account(account_id).pending == 4
            assert store.get_account(account_id).last_error == result.error
            assert store.count() == before[0]
        finally:
            freshrss.serve()
        result = _sync(store, account_id)
        assert result.ok and result.sent == 4
        account = store.get_account(account_id)
        assert account.pending == 0 and account.last_error is None
    with client_for(greader_user) as client:
        assert len(set(client.item_ids())) - len(set(client.item_ids(exclude=READ))) == 3
        assert len(list(client.item_ids(STARRED))) == 1


def test_new_items_arrive_at_the_next_sync(
    tmp_path, feed_server, freshrss, greader_user, memory_keyring
):
    asia, _ = _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).added == 7
        path = asia.split(str(feed_server.port), 1)[1]
        prefix = f"https://asia.example/{greader_user.username}/"
        feed_server.files[path] = rss20(items(6, prefix=prefix), "Asia Daily")
        freshrss.refresh(greader_user)
        result = _sync(store, account_id)
        assert result.ok and result.added == 2
        assert {s.title: s.total for s in store.sources()}["Asia Daily"] == 6


def test_subscription_changes_follow_the_server(
    tmp_path, feed_server, greader_user, memory_keyring
):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store, client_for(greader_user) as client:
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).ok
        europe = next(s for s in client.subscriptions() if s.title == "Europe Daily")
        client.edit_subscription(
            europe.stream_id, title="Europe", add_folder="World", remove_folder="Europe"
        )
        asia = next(s for s in client.subscriptions() if s.title == "Asia Daily")
        client.unsubscribe(asia.stream_id)
        result = _sync(store, account_id)
        assert result.sources_removed == ("Asia Daily",)
        sources = {s.title: s for s in store.sources()}
        assert "Asia Daily" not in sources and sources["Europe"].folder == "World"
        assert store.count() == 3


def test_a_local_feed_and_an_account_share_an_article(
    tmp_path, feed_server, greader_user, memory_keyring
):
    """The library keeps a story once; the account's item is linked to it."""
    from reader.core.feeds.refresh import refresh_sources

    asia, _ = _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        local = store.add_feed(asia, name="asia-local")
        assert refresh_sources(store, [local])[0].added == 4
        account_id = _account(store, greader_user)
        result = _sync(store, account_id)
        assert (result.added, result.linked) == (3, 4)
        assert store.count() == 7
        local_article = store.article_ids(_source(local))[0]
        store.mark([local_article], starred=True)
        assert store.get_account(account_id).pending == 1
        assert _sync(store, account_id).sent == 1


def test_unknown_address_and_wrong_password(tmp_path, greader_user, memory_keyring):
    with Store.open(tmp_path / "lib.sqlite") as store:
        with pytest.raises(SyncError, match="refused the user name or password"):
            engine.add_account(store, greader_user.api_url, greader_user.username, "nope")
        for wrong in (greader_user.api_url + "/nothing", greader_user.api_url[:-12] + "x.php"):
            with pytest.raises(SyncError, match="no Google Reader API at this address"):
                engine.add_account(store, wrong, greader_user.username, "x")
        assert store.accounts() == []
        assert memory_keyring.passwords == {}


def test_remove_account_takes_articles_and_password(
    tmp_path, feed_server, greader_user, memory_keyring
):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, greader_user)
        assert len(memory_keyring.passwords) == 1
        _sync(store, account_id)
        removed = engine.remove_account(store, store.get_account(account_id), PasswordStore())
        assert removed.deleted == 7 and removed.kept == 0
        assert store.count() == 0 and store.sources() == [] and store.accounts() == []
        assert memory_keyring.passwords == {}


def test_a_pending_change_wins_over_the_server(tmp_path, memory_keyring):
    """Until sent, the local read/starred flag stays whatever the server says."""
    from reader.core.models import NewArticle

    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = store.add_account("A", "http://127.0.0.1:1/api/greader.php", "u")
        source = store.source_id("s")
        added = store.add_articles(
            source, [NewArticle("T", "https://x.example/1", None, "<p>a</p>", "a")]
        ).added
        store.map_items(account_id, [("42", added[0])])
        store.mark(added, read=True)
        applied = store.apply_server_states([("42", added[0], "read", False)])
        assert applied == [] and store.totals()[1] == 0
        [change] = store.pending_changes(account_id)
        store.mark(added, read=False)  # changed again while the first was being sent
        store.confirm_changes([change.seq])
        [newer] = store.pending_changes(account_id)
        assert newer.value is False and newer.seq > change.seq


def test_library_v1_upgrades(tmp_path, feed_server, greader_user, memory_keyring):
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1, path)
    before = sqlite3.connect(path)
    counts = before.execute(
        "SELECT count(*), sum(read), sum(starred), (SELECT count(*) FROM sources) FROM articles"
    ).fetchone()
    before.close()
    _feeds(feed_server, greader_user)
    with Store.open(path) as store:
        total, unread, starred = store.totals()
        assert (total, total - unread, starred, len(store.sources())) == counts
        assert [s.kind.value for s in store.sources()].count("feed") == 1
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).added == 7
        assert store.count() == counts[0] + 7
        assert len(store.feed_states()) == 1  # the old feed is still refreshed


def _unread():
    from reader.core.models import ArticleQuery

    return ArticleQuery(unread_only=True)


def _all():
    from reader.core.models import ArticleQuery

    return ArticleQuery()


def _source(source_id: int):
    from reader.core.models import ArticleQuery

    return ArticleQuery(source_ids=(source_id,))


def test_subscription_changes_made_here_go_to_the_server(
    tmp_path, feed_server, greader_user, memory_keyring
):
    from reader.core.sync import subscriptions

    _feeds(feed_server, greader_user)
    extra = f"/{greader_user.username}/africa.xml"
    feed_server.files[extra] = rss20(
        items(2, prefix=f"https://af.example/{greader_user.username}/", start=300), "Africa"
    )
    with Store.open(tmp_path / "lib.sqlite") as store, client_for(greader_user) as client:
        account_id = _account(store, greader_user)
        assert _sync(store, account_id).ok
        account = store.get_account(account_id)
        result = subscriptions.subscribe(store, account, feed_server.url(extra), folder="Africa")
        assert result.ok and result.added == 2
        sources = {s.title: s for s in store.sources()}
        assert sources["Africa"].folder == "Africa"
        subscriptions.rename(store, sources["Asia Daily"].id, "Asia")
        subscriptions.move(store, sources["Europe Daily"].id, "World")
        assert subscriptions.unsubscribe(store, sources["Africa"].id).deleted == 2
        there = {s.title: s.folders for s in client.subscriptions()}
        assert there == {"Asia": ("Asia",), "Europe Daily": ("World",)}
        # The next sync agrees with what was done here.
        result = _sync(store, account_id)
        assert result.sources_added == () and result.sources_removed == ()
        assert {(s.title, s.folder) for s in store.sources()} == {
            ("Asia", "Asia"),
            ("Europe Daily", "World"),
        }


def test_item_bodies_are_read_defensively():
    """A server's item is hostile too: odd ids are skipped, only web links are kept."""
    from reader.core.sync.greader import _item, short_id

    assert short_id("tag:google.com,2005:reader/item/0000000000000010") == "16"
    assert short_id("1795850667869297") == "1795850667869297"
    item = _item(
        {
            "id": "tag:google.com,2005:reader/item/00000000000000ff",
            "title": "T",
            "alternate": [{"href": "javascript:alert(1)"}, {"href": "https://ok.example/a"}],
            "summary": {"content": "<p>x</p><script>alert(1)</script>"},
            "origin": {"streamId": "feed/1"},
            "published": 1700000000,
            "categories": ["user/-/state/com.google/read", "user/-/label/Asia"],
        }
    )
    assert item is not None
    assert (item.id, item.link, item.read, item.starred, item.labels) == (
        "255",
        "https://ok.example/a",
        True,
        False,
        ("Asia",),
    )
    assert _item({"id": "not an id"}) is None and _item("junk") is None
    [article] = engine.prepare_items([item])
    assert "<script" not in article.article.html and "alert" not in article.article.html


def test_a_cancelled_sync_changes_nothing_and_keeps_the_queue(
    tmp_path, feed_server, greader_user, memory_keyring
):
    _feeds(feed_server, greader_user)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, greader_user)
        result = engine.sync_account(
            store,
            store.get_account(account_id),
            options=TaskOptions(images=False, cancelled=lambda: True),
        )
        assert result.cancelled and not result.ok and store.count() == 0
        account = store.get_account(account_id)
        assert account.last_sync is None and account.last_error is None


def test_server_profiles_differ_in_one_place(monkeypatch):
    from reader.config import inoreader_app
    from reader.core.sync.servers import profile_for, use_app_credentials

    assert profile_for("https://rss.example/api/greader.php").name == "FreshRSS"
    assert profile_for("https://www.inoreader.com").headers == {}
    monkeypatch.setenv("OFFLINE_READER_INOREADER_APP_ID", "1000")
    monkeypatch.setenv("OFFLINE_READER_INOREADER_APP_KEY", "k")
    # As a fresh process has it (an in-process CLI run may have passed them in); restored after.
    monkeypatch.setattr("reader.core.sync.servers._app_credentials", lambda: None)
    assert profile_for("https://www.inoreader.com").headers == {}  # the core reads no environment
    use_app_credentials(inoreader_app)  # as the CLI and the window do at start
    inoreader = profile_for("https://www.inoreader.com")
    assert inoreader.headers == {"AppId": "1000", "AppKey": "k"}
    assert inoreader.ids_page == 1000 and inoreader.daily_quota == 100
    assert profile_for("https://unknown.example/reader").edit_batch <= 250

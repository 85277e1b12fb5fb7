"""Mark all read on an account's articles queues exactly what changed, and the server agrees."""

from __future__ import annotations

from datetime import UTC, datetime

from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle
from reader.core.sync import engine
from reader.core.sync.greader import READ
from reader.core.tasks import TaskOptions
from tests.support.feedkit import items, rss20
from tests.support.freshrss import client_for, subscribe


def _art(n: int) -> NewArticle:
    return NewArticle(
        f"Story {n}",
        f"https://x.example/{n}",
        datetime(2024, 1, 1 + n % 28, tzinfo=UTC),
        f"<p>body {n}</p>",
        f"body {n}",
    )


def _pending(store: Store, account_id: int) -> dict[str, bool]:
    return {c.item_id: c.value for c in store.pending_changes(account_id)}


def test_pending_changes_are_exactly_the_items_that_changed(tmp_path, memory_keyring):
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = store.add_account("A", "http://127.0.0.1:1/api/greader.php", "u")
        one, two = store.source_id("one"), store.source_id("two")
        first = store.add_articles(one, [_art(n) for n in range(6)]).added
        second = store.add_articles(two, [_art(n) for n in range(10, 14)]).added
        # Items 0-3 of source one and 10-11 of two are the account's; 4-5 are local only.
        store.map_items(account_id, [(f"i{n}", first[n]) for n in range(4)])
        store.map_items(account_id, [("i10", second[0]), ("i11", second[1])])
        store.mark(first[:1], read=True)
        store.confirm_changes([c.seq for c in store.pending_changes(account_id)])

        assert store.mark_all_read(ArticleQuery(source_ids=(one,))) == 5
        # Item 0 was read already: nothing to send for it; 4-5 have no item.
        assert _pending(store, account_id) == {"i1": True, "i2": True, "i3": True}
        store.mark([first[2]], read=False)
        assert _pending(store, account_id) == {"i1": True, "i2": False, "i3": True}
        store.confirm_changes([c.seq for c in store.pending_changes(account_id)])

        assert store.mark_all_read(ArticleQuery()) == 5  # first[2] and source two
        assert _pending(store, account_id) == {"i2": True, "i10": True, "i11": True}
        assert store.mark_all_read(ArticleQuery()) == 0
        assert len(store.pending_changes(account_id)) == 3


def test_a_source_read_then_one_unread_reaches_the_server(
    tmp_path, feed_server, greader_user, memory_keyring
):
    path = f"/{greader_user.username}/asia.xml"
    feed_server.files[path] = rss20(
        items(6, prefix=f"https://asia.example/{greader_user.username}/"), "Asia Daily"
    )
    subscribe(greader_user, feed_server.url(path), folder="Asia")
    with Store.open(tmp_path / "lib.sqlite") as store, client_for(greader_user) as client:
        account_id, _ = engine.add_account(
            store, greader_user.api_url, greader_user.username, greader_user.password, name="D"
        )
        account = store.get_account(account_id)
        assert engine.sync_account(store, account, options=TaskOptions(images=False)).ok
        [source] = [s for s in store.sources() if s.title == "Asia Daily"]
        assert store.mark_all_read(ArticleQuery(source_ids=(source.id,))) == 6
        kept = store.article_ids(ArticleQuery(source_ids=(source.id,)))[2]
        store.mark([kept], read=False)
        assert store.get_account(account_id).pending == 6
        result = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert result.ok and result.sent == 6
        assert len(set(client.item_ids(exclude=READ))) == 1 == store.totals()[1]
        # And back: the server's state changes nothing here on the next sync.
        again = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert again.ok and store.article_ids(ArticleQuery(unread_only=True)) == [kept]

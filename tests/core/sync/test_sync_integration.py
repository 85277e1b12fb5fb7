"""Where sync meets full articles and provenance, against the real FreshRSS.

A sync account's subscription with "Download full articles" on gets the web
pages of its new items, as a refreshed feed does; every synced item records
its provenance, with the SHA-256 of its JSON bytes exactly as the server
sent them (recomputed here from the recorded answers, by a slicer of the
test's own).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from reader.core.images.fetch import ImageOutcome
from reader.core.library import Store
from reader.core.library.accounts import Account
from reader.core.library.fulltext import FullTextStatus
from reader.core.net.http import HttpClient
from reader.core.sync import engine
from reader.core.tasks import TaskOptions
from tests.support.freshrss import User, subscribe
from tests.support.fulltextkit import ARTICLES, paragraphs, site_with_articles


class RecordingClient(HttpClient):
    """The program's own HTTP client, keeping each body the server sent (as bytes)."""

    def __init__(self) -> None:
        super().__init__(accept="application/json")
        self.bodies: list[tuple[str, bytes]] = []

    def call(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        cancelled=None,
        proxy: str | None = None,
    ) -> tuple[int, bytes]:
        status, data = super().call(
            method, url, headers=headers, body=body, cancelled=cancelled, proxy=proxy
        )
        self.bodies.append((url, data))
        return status, data


def items_as_sent(body: bytes) -> dict[str, bytes]:
    """item id → its bytes in a ``stream/items/contents`` answer (the test's own slicer).

    ``raw_decode`` walks the ``items`` array one object at a time and says
    where each ends; a slice of the text re-encoded is the same bytes, as
    UTF-8 maps text to bytes one way.
    """
    text = body.decode("utf-8")
    decoder = json.JSONDecoder()
    start = text.index("[", text.index('"items"')) + 1
    found = {}
    while True:
        while text[start] in " \t\r\n,":
            start += 1
        if text[start] == "]":
            return found
        item, end = decoder.raw_decode(text, start)
        found[item["id"]] = text[start:end].encode("utf-8")
        start = end


def _account(store: Store, user: User) -> Account:
    account_id, _ = engine.add_account(
        store, user.api_url, user.username, user.password, name="Desk"
    )
    return store.get_account(account_id)


def test_synced_items_record_provenance_of_their_bytes(
    tmp_path, feed_server, greader_user, memory_keyring
):
    from tests.support.feedkit import items, rss20

    path = f"/{greader_user.username}/prov.xml"
    stories = items(3, prefix=f"https://prov.example/{greader_user.username}/", start=900)
    feed_server.files[path] = rss20(stories, "Provenance Wire")
    subscribe(greader_user, feed_server.url(path), folder="Evidence")
    recorder = RecordingClient()
    with Store.open(tmp_path / "lib.sqlite") as store:
        account = _account(store, greader_user)
        result = engine.sync_account(
            store, account, options=TaskOptions(images=False), http=recorder
        )
        assert result.ok and result.added == 3, result.error
        sent: dict[str, bytes] = {}
        for url, body in recorder.bodies:
            if "stream/items/contents" in url:
                sent.update(items_as_sent(body))
        assert len(sent) == 3
        [source] = [s for s in store.sources() if s.account == "Desk"]
        stream = store.account_source(source.id)[1]  # type: ignore[index]
        for article_id in result.added_ids:
            proof = store.provenance(article_id)
            assert proof is not None
            origin = proof.origin
            assert (origin.kind, origin.name, origin.account) == ("account", account.url, "Desk")
            assert origin.stream_id == stream and origin.item_id in sent
            raw = sent[origin.item_id]
            assert proof.sha256 == hashlib.sha256(raw).hexdigest()
            # The bytes as sent, not the item as it would be written again.
            again = json.dumps(json.loads(raw)).encode()
            assert hashlib.sha256(again).hexdigest() != proof.sha256
            assert abs(proof.captured_at.timestamp() - source_time(store, article_id)) < 60
        # The password is not in any origin (only in the keyring).
        rows = store._db.execute("SELECT origin, origin_path FROM provenance").fetchall()
        assert greader_user.password not in repr(rows)
    recorder.close()


def source_time(store: Store, article_id: int) -> float:
    return float(store._value("SELECT added FROM articles WHERE id = ?", (article_id,)))


def test_sync_downloads_the_full_articles_of_sources_that_want_them(
    tmp_path, freshrss, greader_user, memory_keyring, site
):
    feed = site_with_articles(site)
    first = site.routes["/feed.xml"].body
    # The subscription starts with one story; the rest come after the option is on.
    site.add("/feed.xml", _only_items(first, 1), content_type="application/rss+xml")
    subscribe(greader_user, feed, folder="Long reads")
    with Store.open(tmp_path / "lib.sqlite") as store:
        account = _account(store, greader_user)
        result = engine.sync_account(store, account, options=TaskOptions(images=False))
        assert result.ok and result.added == 1 and result.full_text is None
        assert site.hits["/articles/0/news-site.html"] == 0  # off: no page fetched
        [source] = [s for s in store.sources() if s.account == "Desk"]
        store.set_full_text_option(source.id, True)

        site.add("/feed.xml", first, content_type="application/rss+xml")
        freshrss.refresh(greader_user)
        seen: list[tuple[int, int]] = []
        result = engine.sync_account(
            store,
            store.get_account(account.id),
            options=TaskOptions(
                images=True, full_text_progress=lambda done, total: seen.append((done, total))
            ),
        )
        assert result.ok and result.added == 4, result.error
        report = result.full_text
        assert report is not None
        assert (report.count(FullTextStatus.OK), report.count(FullTextStatus.FAILED)) == (2, 2)
        assert seen[0] == (0, 4) and seen[-1] == (4, 4)
        # The full articles' pictures came with the sync's images.
        assert result.images is not None and result.images.count(ImageOutcome.CACHED) >= 2
        titles = {store.get_article(i).title: i for i in store.article_ids()}
        for n, name in enumerate(ARTICLES[1:], start=1):
            full = store.full_text(titles[f"Story {n}"])
            assert full is not None and full.status is FullTextStatus.OK
            for paragraph in paragraphs(name):
                assert paragraph in " ".join(full.text.split())
        # The story synced before the option was on is not fetched behind the reader's back.
        assert store.full_text(titles["Story 0"]) is None

        # Nothing new: no page is fetched again.
        hits = sum(site.hits.values())
        result = engine.sync_account(
            store, store.get_account(account.id), options=TaskOptions(images=False)
        )
        assert result.ok and result.added == 0
        assert result.full_text is not None and result.full_text.outcomes == []
        assert sum(site.hits.values()) == hits


def _only_items(feed: bytes, keep: int) -> bytes:
    """The feed with its first ``keep`` items only."""
    head, _, rest = feed.partition(b"<item>")
    pieces = rest.split(b"<item>")
    tail = pieces[-1].split(b"</item>", 1)[1]
    kept = b"".join(b"<item>" + p.split(b"</item>", 1)[0] + b"</item>" for p in pieces[:keep])
    return head + kept + tail


def test_a_sync_cancelled_while_pages_come_keeps_its_articles(
    tmp_path, freshrss, greader_user, memory_keyring, site
):
    feed = site_with_articles(site)
    whole = site.routes["/feed.xml"].body
    site.add("/feed.xml", _only_items(whole, 0), content_type="application/rss+xml")
    subscribe(greader_user, feed)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account = _account(store, greader_user)
        assert engine.sync_account(store, account, options=TaskOptions(images=False)).added == 0
        [source] = [s for s in store.sources() if s.account == "Desk"]
        store.set_full_text_option(source.id, True)
        site.add("/feed.xml", whole, content_type="application/rss+xml")
        freshrss.refresh(greader_user)
        cancel = False

        def pages(done: int, total: int) -> None:
            nonlocal cancel
            cancel = True  # Cancel pressed as the pages start

        result = engine.sync_account(
            store,
            store.get_account(account.id),
            options=TaskOptions(images=True, full_text_progress=pages, cancelled=lambda: cancel),
        )
        assert result.ok and result.added == 5  # the sync itself was done and is kept
        assert result.full_text is not None and result.full_text.cancelled
        assert result.images is None  # nothing more after Cancel
        assert store.count() == 5 and store.get_account(account.id).last_error is None
        assert all(store.full_text(i) is None for i in store.article_ids())
        assert sum(site.hits[p] for p in site.hits if p.startswith("/articles/")) == 0


def test_every_list_queues_its_marks_for_the_server(tmp_path):
    """Mark all read from a tag, a saved search's operators or a folder: each change queued."""
    from reader.core.models import ArticleQuery, NewArticle

    with Store.open(tmp_path / "lib.sqlite") as store:
        account = store.add_account("Desk", "http://127.0.0.1:1/api/greader.php", "u")
        source, _ = store.upsert_account_source(
            account, "feed/1", title="Wire", folder="World", remote_url=None, site_url=None,
            names=store.source_names(),
        )  # fmt: skip
        stories = [
            NewArticle(
                f"Story {n}", f"https://x.example/{n}", None, f"<p>talks {n}</p>", f"talks {n}"
            )
            for n in range(4)
        ]
        ids = store.add_articles(source, stories).added
        store.map_items(account, [(str(100 + n), i) for n, i in enumerate(ids)])
        store.tag_articles(ids[:2], add=["Court"])
        local = store.source_id("notes")  # a local article: nothing to send for it
        store.add_articles(local, [NewArticle("Story 9", "https://y.example/9", None, "", "talks")])
        tag = store.tag_id("Court")
        assert tag is not None
        for query, expected in (
            (ArticleQuery(tag_ids=(tag,)), 2),
            (ArticleQuery(search="tag:Court"), 2),
            (ArticleQuery(search='title:"Story 1" is:unread'), 1),
            (ArticleQuery(search="source:Wire talks"), 4),
            (ArticleQuery(search="talks"), 4),
        ):
            store.mark(store.article_ids(), read=False)
            store.confirm_changes([c.seq for c in store.pending_changes(account)])
            store.mark_all_read(query)
            changes = store.pending_changes(account)
            assert len(changes) == expected, query
            assert {(c.field, c.value) for c in changes} == {("read", True)}


def test_items_are_sliced_as_received_whatever_the_layout():
    from reader.core.feeds.raw_items import item_bytes, json_items

    item = '{"id": "tag:google.com,2005:reader\\/item\\/00a", "title": "記者 \\"q\\" ]}"}'
    other = '{\n  "id":"2","summary":{"content":"<p>[x]</p>"}\n}'
    for head in ("", "\ufeff", " \n"):
        body = (
            f'{head}{{"id": "items", "updated": 1, "continuation": {{"items": [1]}},\n'
            f' "items" : [ {item} ,\n\t{other} ], "tail": []}}'
        ).encode()
        pairs = json_items(body)
        assert pairs is not None
        assert [piece for _, piece in pairs] == [item.encode(), other.encode()]
        assert [value for value, _ in pairs] == json.loads(body.decode("utf-8-sig"))["items"]
        if not head:  # the feeds' byte scan agrees
            assert item_bytes(body) == [item.encode(), other.encode()]
    for broken in (b'{"items": [{"id": 1}', b"[1, 2]", b'{"items": [1] "x": 2}', b"\xff{}"):
        assert json_items(broken) is None
    assert json_items(b'{"id": 1}') is None  # no items: nothing to slice

"""A refresh writes its feeds in batches whose other rows wait for the batch's end.

Each feed is still all or nothing: a feed whose writing fails takes its
waiting bodies, read state and index rows with it, and the feeds beside it
in the batch are stored whole and searchable.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from reader.core.errors import StorageError
from reader.core.feeds.refresh import FeedStatus, refresh_sources
from reader.core.feeds.subscriptions import subscribe
from reader.core.library import Store
from reader.core.models import ArticleQuery
from reader.core.tasks import TaskOptions
from tests.support.feedkit import items, rss20


def _add(store: Store, url: str) -> int:
    return subscribe(store, url, find_feed=False).source_id


def _consistent(path) -> None:
    """Every article has its body and read state, nothing is orphaned, the index is whole."""
    db = sqlite3.connect(path)
    try:
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        bodies = db.execute(
            "SELECT count(*) FROM article_content c JOIN articles a ON a.id = c.id"
        ).fetchone()[0]
        orphans = db.execute(
            "SELECT count(*) FROM article_content WHERE id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        unread_orphans = db.execute(
            "SELECT count(*) FROM unread WHERE id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        index_rows = db.execute("SELECT count(*) FROM article_search_docsize").fetchone()[0]
        db.execute("INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 0)")
    finally:
        db.close()
    assert bodies == articles and orphans == 0 and unread_orphans == 0
    assert index_rows == articles


def test_a_feed_that_fails_in_a_batch_leaves_nothing_and_its_neighbours_whole(
    httpserver, store, monkeypatch
):
    ids = []
    for n in range(5):
        body = rss20(items(4, prefix=f"https://news{n}.example/a/", start=10 * n))
        httpserver.expect_request(f"/f{n}").respond_with_data(body)
        ids.append(_add(store, httpserver.url_for(f"/f{n}")))
    doomed = ids[2]
    record = store.record_feed_fetched

    def failing(source_id: int, **kwargs):  # the disk fills up while feed 2 is written
        if source_id == doomed:
            raise StorageError("the disk is full", path=store.path)
        return record(source_id, **kwargs)

    monkeypatch.setattr(store, "record_feed_fetched", failing)
    results = {r.source_id: r for r in refresh_sources(store)}
    assert results[doomed].status is FeedStatus.FAILED
    assert "disk is full" in (results[doomed].error or "")
    assert all(results[i].added == 4 for i in ids if i != doomed)
    assert store.count(ArticleQuery(source_ids=(doomed,))) == 0
    assert store.count() == 16
    # Every stored story is found by its words, and the failed feed's are not.
    found = {a.source_id for a in store.list_articles(ArticleQuery(search="climate talks"))}
    assert found == set(ids) - {doomed}
    _consistent(store.path)
    # The next refresh stores the failed feed whole.
    monkeypatch.setattr(store, "record_feed_fetched", record)
    again = {r.source_id: r for r in refresh_sources(store)}
    assert again[doomed].added == 4
    assert store.count() == 20
    _consistent(store.path)


def test_retention_in_a_batch_deletes_with_the_index_in_step(httpserver, store):
    now = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    fresh = [
        item.__class__(item.title + " fresh", item.link + "&f", item.body, f"{item.guid}-f", now)
        for item in items(3, prefix="https://fresh.example/a/", start=50)
    ]
    old_url = "/old"
    httpserver.expect_request(old_url).respond_with_data(rss20(items(3)))
    kept = _add(store, httpserver.url_for(old_url))
    httpserver.expect_request("/fresh").respond_with_data(rss20(fresh))
    _add(store, httpserver.url_for("/fresh"))
    assert sum(r.added for r in refresh_sources(store)) == 6
    store.set_retention(kept, 30)  # its three stories are from 2023
    results = refresh_sources(store)
    assert all(r.ok for r in results)
    assert store.count(ArticleQuery(source_ids=(kept,))) == 0
    assert store.count() == 3
    assert len(store.list_articles(ArticleQuery(search="climate talks"))) == 3
    _consistent(store.path)


@pytest.mark.parametrize("feeds", [1, 6])
def test_batched_or_not_the_same_rows_are_stored(httpserver, tmp_path, feeds):
    """One feed (written in the refresh's thread) or several (worker processes)."""
    store = Store.open(tmp_path / "library.sqlite3")
    try:
        for n in range(feeds):
            body = rss20(items(3, prefix=f"https://n{n}.example/a/", start=10 * n))
            httpserver.expect_request(f"/b{n}").respond_with_data(body)
            _add(store, httpserver.url_for(f"/b{n}"))
        assert sum(r.added for r in refresh_sources(store)) == 3 * feeds
        assert len(store.list_articles(ArticleQuery(search="李强"))) == 3 * feeds
    finally:
        store.close()
    _consistent(tmp_path / "library.sqlite3")


def test_a_feed_failing_after_its_retention_keeps_the_batch_before_it(
    httpserver, store, monkeypatch
):
    """Retention writes the batch's waiting rows inside the failing feed's
    savepoint; its rollback takes them out again, and they must still be
    written at the batch's end (or the earlier feeds lose their bodies)."""
    ids = []
    for n in range(5):
        body = rss20(items(4, prefix=f"https://r{n}.example/a/", start=10 * n))
        httpserver.expect_request(f"/r{n}").respond_with_data(body)
        ids.append(_add(store, httpserver.url_for(f"/r{n}")))
    doomed = ids[-1]
    store.set_retention(doomed, 30)
    retention = store.apply_retention

    def failing(source_id, now):
        deleted = retention(source_id, now)
        if source_id == doomed:
            raise StorageError("the disk is full", path=store.path)
        return deleted

    monkeypatch.setattr(store, "apply_retention", failing)
    # One feed at a time, in order, all in one batch: the doomed one last.
    results = {
        r.source_id: r
        for r in refresh_sources(store, options=TaskOptions(executor_factory=None), connections=1)
    }
    assert results[doomed].status is FeedStatus.FAILED
    assert all(results[i].added == 4 for i in ids[:-1])
    assert store.count() == 16
    assert len(store.list_articles(ArticleQuery(search="climate talks"))) == 16
    _consistent(store.path)

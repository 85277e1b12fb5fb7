"""The SQLite library: schema, migrations, de-duplication, search, flags."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from reader.core.errors import LibraryTooNewError, NotFoundError, StorageError
from reader.core.library import Store, schema
from reader.core.library.search.index import INDEX_VERSION
from reader.core.models import ArticleQuery, NewArticle, SortKey


def art(n: int, text: str = "", url: str | None = None, title: str | None = None) -> NewArticle:
    return NewArticle(
        title=title or f"Title {n}",
        url=url if url is not None else f"https://example.org/{n}",
        published=datetime(2024, 1, 1 + n % 28, tzinfo=UTC),
        html=f"<p>{text or f'body {n}'}</p>",
        text=text or f"body {n}",
    )


def test_new_library_is_wal_with_current_version(store, db_path):
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert db.execute("PRAGMA page_size").fetchone()[0] == 16384


def test_a_library_with_other_pages_keeps_them(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Store.open(path) as first:
        first._db.execute("PRAGMA journal_mode = DELETE")
        first._db.execute("VACUUM INTO ?", (str(tmp_path / "small.sqlite3"),))
    small = sqlite3.connect(tmp_path / "small.sqlite3")
    small.execute("PRAGMA page_size = 4096")
    small.execute("VACUUM")
    small.close()
    with Store.open(tmp_path / "small.sqlite3") as store:
        source = store.source_id("notes")
        store.add_articles(source, [art(1, "kept")])
        assert store.count() == 1
    db = sqlite3.connect(tmp_path / "small.sqlite3")
    assert db.execute("PRAGMA page_size").fetchone()[0] == 4096


def test_refuses_a_newer_library(db_path):
    Store.open(db_path).close()
    db = sqlite3.connect(db_path)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.close()
    with pytest.raises(LibraryTooNewError, match="newer"):
        Store.open(db_path)


def test_refuses_other_sqlite_files_and_garbage(tmp_path):
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE x (y)")
    db.commit()
    db.close()
    with pytest.raises(StorageError, match="not an Offline Reader library"):
        Store.open(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match=str(junk)):
        Store.open(junk)


def test_forward_migration_runs_once(db_path, monkeypatch):
    Store.open(db_path).close()
    calls = []

    def to_next(db):
        calls.append(1)
        db.execute("ALTER TABLE sources ADD COLUMN note TEXT")

    monkeypatch.setattr(schema, "VERSION", schema.VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.VERSION - 1, to_next)
    Store.open(db_path).close()
    Store.open(db_path).close()
    assert calls == [1]
    db = sqlite3.connect(db_path)
    assert "note" in [r[1] for r in db.execute("PRAGMA table_info(sources)")]


def test_failed_migration_leaves_library_as_it_was(db_path, monkeypatch):
    Store.open(db_path).close()

    def broken(db):
        db.execute("ALTER TABLE sources ADD COLUMN note TEXT")
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "VERSION", schema.VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.VERSION - 1, broken)
    with pytest.raises(RuntimeError):
        Store.open(db_path)
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION - 1
    assert "note" not in [r[1] for r in db.execute("PRAGMA table_info(sources)")]


def test_duplicates_by_url_and_by_content(store):
    src = store.source_id("example.org")
    first = store.add_articles(src, [art(1), art(2)])
    assert len(first.added) == 2 and first.duplicates == 0
    again = store.add_articles(src, [art(1, url="https://example.org/1")])
    assert again.added == [] and again.duplicates == 1
    same_text_other_url = store.add_articles(src, [art(2, url="https://mirror.example/2")])
    assert same_text_other_url.duplicates == 1
    other = store.source_id("other.org")
    assert store.add_articles(other, [art(1)]).duplicates == 1
    assert store.count() == 2


def test_empty_bodies_dedupe_by_url_only(store):
    src = store.source_id("x")
    a = NewArticle("Same", "https://a.org/1", None, "", "")
    b = NewArticle("Same", "https://a.org/2", None, "", "")
    assert len(store.add_articles(src, [a, b]).added) == 2


def test_search_cjk_accents_and_prefix(store):
    src = store.source_id("x")
    store.add_articles(
        src,
        [
            art(1, "周二，美国气候特使约翰-克里分别与中国总理李强和最高外交官王毅会面。"),
            art(2, "Les négociations sur le climat reprennent à Pékin."),
            art(3, "日本の首相は東京で記者会見を行った。"),
            art(4, "대통령은 기자회견에서 말했다"),
            art(5, "Переговоры о климате возобновились"),
            art(6, "قال الوزير إن المفاوضات ستستمر"),
        ],
    )

    def found(q):
        return {a.id for a in store.list_articles(ArticleQuery(search=q))}

    assert found("李强") == {1}
    assert found("李") == {1}
    assert found("强和最高") == {1}
    assert found("强最") == set()
    assert found("negociations") == {2}
    assert found("NÉGOCIATIONS") == {2}
    assert found("négo") == {2}
    assert found("記者会見") == {3}
    assert found("기자회견") == {4}
    assert found("климате") == {5}
    assert found("المفاوضات") == {6}
    assert found("Title") == {1, 2, 3, 4, 5, 6}
    assert found('"Les négociations" -Pékin') == set()
    assert found("Pékin OR 李强") == {1, 2}
    for hostile in ['"', "NEAR(", "a AND", "*", "((", "-", "title:x", "^x"]:
        found(hostile)  # never raises


def test_deleting_keeps_index_consistent(store):
    src = store.source_id("x")
    ids = store.add_articles(src, [art(1, "李强 alpha"), art(2, "李强 beta")]).added
    assert store.delete_articles([ids[0]]) == 1
    assert [a.id for a in store.list_articles(ArticleQuery(search="李强"))] == [ids[1]]
    other = store.source_id("y")
    store.add_articles(other, [art(3, "李强 gamma")])
    assert store.delete_source(other) == 1
    assert [a.id for a in store.list_articles(ArticleQuery(search="李强"))] == [ids[1]]
    db = store._db
    assert db.execute(
        "INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 0)"
    )


def test_flags_counts_and_filters(store):
    src = store.source_id("x", title="Ex")
    ids = store.add_articles(src, [art(i) for i in range(5)]).added
    assert store.mark(ids[:2], read=True) == 2
    assert store.mark(ids[1:3], starred=True) == 2
    [source] = store.sources()
    assert (source.title, source.total, source.unread, source.starred) == ("Ex", 5, 3, 2)
    assert store.count(ArticleQuery(unread_only=True)) == 3
    assert store.count(ArticleQuery(starred_only=True)) == 2
    assert store.count(ArticleQuery(unread_only=True, starred_only=True)) == 1
    assert store.totals() == (5, 3, 2)
    article = store.get_article(ids[1])
    assert article.read and article.starred
    with pytest.raises(NotFoundError):
        store.get_article(999)


def test_keyset_paging_visits_every_row_once(store):
    src = store.source_id("x")
    same_time = [
        NewArticle(f"T{i}", f"https://e.org/{i}", datetime(2024, 1, 1, tzinfo=UTC), "", "")
        for i in range(30)
    ]
    store.add_articles(src, same_time + [art(i) for i in range(40, 70)])
    seen = [a.id for a in store.iter_articles(page=7)]
    assert len(seen) == len(set(seen)) == 60
    assert seen == store.article_ids()
    assert sorted(store.article_ids(sort=SortKey.TITLE, descending=False)) == sorted(seen)


def test_sources_rename_folder_delete(store):
    a = store.source_id("a.org")
    b = store.source_id("b.org")
    store.add_articles(a, [art(1), art(2)])
    store.rename_source(a, "Agence")
    store.set_source_folder(b, "Asia")
    assert store.folders() == ["Asia"]
    assert store.find_source("agence").id == a
    assert store.find_source("A.ORG").id == a
    assert store.count(ArticleQuery(folder="Asia")) == 0
    assert store.delete_source(a) == 2
    assert [s.name for s in store.sources()] == ["b.org"]
    with pytest.raises(NotFoundError):
        store.delete_source(a)


def test_two_connections_read_while_one_writes(db_path):
    with Store.open(db_path) as writer, Store.open(db_path) as reader:
        src = writer.source_id("x")
        with writer.transaction():
            writer.add_articles(src, [art(1)])
            assert reader.count() == 0
        assert reader.count() == 1


def test_deleting_removes_bodies(store):
    src = store.source_id("x")
    ids = store.add_articles(src, [art(1), art(2), art(3)]).added
    store.delete_articles(ids[:1])
    store.delete_source(src)
    assert store._db.execute("SELECT count(*) FROM article_content").fetchone()[0] == 0


# -- feeds -------------------------------------------------------------------


def test_add_feed_names_are_unique_and_urls_subscribed_once(store):
    from reader.core.errors import ReaderError

    a = store.add_feed("https://a.example/rss", name="a.example")
    b = store.add_feed("https://a.example/atom", name="a.example", title="Atom", folder="F")
    assert [s.name for s in store.sources()] == ["a.example", "a.example 2"]
    with pytest.raises(ReaderError, match="already subscribed, as 'Atom'"):
        store.add_feed("https://a.example/atom", name="x")
    [state_a, state_b] = sorted(store.feed_states(), key=lambda s: s.source_id)
    assert (state_a.source_id, state_b.source_id) == (a, b)
    assert state_b.title == "Atom" and state_a.etag is None
    assert [s.source_id for s in store.feed_states([b, 999])] == [b]
    local = store.source_id("dumps")
    assert store.feed_states([local]) == []
    assert store.find_source("https://a.example/atom").id == b


def test_feed_fetch_state_round_trip(store):
    sid = store.add_feed("https://a.example/rss", name="a")
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)
    store.record_feed_failed(sid, checked=now, error="the server answered 500", retry_after=now)
    source = store.get_source(sid)
    assert (source.last_error, source.last_checked, source.retry_after) == (
        "the server answered 500",
        now,
        now,
    )
    store.record_feed_fetched(
        sid,
        checked=now,
        etag='"e"',
        last_modified="lm",
        feed_title="Feed",
        site_url="https://a.example/",
    )
    [state] = store.feed_states()
    assert (state.etag, state.last_modified, state.retry_after) == ('"e"', "lm", None)
    source = store.get_source(sid)
    assert source.title == "Feed" and source.last_error is None and source.site_url
    store.rename_source(sid, "Mine")
    store.record_feed_fetched(sid, checked=now, etag=None, last_modified=None, feed_title="Other")
    assert store.get_source(sid).title == "Mine"  # the user's name wins
    with pytest.raises(NotFoundError):
        store.record_feed_failed(999, checked=now, error="x")


def test_set_feed_url_resets_validators_and_refuses_duplicates(store):
    from reader.core.errors import ReaderError

    a = store.add_feed("https://a.example/rss", name="a")
    store.add_feed("https://b.example/rss", name="b")
    now = datetime(2024, 5, 1, tzinfo=UTC)
    store.record_feed_fetched(a, checked=now, etag='"e"', last_modified="lm")
    store.set_feed_url(a, "https://a.example/rss")  # unchanged: validators stay
    assert store.feed_states([a])[0].etag == '"e"'
    store.set_feed_url(a, "https://a.example/new")
    [state] = store.feed_states([a])
    assert (state.feed_url, state.etag, state.last_modified) == (
        "https://a.example/new",
        None,
        None,
    )
    with pytest.raises(ReaderError, match="already subscribed"):
        store.set_feed_url(a, "https://b.example/rss")
    store.set_feed_username(a, " ana ")
    assert store.get_source(a).username == "ana"
    store.set_feed_username(a, "")
    assert store.get_source(a).username is None


def test_retention_keeps_starred_and_recent(store):
    from reader.core.errors import ReaderError

    sid = store.add_feed("https://a.example/rss", name="a")
    now = datetime(2024, 6, 1, tzinfo=UTC)
    old = [
        NewArticle(
            f"Old {i}", f"https://a.example/o{i}", datetime(2024, 1, 1, tzinfo=UTC), "", f"old {i}"
        )
        for i in range(3)
    ]
    new = NewArticle(
        "New", "https://a.example/n", datetime(2024, 5, 30, tzinfo=UTC), "", "new body"
    )
    ids = store.add_articles(sid, [*old, new]).added
    store.mark([ids[0]], starred=True)
    assert store.apply_retention(sid, now) == 0  # keep everything by default
    store.set_retention(sid, 30)
    assert store.get_source(sid).retention_days == 30
    assert store.apply_retention(sid, now) == 2
    assert {a.title for a in store.list_articles()} == {"Old 0", "New"}
    assert store.list_articles(ArticleQuery(search="old")) == store.list_articles(
        ArticleQuery(ids=(ids[0],))
    )
    with pytest.raises(ReaderError):
        store.set_retention(sid, 0)
    store.set_retention(sid, None)
    assert store.get_source(sid).retention_days is None


def test_article_ids_orders_and_filters_with_and_without_the_sources_join(store):
    a = store.source_id("a.org", title="Zeta")
    b = store.source_id("b.org", title="Alpha")
    ids_a = store.add_articles(a, [art(i) for i in range(1, 4)]).added
    ids_b = store.add_articles(b, [art(i) for i in range(10, 12)]).added
    store.set_source_folder(b, "Asia")
    store.mark(ids_a[:1], read=True)
    by_date = [row.id for row in store.list_articles()]
    assert store.article_ids() == by_date
    assert store.article_ids(descending=False) == by_date[::-1]
    assert store.article_ids(ArticleQuery(folder="Asia")) == [i for i in by_date if i in ids_b]
    assert store.article_ids(ArticleQuery(unread_only=True)) == [
        i for i in by_date if i != ids_a[0]
    ]
    by_source = store.article_ids(sort=SortKey.SOURCE, descending=False)
    assert set(by_source[:2]) == set(ids_b) and set(by_source[2:]) == set(ids_a)
    # The newest-first list of everything is what the window opens with: it
    # must come from the index alone, not from reading every article row.
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    store.article_ids()
    store._db.set_trace_callback(None)
    [sql] = [s for s in statements if s.lstrip().startswith("SELECT a.id")]
    plan = store._db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    assert "COVERING INDEX" in str(plan), plan


def test_an_index_written_by_an_older_version_is_rebuilt(db_path):
    with Store.open(db_path) as store:
        source = store.source_id("notes")
        [article_id] = store.add_articles(source, [art(1, "周二，克里与李强和王毅会面")]).added
    db = sqlite3.connect(db_path, isolation_level=None)
    # As version 1 wrote it: the bigrams themselves, not spelled in ASCII.
    db.execute("UPDATE meta SET value = '1' WHERE key = 'search_index'")
    db.execute("INSERT INTO article_search(article_search) VALUES ('delete-all')")
    db.execute(
        "INSERT INTO article_search(rowid, title, body) VALUES (?, 'Title 1', ?)",
        (article_id, " 周二 二 ， 克里 里与 与李 李强 强和 和王 王毅 毅会 会面 面 "),
    )
    db.close()
    with Store.open(db_path) as store:
        assert [a.id for a in store.list_articles(ArticleQuery(search="李强"))] == [article_id]
        assert [a.id for a in store.list_articles(ArticleQuery(search="王"))] == [article_id]
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()[0] == str(
        INDEX_VERSION
    )
    old_token = db.execute(
        "SELECT rowid FROM article_search WHERE article_search MATCH '\"李强\"'"
    ).fetchall()
    assert old_token == []


def test_search_index_outdated_says_when_opening_will_rebuild(db_path, tmp_path):
    from reader.core.library import search_index_outdated

    assert not search_index_outdated(tmp_path / "missing.sqlite3")
    with Store.open(db_path) as store:
        assert not search_index_outdated(db_path)  # no article: nothing to rebuild
        store.add_articles(store.source_id("notes"), [art(1, "李强")])
    assert not search_index_outdated(db_path)
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("UPDATE meta SET value = '1' WHERE key = 'search_index'")
    db.close()
    assert search_index_outdated(db_path)
    with Store.open(db_path):
        pass
    assert not search_index_outdated(db_path)
    (tmp_path / "garbage.sqlite3").write_bytes(b"not a database")
    assert not search_index_outdated(tmp_path / "garbage.sqlite3")

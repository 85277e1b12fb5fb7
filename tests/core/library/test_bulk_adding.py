"""Articles added in bulk (an import's write turn) and handed between processes
are stored exactly as one ``add_articles`` at a time stored them."""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.dumps.files import prepare_file
from reader.core.dumps.importer import import_paths
from reader.core.errors import StorageError
from reader.core.library import Store
from reader.core.library.search.index import IndexedArticle, index_article
from reader.core.models import ArticleQuery, NewArticle, Origin

#: Columns that hold the clock: the two imports run at different seconds.
_CLOCK = {("articles", "added"), ("provenance", "captured_at"), ("sources", "created")}


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, and the search index's every token instance."""
    db = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'article_search%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found: dict[str, list[tuple[object, ...]]] = {}
        for name in names:
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({name})")]
            kept = [c for c in columns if (name, c) not in _CLOCK]
            found[name] = sorted(db.execute(f"SELECT {', '.join(kept)} FROM {name}"), key=repr)
        db.execute(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, article_search, instance)"
        )
        found["index terms"] = db.execute("SELECT * FROM temp.terms ORDER BY 1, 2, 3, 4").fetchall()
        found["index sizes"] = db.execute(
            "SELECT * FROM article_search_docsize ORDER BY 1"
        ).fetchall()
        return found
    finally:
        db.close()


@pytest.fixture
def mixed_corpus(corpus_factory, sample_path, tmp_path):
    """Dumps of one and of several records, the CJK sample, and copies (duplicates)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for i, dump in enumerate(sorted(corpus_factory(60, per_file=3, seed=5).glob("*.txt"))):
        shutil.copy(dump, folder / f"a{i:03}.txt")
    singles = sorted(corpus_factory(12, seed=6).glob("*.txt"))
    for i, dump in enumerate(singles):
        shutil.copy(dump, folder / f"b{i:03}.txt")
    for i, dump in enumerate(singles[:4]):
        shutil.copy(dump, folder / f"c{i:03}.txt")  # the same records again
    shutil.copy(sample_path, folder / "d000.txt")
    return folder


def test_an_import_stores_what_one_add_articles_a_file_stored(mixed_corpus, tmp_path, monkeypatch):
    bulk = tmp_path / "bulk.sqlite3"
    with Store.open(bulk) as store:
        report = import_paths(store, [mixed_corpus])
    assert (report.imported, report.duplicates, report.failed) == (73, 4, [])

    # As before write turns were written in bulk: each file's add_articles wrote
    # its own rows, the index's included, at its own end.
    monkeypatch.setattr(Store, "adding_in_bulk", Store.transaction)
    one_by_one = tmp_path / "one_by_one.sqlite3"
    with Store.open(one_by_one) as store:
        import_paths(store, [mixed_corpus])

    got, expected = _tables(bulk), _tables(one_by_one)
    assert got.keys() == expected.keys()
    for name in expected:
        assert got[name] == expected[name], name
    assert len(got["index terms"]) > 10_000 and len(got["provenance"]) == 73


def test_a_failed_bulk_turn_leaves_nothing_behind(store, sample_path):
    prepared = prepare_file(str(sample_path))
    source = store.source_id("here")
    with pytest.raises(StorageError), store.adding_in_bulk():
        store.add_articles(source, prepared.articles)
        raise StorageError("disk full")
    with store.adding_in_bulk():
        pass  # nothing left over from the failed turn to write
    assert store.count() == 0
    assert store.count(ArticleQuery(search="李强")) == 0
    with store.adding_in_bulk():
        store.add_articles(source, prepared.articles)
    assert store.count() == 1 and store.count(ArticleQuery(search="李强")) == 1


def test_a_prepared_article_crosses_processes_without_its_html_and_text(store, sample_path):
    [indexed] = prepare_file(str(sample_path)).articles
    sent = pickle.dumps(indexed, pickle.HIGHEST_PROTOCOL)
    arrived = pickle.loads(sent)
    assert (arrived.article.html, arrived.article.text) == ("", "")
    assert len(sent) < len(pickle.dumps(indexed.article, pickle.HIGHEST_PROTOCOL)) + len(
        indexed.search_body.encode()
    )
    assert (arrived.search_title, arrived.search_body) == (
        indexed.search_title,
        indexed.search_body,
    )
    assert (arrived.content_hash, arrived.body) == (indexed.content_hash, indexed.body)
    for field in ("title", "url", "published", "author", "guid", "images", "sha256"):
        assert getattr(arrived.article, field) == getattr(indexed.article, field), field

    origin = Origin("file", sample_path.name, str(sample_path))
    [article_id] = store.add_articles(store.source_id("there"), [arrived], origin=origin).added
    stored = store.get_article(article_id)
    assert (stored.html, stored.text) == (indexed.article.html, indexed.article.text)
    assert store.count(ArticleQuery(search="李强")) == 1


def test_an_article_without_a_body_crosses_whole():
    article = NewArticle(
        title="T", url="https://x.example/1", published=None, html="<p>b</p>", text="b"
    )
    indexed = IndexedArticle(article, "T", "b", None)  # packed by the writer
    assert pickle.loads(pickle.dumps(indexed)) == indexed
    packed = index_article(article)
    assert pickle.loads(pickle.dumps(packed)).body == packed.body


def test_deleting_inside_a_bulk_turn_writes_the_waiting_rows_first(tmp_path):
    """Retention inside a refresh's batch: the articles it deletes may still
    have their bodies and index rows waiting; they are written first, so the
    deletion takes them out of the index with the right tokens and leaves no
    body behind."""
    from datetime import UTC, datetime

    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        source = store.add_feed("https://old.example/feed", name="old")
        old = [
            NewArticle(
                title=f"Old story {n}",
                url=f"https://old.example/{n}",
                published=datetime(2020, 1, 1 + n, tzinfo=UTC),
                html=f"<p>Harbour strike day {n}</p>",
                text=f"Harbour strike day {n}",
            )
            for n in range(3)
        ]
        store.set_retention(source, 30)
        with store.adding_in_bulk():
            assert len(store.add_articles(source, old).added) == 3
            assert store.apply_retention(source, datetime.now(UTC)) == 3
        assert store.count() == 0
        assert store.list_articles(ArticleQuery(search="harbour")) == []
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT count(*) FROM article_content").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM article_search_docsize").fetchone()[0] == 0
        db.execute("INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 0)")
    finally:
        db.close()

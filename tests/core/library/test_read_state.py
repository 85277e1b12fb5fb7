"""Read state kept apart (schema 9, ``readstate.py``): every reader agrees after a mark-all-read."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.core.library import Store, schema
from reader.core.models import ArticleQuery, NewArticle

V1 = Path(__file__).resolve().parents[2] / "data" / "library-v1.sqlite"


def art(n: int, word: str) -> NewArticle:
    return NewArticle(
        title=f"{word} story {n}",
        url=f"https://example.org/{word}/{n}",
        published=datetime(2024, 1 + n % 12, 1 + n % 28, tzinfo=UTC),
        html=f"<p>{word} body {n}</p>",
        text=f"{word} body {n}",
    )


def _library(store: Store) -> tuple[int, list[int], int, list[int]]:
    big, small = store.source_id("big"), store.source_id("small")
    big_ids = store.add_articles(big, [art(n, "climate") for n in range(40)]).added
    small_ids = store.add_articles(small, [art(n, "budget") for n in range(10)]).added
    return big, big_ids, small, small_ids


def _unread_counts(store: Store) -> dict[str, int]:
    return {s.name: s.unread for s in store.sources()}


def _orphans(store: Store) -> int:
    return int(
        store._value("SELECT count(*) FROM unread WHERE id NOT IN (SELECT id FROM articles)")
    )


def test_a_source_marked_read_then_one_unread_again(store) -> None:
    big, big_ids, _small, small_ids = _library(store)
    store.tag_articles(big_ids[:5] + small_ids[:2], add=["desk"])
    store.save_search("warming", "climate")
    assert store.mark_all_read(ArticleQuery(source_ids=(big,))) == 40
    assert store.mark_all_read(ArticleQuery(source_ids=(big,))) == 0  # nothing left to change
    assert _unread_counts(store) == {"big": 0, "small": 10}
    assert store.totals() == (50, 10, 0)
    assert store.count(ArticleQuery(search="is:unread climate")) == 0
    assert store.count(ArticleQuery(search="is:read")) == 40

    again = big_ids[7]
    assert store.mark([again], read=False) == 1
    assert _unread_counts(store) == {"big": 1, "small": 10}
    assert store.article_ids(ArticleQuery(source_ids=(big,), unread_only=True)) == [again]
    assert store.article_ids(ArticleQuery(search="is:unread climate")) == [again]
    assert store.count(ArticleQuery(unread_only=True)) == 11  # the Unread node
    assert store.get_article(big_ids[6]).read and not store.get_article(again).read
    rows = store.summaries([again, big_ids[0], small_ids[0]])  # the list's bold rows
    assert (rows[again].read, rows[big_ids[0]].read, rows[small_ids[0]].read) == (
        False,
        True,
        False,
    )
    [desk] = store.tags()
    assert (desk.total, desk.unread) == (7, 2)
    [warming] = store.saved_searches()
    assert (warming.total, warming.unread) == (40, 1)


def test_the_whole_library_read_then_one_unread(store) -> None:
    _, big_ids, _, small_ids = _library(store)
    store.mark(small_ids[:3], read=True)
    assert store.mark_all_read(ArticleQuery()) == 47
    assert store.totals()[1] == 0 and set(_unread_counts(store).values()) == {0}
    store.mark([small_ids[0]], read=False)
    assert store.totals()[1] == 1
    assert store.article_ids(ArticleQuery(unread_only=True)) == [small_ids[0]]
    assert store.get_article(small_ids[0]).read is False
    assert store.get_article(big_ids[0]).read is True


def test_a_search_or_a_folder_marks_only_what_it_matches(store) -> None:
    big, big_ids, small, _small_ids = _library(store)
    store.set_source_folder(small, "Money")
    assert store.mark_all_read(ArticleQuery(search="story 1")) == 2  # one in each source
    assert store.totals()[1] == 48
    assert store.mark_all_read(ArticleQuery(folder="Money")) == 9
    assert _unread_counts(store) == {"big": 39, "small": 0}
    assert store.mark_all_read(ArticleQuery(source_ids=(big,), starred_only=True)) == 0
    store.mark(big_ids[2:4], starred=True)  # big_ids[1] is 'story 1', read already
    assert store.mark_all_read(ArticleQuery(source_ids=(big,), starred_only=True)) == 2
    assert _unread_counts(store)["big"] == 37


def test_marking_counts_articles_that_exist_and_flags_stay_apart(store) -> None:
    _big, big_ids, _, _ = _library(store)
    assert store.mark([big_ids[0], 999_999], read=True) == 1
    assert store.mark([big_ids[0]], read=True) == 1  # already read: it still exists
    assert store.mark([big_ids[0]], starred=True, read=False) == 1
    article = store.get_article(big_ids[0])
    assert (article.read, article.starred) == (False, True)
    assert store.mark([big_ids[1]], read=False) == 1 and _unread_counts(store)["big"] == 40


def test_deleting_articles_or_a_source_leaves_no_read_state_behind(store) -> None:
    big, big_ids, _small, small_ids = _library(store)
    store.mark(big_ids[:1], starred=True)  # kept when its source goes (archived)
    store.delete_articles(small_ids[:4])
    assert _orphans(store) == 0 and _unread_counts(store)["small"] == 6
    store.delete_source(big)
    assert _orphans(store) == 0
    assert store.get_article(big_ids[0]).read is False
    assert store.totals()[1] == 7


def test_an_upgraded_library_keeps_every_read_flag(tmp_path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(V1, path)
    with sqlite3.connect(path) as db:
        flags = dict(db.execute("SELECT id, read FROM articles"))
        per_source = dict(
            db.execute("SELECT source_id, sum(read = 0) FROM articles GROUP BY source_id")
        )
    assert 0 < sum(flags.values()) < len(flags)  # both kinds to keep
    with Store.open(path) as store:
        assert store._value("PRAGMA user_version") == schema.VERSION
        assert {i: int(store.get_article(i).read) for i in flags} == flags
        assert {s.id: s.unread for s in store.sources() if s.total} == per_source
        assert store.totals()[1] == len(flags) - sum(flags.values())


def test_the_unread_list_pages_in_date_order_from_its_own_index(store) -> None:
    big, big_ids, _, small_ids = _library(store)
    store.mark(big_ids[::3] + small_ids[:1], read=True)
    every = store.list_articles()
    unread = [a.id for a in every if not a.read]
    query = ArticleQuery(unread_only=True)
    assert store.article_ids(query) == unread
    assert store.article_ids(query, descending=False) == unread[::-1]
    first = store.list_articles(query, limit=10)
    rest = store.list_articles(query, after=(first[-1].sort_time, first[-1].id))
    assert [a.id for a in first + rest] == unread and not any(a.read for a in first + rest)
    mine = ArticleQuery(unread_only=True, source_ids=(big,))
    assert store.article_ids(mine) == [i for i in unread if i in set(big_ids)]
    plan = str(
        store._db.execute(
            "EXPLAIN QUERY PLAN SELECT u.id FROM unread u ORDER BY u.sort_time DESC, u.id DESC"
        ).fetchall()
    )
    assert "unread_by_time" in plan and "TEMP B-TREE" not in plan

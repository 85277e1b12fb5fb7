"""The library's idle upkeep: index segments merged, free pages returned, nothing lost."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from reader.core.library import Store
from reader.core.library.upkeep import UpkeepStep
from reader.core.models import ArticleQuery, NewArticle, from_epoch

WORDS = [
    "climat",
    "négociations",
    "Pékin",
    "ministre",
    "journaliste",
    "气候合作",
    "李强",
    "diplomatique",
]


def article(n: int, noise: int = 0) -> NewArticle:
    text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(60)) + f" mot{n}"
    return NewArticle(
        title=f"Article {n}",
        url=f"https://example.org/{n}",
        published=from_epoch(1_600_000_000 + n),
        html=f"<p>{text}</p><p>{secrets.token_hex(noise)}</p>",  # what zlib cannot shrink
        text=text,
    )


def run_upkeep(store: Store) -> list[UpkeepStep]:
    steps = []
    while (step := store.upkeep_due()) is not UpkeepStep.DONE:
        store.upkeep_step(step)
        steps.append(step)
        assert len(steps) < 1000
    return steps


def test_segments_are_merged_in_short_steps_and_search_still_finds_everything(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "library.sqlite3") as store:
        source = store.source_id("example.org")
        for batch in range(30):  # one index segment per transaction
            store.add_articles(source, [article(batch * 10 + i) for i in range(10)])
        before = store._fts_segments()
        assert before > 1
        hits = {q: store.count(ArticleQuery(search=q)) for q in ("climat", "李强", "mot123")}
        started = time.perf_counter()
        steps = run_upkeep(store)
        assert set(steps) == {UpkeepStep.MERGE}
        assert store._fts_segments() == 1
        assert time.perf_counter() - started < 10
        assert {q: store.count(ArticleQuery(search=q)) for q in hits} == hits
        assert hits["climat"] == 300 and hits["mot123"] == 1


def test_a_library_with_many_free_pages_is_vacuumed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        source = store.source_id("example.org")
        store.add_articles(source, [article(n, noise=4000) for n in range(400)])
        store.delete_articles(range(1, 351))
        store.checkpoint(truncate=True)
        pages = store._value("PRAGMA page_count")
        assert store._value("PRAGMA freelist_count") / pages > 0.2
        assert UpkeepStep.VACUUM in run_upkeep(store)
        assert store._value("PRAGMA freelist_count") == 0
        assert store._value("PRAGMA page_count") < pages
        assert store.count() == 50
        assert store.count(ArticleQuery(search="mot399")) == 1
        assert store.upkeep_due() is UpkeepStep.DONE


def test_mark_all_read_changes_only_the_unread_rows_of_the_query(tmp_path: Path) -> None:
    with Store.open(tmp_path / "library.sqlite3") as store:
        one = store.source_id("one.example")
        two = store.source_id("two.example")
        store.set_source_folder(two, "Desk")
        first = store.add_articles(one, [article(n) for n in range(10)]).added
        second = store.add_articles(two, [article(n) for n in range(10, 15)]).added
        store.mark(first[:3], read=True)
        # One statement over the unread rows: the 3 read ones are not rewritten.
        assert store.mark_all_read(ArticleQuery(source_ids=(one,))) == 7
        assert store.count(ArticleQuery(source_ids=(one,), unread_only=True)) == 0
        assert store.count(ArticleQuery(source_ids=(two,), unread_only=True)) == 5
        assert store.mark_all_read(ArticleQuery(folder="Desk", search="mot12")) == 1
        assert store.count(ArticleQuery(unread_only=True)) == 4
        assert store.mark_all_read(ArticleQuery(folder="Desk")) == 4
        assert [s.read for s in store.summaries(second).values()] == [True] * 5
        # The page cache is back to what it was once the statement is done.
        assert store._value("PRAGMA cache_size") == -2000

"""Searches whose cost is bounded by the page (issue 29): excluded words with no
word to find, a Chinese word of several characters by relevance, and a source
that shares no article with the words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reader.core.library import Store
from reader.core.library.search.query import compile_query, parse
from reader.core.models import ArticleQuery, NewArticle, SortKey


def art(n: int, text: str, *, title: str | None = None) -> NewArticle:
    return NewArticle(
        title=title or f"Title {n}",
        url=f"https://example.org/{n}",
        published=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=n),
        html=f"<p>{text}</p>",
        text=text,
    )


def _ids(store: Store, text: str, **kwargs: object) -> list[int]:
    return [a.id for a in store.list_articles(ArticleQuery(search=text), **kwargs)]  # type: ignore[arg-type]


def test_relevance_asks_the_index_for_the_words_in_the_title() -> None:
    found = compile_query(parse('气候合作 "climate talks" -oil talk'), has_tags=False)
    assert found.match == (
        '("q6c145019 q50195408 q54084f5c" AND "climate talks" AND "talk" *) NOT "oil"'
    )
    # The last word whole, not as a prefix (a prefix merges every word it starts).
    assert found.title_match == (
        '(title : ("q6c145019 q50195408 q54084f5c") AND title : ("climate talks") '
        'AND title : ("talk")) NOT "oil"'
    )
    either = compile_query(parse("climate OR 气候 title:cop de"), has_tags=False)
    assert either.title_match == (
        '(title : ("climate") OR title : ("q6c145019")) AND title : "cop" AND title : ("de")'
    )
    # Words in the title only: every hit holds them, the order is the date's.
    assert compile_query(parse("title:climate"), has_tags=False).title_match is None
    assert compile_query(parse("is:unread"), has_tags=False).title_match is None


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as store:
        yield store


def test_relevance_of_a_four_character_word_keeps_to_the_hits(store: Store) -> None:
    source = store.source_id("s")
    texts = {
        1: ("气候合作 可以", "气候合作"),  # the word in the title: first
        2: ("气候合作 可以", None),  # the word in the text only
        3: ("气候合 候合作 气候合 候合作", "气候合 候合作"),  # its bigrams, never the word
        4: ("没有", None),
    }
    ids = store.add_articles(source, [art(n, t, title=h) for n, (t, h) in texts.items()]).added
    query = ArticleQuery(search="气候合作")
    assert store.article_ids(query, sort=SortKey.RELEVANCE) == [ids[0], ids[1]]
    assert store.article_ids(query, sort=SortKey.RELEVANCE, limit=1) == [ids[0]]
    assert store.article_ids(query) == [ids[1], ids[0]]
    # With a date bound, the same.
    bounded = ArticleQuery(search="before:2030-01-01 气候合作")
    assert store.article_ids(bounded, sort=SortKey.RELEVANCE) == [ids[0], ids[1]]


def test_excluding_a_word_walks_the_list_and_the_hits_together(store: Store) -> None:
    source = store.source_id("s")
    texts = [("climate" if n % 3 == 0 else "weather") + f" day {n}" for n in range(1, 31)]
    ids = store.add_articles(source, [art(n, t) for n, t in enumerate(texts, 1)]).added
    store.mark([ids[1], ids[3]], starred=True)
    expected = [
        i for n, i in reversed(list(enumerate(ids, 1))) if n % 3 != 0 and i not in (ids[1], ids[3])
    ]
    query = ArticleQuery(search="is:unstarred -climate")
    assert [a.id for a in store.list_articles(query)] == expected
    assert [a.id for a in store.list_articles(query, limit=5)] == expected[:5]
    first = store.list_articles(query, limit=7)
    after = (first[-1].sort_time, first[-1].id)
    assert [a.id for a in store.list_articles(query, limit=7, after=after)] == expected[7:14]
    assert store.article_ids(query, limit=6) == expected[:6]
    assert store.article_ids(query, sort=SortKey.RELEVANCE, limit=6) == expected[:6]
    assert store.article_ids(query) == expected
    assert store.count(query) == len(expected)
    # Two excluded words: either one leaves an article out.
    two = ArticleQuery(search="-climate -day")
    assert store.list_articles(two, limit=5) == []
    everything_but = ArticleQuery(search="-climate -zzz", source_ids=(source,))
    assert [a.id for a in store.list_articles(everything_but, limit=50)] == [
        i for n, i in reversed(list(enumerate(ids, 1))) if n % 3 != 0
    ]


def test_source_with_words_is_found_in_the_index(store: Store) -> None:
    dw = store.source_id("dw")
    rfi = store.source_id("rfi")
    dw_ids = store.add_articles(dw, [art(n, f"气候 day {n}") for n in range(1, 6)]).added
    rfi_ids = store.add_articles(rfi, [art(n, f"climate day {n}") for n in range(6, 11)]).added
    assert _ids(store, "source:dw climate") == []
    assert _ids(store, "source:rfi climate", limit=2) == rfi_ids[::-1][:2]
    assert _ids(store, "source:dw 气候") == dw_ids[::-1]
    assert _ids(store, "source:nowhere day") == []
    assert _ids(store, "source:r day") == rfi_ids[::-1]  # part of a name, as before
    assert store.count(ArticleQuery(search="source:dw day")) == 5
    by_relevance = ArticleQuery(search="source:rfi climate")
    assert sorted(store.article_ids(by_relevance, sort=SortKey.RELEVANCE)) == sorted(rfi_ids)
    assert store.article_ids(ArticleQuery(search="source:dw climate"), sort=SortKey.RELEVANCE) == []
    # A source added after the query was first asked is found.
    late = store.source_id("rfi-late")
    late_ids = store.add_articles(late, [art(20, "climate late")]).added
    assert _ids(store, "source:rfi climate", limit=1) == late_ids
    # Taking articles out of the index hands it back the source it was given.
    store.delete_articles(rfi_ids[:2])
    assert _ids(store, "source:rfi climate") == [*late_ids, *rfi_ids[2:][::-1]]
    store._db.execute(
        "INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 0)"
    )

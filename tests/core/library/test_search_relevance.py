"""Search by relevance (issue 29): the hits whose title holds every word first,
then those whose title holds one of them, then the rest, newest first in each;
every hit ranked (no window), with operators, counts exact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle, SortKey


def art(n: int, text: str, title: str) -> NewArticle:
    return NewArticle(
        title=title,
        url=f"https://example.org/{n}",
        published=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=n),
        html=f"<p>{text}</p>",
        text=text,
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as store:
        yield store


def _relevance(store: Store, text: str, **kwargs: object) -> list[int]:
    return store.article_ids(ArticleQuery(search=text), sort=SortKey.RELEVANCE, **kwargs)  # type: ignore[arg-type]


def test_title_with_every_word_then_with_one_then_the_rest(store: Store) -> None:
    dw, rfi = store.source_id("dw"), store.source_id("rfi")
    # Day n: the older an article, the more of the words its title holds.
    a = store.add_articles(
        dw,
        [
            art(1, "climate talks resume", "Climate talks in Bonn"),  # both words
            art(2, "climate talks resume", "Talks stall"),  # one
            art(3, "climate talks resume", "Bonn, day three"),  # none
            art(4, "talks only", "Talks only"),  # not a hit: no climate
        ],
    ).added
    b = store.add_articles(
        rfi,
        [
            art(5, "climate talks resume", "Climate deal near"),  # one, newest
            art(6, "climate talks resume", "Nothing in the title"),  # none, newest
        ],
    ).added
    expected = [a[0], b[0], a[1], b[1], a[2]]
    assert _relevance(store, "climate talks") == expected
    for limit in range(1, 7):
        assert _relevance(store, "climate talks", limit=limit) == expected[:limit]
    # The same set as newest first, the count exact.
    newest = store.article_ids(ArticleQuery(search="climate talks"))
    assert newest == [b[1], b[0], a[2], a[1], a[0]]
    assert store.count(ArticleQuery(search="climate talks")) == 5
    # A phrase is one part: its title holds it whole or not.
    assert _relevance(store, '"climate talks"') == [a[0], b[1], b[0], a[2], a[1]]
    # Operators keep to their rows, in the same order.
    assert _relevance(store, "source:dw climate talks") == [a[0], a[1], a[2]]
    assert _relevance(store, "-source:dw climate talks") == [b[0], b[1]]
    assert _relevance(store, "climate talks -bonn") == [b[0], a[1], b[1]]
    assert _relevance(store, "before:2024-01-05 climate talks") == [a[0], a[1], a[2]]
    store.mark([a[0]], read=True)
    assert _relevance(store, "is:unread climate talks") == [b[0], a[1], b[1], a[2]]
    unread = ArticleQuery(search="climate talks", unread_only=True)
    assert store.article_ids(unread, sort=SortKey.RELEVANCE, limit=2) == [b[0], a[1]]
    assert store.count(unread) == 4
    # Either word: an OR is one part, held by a title if either word is.
    assert _relevance(store, "deal OR stall") == [b[0], a[1]]
    # title: words are on every hit's title: the rest ranks.
    assert _relevance(store, "title:talks climate") == [a[0], a[1]]


def test_an_old_title_hit_comes_first_and_every_hit_is_found(store: Store) -> None:
    """No window: a hit 300 pages back with the word in its title is first, and
    newest first every hit is still there."""
    source = store.source_id("s")
    articles = [
        art(n, f"climate report {n}", "Climate, the oldest" if n == 0 else f"Report {n}")
        for n in range(120)
    ]
    ids = store.add_articles(source, articles).added
    ranked = _relevance(store, "climate")
    assert ranked[0] == ids[0]
    assert ranked[1:] == ids[:0:-1]
    for limit in (1, 2, 50, 119, 120, 500):
        assert _relevance(store, "climate", limit=limit) == ranked[:limit]
    assert store.article_ids(ArticleQuery(search="climate")) == ids[::-1]
    assert store.count(ArticleQuery(search="climate")) == 120
    # While typing ("clim" is a prefix), only the whole word counts in a title: none yet.
    assert _relevance(store, "clim", limit=3) == ids[::-1][:3]
    assert _relevance(store, "zyzzyva") == []


def test_few_hits_pass_the_conditions(store: Store, monkeypatch) -> None:
    """When the newest hits let fewer than a page through (few starred), the
    articles are walked in date order against the hits; the order is the same."""
    from reader.core.library.search import results as searching

    monkeypatch.setattr(searching, "CAPPED", 2)
    source = store.source_id("s")
    articles = [
        art(n, f"climate report {n}", "Climate in the title" if n == 3 else f"Report {n}")
        for n in range(1, 31)
    ]
    ids = store.add_articles(source, articles).added
    store.mark([ids[0], ids[2], ids[4]], starred=True)
    expected = [ids[2], ids[4], ids[0]]
    for query in (
        ArticleQuery(search="is:starred climate"),
        ArticleQuery(search="climate", starred_only=True),
    ):
        assert store.article_ids(query, sort=SortKey.RELEVANCE) == expected
        for limit in (1, 2, 3, 4):
            assert (
                store.article_ids(query, sort=SortKey.RELEVANCE, limit=limit) == (expected[:limit])
            )
        assert store.count(query) == 3

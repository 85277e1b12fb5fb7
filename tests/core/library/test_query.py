"""The search language: parsing (with Hypothesis), operators in a real library,
Simplified/Traditional and full-width folding, relevance, snippets, and the
first page read from the index in date order."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library import Store
from reader.core.library.readstate import UNREAD
from reader.core.library.search.query import (
    AnyOf,
    Filter,
    Not,
    Query,
    Words,
    compile_query,
    fts_expression,
    parse,
)
from reader.core.library.search.results import hit_spans, search_terms, snippet
from reader.core.models import ArticleQuery, NewArticle, SortKey

TAG_DDL = """
CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS article_tags (
    article_id INTEGER, tag_id INTEGER, PRIMARY KEY (article_id, tag_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_tags_by_tag ON article_tags(tag_id, article_id);
"""


def art(
    n: int,
    text: str,
    *,
    title: str | None = None,
    author: str | None = None,
    day: int = 1,
    month: int = 1,
) -> NewArticle:
    return NewArticle(
        title=title or f"Title {n}",
        url=f"https://example.org/{n}",
        published=datetime(2024, month, day, 12, tzinfo=UTC),
        html=f"<p>{text}</p>",
        text=text,
        author=author,
    )


# -- parsing ---------------------------------------------------------------------


def test_parse_examples() -> None:
    assert parse("climate talks") == Query((Words("climate"), Words("talks", prefix=True)))
    assert parse('"climate talks" -oil') == Query(
        (Words("climate talks", phrase=True), Not(Words("oil")))
    )
    assert parse('title:"Le Monde" source:rfi') == Query(
        (Words("Le Monde", phrase=True, title_only=True), Filter("source", "rfi"))
    )
    assert parse("tag:climate OR tag:energy is:unread") == Query(
        (AnyOf((Filter("tag", "climate"), Filter("tag", "energy"))), Filter("unread"))
    )
    assert parse("-is:starred author:Dupont") == Query(
        (Not(Filter("starred")), Filter("author", "Dupont"))
    )
    start = int(datetime(2024, 5, 1).astimezone().timestamp())
    assert parse("after:2024-05-01") == Query((Filter("after", start),))
    assert parse("before:2024-05") == Query((Filter("before", start),))
    # Not operators: searched as text, never an error.
    assert parse("is:nonsense") == Query((Words("is:nonsense"),))
    assert parse("after:lastweek") == Query((Words("after:lastweek"),))
    assert parse("http://example.org") == Query((Words("http://example.org"),))
    # Traditional and full width fold before anything else.
    assert parse("臺灣 ＡＢＣ１２３") == parse("台湾 ABC123")


def test_fts_expression_keeps_the_old_rules() -> None:
    assert fts_expression("climate talks") == '"climate" AND "talks" *'
    assert fts_expression("a OR b cat") == '("a" OR "b") AND "cat" *'
    assert fts_expression("de") == '"de"'  # two letters: a word, not every word after them
    assert fts_expression("climate -oil") == '("climate") NOT "oil"'
    assert fts_expression("-oil") is None
    assert fts_expression("is:unread") is None
    assert fts_expression("title:climat") == 'title : "climat" *'


_PIECES = st.sampled_from(
    [*"ab 气候臺灣ＡＢ\"-:*()^{}'\\", "title:", "source:", "tag:", "is:", "after:", " OR "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_any_text_parses_and_compiles_to_valid_fts5(text: str) -> None:
    """No query is an error: whatever is typed, FTS5 accepts the expression."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='')")
    compiled = compile_query(parse(text), has_tags=False)
    if compiled.match is not None:
        db.execute(
            "SELECT rowid FROM article_search WHERE article_search MATCH ?", (compiled.match,)
        ).fetchall()
    assert sum(part.count("?") for part in compiled.where) == len(compiled.params)


_WORDS = st.sampled_from(["climate", "气候合作", "négociations", "ABC123"])
_ITEMS = st.one_of(
    _WORDS.map(Words),
    _WORDS.map(lambda w: Words(f"{w} talks", phrase=True)),
    _WORDS.map(lambda w: Words(w, title_only=True)),
    st.sampled_from(["source", "tag", "author"]).map(lambda n: Filter(n, "rfi")),
    st.sampled_from(["unread", "read", "starred", "unstarred"]).map(Filter),
)
_CLAUSES = st.one_of(
    _ITEMS,
    _ITEMS.map(Not),
    st.lists(st.one_of(_ITEMS, _ITEMS.map(Not)), min_size=2, max_size=3).map(
        lambda items: AnyOf(tuple(items))
    ),
)


def _render(item: Words | Filter | Not | AnyOf) -> str:
    if isinstance(item, AnyOf):
        return " OR ".join(_render(i) for i in item.items)
    if isinstance(item, Not):
        return "-" + _render(item.item)
    if isinstance(item, Filter):
        return f"is:{item.name}" if not item.value else f"{item.name}:{item.value}"
    text = f'"{item.text}"' if item.phrase else item.text
    return f"title:{text}" if item.title_only else text


def _last_word_prefix(clauses: tuple[Words | Filter | Not | AnyOf, ...]) -> tuple:
    """What the parser does to the last term typed, when it is a bare word."""
    if not clauses:
        return clauses
    last = clauses[-1]
    if isinstance(last, AnyOf):
        inner = _last_word_prefix(last.items)
        return (*clauses[:-1], AnyOf(inner))
    if (
        isinstance(last, Words)
        and not last.phrase
        and re.fullmatch(r"\w+", last.text)
        and not re.search("[\u4e00-\u9fff]", last.text)
    ):
        return (*clauses[:-1], Words(last.text, False, last.title_only, prefix=True))
    return clauses


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSES, max_size=5))
def test_rendered_queries_parse_back(clauses: list) -> None:
    """A query written from clauses reads back as those clauses, however it is spaced."""
    expected = Query(_last_word_prefix(tuple(clauses)))
    text = " ".join(_render(c) for c in clauses)
    assert parse(text) == expected
    assert parse("  " + "   ".join(_render(c) for c in clauses) + " ") == expected


# -- in a library ----------------------------------------------------------------


@pytest.fixture
def library(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as store:
        rfi = store.source_id("rfi-monde")
        blog = store.source_id("climate-blog")
        a = store.add_articles(
            rfi,
            [
                art(1, "Les négociations sur le climat", title="Climat à Pékin", day=3),
                art(2, "台湾记者报道", title="臺灣記者", author="王明", day=10),
                art(3, "Product ABC123 launched", author="Jane Dupont", day=20, month=5),
            ],
        ).added
        b = store.add_articles(
            blog,
            [
                art(4, "climate climate climate talks", title="Talks", day=2, month=6),
                art(5, "oil and climate", title="Oil", day=5, month=6),
            ],
        ).added
        yield store, [*a, *b]


def _ids(store: Store, text: str, **kw) -> list[int]:
    return [row.id for row in store.list_articles(ArticleQuery(search=text), **kw)]


def test_simplified_and_traditional_find_each_other(library) -> None:
    store, ids = library
    for text in ("记者", "記者", "台湾", "臺灣", "臺湾记者"):
        assert _ids(store, text) == [ids[1]], text


def test_full_width_finds_half_width(library) -> None:
    store, ids = library
    assert _ids(store, "ＡＢＣ１２３") == [ids[2]]
    assert _ids(store, "abc123") == [ids[2]]


def test_each_operator(library) -> None:
    store, ids = library
    one, two, three, four, five = ids
    assert _ids(store, "title:climat") == [one]
    assert _ids(store, '"climat"') == [one]  # quoted: not a prefix of climate
    assert _ids(store, "title:talks") == [four]
    assert _ids(store, "source:blog") == [five, four]
    assert _ids(store, "source:rfi climat") == [one]
    assert _ids(store, "-source:blog") == [three, two, one]
    assert _ids(store, "author:dupont") == [three]
    assert _ids(store, "author:王") == [two]
    store.mark([one, four], read=True)
    store.mark([five], starred=True)
    assert _ids(store, "is:unread") == [five, three, two]
    assert _ids(store, "is:read climate") == [four]
    assert _ids(store, "is:starred") == [five]
    assert _ids(store, "is:unstarred climate") == [four]
    assert _ids(store, "after:2024-05-20") == [five, four, three]
    assert _ids(store, "before:2024-01-04") == [one]
    assert _ids(store, "after:2024-01-05 before:2024-06 -oil") == [three, two]
    assert _ids(store, "climate -oil") == [four]
    assert _ids(store, "after:2024-06-03 climate") == [five]
    blog = store.list_articles(ArticleQuery(search="talks"))[0].source_id
    dated = ArticleQuery(search="after:2024-06-03 climate", source_ids=(blog,))
    assert [a.id for a in store.list_articles(dated)] == [five]  # the bound in the other plan too
    assert store.count(ArticleQuery(search="before:2024-06-03 climate")) == 1
    assert _ids(store, "oil OR 记者") == [five, two]
    assert _ids(store, "source:rfi OR is:starred") == [five, three, two, one]
    assert store.count(ArticleQuery(search="climate")) == 2
    assert store.count(ArticleQuery(search="is:unread")) == 3


def test_tag_operator(library) -> None:
    store, ids = library
    assert _ids(store, "tag:climate") == []  # no tag tables yet: nothing is tagged
    store._db.executescript(TAG_DDL)
    store._compiled_cache.clear()
    store._db.execute("INSERT INTO tags(id, name) VALUES (1, 'Climate'), (2, 'asia')")
    store._db.executemany(
        "INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)",
        [(ids[0], 1), (ids[3], 1), (ids[1], 2)],
    )
    assert _ids(store, "tag:climate") == [ids[3], ids[0]]
    assert _ids(store, "tag:CLIMATE talks") == [ids[3]]
    assert _ids(store, "tag:asia OR tag:climate") == [ids[3], ids[1], ids[0]]
    assert _ids(store, "-tag:climate is:unread") == [ids[4], ids[2], ids[1]]


def test_first_page_and_keyset_paging_come_from_the_index_in_date_order(tmp_path) -> None:
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("s")
        articles = [
            art(n, f"气候合作 climate {n}", day=1 + n % 28, month=1 + n % 12) for n in range(60)
        ]
        store.add_articles(source, articles)
        query = ArticleQuery(search="气候合作")
        every = store.list_articles(query)
        assert [(a.sort_time, a.id) for a in every] == sorted(
            ((a.sort_time, a.id) for a in every), reverse=True
        )
        first = store.list_articles(query, limit=25)
        second = store.list_articles(query, limit=25, after=(first[-1].sort_time, first[-1].id))
        assert [a.id for a in first + second] == [a.id for a in every[:50]]
        assert store.article_ids(query) == [a.id for a in every]
        assert store.article_ids(query, limit=10) == [a.id for a in every[:10]]
        assert store.article_ids(query, descending=False) == [a.id for a in reversed(every)]
        unread = ArticleQuery(search="climate", unread_only=True, source_ids=(source,))
        assert store.article_ids(unread) == [a.id for a in every]
        # The plan: the index drives, no temporary B-tree sorts the hits.
        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM article_search f CROSS JOIN articles a "
            "ON a.id = f.rowid & 16777215 WHERE f.article_search MATCH 'climate' "
            f"AND {UNREAD} ORDER BY f.rowid DESC LIMIT 50"
        ).fetchall()
        assert "TEMP B-TREE" not in str(plan), plan


def test_relevance_puts_the_words_in_the_title_first(library) -> None:
    store, ids = library
    query = ArticleQuery(search="oil climate")  # both words: article 5's title holds one
    assert store.article_ids(query, sort=SortKey.RELEVANCE) == [ids[4]]
    # As a prefix it finds climate too (articles 4 and 5); "Climat à Pékin" (the
    # oldest) holds the word in its title: first.
    query = ArticleQuery(search="climat")
    assert store.article_ids(query, sort=SortKey.DATE) == [ids[4], ids[3], ids[0]]
    assert store.article_ids(query, sort=SortKey.RELEVANCE) == [ids[0], ids[4], ids[3]]
    query = ArticleQuery(search="climate")  # no title holds it: newest first
    assert store.article_ids(query, sort=SortKey.RELEVANCE) == [ids[4], ids[3]]
    assert store.article_ids(query, sort=SortKey.DATE) == [ids[4], ids[3]]
    # Without a search, relevance is the date.
    assert store.article_ids(ArticleQuery(), sort=SortKey.RELEVANCE) == store.article_ids()


def test_deleting_takes_articles_out_of_the_index(library) -> None:
    store, ids = library
    store.delete_articles([ids[3]])
    assert _ids(store, "climate") == [ids[4]]
    store._db.execute(
        "INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 0)"
    )


# -- snippets --------------------------------------------------------------------


def test_snippets_mark_the_hits(library) -> None:
    store, ids = library
    found = store.snippets([ids[0], ids[1], ids[3]], "negociations 記者 talk")
    text, marks = found[ids[0]]
    assert [text[a:b] for a, b in marks] == ["négociations"]
    text, marks = found[ids[1]]
    assert [text[a:b] for a, b in marks] == ["记者"]
    text, marks = found[ids[3]]
    assert [text[a:b] for a, b in marks] == ["talks"]  # the last word is a prefix


def test_hit_spans_are_words_not_parts_of_words() -> None:
    terms = search_terms("de climate")
    assert terms == ["de", "climate*"]
    text = "Le détail de la CLIMATE-week"
    assert [text[a:b] for a, b in hit_spans(text, terms)] == ["de", "CLIMATE"]


def test_a_long_text_is_cut_around_the_first_hit() -> None:
    text = "word " * 200 + "target here " + "tail " * 100
    piece, marks = snippet(text, ["target"])
    assert piece.startswith("…") and piece.endswith("…")
    assert [piece[a:b] for a, b in marks] == ["target"]
    assert len(piece) < 200


def test_relevance_ranks_every_hit_title_first_then_by_date(tmp_path, monkeypatch) -> None:
    from reader.core.library.search import results as searching

    monkeypatch.setattr(searching, "CAPPED", 3)
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("s")
        # Day n; articles 2 (the oldest but one) and 8 have climate in the title.
        titled = {2, 8}
        articles = [
            art(n, f"climate filler {n}", title=f"Climate {n}" if n in titled else None, day=n)
            for n in range(1, 11)
        ]
        ids = store.add_articles(source, articles).added
        newest_first = ids[::-1]
        query = ArticleQuery(search="climate")
        ranked = store.article_ids(query, sort=SortKey.RELEVANCE)
        # However old: a hit with the word in its title is before the others.
        assert ranked == [ids[7], ids[1]] + [i for i in newest_first if i not in (ids[7], ids[1])]
        for limit in (1, 2, 3, 5, 10, 20):
            assert store.article_ids(query, sort=SortKey.RELEVANCE, limit=limit) == ranked[:limit]
        # A prefix ("clim", still typing) ranks by the whole word typed: none yet, by date.
        typing = ArticleQuery(search="clim")
        assert store.article_ids(typing, sort=SortKey.RELEVANCE) == newest_first
        assert store.count(query) == 10
        # Only old articles unread: the operators hold in both parts.
        store.mark(ids[3:], read=True)
        unread = ArticleQuery(search="climate", unread_only=True)
        assert [a.id for a in store.list_articles(unread, limit=2)] == [ids[2], ids[1]]
        assert store.article_ids(unread) == [ids[2], ids[1], ids[0]]
        assert store.article_ids(unread, sort=SortKey.RELEVANCE) == [ids[1], ids[2], ids[0]]
        assert store.article_ids(unread, sort=SortKey.RELEVANCE, limit=1) == [ids[1]]
        assert store.count(unread) == 3
        found = ArticleQuery(search="is:unread climate")
        assert store.article_ids(found, sort=SortKey.RELEVANCE) == [ids[1], ids[2], ids[0]]
        assert store.article_ids(
            ArticleQuery(search="before:2024-01-05 -2 climate"), sort=SortKey.RELEVANCE
        ) == [ids[3], ids[2], ids[0]]


def test_a_search_id_list_comes_in_pages(tmp_path) -> None:
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("s")
        store.add_articles(source, [art(n, f"climate {n}", day=1 + n % 28) for n in range(25)])
        query = ArticleQuery(search="climate")
        ids, cursor = store.article_id_page(query, page=10)
        pages = [ids]
        while cursor is not None:
            ids, cursor = store.article_id_page(query, cursor=cursor, page=10)
            pages.append(ids)
        assert [len(p) for p in pages] == [10, 10, 5]
        assert [i for p in pages for i in p] == store.article_ids(query)
        # Not a plain search: the whole list at once.
        whole = ArticleQuery(search="climate", unread_only=True)
        assert store.article_id_page(whole, page=10) == (store.article_ids(whole), None)


def test_fold_keeps_every_offset() -> None:
    from reader.core.library.search.folding import fold

    assert fold("臺灣記者 ＡＢＣ１２３\u3000發髮") == "台湾记者 ABC123 发发"
    assert fold("记者 ABC") == "记者 ABC"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab 記者记者Éé-.", max_size=30),
    st.sampled_from(["记者", "記者", "ab", "éé"]),
    st.text(alphabet="ab 記者记者Éé-.", max_size=30),
)
def test_a_term_is_found_where_it_stands(before: str, term: str, after: str) -> None:
    """Whatever surrounds it, a term (in either script, any case) is marked where it is."""
    from reader.core.library.search.snippets import _fold_for_match

    text = f"{before} {term.upper()} {after}"
    start = len(before) + 1
    spans = hit_spans(text, [term])
    assert (start, start + len(term)) in spans
    for a, b in spans:
        assert _fold_for_match(text[a:b]) == _fold_for_match(term)


def test_relative_dates_count_back_from_today() -> None:
    from datetime import date

    from reader.core.library.search.query import _day_start, unreadable_dates

    def day(text: str) -> int | None:
        return _day_start(text, date(2024, 5, 31))

    def midnight(y: int, m: int, d: int) -> int:
        return int(datetime(y, m, d).astimezone().timestamp())

    assert day("today") == midnight(2024, 5, 31)
    assert day("Yesterday") == midnight(2024, 5, 30)
    assert day("7d") == midnight(2024, 5, 24)
    assert day("2w") == midnight(2024, 5, 17)
    assert day("3m") == midnight(2024, 2, 29)  # no 31 February: the month's last day
    assert day("1y") == midnight(2023, 5, 31)
    assert day("lastweek") is None
    today = int(datetime.combine(date.today(), datetime.min.time()).astimezone().timestamp())
    assert parse("after:today") == Query((Filter("after", today),))
    assert unreadable_dates("climate after:lastweek before:2w -after:31/12") == [
        "after:lastweek",
        "after:31/12",
    ]
    assert unreadable_dates("after:2024-05 before:yesterday") == []

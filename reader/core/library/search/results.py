"""Search results: pages bounded by the page, counts, relevance and snippets.

The index's rowids are in list order (:func:`~reader.core.library.search.index.fts_rowid`),
so a search drives from the index: FTS5 walks its hits newest first, each is
joined to its article by primary key and tested against the other
conditions, and ``LIMIT 50`` stops the walk after 50 rows pass. Before,
every hit was read into a temporary table and the date index walked
against it: 177 ms for 气候合作 at 250,000 articles on the 2-core machine,
growing with the hits; now under 1 ms (``tests/benchmarks/bench_search.py``).

By relevance, the hits whose title holds every word searched come first,
then (with two words or more) those whose title holds one, then the rest,
newest first in each (:meth:`SearchMixin._by_relevance`): each part is an
index query read from its newest end, so the first page costs about what it
costs newest first, and every hit is ranked. ``source:`` beside words is part
of the index query (the index holds each article's source); a search that
only excludes words walks the list and the excluded words' hits side by side.
Snippets are worked out in Python from the stored text, for the rows on
screen only (snippets.py; its names are kept here for their importers).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from reader.core.library.base import StoreBase, _wrapped, marks
from reader.core.library.readstate import UNREAD
from reader.core.library.search.index import ID_MASK, fts_rowid, stored_texts
from reader.core.library.search.query import (
    CompiledQuery,
    Filter,
    compile_query,
    like,
    parse,
)
from reader.core.library.search.snippets import Snippet, hit_spans, search_terms, snippet
from reader.core.models import ArticleQuery, SortKey

__all__ = [
    "CAPPED",
    "SearchMixin",
    "Snippet",
    "hit_spans",
    "search_terms",
    "snippet",
]

_COMPILED_CACHE = 64
#: Hits tested against a list's other conditions before the other plan is tried.
CAPPED = 2_000


@dataclass(frozen=True, slots=True)
class _Plan:
    """A search as conditions on the index (``where``) and on the articles (``conditions``)."""

    where: list[str]
    params: list[Any]
    conditions: list[str]
    other_params: list[Any]
    #: The index queries of the first hits by relevance, most relevant first
    #: (see ``_by_relevance``).
    tiers: tuple[str, ...]


class SearchMixin(StoreBase):
    """The search path of the article lists (see the module docstring)."""

    _compiled_cache: OrderedDict[str, CompiledQuery]

    def _where(self, query: ArticleQuery, *, search: bool = True) -> tuple[str, list[Any]]:
        """The list's conditions on ``a``/``s``; with ``search``, the search's too.

        The search's part is a subquery here (for counts, marking, sorting by
        title); the lists in date or relevance order drive from the index
        instead (:class:`SearchMixin`) and ask for ``search=False``.
        """
        clauses = ["1"]
        params: list[Any] = []
        if query.source_ids:
            clauses.append(f"a.source_id IN ({marks(len(query.source_ids))})")
            params.extend(query.source_ids)
        if query.folder is not None:
            # A local folder: an account's folders are listed by their sources' ids.
            clauses.append("s.folder = ? AND s.account_id IS NULL")
            params.append(query.folder)
        if query.unread_only:
            clauses.append(UNREAD)
        if query.starred_only:
            clauses.append("a.starred = 1")
        if query.ids:
            clauses.append(f"a.id IN ({marks(len(query.ids))})")
            params.extend(query.ids)
        if query.tag_ids:
            clauses.append(
                f"a.id IN (SELECT article_id FROM article_tags "
                f"WHERE tag_id IN ({marks(len(query.tag_ids))}))"
            )
            params.extend(query.tag_ids)
        if search and query.search:
            compiled = self._compiled(query.search)
            if compiled.match is not None:
                # The unary + keeps SQLite from looking up every hit by id and
                # sorting them all: it walks the date index instead and tests
                # each row against the (materialized) hits.
                bounds = "".join(
                    f" AND rowid {op} {bound}"
                    for op, bound in ((">=", compiled.rowid_min), ("<", compiled.rowid_max))
                    if bound is not None
                )
                clauses.append(
                    f"+a.id IN (SELECT rowid & {ID_MASK} FROM article_search "
                    f"WHERE article_search MATCH ?{bounds})"
                )
                params.append(compiled.match)
            clauses.extend(compiled.where)
            params.extend(compiled.params)
        return " AND ".join(clauses), params

    def _compiled(self, text: str) -> CompiledQuery:
        """The query compiled, remembered: typing asks for the same few again."""
        cache: OrderedDict[str, CompiledQuery] = self.__dict__.setdefault(
            "_compiled_cache", OrderedDict()
        )
        found = cache.get(text)
        if found is None:
            has_tags = bool(self._value("SELECT 1 FROM sqlite_master WHERE name = 'article_tags'"))
            parsed = parse(text)
            found = compile_query(parsed, has_tags=has_tags, sources=self._sources_named)
            if not any(isinstance(c, Filter) and c.name == "source" for c in parsed.clauses):
                # With a source: not kept, as sources come and go (resolving is
                # one pass over the small sources table).
                cache[text] = found
                if len(cache) > _COMPILED_CACHE:
                    cache.popitem(last=False)
        return found

    def _sources_named(self, value: str) -> list[int]:
        """The ids of the sources ``source:value`` names (a name or title containing it)."""
        pattern = like(value)
        return [
            int(i)
            for i in self._column(
                "SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\'",
                [pattern, pattern],
            )
        ]

    def _plan(self, query: ArticleQuery, base: tuple[str, list[Any]]) -> _Plan | None:
        """The index part and the rest of a search, or None when no text is searched.

        ``base`` is the list's own conditions (source, flags) on ``a``/``s``.
        """
        if not query.search:
            return None
        compiled = self._compiled(query.search)
        if compiled.match is None:
            return None
        where = ["article_search MATCH ?"]
        params: list[Any] = [compiled.match]
        if compiled.rowid_min is not None:
            where.append("rowid >= ?")
            params.append(compiled.rowid_min)
        if compiled.rowid_max is not None:
            where.append("rowid < ?")
            params.append(compiled.rowid_max)
        base_where, base_params = base
        conditions = [c for c in (base_where, *compiled.where) if c != "1"]
        tiers = tuple(t for t in (compiled.title_match, compiled.title_any) if t is not None)
        return _Plan(where, params, conditions, [*base_params, *compiled.params], tiers)

    def _hits(
        self,
        plan: _Plan,
        columns: str,
        *,
        order: str,
        limit: int | None,
        below: int | None = None,
        window: int | None = None,
        need_sources: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Rows from the index's hits (``f``: ``rowid``), joined to ``a``/``s`` if needed.

        ``window``: only the newest that many hits are looked at (the inner
        query stops there); ``below``: hits older than this rowid.
        """
        where, params = list(plan.where), list(plan.params)
        if below is not None:
            where.append("rowid < ?")
            params.append(below)
        if window is not None:
            # The window as a rowid floor: the join below then streams in
            # the index's order and stops at LIMIT (a subquery with its
            # own LIMIT would be read whole and sorted again).
            floor = self._value(
                f"SELECT rowid FROM article_search WHERE {' AND '.join(where)} "
                f"ORDER BY rowid DESC LIMIT 1 OFFSET {int(window) - 1}",
                params,
            )
            if floor is not None:
                where.append("rowid >= ?")
                params.append(floor)
        source = "article_search f"
        outer = [_qualified(condition) for condition in where]
        if plan.conditions or need_sources or "a." in columns:
            source += f" CROSS JOIN articles a ON a.id = f.rowid & {ID_MASK}"
            if need_sources or "s." in columns:
                source += " JOIN sources s ON s.id = a.source_id"
            outer = [*outer, *plan.conditions]
            params.extend(plan.other_params)
        sql = f"SELECT {columns} FROM {source}"
        if outer:
            sql += " WHERE " + " AND ".join(outer)
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._db.execute(sql, params).fetchall()

    def _search_rows(
        self,
        query: ArticleQuery,
        base: tuple[str, list[Any]],
        columns: str,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[int, int] | None = None,
        need_sources: bool = False,
    ) -> list[tuple[Any, ...]] | None:
        """Rows of ``columns`` in date or relevance order from the index.

        None when the caller's own query should answer: no text searched, an
        order the index does not have, or conditions that let few hits
        through (see below). ``after``: the ``(sort_time, id)`` of the last
        row seen (date order).

        With conditions besides the text (a source, unread, ``tag:``), the
        newest :data:`CAPPED` hits are tested; when fewer than a page pass,
        the conditions are selective, and the caller's plan (the hits as a
        set, the articles walked in date order by their own index) is the
        better one.
        """
        if sort not in (SortKey.DATE, SortKey.RELEVANCE):
            return None
        plan = self._plan(query, base)
        if plan is None:
            if not descending or limit is None:
                return None
            return self._excluding(query, base, columns, limit, after, need_sources)
        below = None if after is None else fts_rowid(*after)
        if sort is SortKey.RELEVANCE:
            return self._by_relevance(plan, columns, limit, need_sources)
        order = f"f.rowid {'DESC' if descending else 'ASC'}"
        if not plan.conditions:
            return self._hits(
                plan, columns, order=order, limit=limit, below=below, need_sources=need_sources
            )
        if limit is None or not descending:
            return None
        rows = self._hits(
            plan,
            columns,
            order=order,
            limit=limit,
            below=below,
            window=CAPPED,
            need_sources=need_sources,
        )
        return rows if len(rows) >= limit else None

    def _by_relevance(
        self, plan: _Plan, columns: str, limit: int | None, need_sources: bool
    ) -> list[tuple[Any, ...]]:
        """Hits whose title holds every word, then one of them, then the rest; newest first in each.

        Every hit is ranked, and each part is read from the index newest
        first, stopping at the page: the cost is the page's, not the number
        of hits. bm25 ranked the newest 2,000 hits before, but before it
        scores a row FTS5 counts each word's rows over the whole index,
        whatever rows are asked for (3.5 ms CPU of the 5.2 for ``climate``
        at 250,000 articles, with 10 rows scored instead of 2,000), and
        Python's sqlite3 cannot register a cheaper ranking function (it needs
        FTS5's C API). The newest page is read first: with no hit, or fewer
        than a page, no other part is asked of the whole index.
        """
        if limit is None:
            return self._ranked_whole(plan, columns, need_sources)
        wanted = f"f.rowid, {columns}"
        newest = self._newest(plan, columns, limit, need_sources)
        if not plan.tiers or not newest:
            return [row[1:] for row in newest]
        tiers = [replace(plan, params=[tier, *plan.params[1:]]) for tier in plan.tiers]
        if len(newest) < limit:
            # Every hit is here: which of them each part holds, read from the
            # oldest of them up (no join: they passed the rest).
            keys = list(map(itemgetter(0), newest))
            strip = itemgetter(slice(1, None))
            placed: set[int] = set()
            ranked: list[tuple[Any, ...]] = []
            for tier in tiers:
                floor = replace(
                    tier,
                    where=[*tier.where, "rowid >= ?"],
                    params=[*tier.params, newest[-1][0]],
                    conditions=[],
                    other_params=[],
                )
                part = {r for (r,) in self._hits(floor, "f.rowid", order="f.rowid", limit=None)}
                part -= placed
                ranked += map(strip, compress(newest, map(part.__contains__, keys)))
                placed |= part
            left = map(not_, map(placed.__contains__, keys))
            return ranked + list(map(strip, compress(newest, left)))
        # A full page: each part's hits from the newest, however old, then the
        # newest page without them. A part is read only when the ones before
        # it are all known (fewer than a page), so a page of it is enough.
        seen: set[int] = set()
        rows: list[tuple[Any, ...]] = []
        for tier in tiers:
            for row in self._hits(
                tier, wanted, order="f.rowid DESC", limit=limit, need_sources=need_sources
            ):
                if row[0] not in seen:
                    seen.add(row[0])
                    rows.append(row[1:])
            if len(rows) >= limit:
                return rows[:limit]
        rows += [row[1:] for row in newest if row[0] not in seen][: limit - len(rows)]
        return rows

    def _ranked_whole(self, plan: _Plan, columns: str, need_sources: bool) -> list[tuple[Any, ...]]:
        """Every hit by relevance: each part as an index query without the parts before it.

        FTS5 walks a part and the ones before it side by side (``NOT``), in
        the index's order: for 125,000 hits, about what newest first costs
        plus the title's hits, where picking them out in Python took twice that.
        """
        if not plan.tiers:
            return self._hits(
                plan, columns, order="f.rowid DESC", limit=None, need_sources=need_sources
            )
        if not self._hits(plan, "f.rowid", order="f.rowid DESC", limit=1):
            return []  # each part would merge a prefix's words again for nothing
        parts: list[str] = []
        for level, tier in enumerate((*plan.tiers, plan.params[0])):
            before = " OR ".join(f"({t})" for t in plan.tiers[:level])
            parts.append(f"({tier}) NOT ({before})" if before else tier)
        rows: list[tuple[Any, ...]] = []
        for part in parts:
            rows += self._hits(
                replace(plan, params=[part, *plan.params[1:]]),
                columns,
                order="f.rowid DESC",
                limit=None,
                need_sources=need_sources,
            )
        return rows

    def _newest(
        self, plan: _Plan, columns: str, limit: int | None, need_sources: bool
    ) -> list[tuple[Any, ...]]:
        """The newest ``limit`` hits that pass the conditions: ``(rowid, *columns)``.

        With conditions, for ids: the hits are read newest first a few
        hundred at a time and each batch tested in one query, up to
        :data:`CAPPED` of them; when fewer than a page pass (``is:starred
        climate``), the articles are walked in date order against the hits as
        a set instead (13 ms where testing every hit took 250 ms at 250,000
        articles). One walk of the index: a prefix is merged once, where a
        window's floor first, then the join, merged it twice.
        """
        wanted = f"f.rowid, {columns}"
        order = "f.rowid DESC"
        if not plan.conditions or limit is None or columns != f"f.rowid & {ID_MASK}":
            return self._hits(plan, wanted, order=order, limit=limit, need_sources=need_sources)
        join = ""
        if need_sources or any("s." in c for c in plan.conditions):
            join = " JOIN sources s ON s.id = a.source_id"
        conditions = " AND ".join(plan.conditions)
        hits = self._db.execute(
            f"SELECT rowid FROM article_search WHERE {' AND '.join(plan.where)} "
            "ORDER BY rowid DESC",
            plan.params,
        )
        rows: list[tuple[Any, ...]] = []
        examined, size = 0, max(2 * limit, 100)
        try:
            while examined < CAPPED:
                batch = [rowid for (rowid,) in hits.fetchmany(size)]
                if not batch:
                    return rows  # every hit tested
                examined += len(batch)
                size *= 2
                ids = [rowid & ID_MASK for rowid in batch]
                # The batch drives (CROSS JOIN): an IN list beside the
                # conditions' own IN (unread) let SQLite walk those instead.
                passed = set(
                    self._column(
                        f"SELECT a.id FROM json_each(?) j CROSS JOIN articles a "
                        f"ON a.id = j.value{join} WHERE {conditions}",
                        [json.dumps(ids), *plan.other_params],
                    )
                )
                rows += [(r, i) for r, i in zip(batch, ids, strict=True) if i in passed]
                if len(rows) >= limit:
                    return rows[:limit]
        finally:
            hits.close()
        sql = (
            f"SELECT a.sort_time, a.id FROM articles a{join} WHERE {conditions} AND +a.id IN "
            f"(SELECT rowid & {ID_MASK} FROM article_search WHERE {' AND '.join(plan.where)}) "
            f"ORDER BY a.sort_time DESC, a.id DESC LIMIT {int(limit)}"
        )
        found = self._db.execute(sql, [*plan.other_params, *plan.params]).fetchall()
        return [(fts_rowid(when, article_id), article_id) for when, article_id in found]

    def _excluding(
        self,
        query: ArticleQuery,
        base: tuple[str, list[Any]],
        columns: str,
        limit: int,
        after: tuple[int, int] | None,
        need_sources: bool,
    ) -> list[tuple[Any, ...]] | None:
        """A page of a search that only excludes text (``is:unstarred -word``), newest first.

        As SQL, ``NOT IN`` the excluded word's hits read every hit into a
        temporary index first (56 ms for ``-climate`` at 250,000 articles).
        The articles in date order and the hits in rowid order are the same
        order, so the two are walked side by side and an article is left out
        when the hits stand on it: the cost is the rows walked to fill the page.
        """
        if not query.search:
            return None
        compiled = self._compiled(query.search)
        if compiled.excluded is None:
            return None
        base_where, base_params = base
        conditions = [c for c in (base_where, *compiled.kept_where) if c != "1"]
        params = [*base_params, *compiled.kept_params]
        hit_sql = "SELECT rowid FROM article_search WHERE article_search MATCH ?"
        hit_params: list[Any] = [compiled.excluded]
        if after is not None:
            conditions.append("(a.sort_time, a.id) < (?, ?)")
            params.extend(after)
            hit_sql += " AND rowid < ?"
            hit_params.append(fts_rowid(*after))
        wanted = "a.id" if columns == f"f.rowid & {ID_MASK}" else columns
        join = ""
        if need_sources or "s." in wanted or "s." in base_where:
            join = " JOIN sources s ON s.id = a.source_id"
        sql = f"SELECT {wanted}, a.sort_time, a.id FROM articles a{join}"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY a.sort_time DESC, a.id DESC"
        hits = iter(self._db.execute(hit_sql + " ORDER BY rowid DESC", hit_params))
        hit = next(hits, None)
        rows: list[tuple[Any, ...]] = []
        for row in self._db.execute(sql, params):
            rowid = fts_rowid(row[-2], row[-1])
            while hit is not None and hit[0] > rowid:
                hit = next(hits, None)
            if hit is not None and hit[0] == rowid:
                continue
            rows.append(row[:-2])
            if len(rows) >= limit:
                break
        return rows

    def _search_id_page(
        self, query: ArticleQuery, base: tuple[str, list[Any]], below: int | None, page: int
    ) -> tuple[list[int], int | None] | None:
        """One page of a search's ids newest first, and where the next starts (None: the end).

        None when the search is not read from the index alone (no text, or
        other conditions): then the caller reads the ids in one go.
        """
        plan = self._plan(query, base)
        if plan is None or plan.conditions:
            return None
        rows = self._hits(plan, "f.rowid", order="f.rowid DESC", limit=page, below=below)
        ids = [rowid & ID_MASK for (rowid,) in rows]
        return ids, (rows[-1][0] if len(rows) == page else None)

    def _search_count(self, query: ArticleQuery, base: tuple[str, list[Any]]) -> int | None:
        plan = self._plan(query, base)
        if plan is None or plan.conditions:
            return None
        return int(
            self._value(
                f"SELECT count(*) FROM article_search WHERE {' AND '.join(plan.where)}",
                plan.params,
            )
        )

    @_wrapped
    def snippets(self, ids: Sequence[int], search: str) -> dict[int, Snippet]:
        """A short passage of each article around the first hit, with the hits marked.

        For the rows on screen only: it reads their stored text
        (:func:`~reader.core.library.search.index.stored_texts`) and finds the
        words in Python, folded as the index folds them.
        """
        terms = search_terms(search)
        if not ids or not terms:
            return {}
        found: dict[int, Snippet] = {}
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for article_id, _time, _title, text in stored_texts(
                self._db, f"a.id IN ({marks})", chunk
            ):
                found[article_id] = snippet(text, terms)
        return found


def _qualified(condition: str) -> str:
    """A condition on the index (``rowid``, ``article_search MATCH``) for its alias ``f``."""
    return "f." + condition

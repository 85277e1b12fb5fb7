"""Search results: pages bounded by the page, counts, relevance and snippets.

The index's rowids are in list order (:func:`~reader.core.library.search.fts_rowid`),
so a search drives from the index: FTS5 walks its hits newest first, each is
joined to its article by primary key and tested against the other
conditions, and ``LIMIT 50`` stops the walk after 50 rows pass. Before,
every hit was read into a temporary table and the date index walked
against it: 107 ms for 气候合作 at 250,000 articles, growing with the hits.

By relevance, FTS5 scores every hit with bm25 (it must see them all to
know the best); that is one pass over the posting lists in C, without the
articles table.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from reader.core.library.base import StoreBase, _wrapped
from reader.core.library.folding import fold
from reader.core.library.query import CompiledQuery, compile_query, highlight_terms, parse
from reader.core.library.search import CJK_RUN, ID_MASK, WORD, fts_rowid, stored_texts
from reader.core.models import ArticleQuery, SortKey

__all__ = ["SearchMixin", "Snippet", "snippet"]

#: One hit marked in a snippet: ``(start, end)`` offsets into its text.
Snippet = tuple[str, list[tuple[int, int]]]

_SNIPPET_CHARS = 160
_COMPILED_CACHE = 64


class SearchMixin(StoreBase):
    """The search path of the article lists (see the module docstring)."""

    _compiled_cache: OrderedDict[str, CompiledQuery]

    def _compiled(self, text: str) -> CompiledQuery:
        """The query compiled, remembered: typing asks for the same few again."""
        cache = self.__dict__.setdefault("_compiled_cache", OrderedDict())
        found = cache.get(text)
        if found is None:
            has_tags = bool(
                self._value("SELECT 1 FROM sqlite_master WHERE name = 'article_tags'")
            )
            found = compile_query(parse(text), has_tags=has_tags)
            cache[text] = found
            if len(cache) > _COMPILED_CACHE:
                cache.popitem(last=False)
        return found

    def _search_from(
        self, query: ArticleQuery, base: tuple[str, list[Any]], *, need_sources: bool
    ) -> tuple[str, str, list[Any]] | None:
        """``(from, where, params)`` that drive from the index, or None when no text is searched.

        ``base`` is the list's own conditions (source, flags) on ``a``/``s``;
        the articles table is joined only when a condition needs it.
        """
        if not query.search:
            return None
        compiled = self._compiled(query.search)
        if compiled.match is None:
            return None
        where = ["f.article_search MATCH ?"]
        params: list[Any] = [compiled.match]
        if compiled.rowid_min is not None:
            where.append("f.rowid >= ?")
            params.append(compiled.rowid_min)
        if compiled.rowid_max is not None:
            where.append("f.rowid < ?")
            params.append(compiled.rowid_max)
        base_where, base_params = base
        conditions = [c for c in (base_where, *compiled.where) if c != "1"]
        source = "article_search f"
        if conditions or need_sources:
            source += f" CROSS JOIN articles a ON a.id = f.rowid & {ID_MASK}"
            if need_sources:
                source += " JOIN sources s ON s.id = a.source_id"
            where.extend(conditions)
            params.extend(base_params)
            params.extend(compiled.params)
        return source, " AND ".join(where), params

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
        """Rows of ``columns`` in date or relevance order from the index, or None (no text).

        ``after`` is the ``(sort_time, id)`` of the last row seen (date order).
        """
        if sort not in (SortKey.DATE, SortKey.RELEVANCE):
            return None
        plan = self._search_from(query, base, need_sources=need_sources)
        if plan is None:
            return None
        source, where, params = plan
        if after is not None:
            where += " AND f.rowid < ?"
            params.append(fts_rowid(*after))
        direction = "DESC" if descending else "ASC"
        order = f"f.rowid {direction}"
        if sort is SortKey.RELEVANCE:
            order = f"f.rank {'ASC' if descending else 'DESC'}, f.rowid DESC"
        sql = f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._db.execute(sql, params).fetchall()

    def _search_count(self, query: ArticleQuery, base: tuple[str, list[Any]]) -> int | None:
        plan = self._search_from(query, base, need_sources=query.folder is not None)
        if plan is None:
            return None
        source, where, params = plan
        return int(self._value(f"SELECT count(*) FROM {source} WHERE {where}", params))

    @_wrapped
    def snippets(self, ids: Sequence[int], search: str) -> dict[int, Snippet]:
        """A short passage of each article around the first hit, with the hits marked.

        For the rows on screen only: it reads their stored text
        (:func:`~reader.core.library.search.stored_texts`) and finds the
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


def search_terms(search: str) -> list[str]:
    """The words a search marks (each positive word or phrase); ``*`` ends a prefix."""
    terms: list[str] = []
    for text, prefix in highlight_terms(parse(search)):
        words = _term_patterns(text)
        if prefix and words:
            words[-1] += "*"
        terms.extend(words)
    return terms


def _term_patterns(text: str) -> list[str]:
    """A term as what to look for: a CJK run as itself, other words one by one."""
    out: list[str] = []
    pos = 0
    for run in CJK_RUN.finditer(text):
        out.extend(w.lower() for w in WORD.findall(text[pos : run.start()]))
        out.append(run.group())
        pos = run.end()
    out.extend(w.lower() for w in WORD.findall(text[pos:]))
    return [t for t in out if t]


def _fold_for_match(text: str) -> str:
    """Case, accents, script and width folded, one character for one (offsets hold)."""
    folded = fold(text).lower()
    if len(folded) != len(text):  # a character whose lower case is longer (İ)
        folded = "".join(c.lower()[:1] or c for c in fold(text))
    return _strip_accents(folded)


_ACCENTED = re.compile(r"[À-ɏḀ-ỿ]")


def _strip_accents(text: str) -> str:
    import unicodedata

    def base(match: re.Match[str]) -> str:
        return unicodedata.normalize("NFD", match.group())[0]

    return _ACCENTED.sub(base, text)


def hit_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the terms occur in the text: ``(start, end)`` pairs in order, not overlapping."""
    if not terms:
        return []
    folded = _fold_for_match(text)
    alternatives = []
    for term in sorted(set(terms), key=len, reverse=True):
        prefix = term.endswith("*")
        word = re.escape(_strip_accents(fold(term.rstrip("*")).lower()))
        if CJK_RUN.fullmatch(term.rstrip("*")):
            alternatives.append(word)  # no spaces in CJK: anywhere
        else:
            alternatives.append(rf"(?<!\w){word}" + (r"\w*" if prefix else r"(?!\w)"))
    boundary = re.compile("|".join(alternatives))
    spans: list[tuple[int, int]] = []
    for match in boundary.finditer(folded):
        start, end = match.span()
        if end > start:
            spans.append((start, end))
    return spans


def snippet(text: str, terms: Sequence[str], width: int = _SNIPPET_CHARS) -> Snippet:
    """About ``width`` characters around the first hit, and the hits in it."""
    spans = hit_spans(text, terms)
    flat = " ".join(text.split()) if not spans else None
    if flat is not None:
        return flat[:width], []
    first = spans[0][0]
    start = max(0, first - width // 4)
    while 0 < start < first and not text[start - 1].isspace() and first - start < width // 3:
        start -= 1
    end = min(len(text), start + width)
    piece = text[start:end]
    marks = [(a - start, min(b, end) - start) for a, b in spans if a >= start and a < end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    cleaned, shifted = _squeeze(piece, marks)
    offset = len(prefix)
    return prefix + cleaned + suffix, [(a + offset, b + offset) for a, b in shifted]


def _squeeze(piece: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Runs of white space as one space (a snippet is one line), the marks moved with it."""
    out: list[str] = []
    position: list[int] = []  # new offset of each old offset
    previous_space = False
    for char in piece:
        position.append(len(out))
        if char.isspace():
            if not previous_space:
                out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
    position.append(len(out))
    return "".join(out), [(position[a], position[b]) for a, b in marks if b > a]

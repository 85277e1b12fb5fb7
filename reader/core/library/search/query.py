"""The search language: what a journalist types, parsed, then turned into SQL.

Words must all match; ``"a phrase"`` matches as written; ``-word`` excludes;
``OR`` between two terms takes either. Operators narrow by what is not text:

=====================  =====================================================
``title:word``         the word (or ``title:"a phrase"``) in the title
``source:name``        a source whose name or title contains ``name``
``tag:name``           articles tagged ``name`` (the whole name, any case)
``author:name``        an author containing ``name``
``is:unread``          also ``is:read``, ``is:starred``, ``is:unstarred``
``after:2024-05-01``   on or after that day (local time); ``2024-05``, ``2024``;
                       ``today``, ``yesterday``, ``7d``, ``2w``, ``3m``, ``1y`` (back from today)
``before:2024-05-01``  before that day
=====================  =====================================================

Every operator can be negated (``-source:blog``) and joined with ``OR``
(``tag:climate OR tag:energy``). Anything that does not parse as an
operator (``is:nonsense``, ``after:lastweek``, ``http://x``) is searched
as text, so no query is an error; :func:`unreadable_dates` names the dates
that were not read, for the window to say so rather than show 0 rows.

Parsing (:func:`parse`) is pure and tested on its own with Hypothesis;
:func:`compile_query` turns the result into one FTS5 expression that drives
the search (the ANDed text clauses, the date bounds as a rowid range, see
:func:`reader.core.library.search.index.fts_rowid`) and SQL conditions on the
articles for the rest, so the first page is the index's first hits that
pass them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from reader.core.library.readstate import READ, UNREAD
from reader.core.library.search.folding import fold
from reader.core.library.search.index import (
    CJK_RUN,
    ID_BITS,
    ID_MASK,
    WORD,
    phrase_expression,
    source_token,
)

__all__ = [
    "AnyOf",
    "CompiledQuery",
    "Filter",
    "Not",
    "Query",
    "Words",
    "compile_query",
    "fts_expression",
    "highlight_terms",
    "like",
    "parse",
    "unreadable_dates",
]

#: The last word typed matches as a prefix from this length: "de" as a prefix
#: is every word starting with it, which FTS5 merges in full (47 ms at
#: 250,000 articles), while two letters are nearly always a word already.
PREFIX_MIN = 3
_FLAGS = {"unread", "read", "starred", "unstarred"}
_DATES = ("after", "before")

_TERM = re.compile(
    r'(?P<neg>-)?(?:(?P<key>[A-Za-z]+):(?=\S))?(?:"(?P<quoted>[^"]*)"?|(?P<bare>\S+))'
)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
#: ``7d``, ``2w``, ``3m``, ``1y``: that long back from today
_AGO = re.compile(r"(\d{1,4})([dwmy])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Words:
    """Text to find: words, or a phrase; in the title only, or anywhere."""

    text: str
    phrase: bool = False
    title_only: bool = False
    prefix: bool = False  # the last word typed: it may not be finished


@dataclass(frozen=True, slots=True)
class Filter:
    """A condition on what is not text: source, tag, author, flags, dates."""

    name: str  # source, tag, author, unread, read, starred, unstarred, after, before
    value: str | int = ""


@dataclass(frozen=True, slots=True)
class Not:
    item: Words | Filter


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Words | Filter | Not, ...]


Clause = Words | Filter | Not | AnyOf


@dataclass(frozen=True, slots=True)
class Query:
    """Clauses that must all hold."""

    clauses: tuple[Clause, ...] = ()


def _relative_day(text: str, today: date) -> date | None:
    """The day ``today``, ``yesterday`` or ``7d``/``2w``/``3m``/``1y`` names, or None.

    People search the last days far more often than a calendar date, and
    ``after:yesterday`` used to be searched as text: no rows, no word why.
    """
    word = text.lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    found = _AGO.fullmatch(word)
    if found is None:
        return None
    count, unit = int(found.group(1)), found.group(2)
    if unit in ("d", "w"):
        return today - timedelta(days=count * (7 if unit == "w" else 1))
    months = count * (12 if unit == "y" else 1)
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    if year < 1:
        return None
    for day in range(today.day, 0, -1):  # the 31st, three months back, may not exist
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _day_start(text: str, today: date | None = None) -> int | None:
    """Local midnight at the start of ``YYYY[-MM[-DD]]`` or of a relative day
    (:func:`_relative_day`) as epoch seconds, or None."""
    found = _DATE.fullmatch(text)
    try:
        if found is None:
            day = _relative_day(text, today or date.today())
            if day is None:
                return None
            return int(datetime(day.year, day.month, day.day).astimezone().timestamp())
        year, month, dom = (int(part) if part else 1 for part in found.groups())
        return int(datetime(year, month, dom).astimezone().timestamp())
    except (ValueError, OverflowError, OSError):
        return None


def unreadable_dates(text: str) -> list[str]:
    """The ``after:``/``before:`` terms whose date could not be read, as typed.

    They are searched as text (so no query fails), which nearly always finds
    nothing: the window names them instead of leaving the reader with 0 rows.
    """
    found = []
    for match in _TERM.finditer(unicodedata.normalize("NFC", text)):
        key, quoted, bare = match.group("key", "quoted", "bare")
        if key is None or key.lower() not in _DATES:
            continue
        value = quoted if quoted is not None else bare
        if value and _day_start(fold(value)) is None:
            found.append(match.group(0).lstrip("-"))
    return found


def _operator(key: str, value: str, quoted: bool) -> Words | Filter | None:
    """The term ``key:value`` as an operator, or None when it is not one."""
    key = key.lower()
    if key == "title":
        return Words(value, phrase=quoted, title_only=True)
    if key in ("source", "tag", "author") and value.strip():
        return Filter(key, value.strip())
    if key == "is" and value.lower() in _FLAGS:
        return Filter(value.lower())
    if key in ("after", "before"):
        start = _day_start(value)
        return None if start is None else Filter(key, start)
    return None


def parse(text: str) -> Query:
    """The clauses of a query; never fails, whatever the text."""
    text = fold(unicodedata.normalize("NFC", text))
    terms = list(_TERM.finditer(text))
    clauses: list[Clause] = []
    pending_or = False
    for index, match in enumerate(terms):
        neg, key, quoted, bare = match.group("neg", "key", "quoted", "bare")
        if key is None and bare == "OR":
            pending_or = bool(clauses)
            continue
        item: Words | Filter | None = None
        if key is not None:
            item = _operator(key, quoted if quoted is not None else bare, quoted is not None)
            if item is None:  # not an operator: the whole term is text
                raw = match.group(0)[1:] if neg else match.group(0)
                item = Words(raw)
        elif quoted is not None:
            item = Words(quoted, phrase=True)
        else:
            item = Words(bare)
        if (
            isinstance(item, Words)
            and index == len(terms) - 1
            and not neg
            and quoted is None
            and len(item.text) >= PREFIX_MIN
            and WORD.fullmatch(item.text)
            and not CJK_RUN.search(item.text)
        ):
            item = Words(item.text, item.phrase, item.title_only, prefix=True)
        clause: Words | Filter | Not = Not(item) if neg else item
        if pending_or and clauses:
            previous = clauses.pop()
            items = previous.items if isinstance(previous, AnyOf) else (previous,)
            clauses.append(AnyOf((*items, clause)))
        else:
            clauses.append(clause)
        pending_or = False
    return Query(tuple(clauses))


# -- to FTS5 and SQL -----------------------------------------------------------


def _words_expression(words: Words) -> str | None:
    expr = phrase_expression(words.text)
    if expr is None:
        return None
    if words.prefix and not expr.endswith("*"):
        expr += " *"
    return f"title : {expr}" if words.title_only else expr


def _titled(words: Words) -> str:
    """The clause as a word in the title, the word as typed (the last one not as a prefix).

    The rank of a hit (see :meth:`reader.core.library.search.results.SearchMixin._by_relevance`).
    Not as a prefix: FTS5 merges the lists of every word a prefix starts
    (``climate*``: 3-5 ms at 250,000 articles, CPU), which the hits already
    did once; the whole word is one list read from its newest end. Every
    row this finds is a hit: a word in the title is a word of the article.
    """
    if words.title_only:
        return _words_expression(words) or '""'
    expr = _words_expression(Words(words.text, words.phrase)) or '""'
    return f"title : ({expr})"


def like(value: str | int) -> str:
    """A ``LIKE`` pattern (escaped with a backslash) for a value anywhere in the text."""
    text = str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{text}%"


@dataclass
class CompiledQuery:
    """A query as an FTS5 expression that drives it and SQL conditions on ``a``.

    ``match`` is None when no text is searched (only operators): then the
    conditions are all there is. ``rowid_min``/``rowid_max`` bound the
    index rowids (the date bounds, in rowid terms).
    """

    match: str | None = None
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    after: int | None = None
    before: int | None = None
    #: Only excluded text and no text to find (``is:unstarred -word``): the
    #: expression any excluded article matches, and ``where`` without it.
    excluded: str | None = None
    #: The hits whose title holds every word searched (see :func:`_titled`):
    #: the first by relevance. None: no word to rank by.
    title_match: str | None = None
    #: With two words or more to rank by: the hits whose title holds one of
    #: them, the next by relevance.
    title_any: str | None = None
    kept_where: list[str] = field(default_factory=list)
    kept_params: list[Any] = field(default_factory=list)

    @property
    def rowid_min(self) -> int | None:
        return None if self.after is None else self.after << ID_BITS

    @property
    def rowid_max(self) -> int | None:
        """Exclusive upper bound."""
        return None if self.before is None else self.before << ID_BITS


_IN_INDEX = f"a.id IN (SELECT rowid & {ID_MASK} FROM article_search WHERE article_search MATCH ?)"


def _filter_sql(item: Filter, has_tags: bool) -> tuple[str, list[Any]]:
    name, value = item.name, item.value
    if name == "source":
        return (
            "a.source_id IN (SELECT id FROM sources WHERE name LIKE ? ESCAPE '\\' "
            "OR title LIKE ? ESCAPE '\\')",
            [like(value), like(value)],
        )
    if name == "tag":
        if not has_tags:
            return "0", []
        return (
            "a.id IN (SELECT at.article_id FROM article_tags at "
            "JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)",
            [value],
        )
    if name == "author":
        return "a.author LIKE ? ESCAPE '\\'", [like(value)]
    if name in ("after", "before"):
        return f"a.sort_time {'>=' if name == 'after' else '<'} ?", [value]
    return {
        "unread": UNREAD,
        "read": READ,
        "starred": "a.starred = 1",
        "unstarred": "a.starred = 0",
    }[name], []


def _sql(item: Words | Filter | Not | AnyOf, has_tags: bool) -> tuple[str, list[Any]] | None:
    """Any clause as an SQL condition on ``a`` (text through an index subquery)."""
    if isinstance(item, Words):
        expr = _words_expression(item)
        return None if expr is None else (_IN_INDEX, [expr])
    if isinstance(item, Filter):
        return _filter_sql(item, has_tags)
    if isinstance(item, Not):
        inner = _sql(item.item, has_tags)
        return None if inner is None else (f"NOT ({inner[0]})", inner[1])
    parts = [part for sub in item.items if (part := _sql(sub, has_tags)) is not None]
    if not parts:
        return None
    return "(" + " OR ".join(sql for sql, _ in parts) + ")", [p for _, ps in parts for p in ps]


def compile_query(
    query: Query, *, has_tags: bool, sources: Callable[[str], list[int]] | None = None
) -> CompiledQuery:
    """The query as FTS5 (what can be) and SQL (the rest).

    Text clauses and ORs of text go into ``match``, ANDed; excluded text
    is FTS5's NOT when there is text to exclude it from. Date bounds become
    both SQL and a rowid range. Everything else is SQL on ``a``.
    ``has_tags``: whether the library has the tag tables (``tag:`` matches
    nothing without them). ``sources``: the ids of the sources a ``source:``
    value names; with it, a ``source:`` beside text to find becomes part of
    ``match`` (the index holds each article's source, see
    :func:`reader.core.library.search.index.source_token`).
    """
    out = CompiledQuery()
    positives: list[str] = []
    titled: list[str] = []  # each positive clause in the title (see _titled)
    ranked: list[str] = []  # those of them that are not title: words (on every hit)
    negatives: list[str] = []
    rest: list[Clause] = []
    in_index: list[Filter] = []
    for clause in query.clauses:
        if isinstance(clause, Words):
            if (expr := _words_expression(clause)) is not None:
                positives.append(expr)
                titled.append(_titled(clause))
                if not clause.title_only:
                    ranked.append(titled[-1])
        elif isinstance(clause, Not) and isinstance(clause.item, Words):
            if (expr := _words_expression(clause.item)) is not None:
                negatives.append(expr)
        elif isinstance(clause, AnyOf) and all(isinstance(i, Words) for i in clause.items):
            exprs = [
                e for i in clause.items if isinstance(i, Words) and (e := _words_expression(i))
            ]
            if exprs:
                positives.append(exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")")
                words = [i for i in clause.items if isinstance(i, Words) and _words_expression(i)]
                titled.append("(" + " OR ".join(_titled(i) for i in words) + ")")
                if not all(i.title_only for i in words):
                    ranked.append(titled[-1])
        elif isinstance(clause, Filter) and clause.name == "source" and sources is not None:
            in_index.append(clause)
        else:
            if isinstance(clause, Filter) and clause.name in ("after", "before"):
                bound = int(clause.value)
                if clause.name == "after":
                    out.after = bound if out.after is None else max(out.after, bound)
                else:
                    out.before = bound if out.before is None else min(out.before, bound)
            rest.append(clause)
    if positives and sources is not None:
        for source in in_index:
            # No source of that name: a token no row holds.
            ids = sources(str(source.value)) or [0]
            tokens = " OR ".join(f'"{source_token(i)}"' for i in ids)
            positives.append(f"source : ({tokens})")
            titled.append(positives[-1])
    else:
        rest.extend(in_index)
    if positives:
        match = " AND ".join(positives)
        title_match = " AND ".join(titled)
        for negative in negatives:
            match = f"({match}) NOT {negative}"
            title_match = f"({title_match}) NOT {negative}"
        out.match = match
        # Only when some word may be missing from a hit's title: with
        # ``title:`` words alone every hit holds them, and the order is the date's.
        if title_match != match:
            out.title_match = title_match
        if len(ranked) > 1:
            out.title_any = f"({match}) AND ({' OR '.join(ranked)})"
    for clause in rest:
        if out.match is not None and isinstance(clause, Filter) and clause.name in _DATES:
            continue  # the rowid range of the index says it (an SQL test would join every hit)
        compiled = _sql(clause, has_tags)
        if compiled is not None:
            out.where.append(compiled[0])
            out.params.extend(compiled[1])
    if negatives and not positives:
        out.kept_where, out.kept_params = list(out.where), list(out.params)
        out.excluded = negatives[0] if len(negatives) == 1 else " OR ".join(negatives)
        for negative in negatives:
            out.where.append(f"NOT ({_IN_INDEX})")
            out.params.append(negative)
    return out


def fts_expression(text: str) -> str | None:
    """The FTS5 expression for the text clauses of a query (None: no text to search)."""
    return compile_query(parse(text), has_tags=False).match


def highlight_terms(query: Query) -> list[tuple[str, bool]]:
    """What a snippet or the article view marks: every positive text, and whether a prefix."""
    found: list[tuple[str, bool]] = []

    def visit(item: Clause) -> None:
        if isinstance(item, Words):
            found.append((item.text, item.prefix))
        elif isinstance(item, AnyOf):
            for sub in item.items:
                visit(sub)

    for clause in query.clauses:
        visit(clause)
    return [(text, prefix) for text, prefix in found if text.strip()]

"""Full-text search that works for Chinese, Japanese and Korean too.

SQLite's ``unicode61`` tokenizer folds case and accents (``negociations``
finds ``négociations``) but takes a whole run of Han characters for one
token, and the ``trigram`` tokenizer cannot match two-character words such as
李强. So CJK runs are rewritten before they reach FTS5: every run becomes its
overlapping bigrams plus its last character (``李强和`` → ``李强 强和 和``).
A query goes through the same rewrite and becomes a phrase of bigrams, which
matches exactly where the characters stand next to each other in the text; a
single character becomes a prefix query, which every bigram starting with it
(and the trailing unigram) satisfies.

Each bigram is handed to FTS5 spelled in ASCII: ``q`` and the hexadecimal
code points of its characters (``李强`` → ``q674e5f3a``; a character beyond
U+FFFF is ``z`` and five digits). ``unicode61`` reads ASCII through a table
but looks every other character up in its Unicode tables, twice, and for
CJK text that was most of the cost of indexing an article; spelled in
ASCII, indexing took 40% less time. The tokens stay in the index only:
what is shown, stored and exported is the text itself.

The rewrite must stay stable: the index is contentless, and removing a row
means handing FTS5 the same tokens again (:func:`unindex`). Changing it means
bumping :data:`INDEX_VERSION`, which makes the store rebuild the index.

Simplified and Traditional Chinese are one script to a search: the index
and the queries hold every Han character in its Simplified form, by OpenCC's
character table (``記者`` and ``记者`` are the same tokens, so each finds the
other), and full-width Latin letters and digits as their ASCII forms
(``ＡＢＣ１２３`` finds ``ABC123``). See :mod:`reader.core.library.search.folding`.

The index's rowids are not the article ids but :func:`fts_rowid`, the
article's date and id in one integer, so the index's own order is the
list's order (newest first): a first page of hits is the first 50 rowids
FTS5 walks, however many hits there are, and a date bound is a rowid range.

The index's upkeep lives here too, as functions of a connection: every part
of the store that deletes articles unindexes them first, and the window asks
whether opening a library will rebuild its index before it opens it.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import sqlite3
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from reader.core.library import ddl
from reader.core.library.backup import peek_uri
from reader.core.library.compact import pack, unpack_text
from reader.core.library.search.folding import fold_full_width, fold_han
from reader.core.models import NewArticle

__all__ = [
    "CJK_RUN",
    "FTS_TABLE",
    "ID_BITS",
    "ID_MASK",
    "INDEX_VERSION",
    "WORD",
    "IndexedArticle",
    "bigram_tokens",
    "content_hash",
    "fts_rowid",
    "index_article",
    "index_current",
    "index_text",
    "phrase_expression",
    "rebuild_index",
    "reindex",
    "search_index_outdated",
    "source_token",
    "stored_texts",
    "unindex",
]

INDEX_VERSION = 4

#: The search index. Contentless: the searchable text (CJK rewritten to
#: bigrams) is not stored twice; rows are removed with FTS5's 'delete'
#: command. With its per-row sizes (no ``columnsize=0``), which bm25 needed
#: when relevance was bm25 (index version 3); relevance is the title's words
#: now (``results.py``), and dropping them means a new index version and a
#: rebuild of every library for 7% of the index insert (0.29 -> 0.27 s CPU
#: for 5,000 articles, in memory). Automerge 8:
#: imports write many segments at a time.
#: ``source`` holds one token, the article's source (:func:`source_token`),
#: so that ``source:dw climate`` is one intersection in the index: tested
#: row by row, a source that shares no article with the words meant reading
#: every hit (105-320 ms at 250,000 articles); version 4 added it.
FTS_TABLE = """
CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, source, content='', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO article_search(article_search, rank) VALUES ('automerge', 8);
"""

#: An index rowid is ``sort_time << ID_BITS | id``: ids stay below 2**24
#: (16.7 million articles), dates within 2**39 seconds of 1970.
ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1
_TIME_LIMIT = 1 << 39


def fts_rowid(sort_time: int, article_id: int) -> int:
    """The index rowid of an article: its date, then its id, in one integer.

    Ordered as the list is (``sort_time DESC, id DESC``); the id is the low
    bits, so ``rowid & ID_MASK`` is the article.

    The cost: FTS5 stores each posting's rowid as the difference from the
    previous one, and a date in the high bits makes those differences large
    (3 to 5 bytes where consecutive ids took 1 or 2): the index grew from
    1,834 to 2,543 bytes per seed-sized article at 250,000 articles, and
    writing 5,000 articles from 0.6 to 0.77 s. A first page of a search
    went from 20-180 ms to under 1-12 ms. A mapping table with
    second-resolution keys would take about a third of that size back, at
    one more lookup per hit.
    """
    clamped = min(max(sort_time, -_TIME_LIMIT), _TIME_LIMIT - 1)
    return (clamped << ID_BITS) | (article_id & ID_MASK)


def source_token(source_id: int) -> str:
    """The index token of a source: nothing a reader types as a word."""
    return f"zsource{int(source_id)}"


# Han (with extensions and compatibility ideographs), kana, Hangul and the
# iteration mark: scripts written without spaces between words.
_CJK = (
    "\u3005\u3006\u3007\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00020000-\U0003134f\u1100-\u11ff"
)
CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")

# Runs are spelled in C: UTF-16 code units to hexadecimal, then interleaved
# as 4-byte units of that ASCII (array slice assignment) into
# ``   qAAAABBBB   qBBBBCCCC   qCCCC``. Runs are joined with NULs and
# rewritten as one; every CJK code unit starts with a digit from 1 to f, so
# "0000" is a NUL and nothing else, and the tokens that straddle two runs are
# cut out where the NUL stands.
_UNIT = next(code for code in "IL" if array(code).itemsize == 4)
_TOKEN_START = array(_UNIT, b"   q")
_BLANK = array(_UNIT, b"    ")
_RUN_BOUNDARY = re.compile("0000   q0000.{4}")


def _code(char: str) -> str:
    point = ord(char)
    return f"{point:04x}" if point < 0x10000 else f"z{point:05x}"


def bigram_tokens(run: str) -> list[str]:
    """The index tokens of a CJK run: its bigrams, then its last character."""
    codes = [_code(char) for char in run]
    return ["q" + a + b for a, b in pairwise(codes)] + ["q" + codes[-1]]


def index_text(text: str) -> str:
    """The text as it goes into the FTS5 index.

    NFC first: unicode61 folds only precomposed accents. Splitting on runs and
    rewriting the list beats ``re.sub`` with a callback, and this runs for
    every imported article.
    """
    if text.isascii():  # no accent to compose, no CJK to spell
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _latin1(text):  # half the articles: the run search scans them for nothing
        return text
    parts = _CJK_SPLIT.split(fold_full_width(text))
    if len(parts) > 1:
        parts[1::2] = _spell_runs(parts[1::2])
    return "".join(parts)


def _latin1(text: str) -> bool:
    """Whether the text is all Latin-1, which holds no CJK: a C copy that fails early."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _spell_runs(runs: list[str]) -> list[str]:
    """Each run as its tokens, with blanks around them so nothing else joins them."""
    joined = fold_han("\0".join(runs) + "\0")
    units = joined.encode("utf-16-be")
    if len(units) != 2 * len(joined):  # a character beyond U+FFFF: one run at a time
        return [" " + " ".join(bigram_tokens(fold_han(run))) + " " for run in runs]
    chars = array(_UNIT, binascii.hexlify(units))
    size = len(chars)
    out = _TOKEN_START * (3 * size)  # ("   q", a, b) per bigram, then ("   q", last, blank)
    out[1::3] = chars
    out[2 : 3 * size - 3 : 3] = chars[1:]
    out[-1] = _BLANK[0]
    pieces = _RUN_BOUNDARY.split(out.tobytes().decode("ascii"))
    return [piece + " " for piece in pieces[:-1]]


def phrase_expression(term: str) -> str | None:
    """One FTS5 expression for a term the user typed, or None if it has no words."""
    parts: list[str] = []
    single_char = False
    pos = 0
    for match in CJK_RUN.finditer(term):
        parts.extend(_words(term[pos : match.start()]))
        run = match.group(0)
        tokens = bigram_tokens(run)
        if len(run) == 1:
            parts.extend(tokens)
            single_char = True
        else:
            parts.extend(tokens[:-1])
        pos = match.end()
    parts.extend(_words(term[pos:]))
    if not parts:
        return None
    quoted = '"' + " ".join(p.replace('"', '""') for p in parts) + '"'
    if single_char and len(parts) == 1:
        return quoted + " *"
    return quoted


WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


# -- the index in the library ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """An article with its search text and content hash worked out.

    Computing these is CPU work; the importer does it in worker processes so
    the single writer only inserts. ``body`` is the stored, compressed form
    (:func:`reader.core.library.compact.pack`): compressing in the writer
    took a third of a refresh's writing time, on the one thread that writes.

    Sent to another process (a refresh's worker hands its feed to the
    writer), it goes without ``article.html`` and ``article.text`` when it
    has its ``body``: nothing after the hand-off reads them (the writer
    stores the body, which holds both; the rest of the article is its
    title, address, date, images and record hash), and for a feed of
    seed-sized items they were a third of the bytes pickled (1,528 KB a
    feed of 100, now 1,038 KB), unpickled on the writer's thread and held
    until written.
    """

    article: NewArticle
    search_title: str
    search_body: str
    content_hash: bytes | None
    body: bytes | None = None

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        article = self.article
        if self.body is None:
            return IndexedArticle, (
                article,
                self.search_title,
                self.search_body,
                self.content_hash,
                self.body,
            )
        # One flat tuple: a nested NewArticle cost a third more to pickle.
        return _handed_over, (
            article.title,
            article.url,
            article.published,
            article.author,
            article.guid,
            article.images,
            article.sha256,
            self.search_title,
            self.search_body,
            self.content_hash,
            self.body,
        )


def _handed_over(
    title: str,
    url: str,
    published: datetime | None,
    author: str | None,
    guid: str | None,
    images: tuple[str, ...],
    sha256: str | None,
    search_title: str,
    search_body: str,
    hash_: bytes | None,
    body: bytes,
) -> IndexedArticle:
    """An IndexedArticle as it arrives from another process: its HTML and text in ``body`` only."""
    article = NewArticle(title, url, published, "", "", author, guid, images, sha256)
    return IndexedArticle(article, search_title, search_body, hash_, body)


def index_article(article: NewArticle) -> IndexedArticle:
    return IndexedArticle(
        article,
        index_text(article.title),
        index_text(article.text),
        content_hash(article.title, article.text),
        pack(article.html, article.text),
    )


def content_hash(title: str, text: str) -> bytes | None:
    """Identity of an article's content, so one text under two URLs is stored once.

    Bodies that are empty say nothing about identity; those articles are
    de-duplicated by URL only.
    """
    body = " ".join(text.split())
    if not body:
        return None
    return hashlib.sha1(f"{' '.join(title.split())}\n{body}".encode()).digest()


def search_index_outdated(path: str | Path) -> bool:
    """Whether opening the library at ``path`` will rebuild its search index.

    That takes seconds per 10,000 articles (11 s for 100,000), once after an
    update changed the index; the window asks first, so it can say why the
    wait. Anything odd is left to :meth:`Store.open` to report.
    """
    location = Path(path)
    if not location.is_file():
        return False
    try:
        # Without files beside it: this runs before a foreign file is refused.
        db = sqlite3.connect(peek_uri(location), uri=True)
    except sqlite3.Error:
        return False
    try:
        current = index_current(db)
        (any_article,) = db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()
    except sqlite3.Error:
        return False
    finally:
        db.close()
    return bool(any_article) and not current


def index_current(db: sqlite3.Connection) -> bool:
    """Whether the search index was written by this version's rewrite."""
    row = db.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
    return row is not None and row[0] == str(INDEX_VERSION)


def stored_texts(
    db: sqlite3.Connection, where: str, params: Sequence[Any] = (), *, in_date_order: bool = False
) -> Iterator[tuple[int, int, str, str]]:
    """``(id, sort_time, title, text)`` of the articles matching ``where`` (alias ``a``).

    Streamed (a rebuild reads every article: a list would hold them all).

    The one place search reads the stored article text: the index's upkeep
    (rebuilding, unindexing) and the list's snippets. How the text is
    stored (compressed or not) is decided elsewhere; only this changes then.
    """
    order = " ORDER BY a.sort_time, a.id" if in_date_order else ""
    rows = db.execute(
        f"SELECT a.id, a.sort_time, a.title, c.body FROM articles a "
        f"JOIN article_content c ON c.id = a.id WHERE {where}{order}",
        params,
    )
    return ((i, sort_time, title, unpack_text(body)) for i, sort_time, title, body in rows)


def rebuild_index(db: sqlite3.Connection) -> None:
    """Make the index again, in the caller's transaction.

    The table itself is made anew: an index version may change its options
    (version 3 added the per-row sizes bm25 needs).
    """
    db.execute("DROP TABLE IF EXISTS article_search")
    ddl.run_script(db, FTS_TABLE)
    db.executemany(
        "INSERT INTO article_search(rowid, title, body, source) VALUES (?, ?, ?, ?)",
        # In rowid order, or FTS5 writes a segment per row (see add_articles).
        _index_rows(db, "1", (), in_date_order=True),
    )
    db.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', ?)",
        (str(INDEX_VERSION),),
    )


def unindex(db: sqlite3.Connection, where: str, params: Sequence[Any]) -> None:
    """Take the articles matching ``where`` (alias ``a``) out of the index.

    The index is contentless: FTS5 removes a row only when handed the
    tokens it was given, so they are worked out again from the stored text.
    Call it before the articles are deleted.
    """
    db.executemany(
        "INSERT INTO article_search(article_search, rowid, title, body, source) "
        "VALUES ('delete', ?, ?, ?, ?)",
        list(_index_rows(db, where, params)),
    )


def reindex(db: sqlite3.Connection, where: str, params: Sequence[Any]) -> None:
    """Put the articles matching ``where`` (alias ``a``) into the index again,
    from what is stored now: the counterpart of :func:`unindex`, for an
    article whose title or text changed (its page's title, its full text).

    Rows are made in one place (:func:`_index_rows`), so a new column of the
    index (the source, in version 4) reaches every writer at once.
    """
    db.executemany(
        "INSERT INTO article_search(rowid, title, body, source) VALUES (?, ?, ?, ?)",
        list(_index_rows(db, where, params)),
    )


def _index_rows(
    db: sqlite3.Connection, where: str, params: Sequence[Any], *, in_date_order: bool = False
) -> Iterator[tuple[int, str, str, str]]:
    """The index rows of the articles matching ``where`` (alias ``a``), as they were written.

    Streamed, as :func:`stored_texts` (which reads the text the same way),
    with each article's source beside it.
    """
    order = " ORDER BY a.sort_time, a.id" if in_date_order else ""
    rows = db.execute(
        f"SELECT a.id, a.sort_time, a.title, c.body, a.source_id FROM articles a "
        f"JOIN article_content c ON c.id = a.id WHERE {where}{order}",
        params,
    )
    for i, sort_time, title, body, source_id in rows:
        text = unpack_text(body)
        yield fts_rowid(sort_time, i), index_text(title), index_text(text), source_token(source_id)

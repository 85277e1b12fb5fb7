"""Schema 9: read state as a narrow table of the unread articles' ids.

Marking a source of 124,505 articles read rewrote every one of their wide
rows (88 MB of table pages) and two indexes on ``read``: 0.85-1.3 s. Kept
apart, marking a source read deletes a range of ``unread`` by its source
index and marking the library read empties the table, while marking one
article is still one row. A "read up to" mark per source with exceptions
wrote less still, but every reader of read state (counts per source, tag and
saved search, ``is:unread``, the list's bold rows, sync) would have had to
combine the mark, the exceptions and the source's row; here each asks one
question of one table: is the id in ``unread``.

Apart from the mixins for the reason :mod:`fulltext_schema` is:
:mod:`schema` imports it.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from reader.core.library import ddl
from reader.core.models import ArticleQuery

__all__ = [
    "DDL",
    "IS_READ",
    "READ",
    "UNREAD",
    "UNREAD_INSERT",
    "date_order",
    "driven",
    "key_id",
    "migrate",
]

#: ``unread``: one row per unread article; an article is read when it has
#: none. ``source_id`` and ``sort_time`` are the article's (neither ever
#: changes), so the counts per source and marking a source read need no
#: look-up of the articles, and the Unread list in date order is read from
#: ``unread_by_time`` as it was from a partial index of ``articles``.
#: ``unread_by_source`` is in date order within a source, so that marking a
#: source read removes its entries from ``unread_by_time`` in that index's
#: order (124,505 of them: 0.14-0.20 s where ``(source_id)`` took 0.21-0.24).
#: Deleting an article deletes its row by a trigger rather than a foreign
#: key: SQLite empties a table without a foreign key in one step
#: (the whole library marked read: 0.02 s), one with it row by row (0.18 s).
DDL = """
CREATE TABLE unread (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    sort_time INTEGER NOT NULL
);
CREATE INDEX unread_by_source ON unread(source_id, sort_time DESC, id DESC);
CREATE INDEX unread_by_time ON unread(sort_time DESC, id DESC);
CREATE TRIGGER unread_of_deleted AFTER DELETE ON articles BEGIN
    DELETE FROM unread WHERE id = old.id;
END;
CREATE INDEX articles_counts ON articles(source_id, starred);
"""

#: Conditions on an article ``a``; SQLite answers ``IN`` from the table's
#: own primary key, one probe a row.
UNREAD = "a.id IN (SELECT id FROM unread)"
READ = "a.id NOT IN (SELECT id FROM unread)"
#: Makes the articles ``WHERE {}`` selects unread (``a`` is ``articles``).
UNREAD_INSERT = (
    "INSERT OR IGNORE INTO unread(id, source_id, sort_time) "
    "SELECT a.id, a.source_id, a.sort_time FROM articles a WHERE {}"
)
#: The 0/1 column of a list row or an article.
IS_READ = f"({READ})"


def migrate(db: sqlite3.Connection) -> None:
    """Schema 8 → 9: ``articles.read`` becomes the table ``unread`` (every flag kept)."""
    db.execute("DROP INDEX articles_unread")
    db.execute("DROP INDEX articles_counts")
    ddl.run_script(db, DDL)
    db.execute(
        "INSERT INTO unread(id, source_id, sort_time) "
        "SELECT id, source_id, sort_time FROM articles WHERE read = 0"
    )
    db.execute("ALTER TABLE articles DROP COLUMN read")


def date_order(query: ArticleQuery) -> tuple[str, str]:
    """The rows of a list in date order, and the alias whose dates order them.

    Unread only: from ``unread``'s own date index (``unread_by_time``), each
    row joined to its article, so a page costs the page; from the articles'
    date index each row would be tested against ``unread``, and from
    ``unread`` by id every unread article sorted (65 ms a page at 250,000).
    A source's unread articles come from the source's own date index
    instead, each tested against ``unread``: from ``unread_by_time``, every
    unread article of the library was looked up for its source (1 s).
    """
    if query.unread_only and not query.source_ids:
        return "unread u CROSS JOIN articles a ON a.id = u.id", "u"
    return "articles a", "a"


def driven(query: ArticleQuery, key: str) -> ArticleQuery:
    """``query`` without what the rows it is read from already mean.

    Driven from ``unread``, the condition "unread" again made SQLite read
    the ids from it a second time and sort them (85 ms a page at 250,000).
    """
    return dataclasses.replace(query, unread_only=False) if key == "u" else query


def key_id(rows_from: str) -> str:
    """The article id column of ``rows_from`` (see :func:`date_order`)."""
    return "u.id" if rows_from.startswith("unread") else "a.id"

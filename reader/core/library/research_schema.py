"""The research desk's tables: tags, highlights and notes, saved searches, provenance.

One module so that the migration (``MIGRATIONS[3]``, version 3 → 4) and the
fresh schema (``schema._CREATE``) are the same statements: a library that was
upgraded and one that was made new must not differ.
"""

from __future__ import annotations

import sqlite3

from reader.core.library import ddl

__all__ = ["DDL", "migrate"]

DDL = """
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);

-- A highlight is anchored as a W3C TextQuoteSelector: the quote with a little
-- text either side, and where it was in the article's plain text; it is found
-- again by quote and context, so a re-rendered or re-imported article keeps it.
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    colour TEXT NOT NULL DEFAULT 'yellow',
    note TEXT,
    created INTEGER NOT NULL
);
CREATE INDEX highlights_by_article ON highlights(article_id);

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL
);

-- Where and when an article was captured, and the SHA-256 (hex) of the bytes
-- of its record as received. Articles from before this table have no row:
-- their provenance was not recorded, and nothing is made up for them.
CREATE TABLE provenance (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    captured_at INTEGER NOT NULL,
    origin_kind TEXT NOT NULL CHECK (origin_kind IN ('file', 'feed')),
    origin TEXT NOT NULL,
    origin_path TEXT,
    http_date TEXT,
    etag TEXT,
    sha256 TEXT
);
CREATE INDEX provenance_by_hash ON provenance(sha256) WHERE sha256 IS NOT NULL;
"""


def migrate(db: sqlite3.Connection) -> None:
    """Schema 3 → 4: add the research tables; nothing existing is touched."""
    ddl.run_script(db, DDL)

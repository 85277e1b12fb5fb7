"""Schema 6: archived sources and highlights kept apart from a deleted article.

- ``sources.archived``: when a source went away (an unsubscribe on a sync
  server, ``remove-feed``, a removed account) while it held articles the user
  starred, tagged or highlighted; NULL for a live source. Such a source stays,
  read-only, with only those articles (see :mod:`reader.core.library.archive`).
- ``detached_highlights``: the highlights (and their notes) of an article the
  user deleted, keyed by the record's identity (its address, the SHA-256 of
  its bytes as received), so importing the same record again brings them back.

One module so the migration and the fresh schema are the same statements.
"""

from __future__ import annotations

import sqlite3

from reader.core.library import ddl

__all__ = ["DDL", "SOURCE_COLUMN", "migrate"]

#: The column this step adds to ``sources`` (last in ``_CREATE`` for new libraries).
SOURCE_COLUMN = "archived INTEGER"

DDL = """
CREATE TABLE detached_highlights (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL DEFAULT '',
    sha256 TEXT,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    colour TEXT NOT NULL DEFAULT 'yellow',
    note TEXT,
    created INTEGER NOT NULL,
    detached INTEGER NOT NULL
);
CREATE INDEX detached_highlights_by_url ON detached_highlights(url) WHERE url <> '';
CREATE INDEX detached_highlights_by_hash ON detached_highlights(sha256)
    WHERE sha256 IS NOT NULL;
"""


def migrate(db: sqlite3.Connection) -> None:
    """Schema 5 → 6: a column and a table; nothing existing changes."""
    db.execute(f"ALTER TABLE sources ADD COLUMN {SOURCE_COLUMN}")
    ddl.run_script(db, DDL)

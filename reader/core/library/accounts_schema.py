"""Schema 2: the tables of sync accounts (see :mod:`reader.core.library.accounts`).

Apart from the mixin so that :mod:`reader.core.library.schema` can register
the migration without importing the store's modules (they import it).
"""

from __future__ import annotations

import sqlite3

from reader.core.library import ddl

__all__ = ["SCHEMA", "SOURCE_COLUMNS", "migrate"]

SCHEMA = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'greader' CHECK (kind IN ('greader')),
    url TEXT NOT NULL,
    username TEXT NOT NULL,
    last_sync INTEGER,
    last_error TEXT,
    -- The newest item's crawl time (microseconds) seen: the next sync asks for newer ones.
    newest_usec INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
);
CREATE UNIQUE INDEX sources_by_remote ON sources(account_id, remote_id)
    WHERE account_id IS NOT NULL;
CREATE TABLE remote_items (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, item_id)
) WITHOUT ROWID;
CREATE INDEX remote_items_by_article ON remote_items(article_id);
CREATE TABLE pending_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('read', 'starred')),
    value INTEGER NOT NULL,
    UNIQUE (account_id, item_id, field)
);
"""

#: The columns schema 2 adds to ``sources`` (in ``_CREATE`` for new libraries).
SOURCE_COLUMNS = (
    "account_id INTEGER REFERENCES accounts(id)",
    "remote_id TEXT",
    "remote_url TEXT",
)


def migrate(db: sqlite3.Connection) -> None:
    """Schema 1 → 2: accounts and their tables; nothing existing changes."""
    for column in SOURCE_COLUMNS:
        db.execute(f"ALTER TABLE sources ADD COLUMN {column}")
    ddl.run_script(db, SCHEMA)

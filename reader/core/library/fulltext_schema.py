"""The tables of full articles: the migration that adds them to an older library.

Apart from :mod:`reader.core.library.fulltext` because :mod:`schema` imports
it, and the mixin imports the store's base, which imports :mod:`schema`.
"""

from __future__ import annotations

import sqlite3

__all__ = ["FULLTEXT_TABLE", "migrate"]

#: One row per article whose page was tried: the full article when it could
#: be had (``status = 'ok'``), else why not. The feed's summary stays in
#: ``article_content.html``; ``article_content.text`` becomes the summary's
#: text and the full text together, which is what the search index holds,
#: so that every function that re-derives index rows from it stays right.
FULLTEXT_TABLE = """
CREATE TABLE article_fulltext (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'offline')),
    html TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    reason TEXT,
    fetched INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT
)
"""


def migrate(db: sqlite3.Connection) -> None:
    """Schema 2 → 3: the per-feed option and the full articles' table."""
    db.execute("ALTER TABLE sources ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0")
    db.execute(FULLTEXT_TABLE)

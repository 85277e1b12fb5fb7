"""The library's SQLite schema, its version and the forward migrations.

Modelled on lemon24/reader: a new library gets the latest schema in one go;
an existing one is brought forward one ``user_version`` at a time by
:data:`MIGRATIONS`, each step in one transaction. A library written by a newer
program is refused rather than silently damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import LibraryTooNewError, StorageError
from reader.core.library import (
    accounts_schema,
    archive_schema,
    capture_schema,
    compact,
    ddl,
    fulltext_schema,
    net_schema,
    readstate,
    research_schema,
)
from reader.core.library.search.index import FTS_TABLE

__all__ = ["MIGRATIONS", "VERSION", "Migration", "setup"]

VERSION = 9

_CREATE = (
    """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title TEXT,
    kind TEXT NOT NULL DEFAULT 'local' CHECK (kind IN ('local', 'feed')),
    folder TEXT,
    feed_url TEXT UNIQUE,
    site_url TEXT,
    username TEXT,
    etag TEXT,
    last_modified TEXT,
    last_checked INTEGER,
    last_error TEXT,
    retry_after INTEGER,
    retention_days INTEGER,
    always_load_images INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    -- Schema 2: a sync account's subscription (see accounts.py).
    account_id INTEGER REFERENCES accounts(id),
    remote_id TEXT,
    remote_url TEXT,
    -- Schema 3: download the full article of each new item (fulltext.py).
    full_text INTEGER NOT NULL DEFAULT 0,
    -- Schema 6: when the source went away keeping the user's articles (archive.py).
    archived INTEGER
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid TEXT,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    author TEXT,
    published INTEGER,
    added INTEGER NOT NULL,
    sort_time INTEGER NOT NULL,
    content_hash BLOB,
    -- Schema 9: read state is the table unread (readstate.py).
    starred INTEGER NOT NULL DEFAULT 0
);

-- The bodies live apart so that the list table stays narrow: scrolling,
-- counting and searching touch small rows only. HTML and text are one
-- compressed blob (compact.py); only the store's accessors read it.
CREATE TABLE article_content (
    id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body BLOB NOT NULL
);

CREATE UNIQUE INDEX articles_by_url ON articles(url) WHERE url <> '';
CREATE UNIQUE INDEX articles_by_hash ON articles(content_hash)
    WHERE content_hash IS NOT NULL;
CREATE UNIQUE INDEX articles_by_guid ON articles(source_id, guid) WHERE guid IS NOT NULL;
CREATE INDEX articles_by_time ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_by_source ON articles(source_id, sort_time DESC, id DESC);
CREATE INDEX articles_starred ON articles(sort_time DESC, id DESC) WHERE starred = 1;

-- The offline image cache: every image an article references, what became of
-- fetching it, and the bytes (de-duplicated by their SHA-256).
CREATE TABLE images (
    url TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'cached', 'failed', 'skipped')),
    hash BLOB REFERENCES image_data(hash),
    reason TEXT,
    attempted INTEGER
);
CREATE INDEX images_by_hash ON images(hash) WHERE hash IS NOT NULL;
CREATE TABLE image_data (
    hash BLOB PRIMARY KEY,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    stored INTEGER NOT NULL
);
CREATE TABLE article_images (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX article_images_by_url ON article_images(url);

"""
    # Full articles fetched from the articles' pages.
    + fulltext_schema.FULLTEXT_TABLE
    + ";\n"
    + FTS_TABLE
    + accounts_schema.SCHEMA
    # The research desk's tables (tags, highlights, saved searches, provenance).
    + research_schema.DDL
    # Highlights of deleted articles, kept for the same record's return.
    + archive_schema.DDL
    # Per-feed and per-account proxies, mirrors (issue 23).
    + net_schema.DDL
    # Web captures (WARC records) and saved links.
    + capture_schema.DDL
    # Read state: the ids of the unread articles.
    + readstate.DDL
)

Migration = Callable[[sqlite3.Connection], None]

#: ``MIGRATIONS[n]`` brings a library from version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Migration] = {
    1: accounts_schema.migrate,
    2: fulltext_schema.migrate,
    3: research_schema.migrate,
    4: compact.migrate,  # bodies compressed
    5: archive_schema.migrate,  # archived sources, highlights kept past a delete
    6: net_schema.migrate,  # routes and mirrors
    7: capture_schema.migrate,  # web captures and saved links
    8: readstate.migrate,  # read state apart: marking a source read is one small write
}


def setup(db: sqlite3.Connection, path: str | Path | None = None) -> None:
    """Create or upgrade the schema; the connection is in autocommit mode.

    Before a migration, the library at ``path`` is backed up: a migration
    that goes wrong (or a program that cannot read the result) must leave a
    way back to the library as it was.
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        raise LibraryTooNewError(
            f"the library has schema version {version}, but this program knows "
            f"only up to {VERSION}: use a newer Offline Reader"
        )
    if version == VERSION:
        return
    if version > 0 and path is not None:
        from reader.core.library import backup

        backup.make_backup(path, keep=backup.kept(db))
    db.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have set it up while we waited for the lock.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StorageError(
                    "the file is an SQLite database, but not an Offline Reader library"
                )
            ddl.run_script(db, _CREATE)
        else:
            for step in range(version, VERSION):
                MIGRATIONS[step](db)
        db.execute(f"PRAGMA user_version = {VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise

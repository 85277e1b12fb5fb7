"""The tables of web captures: what a saved page or a full article's page was, as received.

Apart from :mod:`reader.core.library.captures` for the reason
:mod:`fulltext_schema` is: :mod:`schema` imports it, and the mixin imports
the store's base, which imports :mod:`schema`.
"""

from __future__ import annotations

import sqlite3

from reader.core.library import ddl

__all__ = ["DDL", "migrate"]

#: ``captures``: one HTTP exchange (a page, a picture of it, or a redirect on
#: the way to either) tied to an
#: article, with the WARC records of the request and the response as received
#: (gzip members, ``warc``; NULL when the user keeps no raw captures) and what
#: provenance shows without reading them: the final URL after redirects, when,
#: the status, the server's Date, and the SHA-256 of the payload, which is the
#: response record's ``WARC-Payload-Digest``.
#:
#: ``saved_links``: a page the user saved (``save``, ``import-links``, a link
#: dropped on the window), its state (``pending``: not fetched yet or not
#: reachable, tried again at the next refresh; ``saved``; ``failed``: the site
#: answered but gave no page) and what the read-later service said about it.
DDL = """
CREATE TABLE captures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('page', 'resource', 'redirect')),
    url TEXT NOT NULL,
    requested_url TEXT NOT NULL,
    fetched TEXT NOT NULL,
    status INTEGER NOT NULL,
    http_date TEXT,
    content_type TEXT,
    payload_sha256 TEXT NOT NULL,
    record_id TEXT NOT NULL,
    warc BLOB,
    warc_size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX captures_by_article ON captures(article_id, kind);
CREATE INDEX captures_by_digest ON captures(payload_sha256);
CREATE TABLE saved_links (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'saved', 'failed')),
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    tried INTEGER,
    service TEXT
);
CREATE INDEX saved_links_pending ON saved_links(state) WHERE state = 'pending';
"""


def migrate(db: sqlite3.Connection) -> None:
    """Schema 7 → 8: web captures and saved links."""
    ddl.run_script(db, DDL)

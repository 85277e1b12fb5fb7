"""The tables of network routes: a feed's or an account's own proxy, a feed's mirrors.

Apart from :mod:`reader.core.library.routes` because :mod:`schema` imports
it. Tables of their own rather than columns on ``sources`` and ``accounts``:
most sources never have a route, and a column added by ``ALTER TABLE`` lands
after every other, where a fresh library would place it elsewhere.
"""

from __future__ import annotations

import sqlite3

from reader.core.library import ddl

__all__ = ["DDL", "migrate"]

#: ``proxy``: None for the program's route, ``direct``, or a proxy address
#: without its password (the keyring has it). ``mirrors``: a JSON list of
#: addresses, in the order the user gave. ``served_by``: the address that
#: answered the last refresh, tried first next time.
DDL = """
CREATE TABLE feed_routes (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    proxy TEXT,
    mirrors TEXT NOT NULL DEFAULT '[]',
    served_by TEXT
);
CREATE TABLE account_routes (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    proxy TEXT
);
"""


def migrate(db: sqlite3.Connection) -> None:
    """Schema 6 → 7: per-feed and per-account routes, mirrors."""
    ddl.run_script(db, DDL)

"""Sync accounts: the servers, their subscriptions as sources, item ids, and the changes to send.

How an account's things live beside local ones (schema 2):

- ``accounts``: one row a server account; the password is in the keyring
  only (:func:`reader.core.sync.engine.keyring_key`), never here.
- An account's subscription is a row of ``sources`` with ``account_id`` and
  ``remote_id`` (the server's stream id, ``feed/12``) set, ``kind`` 'local'
  (the CHECK of schema 1 allows only 'local'/'feed' and ALTER cannot change
  it) and ``feed_url`` NULL: the feed's address is in ``remote_url``. So a
  local feed of the same address coexists (``feed_url`` stays UNIQUE among
  local feeds), and a local refresh never fetches an account's source (it
  takes ``kind = 'feed'`` rows with an address). :class:`Source` shows them
  as kind ``account``.
- An article is kept once in the library (``articles.url`` is unique): an
  item the account brings that a local feed (or another account) already
  brought is *mapped* to that article in ``remote_items`` instead of being
  stored twice, so reading or starring it still goes to the server. It stays
  under the source that brought it first.
- ``pending_changes``: every read/unread/star/unstar of an article mapped to
  an account, written in the same transaction as the change itself (the
  store's mark path calls :func:`queue_changes`), sent at the next sync and
  deleted only once the server confirmed it; a change made meanwhile
  replaces the row with a new ``seq`` (AUTOINCREMENT: never reused), so the
  confirmation of the old one cannot delete it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.errors import NotFoundError, ReaderError
from reader.core.library.archive import ArchiveMixin, Retired
from reader.core.library.base import _wrapped, chunks, marks
from reader.core.library.models import Account
from reader.core.library.names import SourceNames
from reader.core.library.readstate import IS_READ, UNREAD_INSERT
from reader.core.models import from_epoch

__all__ = ["Account", "AccountsMixin", "PendingChange", "queue_changes"]


def queue_changes(
    db: sqlite3.Connection, field: str, value: bool, where: str, params: Sequence[Any]
) -> None:
    """Record a read/starred change of the articles ``where`` selects for their accounts.

    ``where`` is about ``a`` (articles) and ``s`` (sources); called before the
    change itself, in its transaction. Costs one indexed probe when the
    library has no account.
    """
    db.execute(
        f"INSERT OR REPLACE INTO pending_changes(account_id, item_id, field, value) "
        f"SELECT r.account_id, r.item_id, ?, ? FROM remote_items r "
        f"JOIN articles a ON a.id = r.article_id JOIN sources s ON s.id = a.source_id "
        f"WHERE {where}",
        [field, int(value), *params],
    )


@dataclass(frozen=True, slots=True)
class PendingChange:
    seq: int
    item_id: str
    field: str
    value: bool


class AccountsMixin(ArchiveMixin):
    # -- accounts -------------------------------------------------------------

    @_wrapped
    def add_account(self, name: str, url: str, username: str, kind: str = "greader") -> int:
        name = name.strip()
        if not name:
            raise ReaderError("an account needs a name")
        with self.transaction():
            if self._value("SELECT 1 FROM accounts WHERE name = ?", (name,)) is not None:
                raise ReaderError(f"there is already an account called {name!r}")
            cursor = self._db.execute(
                "INSERT INTO accounts(name, kind, url, username, created) VALUES (?, ?, ?, ?, ?)",
                (name, kind, url, username, int(time.time())),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_wrapped
    def accounts(self) -> list[Account]:
        rows = self._named(
            """
            SELECT a.id AS id, a.name AS name, a.kind AS kind, a.url AS url,
                   a.username AS username, a.last_sync AS last_sync,
                   a.last_error AS last_error, a.newest_usec AS newest_usec,
                   (SELECT count(*) FROM sources s WHERE s.account_id = a.id) AS sources,
                   (SELECT count(*) FROM pending_changes p WHERE p.account_id = a.id) AS pending
            FROM accounts a ORDER BY a.name COLLATE NOCASE
            """
        )
        return [
            Account(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                url=row["url"],
                username=row["username"],
                last_sync=from_epoch(row["last_sync"]),
                last_error=row["last_error"],
                newest_usec=row["newest_usec"],
                sources=row["sources"],
                pending=row["pending"],
            )
            for row in rows
        ]

    def find_account(self, name: str) -> Account | None:
        wanted = name.strip().casefold()
        for account in self.accounts():
            if account.name.casefold() == wanted or str(account.id) == wanted:
                return account
        return None

    def get_account(self, account_id: int) -> Account:
        for account in self.accounts():
            if account.id == account_id:
                return account
        raise NotFoundError(f"no account with id {account_id}")

    @_wrapped
    def remove_account(self, account_id: int) -> Retired:
        """Delete an account, its sources and their articles, except those the user kept
        (archived, as when a source goes: :mod:`reader.core.library.archive`)."""
        with self.transaction():
            if self._value("SELECT 1 FROM accounts WHERE id = ?", (account_id,)) is None:
                raise NotFoundError(f"no account with id {account_id}")
            retired = self.retire_sources(
                self._column("SELECT id FROM sources WHERE account_id = ?", (account_id,))
            )
            self._db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
        return retired

    @_wrapped
    def record_sync(
        self, account_id: int, *, error: str | None, newest_usec: int | None = None
    ) -> None:
        with self.transaction():
            # last_sync is the last sync that worked: a failed one only sets the error.
            self._db.execute(
                "UPDATE accounts SET last_sync = CASE WHEN ? IS NULL THEN ? ELSE last_sync END, "
                "last_error = ?, newest_usec = max(newest_usec, coalesce(?, 0)) WHERE id = ?",
                (error, int(time.time()), error, newest_usec, account_id),
            )

    # -- subscriptions --------------------------------------------------------

    @_wrapped
    def account_sources(self, account_id: int) -> dict[str, int]:
        """remote stream id → source id."""
        return dict(
            self._db.execute(
                "SELECT remote_id, id FROM sources WHERE account_id = ?", (account_id,)
            ).fetchall()
        )

    @_wrapped
    def upsert_account_source(
        self,
        account_id: int,
        remote_id: str,
        *,
        title: str,
        folder: str | None,
        remote_url: str | None,
        site_url: str | None,
        names: SourceNames,
    ) -> tuple[int, bool]:
        """The source of a subscription, created or brought up to date; (id, created)."""
        with self.transaction():
            found = self._value(
                "SELECT id FROM sources WHERE account_id = ? AND remote_id = ?",
                (account_id, remote_id),
            )
            if found is not None:
                self._db.execute(
                    "UPDATE sources SET title = ?, folder = ?, remote_url = ?, site_url = ? "
                    "WHERE id = ?",
                    (title, folder, remote_url, site_url, found),
                )
                return int(found), False
            cursor = self._db.execute(
                "INSERT INTO sources(name, title, kind, folder, site_url, account_id, remote_id, "
                "remote_url, created) VALUES (?, ?, 'local', ?, ?, ?, ?, ?, ?)",
                (
                    names.claim(title),
                    title,
                    folder,
                    site_url,
                    account_id,
                    remote_id,
                    remote_url,
                    int(time.time()),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid, True

    @_wrapped
    def account_source(self, source_id: int) -> tuple[int, str] | None:
        """(account id, remote stream id) of an account's source; None for a local one."""
        row = self._db.execute(
            "SELECT account_id, remote_id FROM sources WHERE id = ? AND account_id IS NOT NULL",
            (source_id,),
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    @_wrapped
    def remove_account_sources(self, source_ids: Iterable[int]) -> Retired:
        """Subscriptions the server no longer has: their sources and articles go, except
        the articles the user kept (their sources stay, archived)."""
        return self.retire_sources(source_ids)

    # -- items ----------------------------------------------------------------

    @_wrapped
    def known_items(self, account_id: int) -> set[str]:
        return set(
            self._column("SELECT item_id FROM remote_items WHERE account_id = ?", (account_id,))
        )

    @_wrapped
    def map_items(self, account_id: int, pairs: Iterable[tuple[str, int]]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO remote_items(account_id, item_id, article_id) "
                "VALUES (?, ?, ?)",
                ((account_id, item, article) for item, article in pairs),
            )

    @_wrapped
    def existing_article(self, url: str, content_hash: bytes | None) -> int | None:
        """The article an item duplicates (same address or same text), if any."""
        if url:
            found = self._value("SELECT id FROM articles WHERE url = ?", (url,))
            if found is not None:
                return int(found)
        if content_hash is not None:
            found = self._value("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
            if found is not None:
                return int(found)
        return None

    @_wrapped
    def item_states(self, account_id: int) -> dict[str, tuple[int, bool, bool]]:
        """item id → (article id, read, starred) of the account's mapped items."""
        return {
            item: (article, bool(read), bool(starred))
            for item, article, read, starred in self._db.execute(
                f"SELECT r.item_id, a.id, {IS_READ}, a.starred FROM remote_items r "
                "JOIN articles a ON a.id = r.article_id WHERE r.account_id = ?",
                (account_id,),
            )
        }

    @_wrapped
    def apply_server_states(
        self, updates: Sequence[tuple[str, int, str, bool]]
    ) -> list[tuple[str, int, str, bool]]:
        """Set read/starred as the server has them; returns those applied.

        ``updates``: (item id, article id, 'read'|'starred', value). An article
        with a change of that field waiting to be sent (for any of its items,
        in any account) keeps the local value
        (checked in this transaction: a change made during the sync wins),
        and nothing applied here is queued back to the server.
        """
        applied = []
        with self.transaction():
            for item, article, field, value in updates:
                if field not in ("read", "starred"):
                    continue
                waiting = (
                    "NOT EXISTS (SELECT 1 FROM pending_changes p JOIN remote_items r "
                    "ON r.account_id = p.account_id AND r.item_id = p.item_id "
                    "WHERE r.article_id = ? AND p.field = ?)"
                )
                if field == "starred":
                    sql = (
                        "UPDATE articles SET starred = ? WHERE id = ? AND starred <> ? "
                        f"AND {waiting}"
                    )
                    params: tuple[Any, ...] = (int(value), article, int(value), article, field)
                elif value:  # read: the article leaves ``unread`` (readstate.py)
                    sql = f"DELETE FROM unread WHERE id = ? AND {waiting}"
                    params = (article, article, field)
                else:
                    sql = UNREAD_INSERT.format(f"a.id = ? AND {waiting}")
                    params = (article, article, field)
                cursor = self._db.execute(sql, params)
                if cursor.rowcount:
                    applied.append((item, article, field, value))
        return applied

    # -- pending changes ------------------------------------------------------

    @_wrapped
    def pending_changes(self, account_id: int) -> list[PendingChange]:
        return [
            PendingChange(seq, item, field, bool(value))
            for seq, item, field, value in self._db.execute(
                "SELECT seq, item_id, field, value FROM pending_changes WHERE account_id = ? "
                "ORDER BY seq",
                (account_id,),
            )
        ]

    @_wrapped
    def confirm_changes(self, seqs: Sequence[int]) -> None:
        """The server took these: forget them (a newer change has a newer seq and stays)."""
        with self.transaction():
            for chunk in chunks(list(seqs)):
                self._db.execute(
                    f"DELETE FROM pending_changes WHERE seq IN ({marks(len(chunk))})", chunk
                )

"""The rows a new article needs besides its ``articles`` row, written together.

Only the ``articles`` row needs a statement of its own per article (its id,
or that it was a duplicate); the body, the read state, the images, the
provenance and the search index take one ``executemany`` each, for as many
articles as can wait for them. :meth:`Store.add_articles` writes its own at
its end; an import's write turn (:meth:`Store.adding_in_bulk`) writes those
of every file in the turn at its end, since each file is an
``add_articles`` of its own (of one article, for most dumps).

What that saves is mostly the search index's: FTS5 writes its pending
terms out as a new segment whenever a rowid comes lower than the one
before, and its rowids are the articles' dates. Dumps come in any order,
so with one ``add_articles`` per dump, about every second dump wrote a
segment of its own, and the merges of those segments were most of an
import's writing. Sorted once per turn, a turn writes the few segments its
pending terms fill.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from reader.core.library.archive import reattach
from reader.core.library.provenance import PROVENANCE_INSERT

__all__ = ["SideRows"]


@dataclass(slots=True)
class SideRows:
    """The rows of articles added (in order) and not written yet."""

    contents: list[tuple[int, bytes]] = field(default_factory=list)
    searches: list[tuple[int, str, str, str]] = field(default_factory=list)
    images: list[tuple[int, str]] = field(default_factory=list)
    unread: list[tuple[int, int, int]] = field(default_factory=list)
    proofs: list[tuple[object, ...]] = field(default_factory=list)
    added: list[int] = field(default_factory=list)

    def write(self, db: sqlite3.Connection) -> None:
        """Insert them all, in the caller's transaction, and forget them.

        The tables in the order :meth:`Store.add_articles` always wrote
        them, each table's rows in the order their articles were added, so
        what is stored is what one call per article stored (the images'
        rowids too).
        """
        if not self.added:
            return
        db.executemany("INSERT INTO article_content(id, body) VALUES (?, ?)", self.contents)
        # A new article is unread (readstate.py).
        db.executemany("INSERT INTO unread(id, source_id, sort_time) VALUES (?, ?, ?)", self.unread)
        if self.images:
            db.executemany(
                "INSERT OR IGNORE INTO images(url) VALUES (?)", ((url,) for _, url in self.images)
            )
            db.executemany(
                "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?, ?)", self.images
            )
        # In rowid order: see the module's docstring.
        self.searches.sort()
        db.executemany(
            "INSERT INTO article_search(rowid, title, body, source) VALUES (?, ?, ?, ?)",
            self.searches,
        )
        if self.proofs:
            db.executemany(PROVENANCE_INSERT, self.proofs)
        reattach(db, self.added)  # highlights of the same record, deleted before
        self.clear()

    def clear(self) -> None:
        for rows in self._lists():
            rows.clear()

    def mark(self) -> tuple[list[Any], ...]:
        """What is waiting now, for :meth:`restore` after a savepoint rolled back.

        A copy, not the lengths: inside the savepoint the waiting rows may
        have been written (a deletion writes them first) and the rollback
        took them out of the tables again, so they wait once more.
        """
        return tuple(list(rows) for rows in self._lists())

    def restore(self, mark: tuple[list[Any], ...]) -> None:
        """Back to what waited at ``mark``: the savepoint's articles were rolled back."""
        for rows, kept in zip(self._lists(), mark, strict=True):
            rows[:] = kept

    def _lists(self) -> tuple[list[Any], ...]:
        return (self.contents, self.searches, self.images, self.unread, self.proofs, self.added)

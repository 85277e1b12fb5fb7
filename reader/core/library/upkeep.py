"""The library's upkeep when nobody is waiting: statistics, the search index, free pages.

Each call of :meth:`UpkeepMixin.upkeep_step` does one short piece of work
and says whether more is left, so a caller on the window's write thread
runs steps between the reader's own writes (marking an article read waits
for one step at most, never for the whole job), and stops when the window
is busy:

1. FTS5 ``merge`` in slices of :data:`MERGE_PAGES` pages: an import leaves
   the index in many segments (``automerge`` is 8, see schema.py), and a
   query reads every segment. Negative, so that segments merge even where a
   level holds fewer than ``automerge`` of them, until one is left: what
   ``optimize`` does, but in slices instead of one transaction that held the
   write lock for 40 s over 250,000 articles.
2. ``VACUUM`` when a fifth of the file or more is free pages (after the
   compressing migration, or large deletions): the one long step, so only
   then. The window's reads go on meanwhile (WAL); the log grows to the
   library's size until the next checkpoint.

``PRAGMA optimize`` is left out on purpose: it runs ``ANALYZE``, and with the
statistics it wrote (10,000 articles) SQLite planned the newest-first list of
a search or of "Unread" as a scan of the sources and a sort of every hit
(``USE TEMP B-TREE FOR ORDER BY``) instead of walking the date index and
stopping at the page's ``LIMIT``: work growing with the hits, what issue 17
is about. The list queries are written for the planner without statistics.
"""

from __future__ import annotations

from reader.core.library.base import StoreBase, _wrapped
from reader.core.library.models import UpkeepStep

__all__ = ["MERGE_PAGES", "UpkeepMixin", "UpkeepStep"]

#: Index pages one merge step writes at most (16 KB each): 20-60 ms.
MERGE_PAGES = 64
#: VACUUM when at least this share of the file is free pages.
VACUUM_FREE_SHARE = 0.2


class UpkeepMixin(StoreBase):
    @_wrapped
    def upkeep_due(self) -> UpkeepStep:
        """The next piece of upkeep this library needs."""
        if self._fts_segments() > 1:
            return UpkeepStep.MERGE
        pages = int(self._value("PRAGMA page_count"))
        free = int(self._value("PRAGMA freelist_count"))
        if pages and free / pages >= VACUUM_FREE_SHARE:
            return UpkeepStep.VACUUM
        return UpkeepStep.DONE

    @_wrapped
    def upkeep_step(self, step: UpkeepStep) -> None:
        """Do one piece of :meth:`upkeep_due`'s work."""
        if step is UpkeepStep.MERGE:
            with self.transaction():
                self._db.execute(
                    "INSERT INTO article_search(article_search, rank) VALUES ('merge', ?)",
                    (-MERGE_PAGES,),
                )
        elif step is UpkeepStep.VACUUM:
            self._refuse_if_damaged()
            self._db.execute("VACUUM")
            self._db.execute("DELETE FROM meta WHERE key = 'vacuum_wanted'")
            self.checkpoint()

    def interrupt(self) -> None:
        """Stop the running statement from another thread (the window closing)."""
        self._db.interrupt()

    def _fts_segments(self) -> int:
        """Segments of the search index, from its structure record (no scan).

        The record (``article_search_data`` row 10) starts with three varints:
        the cookie, the number of levels, the total number of segments.
        """
        row = self._db.execute("SELECT block FROM article_search_data WHERE id = 10").fetchone()
        if row is None or not row[0]:
            return 0
        block: bytes = row[0]
        pos = 4  # the cookie is a 32-bit big-endian integer, not a varint
        if block[4:8] == b"\xff\x00\x00\x01":  # version 2 of the record (SQLite 3.45+)
            pos = 8
        values = []
        for _ in range(2):
            value, pos = _varint(block, pos)
            values.append(value)
        return values[1]


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """An SQLite varint at ``pos``: its value and the position after it."""
    value = 0
    for i in range(9):
        byte = data[pos + i]
        if i == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, pos + i + 1
    raise AssertionError("unreachable")

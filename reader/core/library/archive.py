"""What the user made stays when its source goes: the archive, and highlights past a delete.

A source goes away in several ways the user did not aim at one article: the
sync server dropped the subscription, ``remove-feed`` or Delete Source, a
removed account, a retention period. None of them deletes an article the
user *kept*: starred, tagged or highlighted (a note lives on a highlight).
The source stays instead, archived (``sources.archived`` set): read-only,
with no feed, server or retention left, holding only those articles, so
search, tags and saved searches still find them, and the window lists it
under "Archived". Deleting an archived source is the user's explicit delete
of what it holds, and then everything goes.

An article the user deletes takes its highlights off the page but not out of
the library: they wait in ``detached_highlights`` under the record's identity
(its address and the SHA-256 of its bytes as received), and come back when
the same record is imported or fetched again (:meth:`ArchiveMixin.reattach`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.library.images import prune_images
from reader.core.library.models import Keeps, Retired
from reader.core.library.search.index import unindex

__all__ = ["KEPT", "ArchiveMixin", "Keeps", "Retired", "detach_highlights", "reattach"]

#: About ``a`` (articles): what the user made something of.
KEPT = (
    "(a.starred = 1 OR EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id) "
    "OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id))"
)


class ArchiveMixin(StoreBase):
    @_wrapped
    def keeps(self, source_ids: Sequence[int]) -> Keeps:
        """What of the user's the sources hold (one pass over their articles)."""
        totals = [0] * 6
        for chunk in chunks(list(source_ids)):
            row = self._db.execute(
                f"""
                SELECT count(*), coalesce(sum(a.starred), 0),
                    coalesce(sum(EXISTS (SELECT 1 FROM article_tags x
                                         WHERE x.article_id = a.id)), 0),
                    (SELECT count(*) FROM highlights h JOIN articles b ON b.id = h.article_id
                     WHERE b.source_id IN ({marks(len(chunk))})),
                    (SELECT count(*) FROM highlights h JOIN articles b ON b.id = h.article_id
                     WHERE b.source_id IN ({marks(len(chunk))}) AND h.note IS NOT NULL),
                    coalesce(sum({KEPT}), 0)
                FROM articles a WHERE a.source_id IN ({marks(len(chunk))})
                """,
                [*chunk, *chunk, *chunk],
            ).fetchone()
            totals = [t + int(v) for t, v in zip(totals, row, strict=True)]
        tags: set[int] = set()
        for chunk in chunks(list(source_ids)):
            tags.update(
                int(t)
                for t in self._column(
                    "SELECT DISTINCT x.tag_id FROM article_tags x JOIN articles a "
                    f"ON a.id = x.article_id WHERE a.source_id IN ({marks(len(chunk))})",
                    chunk,
                )
            )
        articles, starred, tagged, highlights, notes, kept = totals
        return Keeps(articles, starred, tagged, highlights, notes, kept, len(tags))

    @_wrapped
    def retire_sources(self, source_ids: Iterable[int]) -> Retired:
        """Sources going away: the user's articles stay in them, archived; the rest goes.

        An archived source given here is the user deleting the archive: all of
        it goes (highlights kept apart for the record's return).
        """
        deleted = kept = 0
        archived: list[str] = []
        now = int(time.time())
        with self.transaction():
            for source_id in list(source_ids):
                row = self._db.execute(
                    "SELECT coalesce(title, name), archived FROM sources WHERE id = ?",
                    (source_id,),
                ).fetchone()
                if row is None:
                    continue
                title, already = row
                if already is None:
                    where = f"a.source_id = ? AND NOT {KEPT}"
                else:
                    where = "a.source_id = ?"
                    detach_highlights(self._db, "a.source_id = ?", (source_id,))
                unindex(self._db, where, (source_id,))
                deleted += self._db.execute(
                    f"DELETE FROM articles WHERE id IN (SELECT a.id FROM articles a WHERE {where})",
                    (source_id,),
                ).rowcount
                left = int(
                    self._value("SELECT count(*) FROM articles WHERE source_id = ?", (source_id,))
                )
                if not left:
                    self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
                    continue
                kept += left
                archived.append(str(title))
                # No server, feed or retention reaches it any more: its items'
                # mapping goes, so no sync can unstar or mark what the user kept.
                self._db.execute(
                    "DELETE FROM remote_items WHERE article_id IN "
                    "(SELECT id FROM articles WHERE source_id = ?)",
                    (source_id,),
                )
                self._db.execute(
                    """
                    UPDATE sources SET archived = ?, account_id = NULL, remote_id = NULL,
                        remote_url = NULL, feed_url = NULL, kind = 'local', username = NULL,
                        etag = NULL, last_modified = NULL, last_error = NULL,
                        retry_after = NULL, retention_days = NULL, full_text = 0
                    WHERE id = ?
                    """,
                    (now, source_id),
                )
            prune_images(self._db)
        return Retired(deleted, kept, tuple(archived))


def detach_highlights(db: sqlite3.Connection, where: str, params: Sequence[object]) -> None:
    """Keep the highlights of the articles ``where`` selects (about ``a``), by their
    record's identity; called before the articles are deleted, in that transaction."""
    db.execute(
        f"""
        INSERT INTO detached_highlights(url, sha256, quote, prefix, suffix, position,
            colour, note, created, detached)
        SELECT a.url, p.sha256, h.quote, h.prefix, h.suffix, h.position, h.colour,
            h.note, h.created, ?
        FROM highlights h JOIN articles a ON a.id = h.article_id
        LEFT JOIN provenance p ON p.article_id = a.id
        WHERE {where} AND (a.url <> '' OR p.sha256 IS NOT NULL)
        """,
        [int(time.time()), *params],
    )


def reattach(db: sqlite3.Connection, article_ids: Sequence[int]) -> int:
    """Highlights of a deleted article come back to the same record, added again.

    Called in the adding transaction, after the provenance rows; costs one
    probe when nothing waits.
    """
    if db.execute("SELECT 1 FROM detached_highlights LIMIT 1").fetchone() is None:
        return 0
    moved = 0
    for chunk in chunks(list(article_ids)):
        pairs = db.execute(
            f"""
            SELECT d.id, a.id FROM articles a LEFT JOIN provenance p ON p.article_id = a.id
            JOIN detached_highlights d
              ON (a.url <> '' AND d.url = a.url)
              OR (p.sha256 IS NOT NULL AND d.sha256 = p.sha256)
            WHERE a.id IN ({marks(len(chunk))})
            """,
            chunk,
        ).fetchall()
        for detached, article in dict(pairs).items():
            db.execute(
                "INSERT INTO highlights(article_id, quote, prefix, suffix, position, colour, "
                "note, created) SELECT ?, quote, prefix, suffix, position, colour, note, "
                "created FROM detached_highlights WHERE id = ?",
                (article, detached),
            )
            db.execute("DELETE FROM detached_highlights WHERE id = ?", (detached,))
            moved += 1
    return moved

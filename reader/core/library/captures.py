"""Web captures and saved links in the library (tables in :mod:`capture_schema`).

A capture belongs to an article: deleting the article deletes its records,
as it deletes its text. The raw records are optional (the user may keep
only what provenance shows); the digest, URL, time and status stay.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.library.models import CaptureInfo
from reader.core.library.provenance import PROVENANCE_INSERT, provenance_row
from reader.core.library.search.index import reindex, unindex
from reader.core.models import Origin, to_epoch

__all__ = ["KEEP_RAW_SETTING", "CaptureInfo", "CapturesMixin", "SavedLink"]

#: Library setting: "0" when the user keeps no raw captures (default: kept).
KEEP_RAW_SETTING = "capture_keep_raw"

_COLUMNS = (
    "id, article_id, kind, url, requested_url, fetched, status, http_date, content_type, "
    "payload_sha256, record_id, warc_size"
)


@dataclass(frozen=True, slots=True)
class SavedLink:
    article_id: int
    url: str
    state: str  # pending, saved, failed
    reason: str | None
    attempts: int
    service: str | None


def _info(row: Sequence[object]) -> CaptureInfo:
    return CaptureInfo(*row)  # type: ignore[arg-type]


class CapturesMixin(StoreBase):
    # -- captures --------------------------------------------------------------

    @_wrapped
    def add_capture(
        self,
        article_id: int,
        info: CaptureInfo,
        warc: bytes | None,
    ) -> int | None:
        """Keep one exchange of an article; None when the article is gone.

        A picture already captured for the article with the same payload is
        not kept twice (a refresh of the images must not grow the library).
        """
        with self.transaction():
            if self._value("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
                return None
            same = self._value(
                "SELECT id FROM captures WHERE article_id = ? AND url = ? AND payload_sha256 = ?",
                (article_id, info.url, info.payload_sha256),
            )
            if same is not None:
                return int(same)
            cursor = self._db.execute(
                "INSERT INTO captures(article_id, kind, url, requested_url, fetched, status, "
                "http_date, content_type, payload_sha256, record_id, warc, warc_size) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    info.kind,
                    info.url,
                    info.requested_url,
                    info.fetched,
                    info.status,
                    info.http_date,
                    info.content_type,
                    info.payload_sha256,
                    info.record_id,
                    warc,
                    len(warc) if warc else 0,
                ),
            )
        return cursor.lastrowid

    @_wrapped
    def captures(self, article_id: int) -> list[CaptureInfo]:
        """The article's captures, its page first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE article_id = ? ORDER BY kind = 'resource', id",
            (article_id,),
        ).fetchall()
        return [_info(r) for r in rows]

    @_wrapped
    def page_captures(self, article_ids: Sequence[int]) -> dict[int, CaptureInfo]:
        """The newest page capture of each article that has one."""
        found: dict[int, CaptureInfo] = {}
        for chunk in chunks(list(article_ids)):
            for row in self._db.execute(
                f"SELECT {_COLUMNS} FROM captures WHERE kind = 'page' "
                f"AND article_id IN ({marks(len(chunk))}) ORDER BY id",
                chunk,
            ):
                info = _info(row)
                found[info.article_id] = info
        return found

    @_wrapped
    def capture_records(self, article_ids: Sequence[int]) -> Iterator[tuple[CaptureInfo, bytes]]:
        """The kept records of these articles' captures, one capture at a time."""
        for article_id in article_ids:
            ids = self._column(
                "SELECT id FROM captures WHERE article_id = ? AND warc IS NOT NULL "
                "ORDER BY kind = 'resource', id",
                (article_id,),
            )
            for capture_id in ids:
                row = self._db.execute(
                    f"SELECT {_COLUMNS}, warc FROM captures WHERE id = ?", (capture_id,)
                ).fetchone()
                if row is not None:
                    yield _info(row[:-1]), bytes(row[-1])

    @_wrapped
    def captures_with_digest(self, sha256: str) -> list[CaptureInfo]:
        """Captures whose payload had exactly these bytes (``verify`` of a WARC)."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE payload_sha256 = ? ORDER BY id", (sha256,)
        ).fetchall()
        return [_info(r) for r in rows]

    @_wrapped
    def captures_with_url(self, url: str) -> list[CaptureInfo]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE url = ? ORDER BY id", (url,)
        ).fetchall()
        return [_info(r) for r in rows]

    @_wrapped
    def capture_usage(self) -> tuple[int, int]:
        """(captures, bytes of raw records kept): what the setting shows."""
        count, size = self._db.execute(
            "SELECT count(*), coalesce(sum(warc_size), 0) FROM captures"
        ).fetchone()
        return int(count), int(size)

    @_wrapped
    def keep_raw_captures(self) -> bool:
        value = self._value(
            "SELECT value FROM meta WHERE key = ?", (f"setting:{KEEP_RAW_SETTING}",)
        )
        return str(value) != "0"

    @_wrapped
    def articles_using_images(
        self, urls: Sequence[str], among: Sequence[int]
    ) -> dict[str, list[int]]:
        """Which of the articles ``among`` show each picture."""
        wanted = set(among)
        found: dict[str, list[int]] = {}
        for chunk in chunks(list(dict.fromkeys(urls))):
            for article_id, url in self._db.execute(
                "SELECT article_id, url FROM article_images "
                f"WHERE url IN ({marks(len(chunk))}) ORDER BY article_id",
                chunk,
            ):
                if article_id in wanted:
                    found.setdefault(url, []).append(int(article_id))
        return found

    # -- saved links -----------------------------------------------------------

    @_wrapped
    def add_saved_links(self, links: Iterable[tuple[int, str, str | None]]) -> None:
        """Mark articles (article id, URL, service) as saved links whose page is pending."""
        with self.transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO saved_links(article_id, url, state, service) "
                "VALUES (?, ?, 'pending', ?)",
                links,
            )

    @_wrapped
    def saved_link(self, article_id: int) -> SavedLink | None:
        row = self._db.execute(
            "SELECT article_id, url, state, reason, attempts, service FROM saved_links "
            "WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else SavedLink(*row)

    @_wrapped
    def pending_links(self, limit: int | None = None) -> list[SavedLink]:
        """Saved links whose page is still to fetch, oldest first."""
        rows = self._db.execute(
            "SELECT article_id, url, state, reason, attempts, service FROM saved_links "
            "WHERE state = 'pending' ORDER BY article_id LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [SavedLink(*r) for r in rows]

    @_wrapped
    def set_link_state(self, article_id: int, state: str, reason: str | None) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE saved_links SET state = ?, reason = ?, attempts = attempts + 1, "
                "tried = ? WHERE article_id = ?",
                (state, reason, int(time.time()), article_id),
            )

    @_wrapped
    def set_page_metadata(
        self,
        article_id: int,
        *,
        title: str | None,
        author: str | None,
        published: object,
        own: bool = True,
    ) -> None:
        """The title, author and date the page gives, where the link had none (re-indexed).

        ``own``: a saved page, whose date so far was the time it was added; a
        feed's article (saved again to capture its page) keeps the feed's.
        """
        if not title and not author and published is None:
            return
        with self.transaction():
            row = self._db.execute(
                "SELECT title, author, published, url FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                return
            old_title, old_author, old_published, url = row
            # A title the user or their read-later service gave is kept; a bare
            # link (titled with its own URL) takes the page's.
            new_title = (title or old_title) if old_title in ("", url) else old_title
            unindex(self._db, "a.id = ?", (article_id,))
            self._db.execute(
                "UPDATE articles SET title = ?, author = ?, published = ? WHERE id = ?",
                (
                    new_title,
                    (author or old_author) if own else (old_author or author),
                    to_epoch(published)  # type: ignore[arg-type]
                    if published is not None and (own or old_published is None)
                    else old_published,
                    article_id,
                ),
            )
            reindex(self._db, "a.id = ?", (article_id,))

    @_wrapped
    def add_provenance(self, article_id: int, origin: Origin, sha256: str | None) -> None:
        """Provenance for an article stored before its bytes came (a saved link); kept once."""
        with self.transaction():
            self._db.execute(
                PROVENANCE_INSERT, provenance_row(article_id, int(time.time()), origin, sha256)
            )

    @_wrapped
    def set_added(self, pairs: Iterable[tuple[int, int]]) -> None:
        """When each article was added, as a read-later service says (article id, epoch)."""
        with self.transaction():
            self._db.executemany("UPDATE articles SET added = ? WHERE id = ?", pairs)

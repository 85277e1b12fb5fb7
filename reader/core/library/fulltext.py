"""Full articles: the per-feed option, and each article's full text or why there is none.

The feed's summary is never replaced: the HTML half of
``article_content.body`` (one compressed stream of HTML and text, see
:mod:`reader.core.library.compact`) keeps it, so the reader can switch back
to it, and a failed page leaves it alone. The full text (``article_fulltext``)
sits beside it. Search must find words of either, and the index is
contentless: a row is removed by handing FTS5 the tokens it was given, which
:func:`~reader.core.library.search.index.unindex` re-derives from the body's text
half. So when a full text arrives, the article is unindexed, the body's text
becomes the summary's text followed by the full text, and the article is
indexed again from that:
every later unindex, delete or index rebuild then agrees with the index
without knowing about full texts.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.library.compact import pack, unpack, unpack_text
from reader.core.library.models import FullText, FullTextJob, FullTextStatus
from reader.core.library.search.index import reindex, unindex
from reader.core.models import from_epoch

__all__ = ["FullText", "FullTextJob", "FullTextMixin", "FullTextStatus"]


class FullTextMixin(StoreBase):
    # -- the per-feed option ------------------------------------------------

    @_wrapped
    def set_full_text_option(self, source_id: int, on: bool) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._db.execute("UPDATE sources SET full_text = ? WHERE id = ?", (int(on), source_id))

    @_wrapped
    def full_text_option(self, source_id: int) -> bool:
        return bool(self._value("SELECT full_text FROM sources WHERE id = ?", (source_id,)))

    @_wrapped
    def full_text_source_ids(self) -> set[int]:
        return set(self._column("SELECT id FROM sources WHERE full_text = 1"))

    # -- reading ------------------------------------------------------------

    @_wrapped
    def full_text(self, article_id: int) -> FullText | None:
        row = self._named(
            "SELECT article_id, status, html, text, reason, fetched FROM article_fulltext "
            "WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return FullText(
            article_id=row["article_id"],
            status=FullTextStatus(row["status"]),
            html=row["html"],
            text=row["text"],
            reason=row["reason"],
            fetched=from_epoch(row["fetched"]),
        )

    @_wrapped
    def full_text_jobs(self, article_ids: Iterable[int]) -> list[FullTextJob]:
        """The articles among ``article_ids`` that have a web page and no full text yet.

        An article whose full text is there is never fetched again.
        """
        jobs: list[FullTextJob] = []
        for chunk in chunks(list(dict.fromkeys(article_ids))):
            rows = self._db.execute(
                "SELECT a.id, a.url, c.body, f.etag, f.last_modified, f.status, f.reason "
                "FROM articles a JOIN article_content c ON c.id = a.id "
                "LEFT JOIN article_fulltext f ON f.article_id = a.id "
                f"WHERE a.id IN ({marks(len(chunk))}) "
                "AND (a.url LIKE 'http://%' OR a.url LIKE 'https://%') "
                "AND (f.status IS NULL OR f.status <> 'ok') ORDER BY a.id",
                chunk,
            )
            jobs.extend(
                FullTextJob(i, u, unpack_text(b), e, m, None if s is None else FullTextStatus(s), r)
                for i, u, b, e, m, s, r in rows
            )
        return jobs

    @_wrapped
    def full_text_retry_ids(self, source_ids: Iterable[int]) -> list[int]:
        """Articles of these sources whose page could not be reached last time (offline)."""
        ids = list(source_ids)
        if not ids:
            return []
        return self._column(
            "SELECT a.id FROM articles a JOIN article_fulltext f ON f.article_id = a.id "
            f"WHERE f.status = 'offline' AND a.source_id IN ({marks(len(ids))}) ORDER BY a.id",
            ids,
        )

    @_wrapped
    def summary_texts(self, source_id: int, limit: int = 50) -> list[str]:
        """The newest items' texts as the feed sent them, for "are its items short?"."""
        bodies = self._column(
            "SELECT c.body FROM articles a JOIN article_content c ON c.id = a.id "
            "LEFT JOIN article_fulltext f ON f.article_id = a.id "
            "WHERE a.source_id = ? AND (f.status IS NULL OR f.status <> 'ok') "
            "ORDER BY a.sort_time DESC, a.id DESC LIMIT ?",
            (source_id, limit),
        )
        return [unpack_text(body) for body in bodies]

    # -- writing ------------------------------------------------------------

    @_wrapped
    def record_full_text(
        self,
        article_id: int,
        html: str,
        text: str,
        images: Sequence[str] = (),
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> bool:
        """Keep an article's full text beside its summary and index it.

        False when the article is gone, or has its full text already (kept:
        a second one would be appended to the searchable text twice).
        """
        with self.transaction():
            row = self._db.execute(
                "SELECT c.body, f.status FROM articles a "
                "JOIN article_content c ON c.id = a.id "
                "LEFT JOIN article_fulltext f ON f.article_id = a.id WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                return False  # deleted while its page was fetched
            body, status = row
            if status == FullTextStatus.OK.value:
                return False
            unindex(self._db, "a.id = ?", (article_id,))
            summary_html, summary = unpack(body)
            combined = f"{summary.rstrip()}\n\n{text.strip()}".strip()
            self._db.execute(
                "UPDATE article_content SET body = ? WHERE id = ?",
                (pack(summary_html, combined), article_id),
            )
            reindex(self._db, "a.id = ?", (article_id,))
            self._db.execute(
                "INSERT OR REPLACE INTO article_fulltext(article_id, status, html, text, reason, "
                "fetched, etag, last_modified) VALUES (?, 'ok', ?, ?, NULL, ?, ?, ?)",
                (article_id, html, text, int(time.time()), etag, last_modified),
            )
            if images:
                self._db.executemany(
                    "INSERT OR IGNORE INTO images(url) VALUES (?)", ((u,) for u in images)
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?, ?)",
                    ((article_id, u) for u in images),
                )
        return True

    @_wrapped
    def record_full_text_failure(
        self,
        article_id: int,
        status: FullTextStatus,
        reason: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """Why the page gave no article; the summary stays as it is."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO article_fulltext(article_id, status, reason, fetched, etag, "
                "last_modified) SELECT id, ?, ?, ?, ?, ? FROM articles WHERE id = ? "
                "ON CONFLICT(article_id) DO UPDATE SET status = excluded.status, "
                "reason = excluded.reason, fetched = excluded.fetched, "
                "etag = excluded.etag, last_modified = excluded.last_modified "
                "WHERE article_fulltext.status <> 'ok'",
                (status.value, reason, int(time.time()), etag, last_modified, article_id),
            )

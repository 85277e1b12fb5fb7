"""What a refresh keeps about each subscription, and how long its articles stay.

The validators (ETag, Last-Modified) and a server's Retry-After make the
next fetch polite; the last error is shown on the source. Retention deletes
what a source no longer keeps, never starred articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from reader.core.errors import NotFoundError, ReaderError
from reader.core.library.archive import KEPT
from reader.core.library.base import StoreBase, _wrapped
from reader.core.library.images import prune_images
from reader.core.library.search.index import IndexedArticle, unindex
from reader.core.models import FeedState, SourceKind, from_epoch, to_epoch


class FeedStateMixin(StoreBase):
    @_wrapped
    def feed_states(self, source_ids: Iterable[int] | None = None) -> list[FeedState]:
        """Subscriptions to refresh: all of them, or those among ``source_ids``."""
        rows = self._named(
            "SELECT id AS id, name AS name, coalesce(title, name) AS title, "
            "feed_url AS feed_url, site_url AS site_url, username AS username, etag AS etag, "
            "last_modified AS last_modified, retry_after AS retry_after, "
            "retention_days AS retention_days FROM sources "
            "WHERE kind = ? AND feed_url IS NOT NULL "
            "ORDER BY coalesce(title, name) COLLATE NOCASE",
            (SourceKind.FEED.value,),
        ).fetchall()
        wanted = None if source_ids is None else set(source_ids)
        return [
            FeedState(
                source_id=row["id"],
                name=row["name"],
                title=row["title"],
                feed_url=row["feed_url"],
                site_url=row["site_url"],
                username=row["username"],
                etag=row["etag"],
                last_modified=row["last_modified"],
                retry_after=from_epoch(row["retry_after"]),
                retention_days=row["retention_days"],
            )
            for row in rows
            if wanted is None or row["id"] in wanted
        ]

    @_wrapped
    def recent_item_keys(
        self, source_id: int, limit: int = 2000
    ) -> tuple[frozenset[str], frozenset[str]]:
        """(guids, urls) of the source's latest articles.

        A refresh skips cleaning the items it already has: a changed feed of
        100 items usually brings two new ones. The latest ``limit`` are
        enough, since items leave a feed oldest first.
        """
        rows = self._db.execute(
            "SELECT guid, url FROM articles WHERE source_id = ? ORDER BY id DESC LIMIT ?",
            (source_id, limit),
        ).fetchall()
        return (
            frozenset(guid for guid, _ in rows if guid),
            frozenset(url for _, url in rows if url),
        )

    @_wrapped
    def record_feed_fetched(
        self,
        source_id: int,
        *,
        checked: datetime,
        etag: str | None,
        last_modified: str | None,
        feed_title: str | None = None,
        site_url: str | None = None,
    ) -> None:
        """A good fetch (200 or 304): keep its validators, clear the error.

        The feed's own title is used only while the user has not named the source.
        """
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET etag = ?, last_modified = ?, last_checked = ?, "
                "last_error = NULL, retry_after = NULL, title = coalesce(title, ?), "
                "site_url = coalesce(?, site_url) WHERE id = ?",
                (
                    etag,
                    last_modified,
                    to_epoch(checked),
                    (feed_title or "").strip() or None,
                    site_url,
                    source_id,
                ),
            )

    @_wrapped
    def record_feed_failed(
        self,
        source_id: int,
        *,
        checked: datetime,
        error: str,
        retry_after: datetime | None = None,
    ) -> None:
        """Keep the error to show on the source; its articles stay."""
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET last_checked = ?, last_error = ?, retry_after = ? WHERE id = ?",
                (to_epoch(checked), error, to_epoch(retry_after), source_id),
            )

    @_wrapped
    def set_feed_url(self, source_id: int, feed_url: str) -> None:
        """Point a subscription elsewhere (edit, permanent redirect).

        The validators and any wait belonged to the old address, so they go.
        """
        with self.transaction():
            self._require_source(source_id)
            other = self._value(
                "SELECT coalesce(title, name) FROM sources WHERE feed_url = ? AND id <> ?",
                (feed_url, source_id),
            )
            if other is not None:
                raise ReaderError(f"that address is already subscribed, as {other!r}", url=feed_url)
            self._db.execute(
                "UPDATE sources SET feed_url = ?, kind = ?, etag = NULL, "
                "last_modified = NULL, retry_after = NULL WHERE id = ? AND "
                "feed_url IS NOT ?",
                (feed_url, SourceKind.FEED.value, source_id, feed_url),
            )

    @_wrapped
    def set_feed_username(self, source_id: int, username: str | None) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET username = ? WHERE id = ?",
                ((username or "").strip() or None, source_id),
            )

    @_wrapped
    def set_retention(self, source_id: int, days: int | None) -> None:
        """Keep articles ``days`` days (starred ones always); None keeps everything."""
        if days is not None and days < 1:
            raise ReaderError("articles must be kept at least one day")
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET retention_days = ? WHERE id = ?", (days, source_id)
            )

    @_wrapped
    def apply_retention(self, source_id: int, now: datetime) -> int:
        """Delete what the source's retention no longer keeps; returns how many went.

        Age is the article's date (publication, or when it was added), so an
        old item still in the feed is not fetched again and again: the
        refresh skips items older than the same cut-off.
        """
        row = self._named(
            "SELECT retention_days AS days FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no source with id {source_id}")
        if row["days"] is None:
            return 0
        cutoff = int(now.timestamp()) - int(row["days"]) * 86400
        # Starred, tagged or highlighted articles are the user's: never retention's.
        where = f"a.source_id = ? AND a.sort_time < ? AND NOT {KEPT}"
        with self.transaction():
            self._before_delete()  # a refresh's batch may hold new rows back
            unindex(self._db, where, (source_id, cutoff))
            deleted = int(
                self._db.execute(
                    f"DELETE FROM articles WHERE id IN (SELECT a.id FROM articles a WHERE {where})",
                    (source_id, cutoff),
                ).rowcount
            )
            prune_images(self._db)
        return deleted

    @_wrapped
    def stored_elsewhere(
        self, source_id: int, articles: Sequence[IndexedArticle], *, limit: int = 500
    ) -> tuple[int, ...]:
        """The stored articles that ``articles`` (a feed's items, all refused as
        duplicates) already are, when the source has none of its own.

        A feed whose stories were imported or fetched under another source
        showed "No articles here" with no word why; with these ids the window
        says how many are elsewhere and can list them. Asked only when a source
        is empty, so an ordinary refresh of an unchanged feed costs nothing.
        """
        if self._value("SELECT 1 FROM articles WHERE source_id = ? LIMIT 1", (source_id,)):
            return ()
        found: dict[int, None] = {}
        for item in articles[:limit]:
            url = item.article.url or None
            row = self._value(
                "SELECT id FROM articles WHERE (url = ? AND url <> '') OR content_hash = ? LIMIT 1",
                (url, item.content_hash),
            )
            if row is not None:
                found[int(row)] = None
        return tuple(found)

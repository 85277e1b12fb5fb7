"""The offline image cache's tables: what every article's images became, and their bytes.

Bytes are kept once per content (SHA-256), whatever the URLs that lead to
them. Nothing here touches the network: fetching is ``image_fetch``'s.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Any

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.models import CachedImage, ImageState, ImageStatus


def prune_images(db: sqlite3.Connection) -> None:
    """Forget images no article refers to any more, and bytes no image uses.

    Every part of the store that deletes articles calls it in the same
    transaction, so the cache never keeps what no article can show.
    """
    db.execute("DELETE FROM images WHERE url NOT IN (SELECT url FROM article_images)")
    _drop_unused_bytes(db)


def _drop_unused_bytes(db: sqlite3.Connection) -> None:
    db.execute(
        "DELETE FROM image_data WHERE hash NOT IN (SELECT hash FROM images WHERE hash IS NOT NULL)"
    )


class ImagesMixin(StoreBase):
    @_wrapped
    def cached_image(self, url: str) -> CachedImage | None:
        """The cached bytes of an image by its URL; never touches the network."""
        row = self._named(
            "SELECT i.url AS url, d.hash AS hash, d.mime AS mime, d.data AS data "
            "FROM images i JOIN image_data d "
            "ON d.hash = i.hash WHERE i.url = ? AND i.status = ?",
            (url, ImageStatus.CACHED),
        ).fetchone()
        if row is None:
            return None
        return CachedImage(row["url"], row["hash"].hex(), row["mime"], row["data"])

    @_wrapped
    def cached_image_by_hash(self, digest: str) -> CachedImage | None:
        try:
            key = bytes.fromhex(digest)
        except ValueError:
            return None
        row = self._named(
            "SELECT hash AS hash, mime AS mime, data AS data FROM image_data WHERE hash = ?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return CachedImage("", row["hash"].hex(), row["mime"], row["data"])

    @_wrapped
    def image_hashes(self, urls: Iterable[str]) -> dict[str, str]:
        """URL → hex hash of the images among ``urls`` that are cached."""
        found: dict[str, str] = {}
        for chunk in chunks(list(dict.fromkeys(urls))):
            rows = self._db.execute(
                f"SELECT url, hash FROM images WHERE status = ? AND url IN ({marks(len(chunk))})",
                (ImageStatus.CACHED, *chunk),
            )
            found.update((url, digest.hex()) for url, digest in rows)
        return found

    @_wrapped
    def image_states(self, article_id: int) -> list[ImageState]:
        rows = self._db.execute(
            "SELECT i.url, i.status, i.reason FROM article_images a JOIN images i "
            "ON i.url = a.url WHERE a.article_id = ? ORDER BY i.url",
            (article_id,),
        )
        return [ImageState(url, ImageStatus(status), reason) for url, status, reason in rows]

    @_wrapped
    def images_to_fetch(
        self,
        *,
        article_ids: Sequence[int] = (),
        source_ids: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> list[str]:
        """URLs not cached yet of the given articles, sources, or the whole library."""
        statuses = [ImageStatus.PENDING]
        if retry_failed:
            statuses.append(ImageStatus.FAILED)
        clauses = [f"i.status IN ({marks(len(statuses))})"]
        params: list[Any] = [*statuses]
        if article_ids:
            clauses.append(f"a.article_id IN ({marks(len(article_ids))})")
            params.extend(article_ids)
        if source_ids:
            clauses.append(
                "a.article_id IN (SELECT id FROM articles WHERE source_id IN "
                f"({marks(len(source_ids))}))"
            )
            params.extend(source_ids)
        return self._column(
            "SELECT DISTINCT i.url FROM images i JOIN article_images a ON a.url = i.url "
            f"WHERE {' AND '.join(clauses)} ORDER BY a.article_id DESC",
            params,
        )

    @_wrapped
    def store_image(self, url: str, data: bytes, mime: str) -> str:
        """Keep an image's bytes (once per content) and mark the URL cached."""
        digest = hashlib.sha256(data).digest()
        now = int(time.time())
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO image_data(hash, mime, size, data, stored) "
                "VALUES (?, ?, ?, ?, ?)",
                (digest, mime, len(data), data, now),
            )
            self._db.execute(
                "INSERT INTO images(url, status, hash, reason, attempted) "
                "VALUES (?, ?, ?, NULL, ?) ON CONFLICT(url) DO UPDATE SET "
                "status = excluded.status, hash = excluded.hash, reason = NULL, "
                "attempted = excluded.attempted",
                (url, ImageStatus.CACHED, digest, now),
            )
        return digest.hex()

    @_wrapped
    def set_image_status(self, url: str, status: ImageStatus, reason: str | None) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO images(url, status, hash, reason, attempted) "
                "VALUES (?, ?, NULL, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "status = excluded.status, hash = NULL, reason = excluded.reason, "
                "attempted = excluded.attempted",
                (url, status.value, reason, int(time.time())),
            )
            _drop_unused_bytes(self._db)

    @_wrapped
    def image_cache_usage(self) -> tuple[int, int]:
        """(images cached, bytes they take)."""
        images, size = self._db.execute(
            "SELECT count(*), coalesce(sum(size), 0) FROM image_data"
        ).fetchone()
        return int(images), int(size)

    @_wrapped
    def clear_image_cache(self) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE images SET status = ?, hash = NULL, reason = NULL WHERE status <> ?",
                (ImageStatus.PENDING, ImageStatus.PENDING),
            )
            self._db.execute("DELETE FROM image_data")

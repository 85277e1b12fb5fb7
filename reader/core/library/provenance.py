"""Provenance: when and from where each article was captured, and a hash to prove it.

A journalist citing an article must be able to say where it came from and
show it was not altered since: each article added with an :class:`Origin`
gets one row here, with the SHA-256 of its record's bytes as received (see
:mod:`reader.core.dumps.records` and :mod:`reader.core.feeds.raw_items`).
Articles stored before this existed have no row, and are reported as "not
recorded" rather than given a made-up history.
"""

from __future__ import annotations

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.models import Origin, Provenance, from_epoch

PROVENANCE_INSERT = """
    INSERT OR IGNORE INTO provenance(article_id, captured_at, origin_kind, origin, origin_path,
        http_date, etag, sha256)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""


def provenance_row(
    article_id: int, captured_at: int, origin: Origin, sha256: str | None
) -> tuple[object, ...]:
    """The parameters of :data:`PROVENANCE_INSERT` for one new article."""
    return (
        article_id,
        captured_at,
        origin.kind,
        origin.name,
        origin.path,
        origin.http_date,
        origin.etag,
        sha256,
    )


_COLUMNS = "article_id, captured_at, origin_kind, origin, origin_path, http_date, etag, sha256"


def _provenance(row: tuple[object, ...]) -> Provenance:
    article_id, captured, kind, name, path, date, etag, sha256 = row
    captured_at = from_epoch(int(captured))  # type: ignore[call-overload]
    assert captured_at is not None
    return Provenance(
        article_id=int(article_id),  # type: ignore[call-overload]
        captured_at=captured_at,
        origin=Origin(
            kind=str(kind),
            name=str(name),
            path=path if isinstance(path, str) else None,
            http_date=date if isinstance(date, str) else None,
            etag=etag if isinstance(etag, str) else None,
        ),
        sha256=sha256 if isinstance(sha256, str) else None,
    )


class ProvenanceMixin(StoreBase):
    @_wrapped
    def provenance(self, article_id: int) -> Provenance | None:
        """The article's provenance; None when it was not recorded (older articles)."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM provenance WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else _provenance(row)

    @_wrapped
    def provenances(self, ids: list[int]) -> dict[int, Provenance]:
        found: dict[int, Provenance] = {}
        for chunk in chunks(ids):
            for row in self._db.execute(
                f"SELECT {_COLUMNS} FROM provenance WHERE article_id IN ({marks(len(chunk))})",
                chunk,
            ):
                proof = _provenance(row)
                found[proof.article_id] = proof
        return found

    @_wrapped
    def articles_with_hash(self, sha256: str) -> list[int]:
        """Articles captured from exactly these bytes (``verify``)."""
        return [
            int(i)
            for i in self._column(
                "SELECT article_id FROM provenance WHERE sha256 = ? ORDER BY article_id",
                (sha256,),
            )
        ]

    @_wrapped
    def article_with_url(self, url: str) -> int | None:
        """The article stored under this URL, if any (``verify`` names a changed one)."""
        if not url:
            return None
        # "url <> ''" lets SQLite use the partial index articles_by_url (a scan otherwise).
        found = self._value("SELECT id FROM articles WHERE url = ? AND url <> ''", (url,))
        return None if found is None else int(found)

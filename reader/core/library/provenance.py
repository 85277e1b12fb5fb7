"""Provenance: when and from where each article was captured, and a hash to prove it.

A journalist citing an article must be able to say where it came from and
show it was not altered since: each article added with an :class:`Origin`
gets one row here, with the SHA-256 of its record's bytes as received (see
:mod:`reader.core.dumps.records` and :mod:`reader.core.feeds.raw_items`).
Articles stored before this existed have no row, and are reported as "not
recorded" rather than given a made-up history.

A sync account's item (:attr:`Origin.kind` ``account``) is kept without a
schema change: the table's CHECK (schema 4) allows only 'file' and 'feed',
and SQLite cannot alter a CHECK without rebuilding the table. So it is a
'feed' row (it *was* fetched over HTTP) whose ``origin`` is the account's
API URL and whose ``origin_path``, unused by feed rows, holds a small JSON
object: ``{"account": NAME, "stream": "feed/12", "item": ID}``. A later
schema may give these their own kind and columns; reading maps them back.
"""

from __future__ import annotations

import json
from dataclasses import replace

from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.models import Origin, PageCapture, Provenance, from_epoch

PROVENANCE_INSERT = """
    INSERT OR IGNORE INTO provenance(article_id, captured_at, origin_kind, origin, origin_path,
        http_date, etag, sha256)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""


def provenance_row(
    article_id: int, captured_at: int, origin: Origin, sha256: str | None
) -> tuple[object, ...]:
    """The parameters of :data:`PROVENANCE_INSERT` for one new article."""
    kind, path = origin.kind, origin.path
    if kind == "account":
        kind = "feed"
        path = json.dumps(
            {"account": origin.account, "stream": origin.stream_id, "item": origin.item_id},
            ensure_ascii=False,
        )
    return (article_id, captured_at, kind, origin.name, path, origin.http_date, origin.etag, sha256)


def _account_origin(name: str, path: str, date: object, etag: object) -> Origin | None:
    """An account item's origin stored as a 'feed' row (see the module's docstring)."""
    try:
        fields = json.loads(path)
    except ValueError:
        return None
    if not isinstance(fields, dict) or "account" not in fields:
        return None
    return Origin(
        kind="account",
        name=name,
        http_date=date if isinstance(date, str) else None,
        etag=etag if isinstance(etag, str) else None,
        account=_str(fields.get("account")),
        stream_id=_str(fields.get("stream")),
        item_id=_str(fields.get("item")),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


_COLUMNS = "article_id, captured_at, origin_kind, origin, origin_path, http_date, etag, sha256"


def _provenance(row: tuple[object, ...]) -> Provenance:
    article_id, captured, kind, name, path, date, etag, sha256 = row
    captured_at = from_epoch(int(captured))  # type: ignore[call-overload]
    assert captured_at is not None
    origin = None
    if kind == "feed" and isinstance(path, str) and path.startswith("{"):
        origin = _account_origin(str(name), path, date, etag)
    if origin is None:
        origin = Origin(
            kind=str(kind),
            name=str(name),
            path=path if isinstance(path, str) else None,
            http_date=date if isinstance(date, str) else None,
            etag=etag if isinstance(etag, str) else None,
        )
    return Provenance(
        article_id=int(article_id),  # type: ignore[call-overload]
        captured_at=captured_at,
        origin=origin,
        sha256=sha256 if isinstance(sha256, str) else None,
    )


class ProvenanceMixin(StoreBase):
    @_wrapped
    def provenance(self, article_id: int) -> Provenance | None:
        """The article's provenance; None when it was not recorded (older articles)."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM provenance WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        proof = _provenance(row)
        page = self._page_capture(article_id)
        return proof if page is None else replace(proof, page=page)

    def _page_capture(self, article_id: int) -> PageCapture | None:
        """The newest capture of the article's page (issue 28), and which text is shown."""
        row = self._db.execute(
            "SELECT url, requested_url, fetched, status, http_date, payload_sha256, "
            "warc IS NOT NULL, (SELECT status FROM article_fulltext WHERE article_id = ?) "
            "FROM captures WHERE article_id = ? AND kind = 'page' ORDER BY id DESC LIMIT 1",
            (article_id, article_id),
        ).fetchone()
        if row is None:
            return None
        url, requested, fetched, status, date, sha256, kept, full = row
        return PageCapture(
            url,
            requested,
            fetched,
            status,
            date,
            sha256,
            bool(kept),
            "page" if full == "ok" else "feed",
        )

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

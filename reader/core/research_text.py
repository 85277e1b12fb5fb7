"""The research desk's plain outputs, shared by the command line and the window.

Markdown of highlights and notes, the ``provenance`` object of ``show
--format json``, and what ``verify`` finds for each record of a dump: kept
in the core (no Qt), so the window's "Export Notes as Markdown…" writes
exactly what ``offline-reader notes --markdown`` prints.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.models import Article, Highlight, Provenance, iso_utc

if TYPE_CHECKING:
    from reader.core.library import Store

__all__ = ["RecordCheck", "notes_markdown", "provenance_json", "verify_file"]


def provenance_json(proof: Provenance | None) -> dict[str, object]:
    """The ``provenance`` object: ``recorded: false`` for articles from before it was kept."""
    if proof is None:
        return {"recorded": False, "captured_at": None, "origin": None, "sha256": None}
    origin = proof.origin
    record: dict[str, object] = {
        "recorded": True,
        "captured_at": iso_utc(proof.captured_at),
        "origin": origin.name,
        "origin_kind": origin.kind,
        "sha256": proof.sha256,
    }
    if origin.kind == "file":
        record["path"] = origin.path
    elif origin.kind == "account":  # a sync account's item: origin is its API URL
        record["account"] = origin.account
        record["stream_id"] = origin.stream_id
        record["item_id"] = origin.item_id
    else:
        record["http_date"] = origin.http_date
        record["etag"] = origin.etag
    page = proof.page
    if page is not None:  # the article's own web page, as fetched (issue 28)
        record["page"] = {
            "url": page.url,
            "requested_url": page.requested_url,
            "fetched_at": page.fetched,
            "http_status": page.status,
            "http_date": page.http_date,
            "sha256": page.sha256,
            "warc_payload_digest": f"sha256:{page.sha256}",
            "raw_capture_kept": page.raw_kept,
        }
        record["text_shown"] = (
            "full article from the page" if page.text_shown == "page" else ("the feed's own text")
        )
    return record


def notes_markdown(items: Sequence[tuple[Article, Sequence[Highlight]]]) -> str:
    """Every highlight and note of the articles, as Markdown a story draft can take."""
    lines = ["# Highlights and notes", ""]
    for article, highlights in items:
        lines.append(f"## {_escape(article.title)}")
        lines.append("")
        meta = [article.source_title]
        if article.published is not None:
            meta.append((iso_utc(article.published) or "")[:10])
        if article.url:
            meta.append(f"<{article.url}>")
        lines.append(" · ".join(meta))
        lines.append("")
        for highlight in highlights:
            lines.extend(f"> {line}" for line in highlight.quote.splitlines() or [""])
            lines.append("")
            if highlight.note:
                lines.append(highlight.note)
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _escape(text: str) -> str:
    return text.replace("#", "\\#")


@dataclass(frozen=True, slots=True)
class RecordCheck:
    """One record of a dump, and whether the library holds it unchanged."""

    path: str
    record: int  # 1-based
    records: int
    title: str
    sha256: str | None
    unchanged_in: tuple[int, ...]  # articles captured from exactly these bytes
    changed_in: int | None  # else: the article under the same URL, captured from other bytes

    @property
    def ok(self) -> bool:
        return bool(self.unchanged_in)


def verify_file(store: Store, path: str) -> list[RecordCheck]:
    """Hash each record of the dump (or item of a saved feed) at ``path`` and look it up.

    Raises :class:`ReaderError` (with the path) when the file cannot be read
    or is no dump.
    """
    from reader.core.capture.verify import is_web_archive, web_archive_checks

    if is_web_archive(path):  # a WARC or WACZ: its captures, record by record (issue 28)
        return web_archive_checks(store, path)
    from reader.core.content.cleaning import strip_tracking_params
    from reader.core.dumps.parser import read_dump
    from reader.core.dumps.records import record_hashes
    from reader.core.errors import ReaderError

    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    entries: list[tuple[str, str, str | None]] = []  # (title, url, sha256)
    if os.path.splitext(path)[1].lower() in (".xml", ".rss", ".atom", ".json", ".rdf"):
        from reader.core.feeds.parse import parse_feed
        from reader.core.feeds.raw_items import item_hashes

        try:
            feed = parse_feed(data)
        except ReaderError as exc:
            raise ReaderError(f"{path}: {exc}") from exc
        hashes = item_hashes(data, len(feed.items))
        entries = [(i.title, i.link, h) for i, h in zip(feed.items, hashes, strict=True)]
    else:
        try:
            records = read_dump(data).records
        except ReaderError as exc:
            raise ReaderError(f"{path}: {exc}") from exc
        hashes = record_hashes(data, len(records))
        entries = [(r.title, r.url, h) for r, h in zip(records, hashes, strict=True)]
    checks = []
    for number, (title, url, sha256) in enumerate(entries, start=1):
        same = tuple(store.articles_with_hash(sha256)) if sha256 else ()
        other = None
        if not same and url:
            other = store.article_with_url(strip_tracking_params(url))
        checks.append(RecordCheck(path, number, len(entries), title, sha256, same, other))
    return checks

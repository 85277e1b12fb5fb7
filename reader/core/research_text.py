"""The research desk's plain outputs, shared by the command line and the window.

Markdown of highlights and notes, the ``provenance`` object of ``show
--format json``, and what ``verify`` finds for each record of a dump: kept
in the core (no Qt), so the window's "Export Notes as Markdown…" writes
exactly what ``offline-reader notes --markdown`` prints.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.models import Article, Highlight, Provenance, RecordCheck, iso_utc

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
    """Every highlight and note of the articles, as Markdown a story draft can take.

    Every word in it came from a feed, a page or the user, and most Markdown
    viewers render HTML and fetch images: a title ``<img src=…>`` or a quote
    ``![pixel](http://tracker/…)`` would be live there. So all such text is
    escaped (:func:`markdown_text`); the only link written is the article's
    own address, and only when it is http(s).
    """
    lines = ["# Highlights and notes", ""]
    for article, highlights in items:
        lines.append(f"## {markdown_text(_one_line(article.title))}")
        lines.append("")
        meta = [markdown_text(_one_line(article.source_title))]
        if article.published is not None:
            meta.append((iso_utc(article.published) or "")[:10])
        link = markdown_link(article.url)
        if link:
            meta.append(link)
        lines.append(" · ".join(meta))
        lines.append("")
        for highlight in highlights:
            lines.extend(
                f"> {markdown_text(line)}" for line in highlight.quote.splitlines() or [""]
            )
            lines.append("")
            if highlight.note:
                lines.extend(markdown_text(line) for line in highlight.note.splitlines())
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


#: Characters that start Markdown or HTML syntax anywhere in a line (links,
#: images, emphasis, code, raw HTML, entities, tables, strikethrough).
_MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]<>&!#|~])")
#: What starts a block at the beginning of a line: a list, a numbered item, a rule.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")
#: Bare addresses that GitHub-flavoured viewers make into links by themselves.
_BARE_LINK = re.compile(r"(?i)(?<=[a-z0-9])(://)|\b(www)(\.)")


def markdown_text(text: str) -> str:
    """``text`` shown as itself in Markdown: no link, image, HTML or formatting can start.

    Backslash escapes (every ASCII punctuation may be escaped in CommonMark)
    rather than entities, so the text stays readable in a plain editor.
    """
    text = _MARKDOWN_INLINE.sub(r"\\\1", text.replace("\t", " "))
    text = _BARE_LINK.sub(lambda m: "\\://" if m.group(1) else f"{m.group(2)}\\.", text)
    return _MARKDOWN_LINE_START.sub(
        lambda m: (
            m.group(1) + ("\\" + m.group(2) if not m.group(2).isdigit() else m.group(2) + "\\")
        ),
        text,
    )


def markdown_link(url: str | None) -> str:
    """The article's address as a Markdown link: only http(s), only a well-formed one."""
    if not url or not _SAFE_URL.match(url):
        return ""
    return f"<{url}>"


_SAFE_URL = re.compile(r"(?i)^https?://[^\s<>\\`\x00-\x1f\x7f]+$")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def verify_file(store: Store, path: str) -> list[RecordCheck]:
    """Hash each record of the dump (or item of a saved feed) at ``path`` and look it up.

    Raises :class:`ReaderError` (with the path) when the file cannot be read
    or is no dump; :class:`~reader.core.dumps.opening.FileRefused` when it is
    no regular file or too large, before anything is read.
    """
    from reader.core.capture.verify import is_web_archive, web_archive_checks

    if is_web_archive(path):  # a WARC or WACZ: its captures, record by record (issue 28)
        return web_archive_checks(store, path)
    from reader.core.content.cleaning import strip_tracking_params
    from reader.core.dumps.files import FEED_FILE_SUFFIXES, MAX_FEED_FILE_BYTES
    from reader.core.dumps.opening import read_checked
    from reader.core.dumps.parser import MAX_FILE_BYTES, read_dump, too_large_message
    from reader.core.dumps.records import record_hashes
    from reader.core.errors import ReaderError

    is_feed = os.path.splitext(path)[1].lower() in FEED_FILE_SUFFIXES
    # The same refusals as import, before a byte is read: a link to a device,
    # a named pipe, a folder, a file larger than any dump or saved feed.
    read = (
        read_checked(path, MAX_FEED_FILE_BYTES, "the file is too large to be a feed")
        if is_feed
        else read_checked(path, MAX_FILE_BYTES, too_large_message())
    )
    data = read.data
    entries: list[tuple[str, str, str | None]] = []  # (title, url, sha256)
    if is_feed:
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
        # One record is the whole file: its hash was taken while reading.
        hashes = [read.sha256] if len(records) == 1 else record_hashes(data, len(records))
        entries = [(r.title, r.url, h) for r, h in zip(records, hashes, strict=True)]
    checks = []
    for number, (title, url, sha256) in enumerate(entries, start=1):
        same = tuple(store.articles_with_hash(sha256)) if sha256 else ()
        other = None
        if not same and url:
            other = store.article_with_url(strip_tracking_params(url))
        checks.append(RecordCheck(path, number, len(entries), title, sha256, same, other))
    return checks

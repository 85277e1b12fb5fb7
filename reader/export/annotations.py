"""What a research desk adds to an exported article: highlights, notes and provenance.

The highlights are painted on the laid-out document where their quotes are
found again (by quote and context, as in the window), the notes follow the
article in a section of their own, and a small block at the very end says
when and from where the article was captured, with its SHA-256, so a printed
or filed PDF can be checked against the source (``offline-reader verify``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from reader.core.content.anchors import TextQuote, locate
from reader.core.library import Store
from reader.core.models import Article, Highlight, PageCapture, Provenance, iso_utc

#: Highlight colours, light enough for black text on paper and on screen.
COLOURS = {"yellow": "#fff176", "green": "#b9f6ca", "pink": "#f8bbd0"}

#: How much of the provenance a PDF carries: none, the source file's name
#: only (the default: a local path can name a journalist's source), or its
#: full path. Feeds and sync accounts are named by their address in both.
PROVENANCE_CHOICES = ("none", "name", "full")


def tr(text: str) -> str:
    return QCoreApplication.translate("annotations", text)


@dataclass(slots=True)
class ArticleExtras:
    highlights: list[Highlight] = field(default_factory=list)
    provenance: Provenance | None = None
    #: One of :data:`PROVENANCE_CHOICES`.
    provenance_detail: str = "full"


class LibraryExtras:
    """Reads each article's extras from the library, in the exporting thread."""

    def __init__(
        self, store_path: str | Path, *, with_notes: bool, provenance: str = "name"
    ) -> None:
        if provenance not in PROVENANCE_CHOICES:
            raise ValueError(f"provenance must be one of {PROVENANCE_CHOICES}: {provenance!r}")
        self._path = store_path
        self._with_notes = with_notes
        self._detail = provenance
        self._store: Store | None = None

    def __call__(self, article: Article) -> ArticleExtras:
        if self._store is None:
            self._store = Store.open(self._path)
        highlights = self._store.highlights(article.id) if self._with_notes else []
        proof = self._store.provenance(article.id) if self._detail != "none" else None
        return ArticleExtras(highlights, proof, self._detail)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def paint_highlights(document: QTextDocument, highlights: list[Highlight]) -> int:
    """Give each highlight's text its colour; returns how many were found."""
    raw = document.toRawText()
    found = 0
    for item in highlights:
        span = locate(raw, TextQuote(item.quote, item.prefix, item.suffix, item.position))
        if span is None:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        marked = QTextCharFormat()
        marked.setBackground(QColor(COLOURS.get(item.colour, COLOURS["yellow"])))
        cursor.mergeCharFormat(marked)
        found += 1
    return found


def annotate(document: QTextDocument, extras: ArticleExtras) -> None:
    """Highlights in the text, the notes after it, then the provenance block."""
    paint_highlights(document, extras.highlights)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    plain = QTextCharFormat()
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    if extras.highlights:
        _block(cursor, tr("Highlights and notes"), bold, top=18)
        for item in extras.highlights:
            quoted = QTextCharFormat()
            quoted.setBackground(QColor(COLOURS.get(item.colour, COLOURS["yellow"])))
            _block(cursor, f"“{item.quote}”", quoted, top=6)
            if item.note:
                _block(cursor, item.note, plain, top=2)
    if extras.provenance_detail == "none":
        return
    small = QTextCharFormat()
    small.setFontPointSize(8)
    small.setForeground(QColor("#555555"))
    _block(cursor, tr("Provenance"), _bolder(small), top=18)
    full = extras.provenance_detail == "full"
    for line in provenance_lines(extras.provenance, full_path=full):
        _block(cursor, line, small, top=0)


def provenance_lines(proof: Provenance | None, *, full_path: bool = True) -> list[str]:
    """The provenance block's lines, as the window's Info panel shows them too.

    ``full_path`` False leaves out where the source file was on this
    computer (its name stays): what a PDF meant for others carries by default.
    """
    if proof is None:
        return [tr("Not recorded (captured before this library kept provenance).")]
    origin = proof.origin
    lines = [tr("Captured: {when}").format(when=iso_utc(proof.captured_at))]
    if origin.kind == "file":
        lines.append(tr("From the file: {name}").format(name=origin.name))
        if origin.path and full_path:
            lines.append(tr("At: {path}").format(path=origin.path))
    elif origin.kind == "account":
        lines.append(
            tr("From the sync account: {name} ({url})").format(
                name=origin.account or "?", url=origin.name
            )
        )
        lines.append(
            tr("Subscription: {stream}; item: {item}").format(
                stream=origin.stream_id or "?", item=origin.item_id or "?"
            )
        )
    else:
        lines.append(tr("From the feed: {url}").format(url=origin.name))
        if origin.http_date:
            lines.append(tr("Server date: {date}").format(date=origin.http_date))
        if origin.etag:
            lines.append(tr("ETag: {etag}").format(etag=origin.etag))
    lines.append(
        tr("SHA-256 of the record as received: {hash}").format(hash=proof.sha256)
        if proof.sha256
        else tr("SHA-256: not recorded (the record's bytes could not be told apart)")
    )
    if proof.page is not None:
        lines.extend(page_lines(proof.page))
    return lines


def page_lines(page: PageCapture) -> list[str]:
    """The article's own page as fetched (issue 28), and which text is shown."""
    lines = [
        tr("Web page: {url}").format(url=page.url),
        tr("Fetched: {when}; HTTP {status}; server date: {date}").format(
            when=page.fetched, status=page.status, date=page.http_date or tr("none")
        ),
        tr("SHA-256 of the page as received (WARC-Payload-Digest): {hash}").format(
            hash=page.sha256
        ),
    ]
    if page.requested_url != page.url:
        lines.append(tr("Asked for: {url} (redirected)").format(url=page.requested_url))
    lines.append(
        tr("Text shown: the full article from this page")
        if page.text_shown == "page"
        else tr("Text shown: the feed's own text")
    )
    return lines


def _bolder(base: QTextCharFormat) -> QTextCharFormat:
    bold = QTextCharFormat(base)
    bold.setFontWeight(QFont.Weight.Bold)
    return bold


def _block(cursor: QTextCursor, text: str, char: QTextCharFormat, *, top: float) -> None:
    block = QTextBlockFormat()
    block.setTopMargin(top)
    cursor.insertBlock(block, char)
    cursor.insertText(text, char)

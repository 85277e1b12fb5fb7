"""A PDF's metadata: title, author, dates, and the XMP packet viewers and archives read."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from reader import APP_DISPLAY_NAME, __version__
from reader.core.models import Article

PRODUCER = f"{APP_DISPLAY_NAME} {__version__}"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PdfExport", text, disambiguation, n)


def pdf_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def document_title(articles: Sequence[Article], title: str | None) -> str:
    if title:
        return title
    if len(articles) == 1:
        return articles[0].title
    return tr("%n articles", "PDF title", len(articles))


def document_author(articles: Sequence[Article]) -> str:
    """The articles' authors where known, else their sources; short enough for a viewer."""
    names = list(dict.fromkeys(a.author.strip() for a in articles if a.author and a.author.strip()))
    if not names:
        names = list(dict.fromkeys(a.source_title for a in articles))
    text = "; ".join(names[:10])
    return text + ("; …" if len(names) > 10 else "")


def xmp(title: str, author: str, created: datetime) -> bytes:
    esc = html.escape
    stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(title)}</rdf:li></rdf:Alt>'
        f"</dc:title><dc:creator><rdf:Seq><rdf:li>{esc(author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<pdf:Producer>{esc(PRODUCER)}</pdf:Producer>"
        f"<xmp:CreatorTool>{esc(PRODUCER)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()

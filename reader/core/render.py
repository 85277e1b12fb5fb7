"""The article as the reader shows it: header plus cleaned body.

One function builds the HTML that the article view, ``offline-reader show``
and the PDF export all use, so what a journalist reads, scripts and prints is
the same document.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import unquote

from reader.core.images import point_at_cache
from reader.core.models import Article


def text_direction(text: str) -> str:
    """``rtl`` when the first strongly directional character is Arabic/Hebrew."""
    for char in text[:2000]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def display_url(url: str) -> str:
    """The URL as people read it: ``/cn/国际/…`` rather than ``/cn/%E5%9B%BD…``.

    Decoding stays off when it would reveal characters that can disguise a
    link (spaces, controls, bidi overrides, invisible format characters).
    """
    if "%" not in url:
        return url
    try:
        decoded = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    for char in decoded:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"):
            return url
    return decoded


def format_date(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def article_html(article: Article, image_refs: Mapping[str, str] | None = None) -> str:
    """A complete, safe HTML document: escaped header, already-sanitized body.

    ``image_refs`` maps image URLs to the hashes of their cached copies: those
    images are then referenced as ``cached-image:<hash>``, which the program
    resolves from its cache, so nothing points at the network for them.
    """
    body = point_at_cache(article.html, image_refs or {})
    direction = text_direction(article.title + "\n" + article.text)
    meta = [html.escape(article.source_title)]
    if article.author:
        meta.append(html.escape(article.author))
    if article.published:
        meta.append(html.escape(format_date(article.published)))
    link = ""
    if article.url.startswith(("http://", "https://")):
        url = html.escape(article.url, quote=True)
        shown = html.escape(display_url(article.url))
        link = f'<p class="link"><a href="{url}">{shown}</a></p>'
    return (
        "<!DOCTYPE html>\n"
        f'<html><head><meta charset="utf-8"><title>{html.escape(article.title)}</title></head>'
        f'<body><div class="header" dir="{direction}">'
        f'<h1 class="title">{html.escape(article.title)}</h1>'
        f'<p class="meta">{" · ".join(meta)}</p>{link}</div>'
        f'<hr><div class="body" dir="{direction}">{body}</div></body></html>'
    )


def article_text(article: Article) -> str:
    """Plain text: header lines, a blank line, then every paragraph."""
    lines = [article.title, article.source_title]
    if article.author:
        lines.append(article.author)
    if article.published:
        lines.append(format_date(article.published))
    if article.url:
        lines.append(article.url)
    return "\n".join(lines) + "\n\n" + article.text.strip() + "\n"

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

from lxml import etree

from reader.core.content.htmltree import parse_body, serialize_children
from reader.core.content.picture_refs import point_at_cache
from reader.core.content.pictures import is_shown_picture
from reader.core.models import Article

#: HTML5 blocks that Qt's rich text does not know: it runs them into the text
#: around them ("<section>A</section><section>B</section>" shows "AB").
_NEW_BLOCKS = (
    "figure", "figcaption", "section", "article", "header", "footer", "aside",
    "details", "summary", "main", "nav", "address", "hgroup",
)  # fmt: skip
#: What Qt lays out as blocks.
_QT_BLOCKS = frozenset(
    {
        "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "hr", "center",
    }
)  # fmt: skip


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


def rich_text_markup(body: str) -> str:
    """The body as Qt's rich text must get it to show the blocks a browser shows.

    Qt puts inline content that follows a block into that block, so
    ``<div>Photo: AFP</div>The minister said`` reads "Photo: AFPThe minister
    said", and an image after a paragraph ends up on its last line; such runs
    get a ``div`` of their own.  HTML5 blocks Qt does not know become ``div``
    with their name as class, so a style sheet can still tell a caption.
    The words, their order and the plain text are unchanged.

    A picture that names anything but a web address or a cache reference
    (a path, a ``\\\\host\\share``, a relative address, as articles stored by
    older versions may) loses its ``src``: Qt would read it as a file.  It then
    shows its description, as a picture missing from the cache does.
    """
    data = body.encode("utf-8")
    root = parse_body(data) if body.strip() else None
    if root is None:
        return html.escape(body, quote=False) if "<img" in body.lower() else body
    for picture in root.iter("img", "image"):
        src = picture.get("src")
        if src is not None and not is_shown_picture(src):
            del picture.attrib["src"]
    for element in root.iter(*_NEW_BLOCKS):
        element.set("class", str(element.tag))
        element.tag = "div"
    for element in list(root.iter()):
        children = list(element)
        for position, child in enumerate(children):
            if child.tag not in _QT_BLOCKS:
                continue
            run: list[etree._Element] = []
            for sibling in children[position + 1 :]:
                if sibling.tag in _QT_BLOCKS:
                    break
                run.append(sibling)
            if not run and (child.tail is None or child.tail.isspace()):
                continue
            wrapper = etree.Element("div")
            wrapper.text, child.tail = child.tail, None
            child.addnext(wrapper)
            wrapper.extend(run)
    return serialize_children(root)


def article_html(article: Article, image_refs: Mapping[str, str] | None = None) -> str:
    """A complete, safe HTML document: escaped header, already-sanitized body.

    ``image_refs`` maps image URLs to the hashes of their cached copies: those
    images are then referenced as ``cached-image:<hash>``, which the program
    resolves from its cache, so nothing points at the network for them.
    """
    body = rich_text_markup(point_at_cache(article.html, image_refs or {}))
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

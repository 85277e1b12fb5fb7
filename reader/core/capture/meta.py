"""A saved page's title, author and date, from what the page says about itself.

In the order publishers fill them in: schema.org JSON-LD (news sites), then
Open Graph and ``article:*`` meta tags (most CMSes), then plain ``<meta
name=author>``, ``<time datetime>`` and ``<title>``. Never raises: a page
that says nothing keeps the link's own title.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lxml import html as lxml_html

from reader.core.fulltext.extract import decode_page

__all__ = ["PageMeta", "page_meta"]

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    published: datetime | None = None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip()
    return text[:500] or None


def _date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def _ld_items(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                items.append(item)
    return items


def _ld_author(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_author(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def page_meta(body: bytes, content_type: str | None = None) -> PageMeta:
    """What the page says its title, author and date are; empty fields when it says nothing."""
    tree: Any
    try:
        tree = lxml_html.fromstring(decode_page(body, content_type))
    except Exception:  # a page that is not HTML at all
        return PageMeta()
    title = author = None
    published = None
    for item in _ld_items(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
            continue
        title = title or _clean(item.get("headline"))
        author = author or _ld_author(item.get("author"))
        published = published or _date(item.get("datePublished"))

    def meta(*names: str) -> str | None:
        for name in names:
            for attr in ("property", "name", "itemprop"):
                found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
                if found and (value := _clean(str(found[0]))):
                    return value
        return None

    title = title or meta("og:title", "twitter:title")
    author = author or meta("author", "article:author", "byl", "dc.creator")
    if author and author.startswith(("http://", "https://")):
        author = None  # article:author is often a profile URL
    published = published or _date(
        meta("article:published_time", "datePublished", "date", "dc.date", "pubdate")
    )
    if published is None:
        times = tree.xpath("//time/@datetime")
        published = _date(str(times[0])) if times else None
    if not title:
        found = tree.xpath("//title")
        title = _clean(found[0].text_content()) if found else None
    return PageMeta(title, author, published)

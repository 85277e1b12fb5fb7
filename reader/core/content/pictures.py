"""The last word on what a picture in an article may point at.

The cleaning stages vet every ``<img>`` they see, but nh3 parses the markup
again, as an HTML5 parser, and may build a picture that libxml2 did not see
as one (``<image>`` was such a case).  What a picture names is then opened
by whoever shows it: Qt reads any ``src`` it gets no image for as a file
name, and a ``\\\\host\\share`` name makes Windows connect to that host with
the user's credentials.  So the sanitized markup is checked once more,
against the article's picture list, and the markup handed to Qt is checked
again at display, for articles stored by older versions.
"""

from __future__ import annotations

import html
import re
from collections.abc import Container
from typing import Final

from reader.core.content.picture_refs import parse_cache_reference

# An <img> tag as html5ever serializes it (nh3's output): every attribute
# value in double quotes, a double quote inside written as &quot;.
_IMG_TAG_RE: Final = re.compile(r'<img((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>', re.IGNORECASE)
_ATTRIBUTE_RE: Final = re.compile(r'\s+([^\s"\'>/=]+)(?:="([^"]*)")?')
#: A web address with a host, and no backslash (which a URL parser reads as a
#: slash, and Windows as a path); controls are refused apart.
_WEB_URL_RE: Final = re.compile(r"https?://[^\s/?#\\]+(?:[/?#][^\\]*)?")


def is_web_picture(src: str) -> bool:
    """An absolute ``http``/``https`` address, written as the cleaning writes one."""
    return src.isprintable() and _WEB_URL_RE.fullmatch(src) is not None


def is_shown_picture(src: str) -> bool:
    """What the view and the PDF may ask the cache for: a web address or a cache reference."""
    return is_web_picture(src) or parse_cache_reference(src) is not None


def keep_listed_pictures(markup: str, listed: Container[str]) -> str:
    """Sanitized markup where each picture's ``src`` is on ``listed``; others become their alt text.

    As the cleaning does with a picture it cannot fetch: the words stay, the
    picture goes.
    """
    if "<img" not in markup:
        return markup

    def vet(match: re.Match[str]) -> str:
        attributes = {
            name.lower(): html.unescape(value or "")
            for name, value in _ATTRIBUTE_RE.findall(match.group(1))
        }
        src = attributes.get("src")
        if src is not None and src in listed and is_web_picture(src):
            return match.group(0)
        return html.escape(attributes.get("alt", "").strip(), quote=False)

    return _IMG_TAG_RE.sub(vet, markup)

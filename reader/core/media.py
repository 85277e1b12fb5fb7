"""Images and media in an article: which picture to keep, and what stands for a player.

Pages point at their pictures in many ways (``src``, lazy-loading
attributes); counting pixels hide among them.  Every kept image gets one
absolute ``src`` that the image cache can fetch before the reader goes
offline, because nothing is fetched when an article is opened.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from reader.core.cleaning_rules import Rules, strip_tracking_params
from reader.core.htmltree import remove_recorded
from reader.core.urls import WEB_SCHEMES, Base, Parts, resolve, uri_escape

_LAZY_SRC_ATTRS: Final = ("data-src", "data-original", "data-lazy-src")
_DIMENSION_RE: Final = re.compile(r"\s*(\d+)(?:\.\d*)?\s*(?:px)?\s*$", re.IGNORECASE)
_STYLE_HIDDEN_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_SIZE_RE: Final = re.compile(
    r"(?:^|[;\s])(width|height)\s*:\s*(\d+)(?:\.\d*)?px", re.IGNORECASE
)


def _dimension(value: str | None) -> int | None:
    if value is None:
        return None
    match = _DIMENSION_RE.match(value)
    return int(match.group(1)) if match else None


def _is_invisible(img: etree._Element) -> bool:
    """Counting pixels give themselves away by their size or by being hidden."""
    if img.get("hidden") is not None:
        return True
    width = _dimension(img.get("width"))
    height = _dimension(img.get("height"))
    style = img.get("style")
    if style:
        if _STYLE_HIDDEN_RE.search(style):
            return True
        for name, value in _STYLE_SIZE_RE.findall(style):
            if name.lower() == "width":
                width = int(value)
            else:
                height = int(value)
    if width is None:
        return height is not None and height <= 1
    if height is None:
        return width <= 1
    return width == 0 or height == 0 or (width <= 1 and height <= 1)


def _image_url(img: etree._Element, base: Base | None) -> tuple[str, Parts] | None:
    for name in ("src", *_LAZY_SRC_ATTRS):
        value = img.get(name)
        if not value:
            continue
        resolved = resolve(value, base)
        if resolved is not None and resolved[1][0] in WEB_SCHEMES and resolved[1][1]:
            return resolved
    return None


def process_images(
    body: etree._Element,
    base: Base | None,
    rules: Rules,
    removed: list[etree._Element],
) -> list[str]:
    images: list[str] = []
    for img in list(body.iter("img")):
        if _is_invisible(img):
            remove_recorded(img, removed)
            continue
        resolved = _image_url(img, base)
        if resolved is None:
            # Unfetchable, or aimed at the disk or at code: keep what it meant.
            remove_recorded(img, removed, (img.get("alt") or "").strip())
            continue
        url, parts = resolved
        if rules.trackers.matches(parts):
            remove_recorded(img, removed)
            continue
        url = uri_escape(strip_tracking_params(url))
        if url != img.get("src"):
            img.set("src", url)
        images.append(url)
    return list(dict.fromkeys(images))

"""How an article's markup points at the offline picture cache.

The content layer is the lowest of the core: rendering an article
(:mod:`reader.core.content.render`) needs to point its pictures at the cache,
but must not import the cache's package, which sits above it (it fetches and
checks picture bytes). The markup side of the cache is therefore here, and
:mod:`reader.core.images.cache` re-exports it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping

__all__ = [
    "CACHE_SCHEME",
    "cache_reference",
    "image_sources",
    "parse_cache_reference",
    "point_at_cache",
    "rewrite_image_sources",
]

#: Image references the program resolves itself, from the cache (``show``,
#: the article view and the PDF export all understand them).
CACHE_SCHEME = "cached-image"

_IMG_SRC = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]*)(")', re.IGNORECASE)


def cache_reference(digest: str) -> str:
    return f"{CACHE_SCHEME}:{digest}"


def parse_cache_reference(url: str) -> str | None:
    """The hash in a ``cached-image:<sha256>`` reference, or None."""
    prefix = CACHE_SCHEME + ":"
    if not url.startswith(prefix):
        return None
    digest = url[len(prefix) :]
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return None
    return digest


def image_sources(article_html: str) -> list[str]:
    """The image URLs of sanitized article HTML, in order."""
    return list(dict.fromkeys(html.unescape(m.group(2)) for m in _IMG_SRC.finditer(article_html)))


def rewrite_image_sources(article_html: str, replace: Callable[[str], str | None]) -> str:
    """Point ``<img src>`` elsewhere (a cache reference); None keeps the source.

    The HTML is the sanitizer's output, whose attributes are always
    double-quoted and escaped, so a pattern is exact here.
    """

    def swap(match: re.Match[str]) -> str:
        new = replace(html.unescape(match.group(2)))
        if new is None:
            return match.group(0)
        return match.group(1) + html.escape(new, quote=True) + match.group(3)

    return _IMG_SRC.sub(swap, article_html)


def point_at_cache(article_html: str, hashes: Mapping[str, str]) -> str:
    """Cached images referenced as ``cached-image:<hash>``; the others untouched.

    ``hashes`` maps image URLs to the hex SHA-256 of their cached copy
    (:meth:`reader.core.library.Store.image_hashes`).
    """
    if not hashes:
        return article_html
    return rewrite_image_sources(
        article_html, lambda url: cache_reference(hashes[url]) if url in hashes else None
    )

"""The article out of a web page: readability-lxml, then our own cleaning.

Why readability-lxml and not trafilatura: both were measured on the
realistic pages under ``tests/fulltext_pages/`` (a news site, a WordPress
blog and a Chinese portal, each with navigation, a cookie banner, share
buttons, related stories, comments and an in-body picture with its caption)
and on 100 pages made from them (``python tests/benchmarks/bench_fulltext.py
--compare``). After our cleaning, both kept 100% of the words of the
article's paragraphs and none of the listed furniture; but trafilatura 2.3
drops ``<figcaption>``, so it kept the caption on 33 pages of 100 (only
where the caption was a plain ``<p>``) against readability's 100, and a
caption is often the only description and credit a photograph has. It was
also slower: 9.6 ms a page against 7.9 ms (one core, under load). And
readability needs lxml, cssselect and chardet, where trafilatura brings
courlan, htmldate, justext, dateparser, babel, tld and more for URL and date
guessing we do not need. What readability does keep that trafilatura drops
is an inline "Read more: ..." link inside the article body: one line, which
the reader can see is not the article.

What comes out of readability is treated like any feed item's HTML: it goes
through :func:`~reader.core.content.cleaning.clean_article` (sanitizing,
share links and tracking parameters, links and images resolved against the
page's address), because a page is at least as hostile as a feed.

This runs in worker processes (:mod:`reader.core.fulltext.fetch`): it takes
and returns only plain values and never raises.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Final

from reader.core.content.cleaning import clean_article

__all__ = ["Extracted", "decode_page", "extract_article", "word_count"]

_log = logging.getLogger(__name__)

#: A page whose article has fewer words than this is no article (a teaser,
#: an error page, a consent wall), whatever the feed's summary says.
MIN_WORDS: Final = 40
#: Signs of a login or subscription wall; a page that shows one and gives
#: a short text has not given the article.
_WALL_RE: Final = re.compile(
    r"type\s*=\s*[\"']?password|subscribe to (?:continue|read)|sign in to (?:continue|read)"
    r"|log ?in to (?:continue|read)|already a subscriber|for subscribers only"
    r"|this (?:article|content) is for (?:subscribers|members)|登录后(?:阅读|查看)|订阅后阅读",
    re.IGNORECASE,
)
#: Below this many words, a page with the signs above counts as a wall.
_WALL_WORDS: Final = 250
_META_CHARSET_RE: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_CJK_RE: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD_RE: Final = re.compile(r"\w+")
#: A cookie or consent notice, when it is a short block of its own inside the
#: article (readability keeps a one-line "We use cookies." next to the text).
_CONSENT_RE: Final = re.compile(
    r"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b"
    r"|\baccept (?:all )?cookies\b|\bmanage (?:your )?consent\b|本网站使用cookie|我们使用cookie",
    re.IGNORECASE,
)
#: Longer than this, a block that mentions cookies is text (an article about them).
_CONSENT_WORDS: Final = 40


@dataclass(frozen=True, slots=True)
class Extracted:
    """The cleaned article of a page, or why there is none (``reason``)."""

    html: str = ""
    text: str = ""
    images: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def word_count(text: str) -> int:
    """Words, with every CJK character counted as one (they have no spaces).

    A Chinese summary of 80 characters is about as long to read as an
    English one of 80 words; counting runs would call it one word.
    """
    cjk = len(_CJK_RE.findall(text))
    return cjk + len(_WORD_RE.findall(_CJK_RE.sub(" ", text)))


def decode_page(body: bytes, content_type: str | None) -> str:
    """The page's text: the header's charset, else the page's own, else UTF-8 or a guess."""
    candidates: list[str] = []
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
        if match:
            candidates.append(match.group(1))
    meta = _META_CHARSET_RE.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("utf-8", "replace")


def extract_article(
    body: bytes, url: str, content_type: str | None = None, summary_words: int = 0
) -> Extracted:
    """Extract, clean and judge the article of a page; never raises.

    The result fails (keeps ``reason``) when the page is a login or
    subscription wall, or when it gives no more text than the feed's own
    summary: a reader is then better off with the summary.
    """
    try:
        return _extract(body, url, content_type, summary_words)
    except Exception as exc:  # one odd page must not stop the others
        _log.warning("could not extract the article of %s", url, exc_info=True)
        return Extracted(reason=f"the page could not be read ({type(exc).__name__})")


def _extract(body: bytes, url: str, content_type: str | None, summary_words: int) -> Extracted:
    from readability import Document  # imported in the worker, where it is used

    if content_type and not re.search(r"html|xml", content_type, re.I):
        kind = content_type.split(";")[0].strip()
        return Extracted(reason=f"the link leads to a file ({kind}), not a web page")
    page = decode_page(body, content_type)
    if not page.strip():
        return Extracted(reason="the page is empty")
    document = Document(page, url=url)
    markup = _without_furniture(
        document.summary(html_partial=True), (document.title(), document.short_title())
    )
    cleaned = clean_article(markup, url)
    words = word_count(cleaned.text)
    if words < _WALL_WORDS and _WALL_RE.search(page):
        return Extracted(reason="the page asks to sign in or subscribe (login or paywall)")
    if words < MIN_WORDS or words <= summary_words:
        return Extracted(
            reason=f"the page gives no more text than the feed's summary ({words} words)"
        )
    return Extracted(cleaned.html, cleaned.text, cleaned.images)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _without_furniture(markup: str, titles: tuple[str, ...]) -> str:
    """Drop what readability keeps that is not the article: a short cookie
    notice of its own, and a heading that repeats the title (the view shows
    the title above the article already, so it was read twice)."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # an odd fragment is left as it came
        return markup
    wanted = {_normal(t) for t in titles if t and t.strip()}
    first_heading = True
    for element in list(root.iter("h1", "h2", "p", "div", "section", "aside")):
        if element.getparent() is None:
            continue
        text = element.text_content()
        if element.tag in ("h1", "h2"):
            if first_heading and _normal(text) in wanted:
                element.drop_tree()
            first_heading = False
            continue
        if _CONSENT_RE.search(text) and word_count(text) <= _CONSENT_WORDS:
            element.drop_tree()
    return str(lxml_html.tostring(root, encoding="unicode"))

"""Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed 1.0/1.1) to cleaned articles.

feedparser reads the XML formats; JSON Feed is plain JSON and read here.
Plain RSS 2.0/0.9x and Atom 1.0 first go through an lxml fast path
(:mod:`reader.core.feeds.xmlfeed`) that gives exactly feedparser's result
in a third of its time, or declines and leaves the feed to feedparser.
feedparser's own HTML sanitizer and relative-URL resolver are switched off:
on 100 article-sized items they cost two thirds of its time (189 ms of CPU
per feed of 100 items with its defaults, 58 without), they keep the share
links and mirror footers, and their output would be parsed again by
:func:`~reader.core.content.cleaning.clean_article` anyway, which sanitizes (lxml,
then nh3's allow-list) and resolves relative links against the item's base.
Two more savings, invisible in the result, are in
:mod:`reader.core.feeds.speedups`.

Data is handed to feedparser as a stream, never as ``bytes``, because
feedparser tries bytes as a *file name* first: a hostile server answering
``/etc/passwd`` must not make the reader parse a local file.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from reader.core.content.cleaning import clean_article, html_to_text, strip_tracking_params
from reader.core.errors import FeedError
from reader.core.feeds.raw_items import item_hashes
from reader.core.feeds.speedups import CACHED_JOINS, FAST_POP
from reader.core.feeds.xmlfeed import parse_fast
from reader.core.library import IndexedArticle, index_article
from reader.core.models import NewArticle

__all__ = [
    "CACHED_JOINS",
    "FAST_POP",
    "FEED_SUFFIXES",
    "FeedItem",
    "ParsedFeed",
    "PreparedFeed",
    "looks_like_feed",
    "parse_feed",
    "prepare_feed",
    "to_articles",
]

#: Saved feed files the importer recognises by name.
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".json", ".rdf"})

_MAX_TITLE = 1000
_MAX_GUID = 2000
_FUTURE_SLACK = timedelta(days=2)
_WEB = ("http", "https")
#: JSON Feed's ``version``: the spec's URL (any version), or, as many
#: generators write it and other readers accept, the bare number of a 1.x.
_JSON_FEED_VERSION = re.compile(
    r"\s*(?:https?://(?:www\.)?jsonfeed\.org/version/(?P<url>\d+(?:\.\d+)?)/?"
    r"|(?P<bare>1(?:\.\d+)?))\s*",
    re.IGNORECASE,
)
#: The sniff's version of it, on the raw bytes of the document's start.
_JSON_FEED_SNIFF = re.compile(rb'"version"\s*:\s*"\s*1(?:\.\d+)?\s*"')
#: feedparser's complaints about HTTP headers, not about the feed.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
#: The lxml fast path for plain RSS and Atom (:mod:`reader.core.feeds.xmlfeed`);
#: tests switch it off to compare with feedparser.
FAST_XML = True
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry as the feed gave it, before cleaning."""

    title: str
    link: str
    guid: str | None
    published: datetime | None
    author: str | None
    html: str
    base: str | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    format: str  # "rss20", "atom10", "json11", … as feedparser names them
    title: str | None
    site_url: str | None
    items: tuple[FeedItem, ...]
    #: The feed was damaged but still readable (feedparser's "bozo").
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedFeed:
    """A feed parsed, cleaned and indexed in a worker, ready for the writer."""

    title: str | None = None
    site_url: str | None = None
    articles: tuple[IndexedArticle, ...] = ()
    warning: str | None = None
    error: str | None = None
    #: Items left out because the library already has them (same guid or URL).
    known: int = 0


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """A cheap sniff, for discovery and for files named neither .txt nor .xml."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/feed+json"):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        start = data[:4096]
        return b"jsonfeed.org" in start or (
            _JSON_FEED_SNIFF.search(start) is not None and b'"items"' in data
        )
    return head.startswith(b"<") and any(
        tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")
    )


def parse_feed(data: bytes, url: str | None = None, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; ``url`` is where it came from (the base of relative links).

    Raises :class:`FeedError` when the data is not a feed at all; a damaged
    feed that still yields items comes back with a ``warning``.
    """
    if not data.strip():
        raise FeedError("the feed is empty")
    kind = (content_type or "").split(";")[0].strip().lower()
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if kind in ("application/feed+json", "application/json") or head.startswith((b"{", b"[")):
        return _parse_json_feed(data, url)
    return _parse_xml_feed(data, url, content_type)


def to_articles(
    feed: ParsedFeed, feed_url: str | None = None, items: Iterable[FeedItem] | None = None
) -> list[NewArticle]:
    """Clean every item as dumps are cleaned: share links, junk and active content go."""
    articles = []
    fallback_base = _web_url(feed.site_url, feed_url) or _web_url(feed_url, None)
    for item in feed.items if items is None else items:
        base = item.base or item.link or fallback_base
        cleaned = clean_article(item.html, base) if item.html else None
        text = cleaned.text if cleaned else ""
        title = item.title or _first_line(text) or item.link or "(untitled)"
        articles.append(
            NewArticle(
                title=title[:_MAX_TITLE],
                url=item.link,
                published=item.published,
                html=cleaned.html if cleaned else "",
                text=text,
                author=item.author,
                guid=item.guid,
                images=cleaned.images if cleaned else (),
            )
        )
    return articles


def prepare_feed(
    data: bytes,
    url: str | None,
    content_type: str | None = None,
    known: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> PreparedFeed:
    """Parse, clean and index a feed; never raises (it runs in worker processes).

    ``known`` holds the (guids, urls) the library has for this feed: those
    items are counted, not cleaned again.
    """
    guids, urls = known
    try:
        feed = parse_feed(data, url, content_type)
        # Provenance: each item's own bytes as received, hashed.
        hashes = item_hashes(data, len(feed.items))
        fresh = [
            (item, sha256)
            for item, sha256 in zip(feed.items, hashes, strict=True)
            if not ((item.guid and item.guid in guids) or (item.link and item.link in urls))
        ]
        cleaned = to_articles(feed, url, [item for item, _ in fresh])
        articles = tuple(
            index_article(replace(article, sha256=sha256))
            for article, (_, sha256) in zip(cleaned, fresh, strict=True)
        )
    except FeedError as exc:
        return PreparedFeed(error=str(exc))
    except Exception as exc:  # a parser bug must cost one feed, not the refresh
        return PreparedFeed(error=f"the feed could not be read ({type(exc).__name__})")
    return PreparedFeed(
        feed.title, feed.site_url, articles, feed.warning, known=len(feed.items) - len(fresh)
    )


# --- XML feeds (feedparser) -------------------------------------------------


def _parse_xml_feed(data: bytes, url: str | None, content_type: str | None) -> ParsedFeed:
    fast = parse_fast(data, content_type) if FAST_XML else None
    channel: Mapping[str, Any]
    if fast is not None:
        version, channel, entries = fast
        warning = None
    else:
        version, channel, entries, warning = _feedparser_parse(data, content_type)
    doc_url = url or ""
    site_url = _web_url(channel.get("link"), doc_url)
    return ParsedFeed(
        format=version or "unknown",
        title=_plain(channel.get("title_detail"), channel.get("title")),
        site_url=site_url,
        items=tuple(_xml_item(entry, doc_url, site_url) for entry in entries),
        warning=warning,
    )


def _feedparser_parse(
    data: bytes, content_type: str | None
) -> tuple[str, Mapping[str, Any], list[Any], str | None]:
    """feedparser's version, channel, entries and damage warning, or FeedError."""
    # No content-location: feedparser would then resolve every link of every
    # element itself (a tenth of its time); links are resolved in _xml_item instead.
    headers = {"content-type": content_type} if content_type else {}
    try:
        parsed = feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser's own slips on hostile bytes (found by fuzzing)
        raise FeedError(f"not a feed: the document cannot be read ({type(exc).__name__})") from exc
    version = str(parsed.get("version") or "")
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not version and not entries:
        if problem is not None and not isinstance(problem, _HARMLESS):
            raise FeedError(f"not a feed: {_describe_bozo(problem)}")
        if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise FeedError("not a feed: this is a web page")
        raise FeedError("not a feed: no RSS, Atom or JSON Feed content found")
    warning = None
    if problem is not None and not isinstance(problem, _HARMLESS):
        warning = f"the feed is damaged but was read anyway: {_describe_bozo(problem)}"
    return version, parsed.get("feed") or {}, entries, warning


def _describe_bozo(problem: object) -> str:
    text = str(getattr(problem, "getMessage", lambda: problem)())
    line = getattr(problem, "getLineNumber", None)
    if callable(line):
        with contextlib.suppress(Exception):  # SAX locators can be gone after the parse
            text += f" (line {line()})"
    return text or type(problem).__name__


def _xml_item(entry: Mapping[str, Any], doc_url: str, site_url: str | None) -> FeedItem:
    link = _web_url(entry.get("link"), doc_url) or ""
    link = strip_tracking_params(link) if link else ""
    guid = entry.get("id") or None
    if guid is not None:
        guid = str(guid).strip()[:_MAX_GUID] or None
    body, base = _best_content(entry)
    # xml:base wins; otherwise RSS authors mean their links relative to the item's page.
    item_base = _web_url(base, doc_url) if base else None
    author = entry.get("author")
    return FeedItem(
        title=_plain(entry.get("title_detail"), entry.get("title")) or "",
        link=link,
        guid=guid,
        published=_struct_date(entry.get("published_parsed") or _updated_parsed(entry)),
        author=str(author).strip()[:_MAX_TITLE] or None if author else None,
        html=body,
        base=item_base or link or site_url or _web_url(doc_url, None),
    )


def _best_content(entry: Mapping[str, Any]) -> tuple[str, str | None]:
    """The fullest body: ``content`` (content:encoded, Atom content) over the summary."""
    candidates: list[Mapping[str, Any]] = list(entry.get("content") or [])
    summary = entry.get("summary_detail")
    if summary is not None:
        candidates.append(summary)
    best: tuple[str, str | None] = ("", None)
    for detail in candidates:
        value = str(detail.get("value") or "")
        if not value.strip():
            continue
        kind = str(detail.get("type") or "text/html").lower()
        markup = value if kind in _HTML_TYPES or "html" in kind else _text_to_html(value)
        if len(markup) > len(best[0]):
            best = (markup, detail.get("base") or None)
    return best


def _plain(detail: Mapping[str, Any] | None, fallback: object) -> str | None:
    """Titles may be HTML (Atom type="html"): people see text."""
    value = str(fallback or "").strip()
    if not value:
        return None
    kind = str((detail or {}).get("type") or "text/plain").lower()
    if "html" in kind and "<" in value:
        value = html_to_text(value) or value
    elif "&" in value:
        value = html.unescape(value)
    return " ".join(value.split())[:_MAX_TITLE] or None


def _struct_date(value: time.struct_time | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return _plausible(when)


def _plausible(when: datetime) -> datetime | None:
    """A date far in the future would pin an item to the top of every list forever."""
    if when > datetime.now(UTC) + _FUTURE_SLACK or when.year < 1970:
        return None
    return when


def _text_to_html(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)


def _updated_parsed(entry: Mapping[str, Any]) -> Any:
    """The entry's own ``updated_parsed``: feedparser's ``get`` maps a missing one to
    ``published_parsed``, with a DeprecationWarning (seen by fuzzing); ``in`` does not."""
    return entry["updated_parsed"] if "updated_parsed" in entry else None  # noqa: SIM401


def _web_url(value: object, base: str | None) -> str | None:
    """An absolute http(s) URL or None: other schemes never become links."""
    if not isinstance(value, str):
        return None
    raw = value.strip()
    if not raw:
        return None
    try:  # both raise for a bad address ("a://[", found by fuzzing)
        url = urljoin(base, raw) if base else raw
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB or not parts.netloc:
        return None
    return url


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:120]


# --- JSON Feed -----------------------------------------------------------------


def _parse_json_feed(data: bytes, url: str | None) -> ParsedFeed:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"not a feed: the JSON is not valid ({exc})") from exc
    if not isinstance(document, dict):
        raise FeedError("not a feed: the JSON is not a JSON Feed object")
    number = _json_feed_version(document.get("version"))
    if number is None:
        raise FeedError("not a feed: JSON without a JSON Feed version")
    raw_items = document.get("items")
    if not isinstance(raw_items, list):
        raise FeedError("not a feed: the JSON Feed has no list of items")
    doc_url = url or _web_url(document.get("feed_url"), None) or ""
    site_url = _web_url(document.get("home_page_url"), doc_url or None)
    feed_authors = _json_authors(document)
    items = []
    skipped = 0
    for raw in raw_items:
        if not isinstance(raw, dict):
            skipped += 1
            continue
        items.append(_json_item(raw, doc_url, site_url, feed_authors))
    title = document.get("title")
    return ParsedFeed(
        format=f"json{number.replace('.', '')}",
        title=" ".join(title.split())[:_MAX_TITLE] or None if isinstance(title, str) else None,
        site_url=site_url,
        items=tuple(items),
        warning=f"{skipped} items of the JSON Feed are not objects and were left out"
        if skipped
        else None,
    )


def _json_feed_version(value: object) -> str | None:
    """``"1.1"`` for ``https://jsonfeed.org/version/1.1`` and for ``"1.1"``; None if neither."""
    if not isinstance(value, str):
        return None
    match = _JSON_FEED_VERSION.fullmatch(value)
    if match is None:
        return None
    return match.group("url") or match.group("bare")


def _json_item(
    raw: Mapping[str, Any], doc_url: str, site_url: str | None, feed_authors: str | None
) -> FeedItem:
    link = _web_url(raw.get("url"), doc_url or None) or _web_url(
        raw.get("external_url"), doc_url or None
    )
    guid = raw.get("id")
    guid_text = str(guid).strip()[:_MAX_GUID] or None if isinstance(guid, str | int) else None
    content = raw.get("content_html")
    if isinstance(content, str) and content.strip():
        body = content
    else:
        text = raw.get("content_text") or raw.get("summary")
        body = _text_to_html(text) if isinstance(text, str) else ""
    image = _web_url(raw.get("image"), doc_url or None)
    if image and image not in body:
        body = f'<p><img src="{html.escape(image, quote=True)}"></p>' + body
    title = raw.get("title")
    published = _iso_date(raw.get("date_published")) or _iso_date(raw.get("date_modified"))
    return FeedItem(
        title=" ".join(title.split())[:_MAX_TITLE] if isinstance(title, str) else "",
        link=strip_tracking_params(link) if link else "",
        guid=guid_text,
        published=published,
        author=_json_authors(raw) or feed_authors,
        html=body,
        base=link or site_url or _web_url(doc_url, None),
    )


def _json_authors(obj: Mapping[str, Any]) -> str | None:
    """1.1 has ``authors`` (a list), 1.0 had ``author``: accept both."""
    listed = obj.get("authors")
    people: list[Any] = list(listed) if isinstance(listed, list) else []
    single = obj.get("author")
    if isinstance(single, dict):
        people = [*people, single]
    names = [
        " ".join(p["name"].split())
        for p in people
        if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()
    ]
    return ", ".join(dict.fromkeys(names))[:_MAX_TITLE] or None


def _iso_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _plausible(when.astimezone(UTC))

"""From what a journalist pastes (a site, an article, a feed) to a feed URL.

A page announces its feeds with ``<link rel="alternate" type="application/
rss+xml" href="…">`` in its head; those are read with lxml's HTML parser,
which never fetches anything itself. Only http(s) links are offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from reader.core.errors import FeedError
from reader.core.feeds.parse import looks_like_feed, parse_feed
from reader.core.net.credentials import without_credentials
from reader.core.net.http import (
    Cancelled,
    Credentials,
    FetchError,
    FetchProblem,
    FetchResult,
    HttpClient,
    normalize_url,
)

_FEED_TYPES = {
    "application/rss+xml": "RSS",
    "application/atom+xml": "Atom",
    "application/feed+json": "JSON Feed",
    "application/json": "JSON Feed",
    "application/rdf+xml": "RSS 1.0",
    "application/xml": "XML",
    "text/xml": "XML",
}


@dataclass(frozen=True, slots=True)
class FoundFeed:
    url: str
    title: str | None
    kind: str  # "RSS", "Atom", "JSON Feed", …


def feeds_in_page(page: bytes, page_url: str) -> list[FoundFeed]:
    """The feeds a web page links to in its ``<head>``, in the page's order."""
    try:
        document = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    base = page_url
    for element in document.iter("base"):
        href = element.get("href")
        if href:
            base = urljoin(page_url, href.strip())
            break
    found: dict[str, FoundFeed] = {}
    for link in document.iter("link"):
        rel = {part.lower() for part in (link.get("rel") or "").split()}
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" not in rel or kind not in _FEED_TYPES or not href:
            continue
        url = without_credentials(urljoin(base, href))  # a page's, never to be stored
        if urlsplit(url).scheme.lower() not in ("http", "https") or url in found:
            continue
        title = " ".join((link.get("title") or "").split()) or None
        found[url] = FoundFeed(url, title, _FEED_TYPES[kind])
    return list(found.values())


@dataclass(frozen=True, slots=True)
class Discovery:
    """What an address led to: the feeds, and the fetch (reused when it was the feed)."""

    feeds: list[FoundFeed]
    fetched: FetchResult


def discover(
    address: str,
    client: HttpClient,
    *,
    credentials: Credentials | None = None,
    cancelled: Cancelled | None = None,
    proxy: str | None = None,
) -> Discovery:
    """Fetch ``address``; a feed is itself, a page yields the feeds it links to.

    Raises :class:`~reader.core.net.http.FetchError` when the address cannot be
    fetched and :class:`FeedError` when it is neither a feed nor a page that
    names one.
    """
    url = normalize_url(address)
    fetched = client.fetch(url, credentials=credentials, cancelled=cancelled, proxy=proxy)
    body, final = fetched.body, fetched.url
    if looks_like_feed(body, fetched.content_type):
        feed = parse_feed(body, final, fetched.content_type)
        kind = "JSON Feed" if feed.format.startswith("json") else feed.format
        return Discovery([FoundFeed(final, feed.title, kind)], fetched)
    feeds = feeds_in_page(body, final)
    if feeds:
        return Discovery(feeds, fetched)
    try:  # an unusual feed that the sniff missed (no <rss> near the top, say)
        feed = parse_feed(body, final, fetched.content_type)
    except FeedError as exc:
        if is_web_page(body, fetched.content_type):
            raise FeedError(f"no feed found there: {_WEB_PAGE}, and it links to none") from None
        raise FeedError(f"no feed found there: {exc}") from None
    return Discovery([FoundFeed(final, feed.title, feed.format)], fetched)


@dataclass(frozen=True, slots=True)
class TypedDiscovery:
    """:func:`discover_typed`'s answer: what was found, and at which address."""

    discovery: Discovery
    #: the address that answered (with its scheme: ``https://…`` or ``http://…``)
    address: str
    #: typed without a scheme: https was tried first, and this says how it went
    tried_https: bool = False
    https_problem: str | None = None


#: The problems for which http is worth a try after https: the site may not
#: speak https at all. An address that answered (404, a password) is final.
_TRY_HTTP = frozenset({FetchProblem.NETWORK, FetchProblem.TIMEOUT})


def discover_typed(
    address: str,
    client: HttpClient,
    *,
    credentials: Credentials | None = None,
    cancelled: Cancelled | None = None,
    proxy: str | None = None,
) -> TypedDiscovery:
    """:func:`discover` for an address as a person types it: without a scheme
    (``example.org/feed``), https first, then http, so the window can say
    which one worked.
    """
    raw = address.strip()
    lowered = raw.lower()
    if "://" in raw or lowered.startswith(("http:", "https:", "feed:")):
        found = discover(raw, client, credentials=credentials, cancelled=cancelled, proxy=proxy)
        return TypedDiscovery(found, normalize_url(raw))
    secure = "https://" + raw
    try:
        found = discover(secure, client, credentials=credentials, cancelled=cancelled, proxy=proxy)
        return TypedDiscovery(found, secure, tried_https=True)
    except FetchError as exc:
        if exc.problem not in _TRY_HTTP:
            raise
        first = exc
    plain = "http://" + raw
    try:
        found = discover(plain, client, credentials=credentials, cancelled=cancelled, proxy=proxy)
    except FetchError as exc:
        if exc.problem in _TRY_HTTP:
            raise FetchError(first.problem, f"{secure}: {first}; {plain}: {exc}") from exc
        raise
    return TypedDiscovery(found, plain, tried_https=True, https_problem=str(first))


_WEB_PAGE = "the address returned a web page, not a feed"


def is_web_page(body: bytes, content_type: str | None) -> bool:
    """An HTML page, by its type or its first tag (servers often say text/html for all)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return (
        kind in ("text/html", "application/xhtml+xml")
        or head.startswith((b"<!doctype html", b"<html"))
        or b"<html" in head
    )


def explain_not_a_feed(fetched: FetchResult, error: str) -> str:
    """What to tell the user when a feed address answered with something unreadable.

    The parser's own words for a web page ("not a feed: syntax error
    (line 2)") tell a journalist nothing; a site that moved its feed or a
    subscription to the site's home page is the usual cause, and the page
    often names the right address, so it is looked for and given.
    """
    if not is_web_page(fetched.body, fetched.content_type):
        return error
    feeds = feeds_in_page(fetched.body, fetched.url)
    if not feeds:
        return f"{_WEB_PAGE}, and it links to none"
    if len(feeds) == 1:
        links = f"the feed {feeds[0].url}"
    else:
        links = "the feeds " + ", ".join(feed.url for feed in feeds[:3])
    return f"{_WEB_PAGE}; the page links to {links}: subscribe to that address instead"

"""feedparser's rules, restated for :mod:`reader.core.feeds.xmlfeed` (its lxml fast path).

Each function repeats one step of feedparser's (6.0) ``pop``, ``_start_link``
or its strict parser's naming, or decides that feedparser might do something
this module does not repeat: then it raises :class:`Decline` and feedparser
reads the feed. They live apart from the readers of RSS and Atom only to keep
modules short.
"""

from __future__ import annotations

import re
from typing import Any

from feedparser import mixin
from feedparser.encodings import RE_XML_PI_ENCODING, parse_content_type
from feedparser.html import _cp1252
from feedparser.util import FeedParserDict

__all__ = [
    "ATOM_URI",
    "C1_REFERENCE",
    "C1_UTF8",
    "MIXIN",
    "RSS090_URI",
    "RSS10_URI",
    "UTF8",
    "Decline",
    "Names",
    "amp_refs",
    "atom_link",
    "attr_key",
    "check_encoding",
    "check_leaf",
    "declared_prefixes",
    "finish",
    "join",
    "text_of",
]

MIXIN = mixin._FeedParserMixin
ATOM_URI = "http://www.w3.org/2005/atom"
RSS10_URI = "http://purl.org/rss/1.0/"
RSS090_URI = "http://my.netscape.com/rdf/simple/0.9/"
_MATCH: dict[str, str] = {k.lower(): v for k, v in MIXIN.namespaces.items()}
_STANDARD = frozenset(_MATCH.values())
UTF8 = ("", "utf-8", "utf8")
_XML_TYPES = ("application/xml",)
_C1 = re.compile("[\x80-\x9f]")
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")
#: A C1 control anywhere in the document, as UTF-8 or as a character reference
#: (two searches: a literal first byte makes each a fast scan).
C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
C1_REFERENCE = re.compile(rb"&#(?:[xX]0*[89][0-9a-fA-F]|0*(?:12[89]|1[34][0-9]|15[0-9]));")
_AMP_REF = re.compile("&([A-Za-z0-9_]+);")
_XMLNS = re.compile(rb"""xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: Keys the reader reads (or feedparser's aliases of keys): an element that
#: feedparser would store under one of them is never "harmless".
_RESERVED = frozenset(
    {
        "title",
        "title_detail",
        "link",
        "links",
        "id",
        "guidislink",
        "content",
        "summary",
        "summary_detail",
        "published",
        "published_parsed",
        "updated",
        "updated_parsed",
        "author",
        "author_detail",
        "authors",
        "subtitle",
        "subtitle_detail",
        "image",
        "textinput",
        "source",
        # aliases; "items" is one of the feed's entries, which nothing reads from an item
        *(key for key in FeedParserDict.keymap if key != "items"),
    }
)


class Decline(Exception):
    """Not sure to match feedparser: let it read the feed."""


def check_encoding(data: bytes, content_type: str | None) -> None:
    """UTF-8 only, agreed on by the HTTP header and the XML declaration (RFC 3023)."""
    if data[:1] != b"<" or b"\x00" in data:  # a BOM, blanks before the declaration, UTF-16
        raise Decline
    match = RE_XML_PI_ENCODING.match(data)
    declared = match.group(1).decode("ascii").lower() if match else ""
    if declared not in UTF8:
        raise Decline
    if content_type:
        kind, charset = parse_content_type(content_type)
        xmlish = kind in _XML_TYPES or (kind.startswith("application/") and kind.endswith("+xml"))
        if not (xmlish and charset.lower() in UTF8) and not (
            kind == "text/xml" and charset.lower() in ("utf-8",)
        ):
            raise Decline


def declared_prefixes(data: bytes) -> dict[str, set[str | None]]:
    """Namespace URI (lower case) → every prefix declared for it (feedparser picks one).

    The URIs also tell feedparser's version: the first of RSS 1.0's, RSS
    0.90's or Atom's to be declared sets it (the readers decline the mixes).
    """
    found: dict[str, set[str | None]] = {}
    bound: dict[str | None, str] = {}
    for match in _XMLNS.finditer(data):
        raw_prefix, dq, sq = match.groups()
        uri = (dq if dq is not None else sq).decode("utf-8")
        prefix = raw_prefix.decode("utf-8") if raw_prefix else None
        if not uri or "&" in uri or bound.setdefault(prefix, uri) != uri:
            raise Decline  # undeclared, escaped or rebound: too clever
        lower = _fold(uri.lower())
        standard = _MATCH.get(lower)
        if standard is not None and prefix != standard and prefix in _STANDARD:
            raise Decline  # a known prefix bound to another known namespace
        found.setdefault(lower, set()).add(prefix)
    return found


def _fold(lower_uri: str) -> str:
    return (
        "http://backend.userland.com/rss" if "backend.userland.com/rss" in lower_uri else lower_uri
    )


class Names:
    """Element names as feedparser's strict parser spells them (``content:encoded``)."""

    def __init__(self, prefixes: dict[str, set[str | None]], c1: bool) -> None:
        self._prefixes = prefixes
        #: Whether feedparser's cp1252 translate can change any text (it maps C1 only;
        #: its Latin-1 repair cannot make a C1 control out of text without one).
        self.c1 = c1
        self._cache: dict[str, str] = {}

    def of(self, element: Any) -> str:
        tag: str = element.tag
        name = self._cache.get(tag)
        if name is None:
            name = self._cache[tag] = self._name(tag)
        return name

    def _name(self, tag: str) -> str:
        if not tag.startswith("{"):
            return tag.lower()
        uri, local = tag[1:].split("}", 1)
        lower = _fold(uri.lower())
        standard = _MATCH.get(lower)
        if standard is None:
            # feedparser names it after some prefix declared for the URI:
            # usable only if every such name is inert.
            for prefix in self._prefixes.get(lower, {None}):
                candidate = f"{prefix}:{local}".lower() if prefix else local.lower()
                if _has_handler(candidate) or _key(candidate) in _RESERVED:
                    raise Decline
            return "?" + local.lower()
        return f"{standard}:{local}".lower() if standard else local.lower()

    def check_harmless(self, element: Any) -> None:
        """An element (and all in it) that feedparser stores under keys the reader ignores."""
        for node in element.iter():
            if not isinstance(node.tag, str):
                continue
            name = self.of(node)
            if not name.startswith("?") and (_has_handler(name) or _key(name) in _RESERVED):
                raise Decline
            if any(attr_key(k) in ("xml:base", "base") for k in node.attrib):
                raise Decline


def _has_handler(name: str) -> bool:
    method = name.replace(":", "_", 1)
    return hasattr(MIXIN, "_start_" + method) or hasattr(MIXIN, "_end_" + method)


def _key(name: str) -> str:
    return name.replace(":", "_", 1)


def attr_key(key: str) -> str:
    """feedparser's key for an attribute: known namespaces prefixed, others bare."""
    if not key.startswith("{"):
        return key.lower()
    uri, local = key[1:].split("}", 1)
    standard = _MATCH.get(uri.lower(), "")
    return (f"{standard}:{local}" if standard else local).lower()


def text_of(element: Any) -> str:
    if len(element):  # child elements, comments or processing instructions
        raise Decline
    text: str | None = element.text
    return text or ""


def check_leaf(element: Any) -> None:
    if len(element) or any(attr_key(k) in ("xml:base", "base") for k in element.attrib):
        raise Decline


def finish(
    text: str, c1: bool, *, resolve: bool = False, html_guess: list[str] | None = None
) -> str:
    """feedparser's ``pop`` for one element's text, step by step in its order."""
    output = text.strip()
    if resolve and output:
        output = join(output)
    # (looks_like_html needs a close tag or an entity: "<" or "&")
    if (
        html_guess is not None
        and ("<" in output or "&" in output)
        and MIXIN.looks_like_html(output)
    ):
        html_guess[0] = "text/html"
    if output.isascii():  # neither step below can change ASCII
        return output
    # UTF-8 that was read as Latin-1 and encoded again; text beyond Latin-1 (CJK)
    # cannot be that, and a search is cheaper than the exception of a failed encode.
    if _BEYOND_LATIN1.search(output) is None:
        try:  # noqa: SIM105 (a context manager per element costs as much again)
            output = output.encode("iso-8859-1").decode("utf-8")
        except UnicodeError:
            pass
    if c1 and _C1.search(output):
        output = output.translate(_cp1252)
    return output


def join(uri: str) -> str:
    """feedparser's ``resolve_uri`` with its empty base (the data came as a stream).

    ``_urljoin("", uri)`` only collapses the slashes after ``scheme://``;
    ``urljoin`` returns the URL itself when the base is empty.
    """
    i = uri.find("://")
    if i < 0 or not uri.startswith("/", i + 3):
        return uri
    joined: str = mixin._urljoin("", uri)
    return joined


def amp_refs(value: str) -> str:
    """feedparser's repair of ``?a=1&b;=2`` in links."""
    return _AMP_REF.sub(r"&\g<1>", value) if "&" in value else value


def atom_link(element: Any, context: dict[str, Any]) -> None:
    """``<atom:link href=…>`` (or a ``<link>`` with attributes): feedparser's ``_start_link``."""
    text_of(element)
    attrs: dict[str, str] = {}
    for key, value in element.attrib.items():
        name = attr_key(key)
        if name in ("xml:base", "base") or name in attrs:
            raise Decline
        attrs[name] = value.lower() if name in ("rel", "type") else value
    rel = attrs.setdefault("rel", "alternate")
    attrs.setdefault("type", "application/atom+xml" if rel == "self" else "text/html")
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs["href"] = href
    if "href" not in attrs:
        raise Decline  # feedparser would read its text as the link
    if rel == "alternate" and MIXIN.map_content_type(attrs["type"]) in MIXIN.html_types:
        context["link"] = join(attrs["href"])

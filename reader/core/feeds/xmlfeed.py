"""A fast path for plain RSS feeds: lxml instead of feedparser, the same result.

feedparser cost 20 ms of CPU per feed of 100 article-sized items, a third
of a feed's preparation in a refresh (SAX events, a Python call for every
start tag, end tag and run of text, and its bookkeeping for 40 namespaces).
lxml builds the tree in C; the few elements that reach a
:class:`~reader.core.feeds.parse.ParsedFeed` are then read here with
feedparser's own rules: its date parser, its "looks like HTML" test, its
URL join, its C1 (cp1252) translate and its "UTF-8 read as Latin-1" repair,
applied in its order.

It is a whitelist: the function returns feedparser-shaped dicts only for a
well-formed UTF-8 RSS 0.9x/2.0 document whose every element is either one
handled here exactly or one feedparser stores under a key the reader never
reads. Anything else (a DTD or entity declaration, another encoding, a
charset that disagrees, ``xml:base``, a duplicate title, an alias such as
``itunes:summary`` or ``media:*``, Atom, RDF, …) returns None and feedparser
reads the feed as before. Entities are never expanded and nothing is
fetched (``resolve_entities=False``, ``no_network``, no DTD).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from feedparser import mixin
from feedparser.datetimes import _parse_date
from feedparser.encodings import RE_XML_PI_ENCODING, parse_content_type
from feedparser.html import _cp1252
from feedparser.util import FeedParserDict
from lxml import etree

__all__ = ["parse_fast"]

_Mixin = mixin._FeedParserMixin
_MATCH: dict[str, str] = {k.lower(): v for k, v in _Mixin.namespaces.items()}
_STANDARD = frozenset(_MATCH.values())
_UTF8 = ("", "utf-8", "utf8")
_XML_TYPES = ("application/xml",)
_C1 = re.compile("[\x80-\x9f]")
#: A C1 control anywhere in the document, as UTF-8 or as a character reference
#: (two searches: a literal first byte makes each a fast scan).
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_C1_REFERENCE = re.compile(rb"&#(?:[xX]0*[89][0-9a-fA-F]|0*(?:12[89]|1[34][0-9]|15[0-9]));")
_AMP_REF = re.compile("&([A-Za-z0-9_]+);")
_XMLNS = re.compile(rb"""xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_RSS_VERSIONS = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
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
        *FeedParserDict.keymap,
    }
)
#: Elements with a feedparser handler that cannot touch what the reader reads.
_CHANNEL_HARMLESS = frozenset(
    {
        "description",
        "language",
        "copyright",
        "managingeditor",
        "webmaster",
        "pubdate",
        "lastbuilddate",
        "category",
        "generator",
        "cloud",
    }
)
_ITEM_HARMLESS = frozenset({"category", "enclosure"})
_ATOM_ROOT = "{http://www.w3.org/2005/atom}feed"
_ATOM_FEED_HARMLESS = frozenset(
    {"updated", "published", "subtitle", "rights", "generator", "category"}
)
_ATOM_ENTRY_HARMLESS = frozenset({"category", "rights"})
_ATOM_ENTRY_HANDLED = frozenset(
    {"title", "id", "published", "updated", "summary", "content", "author"}
)
_IMAGE_CHILDREN = frozenset({"url", "title", "link", "width", "height", "description"})
_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "recover": False,
    "remove_blank_text": False,
    "collect_ids": False,
}


class _Decline(Exception):
    """Not sure to match feedparser: let it read the feed."""


def parse_fast(
    data: bytes, content_type: str | None
) -> tuple[str, dict[str, Any], list[Any]] | None:
    """(version, channel, entries) as feedparser would give them, or None to decline."""
    try:
        return _parse(data, content_type)
    except (_Decline, etree.LxmlError, ValueError, UnicodeError):
        return None


def _parse(data: bytes, content_type: str | None) -> tuple[str, dict[str, Any], list[Any]]:
    _check_encoding(data, content_type)
    start = re.search(rb"<\w", data)
    head = data[: start.start()] if start else data
    if b"<!" in head.replace(b"<!--", b"").lower() or b"entity" in head.lower():
        raise _Decline  # a DOCTYPE or entity declaration: feedparser rewrites those
    prefixes = _declared_prefixes(data)
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root: Any = etree.fromstring(data, parser)
    tree = root.getroottree()
    docinfo = tree.docinfo
    if (
        docinfo.doctype
        or docinfo.xml_version not in ("1.0", None)
        or (docinfo.encoding or "utf-8").lower() not in _UTF8
    ):
        raise _Decline
    c1 = _C1_UTF8.search(data) is not None or (
        b"&#" in data and _C1_REFERENCE.search(data) is not None
    )
    names = _Names(prefixes, c1)
    name = names.of(root)
    if name == "rss":
        return _rss(root, names)
    if name == "feed" and root.tag.lower() == _ATOM_ROOT:
        return _atom(root, names)
    raise _Decline


def _rss(root: Any, names: _Names) -> tuple[str, dict[str, Any], list[Any]]:
    if any(_attr_key(k) != "version" for k in root.attrib):
        raise _Decline
    attr_version = root.get("version", "")
    version = _RSS_VERSIONS.get(attr_version) or (
        "rss20" if attr_version.startswith("2.") else "rss"
    )
    channels = [child for child in root if isinstance(child.tag, str)]
    if len(channels) != 1 or names.of(channels[0]) != "channel" or channels[0].attrib:
        raise _Decline
    channel: dict[str, Any] = {}
    entries: list[Any] = []
    seen: set[str] = set()
    for child in channels[0]:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "item":
            entries.append(_item(child, names))
        elif name in ("title", "link") and not child.attrib:
            if name in seen:
                raise _Decline
            seen.add(name)
            if name == "title":
                _title(child, channel, names.c1)
            else:
                channel["link"] = _amp_refs(_finish(_text(child), names.c1, resolve=True))
        elif name == "link":
            _atom_link(child, channel)
        elif name == "image":
            _check_image(child, names)
        elif name in _CHANNEL_HARMLESS:
            _check_leaf(child)
        else:
            names.check_harmless(child)
    return version, channel, entries


def _atom(root: Any, names: _Names) -> tuple[str, dict[str, Any], list[Any]]:
    """Atom 1.0: feedparser's version is "atom10" once the namespace is declared."""
    if any(_attr_key(k) != "xml:lang" for k in root.attrib):
        raise _Decline
    feed: dict[str, Any] = {}
    entries: list[Any] = []
    seen: set[str] = set()
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "entry":
            entries.append(_entry(child, names))
            continue
        if name in ("title", "id"):
            if name in seen:
                raise _Decline
            seen.add(name)
        if name == "title":
            _atom_text(child, feed, "title", names.c1)
        elif name == "id":
            _atom_id(child, feed, names.c1)
        elif name == "link":
            _atom_link(child, feed)
        elif name in ("author", "contributor"):
            _person(child, names)
        elif name in _ATOM_FEED_HARMLESS:
            _check_leaf(child)
        else:
            names.check_harmless(child)
    return "atom10", feed, entries


def _entry(element: Any, names: _Names) -> dict[str, Any]:
    if any(_attr_key(k) != "xml:lang" for k in element.attrib):
        raise _Decline  # rdf:about, lastmod, href: feedparser reads those
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    c1 = names.c1
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "link":
            _atom_link(child, entry)
            continue
        if name not in _ATOM_ENTRY_HANDLED:
            if name in _ATOM_ENTRY_HARMLESS:
                _check_leaf(child)
            elif name == "contributor":
                _person(child, names)
            else:
                names.check_harmless(child)
            continue
        if name in seen:
            raise _Decline
        seen.add(name)
        if name == "title":
            _atom_text(child, entry, "title", c1)
        elif name == "id":
            _atom_id(child, entry, c1)
        elif name in ("published", "updated"):
            _only_lang(child)
            entry[f"{name}_parsed"] = _parse_date(_finish(_text(child), c1))
        elif name == "summary":
            _atom_text(child, entry, "summary", c1)
        elif name == "content":
            detail: dict[str, Any] = {}
            _atom_text(child, detail, "content", c1)
            entry["content"] = [detail["content_detail"]]
        else:
            entry["author"] = _person(child, names)
    return entry


def _only_lang(element: Any) -> None:
    if any(_attr_key(k) != "xml:lang" for k in element.attrib):
        raise _Decline


def _atom_text(element: Any, context: dict[str, Any], key: str, c1: bool) -> None:
    """A text construct of type text or html (xhtml is declined: its serialisation)."""
    kind = "text/plain"
    for attr, value in element.attrib.items():
        name = _attr_key(attr)
        if name == "type":
            kind = _Mixin.map_content_type(value.lower())
        elif name != "xml:lang":
            raise _Decline  # src, mode, xml:base, …
    if kind not in ("text/plain", "text/html"):
        raise _Decline
    value = _finish(_text(element), c1)
    context[key] = value
    context[key + "_detail"] = {"type": kind, "value": value, "base": ""}


def _atom_id(element: Any, context: dict[str, Any], c1: bool) -> None:
    """``<id>`` is feedparser's guid with isPermaLink: the link when there is none yet."""
    _only_lang(element)
    value = _finish(_text(element), c1, resolve=True)
    context["id"] = value
    context.setdefault("link", value)


def _person(element: Any, names: _Names) -> str:
    """An Atom author as feedparser's ``_sync_author_detail`` spells it: "name (email)"."""
    _only_lang(element)
    if (element.text or "").strip():
        raise _Decline
    parts: dict[str, str] = {}
    for child in element:
        name = names.of(child) if isinstance(child.tag, str) else ""
        if name not in ("name", "email", "uri") or name in parts:
            raise _Decline
        _only_lang(child)
        if (child.tail or "").strip():
            raise _Decline
        parts[name] = _text(child).strip()  # feedparser keeps these raw
    full, email = parts.get("name", ""), parts.get("email", "")
    if full and email:
        return f"{full} ({email})"
    return full or email


def _check_encoding(data: bytes, content_type: str | None) -> None:
    """UTF-8 only, agreed on by the HTTP header and the XML declaration (RFC 3023)."""
    if data[:1] != b"<" or b"\x00" in data:  # a BOM, blanks before the declaration, UTF-16
        raise _Decline
    match = RE_XML_PI_ENCODING.match(data)
    declared = match.group(1).decode("ascii").lower() if match else ""
    if declared not in _UTF8:
        raise _Decline
    if content_type:
        kind, charset = parse_content_type(content_type)
        xmlish = kind in _XML_TYPES or (kind.startswith("application/") and kind.endswith("+xml"))
        if not (xmlish and charset.lower() in _UTF8) and not (
            kind == "text/xml" and charset.lower() in ("utf-8",)
        ):
            raise _Decline
    # Bytes that are not UTF-8 make libxml2 fail (a test checks it): no decode here.


def _declared_prefixes(data: bytes) -> dict[str, set[str | None]]:
    """Namespace URI → every prefix declared for it (feedparser picks one of them)."""
    found: dict[str, set[str | None]] = {}
    bound: dict[str | None, str] = {}
    for match in _XMLNS.finditer(data):
        raw_prefix, dq, sq = match.groups()
        uri = (dq if dq is not None else sq).decode("utf-8")
        prefix = raw_prefix.decode("utf-8") if raw_prefix else None
        if not uri or "&" in uri or bound.setdefault(prefix, uri) != uri:
            raise _Decline  # undeclared, escaped or rebound: too clever
        lower = _fold(uri.lower())
        if lower in ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"):
            raise _Decline  # feedparser's version would be RSS 1.0 / 0.90
        standard = _MATCH.get(lower)
        if standard is not None and prefix != standard and prefix in _STANDARD:
            raise _Decline  # a known prefix bound to another known namespace
        found.setdefault(lower, set()).add(prefix)
    return found


def _fold(lower_uri: str) -> str:
    return (
        "http://backend.userland.com/rss" if "backend.userland.com/rss" in lower_uri else lower_uri
    )


class _Names:
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
                    raise _Decline
            return "?" + local.lower()
        return f"{standard}:{local}".lower() if standard else local.lower()

    def check_harmless(self, element: Any) -> None:
        """An element (and all in it) that feedparser stores under keys the reader ignores."""
        for node in element.iter():
            if not isinstance(node.tag, str):
                continue
            name = self.of(node)
            if not name.startswith("?") and (_has_handler(name) or _key(name) in _RESERVED):
                raise _Decline
            if any(_attr_key(k) in ("xml:base", "base") for k in node.attrib):
                raise _Decline


def _has_handler(name: str) -> bool:
    method = name.replace(":", "_", 1)
    return hasattr(_Mixin, "_start_" + method) or hasattr(_Mixin, "_end_" + method)


def _key(name: str) -> str:
    return name.replace(":", "_", 1)


def _attr_key(key: str) -> str:
    """feedparser's key for an attribute: known namespaces prefixed, others bare."""
    if not key.startswith("{"):
        return key.lower()
    uri, local = key[1:].split("}", 1)
    standard = _MATCH.get(uri.lower(), "")
    return (f"{standard}:{local}" if standard else local).lower()


def _text(element: Any) -> str:
    if len(element):  # child elements, comments or processing instructions
        raise _Decline
    text: str | None = element.text
    return text or ""


def _check_leaf(element: Any) -> None:
    if len(element) or any(_attr_key(k) in ("xml:base", "base") for k in element.attrib):
        raise _Decline


def _check_image(element: Any, names: _Names) -> None:
    if element.attrib:
        raise _Decline
    for child in element:
        if not isinstance(child.tag, str) or names.of(child) not in _IMAGE_CHILDREN:
            raise _Decline
        if child.attrib:
            raise _Decline
        _text(child)


def _finish(
    text: str, c1: bool, *, resolve: bool = False, html_guess: list[str] | None = None
) -> str:
    """feedparser's ``pop`` for one element's text, step by step in its order."""
    output = text.strip()
    if resolve and output:
        output = _join(output)
    if html_guess is not None and _Mixin.looks_like_html(output):
        html_guess[0] = "text/html"
    if output.isascii():  # neither step below can change ASCII
        return output
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        # UTF-8 that was read as Latin-1 and encoded again
        output = output.encode("iso-8859-1").decode("utf-8")
    if c1 and _C1.search(output):
        output = output.translate(_cp1252)
    return output


def _join(uri: str) -> str:
    """feedparser's ``resolve_uri`` with its empty base (the data came as a stream).

    ``_urljoin("", uri)`` only collapses the slashes after ``scheme://``;
    ``urljoin`` returns the URL itself when the base is empty.
    """
    i = uri.find("://")
    if i < 0 or not uri.startswith("/", i + 3):
        return uri
    joined: str = mixin._urljoin("", uri)
    return joined


def _amp_refs(value: str) -> str:
    """feedparser's repair of ``?a=1&b;=2`` in links."""
    return _AMP_REF.sub(r"&\g<1>", value) if "&" in value else value


def _title(element: Any, context: dict[str, Any], c1: bool) -> None:
    kind = ["text/plain"]
    value = _finish(_text(element), c1, html_guess=kind)
    context["title"] = value
    context["title_detail"] = {"type": kind[0], "value": value, "base": ""}


def _atom_link(element: Any, context: dict[str, Any]) -> None:
    """``<atom:link href=…>`` (or a ``<link>`` with attributes): feedparser's ``_start_link``."""
    _text(element)
    attrs: dict[str, str] = {}
    for key, value in element.attrib.items():
        name = _attr_key(key)
        if name in ("xml:base", "base") or name in attrs:
            raise _Decline
        attrs[name] = value.lower() if name in ("rel", "type") else value
    rel = attrs.setdefault("rel", "alternate")
    attrs.setdefault("type", "application/atom+xml" if rel == "self" else "text/html")
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs["href"] = href
    if "href" not in attrs:
        raise _Decline  # feedparser would read its text as the link
    if rel == "alternate" and _Mixin.map_content_type(attrs["type"]) in _Mixin.html_types:
        context["link"] = _join(attrs["href"])


def _item(element: Any, names: _Names) -> dict[str, Any]:
    if element.attrib:
        raise _Decline  # rdf:about, lastmod, href: feedparser reads those
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    c1 = names.c1
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        group = _ITEM_GROUPS.get(name)
        if name == "link" and child.attrib:
            _atom_link(child, entry)
            continue
        if group is None:
            if name in _ITEM_HARMLESS:
                _check_leaf(child)
            else:
                names.check_harmless(child)
            continue
        if group in seen:
            raise _Decline
        seen.add(group)
        attrs = {_attr_key(k): v for k, v in child.attrib.items()}
        if len(attrs) != len(child.attrib):
            raise _Decline
        if attrs and not (name == "guid" and set(attrs) == {"ispermalink"}):
            raise _Decline
        text = _text(child)
        if name == "title":
            _title(child, entry, c1)
        elif name == "link":
            value = _finish(text, c1, resolve=True).replace("&amp;", "&")
            entry["link"] = _amp_refs(value)
        elif name == "guid":
            is_link = attrs.get("ispermalink", "true") == "true"
            value = _finish(text, c1, resolve=is_link)
            entry["id"] = value
            if is_link:
                entry.setdefault("link", value)
        elif group == "published":
            entry["published_parsed"] = _parse_date(_finish(text, c1))
        elif group == "updated":
            entry["updated_parsed"] = _parse_date(_finish(text, c1))
        elif name == "description":
            entry["summary_detail"] = {"type": "text/html", "value": _finish(text, c1), "base": ""}
        elif name == "content:encoded":
            entry["content"] = [{"type": "text/html", "value": _finish(text, c1), "base": ""}]
        else:  # author, dc:creator
            entry["author"] = _finish(text, c1)
    return entry


_ITEM_GROUPS = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "pubdate": "published",
    "dc:date": "updated",
    "description": "description",
    "content:encoded": "content",
    "author": "author",
    "dc:creator": "author",
}

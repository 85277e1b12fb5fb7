"""A fast path for plain RSS and Atom: lxml instead of feedparser, the same result.

feedparser took 20 ms of CPU per feed of 100 article-sized items (the
refresh benchmark's feeds), a third of a feed's preparation: a Python call
for every SAX event, its bookkeeping for 40 namespaces, a deep copy per
element. lxml builds the tree in C; the few elements that reach a
:class:`~reader.core.feeds.parse.ParsedFeed` are then read with feedparser's
own rules (:mod:`reader.core.feeds.xmlrules`: its date parser, its "looks
like HTML" test, its URL join, its C1 translate and its "UTF-8 read as
Latin-1" repair, in its order): 5 ms instead of 19 for the same feeds (RSS;
Atom 6 against 19), paired medians on a shared machine, 2.0 ms of it lxml's.

It is a whitelist: :func:`parse_fast` returns feedparser-shaped dicts only
for a well-formed UTF-8 RSS 0.9x/1.0/2.0 or Atom 1.0 document whose every
element is either handled here exactly or stored by feedparser under a key
the reader never reads. Anything else (a DTD or entity declaration, another
encoding, a charset that disagrees, ``xml:base``, a duplicate title, an
alias such as ``itunes:summary`` or ``media:*``, Atom's xhtml, RSS 0.90, …)
returns None and feedparser reads the feed as before. Entities are never
expanded and nothing is fetched (``resolve_entities=False``, ``no_network``,
no DTD); the data stays bytes, never a file name.
"""

from __future__ import annotations

import re
from typing import Any

import feedparser
from feedparser.datetimes import _parse_date
from lxml import etree

from reader.core.feeds.xmlrules import (
    ATOM_URI,
    C1_REFERENCE,
    C1_UTF8,
    MIXIN,
    RSS090_URI,
    RSS10_URI,
    UTF8,
    Decline,
    Names,
    amp_refs,
    atom_link,
    attr_key,
    check_encoding,
    check_leaf,
    declared_prefixes,
    finish,
    text_of,
)

__all__ = ["parse_fast"]

_RSS_VERSIONS = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
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
        "dc:date",
        "dc:creator",
        "dc:language",
        "dc:rights",
        "dc:publisher",
        "dc:subject",
    }
)
_ITEM_HARMLESS = frozenset({"category", "enclosure", "dc:subject"})
_ATOM_ROOT = "{http://www.w3.org/2005/atom}feed"
_ATOM_FEED_HARMLESS = frozenset(
    {"updated", "published", "subtitle", "rights", "generator", "category"}
)
_ATOM_ENTRY_HARMLESS = frozenset({"category", "rights"})
_ATOM_ENTRY_HANDLED = frozenset(
    {"title", "id", "published", "updated", "summary", "content", "author"}
)
_IMAGE_CHILDREN = frozenset({"url", "title", "link", "width", "height", "description"})
_TEXTINPUT_CHILDREN = frozenset({"title", "link", "description", "name"})
_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "recover": False,
    "remove_blank_text": False,
    "collect_ids": False,
}


#: The rules restated are feedparser 6.0's: another version reads every feed itself.
_FEEDPARSER_KNOWN = feedparser.__version__.startswith("6.0.")


def parse_fast(
    data: bytes, content_type: str | None
) -> tuple[str, dict[str, Any], list[Any]] | None:
    """(version, channel, entries) as feedparser would give them, or None to decline."""
    if not _FEEDPARSER_KNOWN:
        return None
    try:
        return _parse(data, content_type)
    except Exception:  # Decline, lxml's errors, or a slip here: feedparser decides
        return None


def _parse(data: bytes, content_type: str | None) -> tuple[str, dict[str, Any], list[Any]]:
    check_encoding(data, content_type)
    start = re.search(rb"<\w", data)
    head = data[: start.start()] if start else data
    if b"<!" in head.replace(b"<!--", b"").lower() or b"entity" in head.lower():
        raise Decline  # a DOCTYPE or entity declaration: feedparser rewrites those
    prefixes = declared_prefixes(data)
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root: Any = etree.fromstring(data, parser)
    tree = root.getroottree()
    docinfo = tree.docinfo
    if (
        docinfo.doctype
        or docinfo.xml_version not in ("1.0", None)
        or (docinfo.encoding or "utf-8").lower() not in UTF8
    ):
        raise Decline
    # ("in" first: a scan for one byte is far faster than a regular expression)
    c1 = (b"\xc2" in data and C1_UTF8.search(data) is not None) or (
        b"#" in data and C1_REFERENCE.search(data) is not None
    )
    names = Names(prefixes, c1)
    name = names.of(root)
    if RSS090_URI in prefixes:
        raise Decline  # feedparser's version would be RSS 0.90
    if RSS10_URI in prefixes:
        # feedparser's version is RSS 1.0 unless Atom's namespace came first
        if name == "rdf:rdf" and ATOM_URI not in prefixes:
            return _rdf(root, names)
        raise Decline
    if name == "rss":
        return _rss(root, names)
    if name == "feed" and root.tag.lower() == _ATOM_ROOT:
        return _atom(root, names)
    raise Decline


def _rss(root: Any, names: Names) -> tuple[str, dict[str, Any], list[Any]]:
    if any(attr_key(k) != "version" for k in root.attrib):
        raise Decline
    attr_version = root.get("version", "")
    version = _RSS_VERSIONS.get(attr_version) or (
        "rss20" if attr_version.startswith("2.") else "rss"
    )
    channels = [child for child in root if isinstance(child.tag, str)]
    if len(channels) != 1 or names.of(channels[0]) != "channel" or channels[0].keys():
        raise Decline
    channel: dict[str, Any] = {}
    entries = _channel(channels[0], channel, names)
    return version, channel, entries


def _channel(element: Any, channel: dict[str, Any], names: Names) -> list[Any]:
    """The channel's title and link into ``channel``; its items (RSS 0.9x/2.0) returned."""
    entries: list[Any] = []
    seen: set[str] = set()
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "item":
            entries.append(_item(child, names))
        elif name in ("title", "link") and not child.keys():
            if name in seen:
                raise Decline
            seen.add(name)
            if name == "title":
                _title(text_of(child), channel, names.c1)
            else:
                channel["link"] = amp_refs(finish(text_of(child), names.c1, resolve=True))
        elif name == "link":
            atom_link(child, channel)
        elif name in ("image", "textinput"):
            _check_aside(child, names)
        elif name in _CHANNEL_HARMLESS:
            check_leaf(child)
        else:
            names.check_harmless(child)
    return entries


def _rdf(root: Any, names: Names) -> tuple[str, dict[str, Any], list[Any]]:
    """RSS 1.0: the channel and the items are siblings; an item's id is its rdf:about."""
    if root.keys():
        raise Decline
    channel: dict[str, Any] = {}
    entries: list[Any] = []
    channels = 0
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "item":
            entries.append(_item(child, names))
        elif name == "channel" and not channels and not entries:
            # (after an item, feedparser would drop the channel's title: same depth)
            channels += 1
            if any(attr_key(k) != "rdf:about" for k in child.attrib):
                raise Decline  # lastmod, href: feedparser reads those
            _channel(child, channel, names)
        else:
            raise Decline  # image, textinput, a second channel: not worth the rules
    return "rss10", channel, entries


def _atom(root: Any, names: Names) -> tuple[str, dict[str, Any], list[Any]]:
    """Atom 1.0: feedparser's version is "atom10" once the namespace is declared."""
    if any(attr_key(k) != "xml:lang" for k in root.attrib):
        raise Decline
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
                raise Decline
            seen.add(name)
        if name == "title":
            _atom_text(child, feed, "title", names.c1)
        elif name == "id":
            _atom_id(child, feed, names.c1)
        elif name == "link":
            atom_link(child, feed)
        elif name in ("author", "contributor"):
            _person(child, names)
        elif name in _ATOM_FEED_HARMLESS:
            check_leaf(child)
        else:
            names.check_harmless(child)
    return "atom10", feed, entries


def _entry(element: Any, names: Names) -> dict[str, Any]:
    if any(attr_key(k) != "xml:lang" for k in element.attrib):
        raise Decline  # rdf:about, lastmod, href: feedparser reads those
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    c1 = names.c1
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = names.of(child)
        if name == "link":
            atom_link(child, entry)
            continue
        if name not in _ATOM_ENTRY_HANDLED:
            if name in _ATOM_ENTRY_HARMLESS:
                check_leaf(child)
            elif name == "contributor":
                _person(child, names)
            else:
                names.check_harmless(child)
            continue
        if name in seen:
            raise Decline
        seen.add(name)
        if name == "title":
            _atom_text(child, entry, "title", c1)
        elif name == "id":
            _atom_id(child, entry, c1)
        elif name in ("published", "updated"):
            _only_lang(child)
            entry[f"{name}_parsed"] = _parse_date(finish(text_of(child), c1))
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
    if any(attr_key(k) != "xml:lang" for k in element.attrib):
        raise Decline


def _atom_text(element: Any, context: dict[str, Any], key: str, c1: bool) -> None:
    """A text construct of type text or html (xhtml is declined: its serialisation)."""
    kind = "text/plain"
    for attr, value in element.attrib.items():
        name = attr_key(attr)
        if name == "type":
            kind = MIXIN.map_content_type(value.lower())
        elif name != "xml:lang":
            raise Decline  # src, mode, xml:base, …
    if kind not in ("text/plain", "text/html"):
        raise Decline
    value = finish(text_of(element), c1)
    context[key] = value
    context[key + "_detail"] = {"type": kind, "value": value, "base": ""}


def _atom_id(element: Any, context: dict[str, Any], c1: bool) -> None:
    """``<id>`` is feedparser's guid with isPermaLink: the link when there is none yet."""
    _only_lang(element)
    value = finish(text_of(element), c1, resolve=True)
    context["id"] = value
    context.setdefault("link", value)


def _person(element: Any, names: Names) -> str:
    """An Atom author as feedparser's ``_sync_author_detail`` spells it: "name (email)"."""
    _only_lang(element)
    if (element.text or "").strip():
        raise Decline
    parts: dict[str, str] = {}
    for child in element:
        name = names.of(child) if isinstance(child.tag, str) else ""
        if name not in ("name", "email", "uri") or name in parts:
            raise Decline
        _only_lang(child)
        if (child.tail or "").strip():
            raise Decline
        parts[name] = text_of(child).strip()  # feedparser keeps these raw
    full, email = parts.get("name", ""), parts.get("email", "")
    if full and email:
        return f"{full} ({email})"
    return full or email


def _check_aside(element: Any, names: Names) -> None:
    """An image or a text input: feedparser files what is inside them apart.

    Only while each child is one that keeps its ``inimage`` / ``intextinput``
    flag up; RSS 1.0's are empty, with an rdf:resource.
    """
    keys = [attr_key(k) for k in element.attrib]
    if keys and (keys != ["rdf:resource"] or len(element)):
        raise Decline
    allowed = _IMAGE_CHILDREN if names.of(element) == "image" else _TEXTINPUT_CHILDREN
    for child in element:
        if not isinstance(child.tag, str) or names.of(child) not in allowed:
            raise Decline
        if child.attrib:
            raise Decline
        text_of(child)


def _title(text: str, context: dict[str, Any], c1: bool) -> None:
    kind = ["text/plain"]
    value = finish(text, c1, html_guess=kind)
    context["title"] = value
    context["title_detail"] = {"type": kind[0], "value": value, "base": ""}


def _item(element: Any, names: Names) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for key in element.attrib:
        if attr_key(key) != "rdf:about":
            raise Decline  # lastmod, href: feedparser reads those
        if element.get(key):  # RSS 1.0: the id, as it stands
            entry["id"] = element.get(key)
    seen: set[str] = set()
    c1 = names.c1
    for child in element.iterchildren(etree.Element):  # (comments and PIs: nothing)
        name = names.of(child)
        group = _ITEM_GROUPS.get(name)
        keys = child.keys()
        if name == "link" and keys:
            atom_link(child, entry)
            continue
        if group is None:
            if name in _ITEM_HARMLESS:
                check_leaf(child)
            else:
                names.check_harmless(child)
            continue
        if group in seen:
            raise Decline
        seen.add(group)
        is_link = True
        if keys:
            if name != "guid" or [attr_key(k) for k in keys] != ["ispermalink"]:
                raise Decline
            is_link = child.get(keys[0]) == "true"
        text = text_of(child)
        if name == "title":
            _title(text, entry, c1)
        elif name == "link":
            value = finish(text, c1, resolve=True).replace("&amp;", "&")
            entry["link"] = amp_refs(value)
        elif name == "guid":
            value = finish(text, c1, resolve=is_link)
            entry["id"] = value
            if is_link:
                entry.setdefault("link", value)
        elif group == "published":
            entry["published_parsed"] = _parse_date(finish(text, c1))
        elif group == "updated":
            entry["updated_parsed"] = _parse_date(finish(text, c1))
        elif name == "description":
            entry["summary_detail"] = {"type": "text/html", "value": finish(text, c1), "base": ""}
        elif name == "content:encoded":
            entry["content"] = [{"type": "text/html", "value": finish(text, c1), "base": ""}]
        else:  # author, dc:creator
            entry["author"] = finish(text, c1)
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

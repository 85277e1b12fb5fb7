"""The cleaning rules of ``resources/cleaning.json``, compiled once per process.

Which links, elements, labels, footers, query parameters and pixels count as
junk is data, so that a new mirror's junk is a JSON entry, not code.  Here
the JSON becomes structures that cost a few dict look-ups per link or
element, because the importer cleans thousands of articles a second.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Final
from urllib.parse import unquote_plus

from cssselect import HTMLTranslator
from cssselect import parse as parse_css
from cssselect.parser import Attrib, Class, Element, Hash, Tree
from lxml import etree

from reader.core.content.urls import Parts, query_names, query_of, split_url
from reader.core.resources import resource_path

_LABEL_STRIP: Final = " \t\r\n\xa0\u3000:：-–—|·•"


@dataclass(frozen=True, slots=True)
class _UrlPattern:
    path: str  # lower-cased prefix, "" for any
    query: str | None  # a parameter that must be present


class UrlMatcher:
    """Host-keyed URL patterns, so a link costs a few dict look-ups, not a scan."""

    __slots__ = ("_by_key",)

    def __init__(self, entries: Iterable[dict[str, str]]) -> None:
        self._by_key: dict[tuple[str, str], list[_UrlPattern]] = {}
        for entry in entries:
            scheme = entry.get("scheme", "http").lower()
            if scheme == "https":
                scheme = "http"
            key = (scheme, entry.get("host", "").lower())
            pattern = _UrlPattern(entry.get("path", "").lower(), entry.get("query"))
            self._by_key.setdefault(key, []).append(pattern)

    def matches(self, parts: Parts) -> bool:
        scheme, host, path, _ = parts
        if scheme == "https":
            scheme = "http"
        by_key = self._by_key
        candidate = host
        while True:  # the host, then each parent domain, then "" (any host)
            patterns = by_key.get((scheme, candidate))
            if patterns:
                lowered = path.lower()
                for pattern in patterns:
                    if lowered.startswith(pattern.path) and (
                        pattern.query is None or pattern.query in query_names(query_of(parts))
                    ):
                        return True
            if not candidate:
                return False
            dot = candidate.find(".")
            candidate = candidate[dot + 1 :] if dot >= 0 else ""


@dataclass(frozen=True, slots=True)
class SimpleSelector:
    """A compound CSS selector (tag, classes, [attr], [attr=value], #id) tested in Python.

    Testing the few elements that carry attributes is far cheaper than
    libxml2's XPath over the whole tree, once per selector.
    """

    tag: str | None
    classes: frozenset[str]
    attributes: tuple[tuple[str, str | None], ...]

    def matches(self, element: etree._Element) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        for name, value in self.attributes:
            actual = element.get(name)
            if actual is None or (value is not None and actual != value):
                return False
        return not self.classes or self.classes.issubset((element.get("class") or "").split())


def _simple_selector(tree: Tree) -> SimpleSelector | None:
    """The selector as a SimpleSelector, or None if it needs the XPath engine."""
    classes: set[str] = set()
    attributes: list[tuple[str, str | None]] = []
    node: Tree = tree
    while not isinstance(node, Element):
        if isinstance(node, Class):
            classes.add(node.class_name)
        elif isinstance(node, Hash):
            attributes.append(("id", node.id))
        elif isinstance(node, Attrib) and not node.namespace and node.operator in ("exists", "="):
            value = node.value.value if node.value is not None else None
            attributes.append((node.attrib.lower(), value))
        else:
            return None
        node = node.selector
    if node.namespace is not None:
        return None
    tag = node.element.lower() if node.element else None
    return SimpleSelector(tag, frozenset(classes), tuple(attributes))


@dataclass(frozen=True, slots=True)
class Junk:
    tags: frozenset[str]  # bare tag selectors
    candidates: etree.XPath  # elements with attributes or a junk tag: the only ones to test
    by_attribute: dict[str, tuple[SimpleSelector, ...]]  # keyed by a required attribute
    keys: frozenset[str]  # the keys of by_attribute
    bare: frozenset[str]  # keys with a selector that is that attribute alone ([data-x])
    xpath: etree.XPath | None  # whatever is not simple


def _compile_junk(selectors: Iterable[str]) -> Junk:
    translator = HTMLTranslator()
    tags: list[str] = []
    by_attribute: dict[str, list[SimpleSelector]] = {}
    complex_paths: list[str] = []
    for text in selectors:
        for parsed in parse_css(text):
            simple = None if parsed.pseudo_element else _simple_selector(parsed.parsed_tree)
            if simple is None:
                complex_paths.append(translator.selector_to_xpath(parsed, prefix="descendant::"))
            elif simple.attributes or simple.classes:
                key = simple.attributes[0][0] if simple.attributes else "class"
                by_attribute.setdefault(key, []).append(simple)
            elif simple.tag:
                tags.append(simple.tag)
            else:
                raise ValueError(f"junk selector {text!r} would match every element")
    # One XPath walk lists every element worth a look; a union costs little more than one path.
    candidates = " | ".join(["descendant::*[@*]", *(f"descendant::{tag}" for tag in tags)])
    return Junk(
        tags=frozenset(tags),
        candidates=etree.XPath(candidates),
        by_attribute={key: tuple(value) for key, value in by_attribute.items()},
        keys=frozenset(by_attribute),
        bare=frozenset(
            key
            for key, simples in by_attribute.items()
            if SimpleSelector(None, frozenset(), ((key, None),)) in simples
        ),
        xpath=etree.XPath(" | ".join(complex_paths)) if complex_paths else None,
    )


@dataclass(frozen=True, slots=True)
class Rules:
    share: UrlMatcher
    mailto_share_params: frozenset[str]
    trackers: UrlMatcher
    junk: Junk
    labels: frozenset[str]
    longest_label: int
    footer_hosts: tuple[str, ...]  # ".host", for a suffix test
    footer_texts: tuple[str, ...]
    footer_text_xpath: etree.XPath | None
    tracking_names: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    video_embeds: tuple[tuple[re.Pattern[str], str], ...]  # (player URL, page template)

    def video_page(self, player_url: str) -> str | None:
        """The page of the video an embedded player plays, or None for an unknown player."""
        for pattern, page in self.video_embeds:
            match = pattern.match(player_url)
            if match is not None:
                return match.expand(page)
        return None


def _xpath_literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in value.split("'")) + ")"


def normalise_label(text: str) -> str:
    return "".join(text.strip(_LABEL_STRIP).casefold().split())


@cache
def load_rules() -> Rules:
    """Read the JSON once: rules are data so that new junk needs no new code."""
    data: dict[str, Any] = json.loads(resource_path("cleaning.json").read_text(encoding="utf-8"))
    share = data["share_links"]
    mirrors: list[dict[str, Any]] = data["mirror_footers"]["mirrors"]
    texts = tuple(t for m in mirrors for t in m.get("texts", ()))
    text_test = " or ".join(f"contains(., {_xpath_literal(t)})" for t in texts)
    labels = frozenset(normalise_label(x) for x in data["share_labels"]["labels"])
    tracking = data["tracking_params"]
    return Rules(
        share=UrlMatcher(share["patterns"]),
        mailto_share_params=frozenset(share["mailto_share"]["remove_without_recipient_if_query"]),
        trackers=UrlMatcher(data["tracker_images"]["patterns"]),
        junk=_compile_junk(data["junk_selectors"]["selectors"]),
        labels=labels,
        longest_label=max((len(x) for x in labels), default=0),
        footer_hosts=tuple("." + h.lower() for m in mirrors for h in m.get("link_hosts", ())),
        footer_texts=texts,
        footer_text_xpath=etree.XPath(f"descendant::text()[{text_test}]") if texts else None,
        tracking_names=frozenset(n.lower() for n in tracking["names"]),
        tracking_prefixes=tuple(p.lower() for p in tracking["prefixes"]),
        video_embeds=tuple(
            (re.compile(entry["match"], re.IGNORECASE), entry["page"])
            for entry in data["video_embeds"]["patterns"]
        ),
    )


def is_tracker_image(url: str) -> bool:
    """Whether an image URL is a counting pixel's host (``tracker_images`` rules).

    Cleaning removes such images already; the image cache asks again so that
    nothing on the list is ever fetched, whatever route its URL came by.
    """
    parts = split_url(url.strip())
    return parts is not None and load_rules().trackers.matches(parts)


def strip_tracking_params(url: str) -> str:
    """Drop click and campaign identifiers so that one article has one URL.

    Only the offending ``name=value`` pieces are cut; the rest of the string
    stays as written (order, encoding, fragment), because re-encoding would
    make equal URLs look different to the importer's de-duplication.
    """
    end = url.find("#")
    if end < 0:
        end = len(url)
    start = url.find("?", 0, end)
    if start < 0:
        return url
    rules = load_rules()
    names, prefixes = rules.tracking_names, rules.tracking_prefixes
    pieces = url[start + 1 : end].split("&")
    kept: list[str] = []
    for piece in pieces:
        name = piece.partition("=")[0]
        if "%" in name or "+" in name:
            name = unquote_plus(name)
        name = name.lower()
        if name in names or name.startswith(prefixes):
            continue
        kept.append(piece)
    if len(kept) == len(pieces):
        return url
    query = "&".join(piece for piece in kept if piece)
    return url[:start] + ("?" + query if query else "") + url[end:]

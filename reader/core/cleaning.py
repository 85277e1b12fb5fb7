"""Turn the HTML a feed mirror delivered into something the reader may show.

Article bodies come from strangers: they carry share widgets, tracking pixels,
a mirror's advertising footer and, potentially, active content.  The reader
shows them in a ``QTextBrowser`` and prints them to PDF on a journalist's
machine, so nothing may run code or reach the local disk, while every word of
the article must survive.

The work is done on one lxml tree (parsed once, serialized once) and the
result then goes through nh3, an allow-list that does not rely on the lxml
stage being right.  The plain text is read off the same serialized markup,
which by then holds what nh3 keeps, so no second parse is needed.  Which
links, elements, labels, footers, query parameters and pixels count as junk
is data (``resources/cleaning.json``): a new mirror's junk is a JSON entry,
not code.

The importer cleans thousands of articles a second, so the hot path avoids
per-element Python work wherever lxml can do it in C.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, cast
from urllib.parse import quote, unquote_plus, urljoin

import nh3
from cssselect import HTMLTranslator
from cssselect import parse as parse_css
from cssselect.parser import Attrib, Class, Element, Hash, Tree
from lxml import etree

from reader.core.resources import resource_path

__all__ = [
    "CleanArticle",
    "clean_article",
    "html_to_text",
    "is_tracker_image",
    "strip_tracking_params",
]


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """What the rest of the program may store, index, show and print."""

    html: str
    text: str
    images: tuple[str, ...]


_EMPTY: Final = CleanArticle("", "", ())
_log = logging.getLogger(__name__)

# --- fixed policy (security, not taste: therefore code, not data) -----------

#: Removed with everything inside, both here and by nh3: active content,
#: embedded documents, form fields and metadata.  Their text is never article text.
_KILL_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset",
        "noframes", "object", "embed", "applet", "param", "input",
        "button", "select", "option", "optgroup", "textarea", "svg", "math",
        "link", "meta", "base", "head", "title", "xmp", "plaintext", "noembed",
        "canvas", "audio", "video", "source", "track", "map", "area", "portal",
    }
)  # fmt: skip

_ALLOWED_TAGS: Final = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "code", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark",
        "q", "cite", "abbr", "a", "img", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure",
        "figcaption", "div", "span", "ruby", "rt", "rp", "bdi", "bdo", "time",
        "del", "ins", "kbd", "samp", "var", "section", "article", "header",
        "footer", "aside", "details", "summary",
    }
)  # fmt: skip

_ALLOWED_ATTRIBUTES: Final = {
    "*": {"lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
    "ol": {"start"},
    "time": {"datetime"},
}

#: Block-level tags nh3 would unwrap: renamed to ``div`` so that unwrapping
#: does not glue the last word of one block to the first word of the next.
_BLOCKS_TO_DIV: Final = (
    "center", "main", "nav", "address", "hgroup", "menu", "dir", "fieldset",
    "legend", "listing", "search",
    # Some sites wrap a whole page in a <form>; its fields go, its text stays.
    "form",
)  # fmt: skip

#: Tags that start a new paragraph of plain text.
_TEXT_BLOCKS: Final = (
    *_BLOCKS_TO_DIV, "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "tr", "figcaption", "hr", "ul", "ol", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "caption", "figure", "section", "article", "header",
    "footer", "aside", "details", "summary",
)  # fmt: skip

#: Containers that may be pruned once a removal left them vacant.  Table
#: parts are not among them: an empty cell still holds the table's shape.
_PRUNABLE: Final = frozenset(
    {
        "div", "span", "p", "section", "aside", "footer", "header", "ul", "ol",
        "li", "figure", "figcaption", "font", "center", "strong", "b", "em", "i",
        "small", "a", "nav",
    }
)  # fmt: skip


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie: sre tries one branch per letter."""
    unique = sorted(set(words))
    if "" in unique:
        rest = [word for word in unique if word]
        return f"(?:{_trie(rest)})?" if rest else ""
    groups: dict[str, list[str]] = {}
    for word in unique:
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _trie(tails) for first, tails in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: Matches (in lower-cased markup) wherever a kill tag may open; a prefix suffices.
_KILL_HINT_RE: Final = re.compile(("<" + _trie(_KILL_TAGS)).encode("ascii"))

_LAZY_SRC_ATTRS: Final = ("data-src", "data-original", "data-lazy-src")
_WEB_SCHEMES: Final = frozenset({"http", "https"})

# C0 controls, DEL, non-characters and lone surrogates: meaningless in an
# article and refused by lxml's API once in the tree.  U+FDD0 and U+FDD1 are
# the text sentinels below, so they must not come in either.
_CONTROL_RE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
# The same characters written as character references (libxml2 decodes them).
_CHAR_REF_RE: Final = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# What a browser's URL parser drops before it looks for the scheme, so that
# ``jav&#x09;ascript:`` is seen as the ``javascript:`` it is.
_URL_EDGE: Final = "".join(chr(c) for c in range(0x21))
_URL_INNER_WS_RE: Final = re.compile("[\t\n\r]")
_SCHEME_RE: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_URL_RE: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?://([^/?#]*))?([^?#]*)")
_HOST_RE: Final = re.compile(r"(?:https?:)?//(?:[^/?#@]*@)?([^/?#:]*)", re.IGNORECASE)
# What libxml2's HTML serializer percent-escapes in href/src; escaping it
# first keeps ``images`` identical to the src written in ``html``.
_URI_UNSAFE_RE: Final = re.compile(r"[^A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]")
_DIMENSION_RE: Final = re.compile(r"\s*(\d+)(?:\.\d*)?\s*(?:px)?\s*$", re.IGNORECASE)
_STYLE_HIDDEN_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_SIZE_RE: Final = re.compile(
    r"(?:^|[;\s])(width|height)\s*:\s*(\d+)(?:\.\d*)?px", re.IGNORECASE
)
_FOOTER_FILLER_RE: Final = re.compile(r"[\s:：|·•\-–—,，.。/]*")
_LABEL_STRIP: Final = " \t\r\n\xa0\u3000:：-–—|·•"
_MANY_NEWLINES_RE: Final = re.compile(r"\n{3,}")
# Fast pre-checks on the UTF-8 bytes handed to libxml2.  Each is conservative:
# a hit only means the exact (slower) step must run.
_CONTROL_BYTES: Final = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)) + b"\x7f"
_CHAR_REF_HINT_RE: Final = re.compile(rb"&#")  # faster than ``in`` on bytes
_NONCHAR_BYTES_RE: Final = re.compile(rb"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])")
_BLOCK_MARK: Final = "\ufdd0"
_BREAK_MARK: Final = "\ufdd1"
# Tags in serialized markup (see _markup_text). A name ends at HTML's own
# whitespace, "/" or ">", not at Python's idea of whitespace.
_TEXT_BLOCK_SET: Final = frozenset(_TEXT_BLOCKS)
_NAME_END: Final = r"(?=[\t\n\x0c\r />])"
_BLOCK_TAG_RE: Final = re.compile(rf"</?{_trie(_TEXT_BLOCKS)}{_NAME_END}[^>]*>")
_BR_TAG_RE: Final = re.compile(rf"<br{_NAME_END}[^>]*>")
_CELL_END_RE: Final = re.compile(r"</t[dh]>")
_ANY_TAG_RE: Final = re.compile(r"<[^>]*>")
_ODD_TAG_RE: Final = re.compile(r"<[^>]*<")
_TAG_RE: Final = re.compile(r"<(/?)([^\t\n\x0c\r />]*)[^>]*>")

# --- URLs --------------------------------------------------------------------

#: (scheme, lower-cased host, path, the rest: "?query#fragment").
_Parts = tuple[str, str, str, str]


def _split(url: str) -> _Parts | None:
    """A regex split: urllib's urlsplit costs several times more per link."""
    match = _URL_RE.match(url)
    if match is None:
        return None
    scheme, authority, path = match.groups()
    host = ""
    if authority:
        host = authority.rpartition("@")[2]
        if host.startswith("["):
            host = host[1 : host.find("]")] if "]" in host else ""
        else:
            host = host.partition(":")[0]
        host = host.lower()
    return scheme.lower(), host, path, url[match.end() :]


def _query(parts: _Parts) -> str:
    rest = parts[3]
    return rest[1:].partition("#")[0] if rest.startswith("?") else ""


def _query_names(query: str) -> set[str]:
    return {piece.partition("=")[0] for piece in query.split("&")}


def is_tracker_image(url: str) -> bool:
    """Whether an image URL is a counting pixel's host (``tracker_images`` rules).

    Cleaning removes such images already; the image cache asks again so that
    nothing on the list is ever fetched, whatever route its URL came by.
    """
    parts = _split(url.strip())
    return parts is not None and _rules().trackers.matches(parts)


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
    rules = _rules()
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


def _clean_url_text(raw: str) -> str:
    url = raw.strip(_URL_EDGE)
    if not url.isprintable():  # one C scan; tabs and newlines are rare
        url = _URL_INNER_WS_RE.sub("", url)
    return url


def _usable_base(base_url: str | None) -> tuple[str, str] | None:
    """(base, scheme), for a web base only: a file: base would aim links at the disk."""
    if not base_url:
        return None
    base = _clean_url_text(base_url)
    parts = _split(base)
    if parts is None or parts[0] not in _WEB_SCHEMES or not parts[1]:
        return None
    return base, parts[0]


def _resolve(raw: str, base: tuple[str, str] | None) -> tuple[str, _Parts] | None:
    """The absolute URL a browser would make of an attribute, whatever its scheme.

    The scheme is read the way a browser reads it (edges, inner tabs and
    newlines dropped first), so an obfuscated ``javascript:`` is caught.
    """
    url = _clean_url_text(raw)
    if not url:
        return None
    match = _SCHEME_RE.match(url)
    if match is not None:
        scheme = match.group(1)
        lowered = scheme.lower()
        if lowered != scheme:
            url = lowered + url[len(scheme) :]
        relative = not url.startswith("//", len(scheme) + 1)  # "https:page.html" is relative
        if base is not None and relative and lowered in _WEB_SCHEMES:
            url = urljoin(base[0], url)
    elif url.startswith("//"):
        url = (base[1] if base else "https") + ":" + url
    elif base is not None:
        url = urljoin(base[0], url)
    else:
        return None
    parts = _split(url)
    return None if parts is None else (url, parts)


def _uri_escape(url: str) -> str:
    if _URI_UNSAFE_RE.search(url) is None:
        return url
    return quote(url, safe="!~*'()@/:=?;#%&,+<>")


# --- rules from resources/cleaning.json --------------------------------------


@dataclass(frozen=True, slots=True)
class _UrlPattern:
    path: str  # lower-cased prefix, "" for any
    query: str | None  # a parameter that must be present


class _UrlMatcher:
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

    def matches(self, parts: _Parts) -> bool:
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
                        pattern.query is None or pattern.query in _query_names(_query(parts))
                    ):
                        return True
            if not candidate:
                return False
            dot = candidate.find(".")
            candidate = candidate[dot + 1 :] if dot >= 0 else ""


@dataclass(frozen=True, slots=True)
class _SimpleSelector:
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


def _simple_selector(tree: Tree) -> _SimpleSelector | None:
    """The selector as a _SimpleSelector, or None if it needs the XPath engine."""
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
    return _SimpleSelector(tag, frozenset(classes), tuple(attributes))


@dataclass(frozen=True, slots=True)
class _Junk:
    tags: frozenset[str]  # bare tag selectors
    candidates: etree.XPath  # elements with attributes or a junk tag: the only ones to test
    by_attribute: dict[str, tuple[_SimpleSelector, ...]]  # keyed by a required attribute
    keys: frozenset[str]  # the keys of by_attribute
    xpath: etree.XPath | None  # whatever is not simple


def _compile_junk(selectors: Iterable[str]) -> _Junk:
    translator = HTMLTranslator()
    tags: list[str] = []
    by_attribute: dict[str, list[_SimpleSelector]] = {}
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
    return _Junk(
        tags=frozenset(tags),
        candidates=etree.XPath(candidates),
        by_attribute={key: tuple(value) for key, value in by_attribute.items()},
        keys=frozenset(by_attribute),
        xpath=etree.XPath(" | ".join(complex_paths)) if complex_paths else None,
    )


@dataclass(frozen=True, slots=True)
class _Rules:
    share: _UrlMatcher
    mailto_share_params: frozenset[str]
    trackers: _UrlMatcher
    junk: _Junk
    labels: frozenset[str]
    longest_label: int
    footer_hosts: tuple[str, ...]  # ".host", for a suffix test
    footer_texts: tuple[str, ...]
    footer_text_xpath: etree.XPath | None
    tracking_names: frozenset[str]
    tracking_prefixes: tuple[str, ...]


def _xpath_literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in value.split("'")) + ")"


def _normalise_label(text: str) -> str:
    return "".join(text.strip(_LABEL_STRIP).casefold().split())


@cache
def _rules() -> _Rules:
    """Read the JSON once: rules are data so that new junk needs no new code."""
    data: dict[str, Any] = json.loads(resource_path("cleaning.json").read_text(encoding="utf-8"))
    share = data["share_links"]
    mirrors: list[dict[str, Any]] = data["mirror_footers"]["mirrors"]
    texts = tuple(t for m in mirrors for t in m.get("texts", ()))
    text_test = " or ".join(f"contains(., {_xpath_literal(t)})" for t in texts)
    labels = frozenset(_normalise_label(x) for x in data["share_labels"]["labels"])
    tracking = data["tracking_params"]
    return _Rules(
        share=_UrlMatcher(share["patterns"]),
        mailto_share_params=frozenset(share["mailto_share"]["remove_without_recipient_if_query"]),
        trackers=_UrlMatcher(data["tracker_images"]["patterns"]),
        junk=_compile_junk(data["junk_selectors"]["selectors"]),
        labels=labels,
        longest_label=max((len(x) for x in labels), default=0),
        footer_hosts=tuple("." + h.lower() for m in mirrors for h in m.get("link_hosts", ())),
        footer_texts=texts,
        footer_text_xpath=etree.XPath(f"descendant::text()[{text_test}]") if texts else None,
        tracking_names=frozenset(n.lower() for n in tracking["names"]),
        tracking_prefixes=tuple(p.lower() for p in tracking["prefixes"]),
    )


@cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_KILL_TAGS),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


_local = threading.local()


def _parser() -> etree.HTMLParser:
    """One parser per thread: lxml parsers keep state and are not thread-safe."""
    parser: etree.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            collect_ids=False,
        )
        _local.parser = parser
    return parser


# --- tree helpers ------------------------------------------------------------


def _drop(element: etree._Element, replacement: str = "") -> None:
    """Remove an element but keep the text after it (lxml's remove() loses it)."""
    parent = element.getparent()
    if parent is None:
        return
    text = replacement + (element.tail or "")
    if text:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    parent.remove(element)


def _remove_recorded(
    element: etree._Element, removed: list[etree._Element], replacement: str = ""
) -> None:
    parent = element.getparent()
    if parent is not None:
        removed.append(parent)
    _drop(element, replacement)


def _text_of(element: etree._Element) -> str:
    """The text inside the element (not its tail), by libxml2: several times itertext's speed."""
    if len(element) == 0:
        return element.text or ""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _attached(element: etree._Element, body: etree._Element) -> bool:
    return body in element.iterancestors()  # identity: lxml elements do not define ==


def _is_vacant(element: etree._Element, rules: _Rules) -> bool:
    """Nothing left but whitespace or a share label, and no image."""
    if next(element.iter("img"), None) is not None:
        return False
    length = 0
    pieces: list[str] = []
    limit = rules.longest_label * 2 + 8
    for piece in cast(Iterator[str], element.itertext()):
        if piece.isspace():
            continue
        length += len(piece)
        if length > limit:
            return False  # too long for a label: real text, no need to read on
        pieces.append(piece)
    return not pieces or _normalise_label("".join(pieces)) in rules.labels


def _prune(removed: list[etree._Element], body: etree._Element, rules: _Rules) -> None:
    """Walk up from each removal point, dropping what the removal left vacant."""
    for candidate in dict.fromkeys(removed):
        element: etree._Element | None = candidate
        while (
            element is not None
            and element is not body
            and element.tag in _PRUNABLE
            and _attached(element, body)
            and _is_vacant(element, rules)
        ):
            parent = element.getparent()
            _drop(element)
            element = parent


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


# --- the stages --------------------------------------------------------------


def _control_replacement(match: re.Match[str]) -> str:
    # A vertical tab or a form feed separates words; the others separate nothing.
    return " " if match.group() in "\x0b\x0c" else ""


def _char_ref_replacement(match: re.Match[str]) -> str:
    hexa, decimal = match.groups()
    code = int(hexa, 16) if hexa else int(decimal)
    if code > 0x10FFFF:
        return match.group()
    char = chr(code)
    if _CONTROL_RE.match(char) is None:
        return match.group()
    return " " if char in "\x0b\x0c" else ""


def _body_bytes(html: str) -> bytes | None:
    """The UTF-8 that libxml2 gets: controls and their character references gone.

    Most bodies hold none of them, which three C scans of the bytes tell
    faster than one regex pass over the text.
    """
    try:
        data: bytes | None = html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        data = None
    if (
        data is None
        or len(data.translate(None, _CONTROL_BYTES)) != len(data)
        or _NONCHAR_BYTES_RE.search(data) is not None
        or _CHAR_REF_HINT_RE.search(data) is not None
    ):
        html = _CONTROL_RE.sub(_control_replacement, html)
        if "&#" in html:
            html = _CHAR_REF_RE.sub(_char_ref_replacement, html)
        data = html.encode("utf-8")
    if not html or html.isspace():
        return None
    return data


def _parse_body(data: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(b"<html><body>" + data + b"</body></html>", _parser())
    except (etree.LxmlError, ValueError):
        return None
    # The first child named body, as find("body") gives it, but without ElementPath's Python.
    return None if root is None else next(root.iterchildren("body"), None)


def _remove_killed(body: etree._Element, data: bytes) -> None:
    """Remove active content, but only walk the tree when the markup names such a tag."""
    if _KILL_HINT_RE.search(data.lower()) is not None:
        # Not strip_elements(): _drop merges the tail into one text node, which
        # the footer phrase search (text() nodes) relies on.
        for element in list(body.iter(*_KILL_TAGS)):
            _drop(element)


def _remove_junk(
    body: etree._Element, rules: _Rules, removed: list[etree._Element]
) -> list[etree._Element]:
    """Remove junk elements; return the spans/fonts whose lang or dir must stay."""
    junk = rules.junk
    found: list[etree._Element] = []
    keep: list[etree._Element] = []
    by_attribute, tags, keys = junk.by_attribute, junk.tags, junk.keys
    for element in cast(list[etree._Element], junk.candidates(body)):
        tag = element.tag
        if tag in tags:
            found.append(element)
            continue
        names = cast(list[str], element.keys())
        if not keys.isdisjoint(names):  # most candidates are links and images: one C test
            for name in names:
                candidates = by_attribute.get(name)
                if candidates and any(selector.matches(element) for selector in candidates):
                    found.append(element)
                    break
            else:
                if tag in ("span", "font") and ("lang" in names or "dir" in names):
                    keep.append(element)
        elif tag in ("span", "font") and ("lang" in names or "dir" in names):
            keep.append(element)
    if junk.xpath is not None:
        found.extend(cast(list[etree._Element], junk.xpath(body)))
    for element in found:
        _remove_recorded(element, removed)
    return keep


def _is_footer_link(href: str, parts: _Parts, rules: _Rules) -> bool:
    """A link to a mirror's own site, written absolute (relative ones are the article's)."""
    if not ("." + parts[1]).endswith(rules.footer_hosts):
        return False
    match = _HOST_RE.match(href.lstrip(_URL_EDGE))
    return match is not None and ("." + match.group(1).lower()).endswith(rules.footer_hosts)


def _footer_only_text(text: str, rules: _Rules) -> bool:
    for phrase in rules.footer_texts:
        text = text.replace(phrase, "")
    return _FOOTER_FILLER_RE.fullmatch(text) is not None


def _footer_only(element: etree._Element, links: set[etree._Element], rules: _Rules) -> bool:
    """The element holds a mirror's footer material and nothing else."""
    if element.tag == "img" or next(element.iter("img"), None) is not None:
        return False
    text = _text_of(element)
    for anchor in element.iter("a"):
        if anchor in links:
            text = text.replace(_text_of(anchor), "", 1)
    return _footer_only_text(text, rules)


def _remove_footer_block(
    start: etree._Element, body: etree._Element, links: set[etree._Element], rules: _Rules
) -> str:
    """Cut the largest block made only of footer material, and the rule above it.

    ``start`` is a footer link or an element holding a footer phrase.  Returns
    the text removed, so that the caller can tell whether the footer phrases
    still need looking for.
    """
    if not _attached(start, body) or (start not in links and not _footer_only(start, links, rules)):
        return ""
    block = start
    parent = block.getparent()
    while parent is not None and parent is not body and _footer_only(parent, links, rules):
        block = parent
        parent = block.getparent()
    if block is start and start in links and parent is not body:
        # A mirror link inside the article's own sentence: the words stay, the link goes.
        _drop(start, _text_of(start))
        return ""
    previous = block.getprevious()
    while previous is not None and previous.tag in ("br", "hr"):
        if previous.tail and not previous.tail.isspace():
            break
        before = previous.getprevious()
        _drop(previous)
        previous = before
    text = _text_of(block)
    _drop(block)
    return text


def _remove_footers(
    body: etree._Element, links: set[etree._Element], html: str, rules: _Rules
) -> None:
    """Remove mirror footers, found by their links and then by their phrases."""
    gone = "".join([_remove_footer_block(anchor, body, links, rules) for anchor in links])
    if rules.footer_text_xpath is None:
        return
    if all(html.count(phrase) <= gone.count(phrase) for phrase in rules.footer_texts):
        return  # every phrase went with a footer block: skip the XPath walk
    for hit in cast(list[Any], rules.footer_text_xpath(body)):
        owner: etree._Element = hit.getparent()
        container = owner.getparent() if hit.is_tail else owner
        if container is None or (container is not body and not _attached(container, body)):
            continue
        if container is not body:
            _remove_footer_block(container, body, links, rules)
        elif _footer_only_text(str(hit), rules):
            # Footer text loose in the body: blank that text node alone.
            if hit.is_tail:
                owner.tail = None
            else:
                owner.text = None


def _is_share_link(parts: _Parts, rules: _Rules) -> bool:
    if parts[0] == "mailto":
        query = _query(parts)
        if parts[2].strip() or not query:
            return False
        return not _query_names(query.lower()).isdisjoint(rules.mailto_share_params)
    return rules.share.matches(parts)


def _process_links(
    body: etree._Element,
    base: tuple[str, str] | None,
    rules: _Rules,
    removed: list[etree._Element],
) -> set[etree._Element]:
    """Resolve, vet and untrack every link; drop share links; return mirror-footer links."""
    footer_links: set[etree._Element] = set()
    for anchor in list(body.iter("a")):
        href = anchor.get("href")
        if href is None:
            continue
        resolved = _resolve(href, base)
        if resolved is None:
            del anchor.attrib["href"]
            continue
        url, parts = resolved
        if _is_share_link(parts, rules):
            _remove_recorded(anchor, removed)
            continue
        if parts[0] in _WEB_SCHEMES and parts[1]:
            if rules.footer_hosts and _is_footer_link(href, parts, rules):
                footer_links.add(anchor)
                continue
            url = _uri_escape(strip_tracking_params(url))
        elif parts[0] == "mailto":
            url = _uri_escape(url)
        else:
            del anchor.attrib["href"]
            continue
        if url != href:
            anchor.set("href", url)
    return footer_links


def _image_url(img: etree._Element, base: tuple[str, str] | None) -> tuple[str, _Parts] | None:
    for name in ("src", *_LAZY_SRC_ATTRS):
        value = img.get(name)
        if not value:
            continue
        resolved = _resolve(value, base)
        if resolved is not None and resolved[1][0] in _WEB_SCHEMES and resolved[1][1]:
            return resolved
    return None


def _process_images(
    body: etree._Element,
    base: tuple[str, str] | None,
    rules: _Rules,
    removed: list[etree._Element],
) -> list[str]:
    images: list[str] = []
    for img in list(body.iter("img")):
        if _is_invisible(img):
            _remove_recorded(img, removed)
            continue
        resolved = _image_url(img, base)
        if resolved is None:
            # Unfetchable, or aimed at the disk or at code: keep what it meant.
            _remove_recorded(img, removed, (img.get("alt") or "").strip())
            continue
        url, parts = resolved
        if rules.trackers.matches(parts):
            _remove_recorded(img, removed)
            continue
        url = _uri_escape(strip_tracking_params(url))
        if url != img.get("src"):
            img.set("src", url)
        images.append(url)
    return list(dict.fromkeys(images))


def _simplify(body: etree._Element, keep: list[etree._Element]) -> None:
    """Rename blocks nh3 would unwrap, and unwrap spans that carry no meaning.

    nh3 unwraps unknown blocks, which would glue the words on either side
    together; mirrors nest spans six deep, which costs every later walk.
    """
    for element in list(body.iter(*_BLOCKS_TO_DIV)):
        element.tag = "div"
    for element in keep:
        element.tag = "reader-keep"
    etree.strip_tags(body, "span", "font")
    for element in keep:
        element.tag = "span"


def _serialize_children(body: etree._Element) -> str:
    body.attrib.clear()
    body.tail = None
    markup = etree.tostring(body, encoding="unicode", method="html")
    # "<body>…</body>"; anything else would be a surprise from libxml2.
    if markup.startswith("<body>") and markup.endswith("</body>"):
        return markup[6:-7].strip()
    return ""


def _markup_text(markup: str) -> str:
    """The text of serialized markup: the HTML about to be written, read as a reader sees it.

    Regexes over the markup libxml2 just wrote, not a walk of the tree:
    libxml2 escapes every ``<`` and ``>`` in text and attribute values, so a
    ``<`` starts a tag and the next ``>`` ends it. Blocks become block marks,
    ``<br>`` a line mark, table cells end in a space, other tags vanish.
    It gives the text of the XSLT walk it replaced, with no second pass over
    the tree (tests/test_cleaning_text.py compares the two on generated
    markup). On its own it took half the time; in a whole import the
    difference did not show.
    """
    if _ODD_TAG_RE.search(markup) is None:
        raw = _BLOCK_TAG_RE.sub(_BLOCK_MARK, markup)
        if "<br" in raw:
            raw = _BR_TAG_RE.sub(_BREAK_MARK, raw)
        if "</t" in raw:
            raw = _CELL_END_RE.sub(" ", raw)
        raw = _ANY_TAG_RE.sub("", raw)
    else:  # a tag name with "<" in it (libxml2 allows one): tag by tag
        raw = _TAG_RE.sub(_tag_mark, markup)
    if "&" in raw:
        raw = html.unescape(raw)
    return _fold(raw)


def _tag_mark(match: re.Match[str]) -> str:
    closing, name = match.groups()
    if name in _TEXT_BLOCK_SET:
        return _BLOCK_MARK
    if name == "br":
        return _BREAK_MARK
    return " " if closing and name in ("td", "th") else ""


def _fold(raw: str) -> str:
    """Sentinels to separators: blocks to blank lines, <br> to newlines, runs of space to one."""
    # Every block is marked on both sides: most segments are empty, and filter() drops them in C.
    segments = filter(None, raw.split(_BLOCK_MARK))
    if _BREAK_MARK not in raw:  # most articles: no <br>, one comprehension
        return "\n\n".join(filter(None, [" ".join(segment.split()) for segment in segments]))
    blocks: list[str] = []
    for segment in segments:
        if _BREAK_MARK in segment:
            lines = [" ".join(line.split()) for line in segment.split(_BREAK_MARK)]
            folded = "\n".join(lines).strip()
            if "\n\n\n" in folded:
                folded = _MANY_NEWLINES_RE.sub("\n\n", folded)
        else:
            folded = " ".join(segment.split())
        if folded:
            blocks.append(folded)
    return "\n\n".join(blocks)


# --- public API --------------------------------------------------------------


def clean_article(body_html: str, base_url: str | None) -> CleanArticle:
    """Reduce a mirror's article HTML to the article, safe to display and print.

    Never raises: a body that cannot be read is an empty article, so that one
    bad file cannot stop an import of thousands.
    """
    try:
        return _clean(body_html, base_url)
    except Exception:  # the importer must not die on one hostile body
        _log.warning("could not clean an article body (%s)", base_url, exc_info=True)
        return _EMPTY


def _clean(body_html: str, base_url: str | None) -> CleanArticle:
    if not isinstance(body_html, str):
        return _EMPTY
    data = _body_bytes(body_html)
    body = None if data is None else _parse_body(data)
    if data is None or body is None:
        return _EMPTY
    rules = _rules()
    base = _usable_base(base_url)
    removed: list[etree._Element] = []
    _remove_killed(body, data)
    _simplify(body, _remove_junk(body, rules, removed))  # early: every later walk is shorter
    _remove_footers(body, _process_links(body, base, rules, removed), body_html, rules)
    images = _process_images(body, base, rules, removed)
    _prune(removed, body, rules)
    markup = _serialize_children(body)
    text = _markup_text(markup)
    if not text and not images:
        return _EMPTY
    return CleanArticle(html=_cleaner().clean(markup), text=text, images=tuple(images))


def html_to_text(html: str) -> str:
    """The text rules of :func:`clean_article`, for HTML from other sources.

    Given a ``CleanArticle.html`` it returns that article's ``text``, so that
    search indexes and exports agree with what the reader shows.
    """
    try:
        data = _body_bytes(html) if isinstance(html, str) else None
        body = None if data is None else _parse_body(data)
        if data is None or body is None:
            return ""
        _remove_killed(body, data)
        return _markup_text(_serialize_children(body))
    except Exception:  # text for an index is best effort, never a crash
        return ""

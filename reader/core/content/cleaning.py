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

This module holds the security policy and the stages; the parts live beside
it: parsing and tree edits (``htmltree``), URLs (``urls``), the JSON rules
(``cleaning_rules``), images and media (``media``) and the plain text
(``plaintext``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final, cast

import nh3
from lxml import etree

from reader.core.content.htmltree import (
    VOID_NAMES,
    attached,
    body_bytes,
    drop,
    parse_body,
    remove_recorded,
    serialize_children,
    text_of,
    trie,
)
from reader.core.content.media import (
    MEDIA_TAGS,
    convert_media,
    has_media,
    name_pictures,
    process_images,
)
from reader.core.content.pictures import keep_listed_pictures
from reader.core.content.plaintext import BLOCKS_TO_DIV, markup_text
from reader.core.content.rules import (
    Rules,
    is_tracker_image,
    load_rules,
    normalise_label,
    strip_tracking_params,
)
from reader.core.content.urls import (
    HOST_RE,
    URL_EDGE,
    WEB_SCHEMES,
    Base,
    Parts,
    query_names,
    query_of,
    resolve,
    uri_escape,
    usable_base,
)

__all__ = [
    "CleanArticle",
    "clean_article",
    "html_to_text",
    "is_tracker_image",
    "strip_tracking_params",
]

_log = logging.getLogger(__name__)


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
        "canvas", "audio", "video", "source", "track", "map", "area", "portal", "keygen",
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
#: Containers that may be pruned once a removal left them vacant.  Table
#: parts are not among them: an empty cell still holds the table's shape.
_PRUNABLE: Final = frozenset(
    {
        "div", "span", "p", "section", "aside", "footer", "header", "ul", "ol",
        "li", "figure", "figcaption", "font", "center", "strong", "b", "em", "i",
        "small", "a", "nav",
    }
)  # fmt: skip


#: Matches (in lower-cased markup) wherever a kill tag may open; a prefix suffices.
_KILL_HINT_RE: Final = re.compile(("<" + trie(_KILL_TAGS)).encode("ascii"))
#: The same for every tag a stage before the junk needs to see (kill tags, void
#: elements, pictures and players): most articles have none, and one search says so.
_EARLY_HINT_RE: Final = re.compile(
    ("<" + trie({*_KILL_TAGS, *VOID_NAMES, *MEDIA_TAGS})).encode("ascii")
)

_FOOTER_FILLER_RE: Final = re.compile(r"[\s:：|·•\-–—,，.。/]*")


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


# --- tree helpers ------------------------------------------------------------


def _is_vacant(element: etree._Element, rules: Rules) -> bool:
    """Nothing left but whitespace or a share label, and no image."""
    # The text first: most candidates hold an article's paragraphs, and their
    # first words say so before a walk of the whole subtree for an <img>.
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
    if next(element.iter("img"), None) is not None:
        return False
    return not pieces or normalise_label("".join(pieces)) in rules.labels


def _prune(removed: list[etree._Element], body: etree._Element, rules: Rules) -> None:
    """Walk up from each removal point, dropping what the removal left vacant."""
    for candidate in dict.fromkeys(removed):
        element: etree._Element | None = candidate
        while (
            element is not None
            and element is not body
            and element.tag in _PRUNABLE
            and attached(element, body)
            and _is_vacant(element, rules)
        ):
            parent = element.getparent()
            drop(element)
            element = parent


# --- the stages --------------------------------------------------------------


def _remove_killed(body: etree._Element, lowered: bytes) -> None:
    """Remove active content; walk the tree only when the lower-cased markup names such a tag."""
    if _KILL_HINT_RE.search(lowered) is not None:
        # Not strip_elements(): _drop merges the tail into one text node, which
        # the footer phrase search (text() nodes) relies on.
        for element in list(body.iter(*_KILL_TAGS)):
            drop(element)


def _remove_junk(
    body: etree._Element, rules: Rules, removed: list[etree._Element]
) -> list[etree._Element]:
    """Remove junk elements; return the spans/fonts whose lang or dir must stay."""
    junk = rules.junk
    found: list[etree._Element] = []
    keep: list[etree._Element] = []
    by_attribute, tags, keys, bare = junk.by_attribute, junk.tags, junk.keys, junk.bare
    for element in cast(list[etree._Element], junk.candidates(body)):
        tag = element.tag
        if tag in tags:
            found.append(element)
            continue
        names = cast(list[str], element.keys())
        if not keys.isdisjoint(names):  # most candidates are links and images: one C test
            if not bare.isdisjoint(names):  # [data-root-share] and the like: no selector to run
                found.append(element)
                continue
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
        remove_recorded(element, removed)
    return keep


def _is_footer_link(href: str, parts: Parts, rules: Rules) -> bool:
    """A link to a mirror's own site, written absolute (relative ones are the article's)."""
    if not ("." + parts[1]).endswith(rules.footer_hosts):
        return False
    match = HOST_RE.match(href.lstrip(URL_EDGE))
    return match is not None and ("." + match.group(1).lower()).endswith(rules.footer_hosts)


def _footer_only_text(text: str, rules: Rules) -> bool:
    for phrase in rules.footer_texts:
        text = text.replace(phrase, "")
    return _FOOTER_FILLER_RE.fullmatch(text) is not None


def _footer_text(element: etree._Element, links: set[etree._Element], rules: Rules) -> str | None:
    """The element's text if it holds a mirror's footer material and nothing else, else None."""
    if element.tag == "img" or next(element.iter("img"), None) is not None:
        return None
    whole = text_of(element)
    text = whole
    for anchor in element.iter("a"):
        if anchor in links:
            text = text.replace(text_of(anchor), "", 1)
    return whole if _footer_only_text(text, rules) else None


def _remove_footer_block(
    start: etree._Element, body: etree._Element, links: set[etree._Element], rules: Rules
) -> str:
    """Cut the largest block made only of footer material, and the rule above it.

    ``start`` is a footer link or an element holding a footer phrase.  Returns
    the text removed, so that the caller can tell whether the footer phrases
    still need looking for.
    """
    if not attached(start, body):
        return ""
    text: str | None = None  # the block's text, once read (libxml2 writes it: once is enough)
    if start not in links:
        text = _footer_text(start, links, rules)
        if text is None:
            return ""
    block = start
    parent = block.getparent()
    while parent is not None and parent is not body:
        parent_text = _footer_text(parent, links, rules)
        if parent_text is None:
            break
        block, text = parent, parent_text
        parent = block.getparent()
    if block is start and start in links and parent is not body:
        # A mirror link inside the article's own sentence: the words stay, the link goes.
        drop(start, text_of(start))
        return ""
    previous = block.getprevious()
    while previous is not None and previous.tag in ("br", "hr"):
        if previous.tail and not previous.tail.isspace():
            break
        before = previous.getprevious()
        drop(previous)
        previous = before
    if text is None:
        text = text_of(block)
    drop(block)
    return text


def _remove_footers(
    body: etree._Element, links: set[etree._Element], html: str, rules: Rules
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
        if container is None or (container is not body and not attached(container, body)):
            continue
        if container is not body:
            _remove_footer_block(container, body, links, rules)
        elif _footer_only_text(str(hit), rules):
            # Footer text loose in the body: blank that text node alone.
            if hit.is_tail:
                owner.tail = None
            else:
                owner.text = None


def _is_share_link(parts: Parts, rules: Rules) -> bool:
    if parts[0] == "mailto":
        query = query_of(parts)
        if parts[2].strip() or not query:
            return False
        return not query_names(query.lower()).isdisjoint(rules.mailto_share_params)
    return rules.share.matches(parts)


#: What :func:`_process_links` does with a link: remove its href, remove the
#: link (share), keep it aside (mirror footer), or set this href.
_DROP_HREF: Final = 0
_SHARE_LINK: Final = 1
_FOOTER_LINK: Final = 2
_LinkAction = int | str


def _link_action(href: str, base: Base | None, rules: Rules) -> _LinkAction:
    resolved = resolve(href, base)
    if resolved is None:
        return _DROP_HREF
    url, parts = resolved
    if _is_share_link(parts, rules):
        return _SHARE_LINK
    if parts[0] in WEB_SCHEMES and parts[1]:
        if rules.footer_hosts and _is_footer_link(href, parts, rules):
            return _FOOTER_LINK
        return uri_escape(strip_tracking_params(url))
    if parts[0] == "mailto":
        return uri_escape(url)
    return _DROP_HREF


#: Share links are long and never repeat: hashing them for a cache would cost
#: more than it saves, and keep megabytes alive in every worker.
_CACHED_HREF_LENGTH: Final = 256


@lru_cache(maxsize=1024)
def _absolute_link_action(href: str) -> _LinkAction:
    """The action for an ``http(s)://`` href, which no base changes: mirrors repeat theirs."""
    return _link_action(href, None, load_rules())


def _process_links(
    body: etree._Element,
    base: Base | None,
    rules: Rules,
    removed: list[etree._Element],
) -> set[etree._Element]:
    """Resolve, vet and untrack every link; drop share links; return mirror-footer links."""
    footer_links: set[etree._Element] = set()
    for anchor in list(body.iter("a")):
        href = anchor.get("href")
        if href is None:
            continue
        if len(href) <= _CACHED_HREF_LENGTH and href.startswith(("https://", "http://")):
            action = _absolute_link_action(href)
        else:
            action = _link_action(href, base, rules)
        if action == _DROP_HREF:
            del anchor.attrib["href"]
        elif action == _SHARE_LINK:
            remove_recorded(anchor, removed)
        elif action == _FOOTER_LINK:
            footer_links.add(anchor)
        elif action != href:
            anchor.set("href", cast(str, action))
    return footer_links


def _simplify(body: etree._Element, keep: list[etree._Element]) -> None:
    """Rename blocks nh3 would unwrap, and unwrap spans that carry no meaning.

    nh3 unwraps unknown blocks, which would glue the words on either side
    together; mirrors nest spans six deep, which costs every later walk.
    """
    for element in list(body.iter(*BLOCKS_TO_DIV)):
        element.tag = "div"
    for element in keep:
        element.tag = "reader-keep"
    etree.strip_tags(body, "span", "font")
    for element in keep:
        element.tag = "span"


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
    data = body_bytes(body_html)
    if data is None:
        return _EMPTY
    lowered = data.lower()
    early = _EARLY_HINT_RE.search(lowered) is not None
    body = parse_body(data, close_voids=early)
    if body is None:
        return _EMPTY
    rules = load_rules()
    base = usable_base(base_url)
    removed: list[etree._Element] = []
    if early:
        name_pictures(body, lowered)  # before the junk rules and <picture> look for <img>
        if has_media(lowered):
            convert_media(body, base, rules)  # before _remove_killed: players are kill tags
        _remove_killed(body, lowered)
    _simplify(body, _remove_junk(body, rules, removed))  # early: every later walk is shorter
    _remove_footers(body, _process_links(body, base, rules, removed), body_html, rules)
    images = process_images(body, base, rules, removed)
    _prune(removed, body, rules)
    markup = serialize_children(body)
    text = markup_text(markup)
    if not text and not images:
        return _EMPTY
    # nh3 parses again, as HTML5: a picture only it sees was vetted by nobody.
    sanitized = keep_listed_pictures(_cleaner().clean(markup), set(images))
    return CleanArticle(html=sanitized, text=text, images=tuple(images))


def html_to_text(html: str) -> str:
    """The text rules of :func:`clean_article`, for HTML from other sources.

    Given a ``CleanArticle.html`` it returns that article's ``text``, so that
    search indexes and exports agree with what the reader shows.
    """
    try:
        data = body_bytes(html) if isinstance(html, str) else None
        body = None if data is None else parse_body(data)
        if data is None or body is None:
            return ""
        _remove_killed(body, data.lower())
        return markup_text(serialize_children(body))
    except Exception:  # text for an index is best effort, never a crash
        return ""

"""Article HTML into an lxml tree and back, and the few tree edits every stage needs.

libxml2 parses and serializes in C, once per article; the stages in between
edit the tree.  lxml's own ``remove()`` loses the text that follows an
element, so every removal here goes through :func:`drop`, which keeps it:
losing words between two removed widgets would lose the article's words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Final

from lxml import etree

# C0 controls, DEL, non-characters and lone surrogates: meaningless in an
# article and refused by lxml's API once in the tree.  U+FDD0 and U+FDD1 are
# the plain-text sentinels (reader.core.content.plaintext), so they must not come in either.
_CONTROL_RE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
# The same characters written as character references (libxml2 decodes them).
_CHAR_REF_RE: Final = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# Fast pre-checks on the UTF-8 bytes handed to libxml2.  Each is conservative:
# a hit only means the exact (slower) step must run.
_CONTROL_BYTES: Final = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)) + b"\x7f"
_CHAR_REF_HINT_RE: Final = re.compile(rb"&#")  # faster than ``in`` on bytes
_NONCHAR_BYTES_RE: Final = re.compile(rb"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])")


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie: sre tries one branch per letter."""
    unique = sorted(set(words))
    if "" in unique:
        rest = [word for word in unique if word]
        return f"(?:{trie(rest)})?" if rest else ""
    groups: dict[str, list[str]] = {}
    for word in unique:
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + trie(tails) for first, tails in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Void elements of HTML5 that libxml2's HTML4 parser takes for containers:
# ``<p>a</p><embed src=x><p>b</p>`` puts "b" inside the embed, and removing
# the embed (active content) took the rest of the article with it.  Each gets
# its end tag right after its start tag, as an HTML5 parser would close it; a
# stray end tag, where the page already closed it, is ignored by libxml2.
# ``<image>`` is one too: an HTML5 parser reads it as ``<img>``.
# The tag is matched the way HTML5 tokenizes attributes (quotes only around a
# value), and possessively, so that a tag with no ">" costs one pass.
VOID_NAMES: Final = ("embed", "image", "keygen", "source", "track", "wbr")
_VOID_HINT_RE: Final = re.compile(("<" + trie(VOID_NAMES)).encode("ascii"), re.IGNORECASE)
_VOID_TAG_RE: Final = re.compile(
    ("<(" + trie(VOID_NAMES) + r")(?=[\t\n\x0c\r />])").encode("ascii")
    + rb"(?:[\t\n\x0c\r /]++|[^\t\n\x0c\r />=]++(?:[\t\n\x0c\r ]*+=[\t\n\x0c\r ]*+"
    + rb"(?:\"[^\"]*+\"|'[^']*+'|[^\t\n\x0c\r >]*+))?+|=[^\t\n\x0c\r />]*+)*+>",
    re.IGNORECASE,
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


def body_bytes(html: str) -> bytes | None:
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


def parse_body(data: bytes, *, close_voids: bool = True) -> etree._Element | None:
    """The body element of ``data`` parsed as an HTML fragment, or None if libxml2 gives up.

    ``close_voids=False`` when the caller already knows the markup names no
    void element (one search of the markup for all tags of interest is cheaper).
    """
    if close_voids and _VOID_HINT_RE.search(data) is not None:
        data = _VOID_TAG_RE.sub(rb"\g<0></\1>", data)
    try:
        root = etree.fromstring(b"<html><body>" + data + b"</body></html>", _parser())
    except (etree.LxmlError, ValueError):
        return None
    # The first child named body, as find("body") gives it, but without ElementPath's Python.
    return None if root is None else next(root.iterchildren("body"), None)


def drop(element: etree._Element, replacement: str = "") -> None:
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


def remove_recorded(
    element: etree._Element, removed: list[etree._Element], replacement: str = ""
) -> None:
    parent = element.getparent()
    if parent is not None:
        removed.append(parent)
    drop(element, replacement)


def text_of(element: etree._Element) -> str:
    """The text inside the element (not its tail), by libxml2: several times itertext's speed."""
    if len(element) == 0:
        return element.text or ""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def attached(element: etree._Element, body: etree._Element) -> bool:
    return body in element.iterancestors()  # identity: lxml elements do not define ==


def serialize_children(body: etree._Element) -> str:
    body.attrib.clear()
    body.tail = None
    markup = etree.tostring(body, encoding="unicode", method="html")
    # "<body>…</body>"; anything else would be a surprise from libxml2.
    if markup.startswith("<body>") and markup.endswith("</body>"):
        return markup[6:-7].strip()
    return ""

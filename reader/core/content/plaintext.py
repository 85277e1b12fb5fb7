"""The plain text of cleaned markup: what search indexes, ``show --format text`` and exports read.

Blocks become paragraphs separated by a blank line, ``<br>`` a line break,
table cells end in a space, and runs of white space fold to one, so that the
text says what the reader shows, word for word.
"""

from __future__ import annotations

import html
import re
from typing import Final

from reader.core.content.htmltree import trie

#: Block-level tags nh3 would unwrap: renamed to ``div`` so that unwrapping
#: does not glue the last word of one block to the first word of the next.
BLOCKS_TO_DIV: Final = (
    "center", "main", "nav", "address", "hgroup", "menu", "dir", "fieldset",
    "legend", "listing", "search",
    # Some sites wrap a whole page in a <form>; its fields go, its text stays.
    "form",
)  # fmt: skip

#: Tags that start a new paragraph of plain text.
TEXT_BLOCKS: Final = (
    *BLOCKS_TO_DIV, "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "tr", "figcaption", "hr", "ul", "ol", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "caption", "figure", "section", "article", "header",
    "footer", "aside", "details", "summary",
)  # fmt: skip


_MANY_NEWLINES_RE: Final = re.compile(r"\n{3,}")
_BLOCK_MARK: Final = "\ufdd0"
_BREAK_MARK: Final = "\ufdd1"
# Tags in serialized markup (see markup_text). A name ends at HTML's own
# whitespace, "/" or ">", not at Python's idea of whitespace.
_TEXT_BLOCK_SET: Final = frozenset(TEXT_BLOCKS)
_NAME_END: Final = r"(?=[\t\n\x0c\r />])"
_BLOCK_TAG_RE: Final = re.compile(rf"</?{trie(TEXT_BLOCKS)}{_NAME_END}[^>]*>")
_BR_TAG_RE: Final = re.compile(rf"<br{_NAME_END}[^>]*>")
_CELL_END_RE: Final = re.compile(r"</t[dh]>")
_ANY_TAG_RE: Final = re.compile(r"<[^>]*>")
_ODD_TAG_RE: Final = re.compile(r"<[^>]*<")
_TAG_RE: Final = re.compile(r"<(/?)([^\t\n\x0c\r />]*)[^>]*>")


def markup_text(markup: str) -> str:
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
    return fold(raw)


def _tag_mark(match: re.Match[str]) -> str:
    closing, name = match.groups()
    if name in _TEXT_BLOCK_SET:
        return _BLOCK_MARK
    if name == "br":
        return _BREAK_MARK
    return " " if closing and name in ("td", "th") else ""


def fold(raw: str) -> str:
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

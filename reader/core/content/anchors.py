"""Anchoring highlights in an article's text, as the W3C TextQuoteSelector does.

A highlight is stored as its quote, a little text either side and its
position; it is found again by the quote and its context, never by the
position alone. The window's document, the stored plain text and a PDF lay
the same words out with different whitespace (a paragraph break is one
character in one and two in another), so matching happens on the text with
every run of whitespace folded to one space, and the result is mapped back
to positions in the text given.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CONTEXT", "TextQuote", "fold", "locate", "select"]

#: Characters of context kept either side of a quote: enough to tell apart
#: the same words said twice in one article.
CONTEXT = 32

#: Characters Qt's documents use for breaks and objects, read as whitespace.
_SPACES = "\u2029\u2028\ufffc\u00a0"


@dataclass(frozen=True, slots=True)
class TextQuote:
    quote: str
    prefix: str
    suffix: str
    position: int  # where the quote starts in the folded text


def fold(text: str) -> tuple[str, list[int]]:
    """The text with whitespace runs folded to one space, and where each character came from."""
    out: list[str] = []
    origin: list[int] = []
    space = False
    for index, char in enumerate(text):
        if char.isspace() or char in _SPACES:
            if not space and out:
                out.append(" ")
                origin.append(index)
            space = True
            continue
        space = False
        out.append(char)
        origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def select(text: str, start: int, end: int) -> TextQuote | None:
    """The selector for ``text[start:end]``; None when the selection holds no words."""
    folded, origin = fold(text)
    begin = next((i for i, o in enumerate(origin) if o >= start), len(origin))
    stop = next((i for i, o in enumerate(origin) if o >= end), len(origin))
    quote = folded[begin:stop].strip()
    if not quote:
        return None
    begin = folded.find(quote, begin)
    stop = begin + len(quote)
    return TextQuote(
        quote=quote,
        prefix=folded[max(0, begin - CONTEXT) : begin],
        suffix=folded[stop : stop + CONTEXT],
        position=begin,
    )


def quote_selector(text: str, quote: str) -> TextQuote | None:
    """The selector for the first place ``quote`` occurs (the command line's ``note``)."""
    folded, _ = fold(text)
    wanted, _ = fold(quote)
    if not wanted:
        return None
    begin = folded.find(wanted)
    if begin < 0:
        return None
    stop = begin + len(wanted)
    return TextQuote(
        wanted, folded[max(0, begin - CONTEXT) : begin], folded[stop : stop + CONTEXT], begin
    )


def locate(text: str, anchor: TextQuote) -> tuple[int, int] | None:
    """Where the quote is in ``text`` (start, end), chosen by its context; None if gone."""
    folded, origin = fold(text)
    quote, _ = fold(anchor.quote)
    if not quote:
        return None
    best: tuple[int, int] | None = None  # (score, start in folded)
    at = folded.find(quote)
    while at >= 0:
        before = folded[max(0, at - len(anchor.prefix)) : at]
        after = folded[at + len(quote) : at + len(quote) + len(anchor.suffix)]
        score = _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)
        # Ties go to the occurrence nearest where it was.
        ranked = (score * 1_000_000 - abs(at - anchor.position), at)
        if best is None or ranked[0] > best[0]:
            best = ranked
        at = folded.find(quote, at + 1)
    if best is None:
        return None
    start = best[1]
    end = start + len(quote) - 1
    return origin[start], origin[end] + 1


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])

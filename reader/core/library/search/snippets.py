"""Snippets: a short passage of an article around the first hit, the hits marked.

Worked out in Python from the stored text, for the rows on screen only
(:meth:`reader.core.library.search.results.SearchMixin.snippets`), with the
words folded as the index folds them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.library.search.folding import fold
from reader.core.library.search.index import CJK_RUN, WORD
from reader.core.library.search.query import highlight_terms, parse

__all__ = ["Snippet", "hit_spans", "search_terms", "snippet"]

#: One hit marked in a snippet: ``(start, end)`` offsets into its text.
Snippet = tuple[str, list[tuple[int, int]]]

_SNIPPET_CHARS = 160
_SNIPPET_BEFORE = 16


def search_terms(search: str) -> list[str]:
    """The words a search marks (each positive word or phrase); ``*`` ends a prefix."""
    terms: list[str] = []
    for text, prefix in highlight_terms(parse(search)):
        words = _term_patterns(text)
        if prefix and words:
            words[-1] += "*"
        terms.extend(words)
    return terms


def _term_patterns(text: str) -> list[str]:
    """A term as what to look for: a CJK run as itself, other words one by one."""
    out: list[str] = []
    pos = 0
    for run in CJK_RUN.finditer(text):
        out.extend(w.lower() for w in WORD.findall(text[pos : run.start()]))
        out.append(run.group())
        pos = run.end()
    out.extend(w.lower() for w in WORD.findall(text[pos:]))
    return [t for t in out if t]


def _fold_for_match(text: str) -> str:
    """Case, accents, script and width folded, one character for one (offsets hold)."""
    folded = fold(text).lower()
    if len(folded) != len(text):  # a character whose lower case is longer (İ)
        folded = "".join(c.lower()[:1] or c for c in fold(text))
    return _strip_accents(folded)


_ACCENTED = re.compile(r"[À-ɏḀ-ỿ]")


def _strip_accents(text: str) -> str:
    import unicodedata

    def base(match: re.Match[str]) -> str:
        return unicodedata.normalize("NFD", match.group())[0]

    return _ACCENTED.sub(base, text)


def hit_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the terms occur in the text: ``(start, end)`` pairs in order, not overlapping."""
    if not terms:
        return []
    folded = _fold_for_match(text)
    alternatives = []
    for term in sorted(set(terms), key=len, reverse=True):
        prefix = term.endswith("*")
        word = re.escape(_strip_accents(fold(term.rstrip("*")).lower()))
        if CJK_RUN.fullmatch(term.rstrip("*")):
            alternatives.append(word)  # no spaces in CJK: anywhere
        else:
            alternatives.append(rf"(?<!\w){word}" + (r"\w*" if prefix else r"(?!\w)"))
    boundary = re.compile("|".join(alternatives))
    spans: list[tuple[int, int]] = []
    for match in boundary.finditer(folded):
        start, end = match.span()
        if end > start:
            spans.append((start, end))
    return spans


def snippet(text: str, terms: Sequence[str], width: int = _SNIPPET_CHARS) -> Snippet:
    """About ``width`` characters around the first hit, and the hits in it."""
    spans = hit_spans(text, terms)
    flat = " ".join(text.split()) if not spans else None
    if flat is not None:
        return flat[:width], []
    first = spans[0][0]
    # A little before the hit, from a word's start: in a narrow column the
    # hit must still show.
    start = max(0, first - _SNIPPET_BEFORE)
    while (
        0 < start < first and not text[start - 1].isspace() and first - start < 2 * _SNIPPET_BEFORE
    ):
        start -= 1
    end = min(len(text), start + width)
    piece = text[start:end]
    marks = [(a - start, min(b, end) - start) for a, b in spans if a >= start and a < end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    cleaned, shifted = _squeeze(piece, marks)
    offset = len(prefix)
    return prefix + cleaned + suffix, [(a + offset, b + offset) for a, b in shifted]


def _squeeze(piece: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Runs of white space as one space (a snippet is one line), the marks moved with it."""
    out: list[str] = []
    position: list[int] = []  # new offset of each old offset
    previous_space = False
    for char in piece:
        position.append(len(out))
        if char.isspace():
            if not previous_space:
                out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
    position.append(len(out))
    return "".join(out), [(position[a], position[b]) for a, b in marks if b > a]

"""Full-text search that works for Chinese, Japanese and Korean too.

SQLite's ``unicode61`` tokenizer folds case and accents (``negociations``
finds ``négociations``) but takes a whole run of Han characters for one
token, and the ``trigram`` tokenizer cannot match two-character words such as
李强. So CJK runs are rewritten before they reach FTS5: every run becomes its
overlapping bigrams plus its last character (``李强和`` → ``李强 强和 和``).
A query goes through the same rewrite and becomes a phrase of bigrams, which
matches exactly where the characters stand next to each other in the text; a
single character becomes a prefix query, which every bigram starting with it
(and the trailing unigram) satisfies.

The rewrite must stay stable: the index is contentless, and removing a row
means handing FTS5 the same tokens again (see the store). Changing it means
bumping :data:`INDEX_VERSION`, which makes the store rebuild the index.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from array import array
from operator import add

INDEX_VERSION = 1

# Han (with extensions and compatibility ideographs), kana, Hangul and the
# iteration mark: scripts written without spaces between words.
_CJK = (
    "\u3005\u3006\u3007\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00020000-\U0003134f\u1100-\u11ff"
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
_QUERY_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')

# Long runs are interleaved as 32-bit code points in C (array slice assignment)
# instead of one Python string per bigram; below this length the setup costs more.
_LONG_RUN = 12
_UTF32: str = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_CODE_POINT = next(code for code in "IL" if array(code).itemsize == 4)
_SPACE = array(_CODE_POINT, [0x20])
_decode_utf32 = codecs.getdecoder(_UTF32)


def _bigram_run(run: str) -> str:
    """`` ab bc cd d `` for ``abcd``: overlapping bigrams plus the last character."""
    size = len(run)
    if size < _LONG_RUN:
        return " " + " ".join(map(add, run, run[1:])) + " " + run[-1] + " "
    chars = array(_CODE_POINT, run.encode(_UTF32))
    out = _SPACE * (3 * size)  # " " + (a, b, " ") per bigram + last + " "
    out[1::3] = chars
    out[2 : 3 * size - 3 : 3] = chars[1:]
    text: str = _decode_utf32(out)[0]
    return text


def index_text(text: str) -> str:
    """The text as it goes into the FTS5 index.

    NFC first: unicode61 folds only precomposed accents. Splitting on runs and
    rewriting the list beats ``re.sub`` with a callback, and this runs for
    every imported article.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    parts = _CJK_SPLIT.split(text)
    runs = parts[1::2]
    if len(runs) > 1 and "\0" not in text and 1 not in map(len, runs):
        parts[1::2] = _bigram_runs(runs)
        return "".join(parts)
    for i in range(1, len(parts), 2):
        parts[i] = _bigram_run(parts[i])
    return "".join(parts)


def _bigram_runs(runs: list[str]) -> list[str]:
    """:func:`_bigram_run` of each run (two characters or more, no NUL), in one go.

    A CJK article has dozens of runs, and the per-run setup cost more than
    the interleaving itself. The runs are joined with NULs and interleaved
    as one: each NUL ends its run's last bigram, and the triple it starts
    itself (`` ␀x``) is cut out with it by the split.
    """
    joined = "\0".join(runs) + "\0"
    size = len(joined)
    chars = array(_CODE_POINT, joined.encode(_UTF32))
    out = _SPACE * (3 * size)
    out[1::3] = chars
    out[2 : 3 * size - 3 : 3] = chars[1:]
    text: str = _decode_utf32(out)[0]
    pieces = text.split("\0 \0")  # " ab b", then "c cd d" for each later run, then " "
    return [pieces[0] + " ", *[piece[1:] + " " for piece in pieces[1:-1]]]


def _phrase(term: str) -> str | None:
    """One FTS5 expression for a term the user typed, or None if it has no words."""
    parts: list[str] = []
    single_char = False
    pos = 0
    for match in _CJK_RUN.finditer(term):
        parts.extend(_words(term[pos : match.start()]))
        run = match.group(0)
        if len(run) == 1:
            parts.append(run)
            single_char = True
        else:
            parts.extend(map(add, run, run[1:]))
        pos = match.end()
    parts.extend(_words(term[pos:]))
    if not parts:
        return None
    quoted = '"' + " ".join(p.replace('"', '""') for p in parts) + '"'
    if single_char and len(parts) == 1:
        return quoted + " *"
    return quoted


_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def build_match_query(query: str) -> str | None:
    """Turn what a journalist types into a safe FTS5 MATCH expression.

    Words are ANDed; ``"several words"`` is a phrase; ``-word`` excludes;
    ``OR`` between terms is kept. The last bare word matches as a prefix so the
    list filters sensibly while typing. User input never reaches FTS5 as
    syntax, so no query can raise. Returns None when nothing searchable is left.
    """
    query = unicodedata.normalize("NFC", query)
    positives: list[str] = []
    negatives: list[str] = []
    pending_or = False
    terms = list(_QUERY_TERM.finditer(query))
    for index, match in enumerate(terms):
        negate_quoted, quoted, bare = match.groups()
        if bare is not None and bare == "OR":
            pending_or = bool(positives)
            continue
        negate = bool(negate_quoted) or (
            bare is not None and bare.startswith("-") and len(bare) > 1
        )
        text = quoted if quoted is not None else bare.lstrip("-") if negate else bare
        expr = _phrase(text or "")
        if expr is None:
            continue
        is_last = index == len(terms) - 1
        if (
            bare is not None
            and is_last
            and not negate
            and not expr.endswith("*")
            and _WORD.fullmatch(bare)
            and not _CJK_RUN.search(bare)
        ):
            expr += " *"
        if negate:
            negatives.append(expr)
        elif pending_or and positives:
            positives[-1] = f"({positives[-1]} OR {expr})"
            pending_or = False
        else:
            positives.append(expr)
    if not positives:
        return None
    result = " AND ".join(positives)
    for neg in negatives:
        result = f"({result}) NOT {neg}"
    return result

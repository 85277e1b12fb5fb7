"""Text from feeds, servers and file names, made harmless for a terminal.

A subscription titled ``ESC]0;pwned BEL ESC[2J`` sets a terminal's title
and clears its screen when printed raw; C1 controls (``U+009B`` is CSI for
some terminals) and bidirectional overrides (a file name that reads
backwards) do their own mischief. Every control character is written as a
visible escape instead (``\\x1b``, ``\\u202e``), so the text still shows
what it holds. Tab and newline stay: they are how text is laid out.
JSON output needs none of this (its encoder escapes C0 itself, and a
program reads it); the CLI leaves ``--json`` exact.
"""

from __future__ import annotations

import re

__all__ = ["defuse", "one_line"]

#: C0 but tab and newline, DEL, C1, and the bidirectional embeddings,
#: overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: A carriage return at the very start of a write: the program's own
#: progress line (``\r12/40``) redrawing itself, not text from outside.
_LEADING_CR = re.compile("\r+")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def defuse(text: str, *, keep_leading_cr: bool = False) -> str:
    """``text`` with every control character that a terminal acts on shown as an escape."""
    lead = ""
    if keep_leading_cr:
        match = _LEADING_CR.match(text)
        if match is not None:
            lead, text = match.group(), text[match.end() :]
    return lead + _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """A name or title for a line of a listing: a newline or tab in it is shown too.

    In ``list`` or ``sources`` a title holding a newline would draw a row
    of its own, one that no article has.
    """
    return text.replace("\t", "\\t").replace("\n", "\\n")

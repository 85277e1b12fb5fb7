"""The bytes of each record of a dump, as received: what provenance hashes.

A dump holding one record is hashed whole, so ``sha256sum FILE`` gives the
library's hash. In a file of several records, each record is the bytes from
its ``<!--…-->`` line up to the next record's (the first takes nothing
before its own line). The split is made on the bytes, not on the decoded
text, because decoding (legacy encodings, a BOM, CRLF) would change them.
"""

from __future__ import annotations

import itertools
import re

from reader.core.hashing import sha256_hex

__all__ = ["record_bytes", "record_hashes"]

#: A record's first line: the timestamp comment, then (next line) ``[title](url)``.
#: ASCII-compatible encodings (UTF-8, GB18030, Big5) all write these bytes so.
_RECORD_HEAD = re.compile(rb"(?m)^[ \t]*<!--[^\r\n]*-->[ \t]*(?:\r\n|\r|\n)[ \t]*\[")


def record_bytes(data: bytes, count: int) -> list[bytes] | None:
    """The bytes of each of the ``count`` records the parser found; None if they cannot be told.

    None (no hash recorded, rather than a wrong one) when the file's record
    lines do not match the parser's records one for one: records without a
    timestamp line, or a UTF-16 file.
    """
    if count == 1:
        return [data]
    starts = [match.start() for match in _RECORD_HEAD.finditer(data)]
    if len(starts) != count:
        return None
    bounds = [*starts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


def record_hashes(data: bytes, count: int) -> list[str | None]:
    """The SHA-256 (hex) of each record's bytes, None for each when they cannot be told."""
    pieces = record_bytes(data, count)
    if pieces is None:
        return [None] * count
    return [sha256_hex(piece) for piece in pieces]

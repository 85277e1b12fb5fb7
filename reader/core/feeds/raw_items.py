"""Each feed item's bytes exactly as the server (or the saved file) sent them.

Provenance hashes an item's own bytes: parsed and serialized again, an item
would not be the bytes received (attribute order, entities, whitespace and
JSON escapes all change), and the hash would prove nothing. So the items are
sliced out of the raw document: for XML, from each ``<item``/``<entry`` start
tag to its end tag (items do not nest); for JSON Feed, each object of the
top-level ``items`` array, found by a scan that knows strings and escapes.
"""

from __future__ import annotations

import re

from reader.core.dumps.records import sha256_hex

__all__ = ["item_bytes", "item_hashes"]

_XML_ITEM = re.compile(
    rb"<(?P<tag>(?:[A-Za-z_][\w.-]*:)?(?:item|entry))[\s>/].*?</(?P=tag)\s*>", re.DOTALL
)


def item_bytes(data: bytes) -> list[bytes]:
    """The raw bytes of each item, in document order."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _json_items(data)
    return [match.group(0) for match in _XML_ITEM.finditer(data)]


def item_hashes(data: bytes, count: int) -> list[str | None]:
    """SHA-256 (hex) of each of the ``count`` parsed items; None each if they do not match up."""
    try:
        pieces = item_bytes(data)
    except ValueError:
        pieces = []
    if len(pieces) != count:
        return [None] * count
    return [sha256_hex(piece) for piece in pieces]


def _json_items(data: bytes) -> list[bytes]:
    """The objects of the top-level ``"items"`` array, by a byte scan.

    UTF-8 never puts a quote, backslash or bracket byte inside a multi-byte
    character, so the scan can work on bytes.
    """
    depth = 0
    i = 0
    n = len(data)
    key: bytes | None = None
    in_items = False
    items: list[bytes] = []
    item_start = -1
    while i < n:
        byte = data[i]
        if byte == 0x22:  # a string: skip it whole
            end = i + 1
            while end < n and data[end] != 0x22:
                end += 2 if data[end] == 0x5C else 1
            if end >= n:
                raise ValueError("unterminated string")
            if depth == 1 and not in_items:
                key = data[i + 1 : end]
            i = end + 1
            continue
        if byte in b"{[":
            depth += 1
            if depth == 2 and byte == 0x5B and key == b"items":
                in_items = True
            elif depth == 3 and in_items and byte == 0x7B:
                item_start = i
        elif byte in b"}]":
            if depth == 3 and in_items and byte == 0x7D and item_start >= 0:
                items.append(data[item_start : i + 1])
                item_start = -1
            depth -= 1
            if depth == 1 and in_items:
                in_items = False
                key = None
        elif byte == 0x2C and depth == 1:
            key = None
        i += 1
    return items

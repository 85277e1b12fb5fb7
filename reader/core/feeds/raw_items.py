"""Each feed item's bytes exactly as the server (or the saved file) sent them.

Provenance hashes an item's own bytes: parsed and serialized again, an item
would not be the bytes received (attribute order, entities, whitespace and
JSON escapes all change), and the hash would prove nothing. So the items are
sliced out of the raw document: for XML, from each ``<item``/``<entry`` start
tag to its end tag (items do not nest); for JSON Feed, each object of the
top-level ``items`` array, found by a scan that knows strings and escapes.
A sync server's ``stream/items/contents`` answer has the same shape; for
its thousands of items :func:`json_items` walks it with the C JSON scanner
instead (0.5 s for 1,000 items by the byte scan, a few ms this way).
"""

from __future__ import annotations

import json
import re
from typing import Any

from reader.core.hashing import sha256_hex

__all__ = ["item_bytes", "item_hashes", "json_items"]

#: An item's start tag; its end is found by ``bytes.find``. One regex with a lazy
#: ``.*?</(?P=tag)\s*>`` tried the back-reference at every byte of every body:
#: 3% of a refresh's CPU. The slices are the ones that regex gave.
_XML_ITEM_START = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))[\s>/]")
_END_REST = re.compile(rb"\s*>")


def item_bytes(data: bytes) -> list[bytes]:
    """The raw bytes of each item, in document order."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _json_items(data)
    return _xml_items(data)


def _xml_items(data: bytes) -> list[bytes]:
    """From each item start tag to the first end tag of the same name after it."""
    items: list[bytes] = []
    search, rest = _XML_ITEM_START.search, _END_REST.match
    start = search(data)
    while start is not None:
        closing = b"</" + start.group(1)
        at = data.find(closing, start.end())
        while at >= 0:
            end = rest(data, at + len(closing))
            if end is not None:
                items.append(data[start.start() : end.end()])
                start = search(data, end.end())
                break
            at = data.find(closing, at + 1)
        else:  # no end tag: look for the next start after this one's "<"
            start = search(data, start.start() + 1)
    return items


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


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def json_items(data: bytes, key: str = "items") -> list[tuple[Any, bytes]] | None:
    """Each value of the top-level ``key`` array, decoded, with its bytes as received.

    The document is walked value by value with :meth:`json.JSONDecoder.raw_decode`
    (which says where each value ends), so every value is parsed once, as
    ``json.loads`` would. The text of a slice encoded again is the same bytes,
    UTF-8 mapping text to bytes one way. None when the document is not a JSON
    object with that array (or is not UTF-8): the caller then has no bytes to hash.
    """
    try:
        text = data.decode("utf-8")
        i = _WHITESPACE.match(text, 1 if text.startswith("\ufeff") else 0).end()  # type: ignore[union-attr]
        if text[i] != "{":
            return None
        found: list[tuple[Any, bytes]] | None = None
        i = _skip(text, i + 1)
        while text[i] != "}":
            name, i = _DECODER.raw_decode(text, i)
            if not isinstance(name, str):
                return None
            i = _skip(text, i)
            if text[i] != ":":
                return None
            i = _skip(text, i + 1)
            if name == key and text[i] == "[":
                found = []
                i = _skip(text, i + 1)
                while text[i] != "]":
                    value, end = _DECODER.raw_decode(text, i)
                    found.append((value, text[i:end].encode("utf-8")))
                    i = _after(text, end, "]")
                i += 1
            else:
                _, i = _DECODER.raw_decode(text, i)
            i = _after(text, i, "}")
        return found
    except (ValueError, IndexError):
        return None


def _skip(text: str, i: int) -> int:
    return _WHITESPACE.match(text, i).end()  # type: ignore[union-attr]


def _after(text: str, i: int, close: str) -> int:
    """Past a value: past the comma before the next one, or at the closing bracket."""
    i = _skip(text, i)
    if text[i] == ",":
        return _skip(text, i + 1)
    if text[i] != close:
        raise ValueError("expected , or " + close)
    return i

"""Article bodies stored compressed: the format, and the migration to it.

An article's HTML and its plain text are kept as one zlib stream in
``article_content.body``: the text repeats the HTML's words, so compressed
together the pair costs little more than the HTML alone: 767 bytes an
article against 5,662 for two TEXT columns, about 55 µs to compress and
13 µs to read. The first byte of every body names its format, so a better
one (a zstd dictionary, say) can be added without touching the bodies
already stored. The formats measured, and why this one, are in
``resources/benchmarks/bodies.md``.

Nothing outside :mod:`reader.core.library` sees the format: bodies are
packed where articles are indexed (``search.index_article``, in the worker
processes of an import or a refresh) and unpacked by the store's readers.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib

from reader.core.errors import StorageError

__all__ = ["LEVEL", "migrate", "pack", "unpack", "unpack_text"]

#: zlib's level: 9 saved nothing over 6 on articles, 1 cost a fifth more bytes.
#: Measured again for issue 29 (seed-sized articles, CPU per article): level 6
#: 54 µs for 753 bytes, 5: 50 µs / 771, 3: 39 µs / 803, 1: 35 µs / 904. Level 3
#: would save 2% of an import's CPU for 7% larger bodies; kept at 6, so that
#: every stored body stays byte for byte what it was.
LEVEL = 6

#: The first byte of a body: zlib of the UTF-8 HTML then text, after the HTML's
#: length in bytes (4 bytes, big-endian).
_ZLIB = 1
_HEAD = struct.Struct(">BI")


def pack(html: str, text: str) -> bytes:
    """An article's HTML and text as one stored body."""
    raw_html = html.encode("utf-8", "surrogatepass")
    data = raw_html + text.encode("utf-8", "surrogatepass")
    return _HEAD.pack(_ZLIB, len(raw_html)) + zlib.compress(data, LEVEL)


def unpack(body: bytes) -> tuple[str, str]:
    """The HTML and text of a stored body."""
    kind, html_size = _HEAD.unpack_from(body)
    if kind != _ZLIB:
        raise StorageError(f"an article body in an unknown format ({kind}): use a newer version")
    data = zlib.decompress(memoryview(body)[_HEAD.size :])
    return (
        data[:html_size].decode("utf-8", "surrogatepass"),
        data[html_size:].decode("utf-8", "surrogatepass"),
    )


def unpack_text(body: bytes) -> str:
    """The plain text of a stored body (the search index's source)."""
    return unpack(body)[1]


def migrate(db: sqlite3.Connection) -> None:
    """Schema 4 → 5: compress every stored body, in the caller's transaction.

    One ``INSERT … SELECT`` through a Python function, in id order, into a
    new table that replaces the old one: no Python loop over rows, and the
    new table's pages are written in order. About 3 s per 100,000 articles;
    the file keeps its size until the idle upkeep's ``VACUUM`` returns the
    freed pages (see :mod:`reader.core.library.upkeep`).
    """
    db.create_function("reader_pack", 2, pack, deterministic=True)
    db.execute(
        """
        CREATE TABLE article_content_v2 (
            id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            body BLOB NOT NULL
        )
        """
    )
    db.execute(
        "INSERT INTO article_content_v2(id, body) "
        "SELECT id, reader_pack(html, text) FROM article_content ORDER BY id"
    )
    db.execute("DROP TABLE article_content")
    db.execute("ALTER TABLE article_content_v2 RENAME TO article_content")
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('vacuum_wanted', '1')")

"""``verify`` of a web archive: is each captured response of a WARC or WACZ in the library?

A response record is held when the library has a capture of the same URL
whose payload has the same SHA-256 (the hash is worked out from the
record's bytes, not taken from its ``WARC-Payload-Digest``, which the file
itself could have been edited to match). Records that carry no capture of a
page (``warcinfo``, ``request``, ``metadata``) are counted, not compared:
their content is the program's own description, or what it sent.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from reader.core.errors import ReaderError
from reader.core.evidence.warc import RecordRead, read_records
from reader.core.library import Store
from reader.core.models import RecordCheck

__all__ = [
    "WARC_SUFFIXES",
    "WarcCheck",
    "is_web_archive",
    "verify_web_archive",
    "web_archive_checks",
]

WARC_SUFFIXES = (".warc", ".warc.gz", ".wacz")
_CAPTURES = frozenset({"response", "resource", "revisit"})


def is_web_archive(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class WarcCheck:
    """One captured response of the file, and whether the library holds the same capture."""

    record: int  # 1-based, among the file's captured responses
    records: int
    url: str
    sha256: str
    #: Articles whose capture of this URL has exactly these bytes.
    held_in: tuple[int, ...]
    #: Else, an article with a capture of this URL from other bytes.
    changed_in: int | None
    #: The record's own WARC-Payload-Digest disagrees with its bytes.
    digest_mismatch: bool


def _open_regular(path: str) -> IO[bytes]:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ReaderError(f"{path}: not a regular file")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc


def _records(path: str) -> Iterator[RecordRead]:
    with _open_regular(path) as stream:
        if not path.lower().endswith(".wacz"):
            yield from read_records(stream)
            return
        try:
            package = zipfile.ZipFile(stream)
        except zipfile.BadZipFile as exc:
            raise ReaderError(f"{path}: not a WACZ file (not a ZIP archive)") from exc
        with package:
            names = [n for n in package.namelist() if n.startswith("archive/") and ".warc" in n]
            if not names:
                raise ReaderError(f"{path}: not a WACZ file (no WARC data under archive/)")
            for name in names:
                with package.open(name) as member:
                    yield from read_records(member)


def verify_web_archive(store: Store, path: str) -> list[WarcCheck]:
    """Check every captured response of the WARC or WACZ at ``path`` against the library.

    Raises :class:`ReaderError` (with the path) when the file cannot be read
    or is no web archive.
    """
    found: list[tuple[str, str, bool]] = []
    try:
        for record in _records(path):
            if record.rec_type not in _CAPTURES:
                continue
            declared = (record.declared_digest or "").lower()
            mismatch = declared.startswith("sha256:") and declared[7:] != record.payload_sha256
            found.append((record.url, record.payload_sha256, mismatch))
    except ReaderError:
        raise
    except Exception as exc:  # warcio's own errors for a damaged or foreign file
        detail = " ".join(str(exc).split())  # warcio's messages span lines
        raise ReaderError(f"{path}: not a readable web archive ({detail})") from exc
    checks = []
    for number, (url, sha256, mismatch) in enumerate(found, start=1):
        same = store.captures_with_digest(sha256)
        held = tuple(dict.fromkeys(c.article_id for c in same if c.url == url))
        other = None
        if not held:
            others = store.captures_with_url(url)
            other = others[-1].article_id if others else None
        checks.append(WarcCheck(number, len(found), url, sha256, held, other, mismatch))
    if not checks:
        raise ReaderError(f"{path}: the web archive holds no captured response")
    return checks


def web_archive_checks(store: Store, path: str) -> list[RecordCheck]:
    """:func:`verify_web_archive` in the shape ``verify`` prints for every kind of file.

    The title is the record's URL, with a warning when its declared digest is false.
    """
    return [
        RecordCheck(
            path,
            check.record,
            check.records,
            check.url
            + (
                " (its WARC-Payload-Digest does not match its bytes)"
                if check.digest_mismatch
                else ""
            ),
            check.sha256,
            check.held_in,
            check.changed_in,
        )
        for check in verify_web_archive(store, path)
    ]

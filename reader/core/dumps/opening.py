"""Opening a file the user named, as every reader of user files should.

A name given on the command line can be anything: a link to ``/dev/zero``
(endless), a named pipe (blocks until a writer comes), a folder, a sparse
file of gigabytes. Each is refused before a byte is read, with the file's
name and the reason; a regular file is read only up to a limit, checked on
its size first, and hashed as it is read, never after collecting it whole.
``verify`` uses this; so can any later reader of archives (WARC, WACZ),
whose hashes are streamed through :func:`sha256_of_file`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.errors import ReaderError

__all__ = [
    "CHUNK_BYTES",
    "FileRefused",
    "ReadFile",
    "file_kind",
    "open_regular",
    "read_checked",
    "sha256_of_file",
]

#: Each read and each hash update: bounded memory whatever the file's size.
CHUNK_BYTES = 1 << 20


class FileRefused(ReaderError):
    """A file not read at all (not a regular file, too large); the message names it."""


@dataclass(frozen=True, slots=True)
class ReadFile:
    """A file's bytes and the SHA-256 of exactly those bytes (hashed while reading)."""

    data: bytes
    sha256: str


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


@contextlib.contextmanager
def open_regular(path: str, limit: int | None, too_large: str = "") -> Iterator[tuple[int, int]]:
    """``(descriptor, size)`` of a regular file no larger than ``limit`` bytes.

    ``O_NONBLOCK``: opening a named pipe must not wait for a writer. The
    type and size are taken from the open descriptor (``fstat``), so a link
    swapped between a check and the open cannot slip a device in.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"{path}: not a regular file ({file_kind(info.st_mode)})")
        if limit is not None and info.st_size > limit:
            reason = too_large or f"the file is larger than {limit // (1024 * 1024)} MB"
            raise FileRefused(f"{path}: {reason}")
        yield fd, info.st_size
    finally:
        os.close(fd)


def _chunks(fd: int, path: str, limit: int | None, too_large: str) -> Iterator[bytes]:
    """The file's bytes a chunk at a time, stopping past ``limit`` (a file that grew)."""
    size = 0
    while True:
        try:
            chunk = os.read(fd, CHUNK_BYTES)
        except OSError as exc:
            raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
        if not chunk:
            return
        size += len(chunk)
        if limit is not None and size > limit:
            reason = too_large or f"the file is larger than {limit // (1024 * 1024)} MB"
            raise FileRefused(f"{path}: {reason}")
        yield chunk


def read_checked(path: str, limit: int, too_large: str = "") -> ReadFile:
    """A regular file of at most ``limit`` bytes, whole, with its SHA-256."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    with open_regular(path, limit, too_large) as (fd, _size):
        for chunk in _chunks(fd, path, limit, too_large):
            digest.update(chunk)
            parts.append(chunk)
    return ReadFile(b"".join(parts), digest.hexdigest())


def sha256_of_file(path: str, limit: int | None = None) -> str:
    """The SHA-256 of a regular file, in constant memory, however large."""
    digest = hashlib.sha256()
    with open_regular(path, limit) as (fd, _size):
        for chunk in _chunks(fd, path, limit, ""):
            digest.update(chunk)
    return digest.hexdigest()

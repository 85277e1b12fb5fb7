"""One exception tree for the whole core.

Callers (the CLI, the window) catch :class:`ReaderError` and show its message;
anything else escaping the core is a bug. sqlite3 errors never cross the store
boundary unwrapped.
"""

from __future__ import annotations

import os


class ReaderError(Exception):
    """Base of every error the core raises on purpose; ``str()`` is for the user.

    The file an error is about (``path``) and the address (``url``) are kept
    apart from the ``reason``, so a caller that names the file or the
    address itself reads them instead of cutting them out of the message.
    ``str()`` names the file first (``path: reason``), as every message
    about a file always did.
    """

    def __init__(
        self,
        reason: str = "",
        *,
        path: str | os.PathLike[str] | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = None if path is None else os.fspath(path)
        self.url = url

    def __str__(self) -> str:
        return self.reason if self.path is None else f"{self.path}: {self.reason}"


class DumpFormatError(ReaderError):
    """A file is not an article dump, or cannot be decoded."""


class StorageError(ReaderError):
    """The library database could not be read or written."""


class LibraryTooNewError(StorageError):
    """The library was written by a newer version of the program."""


class NotFoundError(ReaderError):
    """An article or source asked for does not exist."""


class FeedError(ReaderError):
    """A feed could not be fetched or parsed."""


class OpmlError(ReaderError):
    """A file is not an OPML subscription list."""

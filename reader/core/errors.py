"""One exception tree for the whole core.

Callers (the CLI, the window) catch :class:`ReaderError` and show its message;
anything else escaping the core is a bug. sqlite3 errors never cross the store
boundary unwrapped.
"""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error the core raises on purpose; ``str()`` is for the user."""


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

"""Images for the article view and the PDF export, from the library's cache only.

The view and the export never fetch: whatever they show comes from here, and
here only reads the cache (by URL, or by hash for ``cached-image:<sha256>``
references). A missing image is simply None, and the caller shows its alt
text or a placeholder.

A SQLite connection belongs to one thread, so:

- :class:`CacheProvider` answers the article view on the GUI thread with the
  window's own :class:`~reader.core.library.Store` (one indexed lookup per image);
- :class:`CacheResources` (from :func:`cache_resources`) opens a connection
  per calling thread, for exports that run on a worker or in the CLI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl

from reader.core.errors import ReaderError
from reader.core.images.cache import parse_cache_reference
from reader.core.library import Store

#: What a PDF export asks with: the image's ``src`` as written in the HTML.
Resources = Callable[[str], bytes | None]


def lookup(store: Store, src: str) -> bytes | None:
    """The cached bytes for an image source (a URL or a cache reference), or None."""
    digest = parse_cache_reference(src)
    if digest is not None:
        found = store.cached_image_by_hash(digest)
    elif src.startswith(("http://", "https://")):
        found = store.cached_image(src)
    else:
        return None  # file:, data:, relative: never ours to read
    return None if found is None else found.data


class CacheProvider:
    """The article view's :data:`~reader.ui.views.article_view.ResourceProvider`.

    Uses the GUI thread's Store: a lookup is one indexed query, far quicker
    than a frame. Errors count as "not cached" -- a broken cache must never
    stop an article from being read.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def __call__(self, url: QUrl) -> bytes | None:
        encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        try:
            found = lookup(self._store, encoded)
            if found is None and (pretty := url.toString()) != encoded:
                found = lookup(self._store, pretty)  # stored as the feed wrote it
            return found
        except ReaderError:
            return None


class CacheResources:
    """``src -> bytes | None`` from the cache of the library at ``db_path``.

    Safe from any thread: each thread that asks gets its own connection,
    opened on first use (an export worker, the CLI's main thread).
    """

    def __init__(self, db_path: str | Path) -> None:
        self._path = Path(db_path)
        self._local = threading.local()

    def _store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self._path)
            self._local.store = store
        return store

    def __call__(self, src: str) -> bytes | None:
        try:
            return lookup(self._store(), src)
        except ReaderError:
            return None

    def close(self) -> None:
        """Close the calling thread's connection (others close with their thread)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is not None:
            self._local.store = None
            store.close()


def cache_resources(db_path: str | Path) -> CacheResources:
    """The ``resources`` argument of :func:`reader.export.pdf.export_pdf`."""
    return CacheResources(db_path)

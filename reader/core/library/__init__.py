"""The SQLite library: the store and its schema and search index.

Callers import from here; the modules inside are the store's own parts.
"""

from __future__ import annotations

from reader.core.library.articles import ALL_ARTICLES
from reader.core.library.base import PAGE_SIZE
from reader.core.library.search import (
    IndexedArticle,
    content_hash,
    index_article,
    search_index_outdated,
)
from reader.core.library.store import Store

__all__ = [
    "ALL_ARTICLES",
    "PAGE_SIZE",
    "IndexedArticle",
    "Store",
    "content_hash",
    "index_article",
    "search_index_outdated",
]

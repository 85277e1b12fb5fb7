"""The SQLite library: the store and its schema and search index.

Callers import from here; the modules inside are the store's own parts
(``tests/test_front_door.py`` holds the rule). :mod:`backup` is exported
whole: the library's safety (check, damage mark, backups) is a namespace of
its own for the CLI, the start-up and the window's safety watch. The
library's data classes are in :mod:`reader.core.library.models`.
"""

from __future__ import annotations

from reader.core.library import backup
from reader.core.library.articles import ALL_ARTICLES
from reader.core.library.base import PAGE_SIZE
from reader.core.library.captures import KEEP_RAW_SETTING
from reader.core.library.models import (
    Account,
    Backup,
    CaptureInfo,
    FeedRoute,
    FullText,
    FullTextJob,
    FullTextStatus,
    Keeps,
    Retired,
    UpkeepStep,
)
from reader.core.library.move import copy_library
from reader.core.library.search.index import (
    IndexedArticle,
    content_hash,
    index_article,
    search_index_outdated,
)
from reader.core.library.search.query import unreadable_dates
from reader.core.library.search.results import Snippet, hit_spans, search_terms
from reader.core.library.store import Store

__all__ = [
    "ALL_ARTICLES",
    "KEEP_RAW_SETTING",
    "PAGE_SIZE",
    "Account",
    "Backup",
    "CaptureInfo",
    "FeedRoute",
    "FullText",
    "FullTextJob",
    "FullTextStatus",
    "IndexedArticle",
    "Keeps",
    "Retired",
    "Snippet",
    "Store",
    "UpkeepStep",
    "backup",
    "content_hash",
    "copy_library",
    "hit_spans",
    "index_article",
    "search_index_outdated",
    "search_terms",
    "unreadable_dates",
]

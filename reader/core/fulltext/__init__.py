"""The whole article, offline: full text for feeds that send only a summary.

:mod:`extract` turns a page into a cleaned article (readability-lxml, then
the program's own cleaning); :mod:`fetch` fetches articles' pages politely
and stores what they give; :mod:`view` picks what a reader sees.
"""

from __future__ import annotations

from reader.core.fulltext.extract import Extracted, extract_article, word_count
from reader.core.fulltext.fetch import FullTextOutcome, FullTextReport, fetch_full_texts

__all__ = [
    "Extracted",
    "FullTextOutcome",
    "FullTextReport",
    "extract_article",
    "fetch_full_texts",
    "word_count",
]

"""Which text of an article a reader gets: the full article, or the feed's summary.

The view, ``show`` and the PDF export all ask here, so that a PDF holds what
the window shows. The summary is the feed's own HTML (never replaced); its
plain text is derived again, because the stored body's text holds the
summary and the full text together once the full text is there (that is
the searchable text, see :mod:`reader.core.library.fulltext`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from reader.core.content.cleaning import html_to_text
from reader.core.library import FullText, FullTextStatus
from reader.core.models import Article

__all__ = ["Shown", "ShownArticle", "article_as_shown"]


class Shown(StrEnum):
    FULL = "full"
    SUMMARY = "summary"


@dataclass(frozen=True, slots=True)
class ShownArticle:
    article: Article  # html and text are those shown
    shown: Shown
    full: FullText | None

    @property
    def has_full(self) -> bool:
        return self.full is not None and self.full.status is FullTextStatus.OK

    @property
    def failure(self) -> str | None:
        """Why the full article is not there, when its page was tried and failed."""
        if self.full is None or self.full.status is FullTextStatus.OK:
            return None
        return self.full.reason


def article_as_shown(
    article: Article, full: FullText | None, *, summary: bool = False
) -> ShownArticle:
    """The full text when there is one (unless ``summary`` asks for the feed's)."""
    if full is None or full.status is not FullTextStatus.OK:
        return ShownArticle(article, Shown.SUMMARY, full)
    if summary:
        return ShownArticle(replace(article, text=html_to_text(article.html)), Shown.SUMMARY, full)
    return ShownArticle(replace(article, html=full.html, text=full.text), Shown.FULL, full)

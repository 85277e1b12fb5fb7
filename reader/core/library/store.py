"""The local library: one SQLite file in WAL mode, behind one class.

:class:`Store` is the only name callers need; its methods come from one
mixin per domain of tables (see :mod:`reader.core.library.base` for why).
"""

from __future__ import annotations

from reader.core.library.accounts import AccountsMixin
from reader.core.library.articles import ArticlesMixin
from reader.core.library.base import StoreBase
from reader.core.library.captures import CapturesMixin
from reader.core.library.feedstate import FeedStateMixin
from reader.core.library.fulltext import FullTextMixin
from reader.core.library.images import ImagesMixin
from reader.core.library.notes import NotesMixin
from reader.core.library.provenance import ProvenanceMixin
from reader.core.library.routes import RoutesMixin
from reader.core.library.saved_searches import SavedSearchesMixin
from reader.core.library.search.results import SearchMixin
from reader.core.library.settings import SettingsMixin
from reader.core.library.sources import SourcesMixin
from reader.core.library.tags import TagsMixin
from reader.core.library.upkeep import UpkeepMixin


class Store(
    SourcesMixin,
    FeedStateMixin,
    ArticlesMixin,
    ImagesMixin,
    SettingsMixin,
    AccountsMixin,
    RoutesMixin,
    FullTextMixin,
    TagsMixin,  # the research desk: tags, highlights, saved searches, provenance
    NotesMixin,
    SavedSearchesMixin,
    ProvenanceMixin,
    CapturesMixin,  # web captures (WARC records) and saved links
    # Search's conditions, lists, relevance and snippets (library/search/): the
    # articles' lists and the saved searches' counts both stand on it.
    SearchMixin,
    UpkeepMixin,
    StoreBase,
):
    """The library; one connection, for one thread (workers open their own)."""

"""What the source tree shows, read in one go on a worker: the sources with
their counts, the library's totals, the accounts, tags and saved searches.

Apart from the gateway (:mod:`reader.ui.services.library`), which reads it,
so that the tree's model and view can name the type without the gateway.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.library import Account
from reader.core.models import SavedSearch, Source, Tag


@dataclass(frozen=True, slots=True)
class SourceSnapshot:
    """Sources with their counts and the library totals, read in one go."""

    sources: list[Source]
    total: int
    unread: int
    starred: int
    #: Sync accounts (their sources are among ``sources``, with ``account`` set).
    accounts: list[Account] = field(default_factory=list)
    #: The research desk's sections of the tree (tags, saved searches).
    tags: list[Tag] = field(default_factory=list)
    saved: list[SavedSearch] = field(default_factory=list)

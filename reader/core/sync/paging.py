"""Walking a stream's item ids page by page, bounded whatever the server sends.

Apart from the client (:mod:`reader.core.sync.greader`) because the bounds
are the sync's policy, not the protocol's.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.sync.greader import READING_LIST, GReaderClient

__all__ = ["MAX_IDS", "MAX_ID_PAGES", "IdWalk"]

#: The most pages of ids one walk of a stream asks for, and the most ids it
#: takes: a server sending continuation tokens for ever must not make a sync
#: run for ever (a hostile one sent 2,763 pages of new ids in 150 s). A walk
#: cut short says so; the next sync goes on from the newest item it stored.
MAX_ID_PAGES = 200
MAX_IDS = 50_000


class IdWalk:
    """The pages of a stream's ids, bounded, with what was skipped or cut.

    The walk stops on a continuation token seen before, on a page of ids all
    seen before, and at :data:`MAX_ID_PAGES` pages or :data:`MAX_IDS` ids;
    ``cut`` then says why, so the caller can tell the user (and must not read
    the absence of an id from a cut walk as "not there").
    """

    def __init__(
        self,
        client: GReaderClient,
        stream: str = READING_LIST,
        *,
        since: int | None = None,
        exclude: str | None = None,
        max_pages: int | None = None,
        max_ids: int | None = None,
    ) -> None:
        self.client = client
        self.stream = stream
        self.since = since
        self.exclude = exclude
        self.max_pages = MAX_ID_PAGES if max_pages is None else max_pages
        self.max_ids = MAX_IDS if max_ids is None else max_ids
        self.pages_read = 0
        self.ids = 0
        self.unreadable = 0
        self.cut: str | None = None

    def pages(self) -> Iterator[list[str]]:
        """Each page's ids not given before in this walk."""
        seen: set[str] = set()
        tokens: set[str] = set()
        continuation: str | None = None
        while True:
            if self.ids >= self.max_ids:
                self.cut = f"stopped at {self.max_ids:,} item ids"
                return
            if self.pages_read >= self.max_pages:
                self.cut = f"stopped after {self.pages_read:,} pages of item ids"
                return
            ids, unreadable, continuation_next = self.client.id_page(
                self.stream, since=self.since, exclude=self.exclude, continuation=continuation
            )
            self.pages_read += 1
            self.unreadable += unreadable
            fresh = [i for i in dict.fromkeys(ids) if i not in seen]
            if ids and not fresh:
                self.cut = "the server sent the same item ids again: the list was cut"
                return
            room = self.max_ids - self.ids
            if len(fresh) > room:
                fresh = fresh[:room]
                self.cut = f"stopped at {self.max_ids:,} item ids"
            seen.update(fresh)
            self.ids += len(fresh)
            if fresh:
                yield fresh
            if self.cut is not None or not continuation_next or not ids:
                return
            if continuation_next in tokens or continuation_next == continuation:
                self.cut = "the server sent the same continuation token again: the list was cut"
                return
            tokens.add(continuation_next)
            continuation = continuation_next

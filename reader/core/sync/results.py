"""What a sync did, as a value, and as one line for the CLI, the log and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.fulltext.fetch import FullTextReport
from reader.core.images.fetch import ImageReport

__all__ = ["SyncResult", "count", "describe"]


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one account's sync did, for the CLI and the status bar."""

    account: str
    error: str | None = None
    added: int = 0
    #: Items the library already had from another source: linked, not stored twice.
    linked: int = 0
    sent: int = 0
    marked_read: int = 0
    marked_unread: int = 0
    starred: int = 0
    unstarred: int = 0
    sources_added: tuple[str, ...] = ()
    sources_removed: tuple[str, ...] = ()
    added_ids: tuple[int, ...] = ()
    images: ImageReport | None = None
    #: None when no subscription of the account has "Download full articles" on.
    full_text: FullTextReport | None = None
    unreachable: bool = False
    cancelled: bool = False
    #: What was skipped or cut short (an unreadable id, a list of ids the server never ended).
    notes: tuple[str, ...] = ()
    #: Pages of item ids asked for (new items and states).
    id_pages: int = 0
    #: No password known for the account this session: ask the user, then sync again
    #: (saved under ``password_key``, for the user ``username``).
    needs_password: bool = False
    password_key: str | None = None
    username: str | None = None
    #: Articles the user starred, tagged or highlighted, kept when their subscription
    #: went (archived), and those sources' titles.
    kept: int = 0
    archived: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


def describe(result: SyncResult) -> str:
    """One line of what came and went, for the CLI and the log."""
    parts = [count(result.added, "new article", "new articles")]
    if result.linked:
        parts.append(
            f"{count(result.linked, 'article', 'articles')} already here from other sources"
        )
    if result.sent:
        parts.append(count(result.sent, "change sent", "changes sent"))
    pulled = [
        (result.marked_read, "marked read"),
        (result.marked_unread, "marked unread"),
        (result.starred, "starred"),
        (result.unstarred, "unstarred"),
    ]
    parts.extend(f"{n:,} {what} on the server" for n, what in pulled if n)
    if result.sources_added:
        parts.append(f"subscribed: {', '.join(result.sources_added)}")
    if result.sources_removed:
        parts.append(f"unsubscribed: {', '.join(result.sources_removed)}")
    if result.kept:
        parts.append(
            f"kept {count(result.kept, 'article', 'articles')} you starred, tagged or "
            f"highlighted, under Archived: {', '.join(result.archived)}"
        )
    parts.extend(result.notes)
    return "; ".join(parts)


def count(n: int, singular: str, plural: str) -> str:
    """``1 new article``, ``12,345 new articles``: as the CLI's ``plural``."""
    return f"{n:,} {singular if n == 1 else plural}"

"""Sources (a site's imported dumps, or a feed subscription) and their folders.

A source is found by what the user typed: its name, its title or its feed
address. Deleting one takes its articles, their search entries and the
images only they used along.
"""

from __future__ import annotations

import time

from reader.core.errors import NotFoundError, ReaderError
from reader.core.library.archive import ArchiveMixin
from reader.core.library.base import _wrapped
from reader.core.library.names import SourceNames
from reader.core.models import Source, SourceKind, from_epoch

# Every column named with AS: SQLite leaves the names of the others unspecified.
_SOURCE_COLUMNS = """
    s.id AS id, s.name AS name, coalesce(s.title, s.name) AS title,
    CASE WHEN s.account_id IS NULL THEN s.kind ELSE 'account' END AS kind,
    s.folder AS folder, s.feed_url AS feed_url, s.site_url AS site_url,
    s.username AS username, s.last_error AS last_error, s.last_checked AS last_checked,
    coalesce(c.total, 0) AS total, coalesce(u.unread, 0) AS unread,
    coalesce(c.starred, 0) AS starred, s.retry_after AS retry_after,
    s.retention_days AS retention_days,
    (SELECT name FROM accounts WHERE id = s.account_id) AS account,
    s.archived IS NOT NULL AS archived
"""


class SourcesMixin(ArchiveMixin):
    @_wrapped
    def source_id(
        self,
        name: str,
        *,
        title: str | None = None,
        kind: SourceKind = SourceKind.LOCAL,
    ) -> int:
        """The id of the source called ``name``, created on first use."""
        found = self._value("SELECT id FROM sources WHERE name = ?", (name,))
        if found is not None:
            return int(found)
        with self.transaction():
            cursor = self._db.execute(
                "INSERT INTO sources(name, title, kind, created) VALUES (?, ?, ?, ?)",
                (name, title, kind.value, int(time.time())),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_wrapped
    def sources(self) -> list[Source]:
        """Every source with its article counts, in display order."""
        rows = self._named(
            f"""
            SELECT {_SOURCE_COLUMNS}
            FROM sources s LEFT JOIN (
                SELECT source_id, count(*) AS total, sum(starred) AS starred
                FROM articles GROUP BY source_id
            ) c ON c.source_id = s.id LEFT JOIN (
                SELECT source_id, count(*) AS unread FROM unread GROUP BY source_id
            ) u ON u.source_id = s.id
            ORDER BY s.folder IS NOT NULL, s.folder COLLATE NOCASE,
                     coalesce(s.title, s.name) COLLATE NOCASE
            """
        )
        return [
            Source(
                id=row["id"],
                name=row["name"],
                title=row["title"],
                kind=SourceKind(row["kind"]),
                folder=row["folder"],
                feed_url=row["feed_url"],
                site_url=row["site_url"],
                username=row["username"],
                last_error=row["last_error"],
                last_checked=from_epoch(row["last_checked"]),
                total=row["total"],
                unread=row["unread"],
                starred=row["starred"],
                retry_after=from_epoch(row["retry_after"]),
                retention_days=row["retention_days"],
                account=row["account"],
                archived=bool(row["archived"]),
            )
            for row in rows
        ]

    def get_source(self, source_id: int) -> Source:
        for source in self.sources():
            if source.id == source_id:
                return source
        raise NotFoundError(f"no source with id {source_id}")

    def find_source(self, name: str) -> Source | None:
        """A source by its name, its display title (ignoring case) or its feed URL."""
        wanted = name.casefold()
        sources = self.sources()
        for source in sources:
            if source.name.casefold() == wanted:
                return source
        for source in sources:
            if source.title.casefold() == wanted:
                return source
        for source in sources:
            if source.feed_url is not None and source.feed_url == name.strip():
                return source
        return None

    @_wrapped
    def rename_source(self, source_id: int, title: str) -> None:
        title = title.strip()
        if not title:
            raise ReaderError("a source needs a name")
        with self.transaction():
            self._require_source(source_id)
            self._db.execute("UPDATE sources SET title = ? WHERE id = ?", (title, source_id))

    @_wrapped
    def set_source_folder(self, source_id: int, folder: str | None) -> None:
        folder = (folder or "").strip() or None
        with self.transaction():
            self._require_source(source_id)
            self._db.execute("UPDATE sources SET folder = ? WHERE id = ?", (folder, source_id))

    @_wrapped
    def folders(self) -> list[str]:
        return self._column(
            "SELECT DISTINCT folder FROM sources WHERE folder IS NOT NULL "
            "ORDER BY folder COLLATE NOCASE"
        )

    @_wrapped
    def rename_folder(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise ReaderError("a folder needs a name")
        with self.transaction():
            self._db.execute("UPDATE sources SET folder = ? WHERE folder = ?", (new, old))

    @_wrapped
    def delete_source(self, source_id: int) -> int:
        """Delete a source with its articles, except those the user kept (then the source
        stays, archived: :mod:`reader.core.library.archive`); returns how many articles went.

        An archived source deleted goes whole: that is the user's explicit delete.
        """
        with self.transaction():
            self._require_source(source_id)
            return self.retire_sources([source_id]).deleted

    @_wrapped
    def add_feed(
        self,
        feed_url: str,
        *,
        name: str,
        title: str | None = None,
        folder: str | None = None,
        username: str | None = None,
        site_url: str | None = None,
        names: SourceNames | None = None,
    ) -> int:
        """Subscribe; ``name`` is made unique ("host", "host 2", …).

        Raises :class:`ReaderError` when the URL is already subscribed, so
        adding the same feed twice (or by OPML) never doubles it. ``names``:
        the names in use, when many feeds are added in one transaction.
        """
        with self.transaction():
            existing = self._value(
                "SELECT coalesce(title, name) FROM sources WHERE feed_url = ?", (feed_url,)
            )
            if existing is not None:
                raise ReaderError(f"already subscribed, as {existing!r}", url=feed_url)
            cursor = self._db.execute(
                "INSERT INTO sources(name, title, kind, folder, feed_url, site_url, username, "
                "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (names or self.source_names()).claim(name),  # not a query per name tried
                    (title or "").strip() or None,
                    SourceKind.FEED.value,
                    (folder or "").strip() or None,
                    feed_url,
                    site_url,
                    (username or "").strip() or None,
                    int(time.time()),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_wrapped
    def source_names(self) -> SourceNames:
        """The names in use, for :meth:`add_feed` (one query for a whole OPML import)."""
        return SourceNames(row[0] for row in self._db.execute("SELECT name FROM sources"))

"""Saved searches: a name for a query, listed as a live source.

Only the query is stored: its articles and counts come from the library's
own search each time (:class:`ArticleQuery` with ``search``), so a saved
search follows new articles and whatever operators the search understands.
"""

from __future__ import annotations

from reader.core.errors import NotFoundError, ReaderError
from reader.core.library.base import _wrapped
from reader.core.library.readstate import UNREAD
from reader.core.library.search.results import SearchMixin
from reader.core.models import ArticleQuery, SavedSearch


class SavedSearchesMixin(SearchMixin):
    """Counts come from the search's own conditions (``SearchMixin._where``)."""

    @_wrapped
    def saved_searches(self, *, counts: bool = True) -> list[SavedSearch]:
        """Every saved search by name, with its article and unread counts."""
        rows = self._db.execute(
            "SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE"
        ).fetchall()
        found = []
        for id_, name, query in rows:
            total = unread = 0
            if counts:
                # One pass for both counts: the tree asks after every write.
                where, params = self._where(ArticleQuery(search=query))
                total, unread = self._db.execute(
                    f"SELECT count(*), coalesce(sum({UNREAD}), 0) FROM articles a "
                    f"JOIN sources s ON s.id = a.source_id WHERE {where}",
                    params,
                ).fetchone()
            found.append(SavedSearch(int(id_), str(name), str(query), int(total), int(unread)))
        return found

    @_wrapped
    def saved_search(self, name: str) -> SavedSearch:
        row = self._db.execute(
            "SELECT id, name, query FROM saved_searches WHERE name = ?", (name.strip(),)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no saved search called {name}")
        return SavedSearch(int(row[0]), str(row[1]), str(row[2]))

    @_wrapped
    def save_search(self, name: str, query: str) -> int:
        """Save (or replace the query of) the search called ``name``."""
        name, query = " ".join(name.split()), query.strip()
        if not name or not query:
            raise ReaderError("a saved search needs a name and a query")
        with self.transaction():
            self._db.execute(
                "INSERT INTO saved_searches(name, query) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
                (name, query),
            )
        return int(self._value("SELECT id FROM saved_searches WHERE name = ?", (name,)))

    @_wrapped
    def rename_saved_search(self, search_id: int, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise ReaderError("a saved search needs a name")
        clash = self._value(
            "SELECT 1 FROM saved_searches WHERE name = ? AND id <> ?", (name, search_id)
        )
        if clash is not None:
            raise ReaderError(f"there is already a saved search called {name}")
        with self.transaction():
            self._db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", (name, search_id))

    @_wrapped
    def delete_saved_search(self, search_id: int) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))

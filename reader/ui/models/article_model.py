"""The article list as a lazy table model: an id list plus a cache of rows.

A query yields only ids, in display order (about 30 ms for 100,000 articles,
on a worker); a row's title, source and date are fetched when the view first
asks for it, a window of rows at a time by primary key (well under a
millisecond). So opening a library of any size costs the same, and scrolling
to any depth costs one small query per screenful. Sorting is a new id query,
never sorting in Python.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from reader.core.errors import ReaderError
from reader.core.library import Snippet
from reader.core.models import ArticleQuery, ArticleSummary, SortKey
from reader.ui import message
from reader.ui.services.library import Library

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    STAR = 0
    TITLE = 1
    SOURCE = 2
    DATE = 3


SORT_KEYS = {Column.TITLE: SortKey.TITLE, Column.SOURCE: SortKey.SOURCE, Column.DATE: SortKey.DATE}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
READ_ROLE = Qt.ItemDataRole.UserRole + 2
STARRED_ROLE = Qt.ItemDataRole.UserRole + 3
URL_ROLE = Qt.ItemDataRole.UserRole + 4
#: the title column of a search's row: ``(passage, [(start, end), ...])``, the hits marked
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 5

STAR = "★"
STAR_COLOR = QColor("#e0a000")

#: Rows fetched around the one the view asks for: a screenful and a half
#: below, a little above (scrolling down is the common case).
_AHEAD = 120
_BEHIND = 40
#: Rows kept in memory; beyond this the cache starts over (about 2 MB).
_CACHE_LIMIT = 10_000
#: A search shows this many rows first, read from the index in list order
#: (milliseconds, whatever the number of hits); the whole id list follows.
FIRST_PAGE = 100


def format_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


# Roles as plain ints: a view asks for seven or eight roles per cell on every
# paint, and comparing ints is what keeps a screenful under a millisecond.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)
_CUSTOM = (int(ID_ROLE), int(READ_ROLE), int(STARRED_ROLE), int(URL_ROLE), int(SNIPPET_ROLE))
_ROLES = frozenset(
    {
        _DISPLAY,
        _FONT,
        _FOREGROUND,
        _ALIGNMENT,
        _TOOLTIP,
        _ACCESSIBLE,
        _DESCRIPTION,
        _CHECK,
        *_CUSTOM,
    }
)
_STAR_COLUMN = int(Column.STAR)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class _Row:
    """A cached row: the summary and the texts the columns show, made once."""

    __slots__ = ("summary", "texts")

    def __init__(self, summary: ArticleSummary) -> None:
        self.summary = summary
        self.texts = (
            STAR if summary.starred else "",
            summary.title,
            summary.source_title,
            format_date(summary.published),
        )


class ArticleTableModel(QAbstractTableModel):
    #: the id list of a query arrived and the model shows it (row count).
    loaded = Signal(int)

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: list[int] = []
        self._rows: dict[int, _Row] = {}
        self._row_of: dict[int, int] | None = None
        self._gone: set[int] = set()  # ids the library no longer has
        self._query = ArticleQuery()
        self._sort = SortKey.DATE
        self._descending = True
        self._generation = 0
        self._partial = False  # the rows shown are a search's first page
        self._relevance = False
        #: the next reset shows another list (a new search, source or order),
        #: not the same one again: the view goes to its top
        self.new_list = False
        #: a query is on its way (its whole id list has not arrived)
        self.loading = False
        self._snippets: dict[int, Snippet | None] = {}  # None: asked for, not here yet
        self._active = False
        self._read_error = False
        self._bold = QFont()
        self._bold.setBold(True)
        library.marked.connect(self._on_marked)
        library.deleted.connect(self._on_deleted)

    # -- what is shown ------------------------------------------------------

    @property
    def query(self) -> ArticleQuery:
        return self._query

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def set_sort(self, key: SortKey, descending: bool) -> None:
        """Set the order without loading (for the first load, before activate)."""
        self._sort, self._descending = key, descending

    def set_query(self, query: ArticleQuery) -> None:
        if query.search != self._query.search:
            self._snippets.clear()
        if query != self._query:
            self.new_list = True
        self._query = query
        self._active = True
        self.reload()

    @property
    def relevance(self) -> bool:
        return self._relevance

    def set_relevance(self, relevance: bool) -> None:
        """Searches by relevance (the title's words first) rather than in the list's order."""
        if relevance != self._relevance:
            self._relevance = relevance
            if self._query.search:
                self.new_list = True
                self.reload()

    def reload(self) -> None:
        """Run the query again (after an import, say); rows that stay keep their place.

        A search asks for its first page first: the index gives it in
        milliseconds, while the whole id list of 100,000 hits takes longer;
        the rest of the list (and the count) follows.
        """
        if not self._active:
            return
        self._generation += 1
        self.loading = True
        generation = self._generation
        searching = bool(self._query.search)
        sort = SortKey.RELEVANCE if self._relevance and searching else self._sort
        wanted = lambda: generation == self._generation  # noqa: E731
        if searching and sort in (SortKey.DATE, SortKey.RELEVANCE):
            self._library.load_ids(
                self._query,
                sort,
                self._descending,
                lambda ids: self._apply(generation, ids, partial=True),
                wanted=wanted,
                limit=FIRST_PAGE,
            )
        self._library.load_ids(
            self._query,
            sort,
            self._descending,
            lambda ids: self._apply(generation, ids),
            wanted=wanted,
        )

    def _apply(self, generation: int, ids: list[int], *, partial: bool = False) -> None:
        if generation != self._generation:
            return
        if partial:
            if ids == self._ids[: len(ids)]:
                return  # the rows shown start the same: the whole list will do
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self._row_of = None
            self._gone.clear()
            self.endResetModel()
            self._partial = True
            return
        shown = len(self._ids)
        if self._partial and shown <= len(ids) and ids[:shown] == self._ids:
            # The first page is up: the rest goes below it, nothing moves.
            self._partial = False
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self._row_of = None
                self.endInsertRows()
            self.new_list = self.loading = False
            self.loaded.emit(len(ids))
            return
        self._partial = False
        if ids == self._ids and not self.new_list:
            # Same rows: only flags or titles may have changed.
            self._rows.clear()
            self._gone.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self._row_of = None
            self._gone.clear()
            self.endResetModel()
        self.new_list = self.loading = False
        self.loaded.emit(len(ids))

    # -- lookups for the window ---------------------------------------------

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids_in_rows(self, ranges: Iterable[tuple[int, int]]) -> list[int]:
        """Ids of the rows in inclusive ``(top, bottom)`` ranges, in list order.

        Selections are ranges: Ctrl+A on 100,000 rows is one range, and this
        never builds an index per row.
        """
        picked: set[int] = set()
        for top, bottom in ranges:
            picked.update(range(max(top, 0), min(bottom, len(self._ids) - 1) + 1))
        return [self._ids[row] for row in sorted(picked)]

    def row_of(self, article_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {aid: row for row, aid in enumerate(self._ids)}
        return self._row_of.get(article_id)

    def summary(self, row: int) -> ArticleSummary | None:
        cached = self._row(row)
        return cached.summary if cached is not None else None

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        article_id = self._ids[row]
        found = self._rows.get(article_id)
        if found is None and article_id not in self._gone:
            self._fetch_around(row)
            found = self._rows.get(article_id)
        return found

    def _fetch_around(self, row: int) -> None:
        window = self._ids[max(0, row - _BEHIND) : row + _AHEAD]
        missing = [aid for aid in window if aid not in self._rows and aid not in self._gone]
        if len(self._rows) + len(missing) > _CACHE_LIMIT:
            self._rows.clear()
            missing = window
        try:
            found = self._library.summaries(missing)
        except ReaderError as exc:
            if not self._read_error:  # once, not once per painted row
                self._read_error = True
                message.error(self.tr("Could not read the article list"), detail=str(exc))
            return
        self._read_error = False
        for article_id, summary in found.items():
            self._rows[article_id] = _Row(summary)
        self._gone.update(aid for aid in missing if aid not in found)
        if self._query.search:
            self._ask_snippets(window)

    def _ask_snippets(self, ids: list[int]) -> None:
        """Ask (on a worker) for the passages of rows about to be shown."""
        search = self._query.search
        wanted = [aid for aid in ids if aid not in self._snippets]
        if not wanted or not search:
            return
        if len(self._snippets) > _CACHE_LIMIT:
            self._snippets.clear()
        for aid in wanted:
            self._snippets[aid] = None

        def done(found: dict[int, Snippet]) -> None:
            if search != self._query.search:
                return
            rows = []
            for aid, value in found.items():
                self._snippets[aid] = value
                if (row := self.row_of(aid)) is not None:
                    rows.append(row)
            if rows:
                title = int(Column.TITLE)
                self.dataChanged.emit(self.index(min(rows), title), self.index(max(rows), title))

        self._library.load_snippets(wanted, search, done)

    # -- keeping rows current -----------------------------------------------

    def _on_marked(self, ids: list[int], read: bool | None, starred: bool | None) -> None:
        rows = []
        for aid in ids:
            cached = self._rows.get(aid)
            if cached is not None:
                self._rows[aid] = _Row(
                    dataclasses.replace(
                        cached.summary,
                        read=cached.summary.read if read is None else read,
                        starred=cached.summary.starred if starred is None else starred,
                    )
                )
            row = self.row_of(aid) if len(ids) < 1000 else None
            if row is not None:
                rows.append(row)
        if len(ids) >= 1000:
            # Marking thousands (Ctrl+A): rows not cached are read fresh when
            # shown; repaint what is visible.
            rows = [0, len(self._ids) - 1] if self._ids else []
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(Column) - 1))

    def _on_deleted(self, ids: Sequence[int] | None) -> None:
        if ids is None:  # a whole source went: ask the library again
            self.reload()
            return
        gone = set(ids)
        rows = sorted((r for aid in gone if (r := self.row_of(aid)) is not None), reverse=True)
        if not rows:
            return
        if len(rows) > 64:
            self.beginResetModel()
            self._ids = [aid for aid in self._ids if aid not in gone]
            self._row_of = None
            self.endResetModel()
        else:
            for row in rows:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._row_of = None
                self.endRemoveRows()
        for aid in gone:
            self._rows.pop(aid, None)
        self.loaded.emit(len(self._ids))

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        cached = self._row(index.row())
        if cached is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return cached.texts[column]
        row = cached.summary
        if role == _FONT:
            return None if row.read else self._bold
        if role == _FOREGROUND:
            return STAR_COLOR if column == _STAR_COLUMN else None
        if role == _ALIGNMENT:
            return Qt.AlignmentFlag.AlignCenter if column == _STAR_COLUMN else None
        if role == _CHECK:
            # The star as a state a screen reader knows ("checked"); the
            # star's delegate draws no check box for it.
            if column != _STAR_COLUMN:
                return None
            return Qt.CheckState.Checked if row.starred else Qt.CheckState.Unchecked
        if role == _ACCESSIBLE and column == Column.TITLE:
            return self.spoken_row(cached)
        if role == _DESCRIPTION:
            found = self._snippets.get(row.id) if column == Column.TITLE else None
            return found[0] if found else None
        if role in (_TOOLTIP, _ACCESSIBLE):
            if column == _STAR_COLUMN:
                return self.tr("Starred") if row.starred else self.tr("Not starred")
            if role == _TOOLTIP and column == Column.TITLE:
                found = self._snippets.get(row.id)
                return cached.texts[column] + (f"\n\n{found[0]}" if found else "")
            return None
        if role == ID_ROLE:
            return row.id
        if role == READ_ROLE:
            return row.read
        if role == STARRED_ROLE:
            return row.starred
        if role == URL_ROLE:
            return row.url
        if role == SNIPPET_ROLE:
            return self._snippets.get(row.id) if column == Column.TITLE else None
        return None

    def spoken_row(self, cached: _Row) -> str:
        """The row as a screen reader says it on the title, where the focus
        goes: the state first (a listener triaging wants "Unread" before a
        long title), then title, source and date. Bold and the star are
        only seen, so they are said."""
        row = cached.summary
        parts = [self.tr("Unread")] if not row.read else []
        if row.starred:
            parts.append(self.tr("starred") if parts else self.tr("Starred"))
        parts.extend(text for text in cached.texts[1:] if text)
        # TRANSLATORS: what separates the parts of a row read aloud
        return self.tr(", ").join(parts)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.STAR: STAR,
                Column.TITLE: self.tr("Title"),
                Column.SOURCE: self.tr("Source"),
                Column.DATE: self.tr("Date"),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.STAR:
            return self.tr("Starred")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return  # the star column has no order of its own
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.new_list = True
        self.reload()

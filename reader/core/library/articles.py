"""Articles: adding them (once, whatever the source), flags, deleting, and the lists.

The list queries serve the window's lazy model: ids in display order first
(from an index alone where it can), then the few rows on screen by id.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from reader.core.errors import NotFoundError
from reader.core.library.accounts import queue_changes
from reader.core.library.adding import SideRows
from reader.core.library.archive import detach_highlights
from reader.core.library.base import _wrapped, chunks, marks
from reader.core.library.compact import pack, unpack
from reader.core.library.images import prune_images
from reader.core.library.provenance import provenance_row
from reader.core.library.readstate import (
    IS_READ,
    UNREAD,
    UNREAD_INSERT,
    date_order,
    driven,
    key_id,
)
from reader.core.library.search.index import (
    ID_MASK,
    IndexedArticle,
    fts_rowid,
    index_article,
    source_token,
    unindex,
)
from reader.core.library.search.results import SearchMixin
from reader.core.models import (
    AddResult,
    Article,
    ArticleQuery,
    ArticleSummary,
    NewArticle,
    Origin,
    SortKey,
    from_epoch,
    to_epoch,
)

ALL_ARTICLES = ArticleQuery()

#: The search index's pending terms, in bytes, before it writes a segment
#: (see :meth:`ArticlesMixin._pend_index_terms`).
INDEX_PENDING_BYTES = 4 * 1024 * 1024

#: The page cache of a mark-all-read (KiB): ``unread_by_time`` of 250,000
#: articles, whose entries a source's go from in an order of their own (with
#: SQLite's default 2 MB, 124,505 of them took 0.54 s; with this, 0.16 s).
MARK_CACHE_KIB = 32768

# A list row's columns, in the order of ArticleSummary's fields (see _summary).
_SUMMARY_COLUMNS = f"""
    a.id, a.source_id, s.name, coalesce(s.title, s.name), a.title, a.url,
    a.published, a.sort_time, {IS_READ}, a.starred
"""
_SORT_SQL = {
    SortKey.DATE: "a.sort_time {d}, a.id {d}",
    SortKey.TITLE: "a.title COLLATE NOCASE {d}, a.id {d}",
    SortKey.SOURCE: "coalesce(s.title, s.name) COLLATE NOCASE {d}, a.sort_time DESC, a.id DESC",
    SortKey.RELEVANCE: "a.sort_time {d}, a.id {d}",  # without a search: by date
}


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    """One list row, its columns named as they are unpacked.

    Scrolling the window maps every row it shows, so this stays a plain
    tuple unpacked in one step: reading a sqlite3.Row by name cost 14% more
    CPU time in :meth:`~ArticlesMixin.summaries`.
    """
    (
        id_,
        source_id,
        source_name,
        source_title,
        title,
        url,
        published,
        sort_time,
        read,
        starred,
    ) = row
    return ArticleSummary(
        id=id_,
        source_id=source_id,
        source_name=source_name,
        source_title=source_title,
        title=title,
        url=url,
        published=from_epoch(published),
        sort_time=sort_time,
        read=bool(read),
        starred=bool(starred),
    )


class ArticlesMixin(SearchMixin):
    #: Inside :meth:`adding_in_bulk`: the rows waiting for its end.
    _side_rows: SideRows | None = None
    #: Whether this connection has checked the index's pending-terms size.
    _index_pending_checked = False

    # -- writing --------------------------------------------------------------

    @contextmanager
    def adding_in_bulk(self) -> Iterator[None]:
        """One transaction in which many :meth:`add_articles` write their
        articles' other rows together, at its end (see :mod:`.adding`).

        An import's write turn holds hundreds of dumps, each an
        ``add_articles`` of its own: written together, their rows cost
        less than half (0.24 -> 0.11 ms an article; see
        ``resources/benchmarks/import.md``). Nothing inside it may read
        those rows before it ends (the search index, the bodies); the
        articles' own rows are written at once, so duplicates are found as
        ever.
        """
        if self._side_rows is not None:  # nested: the outer one writes them
            yield
            return
        with self.transaction():
            self._pend_index_terms()
            rows = self._side_rows = SideRows()
            try:
                yield
                self._write_side_rows(rows)
            finally:
                self._side_rows = None

    @_wrapped
    def _write_side_rows(self, rows: SideRows) -> None:
        rows.write(self._db)

    def _before_delete(self) -> None:
        """Inside :meth:`adding_in_bulk`, write the waiting rows before anything is deleted.

        Deleting articles takes them out of the search index with the tokens
        stored for them (:func:`unindex`) and cascades to their bodies: rows
        still waiting would be missed by the one and orphaned by the other.
        """
        if self._side_rows is not None:
            self._write_side_rows(self._side_rows)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """All or nothing, the rows waiting in :meth:`adding_in_bulk` included:
        a refresh writes each feed in a savepoint of a bulk batch. A feed
        rolled back must not leave its bodies and index rows to be written,
        and the earlier feeds' rows, if a deletion wrote them inside the
        savepoint, were rolled back with it and wait again."""
        rows = self._side_rows
        mark = None if rows is None else rows.mark()
        try:
            with super().savepoint():
                yield
        except BaseException:
            if rows is not None and mark is not None:
                rows.restore(mark)
            raise

    @_wrapped
    def _pend_index_terms(self) -> None:
        """Let the search index hold a write turn's terms before it writes them.

        FTS5 writes its pending terms out as a segment when they pass its
        ``hashsize`` (1 MB by default): an import's turn of 1,024 seed-sized
        articles filled it several times, and merging those segments cost
        15% of the turn's writing (0.107 -> 0.090 ms an article with
        4 MB). The setting is the index's own (a row of its configuration,
        as ``automerge``), read by every connection; the index and what it
        finds are the same whatever its value.
        """
        if self._index_pending_checked:
            return
        row = self._db.execute(
            "SELECT v FROM article_search_config WHERE k = 'hashsize'"
        ).fetchone()
        if row is None or row[0] != INDEX_PENDING_BYTES:
            self._db.execute(
                "INSERT INTO article_search(article_search, rank) VALUES ('hashsize', ?)",
                (INDEX_PENDING_BYTES,),
            )
        self._index_pending_checked = True

    @_wrapped
    def add_articles(
        self,
        source_id: int,
        articles: Iterable[NewArticle | IndexedArticle],
        *,
        origin: Origin | None = None,
    ) -> AddResult:
        """Store articles that are new; the rest count as duplicates.

        An article is a duplicate when its URL, its feed guid or its content
        (title and text) is already in the library, whatever the source.
        With ``origin``, each new article's provenance is recorded (a
        duplicate keeps the provenance of its first capture).
        """
        bulk = self._side_rows
        rows = bulk if bulk is not None else SideRows()
        first = len(rows.added)
        duplicates = 0
        now = int(time.time())
        token = source_token(source_id)
        execute = self._db.execute
        with self.transaction():
            for item in articles:
                if isinstance(item, NewArticle):
                    item = index_article(item)
                article = item.article
                published = to_epoch(article.published)
                sort_time = published if published is not None else now
                cursor = execute(
                    """
                    INSERT OR IGNORE INTO articles(source_id, guid, url, title, author,
                        published, added, sort_time, content_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    (
                        source_id,
                        article.guid,
                        article.url,
                        article.title,
                        article.author,
                        published,
                        now,
                        sort_time,
                        item.content_hash,
                    ),
                )
                if cursor.rowcount != 1:
                    duplicates += 1
                    continue
                article_id = cursor.lastrowid
                assert article_id is not None
                body = item.body if item.body is not None else pack(article.html, article.text)
                rows.contents.append((article_id, body))
                rows.searches.append(
                    (fts_rowid(sort_time, article_id), item.search_title, item.search_body, token)
                )
                rows.images.extend((article_id, url) for url in article.images)
                rows.added.append(article_id)
                rows.unread.append((article_id, source_id, sort_time))
                if origin is not None:
                    rows.proofs.append(provenance_row(article_id, now, origin, article.sha256))
            added = rows.added[first:]
            if bulk is None:
                rows.write(self._db)
        return AddResult(added, duplicates)

    @_wrapped
    def mark(
        self, ids: Iterable[int], *, read: bool | None = None, starred: bool | None = None
    ) -> int:
        """Set read and/or starred on articles; returns how many exist."""
        id_list = list(ids)
        if (read is None and starred is None) or not id_list:
            return 0
        changed = 0
        with self.transaction():
            for chunk in chunks(id_list):
                in_list = f"id IN ({marks(len(chunk))})"
                # An account's article: the change waits in the library for the next sync.
                for field, value in (("read", read), ("starred", starred)):
                    if value is not None:
                        queue_changes(self._db, field, value, f"a.{in_list}", chunk)
                if starred is not None:
                    changed += self._db.execute(
                        f"UPDATE articles SET starred = ? WHERE {in_list}", [int(starred), *chunk]
                    ).rowcount
                else:
                    changed += int(
                        self._value(f"SELECT count(*) FROM articles WHERE {in_list}", chunk)
                    )
                if read:
                    self._db.execute(f"DELETE FROM unread WHERE {in_list}", chunk)
                elif read is not None:
                    self._db.execute(UNREAD_INSERT.format(f"a.{in_list}"), chunk)
        return changed

    @_wrapped
    def mark_all_read(self, query: ArticleQuery) -> int:
        """Mark read every unread article ``query`` matches: one statement.

        Read state is the table ``unread`` (:mod:`readstate`): a source (or a
        few) is a range of its ``source_id`` index and the whole library an
        emptied table. Paired at 250,000 articles on a shared machine
        (``tests/benchmarks/bench_mark_read.py``, medians of 5): a source of
        124,505 from 1.08 s (0.81 s CPU) rewriting every row to 0.20 s
        (0.20 s CPU), most of it ``unread_by_time``'s entries; the whole
        library from 1.32 s to 0.09 s. Any other query deletes the ids it
        matches.

        A sync's pending changes are queued in the same transaction, over
        the same rows (unread and matching the query), before they change.
        """
        where, params = self._where(query)
        with self.transaction(), self.page_cache(MARK_CACHE_KIB):
            queue_changes(self._db, "read", True, f"{UNREAD} AND {where}", params)
            if self._where(dataclasses.replace(query, source_ids=())) != ("1", []):
                ids, params = self.unread_matching(query)
                sql = f"DELETE FROM unread WHERE id IN ({ids})"
            elif query.source_ids:
                sql = f"DELETE FROM unread WHERE source_id IN ({marks(len(query.source_ids))})"
                params = list(query.source_ids)
            else:
                sql, params = "DELETE FROM unread", []
            return int(self._db.execute(sql, params).rowcount)

    def unread_matching(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        """A ``SELECT`` of the ids of the unread articles ``query`` matches, and its parameters."""
        where, params = self._where(query)
        join = "JOIN sources s ON s.id = a.source_id" if query.folder is not None else ""
        return f"SELECT a.id FROM articles a {join} WHERE {where} AND {UNREAD}", params

    @_wrapped
    def delete_articles(self, ids: Iterable[int]) -> int:
        deleted = 0
        with self.transaction():
            for chunk in chunks(list(ids)):
                in_list = marks(len(chunk))
                # The highlights wait for the same record to come back (archive.py).
                detach_highlights(self._db, f"a.id IN ({in_list})", chunk)
                unindex(self._db, f"a.id IN ({in_list})", chunk)
                deleted += self._db.execute(
                    f"DELETE FROM articles WHERE id IN ({in_list})", chunk
                ).rowcount
            prune_images(self._db)
        return deleted

    # -- reading --------------------------------------------------------------

    @_wrapped
    def list_articles(
        self,
        query: ArticleQuery = ALL_ARTICLES,
        *,
        limit: int | None = None,
        after: tuple[int, int] | None = None,
    ) -> list[ArticleSummary]:
        """Newest first; ``after`` is the ``(sort_time, id)`` of the last row seen.

        Keyset paging: each page costs the same however deep the reader scrolls.
        A search is read from its index in the same order, so its first page
        costs the page, not the hits.
        """
        rows = self._search_rows(
            query,
            self._where(query, search=False),
            _SUMMARY_COLUMNS,
            limit=limit,
            after=after,
            need_sources=True,
        )
        if rows is not None:
            return [_summary(row) for row in rows]
        rows_from, key = date_order(query)
        where, params = self._where(driven(query, key))
        if after is not None:
            where += f" AND ({key}.sort_time, {key}.id) < (?, ?)"
            params.extend(after)
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM {rows_from} JOIN sources s ON s.id = a.source_id "
            f"WHERE {where} ORDER BY {key}.sort_time DESC, {key}.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_summary(row) for row in self._db.execute(sql, params)]

    def iter_articles(
        self, query: ArticleQuery = ALL_ARTICLES, *, page: int = 500
    ) -> Iterator[ArticleSummary]:
        after: tuple[int, int] | None = None
        while True:
            rows = self.list_articles(query, limit=page, after=after)
            yield from rows
            if len(rows) < page:
                return
            after = (rows[-1].sort_time, rows[-1].id)

    @_wrapped
    def article_id_page(
        self, query: ArticleQuery, *, cursor: int | None = None, page: int = 20_000
    ) -> tuple[list[int], int | None]:
        """:meth:`article_ids` (newest first) a page at a time: ``(ids, cursor of the next)``.

        A search's whole id list (100,000 hits at 250,000 articles: a quarter
        of a second) is read in pages so that the window's worker can drop
        it between two pages when the search has been typed past, and run
        the next search's first page without waiting for it. Queries that
        are not a plain search come whole, with no next cursor.
        """
        found = self._search_id_page(query, self._where(query, search=False), cursor, page)
        if found is None:
            return self.article_ids(query), None
        return found

    @_wrapped
    def article_ids(
        self,
        query: ArticleQuery = ALL_ARTICLES,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of every matching article in display order, for lazy list models.

        ``limit``: only the first ones (the window shows a first page of a
        search before the rest arrives).
        """
        rows = self._search_rows(
            query,
            self._where(query, search=False),
            f"f.rowid & {ID_MASK}",
            sort=sort,
            descending=descending,
            limit=limit,
            need_sources=query.folder is not None,
        )
        if rows is not None:
            return [row[0] for row in rows]
        where, params = self._where(query)
        order = _SORT_SQL[sort].format(d="DESC" if descending else "ASC")
        # Without the join, the date order is a scan of a covering index (about
        # 30 ms for 100,000 articles); with it, every article row is read (250 ms).
        needs_sources = query.folder is not None or sort is SortKey.SOURCE
        join = "JOIN sources s ON s.id = a.source_id" if needs_sources else ""
        rows_from = "articles a"
        if sort in (SortKey.DATE, SortKey.RELEVANCE):
            rows_from, key = date_order(query)
            order = order.replace("a.", f"{key}.")
            where, params = self._where(driven(query, key))
            if key == "u" and where == "1" and not join:
                # The Unread node: the index alone, as the partial index of schema 8 was.
                rows_from = "unread u"
        sql = f"SELECT {key_id(rows_from)} FROM {rows_from} {join} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._column(sql, params)

    @_wrapped
    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        found: dict[int, ArticleSummary] = {}
        for chunk in chunks(list(ids)):
            rows = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
                f"WHERE a.id IN ({marks(len(chunk))})",
                chunk,
            )
            for row in rows:
                summary = _summary(row)
                found[summary.id] = summary
        return found

    @_wrapped
    def count(self, query: ArticleQuery = ALL_ARTICLES) -> int:
        counted = self._search_count(query, self._where(query, search=False))
        if counted is not None:
            return counted
        where, params = self._where(query)
        return int(
            self._value(
                f"SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id "
                f"WHERE {where}",
                params,
            )
        )

    @_wrapped
    def totals(self) -> tuple[int, int, int]:
        """(all, unread, starred) across the library."""
        total, unread, starred = self._db.execute(
            "SELECT count(*), (SELECT count(*) FROM unread), coalesce(sum(starred), 0) "
            "FROM articles"
        ).fetchone()
        return int(total), int(unread), int(starred)

    @_wrapped
    def get_article(self, article_id: int) -> Article:
        row = self._named(
            f"""
            SELECT a.id AS id, a.source_id AS source_id, s.name AS source_name,
                   coalesce(s.title, s.name) AS source_title, a.title AS title, a.url AS url,
                   a.author AS author, a.published AS published, a.added AS added,
                   c.body AS body, {IS_READ} AS read, a.starred AS starred
            FROM articles a JOIN sources s ON s.id = a.source_id
            JOIN article_content c ON c.id = a.id WHERE a.id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        added = from_epoch(row["added"])
        assert added is not None
        html, text = unpack(row["body"])
        return Article(
            id=row["id"],
            source_id=row["source_id"],
            source_name=row["source_name"],
            source_title=row["source_title"],
            title=row["title"],
            url=row["url"],
            author=row["author"],
            published=from_epoch(row["published"]),
            added=added,
            html=html,
            text=text,
            read=bool(row["read"]),
            starred=bool(row["starred"]),
        )

"""The local library: one SQLite file in WAL mode.

WAL lets the window read while an import or refresh writes. Every public
method wraps sqlite3 errors into :class:`StorageError` naming the file, so
callers handle one exception tree. A :class:`Store` holds one connection and
belongs to one thread; workers open their own.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from reader.core import schema
from reader.core.errors import NotFoundError, ReaderError, StorageError
from reader.core.models import (
    AddResult,
    Article,
    ArticleQuery,
    ArticleSummary,
    CachedImage,
    FeedState,
    ImageState,
    ImageStatus,
    NewArticle,
    SortKey,
    Source,
    SourceKind,
    from_epoch,
    to_epoch,
)
from reader.core.search import INDEX_VERSION, build_match_query, index_text
from reader.core.source_names import SourceNames

ALL_ARTICLES = ArticleQuery()

P = ParamSpec("P")
R = TypeVar("R")

_SUMMARY_COLUMNS = (
    "a.id, a.source_id, s.name, coalesce(s.title, s.name), a.title, a.url, a.published, "
    "a.sort_time, a.read, a.starred"
)
_SORT_SQL = {
    SortKey.DATE: "a.sort_time {d}, a.id {d}",
    SortKey.TITLE: "a.title COLLATE NOCASE {d}, a.id {d}",
    SortKey.SOURCE: "coalesce(s.title, s.name) COLLATE NOCASE {d}, a.sort_time DESC, a.id DESC",
}


def _wrapped(method: Callable[P, R]) -> Callable[P, R]:
    """Turn sqlite3 errors into StorageError naming the library file."""

    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            store = args[0]
            path = store.path if isinstance(store, Store) else "library"
            raise StorageError(f"{path}: {_describe(exc)}") from exc

    return wrapper


def _describe(exc: sqlite3.Error) -> str:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return "the library is busy in another program; try again in a moment"
    if "not a database" in message or "malformed" in message:
        return "the file is not a readable Offline Reader library (it may be damaged)"
    if "readonly" in message or "read-only" in message:
        return "the library cannot be written (read-only file or folder)"
    if "disk" in message and "full" in message:
        return "the disk is full"
    return message


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """An article with its search text and content hash worked out.

    Computing these is CPU work; the importer does it in worker processes so
    the single writer only inserts.
    """

    article: NewArticle
    search_title: str
    search_body: str
    content_hash: bytes | None

    def __reduce__(self) -> tuple[type[IndexedArticle], tuple[object, ...]]:
        return IndexedArticle, (
            self.article,
            self.search_title,
            self.search_body,
            self.content_hash,
        )


#: The page size of new libraries; existing ones keep theirs.
PAGE_SIZE = 16384


def index_article(article: NewArticle) -> IndexedArticle:
    return IndexedArticle(
        article,
        index_text(article.title),
        index_text(article.text),
        content_hash(article.title, article.text),
    )


def content_hash(title: str, text: str) -> bytes | None:
    """Identity of an article's content, so one text under two URLs is stored once.

    Bodies that are empty say nothing about identity; those articles are
    de-duplicated by URL only.
    """
    body = " ".join(text.split())
    if not body:
        return None
    return hashlib.sha1(f"{' '.join(title.split())}\n{body}".encode()).digest()


def search_index_outdated(path: str | Path) -> bool:
    """Whether opening the library at ``path`` will rebuild its search index.

    That takes seconds per 10,000 articles (11 s for 100,000), once after an
    update changed the index; the window asks first, so it can say why the
    wait. Anything odd is left to :meth:`Store.open` to report.
    """
    location = Path(path)
    if not location.is_file():
        return False
    try:
        db = sqlite3.connect(f"{location.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        current = _search_index_current(db)
        any_article = db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        db.close()
    return bool(any_article) and not current


def _search_index_current(db: sqlite3.Connection) -> bool:
    """Whether the search index was written by this version's rewrite."""
    row = db.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
    return row is not None and row[0] == str(INDEX_VERSION)


class Store:
    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 10.0) -> Store:
        """Open (creating if needed) the library at ``path``."""
        path = Path(path)
        display = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"{display}: cannot create the folder: {exc.strerror}") from exc
        try:
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"{display}: {_describe(exc)}") from exc
        try:
            db.execute("PRAGMA foreign_keys = ON")
            if db.execute("PRAGMA page_count").fetchone()[0] == 0:
                # A new library: 16 KB pages (before WAL fixes the size). Article
                # bodies fit a page instead of spilling onto overflow pages, and
                # an import writes a quarter of the log frames: 3% faster.
                db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise StorageError(f"{display}: the library needs WAL mode (got {mode})")
            db.execute("PRAGMA synchronous = NORMAL")
            schema.setup(db)
            store = cls(db, display)
            store._check_search_index()
            return store
        except sqlite3.Error as exc:
            db.close()
            raise StorageError(f"{display}: {_describe(exc)}") from exc
        except ReaderError as exc:
            db.close()
            if isinstance(exc, StorageError) and str(exc).startswith(display):
                raise
            raise type(exc)(f"{display}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    @_wrapped
    def tune_for_bulk_writes(self) -> None:
        """For an import worker's connection: a larger page cache (the
        default is 2 MB, and inserts touch index pages all over) and no
        automatic checkpoints. SQLite runs those right after a commit, while
        the worker still holds its turn to write, so the other worker waited;
        the importing process checkpoints instead, between the workers' turns."""
        self._db.execute("PRAGMA cache_size = -65536")
        self._db.execute("PRAGMA wal_autocheckpoint = 0")

    @_wrapped
    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the library file, without waiting on readers.

        With ``truncate``, wait for readers (up to the busy timeout) and empty
        the log file too: a log that writers kept appending to while it was
        copied is never restarted, and grows with every article.
        """
        mode = "TRUNCATE" if truncate else "PASSIVE"
        self._db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one."""
        if self._db.in_transaction:
            yield
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {_describe(exc)}") from exc
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StorageError(f"{self.path}: {_describe(exc)}") from exc

    def begin(self) -> None:
        """Open a write transaction that :meth:`commit` ends (for long batches)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {_describe(exc)}") from exc

    def commit(self) -> None:
        if not self._db.in_transaction:
            return
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StorageError(f"{self.path}: {_describe(exc)}") from exc

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """All or nothing inside a larger transaction: one file of an import."""
        try:
            self._db.execute("SAVEPOINT item")
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: {_describe(exc)}") from exc
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO item")
            self._db.execute("RELEASE item")
            raise
        self._db.execute("RELEASE item")

    # -- search index -------------------------------------------------------

    @_wrapped
    def _check_search_index(self) -> None:
        if _search_index_current(self._db):
            return
        with self.transaction():
            self._db.execute("INSERT INTO article_search(article_search) VALUES ('delete-all')")
            rows = self._db.execute(
                "SELECT a.id, a.title, c.text FROM articles a JOIN article_content c ON c.id = a.id"
            )
            self._db.executemany(
                "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)",
                ((i, index_text(t), index_text(b)) for i, t, b in rows),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', ?)",
                (str(INDEX_VERSION),),
            )

    def _unindex(self, where: str, params: Sequence[Any]) -> None:
        rows = self._db.execute(
            f"SELECT a.id, a.title, c.text FROM articles a JOIN article_content c ON c.id = a.id "
            f"WHERE {where}",
            params,
        )
        self._db.executemany(
            "INSERT INTO article_search(article_search, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            ((i, index_text(t), index_text(b)) for i, t, b in rows.fetchall()),
        )

    # -- sources ------------------------------------------------------------

    @_wrapped
    def source_id(
        self,
        name: str,
        *,
        title: str | None = None,
        kind: SourceKind = SourceKind.LOCAL,
    ) -> int:
        """The id of the source called ``name``, created on first use."""
        row = self._db.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
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
        rows = self._db.execute(
            """
            SELECT s.id, s.name, coalesce(s.title, s.name), s.kind, s.folder, s.feed_url,
                   s.site_url, s.username, s.last_error, s.last_checked,
                   coalesce(c.total, 0), coalesce(c.unread, 0), coalesce(c.starred, 0),
                   s.retry_after, s.retention_days
            FROM sources s LEFT JOIN (
                SELECT source_id, count(*) AS total, sum(read = 0) AS unread,
                       sum(starred) AS starred
                FROM articles GROUP BY source_id
            ) c ON c.source_id = s.id
            ORDER BY s.folder IS NOT NULL, s.folder COLLATE NOCASE,
                     coalesce(s.title, s.name) COLLATE NOCASE
            """
        )
        return [_source(row) for row in rows]

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
        rows = self._db.execute(
            "SELECT DISTINCT folder FROM sources WHERE folder IS NOT NULL "
            "ORDER BY folder COLLATE NOCASE"
        )
        return [row[0] for row in rows]

    @_wrapped
    def rename_folder(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise ReaderError("a folder needs a name")
        with self.transaction():
            self._db.execute("UPDATE sources SET folder = ? WHERE folder = ?", (new, old))

    @_wrapped
    def delete_source(self, source_id: int) -> int:
        """Delete a source with all its articles; returns how many articles went."""
        with self.transaction():
            self._require_source(source_id)
            self._unindex("a.source_id = ?", (source_id,))
            count = self._db.execute(
                "DELETE FROM articles WHERE source_id = ?", (source_id,)
            ).rowcount
            self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            self._prune_images()
        return int(count)

    # -- feeds --------------------------------------------------------------

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
            existing = self._db.execute(
                "SELECT coalesce(title, name) FROM sources WHERE feed_url = ?", (feed_url,)
            ).fetchone()
            if existing is not None:
                raise ReaderError(f"already subscribed, as {existing[0]!r}")
            cursor = self._db.execute(
                "INSERT INTO sources(name, title, kind, folder, feed_url, site_url, username, "
                "created) VALUES (?, ?, 'feed', ?, ?, ?, ?, ?)",
                (
                    self._unique_name(name, names),
                    (title or "").strip() or None,
                    (folder or "").strip() or None,
                    feed_url,
                    site_url,
                    (username or "").strip() or None,
                    int(time.time()),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _unique_name(self, wanted: str, names: SourceNames | None) -> str:
        return (names or self.source_names()).claim(wanted)  # not one query per name tried

    @_wrapped
    def source_names(self) -> SourceNames:
        """The names in use, for :meth:`add_feed` (one query for a whole OPML import)."""
        return SourceNames(row[0] for row in self._db.execute("SELECT name FROM sources"))

    @_wrapped
    def feed_states(self, source_ids: Iterable[int] | None = None) -> list[FeedState]:
        """Subscriptions to refresh: all of them, or those among ``source_ids``."""
        rows = self._db.execute(
            "SELECT id, name, coalesce(title, name), feed_url, site_url, username, etag, "
            "last_modified, retry_after, retention_days FROM sources "
            "WHERE kind = 'feed' AND feed_url IS NOT NULL "
            "ORDER BY coalesce(title, name) COLLATE NOCASE"
        ).fetchall()
        wanted = None if source_ids is None else set(source_ids)
        return [
            FeedState(
                source_id=row[0],
                name=row[1],
                title=row[2],
                feed_url=row[3],
                site_url=row[4],
                username=row[5],
                etag=row[6],
                last_modified=row[7],
                retry_after=from_epoch(row[8]),
                retention_days=row[9],
            )
            for row in rows
            if wanted is None or row[0] in wanted
        ]

    @_wrapped
    def recent_item_keys(
        self, source_id: int, limit: int = 2000
    ) -> tuple[frozenset[str], frozenset[str]]:
        """(guids, urls) of the source's latest articles.

        A refresh skips cleaning the items it already has: a changed feed of
        100 items usually brings two new ones. The latest ``limit`` are
        enough, since items leave a feed oldest first.
        """
        rows = self._db.execute(
            "SELECT guid, url FROM articles WHERE source_id = ? ORDER BY id DESC LIMIT ?",
            (source_id, limit),
        ).fetchall()
        return (
            frozenset(row[0] for row in rows if row[0]),
            frozenset(row[1] for row in rows if row[1]),
        )

    @_wrapped
    def record_feed_fetched(
        self,
        source_id: int,
        *,
        checked: datetime,
        etag: str | None,
        last_modified: str | None,
        feed_title: str | None = None,
        site_url: str | None = None,
    ) -> None:
        """A good fetch (200 or 304): keep its validators, clear the error.

        The feed's own title is used only while the user has not named the source.
        """
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET etag = ?, last_modified = ?, last_checked = ?, "
                "last_error = NULL, retry_after = NULL, title = coalesce(title, ?), "
                "site_url = coalesce(?, site_url) WHERE id = ?",
                (
                    etag,
                    last_modified,
                    to_epoch(checked),
                    (feed_title or "").strip() or None,
                    site_url,
                    source_id,
                ),
            )

    @_wrapped
    def record_feed_failed(
        self,
        source_id: int,
        *,
        checked: datetime,
        error: str,
        retry_after: datetime | None = None,
    ) -> None:
        """Keep the error to show on the source; its articles stay."""
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET last_checked = ?, last_error = ?, retry_after = ? WHERE id = ?",
                (to_epoch(checked), error, to_epoch(retry_after), source_id),
            )

    @_wrapped
    def set_feed_url(self, source_id: int, feed_url: str) -> None:
        """Point a subscription elsewhere (edit, permanent redirect).

        The validators and any wait belonged to the old address, so they go.
        """
        with self.transaction():
            self._require_source(source_id)
            other = self._db.execute(
                "SELECT coalesce(title, name) FROM sources WHERE feed_url = ? AND id <> ?",
                (feed_url, source_id),
            ).fetchone()
            if other is not None:
                raise ReaderError(f"that address is already subscribed, as {other[0]!r}")
            self._db.execute(
                "UPDATE sources SET feed_url = ?, kind = 'feed', etag = NULL, "
                "last_modified = NULL, retry_after = NULL WHERE id = ? AND "
                "feed_url IS NOT ?",
                (feed_url, source_id, feed_url),
            )

    @_wrapped
    def set_feed_username(self, source_id: int, username: str | None) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET username = ? WHERE id = ?",
                ((username or "").strip() or None, source_id),
            )

    @_wrapped
    def set_retention(self, source_id: int, days: int | None) -> None:
        """Keep articles ``days`` days (starred ones always); None keeps everything."""
        if days is not None and days < 1:
            raise ReaderError("articles must be kept at least one day")
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET retention_days = ? WHERE id = ?", (days, source_id)
            )

    @_wrapped
    def apply_retention(self, source_id: int, now: datetime) -> int:
        """Delete what the source's retention no longer keeps; returns how many went.

        Age is the article's date (publication, or when it was added), so an
        old item still in the feed is not fetched again and again: the
        refresh skips items older than the same cut-off.
        """
        row = self._db.execute(
            "SELECT retention_days FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no source with id {source_id}")
        if row[0] is None:
            return 0
        cutoff = int(now.timestamp()) - int(row[0]) * 86400
        where = "a.source_id = ? AND a.starred = 0 AND a.sort_time < ?"
        with self.transaction():
            self._unindex(where, (source_id, cutoff))
            deleted = int(
                self._db.execute(
                    "DELETE FROM articles WHERE source_id = ? AND starred = 0 AND sort_time < ?",
                    (source_id, cutoff),
                ).rowcount
            )
            self._prune_images()
        return deleted

    def _require_source(self, source_id: int) -> None:
        if self._db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
            raise NotFoundError(f"no source with id {source_id}")

    # -- writing articles ---------------------------------------------------

    @_wrapped
    def add_articles(
        self, source_id: int, articles: Iterable[NewArticle | IndexedArticle]
    ) -> AddResult:
        """Store articles that are new; the rest count as duplicates.

        An article is a duplicate when its URL, its feed guid or its content
        (title and text) is already in the library, whatever the source.
        """
        added: list[int] = []
        duplicates = 0
        now = int(time.time())
        # Only the articles row needs a statement of its own (its id, or that it
        # was a duplicate); the rest goes in one executemany per table.
        contents: list[tuple[int, str, str]] = []
        searches: list[tuple[int, str, str]] = []
        images: list[tuple[int, str]] = []
        execute = self._db.execute
        with self.transaction():
            for item in articles:
                if isinstance(item, NewArticle):
                    item = index_article(item)
                article = item.article
                published = to_epoch(article.published)
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
                        published if published is not None else now,
                        item.content_hash,
                    ),
                )
                if cursor.rowcount != 1:
                    duplicates += 1
                    continue
                article_id = cursor.lastrowid
                assert article_id is not None
                contents.append((article_id, article.html, article.text))
                searches.append((article_id, item.search_title, item.search_body))
                images.extend((article_id, url) for url in article.images)
                added.append(article_id)
            self._db.executemany(
                "INSERT INTO article_content(id, html, text) VALUES (?, ?, ?)", contents
            )
            if images:
                self._db.executemany(
                    "INSERT OR IGNORE INTO images(url) VALUES (?)", ((url,) for _, url in images)
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?, ?)", images
                )
            self._db.executemany(
                "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)", searches
            )
        return AddResult(added, duplicates)

    @_wrapped
    def mark(
        self, ids: Iterable[int], *, read: bool | None = None, starred: bool | None = None
    ) -> int:
        """Set read and/or starred on articles; returns how many exist."""
        sets = []
        params: list[Any] = []
        if read is not None:
            sets.append("read = ?")
            params.append(int(read))
        if starred is not None:
            sets.append("starred = ?")
            params.append(int(starred))
        id_list = list(ids)
        if not sets or not id_list:
            return 0
        changed = 0
        with self.transaction():
            for chunk in _chunks(id_list):
                marks = ",".join("?" * len(chunk))
                changed += self._db.execute(
                    f"UPDATE articles SET {', '.join(sets)} WHERE id IN ({marks})",
                    [*params, *chunk],
                ).rowcount
        return changed

    @_wrapped
    def mark_all_read(self, query: ArticleQuery) -> int:
        where, params = self._where(query)
        with self.transaction():
            return int(
                self._db.execute(
                    f"UPDATE articles SET read = 1 WHERE read = 0 AND id IN "
                    f"(SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id "
                    f"WHERE {where})",
                    params,
                ).rowcount
            )

    @_wrapped
    def delete_articles(self, ids: Iterable[int]) -> int:
        deleted = 0
        with self.transaction():
            for chunk in _chunks(list(ids)):
                marks = ",".join("?" * len(chunk))
                self._unindex(f"a.id IN ({marks})", chunk)
                deleted += self._db.execute(
                    f"DELETE FROM articles WHERE id IN ({marks})", chunk
                ).rowcount
            self._prune_images()
        return deleted

    # -- reading articles ---------------------------------------------------

    def _where(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        clauses = ["1"]
        params: list[Any] = []
        if query.source_ids:
            clauses.append(f"a.source_id IN ({','.join('?' * len(query.source_ids))})")
            params.extend(query.source_ids)
        if query.folder is not None:
            clauses.append("s.folder = ?")
            params.append(query.folder)
        if query.unread_only:
            clauses.append("a.read = 0")
        if query.starred_only:
            clauses.append("a.starred = 1")
        if query.ids:
            clauses.append(f"a.id IN ({','.join('?' * len(query.ids))})")
            params.extend(query.ids)
        if query.search:
            match = build_match_query(query.search)
            if match is not None:
                # The unary + keeps SQLite from looking up every hit by id and
                # sorting them all: it walks the date index instead and tests
                # each row against the (materialized) hits, stopping at LIMIT.
                clauses.append(
                    "+a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
                )
                params.append(match)
        return " AND ".join(clauses), params

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
        """
        where, params = self._where(query)
        if after is not None:
            where += " AND (a.sort_time, a.id) < (?, ?)"
            params.extend(after)
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
            f"WHERE {where} ORDER BY a.sort_time DESC, a.id DESC"
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
    def article_ids(
        self,
        query: ArticleQuery = ALL_ARTICLES,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
    ) -> list[int]:
        """Ids of every matching article in display order, for lazy list models."""
        where, params = self._where(query)
        order = _SORT_SQL[sort].format(d="DESC" if descending else "ASC")
        # Without the join, the date order is a scan of a covering index (about
        # 30 ms for 100,000 articles); with it, every article row is read (250 ms).
        needs_sources = query.folder is not None or sort is SortKey.SOURCE
        join = "JOIN sources s ON s.id = a.source_id" if needs_sources else ""
        rows = self._db.execute(
            f"SELECT a.id FROM articles a {join} WHERE {where} ORDER BY {order}", params
        )
        return [row[0] for row in rows]

    @_wrapped
    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        found: dict[int, ArticleSummary] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
                f"WHERE a.id IN ({marks})",
                chunk,
            )
            for row in rows:
                found[row[0]] = _summary(row)
        return found

    @_wrapped
    def count(self, query: ArticleQuery = ALL_ARTICLES) -> int:
        where, params = self._where(query)
        row = self._db.execute(
            f"SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE {where}",
            params,
        ).fetchone()
        return int(row[0])

    @_wrapped
    def totals(self) -> tuple[int, int, int]:
        """(all, unread, starred) across the library."""
        row = self._db.execute(
            "SELECT count(*), coalesce(sum(read = 0), 0), coalesce(sum(starred), 0) FROM articles"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    @_wrapped
    def get_article(self, article_id: int) -> Article:
        row = self._db.execute(
            """
            SELECT a.id, a.source_id, s.name, coalesce(s.title, s.name), a.title, a.url,
                   a.author, a.published, a.added, c.html, c.text, a.read, a.starred
            FROM articles a JOIN sources s ON s.id = a.source_id
            JOIN article_content c ON c.id = a.id WHERE a.id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        added = from_epoch(row[8])
        assert added is not None
        return Article(
            id=row[0],
            source_id=row[1],
            source_name=row[2],
            source_title=row[3],
            title=row[4],
            url=row[5],
            author=row[6],
            published=from_epoch(row[7]),
            added=added,
            html=row[9],
            text=row[10],
            read=bool(row[11]),
            starred=bool(row[12]),
        )

    # -- images and settings -------------------------------------------------

    def _prune_images(self) -> None:
        """Forget images no article refers to any more, and bytes no image uses."""
        self._db.execute("DELETE FROM images WHERE url NOT IN (SELECT url FROM article_images)")
        self._db.execute(
            "DELETE FROM image_data WHERE hash NOT IN "
            "(SELECT hash FROM images WHERE hash IS NOT NULL)"
        )

    @_wrapped
    def cached_image(self, url: str) -> CachedImage | None:
        """The cached bytes of an image by its URL; never touches the network."""
        row = self._db.execute(
            "SELECT i.url, d.hash, d.mime, d.data FROM images i JOIN image_data d "
            "ON d.hash = i.hash WHERE i.url = ? AND i.status = 'cached'",
            (url,),
        ).fetchone()
        return None if row is None else CachedImage(row[0], row[1].hex(), row[2], row[3])

    @_wrapped
    def cached_image_by_hash(self, digest: str) -> CachedImage | None:
        try:
            key = bytes.fromhex(digest)
        except ValueError:
            return None
        row = self._db.execute(
            "SELECT hash, mime, data FROM image_data WHERE hash = ?", (key,)
        ).fetchone()
        return None if row is None else CachedImage("", row[0].hex(), row[1], row[2])

    @_wrapped
    def image_hashes(self, urls: Iterable[str]) -> dict[str, str]:
        """URL → hex hash of the images among ``urls`` that are cached."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(urls))):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT url, hash FROM images WHERE status = 'cached' AND url IN ({marks})",
                chunk,
            )
            found.update((url, digest.hex()) for url, digest in rows)
        return found

    @_wrapped
    def image_states(self, article_id: int) -> list[ImageState]:
        rows = self._db.execute(
            "SELECT i.url, i.status, i.reason FROM article_images a JOIN images i "
            "ON i.url = a.url WHERE a.article_id = ? ORDER BY i.url",
            (article_id,),
        )
        return [ImageState(url, ImageStatus(status), reason) for url, status, reason in rows]

    @_wrapped
    def images_to_fetch(
        self,
        *,
        article_ids: Sequence[int] = (),
        source_ids: Sequence[int] = (),
        retry_failed: bool = False,
    ) -> list[str]:
        """URLs not cached yet of the given articles, sources, or the whole library."""
        statuses = "('pending', 'failed')" if retry_failed else "('pending')"
        clauses = [f"i.status IN {statuses}"]
        params: list[Any] = []
        if article_ids:
            clauses.append(f"a.article_id IN ({','.join('?' * len(article_ids))})")
            params.extend(article_ids)
        if source_ids:
            clauses.append(
                "a.article_id IN (SELECT id FROM articles WHERE source_id IN "
                f"({','.join('?' * len(source_ids))}))"
            )
            params.extend(source_ids)
        rows = self._db.execute(
            "SELECT DISTINCT i.url FROM images i JOIN article_images a ON a.url = i.url "
            f"WHERE {' AND '.join(clauses)} ORDER BY a.article_id DESC",
            params,
        )
        return [row[0] for row in rows]

    @_wrapped
    def store_image(self, url: str, data: bytes, mime: str) -> str:
        """Keep an image's bytes (once per content) and mark the URL cached."""
        digest = hashlib.sha256(data).digest()
        now = int(time.time())
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO image_data(hash, mime, size, data, stored) "
                "VALUES (?, ?, ?, ?, ?)",
                (digest, mime, len(data), data, now),
            )
            self._db.execute(
                "INSERT INTO images(url, status, hash, reason, attempted) "
                "VALUES (?, 'cached', ?, NULL, ?) ON CONFLICT(url) DO UPDATE SET "
                "status = 'cached', hash = excluded.hash, reason = NULL, "
                "attempted = excluded.attempted",
                (url, digest, now),
            )
        return digest.hex()

    @_wrapped
    def set_image_status(self, url: str, status: ImageStatus, reason: str | None) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO images(url, status, hash, reason, attempted) "
                "VALUES (?, ?, NULL, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "status = excluded.status, hash = NULL, reason = excluded.reason, "
                "attempted = excluded.attempted",
                (url, status.value, reason, int(time.time())),
            )
            self._db.execute(
                "DELETE FROM image_data WHERE hash NOT IN "
                "(SELECT hash FROM images WHERE hash IS NOT NULL)"
            )

    @_wrapped
    def image_cache_usage(self) -> tuple[int, int]:
        """(images cached, bytes they take)."""
        row = self._db.execute("SELECT count(*), coalesce(sum(size), 0) FROM image_data").fetchone()
        return int(row[0]), int(row[1])

    @_wrapped
    def clear_image_cache(self) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE images SET status = 'pending', hash = NULL, reason = NULL "
                "WHERE status <> 'pending'"
            )
            self._db.execute("DELETE FROM image_data")

    @_wrapped
    def always_load_images(self, source_id: int) -> bool:
        """Whether opening an article of this source fetches its missing images.

        Off by default: opening an article must not tell anyone it was read.
        """
        row = self._db.execute(
            "SELECT always_load_images FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no source with id {source_id}")
        return bool(row[0])

    @_wrapped
    def set_always_load_images(self, source_id: int, on: bool) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET always_load_images = ? WHERE id = ?", (int(on), source_id)
            )

    @_wrapped
    def setting(self, key: str) -> str | None:
        """A library-wide setting (kept with the library, not with the machine)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (f"setting:{key}",))
        found = row.fetchone()
        return None if found is None else str(found[0])

    @_wrapped
    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self._db.execute("DELETE FROM meta WHERE key = ?", (f"setting:{key}",))
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (f"setting:{key}", value),
                )


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row[0],
        source_id=row[1],
        source_name=row[2],
        source_title=row[3],
        title=row[4],
        url=row[5],
        published=from_epoch(row[6]),
        sort_time=row[7],
        read=bool(row[8]),
        starred=bool(row[9]),
    )


def _source(row: Sequence[Any]) -> Source:
    return Source(
        id=row[0],
        name=row[1],
        title=row[2],
        kind=SourceKind(row[3]),
        folder=row[4],
        feed_url=row[5],
        site_url=row[6],
        username=row[7],
        last_error=row[8],
        last_checked=from_epoch(row[9]),
        total=row[10],
        unread=row[11],
        starred=row[12],
        retry_after=from_epoch(row[13]),
        retention_days=row[14],
    )

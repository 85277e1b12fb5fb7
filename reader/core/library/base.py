"""The connection under every part of the store, and what the parts share.

Modelled on lemon24/reader's storage: this base owns the one SQLite
connection, its transactions and the wrapping of sqlite3 errors; each domain
of tables (sources, feed state, articles, images, settings) is a mixin on top
of it, and :class:`~reader.core.library.store.Store` combines them. Every
public method wraps sqlite3 errors into :class:`StorageError` naming the
file, so callers handle one exception tree. A store holds one connection and
belongs to one thread; workers open their own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, Self, TypeVar

from reader.core.errors import LibraryTooNewError, NotFoundError, ReaderError, StorageError
from reader.core.library import backup, schema
from reader.core.library.backup import DamagedLibraryError
from reader.core.library.search import index as search

P = ParamSpec("P")
R = TypeVar("R")

#: The page size of new libraries; existing ones keep theirs.
PAGE_SIZE = 16384

#: The first bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"

#: Ids per ``IN (...)`` list: SQLite allows 32,766 parameters a statement,
#: older builds 999; 500 stays far below both.
CHUNK = 500


def _wrapped(method: Callable[P, R]) -> Callable[P, R]:
    """Turn sqlite3 errors into StorageError naming the library file."""

    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            store = args[0]
            path = store.path if isinstance(store, StoreBase) else "library"
            raise StorageError(_describe(exc), path=path) from exc

    return wrapper


def _describe(exc: sqlite3.Error) -> str:
    """What went wrong in words a journalist can act on; SQLite's own otherwise."""
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


def _damage(exc: sqlite3.Error) -> bool:
    message = str(exc)
    return "malformed" in message or "not a database" in message


_PROGRAM = "offline-reader"


def _refuse_foreign(path: Path) -> None:
    """Refuse, before anything writes to it, a file that is not one of our libraries.

    Switching to WAL and setting the page size rewrite the file's header:
    run on another program's database, a damaged file or a newer library,
    they changed the user's file even though it was then refused. So the
    file is read first, without writing or locking (``immutable``: no
    ``-wal``/``-shm`` appears beside it), and left byte for byte as it was.
    A file that has a live write-ahead log beside it is read through
    SQLite's normal read-only open instead, so the log's commits count.
    """
    if _live(path):
        # Our own connections may have this file open: opening and closing
        # it once more here would drop every POSIX lock the process holds on
        # it (SQLite's "broken POSIX locks"), and another process closing its
        # connection would then delete the log under ours (short reads).
        # The identity is read on the normal connection instead (see open).
        return
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return  # a new library
    except OSError as exc:
        raise StorageError(f"cannot read the file: {exc.strerror}", path=str(path)) from exc
    if not header:
        return  # an empty file: a new library
    if not header.startswith(SQLITE_HEADER):
        raise StorageError(
            "the file is not a readable Offline Reader library (not an SQLite database); "
            "it was left as it is",
            path=str(path),
        )
    if len(header) < 100:
        raise DamagedLibraryError(
            "the file is damaged (cut short inside its header); it was left as it is",
            path=str(path),
        )
    try:
        db = sqlite3.connect(backup.peek_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StorageError(_describe(exc), path=str(path)) from exc
    try:
        _check_identity(db, path)
    finally:
        db.close()


def _live(path: Path) -> bool:
    """A log or shared memory beside the file: a connection may be open on it.

    Then an immutable read could see another process's commit half-done,
    and the file is in WAL mode already (switching to it writes nothing).
    """
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))


def _check_identity(db: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database or a newer library; reads only."""
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        kind = DamagedLibraryError if _damage(exc) else StorageError
        reason = (
            "the file is damaged (SQLite cannot read its table list); it was left as it is"
            if _damage(exc)
            else _describe(exc)
        )
        raise kind(reason, path=str(path)) from exc
    ours = {"meta", "sources", "articles"} <= tables
    if (tables or version) and not ours:
        raise StorageError(
            "the file is an SQLite database of another program, not an Offline Reader "
            "library; it was left as it is",
            path=str(path),
        )
    if version > schema.VERSION:
        raise LibraryTooNewError(
            f"the library has schema version {version}, but this program knows only up to "
            f"{schema.VERSION}: use a newer Offline Reader (the file was left as it is)",
            path=str(path),
        )


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices short enough for one ``IN (...)`` list each."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(count: int) -> str:
    """The ``?, ?, …`` of an ``IN`` list of ``count`` values."""
    return ",".join("?" * count)


class StoreBase:
    """The connection and what every part of the store needs; used only through Store."""

    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 10.0) -> Self:
        """Open (creating if needed) the library at ``path``.

        WAL lets the window read while an import or refresh writes.
        """
        path = Path(path)
        display = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the folder: {exc.strerror}", path=display) from exc
        _refuse_foreign(path)
        live = _live(path)
        try:
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(_describe(exc), path=display) from exc
        try:
            if live:
                _check_identity(db, path)
            db.execute("PRAGMA foreign_keys = ON")
            if db.execute("PRAGMA page_count").fetchone()[0] == 0:
                # A new library: 16 KB pages (before WAL fixes the size). Article
                # bodies fit a page instead of spilling onto overflow pages, and
                # an import writes a quarter of the log frames: 3% faster.
                db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            (mode,) = db.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode != "wal":
                raise StorageError(f"the library needs WAL mode (got {mode})", path=display)
            db.execute("PRAGMA synchronous = NORMAL")
            schema.setup(db, path)
            store = cls(db, display)
            store._check_search_index()
            return store
        except sqlite3.Error as exc:
            db.close()
            kind = DamagedLibraryError if _damage(exc) else StorageError
            raise kind(_describe(exc), path=display) from exc
        except ReaderError as exc:
            db.close()
            if exc.path is None:  # the schema's errors do not know the file
                exc.path = display
            raise

    def close(self) -> None:
        self._db.close()

    @_wrapped
    def tune_for_bulk_writes(self) -> None:
        """For an import worker's connection: a larger page cache (the
        default is 2 MB, and inserts touch index pages all over) and no
        automatic checkpoints. SQLite runs those right after a commit, while
        the worker still holds its turn to write, so the other worker waited;
        the importing process checkpoints instead, between the workers' turns.

        48 MB: at 250,000 articles (10,000 dumps of 25), two pairs of imports
        gave 0.78 and 0.83 ms of CPU an article with 64 MB and 0.85 and 0.77
        with 48, and all processes together peaked at 316-318 MB against
        285 MB (``bench_import.py --count 250000 --per-file 25``). Smaller
        caches cost more: 16 MB took a fifth more to insert at 100,000
        (``resources/benchmarks/import.md``)."""
        self._db.execute("PRAGMA cache_size = -49152")
        self._db.execute("PRAGMA wal_autocheckpoint = 0")

    @contextmanager
    def page_cache(self, kib: int) -> Iterator[None]:
        """A larger page cache for one large statement; the pages go when it ends."""
        (before,) = self._db.execute("PRAGMA cache_size").fetchone()
        self._db.execute(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA cache_size = {int(before)}")

    @_wrapped
    def data_version(self) -> int:
        """A number that changes when another connection commits (SQLite's
        ``PRAGMA data_version``): how a window notices a terminal's import."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    @_wrapped
    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the library file, without waiting on readers.

        With ``truncate``, wait for readers (up to the busy timeout) and empty
        the log file too: a log that writers kept appending to while it was
        copied is never restarted, and grows with every article.
        """
        mode = "TRUNCATE" if truncate else "PASSIVE"
        self._db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()

    def __enter__(self) -> Self:
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
        self._refuse_if_damaged()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(_describe(exc), path=self.path) from exc
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StorageError(_describe(exc), path=self.path) from exc

    def begin(self) -> None:
        """Open a write transaction that :meth:`commit` ends (for long batches)."""
        self._refuse_if_damaged()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(_describe(exc), path=self.path) from exc

    def commit(self) -> None:
        if not self._db.in_transaction:
            return
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StorageError(_describe(exc), path=self.path) from exc

    def _refuse_if_damaged(self) -> None:
        """No write to a library a check found damaged: it could spread the damage
        over pages that are still good, and a backup is the way back."""
        reason = backup.damaged_reason(self.path)
        if reason is not None:
            raise DamagedLibraryError(
                f"the library was found damaged ({reason}), so nothing is written to it; "
                f"its backups are in {backup.backup_dir(self.path)} "
                f"('{_PROGRAM} backup --list'; '{_PROGRAM} check' checks it again)",
                path=self.path,
            )

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    def _before_delete(self) -> None:
        """Called before articles are deleted; the articles' mixin writes rows it holds back."""

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """All or nothing inside a larger transaction: one file of an import."""
        try:
            self._db.execute("SAVEPOINT item")
        except sqlite3.Error as exc:
            raise StorageError(_describe(exc), path=self.path) from exc
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO item")
            self._db.execute("RELEASE item")
            raise
        self._db.execute("RELEASE item")

    @_wrapped
    def _check_search_index(self) -> None:
        """Rebuild an index an older version wrote, before anyone searches it."""
        if search.index_current(self._db):
            return
        with self.transaction():
            search.rebuild_index(self._db)

    # -- rows ---------------------------------------------------------------

    def _named(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Rows whose columns are read by name (``row["title"]``).

        Only for the queries that become models: a Row costs more to make
        than a tuple (30% more for the 100,000 ids of the window's list), so
        the lists of single values stay tuples (:meth:`_column`).
        """
        cursor = self._db.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params)

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The one value a query asks for (a count, a flag); None without a row."""
        row = self._db.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The values of a one-column query: ids, names, addresses."""
        return [value for (value,) in self._db.execute(sql, params)]

    def _require_source(self, source_id: int) -> None:
        """Raise NotFoundError for a source that is gone (deleted in another window)."""
        if self._value("SELECT 1 FROM sources WHERE id = ?", (source_id,)) is None:
            raise NotFoundError(f"no source with id {source_id}")

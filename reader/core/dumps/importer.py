"""Import saved dumps and feed files (files or whole folders) into the library.

Parsing and cleaning are CPU work, so they run in worker processes (both
cores); the calling process is the one writer. Each file is written whole or
not at all, so a bad or cancelled file never leaves half an article, and the
result says per file what was imported, what was a duplicate and what failed.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from reader.core import platform
from reader.core.content.sites import display_name
from reader.core.dumps.files import FileReport as FileReport
from reader.core.dumps.files import PreparedFile as PreparedFile
from reader.core.dumps.files import collect_files as collect_files
from reader.core.dumps.files import prepare_file as prepare_file
from reader.core.errors import ReaderError
from reader.core.library import IndexedArticle, Store
from reader.core.models import Origin, SourceKind
from reader.core.workers import (
    ExecutorFactory,
    adopt_pool_worker,
    default_executor,
    exit_if_orphaned,
)

#: Where an article's site cannot be told (no URL), its source is this one.
FALLBACK_SOURCE = "Imported"

_INLINE_LIMIT = 48  # below this many files, starting worker processes costs more than it saves
#: Files a worker parses and then writes in one transaction, at most. Larger
#: transactions mean fewer FTS5 segments to merge and fewer write turns, each
#: of which starts with a cold page cache, since the other worker has written.
_CHUNK_MAX = 512
_CHUNK_MIN = 8
#: Articles a worker holds before it writes, whatever the chunk (memory).
_BATCH_ARTICLES = 1024
#: Articles written between two checkpoints of an import (20 MB of log or so).
_CHECKPOINT_ARTICLES = 2000
#: A log larger than this is emptied at the next checkpoint, in a write turn.
_LOG_LIMIT = 256 * 1024 * 1024


@dataclass(slots=True)
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    #: Folders that held other files besides dumps: what was skipped, in words.
    skipped: list[FileReport] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error is not None]

    @property
    def warned(self) -> list[FileReport]:
        """Imported, but damaged: the user should look at these (possibly truncated...)."""
        return [f for f in self.files if f.warning is not None and f.error is None]


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    source: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    executor_factory: ExecutorFactory | None = None,
) -> ImportReport:
    """Import files and folders; every file gets a line in the report."""
    skipped: list[FileReport] = []
    files, report_missing = collect_files(paths, notes=skipped)
    report = ImportReport(files=list(report_missing), skipped=skipped)
    total = len(files)
    if progress:
        progress(0, total)
    names = files
    if total <= _INLINE_LIMIT and executor_factory is None:
        report.files.extend(_import_inline(store, names, source, progress, cancelled))
    else:
        report.files.extend(
            _import_in_workers(
                store.path,
                names,
                source,
                executor_factory or default_executor,
                progress,
                cancelled,
                lambda: _checkpoint(store),
            )
        )
    report.cancelled = len(report.files) - len(report_missing) < total
    if total > _INLINE_LIMIT:
        store.checkpoint()  # the workers left the write-ahead log to grow
    return report


def _checkpoint(store: Store) -> None:
    """Copy the log while the workers write; now and then, empty it between their turns.

    A passive copy does not stop the workers, but the log it copies is never
    restarted while they keep appending to it: left alone, it grew to 1.5 GB
    over 100,000 articles, beside a library of 1 GB. Past ``_LOG_LIMIT`` the
    copy takes a write turn, so that it completes and the file is emptied.
    """
    try:
        log = os.stat(store.path + "-wal").st_size
    except OSError:
        log = 0
    if log <= _LOG_LIMIT:
        store.checkpoint()
        return
    with _write_turn(store.path):
        store.checkpoint(truncate=True)


def _import_inline(
    store: Store,
    names: list[str],
    source: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[FileReport]:
    """Few files: parse and write here; starting processes would cost more."""
    writer = _Writer(store, source)
    reports: list[FileReport] = []
    for name in names:
        reports.extend(writer.add(prepare_file(name)))
        if progress:
            progress(len(reports), len(names))
        if cancelled and cancelled():
            break
    reports.extend(writer.flush())
    if progress:
        progress(len(reports), len(names))
    return reports


#: Each worker process (or thread) keeps its library connection between chunks.
_worker_stores = threading.local()


def import_chunk(db_path: str, names: Sequence[str], source: str | None) -> list[FileReport]:
    """Parse, clean and write a chunk of files, in a worker.

    Every worker writes its own chunks: SQLite serializes the transactions,
    and no article crosses a process boundary. With a separate writer
    process, the two cores were shared by three busy processes and every
    article was pickled twice, which cost a third more CPU per article.
    """
    adopt_pool_worker()  # a pool made elsewhere (the window's) dies with its parent too
    stores: dict[str, Store] = getattr(_worker_stores, "by_path", None) or {}
    _worker_stores.by_path = stores
    store = stores.get(db_path)
    if store is None:
        store = stores[db_path] = Store.open(db_path, timeout=60.0)
        store.tune_for_bulk_writes()
    writer = _Writer(store, source)
    writer.BATCH_SECONDS = float("inf")
    writer.BATCH_FILES = len(names) + 1  # add() never writes: writing waits for a turn
    reports: list[FileReport] = []
    held = 0
    for name in names:
        prepared = prepare_file(name)
        writer.add(prepared)
        held += len(prepared.articles)
        if held >= _BATCH_ARTICLES:
            with _write_turn(db_path):
                reports.extend(writer.flush())
            held = 0
    with _write_turn(db_path):
        reports.extend(writer.flush())
    return reports


def chunk_sizes(total: int, workers: int) -> list[int]:
    """Guided scheduling: large chunks first, then smaller and smaller ones.

    Large chunks make large transactions; small ones at the end keep the
    workers finishing together (a worker left alone with a 512-file chunk
    is a core idle for a quarter of a second) and keep cancel quick.
    """
    sizes: list[int] = []
    remaining = total
    while remaining > 0:
        size = min(remaining, max(_CHUNK_MIN, min(_CHUNK_MAX, remaining // (2 * workers))))
        if not sizes:
            # The first worker starts with half a chunk, so that the workers'
            # turns to write fall apart instead of together (equal first chunks
            # made the second worker wait through the first one's write).
            size = min(remaining, max(_CHUNK_MIN, size // 2))
        sizes.append(size)
        remaining -= size
    return sizes


@contextmanager
def _write_turn(db_path: str) -> Iterator[None]:
    """Wait for this worker's turn to write, in the kernel.

    SQLite's own busy handler polls with sleeps of up to 100 ms, which left
    a core idle whenever two workers wanted to write at once; a blocking
    ``flock`` wakes the waiter the moment the other is done. The lock is
    taken on the library's write-ahead log, which exists as long as a
    connection is open (every caller holds one) and which SQLite locks with
    ``fcntl`` only on the library and its ``-shm``: a lock file of our own
    was left beside every library, and two imports into one library still
    meet on the log, whatever path each was given (Windows locks another
    way: :mod:`reader.core.platform`). Where locks or the log are missing,
    SQLite's busy handler serialises the writers alone.

    The wait can be long, so a worker checks after it that its parent is
    alive: an orphan never writes (see :mod:`reader.core.workers`).
    """
    fd = _lock_log(db_path)
    try:
        exit_if_orphaned()
        yield
    finally:
        if fd is not None:
            _unlock_log(fd)


def _lock_log(db_path: str) -> int | None:
    try:
        # Never created here: a log made by us would be one SQLite did not expect.
        fd = os.open(db_path + "-wal", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    if not platform.current().lock_file(fd):
        os.close(fd)
        return None
    return fd


def _unlock_log(fd: int) -> None:
    try:
        platform.current().unlock_file(fd)
    finally:
        os.close(fd)


def _import_in_workers(
    db_path: str,
    names: list[str],
    source: str | None,
    factory: ExecutorFactory,
    progress: Progress | None,
    cancelled: Cancelled | None,
    checkpoint: Callable[[], None],
) -> list[FileReport]:
    """Reports in input order, with few chunks in flight so cancel is quick.

    This process, idle while the workers parse and write, copies the log
    into the library every few thousand articles (the workers' connections
    never do: inside a worker's turn a checkpoint held up the other worker,
    and its sync left a core idle). The copy and the sync then overlap the
    workers' work, and the import does not end with one long copy of the
    whole log on one core.
    """
    executor = factory()
    workers = getattr(executor, "_max_workers", 2) or 2
    max_in_flight = 2 * workers
    chunks = []
    start = 0
    for size in chunk_sizes(len(names), workers):
        chunks.append(names[start : start + size])
        start += size
    in_flight: list[tuple[int, Future[list[FileReport]]]] = []
    reports: list[FileReport] = []
    next_chunk = 0
    unchecked = 0  # articles written since the last checkpoint
    try:
        while next_chunk < len(chunks) or in_flight:
            while next_chunk < len(chunks) and len(in_flight) < max_in_flight:
                if cancelled and cancelled():
                    next_chunk = len(chunks)
                    break
                with _frozen_heap(next_chunk == 0):
                    future = executor.submit(import_chunk, db_path, chunks[next_chunk], source)
                in_flight.append((next_chunk, future))
                next_chunk += 1
            if not in_flight:
                break
            chunk_index, head = in_flight.pop(0)
            wait([head], return_when=FIRST_COMPLETED)
            try:
                done = head.result()
            except Exception as exc:  # a worker died, or could not open the library
                reason = str(exc) if isinstance(exc, ReaderError) else f"not imported: {exc}"
                done = [FileReport(n, error=reason) for n in chunks[chunk_index]]
            reports.extend(_named_here(done, chunks[chunk_index]))
            unchecked += sum(report.imported for report in done)
            # Closer to the end, copy more often: the last copy runs alone.
            near_end = len(names) - len(reports) < _CHECKPOINT_ARTICLES
            if unchecked >= (_CHECKPOINT_ARTICLES // 4 if near_end else _CHECKPOINT_ARTICLES):
                unchecked = 0
                # A failed copy loses nothing: the articles are in the log.
                with suppress(ReaderError):
                    checkpoint()
            if progress:
                progress(len(reports), len(names))
    finally:
        for _, future in in_flight:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
    return reports


@contextmanager
def _frozen_heap(frozen: bool) -> Iterator[None]:
    """Around the submit that forks the workers: keep them from copying this heap.

    A forked worker shares this process's memory until it writes to it, and
    the garbage collector writes to every object it scans. Each worker's
    first full collection used to copy the list of file names (33 MB for
    250,000 dumps) and whatever else this process held into its own memory.
    Frozen objects are never scanned; they are unfrozen once the pool has
    started (a ``fork`` pool starts every worker in its first submit).
    """
    if not frozen:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _named_here(reports: list[FileReport], names: Sequence[str]) -> list[FileReport]:
    """The reports, naming each file with this process's string for its name.

    A worker's reports come back with their own copies of the paths: held
    for the whole import, they took 33 MB beside the names' 33 MB at 250,000
    dumps. A chunk's reports are its files, in order, one each.
    """
    if len(reports) != len(names):
        return reports
    return [
        FileReport(name, report.imported, report.duplicates, report.error, report.warning)
        if report.path == name and report.path is not name
        else report
        for report, name in zip(reports, names, strict=True)
    ]


class _Writer:
    """The single writer.

    Files are written in batches, one transaction each: FTS5 writes an index
    segment at every commit *and* every savepoint, and doing that per file
    costs more than parsing the file. A file stays all-or-nothing: when a
    batch fails, it is rolled back and its files are written again one
    transaction each, so the bad one is isolated and reported on its own.
    """

    BATCH_SECONDS = 0.25
    BATCH_FILES = 2000

    def __init__(self, store: Store, source: str | None) -> None:
        self._store = store
        self._source = source
        self._ids: dict[str, int] = {}
        self._pending: list[PreparedFile] = []
        self._batch_started = 0.0

    def add(self, item: PreparedFile) -> list[FileReport]:
        """Queue a file; returns the reports of the files written by now."""
        if not self._pending:
            self._batch_started = time.monotonic()
        self._pending.append(item)
        if (
            len(self._pending) >= self.BATCH_FILES
            or time.monotonic() - self._batch_started > self.BATCH_SECONDS
        ):
            return self.flush()
        return []

    def flush(self) -> list[FileReport]:
        batch, self._pending = self._pending, []
        if not batch:
            return []
        known = dict(self._ids)
        try:
            with self._store.adding_in_bulk():
                return [self._write(item) for item in batch]
        except ReaderError:
            self._ids = known  # sources made in the batch were rolled back with it
        reports = []
        for item in batch:
            known = dict(self._ids)
            try:
                with self._store.adding_in_bulk():
                    reports.append(self._write(item))
            except ReaderError as exc:
                self._ids = known
                reports.append(FileReport(item.path, error=str(exc)))
        return reports

    def _write(self, item: PreparedFile) -> FileReport:
        if item.error is not None:
            return FileReport(item.path, error=item.error)
        imported = duplicates = 0
        by_source: dict[int, list[IndexedArticle]] = {}
        for indexed, site in zip(item.articles, item.sites, strict=True):
            by_source.setdefault(self._source_id(site), []).append(indexed)
        # Provenance: the file as named at import; each article carries its record's hash.
        origin = Origin("file", os.path.basename(item.path), os.path.abspath(item.path))
        for source_id, articles in by_source.items():
            result = self._store.add_articles(source_id, articles, origin=origin)
            imported += len(result.added)
            duplicates += result.duplicates
        return FileReport(item.path, imported=imported, duplicates=duplicates, warning=item.warning)

    def _source_id(self, site: str | None) -> int:
        if self._source:
            name, title = self._source, None
        else:
            name = site or FALLBACK_SOURCE
            title = display_name(site) if site else None
            if title == name:
                title = None
        if name not in self._ids:
            self._ids[name] = self._store.source_id(name, title=title, kind=SourceKind.LOCAL)
        return self._ids[name]

"""The files an import was given: found in folders, read, parsed and cleaned.

Everything here runs in worker processes as well as inline, and never
raises for bad input: a file that cannot be used becomes a report line,
``PATH: reason``. Nothing is skipped without a word but what a folder import
is meant to skip (hidden files, other extensions, links to folders).
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.content.cleaning import clean_article, strip_tracking_params
from reader.core.content.sites import site_of
from reader.core.dumps.opening import file_kind
from reader.core.dumps.parser import MAX_FILE_BYTES, read_dump, too_large_message
from reader.core.dumps.records import record_hashes
from reader.core.errors import ReaderError
from reader.core.library import IndexedArticle, index_article
from reader.core.models import NewArticle

#: Extensions a folder import picks up. Files named explicitly are tried
#: whatever their name.
DUMP_SUFFIXES = frozenset({".txt"})
#: Saved feeds (RSS, Atom, JSON Feed) import like dumps.
FEED_FILE_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".json", ".rdf"})
IMPORT_SUFFIXES = DUMP_SUFFIXES | FEED_FILE_SUFFIXES

#: The HTTP size cap applies to saved feeds as well.
MAX_FEED_FILE_BYTES = 64 * 1024 * 1024
#: Enough of a file to tell a saved feed from a dump (``looks_like_feed``).
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    imported: int = 0
    duplicates: int = 0
    error: str | None = None
    #: Imported, but the user should look: damaged bytes, a cut-off end.
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """A file parsed and cleaned in a worker, ready for the writer."""

    path: str
    articles: tuple[IndexedArticle, ...] = ()
    error: str | None = None
    sites: tuple[str | None, ...] = ()  # the site of each article, for naming its source
    warning: str | None = None

    def __reduce__(self) -> tuple[type[PreparedFile], tuple[object, ...]]:
        return PreparedFile, (self.path, self.articles, self.error, self.sites, self.warning)


def collect_files(
    paths: Iterable[str | Path], *, notes: list[FileReport] | None = None
) -> tuple[list[str], list[FileReport]]:
    """Expand folders (recursively, sorted) into dump files; name what cannot be used.

    A folder with no dumps at all is a problem, named with what it held
    instead; a folder with dumps and other files (PDFs, Word files) gets a
    note in ``notes``, when given: those files are skipped, not failed.

    Folders are read with ``os.scandir``, whose entries know their own type:
    ``Path.rglob`` plus a ``stat`` per file took a tenth of a second for
    10,000 dumps, on the one core while the other waited for work.
    """
    files: list[str] = []
    problems: list[FileReport] = []
    for raw in paths:
        name = str(Path(raw))  # normalized as the report has always named files
        if os.path.isdir(name):
            found: list[str] = []
            unusable: list[FileReport] = []
            skipped: Counter[str] = Counter()
            _scan_folder(name, found, unusable, skipped)
            found.sort()
            files.extend(found)
            problems.extend(sorted(unusable, key=lambda report: report.path))
            if not found:
                problems.append(_folder_note(name, found, skipped))
            elif skipped and notes is not None:
                notes.append(_folder_note(name, found, skipped))
        elif os.path.isfile(name):
            files.append(name)
        else:
            problems.append(FileReport(name, error=unusable_reason(name)))
    return files, problems


def _folder_note(folder: str, found: list[str], skipped: Counter[str]) -> FileReport:
    """What a dropped folder held besides dumps, in words: a folder of PDFs
    said only "Imported 0 articles", and files were skipped without a word."""
    kinds = ", ".join(
        f"{count} {_kind_name(suffix, count)}" for suffix, count in sorted(skipped.items())
    )
    others = f" ({kinds} skipped: not article dumps)" if kinds else ""
    if not found:
        return FileReport(folder, error=f"no article dumps found in {folder}{others}")
    return FileReport(folder, warning=f"{kinds} skipped: not article dumps")


def _kind_name(suffix: str, count: int) -> str:
    if not suffix:
        return "file without an extension" if count == 1 else "files without an extension"
    known = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument"}
    name = known.get(suffix)
    if name is not None:
        return f"{name} file" if count == 1 else f"{name} files"
    return f"{suffix} file" if count == 1 else f"{suffix} files"


def _scan_folder(
    folder: str, found: list[str], problems: list[FileReport], skipped: Counter[str]
) -> None:
    """Importable files under ``folder``: not hidden, links to files followed,
    links to folders not (they could loop, or lead out of what was dropped).

    What is skipped on purpose is skipped quietly; an importable name that
    cannot be read (a folder without permission, a broken link, a link
    loop, a named pipe, which would block the reader forever) is reported.
    """
    try:
        entries = os.scandir(folder)
    except OSError as exc:
        problems.append(FileReport(folder, error=f"the folder cannot be read: {_strerror(exc)}"))
        return
    subfolders = []
    with entries:
        try:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        subfolders.append(entry.path)
                        continue
                    if entry.name.startswith("."):
                        continue
                    suffix = os.path.splitext(entry.name)[1].lower()
                    if suffix not in IMPORT_SUFFIXES:
                        skipped[suffix] += 1
                        continue
                    if entry.is_file():
                        found.append(entry.path)
                        continue
                except OSError:
                    pass  # a link loop, mostly: said below
                reason = unusable_reason(entry.path)
                if reason is not None:
                    problems.append(FileReport(entry.path, error=reason))
        except OSError as exc:  # the listing broke off
            problems.append(
                FileReport(
                    folder, error=f"the folder could not be read to its end: {_strerror(exc)}"
                )
            )
    for subfolder in subfolders:
        _scan_folder(subfolder, found, problems, skipped)


def unusable_reason(path: str) -> str | None:
    """Why ``path`` cannot be imported as a file; None for files and folders."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that leads back to itself (a link loop)"
        if os.path.islink(path):
            try:
                target = os.readlink(path)
            except OSError:
                return "a broken symbolic link"
            return f"a broken symbolic link: its target {target} does not exist"
        if exc.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot be read: {_strerror(exc)}"
    mode = info.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return f"not a regular file ({file_kind(mode)})"


def _strerror(exc: OSError) -> str:
    return exc.strerror or str(exc)


class _Refused(Exception):
    """A file refused before it was read: the reason is for the user."""


def prepare_file(path: str) -> PreparedFile:
    """Read, parse and clean one dump or saved feed. Never raises for bad input."""
    is_feed = os.path.splitext(path)[1].lower() in FEED_FILE_SUFFIXES  # a Path costs 6x more
    try:
        data = _read_bytes(path, is_feed)
    except _Refused as exc:
        return PreparedFile(path, error=str(exc))
    except OSError as exc:
        return PreparedFile(path, error=f"cannot be read: {_strerror(exc)}")
    if is_feed:
        return _prepare_feed_file(path, data)
    try:
        dump = read_dump(data)
    except ReaderError as exc:
        # A saved feed under another name (.txt, none): tried only when it looks like one.
        from reader.core.feeds.parse import looks_like_feed

        if looks_like_feed(data):
            return _prepare_feed_file(path, data)
        return PreparedFile(path, error=str(exc))
    articles = []
    sites: list[str | None] = []
    hashes = record_hashes(data, len(dump.records))  # provenance: the bytes as received
    for record, sha256 in zip(dump.records, hashes, strict=True):
        url = strip_tracking_params(record.url) if record.url else ""
        cleaned = clean_article(record.body, url or None)
        title = record.title or _first_line(cleaned.text) or url
        article = NewArticle(
            title=title,
            url=url,
            published=record.published,
            html=cleaned.html,
            text=cleaned.text,
            images=cleaned.images,
            sha256=sha256,
        )
        articles.append(index_article(article))
        sites.append(site_of(url) if url else None)
    warning = "; ".join(dump.warnings) or None
    return PreparedFile(path, articles=tuple(articles), sites=tuple(sites), warning=warning)


def _read_bytes(path: str, is_feed: bool) -> bytes:
    """The whole file, with plain system calls, and only if it is worth reading.

    ``open()`` adds a buffer, a terminal check and two seeks per file, which
    cost as much as the read itself over thousands of small dumps. The size
    is checked before anything is read: a 500 MB file used to be read whole
    (546 MB of memory) only to be refused for its size. ``O_NONBLOCK``: a
    named pipe must not hold the import up waiting for a writer.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(f"not a regular file ({file_kind(info.st_mode)})")
        expected = info.st_size
        limit = MAX_FEED_FILE_BYTES if is_feed else MAX_FILE_BYTES
        if expected > limit and not is_feed and expected <= MAX_FEED_FILE_BYTES:
            # Too large for a dump; a saved feed under another name may be this large.
            from reader.core.feeds.parse import looks_like_feed

            if looks_like_feed(os.pread(fd, _SNIFF_BYTES, 0)):
                limit = MAX_FEED_FILE_BYTES
        if expected > limit:
            raise _Refused("the file is too large to be a feed" if is_feed else too_large_message())
        first = os.read(fd, expected + 1)
        if len(first) == expected:  # the whole file, as fstat said: no read to see the end
            return first
        chunks = [first]
        size = len(first)
        while chunk := os.read(fd, 1 << 20):  # short, or grown since
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _Refused(too_large_message())
        return b"".join(chunks)
    finally:
        os.close(fd)


def _prepare_feed_file(path: str, data: bytes) -> PreparedFile:
    from reader.core.feeds.parse import prepare_feed

    if len(data) > MAX_FEED_FILE_BYTES:
        return PreparedFile(path, error="the file is too large to be a feed")
    prepared = prepare_feed(data, None)
    if prepared.error is not None:
        return PreparedFile(path, error=prepared.error)
    # A saved feed is one source: the feed's own site, else each item's.
    feed_site = site_of(prepared.site_url) if prepared.site_url else None
    sites = tuple(
        feed_site or (site_of(a.article.url) if a.article.url else None) for a in prepared.articles
    )
    return PreparedFile(path, articles=prepared.articles, sites=sites, warning=prepared.warning)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:120]

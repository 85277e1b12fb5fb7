"""Backups of the library, its integrity check, and the mark a failed check leaves.

A laptop's disk fails, a sync tool writes half a file, a battery dies
mid-checkpoint: a journalist's only copy of months of reading must not go
with it. So a consistent copy (SQLite's online backup API, safe while the
window and an import use the library) goes to ``backups/`` next to the
library before every schema migration and once a day; only a copy that
passes ``PRAGMA quick_check`` is kept, so a damaged library never pushes a
good backup out. The last few are kept (``backups_kept``, 3 by default).

The results of the daily check and the "damaged" mark live in small files
beside the backups, not in the library: a damaged file is the last place to
write to, and a command that writes checks the mark with one ``stat``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from reader.core.errors import StorageError
from reader.core.library.models import Backup

_log = logging.getLogger(__name__)

__all__ = [
    "BACKUP_DIR",
    "DEFAULT_KEEP",
    "KEEP_SETTING",
    "Backup",
    "DamagedLibraryError",
    "backup_dir",
    "check_due",
    "check_library",
    "clear_damaged",
    "damaged_reason",
    "list_backups",
    "make_backup",
    "mark_damaged",
    "new_library_path",
    "newest_good",
    "prune",
    "quick_check",
    "restore_copy",
]

BACKUP_DIR = "backups"
DEFAULT_KEEP = 3
#: The library setting (``Store.setting``) that says how many backups to keep.
KEEP_SETTING = "backups_kept"
#: The daily check and the daily backup: at most this often, in seconds.
DAY = 24 * 3600
#: Pages copied per step of a backup: the lock on the library is released
#: between steps, so the window's and an import's writes go on meanwhile.
STEP_PAGES = 1024

_STAMP = "%Y-%m-%dT%H%M"


class DamagedLibraryError(StorageError):
    """The library file is damaged: unreadable, or a check found errors in it."""


def peek_uri(path: str | Path) -> str:
    """A URI that reads the file without writing or locking it, nor adding files beside it.

    ``immutable`` promises SQLite that nothing changes the file, so it takes
    no locks and makes no ``-shm``; that only holds while no write-ahead log
    is live beside it, whose commits must count: then, a normal read-only open.
    """
    location = Path(path).resolve()
    # A log or shared-memory file beside it means a connection may be open
    # (an emptied log stays, at size 0, while writers go on): then only a
    # normal read-only open, which takes the readers' lock, is safe; an
    # immutable read while another process commits sees pages half-changed.
    live = any(Path(f"{location}{suffix}").exists() for suffix in ("-wal", "-shm"))
    return f"{location.as_uri()}?{'mode=ro' if live else 'immutable=1'}"


def backup_dir(library: str | Path) -> Path:
    return Path(library).parent / BACKUP_DIR


def _stem(library: str | Path) -> str:
    return Path(library).stem


def _pattern(library: str | Path) -> re.Pattern[str]:
    return re.compile(re.escape(_stem(library)) + r"-(\d{4}-\d{2}-\d{2}T\d{4})(?:-(\d+))?\.sqlite3")


def list_backups(library: str | Path) -> list[Backup]:
    """The library's backups, newest first (another library's in the folder are not)."""
    folder = backup_dir(library)
    pattern = _pattern(library)
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        made = datetime.strptime(match.group(1), _STAMP)
        found.append((made, int(match.group(2) or 0), entry))
    found.sort(reverse=True)
    return [Backup(path, made) for made, _n, path in found]


#: SQLite's primary result codes that mean the file itself is bad.
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def quick_check(path: str | Path) -> str | None:
    """None when ``PRAGMA quick_check`` finds the file sound, else what it found.

    Read-only: a check never changes the file it looks at. Raises
    :class:`StorageError` when the check could not run (the file is then
    neither sound nor damaged as far as anyone knows).
    """
    location = Path(path)
    try:
        db = sqlite3.connect(f"{location.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(row[0]) for row in db.execute("PRAGMA quick_check(20)")]
        finally:
            db.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return str(exc)
        # Busy, locked, a log being emptied by a writer at that instant: the
        # file is not damaged for that, and must not be marked so (a mark
        # stops every write). The caller tries again another time.
        raise StorageError(f"the check could not run: {exc}", path=str(location)) from exc
    if rows == ["ok"]:
        return None
    return "; ".join(rows[:5]) + ("; …" if len(rows) > 5 else "")


def copy_consistent(source: str | Path, target: str | Path, *, pages: int = -1) -> None:
    """Copy the library at ``source`` to a new file ``target`` through SQLite's
    backup API: one consistent state, even while another connection writes
    (a plain file copy can catch it between two writes, or miss its log).

    ``pages`` per step (-1: all at once). The copy is a standalone file, with
    no ``-wal`` beside it. Raises ``sqlite3.Error`` for the caller to name.
    """
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=pages)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(
    library: str | Path, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path:
    """Copy the library to ``backups/`` and keep the newest ``keep``; returns the copy.

    The copy is checked before it takes its place: a library that fails the
    check is marked damaged, no backup is added and none is removed.
    """
    source = Path(library)
    if not source.is_file():
        raise StorageError("there is no library to back up", path=str(source))
    folder = backup_dir(source)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the backup folder: {exc.strerror}", path=str(folder)
        ) from exc
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = folder / f"{_stem(source)}-{stamp}.sqlite3"
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    try:
        copy_consistent(source, partial, pages=STEP_PAGES)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        reason = str(exc)
        if "malformed" in reason or "not a database" in reason:
            mark_damaged(source, reason)
            raise DamagedLibraryError(
                f"the library is damaged ({reason}); no backup was made, the earlier ones are kept",
                path=str(source),
            ) from exc
        raise StorageError(f"the backup failed: {reason}", path=str(source)) from exc
    problem = quick_check(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        mark_damaged(source, problem)
        raise DamagedLibraryError(
            f"the library is damaged ({problem}); no backup was made, the earlier ones are kept",
            path=str(source),
        )
    os.replace(partial, target)
    prune(source, keep)
    return target


def kept(db: sqlite3.Connection) -> int:
    """How many backups the library says to keep (its ``backups_kept`` setting)."""
    try:
        row = db.execute(
            "SELECT value FROM meta WHERE key = ?", (f"setting:{KEEP_SETTING}",)
        ).fetchone()
        return max(1, int(row[0])) if row else DEFAULT_KEEP
    except (sqlite3.Error, ValueError):
        return DEFAULT_KEEP


def kept_for(library: str | Path) -> int:
    """:func:`kept`, read from the library file (read-only, no store needed)."""
    try:
        db = sqlite3.connect(peek_uri(library), uri=True)
    except sqlite3.Error:
        return DEFAULT_KEEP
    try:
        return kept(db)
    finally:
        db.close()


def prune(library: str | Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted ones."""
    removed = []
    for old in list_backups(library)[max(1, keep) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def newest_good(library: str | Path) -> Backup | None:
    """The newest backup that passes the check (an older one when the newest does not)."""
    for backup in list_backups(library):
        with contextlib.suppress(StorageError):  # unreadable now: not one to offer
            if quick_check(backup.path) is None:
                return backup
    return None


def _free_name(folder: Path, stem: str, label: str) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    candidate = folder / f"{stem}-{label}-{stamp}.sqlite3"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{label}-{stamp}-{number}.sqlite3"
        number += 1
    return candidate


def restore_copy(backup: str | Path, library: str | Path) -> Path:
    """Copy ``backup`` to a new file next to ``library``; the library stays as it is."""
    location = Path(library)
    target = _free_name(location.parent, location.stem, "restored")
    try:
        shutil.copyfile(backup, target)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise StorageError(f"cannot copy the backup: {exc.strerror}", path=str(target)) from exc
    return target


def new_library_path(library: str | Path) -> Path:
    """A name for a fresh library next to a damaged one, which is left alone."""
    location = Path(library)
    return _free_name(location.parent, location.stem, "new")


# -- the check's state, beside the backups -----------------------------------------


def _damaged_file(library: str | Path) -> Path:
    return backup_dir(library) / f"{_stem(library)}.damaged"


def _checked_file(library: str | Path) -> Path:
    return backup_dir(library) / f"{_stem(library)}.checked.json"


def damaged_reason(library: str | Path) -> str | None:
    """What a failed check found, while the library is marked damaged; else None."""
    try:
        return _damaged_file(library).read_text(encoding="utf-8").strip() or "damaged"
    except FileNotFoundError:
        return None
    except OSError as exc:
        # Unreadable is not the same as absent, but guessing "damaged" would
        # lock a sound library; say so in the log instead.
        _log.warning("cannot read the library's damage mark: %s", exc.strerror or exc)
        return None


def mark_damaged(library: str | Path, reason: str) -> None:
    """Stop writes to the library (the store checks the mark) until a check passes."""
    try:
        backup_dir(library).mkdir(exist_ok=True)
        _damaged_file(library).write_text(reason + "\n", encoding="utf-8")
    except OSError as exc:
        # Without the mark the store's write interlock stays open on a
        # damaged library: that must reach the log at the highest level.
        _log.error(
            "the library is damaged (%s) but could not be marked so: %s",
            reason,
            exc.strerror or exc,
        )


def clear_damaged(library: str | Path) -> None:
    try:
        _damaged_file(library).unlink(missing_ok=True)
    except OSError as exc:  # e.g. a file where the backups folder should be
        _log.warning("cannot clear the library's damage mark: %s", exc.strerror or exc)


def last_check(library: str | Path) -> float | None:
    """When the library was last checked (seconds since the epoch), if ever."""
    try:
        data = json.loads(_checked_file(library).read_text(encoding="utf-8"))
        return float(data["checked"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_due(library: str | Path, now: float | None = None) -> bool:
    checked = last_check(library)
    return checked is None or (now or time.time()) - checked >= DAY


def backup_due(library: str | Path, now: datetime | None = None) -> bool:
    """Whether the newest backup is a day old or more (or there is none)."""
    backups = list_backups(library)
    if not backups:
        return True
    return ((now or datetime.now()) - backups[0].made).total_seconds() >= DAY


def check_library(library: str | Path) -> str | None:
    """Run the check, remember when, and mark or clear the damage; None when sound."""
    problem = quick_check(library)
    if problem is None:
        clear_damaged(library)
    else:
        mark_damaged(library, problem)
    try:
        backup_dir(library).mkdir(exist_ok=True)
        _checked_file(library).write_text(
            json.dumps({"checked": time.time(), "ok": problem is None}), encoding="utf-8"
        )
    except OSError as exc:  # the check runs again tomorrow, or at the next start
        _log.warning("cannot record when the library was checked: %s", exc.strerror or exc)
    return problem

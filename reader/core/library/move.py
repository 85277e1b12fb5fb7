"""Copy the library to another folder for Settings ▸ Move Library….

A plain file copy of a library in use can catch it between two writes (and
leave its ``-wal`` behind), so the copy goes through SQLite's backup API,
which reads one consistent state. The copy is checked before it gets its
name: a half-written or damaged file never looks like a library. The old
file is left in place; the user deletes it once the new one has been used.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reader.core.errors import StorageError
from reader.core.library.backup import copy_consistent, quick_check


def move_target(library: str | Path, folder: str | Path) -> Path:
    """Where the library goes in ``folder``: under its own name."""
    return Path(folder).expanduser().resolve() / Path(library).name


def copy_library(library: str | Path, folder: str | Path) -> Path:
    """Copy ``library`` into ``folder`` and check the copy; returns its path.

    Refuses (StorageError) to overwrite a file already there, or to copy the
    library onto itself: either would lose someone's articles.
    """
    source = Path(library).expanduser().resolve()
    target = move_target(source, folder)
    if target == source:
        raise StorageError("the library is already in this folder", path=str(target))
    if target.exists():
        raise StorageError(
            "a file of that name is already there; choose another folder", path=str(target)
        )
    if not target.parent.is_dir():
        raise StorageError("the folder does not exist", path=str(target.parent))
    partial = target.parent / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    try:
        copy_consistent(source, partial)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the copy failed: {exc}", path=str(target)) from exc
    problem = quick_check(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the copy does not pass the check: {problem}", path=str(target))
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the copy failed: {exc.strerror}", path=str(target)) from exc
    return target

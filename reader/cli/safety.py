"""``backup`` and ``check``: the library's copies and its integrity check."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reader import APP_NAME
from reader.cli.common import Commands, add_command, error, plural, positive
from reader.core.library import Store


def add_backup(commands: Commands) -> None:
    p = add_command(
        commands,
        "backup",
        _backup,
        help="back up the library now, or list its backups",
        description="Copy the library to the backups folder next to it (checked first: a "
        "damaged library never replaces a good backup) and keep the newest ones.",
    )
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument(
        "--keep", type=positive, metavar="N", help="keep the newest N backups from now on"
    )


def add_check(commands: Commands) -> None:
    add_command(
        commands,
        "check",
        _check,
        help="check the library file for damage",
        description="Run SQLite's quick_check on the library. A damaged library is marked: "
        "commands that write refuse until a check passes; restore a backup instead.",
    )


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.library import backup

    if not db_path.is_file():
        error(f"{db_path}: there is no library here")
        return 1
    started = time.perf_counter()
    problem = backup.check_library(db_path)
    elapsed = time.perf_counter() - started
    if problem is None:
        print(f"{db_path}: no damage found ({elapsed:.1f} s).")
        return 0
    good = backup.newest_good(db_path)
    error(f"{db_path}: the library is damaged: {problem}")
    error(
        f"{APP_NAME}: nothing will be written to it. "
        + (
            f"The newest good backup is {good.path}: copy it to a new name and use that with --db."
            if good
            else "There is no good backup; export what can still be read."
        )
    )
    return 1


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.library import backup

    if not db_path.is_file():
        error(f"{db_path}: there is no library here")
        return 1
    if args.list:
        backups = backup.list_backups(db_path)
        if not backups:
            print(f"No backups of {db_path} in {backup.backup_dir(db_path)}.")
        for item in backups:
            print(f"{item.made:%Y-%m-%d %H:%M}  {item.size / 1e6:9.1f} MB  {item.path}")
        return 0
    with Store.open(db_path) as store:
        if args.keep:
            store.set_setting(backup.KEEP_SETTING, str(args.keep))
        keep = int(store.setting(backup.KEEP_SETTING) or backup.DEFAULT_KEEP)
    started = time.perf_counter()
    made = backup.make_backup(db_path, keep=keep)
    print(
        f"Backed up {db_path} to {made} ({made.stat().st_size / 1e6:.1f} MB, "
        f"{time.perf_counter() - started:.1f} s); the newest {plural(keep, 'is', 'are')} kept."
    )
    return 0

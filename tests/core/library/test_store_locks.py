"""SQLite's locks survive the library being opened again in the same process.

POSIX drops every lock a process holds on a file when any descriptor of that
file is closed. Reading the library's header through a second descriptor
(to refuse foreign files) while the window's own connections were open
dropped their locks; another program closing its connection then believed
it was the last one and deleted the write-ahead log under the window, whose
reads failed with "disk I/O error" (SQLITE_IOERR_SHORT_READ).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.core.library import Store
from tests.conftest import REPO


def test_reopening_keeps_the_locks_of_open_connections(db_path: Path, sample_path: Path):
    from reader.core.dumps.importer import import_paths

    with Store.open(db_path) as store:
        import_paths(store, [sample_path])
    held = Store.open(db_path)  # the window's connection
    try:
        held.begin()
        held.count()  # a read transaction: its snapshot lives in the log
        for _ in range(3):
            Store.open(db_path).close()  # the window's workers, one a query
        other = subprocess.run(
            [sys.executable, "-c",
             "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
             "db.execute('SELECT count(*) FROM articles').fetchone(); db.close()",
             str(db_path)],
            cwd=REPO, capture_output=True, text=True,
        )  # fmt: skip
        assert other.returncode == 0, other.stderr
        # The other program did not take itself for the last one: the log the
        # held connection reads from is still there, and reading works.
        assert Path(f"{db_path}-wal").exists()
        assert held.count() == 1
        held.commit()
    finally:
        held.close()

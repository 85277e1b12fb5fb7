"""Workers die with their parent, and an orphan never writes (issue 12).

Each test runs the real program in a subprocess, kills only its main process
with SIGKILL, then does what the next program would: opens the library,
counts, closes it. Forked workers hold no SQLite locks of their own, so
that open and close used to reset the library's log while the orphaned
workers went on importing into it, and their later commits were lost.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import cli
from tests.conftest import REPO
from tests.support.feedkit import items, rss20

COUNT = 3000


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie is reaped by init soon after)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def look(db: Path) -> tuple[int, str]:
    """What the next program sees: articles and quick_check; it opens and closes the library."""
    db_conn = sqlite3.connect(db, timeout=30)
    try:
        count = db_conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        check = db_conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        db_conn.close()
    return count, check


def count_now(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return look(db)[0]
    except sqlite3.Error:  # the schema is not there yet
        return 0


def kill_when(proc: subprocess.Popen, ready: Callable[[], bool], workers: int) -> list[int]:
    """SIGKILL the main process once ``ready()`` and its workers run; its children then."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the program ended before the point to kill it"
        kids = children_of(proc.pid)
        if len(kids) >= workers and ready():
            kids = children_of(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return kids
        time.sleep(0.02)
    raise AssertionError("never got to the point to kill")


def assert_gone_soon(kids: list[int]) -> float:
    started = time.monotonic()
    while any(running(k) for k in kids) and time.monotonic() - started < 3:
        time.sleep(0.005)
    left = [k for k in kids if running(k)]
    for pid in left:  # not left behind by a failing test
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} still running 3 s after their parent was killed"
    return time.monotonic() - started


def start(*args: str | Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *map(str, args)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


#: The window's import: its pool (spawn), from a thread, as the window runs it.
_WINDOW_IMPORT = """
import sys, threading
from reader.core.dumps.importer import import_paths
from reader.core.library import Store
from reader.ui.controllers.import_controller import executor_for

def work():
    with Store.open(sys.argv[1]) as store:
        import_paths(store, [sys.argv[2]], executor_factory=lambda: executor_for(10_000))

if __name__ == "__main__":
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
"""


@pytest.mark.parametrize("point", ["early", "mid", "late"])
@pytest.mark.parametrize("program", ["cli", "window"])
def test_import_workers_die_with_their_parent_and_nothing_is_lost(
    tmp_path, corpus_factory, point, program
):
    corpus = corpus_factory(COUNT)
    db = tmp_path / "library.sqlite3"
    if program == "cli":
        proc = start("-m", "reader", "import", "--db", db, corpus)
    else:
        proc = start("-c", _WINDOW_IMPORT, db, corpus)
    share = {"early": 0, "mid": 1 / 3, "late": 2 / 3}[point]
    kids = kill_when(proc, lambda: count_now(db) >= share * COUNT, workers=2)

    seen_at_once, check = look(db)  # another program opens and closes the library
    assert check == "ok"
    lifetime = assert_gone_soon(kids)
    print(f"{program}, killed {point}: workers gone {lifetime * 1000:.0f} ms after the check")
    assert look(db) == (seen_at_once, "ok"), "an orphaned worker wrote after its parent died"

    # Importing again completes the library: nothing lost, nothing doubled.
    again = subprocess.run(
        [sys.executable, "-m", "reader", "import", "--db", str(db), str(corpus)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert f"Imported {COUNT - seen_at_once:,} articles" in again.stdout
    assert look(db) == (COUNT, "ok")


def test_refresh_workers_die_with_their_parent(tmp_path, httpserver):
    release = threading.Event()
    asked = threading.Event()

    def slow_feed(request):
        from werkzeug import Response

        asked.set()
        release.wait(30)
        return Response(rss20(items(3)), content_type="application/rss+xml")

    db = tmp_path / "library.sqlite3"
    try:
        for n in range(4):  # enough feeds for the parsing workers
            path = f"/feed{n}"
            httpserver.expect_request(path).respond_with_handler(slow_feed)
            url = httpserver.url_for(path)
            assert cli.main(["--db", str(db), "add-feed", "--no-fetch", "--title", path, url]) == 0
        proc = start("-m", "reader", "refresh", "--db", db, "--no-images")
        kids = kill_when(proc, asked.is_set, workers=2)
        lifetime = assert_gone_soon(kids)
        print(f"refresh: workers gone {lifetime * 1000:.0f} ms after the kill")
        assert look(db) == (0, "ok")
    finally:
        release.set()


_ORPHAN = """
import sys
from reader.core.dumps import importer
from reader.core import workers
from reader.core.library import Store

with Store.open(sys.argv[1]) as store:
    workers._watched = 1  # as if set up under a parent that has since died (no prctl here)
    with importer._write_turn(store.path):
        store.set_setting("written", "yes")
"""


def test_an_orphan_leaves_before_its_write_turn(tmp_path):
    """Where the death signal does not exist, the parent check alone keeps an orphan out."""
    db = tmp_path / "library.sqlite3"
    result = subprocess.run([sys.executable, "-c", _ORPHAN, str(db)], cwd=REPO, timeout=60)
    assert result.returncode == 1
    db_conn = sqlite3.connect(db)
    found = db_conn.execute("SELECT count(*) FROM meta WHERE key = 'setting:written'").fetchone()
    assert found == (0,)
    db_conn.close()

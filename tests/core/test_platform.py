"""The other systems' code paths, where they can run on Linux (issue 26).

macOS and Windows are not built here; what of theirs runs on Linux runs in
these tests: spawned workers that watch their parent with a thread (macOS's
and Windows' way: no death signal there), the Windows lock on the log with an
``msvcrt`` stand-in, and each system's rules for the single-instance socket.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from reader.core import platform
from reader.core.dumps import importer
from reader.core.library import Store
from reader.ui.services.single_instance import socket_path
from tests.conftest import REPO
from tests.core.test_hardening_workers import assert_gone_soon, kill_when
from tests.support.platformkit import FakeMsvcrt

#: A parent that starts two spawned workers on long jobs, each tied to it the
#: way ``system`` ties them, and waits.
_SPAWN_PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from tests.support.platformkit import announce_then_sleep, setup_worker_as

if __name__ == "__main__":
    pool = ProcessPoolExecutor(
        2,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=setup_worker_as,
        initargs=(sys.argv[1], os.getpid()),
    )
    jobs = [pool.submit(announce_then_sleep, sys.argv[2], 120) for _ in range(2)]
    while len(os.listdir(sys.argv[2])) < 2:  # both workers set up and busy
        time.sleep(0.01)
    print("started", flush=True)
    time.sleep(120)
"""


@pytest.mark.parametrize("system", ["posix", "linux"])
def test_spawned_workers_watching_their_parent_leave_when_it_is_killed(system, tmp_path):
    # "posix": the thread macOS and Windows use (no death signal asked for).
    proc = subprocess.Popen(
        [sys.executable, "-c", _SPAWN_PARENT, system, str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "started\n"
    busy = [int(name) for name in os.listdir(tmp_path)]
    kids = kill_when(proc, lambda: True, workers=2)
    assert set(busy) <= set(kids)
    lifetime = assert_gone_soon(kids)
    print(f"{system}: workers gone {lifetime * 1000:.0f} ms after the kill")


def test_the_watching_thread_does_nothing_while_the_parent_lives():
    thread = platform.System().watch_parent(os.getppid(), interval=0.01)
    time.sleep(0.1)
    assert thread.is_alive()  # still watching; this process still runs


_HOLD_WINDOWS_TURN = """
import sys, time
from reader.core import platform
from reader.core.dumps.importer import _write_turn
from reader.core.library import Store
from tests.support.platformkit import FakeMsvcrt

platform.use(platform.Windows(msvcrt=FakeMsvcrt()))
with Store.open(sys.argv[1]) as store, _write_turn(store.path):
    print("held", flush=True)
    time.sleep(1.0)
"""


def test_a_windows_write_turn_waits_for_another_process_and_leaves_the_log_free(
    tmp_path, monkeypatch
):
    db = tmp_path / "library.sqlite3"
    fake = FakeMsvcrt()
    monkeypatch.setattr(platform, "_current", platform.Windows(msvcrt=fake))
    with Store.open(db) as store:
        store.set_setting("something", "written")  # the log has pages
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD_WINDOWS_TURN, str(db)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        # Windows' locks are mandatory: the lock must sit where SQLite never
        # reads or writes. Here every byte of the log is free to lock.
        wal = Path(f"{db}-wal")
        with open(wal, "r+b") as log:
            fcntl.lockf(log, fcntl.LOCK_EX | fcntl.LOCK_NB, max(wal.stat().st_size, 1), 0)
            fcntl.lockf(log, fcntl.LOCK_UN, max(wal.stat().st_size, 1), 0)
        started = time.monotonic()
        with importer._write_turn(store.path):
            waited = time.monotonic() - started
            store.set_setting("also", "written")
        holder.wait(timeout=30)
    assert waited > 0.5
    modes = [mode for mode, _, _ in fake.calls]
    assert fake.LK_LOCK in modes and modes[-1] == fake.LK_UNLCK
    assert {start for _, start, _ in fake.calls} == {platform.WINDOWS_LOCK_OFFSET}
    assert sorted(os.listdir(tmp_path)) == ["library.sqlite3"]


def test_socket_names_follow_each_systems_rules(tmp_path, monkeypatch):
    stem = "offline-reader-0123456789abcdef"
    # macOS: $TMPDIR is the user's own and can be long; sun_path holds 104 bytes.
    long_tmp = tmp_path / ("x" * 120)
    long_tmp.mkdir()
    mac = platform.MacOS().socket_name(stem, {"TMPDIR": str(long_tmp)})
    assert mac == f"/tmp/{stem}"
    # A short $TMPDIR of its own (pytest's tmp_path can itself be long, under xdist).
    short_tmp = Path(tempfile.mkdtemp(prefix="or-", dir="/tmp"))
    try:
        short = platform.MacOS().socket_name(stem, {"TMPDIR": str(short_tmp)})
        assert short == str(short_tmp / stem) and len(short.encode()) <= 103
    finally:
        short_tmp.rmdir()
    # Windows: a bare name, which Qt makes \\.\pipe\<name>.
    assert platform.Windows().socket_name(stem, {"TMPDIR": str(tmp_path)}) == stem
    # Linux: the runtime folder when there is one.
    assert platform.Linux().socket_name(stem, {"XDG_RUNTIME_DIR": str(tmp_path)}) == str(
        tmp_path / stem
    )
    # The window's own name goes through the platform in use.
    monkeypatch.setattr(platform, "_current", platform.Windows())
    name = socket_path(tmp_path / "library.sqlite3")
    assert name.startswith("offline-reader-") and "/" not in name and "\\" not in name


def test_a_bundled_browser_start_leaves_the_bundles_libraries_behind(monkeypatch):
    env = {"LD_LIBRARY_PATH": "/opt/bundle/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    assert platform.Linux().child_environment(env) == env  # from source: untouched
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert platform.Linux().child_environment(env) == {"LD_LIBRARY_PATH": "/usr/local/lib"}
    assert platform.Linux().child_environment({"LD_LIBRARY_PATH": "/opt/bundle"}) == {}
    assert platform.Linux().open_command("https://example.org/") == [
        "xdg-open",
        "https://example.org/",
    ]
    mac = platform.MacOS().child_environment({"DYLD_LIBRARY_PATH": "/b", "HOME": "/h"})
    assert mac == {"HOME": "/h"}


def test_only_linux_forks_workers_and_only_from_one_thread():
    assert platform.Linux().forks_workers(1)
    assert not platform.Linux().forks_workers(3)
    assert not platform.MacOS().forks_workers(1)
    assert not platform.Windows().forks_workers(1)

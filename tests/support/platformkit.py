"""The other systems' code paths, run on Linux (issue 26).

``FakeMsvcrt`` has ``msvcrt.locking``'s semantics (a byte range from the
file's position; ``LK_LOCK`` tries ten times, a second apart, then raises
``EDEADLOCK``; ``LK_NBLCK`` raises at once) over POSIX record locks, which,
like Windows' locks, are held per process and keep other processes out.
``setup_worker_as`` is a pool initializer that makes a spawned worker run
another system's way of watching its parent.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

from reader.core import platform, workers


class FakeMsvcrt:
    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self, retry_seconds: float = 0.05) -> None:
        self.retry_seconds = retry_seconds
        self.calls: list[tuple[int, int, int]] = []
        # Windows locks through a read-only handle; POSIX write locks need a
        # writable descriptor, kept open while the lock is held.
        self._writable: dict[int, int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, start, nbytes))
        if mode == self.LK_UNLCK:
            rw = self._writable.pop(fd)
            fcntl.lockf(rw, fcntl.LOCK_UN, nbytes, start)
            os.close(rw)
            return
        rw = self._writable.get(fd) or os.open(f"/proc/self/fd/{fd}", os.O_RDWR)
        self._writable[fd] = rw
        tries = 10 if mode in (self.LK_LOCK, self.LK_RLCK) else 1
        for attempt in range(tries):
            try:
                fcntl.lockf(rw, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, start)
                return
            except OSError:
                if attempt < tries - 1:
                    time.sleep(self.retry_seconds)
        raise OSError(errno.EDEADLOCK, "Resource deadlock avoided")


def setup_worker_as(system: str, parent_pid: int) -> None:
    platform.use(platform.System() if system == "posix" else platform.for_system(system))
    workers.setup_worker(parent_pid)


def announce_then_sleep(folder: str, seconds: float) -> None:
    """A long job that first says, by a file named for its process, that it runs."""
    (Path(folder) / str(os.getpid())).touch()
    time.sleep(seconds)

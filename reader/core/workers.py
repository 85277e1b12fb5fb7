"""Worker processes that never outlive the process that started them.

Killing an import's main process (SIGKILL, the out-of-memory killer, a
crash) used to leave its pool workers running for minutes. Forked workers
hold no SQLite locks of their own: the parent's open library is inherited
as SQLite's bookkeeping, not as the kernel's locks, so once the parent was
gone the next program to open and close the library believed it was alone,
reset the log's index and deleted the log, and whatever the workers
committed after that was lost. So:

- every worker asks to stop at once when its parent dies, whatever it is
  doing: on Linux the kernel SIGKILLs it (``prctl(PR_SET_PDEATHSIG)``), on
  macOS and Windows a thread of its own waits for the parent's end
  (:mod:`reader.core.platform`);
- before each write turn, and right after that request (the parent may have
  died in between), a worker checks that its parent is still its parent,
  which is also all the protection there is where neither can be had.

``spawn`` and ``forkserver`` workers inherit nothing, but starting a pool
that way cost 0.15 to 0.3 s more than ``fork`` (measured on an import of
100 dumps, two workers): 5 to 10% of importing 10,000 dumps. With the death
signal, a forked worker cannot outlive the locks its parent held for it.

The death signal comes when the *thread* that started a worker ends, so a
pool is started and shut down by one thread, as the importer and the
refresh do.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from reader.core import platform

J = TypeVar("J")

#: What the import, the refresh and the full-article download take to get
#: their worker pool: tests and the window pass their own.
ExecutorFactory = Callable[[], Executor]

#: The process a worker belongs to (its parent, or the fork server that
#: started it); ``None`` outside worker processes.
_watched: int | None = None


def default_executor() -> ProcessPoolExecutor:
    """Worker processes on every core, which die with this process.

    ``fork`` is only safe in a process without other threads (the CLI); the
    window imports and refreshes from threads, so it gets ``spawn`` there.
    """
    return worker_pool("fork" if _single_threaded() else "spawn")


def worker_pool(method: str, max_workers: int | None = None) -> ProcessPoolExecutor:
    """A process pool (start ``method``) whose workers stop when this process ends."""
    return ProcessPoolExecutor(
        max_workers=max_workers or os.cpu_count() or 2,
        mp_context=multiprocessing.get_context(method),
        initializer=setup_worker,
        initargs=(os.getpid(), method == "forkserver"),
    )


def _single_threaded() -> bool:
    return platform.current().forks_workers(threading.active_count())


def setup_worker(parent_pid: int, via_server: bool = False) -> None:
    """Pool initializer: tie this worker's life to ``parent_pid``'s.

    A fork server's worker is the server's child, and the server ends with
    the program; any other worker whose parent is not ``parent_pid`` any more
    was orphaned before it got here, and leaves at once.
    """
    global _watched
    parent = os.getppid()
    if parent != parent_pid and not via_server:
        os._exit(1)
    _watched = parent
    platform.current().tie_to_parent(parent)
    exit_if_orphaned()


def adopt_pool_worker() -> None:
    """The same, on first use, in a worker of a pool made without :func:`worker_pool`.

    Only a direct child of the process that made the pool is set up; a
    worker of another arrangement keeps the checks it had (none).
    """
    if _watched is not None:
        return
    parent = multiprocessing.parent_process()
    if parent is not None and parent.pid == os.getppid():
        setup_worker(parent.pid)


def exit_if_orphaned() -> None:
    """Leave now if this is a worker whose parent has died (it never writes again).

    An orphan is adopted by another process, so its parent id changes; that
    holds even while the dead parent is a zombie nobody has reaped yet.
    ``os._exit``: there is nobody to report to, and the pool's own exit path
    would wait on pipes to the dead parent.
    """
    if _watched is not None and os.getppid() != _watched:
        os._exit(1)


def drain_two_stages(
    first: dict[Future[Any], J],
    second: dict[Future[Any], tuple[J, Any]],
    *,
    on_first: Callable[[J, Future[Any]], tuple[Future[Any], Any] | None],
    on_second: Callable[[J, Any, Future[Any]], None],
    cancelled: Callable[[], bool] | None,
) -> bool:
    """Wait on a two-stage pipeline until it is empty or cancelled; True if cancelled.

    Refreshing feeds and fetching full articles share its shape: downloads
    on threads (``first``, future → job), each handed by ``on_first`` to a
    CPU stage on worker processes (it returns the new future and what to keep
    with it, or None when there is nothing to process), whose results
    ``on_second`` writes, in whatever order they finish, so that the network
    and both cores are busy at once. Futures leave the two dicts as they
    finish; what is left in them when this returns (cancelled) is for the
    caller to cancel.
    """
    pending: set[Future[Any]] = set(first)
    while pending:
        if cancelled is not None and cancelled():
            return True
        done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
        for finished in done:
            pending.discard(finished)
            if finished in first:
                job = first.pop(finished)
                follow = on_first(job, finished)
                if follow is not None:
                    second[follow[0]] = (job, follow[1])
                    pending.add(follow[0])
            else:
                job, kept = second.pop(finished)
                on_second(job, kept, finished)
    return False

"""What differs between Linux, macOS and Windows, in one place.

The program is built and tested on Linux; the bundle for the other two is
prepared (``packaging/README.md``). Every call that only one system has sits
here, with the other systems' versions written beside it, so that a port
touches this module and nothing else:

- worker processes that die with their parent: Linux asks the kernel
  (``prctl(PR_SET_PDEATHSIG)``); macOS and Windows have no such request, so a
  thread in each worker waits for the parent to end and leaves then;
- how workers start: ``fork`` only on Linux and only from a single-threaded
  process (macOS's system libraries are not fork-safe, Windows has no fork);
- the lock that gives an importing worker its turn to write: ``flock`` on the
  library's log (Linux, macOS); Windows' locks are mandatory, so there a byte
  far past the end of the log is locked, never one SQLite reads or writes;
- the single-instance socket: a file in the user's runtime folder, short
  enough for the system's limit on socket paths (POSIX), or a named pipe
  (Windows);
- opening a link in the system's browser from the bundle: ``xdg-open`` must
  not inherit the bundle's libraries (PyInstaller's ``LD_LIBRARY_PATH``).

The other systems' versions that can run on Linux (the watching thread, the
Windows lock with an ``msvcrt`` stand-in, the socket rules) run in the tests
through :func:`for_system`.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_SIGKILL = 9


class System:
    """The POSIX behaviour; each system below changes what differs."""

    name = "posix"
    #: Longest path ``bind`` takes for a Unix socket (``sun_path``, less the NUL).
    max_socket_path = 103

    # -- worker processes ---------------------------------------------------
    def forks_workers(self, threads: int) -> bool:
        """Whether workers may start with ``fork`` (cheaper than ``spawn``)."""
        return False

    def tie_to_parent(self, parent_pid: int) -> None:
        """Make this worker leave as soon as ``parent_pid`` ends."""
        self.watch_parent(parent_pid)

    def watch_parent(self, parent_pid: int, interval: float = 0.1) -> threading.Thread:
        """A thread that ends this process once its parent is gone.

        An orphan is adopted by another process, so its parent id changes.
        """

        def gone() -> None:
            while os.getppid() == parent_pid:
                time.sleep(interval)

        return _start_watch(gone)

    # -- the write turn's lock ----------------------------------------------
    def lock_file(self, fd: int) -> bool:
        """Block until this process holds the lock on ``fd``; False where locks do not work."""
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without locks
            return False
        return True

    def unlock_file(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)

    # -- the single-instance socket -----------------------------------------
    def socket_name(self, stem: str, env: dict[str, str] | None = None) -> str:
        """Where the first window listens: a path in the user's own folder.

        ``XDG_RUNTIME_DIR`` is the user's; the temporary folder is the user's
        own on macOS (``$TMPDIR``) and shared on Linux, where the name's hash
        of the user keeps users apart. A path beyond the system's limit
        cannot be bound, so a long one falls back to ``/tmp``.
        """
        env = os.environ.copy() if env is None else env
        runtime = env.get("XDG_RUNTIME_DIR", "")
        if runtime and os.path.isdir(runtime):
            folder = runtime
        else:
            folder = env.get("TMPDIR") or tempfile.gettempdir()
        path = str(Path(folder) / stem)
        if len(os.fsencode(path)) > self.max_socket_path:
            path = str(Path("/tmp") / stem)
        return path

    # -- links ----------------------------------------------------------------
    def open_command(self, url: str) -> list[str] | None:
        """The command that opens ``url`` outside the program; None: Qt does it."""
        return None

    def child_environment(self, env: dict[str, str]) -> dict[str, str]:
        """The environment for a program this one starts (the browser)."""
        return dict(env)


class Linux(System):
    name = "linux"
    max_socket_path = 107

    def forks_workers(self, threads: int) -> bool:
        return threads == 1

    def tie_to_parent(self, parent_pid: int) -> None:
        """The kernel's death signal, at once, whatever the worker is doing.

        It comes when the *thread* that started the worker ends, so a pool is
        started and shut down by one thread. The caller still checks the
        parent id after this (the parent may have died before it).
        """
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, _SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl here: the parent check alone
            super().tie_to_parent(parent_pid)

    def open_command(self, url: str) -> list[str] | None:
        # Only the bundle needs its own call: Qt's would pass on its libraries.
        return ["xdg-open", url] if getattr(sys, "frozen", False) else None

    def child_environment(self, env: dict[str, str]) -> dict[str, str]:
        """Without the bundle's libraries: a browser started with them may crash.

        PyInstaller's bootloader keeps the value it replaced in ``*_ORIG``.
        """
        env = dict(env)
        if getattr(sys, "frozen", False):
            for name in ("LD_LIBRARY_PATH",):
                original = env.pop(f"{name}_ORIG", None)
                if original is None:
                    env.pop(name, None)
                else:
                    env[name] = original
        return env


class MacOS(System):
    name = "darwin"
    max_socket_path = 103

    def watch_parent(self, parent_pid: int, interval: float = 0.1) -> threading.Thread:
        """kqueue tells at once when the parent exits; polling where it cannot."""
        import select

        kqueue = getattr(select, "kqueue", None)
        if kqueue is None:
            return super().watch_parent(parent_pid, interval)
        queue = kqueue()
        event = select.kevent(  # type: ignore[attr-defined]
            parent_pid,
            filter=select.KQ_FILTER_PROC,  # type: ignore[attr-defined]
            flags=select.KQ_EV_ADD,  # type: ignore[attr-defined]
            fflags=select.KQ_NOTE_EXIT,  # type: ignore[attr-defined]
        )
        try:
            queue.control([event], 0)
        except OSError:  # already gone
            os._exit(1)

        def gone() -> None:
            while os.getppid() == parent_pid:
                queue.control(None, 1, 1.0)

        return _start_watch(gone)

    def open_command(self, url: str) -> list[str] | None:
        return ["open", url] if getattr(sys, "frozen", False) else None

    def child_environment(self, env: dict[str, str]) -> dict[str, str]:
        env = dict(env)
        if getattr(sys, "frozen", False):
            for name in ("DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH"):
                env.pop(name, None)
        return env


#: Where the Windows lock sits in the log: far past any size the log reaches,
#: so SQLite's own reads and writes never meet it (locks are mandatory there).
WINDOWS_LOCK_OFFSET = 1 << 40


class Windows(System):
    name = "win32"

    def __init__(self, msvcrt: ModuleType | Any | None = None) -> None:
        #: ``msvcrt``, or a stand-in with its ``locking`` semantics (tests).
        self._msvcrt = msvcrt

    def _locking(self) -> Any:
        if self._msvcrt is None:
            import importlib

            self._msvcrt = importlib.import_module("msvcrt")
        return self._msvcrt

    def watch_parent(self, parent_pid: int, interval: float = 0.1) -> threading.Thread:
        """Windows never changes a process's parent id: wait on the parent's handle."""
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        synchronize, infinite = 0x00100000, 0xFFFFFFFF
        handle = kernel32.OpenProcess(synchronize, False, parent_pid)
        if not handle:  # already gone
            os._exit(1)
        return _start_watch(lambda: kernel32.WaitForSingleObject(handle, infinite))

    def lock_file(self, fd: int) -> bool:
        """``msvcrt.locking``: LK_LOCK tries for ten seconds, then raises; wait on."""
        msvcrt = self._locking()
        while True:
            os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            except OSError as exc:
                if exc.errno in (errno.EDEADLOCK, errno.EACCES):
                    continue  # still held by another worker
                return False
            return True

    def unlock_file(self, fd: int) -> None:
        msvcrt = self._locking()
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def socket_name(self, stem: str, env: dict[str, str] | None = None) -> str:
        """A bare name: Qt makes it the named pipe ``\\\\.\\pipe\\<stem>``."""
        return stem

    def open_command(self, url: str) -> list[str] | None:
        return None  # Qt calls ShellExecute, which starts nothing of the bundle's


def _start_watch(wait_for_parent: Callable[[], object]) -> threading.Thread:
    def watch() -> None:
        wait_for_parent()
        os._exit(1)  # nobody to report to, and the pipes lead to the dead parent

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread


def for_system(name: str, **options: Any) -> System:
    """The implementation for ``name`` (``sys.platform``'s spelling)."""
    if name.startswith("linux"):
        return Linux()
    if name == "darwin":
        return MacOS()
    if name == "win32":
        return Windows(**options)
    return System()


_current = for_system(sys.platform)


def current() -> System:
    return _current


def use(system: System) -> None:
    """Run another system's implementation here (the tests' way to run the other paths)."""
    global _current
    _current = system


def open_url(url: str) -> bool | None:
    """Open ``url`` in the system's program; None when the caller's Qt should.

    Started detached, its output dropped: the browser outlives the window.
    """
    command = _current.open_command(url)
    if command is None:
        return None
    import subprocess

    try:
        subprocess.Popen(
            command,
            env=_current.child_environment(dict(os.environ)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True

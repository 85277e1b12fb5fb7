"""The command line in the tests: in-process by default, a real process where that is the subject.

Starting ``python -m reader`` costs half a second or more (the interpreter,
then the imports); about two hundred tests did it, most of them to check what a
command prints and returns, for which the process adds nothing.
:func:`run_cli` calls :func:`reader.cli.main` in this process as the program's
entry point would, and returns what :func:`subprocess.run` would have
(:class:`subprocess.CompletedProcess`): the exit code (``sys.exit`` and
argparse's usage errors included), standard output and error as text with
the newlines a text-mode pipe gives, a given standard input, and the
environment and working folder the call asked for, put back afterwards.

What a fresh process would not have inherited is reset around each call: the
passwords remembered for the session, the keyring backend (chosen again from
``PYTHON_KEYRING_BACKEND`` and the keyring's configuration, as a new process
chooses it), and log records, which reach standard error as Python's
last-resort handler prints them when nothing configured logging. An exception
that escapes ``main`` is printed as a traceback with exit code 1, as the
interpreter would, so "no traceback" assertions keep their teeth. The Qt
application for PDF export is a ``QApplication`` (pytest-qt's kind), so the
widgets of later tests can still be made.

:func:`run_process` is the real process, for the contract tests whose
subject it is: exit codes of a real process, signals, worker processes that
die with their parent, the single-window handoff, ``--self-test``, module
loading, peak memory.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

Arg = str | os.PathLike[str]


def _text(data: bytes) -> str:
    """Decoded as ``subprocess.run(..., text=True, encoding="utf-8")`` decodes a pipe."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, like a pipe's: UTF-8, no terminal, ``reconfigure`` works."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", newline="\n", write_through=True)

    def fileno(self) -> int:  # no descriptor: BrokenPipeError handling must not find ours
        raise io.UnsupportedOperation("fileno")

    def captured(self) -> bytes:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue()


class _LastResort(logging.Handler):
    """Python's last-resort handler: WARNING and above, the bare message, to sys.stderr now."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def filter(self, record: logging.LogRecord) -> bool:
        # The tests' own servers log in this process too; the program's process would not.
        return not record.name.startswith(("werkzeug", "pytest_httpserver"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # pragma: no cover - as logging's own handlers do
            self.handleError(record)


@contextmanager
def _environment(env: Mapping[str, str | None] | None, cwd: Arg | None) -> Iterator[None]:
    saved = dict(os.environ)
    here = os.getcwd()
    try:
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = str(value)
        os.chdir(cwd if cwd is not None else REPO)
        yield
    finally:
        os.chdir(here)
        os.environ.clear()
        os.environ.update(saved)


@contextmanager
def _fresh_process_state(args: list[str]) -> Iterator[None]:
    """What a new process starts without: remembered passwords, a chosen keyring."""
    import keyring.backend
    import keyring.core

    from reader.core.net.credentials import forget_session_passwords

    backend, limit = keyring.core._keyring_backend, keyring.backend._limit
    keyring.core._keyring_backend = None
    try:  # now, in the call's environment, among the backends a new process would see
        keyring.core.init_backend(limit=_installed_backend)
    except Exception:  # a broken configuration: the program meets the error itself
        keyring.core._keyring_backend = None
    forget_session_passwords()
    if "export-pdf" in args or "--self-test" in args:
        _ensure_qapplication()
    root = logging.getLogger()
    handler = _LastResort()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        forget_session_passwords()
        keyring.core._keyring_backend, keyring.backend._limit = backend, limit


def _installed_backend(backend: object) -> bool:
    """Not one of the tests' own backends, which only this process has imported."""
    return not type(backend).__module__.startswith("tests.")


def _ensure_qapplication() -> None:
    """A QApplication before the CLI makes its QGuiApplication: widgets need the former."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        app = QApplication(["pytest-qt-qapp"])
        app.setApplicationName("pytest-qt-qapp")
        _keep.append(app)


_keep: list[object] = []


def run_cli(
    *args: Arg,
    env: Mapping[str, str | None] | None = None,
    stdin: str | None = None,
    cwd: Arg | None = None,
    input: str | None = None,
    **_ignored: object,
) -> subprocess.CompletedProcess[str]:
    """``offline-reader ARGS...`` in this process; what ``subprocess.run`` would return.

    ``env`` adds to (or, with None, removes from) the environment for the call;
    ``stdin``/``input`` is what the command reads; ``cwd`` defaults to the
    repository, as the process runners had it. Other keywords a subprocess
    call took (``timeout``, ``check``, ``capture_output``) are accepted and
    mean nothing here.
    """
    from reader import cli

    argv = [os.fspath(a) for a in args]
    given = stdin if stdin is not None else (input if input is not None else "")
    out, err, inp = _Stream(), _Stream(), _Stream(given.encode("utf-8"))
    saved = sys.stdin, sys.stdout, sys.stderr, sys.argv
    code: int
    with _environment(env, cwd), _fresh_process_state(argv):
        sys.stdin, sys.stdout, sys.stderr = inp, out, err
        sys.argv = ["offline-reader", *argv]
        try:
            code = _exit_code(cli.main(argv))
        except SystemExit as exc:
            code = _exit_code(exc.code, err)
        except KeyboardInterrupt:
            raise
        except BaseException:
            err.write(traceback.format_exc())
            code = 1
        finally:
            sys.stdin, sys.stdout, sys.stderr, sys.argv = saved
    return subprocess.CompletedProcess(
        ["offline-reader", *argv], code, _text(out.captured()), _text(err.captured())
    )


def _exit_code(value: object, err: io.TextIOBase | None = None) -> int:
    """The status ``sys.exit(value)`` gives a process."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value & 0xFF
    if err is not None:
        err.write(f"{value}\n")
    return 1


def run_process(
    *args: Arg,
    env: Mapping[str, str | None] | None = None,
    stdin: str | None = None,
    cwd: Arg | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS...`` as a real process, for the tests whose subject it is.

    ``env`` adds to this process's environment; a name given None is left out.
    """
    merged = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(os.fspath, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd if cwd is not None else REPO,
        env={name: value for name, value in merged.items() if value is not None},
        timeout=timeout,
    )

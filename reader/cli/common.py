"""What every command shares: the global options, the library's place, output.

Kept light on purpose: every run of the program imports this module, so it
imports nothing a command may not need (no Qt, no HTML, no network).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

from reader import APP_NAME, config
from reader.core.errors import NotFoundError
from reader.core.net.credentials import redact_credentials
from reader.core.terminal import defuse

if TYPE_CHECKING:
    from reader.core.library import Store
    from reader.core.models import Source

DB_ENV = config.DB_ENV

#: A command: its parsed arguments and the library's path in, the exit code out.
Command = Callable[[argparse.Namespace, Path], int]
#: What ``add_subparsers`` returns: the commands of a parser.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


default_db_path = config.default_db_path


def add_global_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """The global options, on the program and again on every (nested) command.

    Both spellings work: ``offline-reader --db X import`` (the usage line's)
    and ``offline-reader import --db X``. A subparser fills in its defaults
    after the top-level parser has parsed, so a command's copy of an option
    has no default (``SUPPRESS``): otherwise its ``None`` would silently
    replace the value given before the command.
    """
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        help="library file (default: the user data folder, or $OFFLINE_READER_DB)",
    )


def _command_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent)
    return parent


#: The parent of every command's parser, nested ones too (``parents=[COMMAND_OPTIONS]``),
#: so no command can forget an option the program promises everywhere.
COMMAND_OPTIONS = _command_options()


def add_command(
    commands: Commands,
    name: str,
    run: Command | None,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A command's parser with the global options; ``run`` is what main calls for it."""
    parser = commands.add_parser(name, parents=[COMMAND_OPTIONS], **kwargs)
    if run is not None:
        parser.set_defaults(run=run)
    return parser


def positive(value: str) -> int:
    """An argparse type: a count of 1 or more, refused with a reason otherwise."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def plural(count: int, singular: str, plural: str) -> str:
    """``1 article``, ``2 articles``, ``12,345 articles``: every count the CLI prints.

    Both forms are given whole, not built with an ``s``, so nouns whose
    plural is not regular, and phrases (``older article``), read right too.
    """
    return f"{count:,} {singular if count == 1 else plural}"


def error(text: str) -> None:
    """A message line on standard error (``PATH: reason``, ``URL: reason``...)."""
    print(text, file=sys.stderr)


def complain(text: str) -> None:
    """A message from the program itself, prefixed with its name."""
    error(f"{APP_NAME}: {text}")


def usage_error(command: str, text: str) -> int:
    """Say how a command was misused; its exit code, 2, as argparse gives."""
    error(f"{APP_NAME} {command}: {text}")
    return 2


def json_line(record: dict[str, object]) -> None:
    """One object a line, in the text's own script (``ensure_ascii`` off)."""
    print(json.dumps(record, ensure_ascii=False))


def source_ids_named(store: Store, name: str | None) -> tuple[int, ...]:
    """The source ``--source NAME`` selects (none: every source); unknown, an error."""
    if not name:
        return ()
    source = store.find_source(name)
    if source is None:
        raise NotFoundError(f"no source named {name!r}")
    return (source.id,)


def find_sources(store: Store, names: Sequence[str]) -> tuple[list[Source], list[str]]:
    """The sources named (name, title, feed URL or id), each once; and the names not found."""
    found: list[Source] = []
    missing: list[str] = []
    for name in names:
        source = store.find_source(name)
        if source is None and name.isdigit():
            source = next((s for s in store.sources() if s.id == int(name)), None)
        if source is None:
            missing.append(name)
        elif source not in found:
            found.append(source)
    return found, missing


class RedactingStream:
    """Standard error with the user name and password taken out of every address.

    Messages name addresses (``URL: reason``) as the user typed them, and
    ``https://user:password@host/feed`` is a way to type a private feed: the
    password goes to the keyring, and must not go to a terminal, a
    scrollback or a CI log on the way. Standard output is left alone: it
    carries articles and lists, not messages.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(redact_credentials(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class DefusingStream:
    """Standard output or error with control characters shown, not obeyed.

    Titles, names, messages and file names come from feeds, servers and
    other people's files; written raw, an escape sequence among them acts on
    the terminal. Wrapping the stream once covers every command, new ones
    too. A carriage return opening a write is the program's own progress
    line and stays.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(defuse(text, keep_leading_cr=True))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def exact_output(args: argparse.Namespace) -> bool:
    """Whether a command writes JSON (``--json``, ``--format json``): left exact for programs."""
    return bool(getattr(args, "json", False)) or getattr(args, "format", None) == "json"

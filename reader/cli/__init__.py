"""The command line: the contract scripts and tests use.

Exit codes: 0 success, 1 when something failed (for ``import``: some files;
the others are still imported), 2 for a usage error. Bad input never prints a
traceback: the core raises :class:`ReaderError` with a message for people.

Each command lives with its kind (``library``, ``feeds``, ``accounts``,
``images``, ``export``, ``opml``); the modules import only what parsing needs, and each
command imports the rest when it runs, so ``list`` in a script starts fast
and only the window and ``export-pdf`` load Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, cast

from reader import APP_NAME, __version__
from reader.cli import (
    accounts,
    capture,
    export,
    feeds,
    fulltext,
    images,
    library,
    network,
    opml,
    research,
    safety,
)
from reader.cli.common import (
    DB_ENV,
    DefusingStream,
    RedactingStream,
    add_global_options,
    default_db_path,
    exact_output,
)
from reader.core.errors import ReaderError
from reader.core.library import search_index_outdated

__all__ = ["DB_ENV", "build_parser", "default_db_path", "main"]

#: The commands in the order ``--help`` lists them.
_ADDERS = (
    library.add_import,
    library.add_list,
    library.add_show,
    library.add_sources,
    library.add_mark,
    research.add_tag,
    research.add_tags,
    research.add_note,
    research.add_notes,
    research.add_saved_search,
    research.add_verify,
    export.add_export_pdf,
    feeds.add_add_feed,
    feeds.add_refresh,
    fulltext.add_fetch_full,
    fulltext.add_feed_options,
    images.add_cache_images,
    library.add_retention,
    feeds.add_remove_feed,
    accounts.add_account,
    accounts.add_sync,
    network.add_proxy,
    opml.add_opml,
    safety.add_backup,
    safety.add_check,
    capture.add_save,  # web pages kept as evidence (issue 28)
    capture.add_import_links,
    capture.add_export_wacz,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Offline Reader: read saved article dumps and feeds offline. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="with --version: also list the components and their licences",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, then exit"
    )
    add_global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _ADDERS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    # Messages name feeds, files and servers: never a raw control character.
    sys.stderr = RedactingStream(cast(TextIO, DefusingStream(stderr)))
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _paths_to_open(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str] | None:
    """``offline-reader [--db PATH] FILE...``: what a desktop's "Open With" runs.

    The files are the positional words after the global options, when the
    first is not a command and every one exists; otherwise argparse reads
    the line as usual (and names an unknown command).
    """
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    words = list(argv)
    i = 0
    while i < len(words) and words[i].startswith("-"):
        i += 2 if words[i] == "--db" else 1
    paths = words[i:]
    if not paths or paths[0] in commands or any(p.startswith("-") for p in paths):
        return None
    return paths if all(os.path.exists(p) for p in paths) else None


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if "--version" in words and "--verbose" in words:
        from reader.core.licences import describe

        print(f"{APP_NAME} {__version__}")
        print("\n".join(describe()))
        return 0
    opened = _paths_to_open(parser, words)
    if opened is not None:
        words = words[: len(words) - len(opened)]
    args = parser.parse_args(words)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    if args.self_test:
        from reader.selftest import main as self_test

        return self_test()
    db_path: Path = args.db or default_db_path()
    if args.command is None:
        from reader.app import run_window

        return run_window(db_path, opened) if opened else run_window(db_path)
    if search_index_outdated(db_path):  # seconds per 10,000 articles: say why the wait
        print(
            f"{APP_NAME}: updating the search index of {db_path} (once after an update)...",
            file=sys.stderr,
        )
    if not exact_output(args):  # text for a terminal; JSON stays exact for programs
        sys.stdout = DefusingStream(sys.stdout)
    from reader.config import inoreader_app
    from reader.core.net.proxy_settings import policy_of_library
    from reader.core.net.routes import use_policy
    from reader.core.sync.servers import use_app_credentials

    use_app_credentials(inoreader_app)

    # Read when the first request is made: a command without the network pays nothing.
    use_policy(lambda: policy_of_library(db_path))
    try:
        code: int = args.run(args, db_path)
        return code
    except ReaderError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `offline-reader list | head`: the reader of our output went away.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        use_policy(None)  # in-process callers (tests) get the default back

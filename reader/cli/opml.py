"""``opml import`` / ``opml export``: subscriptions to and from other readers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import Commands, add_command, complain, error, plural
from reader.core.errors import ReaderError
from reader.core.library import Store


def add_opml(commands: Commands) -> None:
    p = add_command(commands, "opml", _opml, help="import or export subscriptions as OPML")
    actions = p.add_subparsers(dest="opml_command", metavar="ACTION", required=True)
    q = add_command(actions, "import", None, help="subscribe to the feeds of an OPML file")
    q.add_argument("file", metavar="FILE", type=Path)
    q = add_command(actions, "export", None, help="write every subscription to an OPML file")
    q.add_argument("file", metavar="FILE", help="the file to write, or - for standard output")


def _opml(args: argparse.Namespace, db_path: Path) -> int:
    if args.opml_command == "import":
        return _import(args.file, db_path)
    return _export(args.file, db_path)


def _import(path: Path, db_path: Path) -> int:
    from reader.core.feeds.opml import import_opml

    with Store.open(db_path) as store:
        try:
            report = import_opml(store, path)
        except ReaderError as exc:
            # Named once: an error about the OPML file already carries its path.
            about_file = exc.path == str(path)
            error(f"{path}: {exc.reason if about_file else exc}")
            return 1
    for label, reason in report.skipped:
        error(f"{path}: {label}: {reason}")
    for note in report.notes:
        complain(note)
    print(
        f"Subscribed to {plural(len(report.added), 'feed', 'feeds')} from {path}: "
        f"{len(report.existing):,} already subscribed, {len(report.skipped):,} skipped."
    )
    return 1 if report.skipped else 0


def _export(file: str, db_path: Path) -> int:
    from reader.core.feeds.opml import export_opml, write_opml

    with Store.open(db_path) as store:
        if file == "-":
            sys.stdout.buffer.write(export_opml(store))
            return 0
        count = write_opml(store, file)
    print(f"Exported {plural(count, 'feed', 'feeds')} to {file}.")
    return 0

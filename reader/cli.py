"""The command line: the contract scripts and tests use.

Exit codes: 0 success, 1 when something failed (for ``import``: some files;
the others are still imported), 2 for a usage error. Bad input never prints a
traceback: the core raises :class:`ReaderError` with a message for people.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from reader import APP_NAME, __version__
from reader.core.errors import NotFoundError, ReaderError
from reader.core.images import image_sources
from reader.core.models import ArticleQuery, iso_utc
from reader.core.render import article_html, article_text
from reader.core.store import Store

DB_ENV = "OFFLINE_READER_DB"


def default_db_path() -> Path:
    """The library in the platform's user data folder (or ``$OFFLINE_READER_DB``)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="library file (default: the user data folder, or $OFFLINE_READER_DB)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Offline Reader: read saved article dumps and feeds offline. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import .txt dumps (files or folders)")
    _db_option(p)
    p.add_argument("--source", metavar="NAME", help="put every article in this source")
    p.add_argument("paths", nargs="+", metavar="PATH", help="dump files or folders of them")

    p = commands.add_parser("list", help="list articles, newest first")
    _db_option(p)
    p.add_argument("--source", metavar="NAME", help="only this source (name or title)")
    p.add_argument("--search", metavar="QUERY", help="full-text search (any language)")
    p.add_argument("--unread", action="store_true", help="only unread articles")
    p.add_argument("--starred", action="store_true", help="only starred articles")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N articles")
    p.add_argument("--json", action="store_true", help="one JSON object a line")

    p = commands.add_parser("show", help="show one article as the reader displays it")
    _db_option(p)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--format", choices=("html", "text", "json"), default="text")

    p = commands.add_parser("sources", help="list sources with their article counts")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object a line")

    p = commands.add_parser("mark", help="mark articles read/unread, starred/unstarred")
    _db_option(p)
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    read = p.add_mutually_exclusive_group()
    read.add_argument("--read", dest="read", action="store_const", const=True)
    read.add_argument("--unread", dest="read", action="store_const", const=False)
    star = p.add_mutually_exclusive_group()
    star.add_argument("--star", dest="starred", action="store_const", const=True)
    star.add_argument("--unstar", dest="starred", action="store_const", const=False)

    p = commands.add_parser(
        "export-pdf",
        help="export articles to PDF: one file, or one file per article",
        description="Export articles (by id, a search or a source) to a PDF with an outline, "
        "page numbers and searchable text; or one PDF per article, named by date and title.",
    )
    _db_option(p)
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles to export, in order")
    p.add_argument("--search", metavar="QUERY", help="every article this search finds")
    p.add_argument("--source", metavar="NAME", help="every article of this source (name or title)")
    p.add_argument("--output", "-o", metavar="FILE.pdf", type=Path, help="one PDF for them all")
    p.add_argument(
        "--one-per-article", metavar="DIR", type=Path, help="also (or instead) one PDF each in DIR"
    )
    p.add_argument(
        "--page-size",
        choices=("a4", "letter", "legal", "a5", "a3"),
        help="paper (default: from the locale, Letter in the Americas' Letter countries, else A4)",
    )
    p.add_argument("--title", help="document title of the single PDF (default: from the articles)")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    db_path: Path = args.db or default_db_path()
    if args.command is None:
        from reader.app import run_window

        return run_window(db_path)
    try:
        return _COMMANDS[args.command](args, db_path)
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


def _cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.importer import import_paths

    started = time.perf_counter()
    with Store.open(db_path) as store:
        report = import_paths(store, args.paths, source=args.source)
    elapsed = time.perf_counter() - started
    for failure in report.failed:
        print(f"{failure.path}: {failure.error}", file=sys.stderr)
    files = len(report.files)
    print(
        f"Imported {report.imported} article{'s' * (report.imported != 1)} from "
        f"{files} file{'s' * (files != 1)} in {elapsed:.1f} s: "
        f"{report.duplicates} duplicate{'s' * (report.duplicates != 1)}, "
        f"{len(report.failed)} failed."
    )
    return 1 if report.failed else 0


def _query(store: Store, args: argparse.Namespace) -> ArticleQuery:
    source_ids: tuple[int, ...] = ()
    if args.source:
        source = store.find_source(args.source)
        if source is None:
            raise NotFoundError(f"no source named {args.source!r}")
        source_ids = (source.id,)
    return ArticleQuery(
        source_ids=source_ids,
        unread_only=args.unread,
        starred_only=args.starred,
        search=args.search,
    )


def _cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        query = _query(store, args)
        rows = (
            store.list_articles(query, limit=args.limit)
            if args.limit
            else store.iter_articles(query)
        )
        out = sys.stdout
        for row in rows:
            if args.json:
                record = {
                    "id": row.id,
                    "source": row.source_name,
                    "title": row.title,
                    "url": row.url,
                    "published": iso_utc(row.published),
                    "read": row.read,
                    "starred": row.starred,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                flags = ("*" if row.starred else " ") + (" " if row.read else "N")
                date = iso_utc(row.published) or "-"
                out.write(
                    f"{row.id:>7} {flags} {date[:10]:10} {row.source_title[:16]:16} {row.title}\n"
                )
    return 0


def _cmd_show(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        article = store.get_article(args.id)
        refs = store.image_hashes(image_sources(article.html))
    if args.format == "html":
        sys.stdout.write(article_html(article, refs) + "\n")
    elif args.format == "text":
        sys.stdout.write(article_text(article))
    else:
        record = {
            "id": article.id,
            "source": article.source_name,
            "source_title": article.source_title,
            "title": article.title,
            "url": article.url,
            "author": article.author,
            "published": iso_utc(article.published),
            "read": article.read,
            "starred": article.starred,
            "html": article.html,
            "text": article.text,
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_sources(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        sources = store.sources()
    for source in sources:
        if args.json:
            record = {
                "id": source.id,
                "name": source.name,
                "title": source.title,
                "kind": source.kind.value,
                "folder": source.folder,
                "url": source.feed_url,
                "articles": source.total,
                "unread": source.unread,
                "starred": source.starred,
                "error": source.last_error,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{source.name:24} {source.title:24} {source.total:>7} {source.unread:>7} unread")
    return 0


def _cmd_mark(args: argparse.Namespace, db_path: Path) -> int:
    if args.read is None and args.starred is None:
        print(
            f"{APP_NAME} mark: say what to do: --read, --unread, --star or --unstar",
            file=sys.stderr,
        )
        return 2
    with Store.open(db_path) as store:
        existing = set(store.summaries(args.ids))
        missing = [i for i in args.ids if i not in existing]
        store.mark(existing, read=args.read, starred=args.starred)
    for article_id in missing:
        print(f"{APP_NAME}: no article with id {article_id}", file=sys.stderr)
    return 1 if missing else 0


def _cmd_export_pdf(args: argparse.Namespace, db_path: Path) -> int:
    usage = f"{APP_NAME} export-pdf"
    if args.ids and (args.search or args.source):
        print(f"{usage}: give article ids or --search/--source, not both", file=sys.stderr)
        return 2
    if not (args.ids or args.search or args.source):
        print(
            f"{usage}: say what to export: ID..., --search QUERY or --source NAME", file=sys.stderr
        )
        return 2
    if args.output is None and args.one_per_article is None:
        print(
            f"{usage}: say where: --output FILE.pdf and/or --one-per-article DIR", file=sys.stderr
        )
        return 2
    with Store.open(db_path) as store:
        if args.ids:
            found = store.summaries(args.ids)
            missing = [i for i in args.ids if i not in found]
            for article_id in missing:
                print(f"{APP_NAME}: no article with id {article_id}", file=sys.stderr)
            if missing:
                return 1
            ids = list(dict.fromkeys(args.ids))
        else:
            source_ids: tuple[int, ...] = ()
            if args.source:
                source = store.find_source(args.source)
                if source is None:
                    raise NotFoundError(f"no source named {args.source!r}")
                source_ids = (source.id,)
            ids = store.article_ids(ArticleQuery(source_ids=source_ids, search=args.search))
    if not ids:
        print(f"{APP_NAME}: no articles match; nothing exported", file=sys.stderr)
        return 1

    from reader.ui.qtapp import ensure_gui_application

    ensure_gui_application()
    from reader.ui.pdf_export import export_pdf, page_size_named

    show_progress = sys.stderr.isatty() and len(ids) > 5

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = export_pdf(
        ids,
        db_path,
        args.output,
        one_per_article_dir=args.one_per_article,
        page_size=page_size_named(args.page_size) if args.page_size else None,
        title=args.title,
        progress=progress,
    )
    if show_progress:
        print(file=sys.stderr)
    places = [str(args.output)] if args.output is not None else []
    if args.one_per_article is not None:
        count = len(result.files) - len(places)
        places.append(f"{count} file{'s' * (count != 1)} in {args.one_per_article}")
    print(
        f"Exported {result.articles} article{'s' * (result.articles != 1)} "
        f"({result.pages} page{'s' * (result.pages != 1)}) to {' and '.join(places)} "
        f"in {result.seconds:.1f} s."
    )
    return 0


_COMMANDS = {
    "import": _cmd_import,
    "list": _cmd_list,
    "show": _cmd_show,
    "sources": _cmd_sources,
    "mark": _cmd_mark,
    "export-pdf": _cmd_export_pdf,
}

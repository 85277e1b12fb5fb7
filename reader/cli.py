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
from typing import TYPE_CHECKING, TextIO

from reader import APP_NAME, __version__
from reader.core.credentials import redact_credentials
from reader.core.errors import NotFoundError, ReaderError
from reader.core.images import image_sources, point_at_cache
from reader.core.library import Store, search_index_outdated
from reader.core.models import ArticleQuery, Source, iso_utc
from reader.core.render import article_html, article_text

if TYPE_CHECKING:
    from reader.core.credentials import PasswordStore
    from reader.core.image_fetch import ImageReport
    from reader.core.refresh import FeedResult as RefreshResult

DB_ENV = "OFFLINE_READER_DB"


def default_db_path() -> Path:
    """The library in the platform's user data folder (or ``$OFFLINE_READER_DB``)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Offline Reader: read saved article dumps and feeds offline. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, then exit"
    )
    _db_option(parser, top=True)
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
    p = commands.add_parser("add-feed", help="subscribe to a feed (or the feed a page links to)")
    _db_option(p)
    p.add_argument("url", metavar="URL", help="the feed's address, or a web page that links to it")
    p.add_argument("--title", metavar="T", help="the source's name (default: the feed's title)")
    p.add_argument("--folder", metavar="F", help="put the source in this folder")
    p.add_argument("--username", metavar="U", help="user name of a private feed")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (it goes to the OS keyring only)",
    )
    p.add_argument(
        "--no-fetch",
        action="store_true",
        help="subscribe without fetching (offline); URL must be the feed itself",
    )
    p.add_argument(
        "--no-images",
        action="store_true",
        help="do not download the images of the first articles (they can be cached later)",
    )

    p = commands.add_parser("refresh", help="fetch new articles of feeds (default: all)")
    _db_option(p)
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="name, title, URL or id")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password of the one private SOURCE from standard input, for this run",
    )
    p.add_argument(
        "--no-images",
        action="store_true",
        help="do not download the images of the new articles (they can be cached later)",
    )

    p = commands.add_parser(
        "cache-images",
        help="download the images of articles for offline reading",
        description="Fetch the images of the named sources or article ids (default: the "
        "whole library) into the library's image cache. Tracking images are never fetched.",
    )
    _db_option(p)
    p.add_argument("targets", nargs="*", metavar="SOURCE|ID", help="sources or article ids")
    p.add_argument("--retry", action="store_true", help="also retry images that failed before")

    p = commands.add_parser(
        "retention",
        help="show or set how long a source keeps its articles",
        description="Without DAYS, says how long SOURCE keeps its articles. With DAYS, "
        "articles older than that are deleted now and after every refresh (starred ones "
        "always stay); 'all' keeps everything again, the default.",
    )
    _db_option(p)
    p.add_argument("source", metavar="SOURCE", help="name, title, URL or id")
    p.add_argument("days", nargs="?", metavar="DAYS|all")

    p = commands.add_parser("remove-feed", help="unsubscribe; the feed's articles go too")
    _db_option(p)
    p.add_argument("source", metavar="SOURCE", help="name, title, URL or id")

    p = commands.add_parser("opml", help="import or export subscriptions as OPML")
    _db_option(p)
    opml = p.add_subparsers(dest="opml_command", metavar="ACTION", required=True)
    q = opml.add_parser("import", help="subscribe to the feeds of an OPML file")
    _db_option(q)
    q.add_argument("file", metavar="FILE", type=Path)
    q = opml.add_parser("export", help="write every subscription to an OPML file")
    _db_option(q)
    q.add_argument("file", metavar="FILE", help="the file to write, or - for standard output")
    _safety_parsers(commands)
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


class _RedactingStream:
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


def main(argv: Sequence[str] | None = None) -> int:
    stderr = sys.stderr
    sys.stderr = _RedactingStream(stderr)
    try:
        return _main(argv)
    finally:
        sys.stderr = stderr


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    if args.self_test:
        from reader.selftest import main as self_test

        return self_test()
    db_path: Path = getattr(args, "db", None) or default_db_path()
    if args.command is None:
        from reader.app import run_window

        return run_window(db_path)
    if search_index_outdated(db_path):  # seconds per 10,000 articles: say why the wait
        print(
            f"{APP_NAME}: updating the search index of {db_path} (once after an update)...",
            file=sys.stderr,
        )
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
    for damaged in report.warned:
        print(f"{damaged.path}: warning: {damaged.warning}", file=sys.stderr)
    files = len(report.files)
    print(
        f"Imported {report.imported} article{'s' * (report.imported != 1)} from "
        f"{files} file{'s' * (files != 1)} in {elapsed:.1f} s: "
        f"{report.duplicates} duplicate{'s' * (report.duplicates != 1)}, "
        f"{len(report.failed)} failed"
        + (f", {len(report.warned)} with a warning." if report.warned else ".")
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
            # As displayed: cached images point at the cache, not the network.
            "html": point_at_cache(article.html, refs),
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
            line = f"{source.name:24} {source.title:24} {source.total:>7} {source.unread:>7} unread"
            if source.last_error:
                line += f"  ! {source.last_error}"
            print(line)
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
    from reader.ui.image_provider import cache_resources
    from reader.ui.pdf_export import export_pdf, page_size_named

    show_progress = sys.stderr.isatty() and len(ids) > 5

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    resources = cache_resources(db_path)  # images from the cache only, never the network
    try:
        result = export_pdf(
            ids,
            db_path,
            args.output,
            one_per_article_dir=args.one_per_article,
            page_size=page_size_named(args.page_size) if args.page_size else None,
            title=args.title,
            progress=progress,
            resources=resources,
        )
    finally:
        resources.close()
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


def _read_password() -> str:
    """One line of standard input: what ``printf %s "$PW" | … --password-stdin`` gives."""
    line = sys.stdin.readline()
    password = line[:-1] if line.endswith("\n") else line
    if password.endswith("\r"):
        password = password[:-1]
    if not password:
        raise ReaderError("no password on standard input")
    return password


def _find_sources(store: Store, names: Sequence[str]) -> tuple[list[Source], list[str]]:
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


def _cmd_add_feed(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.credentials import PasswordStore
    from reader.core.feeds import subscribe

    if args.password_stdin and not args.username:
        print(f"{APP_NAME} add-feed: --password-stdin needs --username", file=sys.stderr)
        return 2
    password = _read_password() if args.password_stdin else None
    passwords = PasswordStore()
    with Store.open(db_path) as store:
        try:
            subscription = subscribe(
                store,
                args.url,
                title=args.title,
                folder=args.folder,
                username=args.username,
                password=password,
                passwords=passwords,
                find_feed=not args.no_fetch,
            )
        except ReaderError as exc:
            print(f"{args.url}: {exc}", file=sys.stderr)
            return 1
        if subscription.password is not None and subscription.password.message:
            print(f"{APP_NAME}: {subscription.password.message}", file=sys.stderr)
        source = store.get_source(subscription.source_id)
        print(f"Subscribed to {subscription.feed_url} as {source.name}.")
        for other in subscription.alternatives:
            label = f" ({other.title})" if other.title else ""
            print(f"  the page also links to {other.url}{label}")
        if args.no_fetch:
            return 0
        return _refresh_and_report(
            store, [subscription.source_id], passwords, images=not args.no_images
        )


def _refresh_and_report(
    store: Store,
    ids: list[int] | None,
    passwords: PasswordStore,
    *,
    images: bool,
    started: float | None = None,
) -> int:
    """Refresh, report the feeds, then cache the new articles' images and report them.

    ``started`` (a refresh of several feeds) asks for the summary line with
    the time taken; add-feed reports its one feed without it.
    """
    from reader.core.refresh import refresh_with_images

    code = 0

    def written(results: list[RefreshResult]) -> None:
        nonlocal code
        elapsed = 0.0 if started is None else time.perf_counter() - started
        code = _report_refresh(results, elapsed, summary=started is not None)
        sys.stdout.flush()  # the feeds' report before the images' wait

    run = refresh_with_images(store, ids, images=images, on_written=written, passwords=passwords)
    if run.images is not None:
        _print_image_problems(run.images)
        print(run.images.summary())
    return code


def _cmd_refresh(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.credentials import PasswordStore

    passwords = PasswordStore()
    started = time.perf_counter()
    with Store.open(db_path) as store:
        ids: list[int] | None = None
        missing: list[str] = []
        if args.sources:
            found, missing = _find_sources(store, args.sources)
            for source in found:
                if source.feed_url is None:
                    missing.append(source.name)
            for name in missing:
                reason = "not a feed" if store.find_source(name) else "no such source"
                print(f"{name}: {reason}", file=sys.stderr)
            ids = [s.id for s in found if s.feed_url is not None]
            if not ids:
                return 1
        if args.password_stdin:
            private = [s for s in store.sources() if s.username and (ids is None or s.id in ids)]
            if len(private) != 1 or private[0].feed_url is None:
                print(
                    f"{APP_NAME} refresh: --password-stdin needs exactly one private feed",
                    file=sys.stderr,
                )
                return 2
            passwords.remember_for_session(private[0].feed_url, _read_password())
        code = _refresh_and_report(
            store, ids, passwords, images=not args.no_images, started=started
        )
    return 1 if missing else code


def _print_image_problems(report: ImageReport) -> None:
    from reader.core.image_fetch import ImageOutcome

    for result in report.results:
        if result.outcome in (ImageOutcome.FAILED, ImageOutcome.SKIPPED) and not report.offline:
            print(f"{result.url}: {result.reason}", file=sys.stderr)


def _cmd_cache_images(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.image_fetch import ImageOutcome, cache_images

    with Store.open(db_path) as store:
        article_ids: list[int] = []
        source_ids: list[int] = []
        for target in args.targets:
            if target.isdigit() and not store.find_source(target):
                article_ids.append(int(target))
                continue
            source = store.find_source(target)
            if source is None:
                print(f"{target}: no such source or article", file=sys.stderr)
                return 1
            source_ids.append(source.id)
        urls: list[str] = []
        if article_ids:
            urls += store.images_to_fetch(article_ids=article_ids, retry_failed=args.retry)
        if source_ids:
            urls += store.images_to_fetch(source_ids=source_ids, retry_failed=args.retry)
        if not args.targets:
            urls = store.images_to_fetch(retry_failed=args.retry)
        report = cache_images(store, list(dict.fromkeys(urls)))
        count, size = store.image_cache_usage()
    _print_image_problems(report)
    print(f"{report.summary()} The cache holds {count} images ({size / 1e6:.1f} MB).")
    if report.offline:
        return 1
    return 1 if report.count(ImageOutcome.FAILED) else 0


def _report_refresh(results: Sequence[RefreshResult], elapsed: float, *, summary: bool) -> int:
    from reader.core.refresh import FeedStatus

    added = sum(r.added for r in results)
    failed = [r for r in results if not r.ok]
    for result in results:
        if result.moved_to:
            print(f"{result.title}: moved permanently to {result.moved_to} (subscription updated)")
        if result.warning:
            print(f"{result.title}: warning: {result.warning}", file=sys.stderr)
        if result.error and result.status is not FeedStatus.DEFERRED:
            print(f"{result.title}: {result.error}", file=sys.stderr)
        elif result.status is FeedStatus.DEFERRED:
            print(f"{result.title}: skipped: {result.error}", file=sys.stderr)
    if summary:
        unchanged = sum(1 for r in results if r.status is FeedStatus.NOT_MODIFIED)
        print(
            f"Refreshed {len(results)} feed{'s' * (len(results) != 1)} in {elapsed:.1f} s: "
            f"{added} new article{'s' * (added != 1)}, {unchanged} unchanged, "
            f"{len(failed)} failed."
        )
    else:
        for result in results:
            if result.ok:
                print(f"{result.title}: {result.added} new article{'s' * (result.added != 1)}.")
    return 1 if failed else 0


def _cmd_retention(args: argparse.Namespace, db_path: Path) -> int:
    from datetime import UTC, datetime

    days: int | None = None
    if args.days is not None and args.days != "all":
        try:
            days = int(args.days)
        except ValueError:
            print(f"{APP_NAME} retention: DAYS is a number or 'all'", file=sys.stderr)
            return 2
    with Store.open(db_path) as store:
        found, _ = _find_sources(store, [args.source])
        if not found:
            print(f"{args.source}: no such source", file=sys.stderr)
            return 1
        source = found[0]
        if args.days is None:
            kept = source.retention_days
            print(
                f"{source.title} keeps "
                + (f"articles {kept} days (starred ones always)." if kept else "everything.")
            )
            return 0
        store.set_retention(source.id, days)
        deleted = store.apply_retention(source.id, datetime.now(UTC))
    kept_text = f"articles {days} days" if days else "everything"
    print(f"{source.title} now keeps {kept_text}; {deleted} older articles deleted.")
    return 0


def _cmd_remove_feed(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.feeds import remove_feed

    with Store.open(db_path) as store:
        found, _ = _find_sources(store, [args.source])
        if not found or found[0].feed_url is None:
            reason = "not a feed" if found else "no such source"
            print(f"{args.source}: {reason}", file=sys.stderr)
            return 1
        source = found[0]
        removed = remove_feed(store, source.id)
    print(f"Removed {source.title} ({source.feed_url}) and its {removed} articles.")
    return 0


def _cmd_opml(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.opml import export_opml, import_opml, write_opml

    if args.opml_command == "import":
        with Store.open(db_path) as store:
            try:
                report = import_opml(store, args.file)
            except ReaderError as exc:
                # Named once: an error about the OPML file already carries its path.
                about_file = exc.path == str(args.file)
                print(f"{args.file}: {exc.reason if about_file else exc}", file=sys.stderr)
                return 1
        for label, reason in report.skipped:
            print(f"{args.file}: {label}: {reason}", file=sys.stderr)
        for note in report.notes:
            print(f"{APP_NAME}: {note}", file=sys.stderr)
        print(
            f"Subscribed to {len(report.added)} feed{'s' * (len(report.added) != 1)} from "
            f"{args.file}: {len(report.existing)} already subscribed, "
            f"{len(report.skipped)} skipped."
        )
        return 1 if report.skipped else 0
    with Store.open(db_path) as store:
        if args.file == "-":
            sys.stdout.buffer.write(export_opml(store))
            return 0
        count = write_opml(store, args.file)
    print(f"Exported {count} feed{'s' * (count != 1)} to {args.file}.")
    return 0


# -- backups and the integrity check ---------------------------------------------


def _safety_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "backup",
        help="back up the library now, or list its backups",
        description="Copy the library to the backups folder next to it (checked first: a "
        "damaged library never replaces a good backup) and keep the newest ones.",
    )
    _db_option(p)
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument(
        "--keep", type=_positive, metavar="N", help="keep the newest N backups from now on"
    )
    p = commands.add_parser(
        "check",
        help="check the library file for damage",
        description="Run SQLite's quick_check on the library. A damaged library is marked: "
        "commands that write refuse until a check passes; restore a backup instead.",
    )
    _db_option(p)


def _cmd_safety(args: argparse.Namespace, db_path: Path) -> int:
    """``backup`` and ``check``: self-contained, so the commands can move as one."""
    from reader.core.library import backup

    if not db_path.is_file():
        print(f"{db_path}: there is no library here", file=sys.stderr)
        return 1
    if args.command == "check":
        started = time.perf_counter()
        problem = backup.check_library(db_path)
        elapsed = time.perf_counter() - started
        if problem is None:
            print(f"{db_path}: no damage found ({elapsed:.1f} s).")
            return 0
        good = backup.newest_good(db_path)
        print(f"{db_path}: the library is damaged: {problem}", file=sys.stderr)
        print(
            f"{APP_NAME}: nothing will be written to it. "
            + (
                f"The newest good backup is {good.path}: copy it to a new name and use "
                "that with --db."
                if good
                else "There is no good backup; export what can still be read."
            ),
            file=sys.stderr,
        )
        return 1
    if args.list:
        backups = backup.list_backups(db_path)
        if not backups:
            print(f"No backups of {db_path} in {backup.backup_dir(db_path)}.")
        for item in backups:
            print(f"{item.made:%Y-%m-%d %H:%M}  {item.size / 1e6:9.1f} MB  {item.path}")
        return 0
    with Store.open(db_path) as store:
        if args.keep:
            store.set_setting(backup.KEEP_SETTING, str(args.keep))
        keep = int(store.setting(backup.KEEP_SETTING) or backup.DEFAULT_KEEP)
    started = time.perf_counter()
    made = backup.make_backup(db_path, keep=keep)
    print(
        f"Backed up {db_path} to {made} ({made.stat().st_size / 1e6:.1f} MB, "
        f"{time.perf_counter() - started:.1f} s); the newest {keep} are kept."
    )
    return 0


_COMMANDS = {
    "backup": _cmd_safety,
    "check": _cmd_safety,
    "import": _cmd_import,
    "list": _cmd_list,
    "show": _cmd_show,
    "sources": _cmd_sources,
    "mark": _cmd_mark,
    "export-pdf": _cmd_export_pdf,
    "add-feed": _cmd_add_feed,
    "refresh": _cmd_refresh,
    "remove-feed": _cmd_remove_feed,
    "retention": _cmd_retention,
    "cache-images": _cmd_cache_images,
    "opml": _cmd_opml,
}

"""Web pages kept as evidence and read later: ``save``, ``import-links``, ``export-wacz``.

The network, the WARC writer and the parsers load inside the commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import Commands, add_command, error, plural
from reader.core.library import Store

if TYPE_CHECKING:
    from reader.core.capture.save import LinkResult, SaveReport


def add_save(commands: Commands) -> None:
    p = add_command(
        commands,
        "save",
        _save,
        help="save web pages for offline reading, with a capture of what the server sent",
        description="Fetch each page through the same network route as feeds, keep the "
        "exchange as WARC records, extract its article and cache its pictures, in the "
        "source 'Saved pages'. A page that cannot be fetched is kept as a pending link "
        "and tried again at the next refresh. Without URL, tries the pending links now.",
    )
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument(
        "--tag", action="append", default=[], metavar="T", help="tag the saved pages (repeatable)"
    )
    p.add_argument("--no-images", action="store_true", help="do not cache the pages' pictures")


def add_import_links(commands: Commands) -> None:
    p = add_command(
        commands,
        "import-links",
        _import_links,
        help="move in from Pocket, Instapaper, Wallabag, Omnivore, bookmarks or a URL list",
        description="Read an export of a read-later service or a browser's bookmarks: each "
        "link becomes an article at once (title, tags, folder, time added, read/archived "
        "state kept); then the pages are fetched, a few at a time per site. Interrupted, "
        "the rest stays pending: the next import-links, save or refresh goes on.",
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--no-fetch", action="store_true", help="only create the entries; fetch pages later"
    )
    p.add_argument("--no-images", action="store_true", help="do not cache the pages' pictures")


def add_export_wacz(commands: Commands) -> None:
    p = add_command(
        commands,
        "export-wacz",
        _export_wacz,
        help="write the captures of articles as a WACZ web archive",
        description="A WACZ 1.1.1 package (WARC data, CDX index, pages.jsonl, "
        "datapackage.json with each file's hash) that replays in Webrecorder's tools.",
    )
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--output", "-o", required=True, type=Path, metavar="FILE.wacz")
    p.add_argument("--title", help="the package's title")


def progress(done: int, total: int) -> None:
    """``Pages: done/total`` on a terminal's standard error (not in a pipe)."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rPages: {done}/{total}", end=end, file=sys.stderr, flush=True)


def print_save_report(report: SaveReport) -> None:
    for article_id, (state, reason) in sorted(report.outcomes.items()):
        if state != "saved":
            error(f"article {article_id}: {reason}")
    print(report.summary())
    if report.images is not None:
        print(report.images.summary())


def _print_links(results: list[LinkResult]) -> None:
    for result in results:
        if result.state == "invalid":
            error(f"{result.url}: {result.reason}")
        elif result.state == "duplicate":
            where = f" (article {result.article_id})" if result.article_id else ""
            print(f"{result.url}: already in the library{where}")


def _save(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.capture.save import fetch_saved_pages, save_urls

    with Store.open(db_path) as store:
        if not args.urls:
            report = fetch_saved_pages(store, images=not args.no_images, progress=progress)
            print_save_report(report)
            return 0
        results, report = save_urls(
            store, args.urls, tags=args.tag, images=not args.no_images, progress=progress
        )
    _print_links(results)
    for article_id, (state, _) in sorted(report.outcomes.items()):
        if state == "saved":
            print(f"article {article_id}: saved")
    print_save_report(report)
    bad = any(r.state == "invalid" for r in results) or report.count("saved") < len(report.outcomes)
    return 1 if bad else 0


def retry_saved_pages(store: Store) -> None:
    """After ``refresh``: the saved links whose page could not be had yet."""
    from reader.core.capture.save import fetch_saved_pages

    if not store.pending_links(limit=1):
        return
    print_save_report(fetch_saved_pages(store, progress=progress))


def _import_links(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.capture.save import add_links, fetch_saved_pages
    from reader.core.readlater import read_links

    links, service = read_links(args.file)  # ReaderError names the file and the reason
    with Store.open(db_path) as store:
        results = add_links(store, links, service=service)
        _print_links(results)
        new = sum(1 for r in results if r.state == "new")
        duplicates = sum(1 for r in results if r.state == "duplicate")
        print(
            f"{args.file.name}: {service} export, "
            f"{plural(len(results), 'link', 'links')}: {new:,} new, "
            f"{duplicates:,} already in the library."
        )
        sys.stdout.flush()
        if args.no_fetch:
            return 0
        report = fetch_saved_pages(store, images=not args.no_images, progress=progress)
    print_save_report(report)
    return 0


def _export_wacz(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.capture.wacz import write_wacz

    with Store.open(db_path) as store:
        written = write_wacz(store, args.ids, args.output, title=args.title)
    for article_id in written.missing:
        error(f"article {article_id}: no capture kept (not from the web, or raw captures off)")
    print(
        f"Wrote {args.output}: {plural(written.pages, 'page', 'pages')}, "
        f"{plural(written.records, 'WARC record', 'WARC records')}."
    )
    return 1 if written.missing else 0

"""Full articles: ``fetch-full`` and ``feed-options --full-text``.

The network and the extractor load inside the commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import Commands, add_command, error, find_sources
from reader.cli.network import (
    add_feed_route_options,
    apply_feed_routes,
    check_route_options,
    route_lines,
)
from reader.core.library import Store
from reader.core.tasks import TaskOptions

if TYPE_CHECKING:
    from reader.core.fulltext import FullTextReport


def add_fetch_full(commands: Commands) -> None:
    p = add_command(
        commands,
        "fetch-full",
        _fetch_full,
        help="download the full articles of summary-only items, for offline reading",
        description="Fetch the web page of each article named (sources or article ids; by "
        "default every article of the feeds with --full-text on) and keep the article it "
        "holds beside the feed's summary. Articles that have their full text are skipped; a "
        "page that cannot be had keeps the summary and records why.",
    )
    p.add_argument("targets", nargs="*", metavar="SOURCE|ID", help="sources or article ids")
    p.add_argument(
        "--no-images", action="store_true", help="do not cache the full articles' images"
    )


def add_feed_options(commands: Commands) -> None:
    p = add_command(
        commands,
        "feed-options",
        _feed_options,
        help="show or set a feed's options",
        description="Without an option, print the feed's options.",
    )
    p.add_argument("source", metavar="SOURCE", help="name, title, URL or id")
    p.add_argument(
        "--full-text",
        choices=("on", "off"),
        help="download the full article of each new item when refreshing",
    )
    add_feed_route_options(p, editing=True)


def print_full_text_report(report: FullTextReport, *, prefix: str = "") -> None:
    """Each page that gave no article, ``article N (URL): reason``, then the summary line.

    ``prefix`` names the account before the summary when ``sync`` reports several.
    """
    from reader.core.library import FullTextStatus

    if not report.offline:
        for outcome in report.outcomes:
            if outcome.status is FullTextStatus.FAILED:
                error(f"article {outcome.article_id}: {outcome.reason}")
    print(prefix + report.summary())


def progress(done: int, total: int) -> None:
    """``Full articles: done/total`` on a terminal's standard error (not in a pipe)."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rFull articles: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _fetch_full(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.fulltext import fetch_full_texts
    from reader.core.models import ArticleQuery

    with Store.open(db_path) as store:
        ids: list[int] = []
        source_ids: list[int] = []
        for target in args.targets:
            found, _ = find_sources(store, [target])
            if found:
                source_ids.append(found[0].id)
            elif target.isdigit():
                ids.append(int(target))
            else:
                error(f"{target}: no such source or article")
                return 1
        if not args.targets:
            source_ids = sorted(store.full_text_source_ids())
            if not source_ids:
                error("no feed has --full-text on: name sources or article ids")
                return 1
        if source_ids:
            ids += store.article_ids(ArticleQuery(source_ids=tuple(source_ids)))
        report = fetch_full_texts(
            store, ids, options=TaskOptions(images=not args.no_images, progress=progress)
        )
    print_full_text_report(report)
    if report.images is not None:
        print(report.images.summary())
    return 1 if report.offline else 0


def _feed_options(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        found, _ = find_sources(store, [args.source])
        if not found:
            error(f"{args.source}: no such source")
            return 1
        source = found[0]
        problem = check_route_options(args)
        routed = args.proxy is not None or args.add_mirror or args.remove_mirror
        if routed and source.feed_url is None:
            problem = "only a feed has a proxy or mirrors of its own"
        if problem is not None:
            error(f"{source.name}: {problem}")
            return 2
        if args.full_text is not None:
            store.set_full_text_option(source.id, args.full_text == "on")
        apply_feed_routes(store, source.id, args)
        on = store.full_text_option(source.id)
        routes = route_lines(store, source.id) if source.feed_url else []
    print(f"{source.name}: full text {'on' if on else 'off'}")
    for line in routes:
        print(f"{source.name}: {line}")
    return 0

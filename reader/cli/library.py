"""Commands on the library itself: import, list, show, sources, mark, retention.

``list``, ``show`` and ``sources`` are what scripts call in loops, so this
module imports only the store at load; the importer, the article renderer
and the rest come inside the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from reader.cli.common import (
    Commands,
    add_command,
    complain,
    error,
    find_sources,
    json_line,
    plural,
    positive,
    source_ids_named,
    usage_error,
)
from reader.cli.research import pages, research_json, research_query
from reader.core.library import Store
from reader.core.models import ArticleQuery, ArticleSummary, SortKey, iso_utc
from reader.core.terminal import one_line


def add_import(commands: Commands) -> None:
    p = add_command(commands, "import", _import, help="import .txt dumps (files or folders)")
    p.add_argument("--source", metavar="NAME", help="put every article in this source")
    p.add_argument("paths", nargs="+", metavar="PATH", help="dump files or folders of them")


def add_list(commands: Commands) -> None:
    p = add_command(commands, "list", _list, help="list articles, newest first")
    p.add_argument("--source", metavar="NAME", help="only this source (name or title)")
    p.add_argument(
        "--search",
        metavar="QUERY",
        help="full-text search (any language); operators: title: source: tag: author: "
        "is:unread is:read is:starred after:YYYY-MM-DD before:YYYY-MM-DD",
    )
    p.add_argument(
        "--sort",
        choices=("newest", "relevance"),
        default="newest",
        help="search results newest first (default) or most relevant first "
        "(those with the words in their title first, then the rest; newest first in each)",
    )
    p.add_argument("--unread", action="store_true", help="only unread articles")
    p.add_argument("--starred", action="store_true", help="only starred articles")
    p.add_argument("--tag", metavar="NAME", help="only articles with this tag")
    p.add_argument("--saved", metavar="NAME", help="the articles of this saved search")
    p.add_argument("--limit", type=positive, metavar="N", help="at most N articles")
    p.add_argument("--json", action="store_true", help="one JSON object a line")


def add_show(commands: Commands) -> None:
    p = add_command(commands, "show", _show, help="show one article as the reader displays it")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--format", choices=("html", "text", "json"), default="text")
    p.add_argument(
        "--summary",
        action="store_true",
        help="the feed's summary even when the full article was downloaded",
    )


def add_sources(commands: Commands) -> None:
    p = add_command(commands, "sources", _sources, help="list sources with their article counts")
    p.add_argument("--json", action="store_true", help="one JSON object a line")


def add_mark(commands: Commands) -> None:
    p = add_command(commands, "mark", _mark, help="mark articles read/unread, starred/unstarred")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    read = p.add_mutually_exclusive_group()
    read.add_argument("--read", dest="read", action="store_const", const=True)
    read.add_argument("--unread", dest="read", action="store_const", const=False)
    star = p.add_mutually_exclusive_group()
    star.add_argument("--star", dest="starred", action="store_const", const=True)
    star.add_argument("--unstar", dest="starred", action="store_const", const=False)


def add_retention(commands: Commands) -> None:
    p = add_command(
        commands,
        "retention",
        _retention,
        help="show or set how long a source keeps its articles",
        description="Without DAYS, says how long SOURCE keeps its articles. With DAYS, "
        "articles older than that are deleted now and after every refresh (starred ones "
        "always stay); 'all' keeps everything again, the default.",
    )
    p.add_argument("source", metavar="SOURCE", help="name, title, URL or id")
    p.add_argument("days", nargs="?", metavar="DAYS|all")


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.dumps.importer import import_paths

    started = time.perf_counter()
    with Store.open(db_path) as store:
        report = import_paths(store, args.paths, source=args.source)
    elapsed = time.perf_counter() - started
    for failure in report.failed:
        error(f"{failure.path}: {failure.error}")
    for damaged in report.warned:
        error(f"{damaged.path}: warning: {damaged.warning}")
    print(
        f"Imported {plural(report.imported, 'article', 'articles')} from "
        f"{plural(len(report.files), 'file', 'files')} in {elapsed:.1f} s: "
        f"{plural(report.duplicates, 'duplicate', 'duplicates')}, "
        f"{len(report.failed):,} failed"
        + (f", {len(report.warned):,} with a warning." if report.warned else ".")
    )
    return 1 if report.failed else 0


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        query = ArticleQuery(
            source_ids=source_ids_named(store, args.source),
            unread_only=args.unread,
            starred_only=args.starred,
            search=args.search,
        )
        query = research_query(store, query, args.tag, args.saved)
        rows: Iterable[ArticleSummary]
        if args.sort == "relevance" and query.search:
            ids = store.article_ids(query, sort=SortKey.RELEVANCE, limit=args.limit)
            found = store.summaries(ids)
            rows = (found[i] for i in ids if i in found)
        elif args.limit:
            rows = store.list_articles(query, limit=args.limit)
        else:
            rows = store.iter_articles(query)
        out = sys.stdout
        for page in pages(rows, 500):
            tags = store.article_tags([row.id for row in page]) if args.json else {}
            for row in page:
                _list_row(out, row, args.json, tags.get(row.id, []))
    return 0


def _list_row(out: TextIO, row: ArticleSummary, as_json: bool, tags: list[str]) -> None:
    """One line of ``list``: a JSON object (with the article's tags), or columns."""
    if as_json:
        record = {
            "id": row.id,
            "source": row.source_name,
            "title": row.title,
            "url": row.url,
            "published": iso_utc(row.published),
            "read": row.read,
            "starred": row.starred,
            "tags": tags,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        flags = ("*" if row.starred else " ") + (" " if row.read else "N")
        date = iso_utc(row.published) or "-"
        source, title = one_line(row.source_title), one_line(row.title)
        out.write(f"{row.id:>7} {flags} {date[:10]:10} {source[:16]:16} {title}\n")


def _show(args: argparse.Namespace, db_path: Path) -> int:
    # lxml and the sanitizer, for this command only: `list` starts without them.
    from reader.core.content.render import article_html, article_text
    from reader.core.fulltext.view import article_as_shown
    from reader.core.images.cache import image_sources, point_at_cache

    with Store.open(db_path) as store:
        shown = article_as_shown(
            store.get_article(args.id), store.full_text(args.id), summary=args.summary
        )
        article = shown.article
        refs = store.image_hashes(image_sources(article.html))
        research = research_json(store, article.id) if args.format == "json" else {}
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
            # Which text html and text are, and what became of the full article's page.
            "shown": shown.shown.value,
            "full_text": None
            if shown.full is None
            else {
                "status": shown.full.status.value,
                "reason": shown.full.reason,
                "fetched": iso_utc(shown.full.fetched),
            },
            **research,  # tags, highlights, provenance
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


def _sources(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.library import FeedRoute

    with Store.open(db_path) as store:
        sources = store.sources()
        routes = store.feed_routes()
    for source in sources:
        route = routes.get(source.id, FeedRoute())
        if args.json:
            # The address that answered the last refresh: a mirror, or the feed's own.
            served = route.served_by or (source.feed_url if source.last_checked else None)
            json_line(
                {
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
                    "account": source.account,
                    "archived": source.archived,
                    "proxy": route.proxy,
                    "mirrors": list(route.mirrors),
                    "served_by": served,
                }
            )
        else:
            name, title = one_line(source.name), one_line(source.title)
            line = f"{name:24} {title:24} {source.total:>7} {source.unread:>7} unread"
            if source.archived:
                line += "  (archived: what you starred, tagged or highlighted)"
            if source.last_error:
                line += f"  ! {source.last_error}"
            print(line)
    return 0


def _mark(args: argparse.Namespace, db_path: Path) -> int:
    if args.read is None and args.starred is None:
        return usage_error("mark", "say what to do: --read, --unread, --star or --unstar")
    with Store.open(db_path) as store:
        existing = set(store.summaries(args.ids))
        missing = [i for i in args.ids if i not in existing]
        store.mark(existing, read=args.read, starred=args.starred)
    for article_id in missing:
        complain(f"no article with id {article_id}")
    return 1 if missing else 0


def _retention(args: argparse.Namespace, db_path: Path) -> int:
    from datetime import UTC, datetime

    days: int | None = None
    if args.days is not None and args.days != "all":
        try:
            days = int(args.days)
        except ValueError:
            return usage_error("retention", "DAYS is a number or 'all'")
    with Store.open(db_path) as store:
        found, _ = find_sources(store, [args.source])
        if not found:
            error(f"{args.source}: no such source")
            return 1
        source = found[0]
        if args.days is None:
            kept = source.retention_days
            starred = " (starred ones always)" if kept else ""
            print(f"{source.title} keeps {_kept(kept)}{starred}.")
            return 0
        store.set_retention(source.id, days)
        deleted = store.apply_retention(source.id, datetime.now(UTC))
    print(
        f"{source.title} now keeps {_kept(days)}; "
        f"{plural(deleted, 'older article', 'older articles')} deleted."
    )
    return 0


def _kept(days: int | None) -> str:
    return f"articles {plural(days, 'day', 'days')}" if days else "everything"

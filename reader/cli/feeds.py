"""Subscriptions: add-feed, refresh, remove-feed.

The network, feedparser and the keyring load inside the commands: a
``list`` in a script must not pay for them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import (
    Commands,
    add_command,
    complain,
    error,
    find_sources,
    plural,
    usage_error,
)
from reader.cli.images import print_image_problems
from reader.cli.network import add_feed_route_options, check_route_options
from reader.core.errors import ReaderError
from reader.core.library import Store
from reader.core.tasks import TaskOptions

if TYPE_CHECKING:
    from reader.core.feeds.refresh import FeedResult
    from reader.core.net.credentials import PasswordStore


def add_add_feed(commands: Commands) -> None:
    p = add_command(
        commands, "add-feed", _add_feed, help="subscribe to a feed (or the feed a page links to)"
    )
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
    p.add_argument(
        "--full-text",
        action="store_true",
        help="download the full article of each item (for feeds that send only a summary)",
    )
    add_feed_route_options(p, editing=False)


def add_refresh(commands: Commands) -> None:
    p = add_command(
        commands, "refresh", _refresh, help="fetch new articles of feeds (default: all)"
    )
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


def add_remove_feed(commands: Commands) -> None:
    p = add_command(
        commands, "remove-feed", _remove_feed, help="unsubscribe; the feed's articles go too"
    )
    p.add_argument("source", metavar="SOURCE", help="name, title, URL or id")


def _read_password() -> str:
    """One line of standard input: what ``printf %s "$PW" | … --password-stdin`` gives."""
    line = sys.stdin.readline()
    password = line[:-1] if line.endswith("\n") else line
    if password.endswith("\r"):
        password = password[:-1]
    if not password:
        raise ReaderError("no password on standard input")
    return password


def _add_feed(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.feeds.subscriptions import subscribe
    from reader.core.net.credentials import PasswordStore
    from reader.core.net.routes import parse_choice

    if args.password_stdin and not args.username:
        return usage_error("add-feed", "--password-stdin needs --username")
    problem = check_route_options(args)
    if problem is not None:
        return usage_error("add-feed", problem)
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
                proxy=None if args.proxy is None else parse_choice(args.proxy),
                mirrors=args.mirror,
            )
        except ReaderError as exc:
            error(f"{args.url}: {exc}")
            return 1
        if subscription.password is not None and subscription.password.message:
            complain(subscription.password.message)
        if args.full_text:
            store.set_full_text_option(subscription.source_id, True)
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


def _refresh(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.net.credentials import PasswordStore

    passwords = PasswordStore()
    started = time.perf_counter()
    with Store.open(db_path) as store:
        ids: list[int] | None = None
        missing: list[str] = []
        if args.sources:
            found, missing = find_sources(store, args.sources)
            for source in found:
                if source.feed_url is None:
                    missing.append(source.name)
            for name in missing:
                error(f"{name}: {'not a feed' if store.find_source(name) else 'no such source'}")
            ids = [s.id for s in found if s.feed_url is not None]
            if not ids:
                return 1
        if args.password_stdin:
            private = [s for s in store.sources() if s.username and (ids is None or s.id in ids)]
            if len(private) != 1 or private[0].feed_url is None:
                return usage_error("refresh", "--password-stdin needs exactly one private feed")
            passwords.remember_for_session(private[0].feed_url, _read_password())
        code = _refresh_and_report(
            store, ids, passwords, images=not args.no_images, started=started
        )
        if ids is None:  # saved links whose page could not be had yet (issue 28)
            from reader.cli.capture import retry_saved_pages

            retry_saved_pages(store)
    return 1 if missing else code


def _remove_feed(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.feeds.subscriptions import remove_feed

    with Store.open(db_path) as store:
        found, _ = find_sources(store, [args.source])
        if not found or found[0].feed_url is None:
            error(f"{args.source}: {'not a feed' if found else 'no such source'}")
            return 1
        source = found[0]
        removed = remove_feed(store, source.id)
        kept = next((s.total for s in store.sources() if s.id == source.id), 0)
    print(
        f"Removed {source.title} ({source.feed_url}) and its "
        f"{plural(removed, 'article', 'articles')}."
    )
    if kept:
        print(
            f"Kept {plural(kept, 'article', 'articles')} you starred, tagged or highlighted, "
            f"under Archived: {source.title}."
        )
    return 0


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
    from reader.core.feeds.refresh import refresh_with_images

    code = 0

    def written(results: list[FeedResult]) -> None:
        nonlocal code
        elapsed = 0.0 if started is None else time.perf_counter() - started
        code = _report_refresh(results, elapsed, summary=started is not None)
        sys.stdout.flush()  # the feeds' report before the images' wait

    run = refresh_with_images(
        store, ids, options=TaskOptions(images=images, passwords=passwords), on_written=written
    )
    if run.full_text is not None:
        from reader.cli.fulltext import print_full_text_report

        print_full_text_report(run.full_text)
    if run.images is not None:
        print_image_problems(run.images)
        print(run.images.summary())
    return code


def _report_refresh(results: Sequence[FeedResult], elapsed: float, *, summary: bool) -> int:
    from reader.core.feeds.refresh import FeedStatus

    added = sum(r.added for r in results)
    failed = [r for r in results if not r.ok]
    for result in results:
        if result.moved_to:
            print(f"{result.title}: moved permanently to {result.moved_to} (subscription updated)")
        if result.warning:
            error(f"{result.title}: warning: {result.warning}")
        if result.status is FeedStatus.DEFERRED:
            error(f"{result.title}: skipped: {result.error}")
        elif result.error:
            error(f"{result.title}: {result.error}")
    if summary:
        unchanged = sum(1 for r in results if r.status is FeedStatus.NOT_MODIFIED)
        print(
            f"Refreshed {plural(len(results), 'feed', 'feeds')} in {elapsed:.1f} s: "
            f"{plural(added, 'new article', 'new articles')}, {unchanged:,} unchanged, "
            f"{len(failed):,} failed."
        )
    else:
        for result in results:
            if result.ok:
                print(f"{result.title}: {plural(result.added, 'new article', 'new articles')}.")
    return 1 if failed else 0

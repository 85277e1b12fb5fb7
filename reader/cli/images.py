"""``cache-images``: fill the image cache before going offline.

The fetching code loads inside the command: other commands start without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import Commands, add_command, error, plural
from reader.core.library import Store

if TYPE_CHECKING:
    from reader.core.images.fetch import ImageReport


def add_cache_images(commands: Commands) -> None:
    p = add_command(
        commands,
        "cache-images",
        _cache_images,
        help="download the images of articles for offline reading",
        description="Fetch the images of the named sources or article ids (default: the "
        "whole library) into the library's image cache. Tracking images are never fetched.",
    )
    p.add_argument("targets", nargs="*", metavar="SOURCE|ID", help="sources or article ids")
    p.add_argument("--retry", action="store_true", help="also retry images that failed before")


def print_image_problems(report: ImageReport) -> None:
    """Each image that failed or was refused, ``URL: reason``; offline, none (all wait)."""
    from reader.core.images.fetch import ImageOutcome

    if report.offline:
        return
    for result in report.results:
        if result.outcome in (ImageOutcome.FAILED, ImageOutcome.SKIPPED):
            error(f"{result.url}: {result.reason}")


def _cache_images(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.images.fetch import ImageOutcome, cache_images

    with Store.open(db_path) as store:
        article_ids: list[int] = []
        source_ids: list[int] = []
        for target in args.targets:
            source = store.find_source(target)
            if source is not None:
                source_ids.append(source.id)
            elif target.isdigit():
                article_ids.append(int(target))
            else:
                error(f"{target}: no such source or article")
                return 1
        # Empty id lists mean the whole library to the store: ask only for what was named.
        urls: list[str] = []
        if article_ids:
            urls += store.images_to_fetch(article_ids=article_ids, retry_failed=args.retry)
        if source_ids:
            urls += store.images_to_fetch(source_ids=source_ids, retry_failed=args.retry)
        if not args.targets:
            urls = store.images_to_fetch(retry_failed=args.retry)
        report = cache_images(store, list(dict.fromkeys(urls)))
        count, size = store.image_cache_usage()
    print_image_problems(report)
    print(
        f"{report.summary()} The cache holds {plural(count, 'image', 'images')} "
        f"({size / 1e6:.1f} MB)."
    )
    if report.offline:
        return 1
    return 1 if report.count(ImageOutcome.FAILED) else 0

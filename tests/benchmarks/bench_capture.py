"""Web capture benchmark (issue 28; run on demand, not part of the test run).

    python tests/benchmarks/bench_capture.py [--pages 100] [--links 5000]

1. save: ``save_urls`` for ``--pages`` distinct realistic article pages
   (``tests/fulltext_pages/``, each a new article: its paragraphs' words
   rotated) with their in-body picture, served by a local HTTP server: each
   fetched through the feeds' client (4 at a time, 2 per host), captured as
   WARC records, extracted, its metadata read, its picture cached and
   captured. End to end, one library on disk.
2. growth: the library file's growth per captured page (raw captures kept,
   after a checkpoint), and how much of it is the WARC records.
3. import: ``--links`` links of a Pocket CSV (with tags, times, states)
   read and created as entries at once (the list shows them), then the time
   to fetch the first 200 of their pages in the background.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.capture.save import add_links, fetch_saved_pages, save_urls  # noqa: E402
from reader.core.library import Store  # noqa: E402
from reader.core.readlater import read_links  # noqa: E402
from tests.support.fulltextkit import (  # noqa: E402
    ARTICLES,
    PHOTO,
    Site,
    expected,
    variant,
)
from tests.support.readlaterkit import Saved, pocket_csv  # noqa: E402


def _serve(site: Site, count: int) -> list[str]:
    urls = []
    for n in range(count):
        name = ARTICLES[n % len(ARTICLES)]
        markup, _ = variant(name, n)
        image = expected()[name]["image"]
        image_path = f"/img/{n}.png"
        tail = image.split("/", 3)[3]  # the pages link it absolute, rooted or relative
        for form in (image, "../../" + tail, "/" + tail):
            markup = markup.replace(form, image_path)
        site.add(image_path, PHOTO, content_type="image/png")
        urls.append(site.add(f"/p/{n}/{name}", markup))
    return urls


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def bench_save(folder: Path, pages: int) -> None:
    site = Site()
    try:
        urls = _serve(site, pages)
        db = folder / "save.sqlite3"
        with Store.open(db) as store:
            store.checkpoint(truncate=True)
            before = _size(db)
            started = time.perf_counter()
            results, report = save_urls(store, urls)
            elapsed = time.perf_counter() - started
            store.checkpoint(truncate=True)
            after = _size(db)
            count, warc_bytes = store.capture_usage()
        served = sum(len(r.body) for r in site.routes.values())
    finally:
        site.stop()
    print(
        f"save: {pages} pages end to end in {elapsed:.2f} s "
        f"({pages / elapsed:.1f} pages/s): {report.summary()} "
        f"{report.images.summary() if report.images else ''}"
    )
    print(
        f"growth: {(after - before) / pages / 1024:.1f} KiB a page "
        f"({count} captures, WARC records {warc_bytes / pages / 1024:.1f} KiB a page "
        f"compressed; served {served / pages / 1024:.1f} KiB a page with its picture)"
    )
    assert report.count("saved") == pages, results[:3]


def bench_import(folder: Path, links: int) -> None:
    site = Site()
    try:
        urls = _serve(site, 200)
        items = [
            Saved(
                urls[n] if n < 200 else f"{site.base}/missing/{n}.html",
                f"Saved story {n}",
                ("news", f"t{n % 20}"),
                1_600_000_000 + n * 600,
                archived=n % 3 == 0,
            )
            for n in range(links)
        ]
        export = pocket_csv(items, folder / "pocket.csv")
        db = folder / "import.sqlite3"
        with Store.open(db) as store:
            started = time.perf_counter()
            found, service = read_links(export)
            results = add_links(store, found, service=service)
            created = time.perf_counter() - started
            first = [r.article_id for r in results[:200] if r.article_id is not None]
            started = time.perf_counter()
            report = fetch_saved_pages(store, first)
            fetched = time.perf_counter() - started
    finally:
        site.stop()
    new = sum(1 for r in results if r.state == "new")
    print(
        f"import: {links} links ({service}) read and created as entries in {created:.2f} s "
        f"({new} new); then 200 pages fetched in {fetched:.2f} s: {report.summary()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--links", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_save(Path(tmp), args.pages)
        bench_import(Path(tmp), args.links)


if __name__ == "__main__":
    main()

"""The research desk at scale (run on demand, not part of the test run).

    python tests/benchmarks/bench_research.py [--count 100000]

On a copy of the benchmark library of ``--count`` articles (the one
``bench_import.py`` builds and caches; the cached file is never opened, so
it keeps its schema): the upgrade to schema 2, tagging a tenth and a
seventh of the library, and what the window asks after every write (the
tags and the saved searches with their counts), a tag's list, and ``verify``
of 1,000 dumps. Best of 5 each.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpora import CACHE, REPO, corpus


def best_ms(action: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    cached = CACHE / f"library-{args.count}.sqlite3"
    if not cached.exists():
        sys.exit(f"{cached} is missing: run bench_import.py --search-count {args.count} first")
    sys.path.insert(0, str(REPO))
    from reader.core.library import Store
    from reader.core.models import ArticleQuery
    from reader.core.research_text import verify_file

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        shutil.copy(cached, db)
        started = time.perf_counter()
        store = Store.open(db)
        print(f"open and upgrade (with its backup): {time.perf_counter() - started:.2f} s")
        ids = store.article_ids()
        started = time.perf_counter()
        store.tag_articles(ids[::10], add=["climate"])
        store.tag_articles(ids[::7], add=["court"])
        tagged = len(ids[::10]) + len(ids[::7])
        print(f"tag {tagged:,} articles: {time.perf_counter() - started:.2f} s")
        for query in ("李强", "climat", "negociations OR journaliste"):
            store.save_search(query, query)
        tag = store.tag_id("climate")
        assert tag is not None
        print(f"tags with counts: {best_ms(store.tags):.1f} ms")
        print(f"3 saved searches with counts: {best_ms(store.saved_searches):.1f} ms")
        by_tag = ArticleQuery(tag_ids=(tag,))
        page = best_ms(lambda: store.list_articles(by_tag, limit=100))
        print(f"a tag's first 100 rows: {page:.1f} ms")
        dumps = sorted(corpus(args.count).glob("*.txt"))[:1000]
        started = time.perf_counter()
        held = sum(check.ok for path in dumps for check in verify_file(store, str(path)))
        elapsed = time.perf_counter() - started
        # The cached library predates provenance: every record is looked up by
        # hash, then by URL, and reported changed; the work is that of a real check.
        print(f"verify 1,000 dumps: {elapsed:.2f} s ({held} held unchanged)")
        store.close()


if __name__ == "__main__":
    main()

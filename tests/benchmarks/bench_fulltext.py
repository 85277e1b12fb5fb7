"""Full-text benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_fulltext.py [--pages 100] [--compare]

1. ours: ``fetch_full_texts`` for ``--pages`` articles of a library whose
   links lead to realistic article pages (``tests/fulltext_pages/``, each
   page a new article: its paragraphs' words rotated) served by a local
   HTTP server: fetching (a few at a time, at most 2 per host), extraction
   in worker processes on every core, cleaning, storing and re-indexing.
   Target (issue 15): 100 pages in under 10 s on this machine (2 cores).
2. ``--compare``: readability-lxml against trafilatura on the same pages,
   one process, each followed by our cleaning: word-level recall of the
   article's paragraphs, furniture left (strings of ``expected.json``),
   captions kept, and time. Needs ``pip install trafilatura``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.content.cleaning import clean_article  # noqa: E402
from reader.core.tasks import TaskOptions  # noqa: E402
from tests.support.fulltextkit import ARTICLES, Site, expected, variant  # noqa: E402

Extractor = Callable[[str, str], str]


def _tokens(text: str) -> list[str]:
    # CJK characters count one each; other words by \w runs.
    return re.findall(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+", text)


def _pages(count: int) -> list[tuple[str, str, list[str]]]:
    pages = []
    for n in range(count):
        name = ARTICLES[n % len(ARTICLES)]
        markup, paragraphs = variant(name, n)
        pages.append((name, markup, paragraphs))
    return pages


def _readability(markup: str, url: str) -> str:
    from readability import Document

    return str(Document(markup, url=url).summary(html_partial=True))


def _trafilatura(markup: str, url: str) -> str:
    import trafilatura

    out = trafilatura.extract(
        markup, url=url, output_format="html", include_images=True, include_links=True
    )
    return out or ""


def compare(count: int) -> None:
    pages = _pages(count)
    extractors: dict[str, Extractor] = {"readability-lxml": _readability}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura"] = _trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install trafilatura")
    for label, extract in extractors.items():
        extract(pages[0][1], "https://example.org/warm-up")  # imports, caches
        found = wanted = furniture = captions = 0
        started = time.perf_counter()
        for name, markup, paragraphs in pages:
            url = expected()[name]["url"]
            text = clean_article(extract(markup, url), url).text
            have = set(_tokens(text))
            for paragraph in paragraphs:
                tokens = _tokens(paragraph)
                wanted += len(tokens)
                found += sum(t in have for t in tokens)
            furniture += sum(f in text for f in expected()[name]["furniture"])
            captions += expected()[name]["caption"] in text
        elapsed = time.perf_counter() - started
        print(
            f"{label:17} recall {100 * found / wanted:5.1f}%  furniture strings left "
            f"{furniture}  captions kept {captions}/{count}  {elapsed:.2f} s for {count} pages "
            f"({1000 * elapsed / count:.1f} ms/page, one core)"
        )


def ours(count: int) -> None:
    from reader.core.fulltext import fetch_full_texts
    from reader.core.library import Store
    from reader.core.models import NewArticle

    site = Site()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "bench.sqlite3")
            source = store.source_id("bench")
            articles = []
            for n, (_name, markup, _paragraphs) in enumerate(_pages(count)):
                url = site.add(f"/a/{n}.html", markup)
                articles.append(
                    NewArticle(
                        title=f"Story {n}",
                        url=url,
                        published=None,
                        html="<p>Teaser</p>",
                        text="Teaser",
                    )
                )
            ids = store.add_articles(source, articles).added
            started = time.perf_counter()
            report = fetch_full_texts(store, ids, options=TaskOptions(images=False))
            elapsed = time.perf_counter() - started
            store.close()
        print(
            f"ours: {count} pages fetched, extracted, cleaned and stored in {elapsed:.2f} s "
            f"({report.summary()}); target under 10 s"
        )
    finally:
        site.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.compare:
        compare(args.pages)
    ours(args.pages)


if __name__ == "__main__":
    main()

"""Time clean_article over a realistic corpus (run on demand, not by pytest).

The importer's budget is >= 3000 articles/s on two cores, parsing and database
writes included, which leaves about 0.3 ms per article for cleaning on one core.

    python tests/benchmarks/bench_cleaning.py [--count 5000] [--corpus DIR]
    python tests/benchmarks/bench_cleaning.py --profile   # needs pyinstrument
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.content.cleaning import clean_article  # noqa: E402

MAKE_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "tools" / "make_corpus.py"
BUDGET_MS = 0.3


def read_bodies(folder: Path) -> list[tuple[str, str | None]]:
    """(body, article URL) per dump: lines 5+ are the body, line 2 holds the URL."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 4)
        if len(lines) < 5:
            continue
        title_line = lines[1]
        url = title_line[title_line.rfind("](") + 2 : -1] if "](" in title_line else None
        articles.append((lines[4], url))
    return articles


def run(articles: list[tuple[str, str | None]], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for body, url in articles:
            clean_article(body, url)
        best = min(best, time.perf_counter() - start)
    return best / len(articles) * 1000


def floor(articles: list[tuple[str, str | None]], rounds: int) -> float:
    """What one lxml parse plus one nh3 pass cost alone: the machine's yardstick."""
    import nh3
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8")
    cleaner = nh3.Cleaner()
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for body, _url in articles:
            etree.fromstring(("<html><body>" + body + "</body></html>").encode(), parser)
            cleaner.clean(body)
        best = min(best, time.perf_counter() - start)
    return best / len(articles) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, help="an existing folder of dumps")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus
        if folder is None:
            folder = Path(tmp)
            subprocess.run(
                [sys.executable, str(MAKE_CORPUS), str(folder), "--count", str(args.count)],
                check=True,
            )
        articles = read_bodies(folder)
    size = sum(len(body) for body, _ in articles) / max(len(articles), 1)
    print(f"{len(articles)} articles, {size:.0f} characters of body on average")
    run(articles[:200], 1)  # warm the rule cache and the allocator
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002)
        profiler.start()
        run(articles, 1)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
        return
    ms = run(articles, args.rounds)
    verdict = "within" if ms <= BUDGET_MS else "OVER"
    print(f"clean_article: {ms:.3f} ms/article ({verdict} the {BUDGET_MS} ms budget)")
    print(f"(for scale: a bare lxml parse + nh3 pass takes {floor(articles, args.rounds):.3f} ms)")


if __name__ == "__main__":
    main()

"""Time clean_article over a realistic corpus (run on demand, not by pytest).

The importer's budget is >= 3000 articles/s on two cores, parsing and database
writes included, which leaves about 0.3 ms per article for cleaning on one core.

    python tests/benchmarks/bench_cleaning.py [--count 5000] [--corpus DIR]
    python tests/benchmarks/bench_cleaning.py --profile   # needs pyinstrument
    python tests/benchmarks/bench_cleaning.py --against ../clean-before [--feeds 2]

``--against TREE`` compares with the code of another checkout (``git worktree add
--detach ../clean-before main``): one worker process per tree, the same articles,
run alternately (before, after, after, before, ...), CPU time per article
(medians of the rounds) and the median wall time of one article.  ``--feeds N``
adds the item bodies of the first N refresh-benchmark feeds, as feedparser
hands them over.
"""

from __future__ import annotations

import argparse
import json
import statistics
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


_WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from reader.core.content.cleaning import clean_article
sets = json.load(open(sys.argv[2], encoding="utf-8"))
for line in sys.stdin:
    articles = sets[line.strip()]
    walls = []
    start = time.process_time()
    for body, url in articles:
        t = time.perf_counter(); clean_article(body, url); walls.append(time.perf_counter() - t)
    cpu = (time.process_time() - start) / len(articles)
    walls.sort()
    print(json.dumps([cpu, walls[len(walls) // 2]]), flush=True)
"""


def feed_bodies(feeds: int) -> list[tuple[str, str | None]]:
    """The item bodies of the refresh benchmark's feeds, as the refresh cleans them."""
    from reader.core.feeds.parse import parse_feed
    from tests.benchmarks.bench_refresh import make_feed

    bodies = []
    for number in range(feeds):
        parsed = parse_feed(make_feed(number, 100), f"http://127.0.0.1/{number}.xml")
        bodies.extend((item.html, item.base or item.link) for item in parsed.items)
    return bodies


def paired(sets: dict[str, list[tuple[str, str | None]]], before: Path, rounds: int) -> None:
    """Before and after alternately, in two long-lived workers (one per tree)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "sets.json"
        data.write_text(json.dumps(sets), encoding="utf-8")
        trees = {"before": before.resolve(), "after": ROOT}
        workers = {
            name: subprocess.Popen(
                [sys.executable, "-c", _WORKER, str(tree), str(data)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for name, tree in trees.items()
        }

        def run(name: str, set_name: str) -> list[float]:
            worker = workers[name]
            assert worker.stdin is not None and worker.stdout is not None
            worker.stdin.write(set_name + "\n")
            worker.stdin.flush()
            return list(json.loads(worker.stdout.readline()))

        for set_name, articles in sets.items():
            run("before", set_name), run("after", set_name)  # warm caches and allocators
            results: dict[str, list[list[float]]] = {"before": [], "after": []}
            for index in range(rounds):
                order = ("before", "after") if index % 2 == 0 else ("after", "before")
                for name in order:
                    results[name].append(run(name, set_name))
            cpu = {k: statistics.median(r[0] for r in v) * 1000 for k, v in results.items()}
            wall = {k: statistics.median(r[1] for r in v) * 1000 for k, v in results.items()}
            print(
                f"{set_name}: {len(articles)} articles, {rounds} rounds; CPU ms/article "
                f"before {cpu['before']:.4f}, after {cpu['after']:.4f} "
                f"({cpu['after'] / cpu['before']:.2f}x); median wall ms/article "
                f"before {wall['before']:.4f}, after {wall['after']:.4f} "
                f"({wall['after'] / wall['before']:.2f}x)"
            )
        for worker in workers.values():
            assert worker.stdin is not None
            worker.stdin.close()
            worker.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, help="an existing folder of dumps")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--against", type=Path, help="a checkout of the code before")
    parser.add_argument("--feeds", type=int, default=0, help="refresh-benchmark feeds to add")
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
    feeds = feed_bodies(args.feeds) if args.feeds else []
    if args.against is not None:
        sets = {"corpus": articles, **({"feed items": feeds} if feeds else {})}
        paired(sets, args.against, args.rounds)
        return
    articles += feeds
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

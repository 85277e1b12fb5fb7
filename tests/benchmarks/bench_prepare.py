"""A feed's preparation in a worker, stage by stage (run on demand).

    python tests/benchmarks/bench_prepare.py [--before OTHER_CHECKOUT] [--rounds 5]

CPU milliseconds per feed of 100 items (the feeds of ``bench_refresh.py``),
in one process: ``prepare_feed`` whole, then parsing, cleaning and indexing
apart, each the median of 5 passes over 10 feeds. With ``--before``, the
other checkout's code (its ``reader`` first on ``PYTHONPATH``) runs in turn
with this one, round by round, so both see the same machine; the medians of
the rounds are printed. The figures in ``resources/benchmarks/refresh.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_STAGES = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
import bench_refresh
from reader.core.feeds.parse import parse_feed, prepare_feed, to_articles
from reader.core.library import index_article

feeds = [bench_refresh.make_feed(n, 100) for n in range(10)]
urls = [f"http://127.0.0.1/{n}.xml" for n in range(10)]
RSS = "application/rss+xml"

def per_feed(work):
    runs = []
    for _ in range(5):
        started = time.process_time()
        work()
        runs.append((time.process_time() - started) / len(feeds) * 1000)
    return statistics.median(runs)

parsed = [parse_feed(f, u, RSS) for f, u in zip(feeds, urls)]
articles = [to_articles(p, u) for p, u in zip(parsed, urls)]
print(json.dumps({
    "prepare": per_feed(lambda: [prepare_feed(f, u, RSS) for f, u in zip(feeds, urls)]),
    "parse": per_feed(lambda: [parse_feed(f, u, RSS) for f, u in zip(feeds, urls)]),
    "clean": per_feed(lambda: [to_articles(p, u) for p, u in zip(parsed, urls)]),
    "index": per_feed(lambda: [[index_article(a) for a in some] for some in articles]),
}))
"""


def stages(code: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-c", _STAGES, str(REPO / "tests" / "benchmarks")],
        env=env,
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="another checkout, run in turn with this one")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    codes = {"now": REPO, **({"before": args.before} if args.before else {})}
    seen: dict[str, list[dict[str, float]]] = {name: [] for name in codes}
    for _ in range(args.rounds):
        for name, code in codes.items():
            result = stages(code)
            seen[name].append(result)
            print(name, " ".join(f"{k} {v:.1f}" for k, v in result.items()), flush=True)
    print(f"medians of {args.rounds} rounds, CPU ms per feed of 100 items:")
    for name, rounds in seen.items():
        medians = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
        print(f"  {name}: " + ", ".join(f"{k} {v:.1f}" for k, v in medians.items()))


if __name__ == "__main__":
    main()

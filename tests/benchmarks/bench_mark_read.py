"""Mark all read, paired: this checkout against another on copies of one big library.

    python tests/benchmarks/bench_mark_read.py --db LIBRARY.sqlite3 --code BEFORE_CHECKOUT \
        --work DIR [--rounds 5]

``LIBRARY`` is only read (copied with SQLite's backup API into ``DIR``, one
copy per checkout; each checkout opens its own, so the newer one migrates
it). Each round, the two checkouts run alternately in processes of their
own, so the machine's load falls on both alike: every article made unread,
the largest source marked read (``mark_all_read`` of that source), all made
unread again, the whole library marked read. Wall and CPU time of each
call; and, as a check that the readers of read state did not pay for it,
the source counts (``sources()``), the Unread node's ids, count and a page
of its list (``list --unread``), and ``is:unread`` newest first, with every
article unread.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_ONE = r"""
import json, sys, time
from reader.core.library import Store
from reader.core.models import ArticleQuery

db, source = sys.argv[1], int(sys.argv[2])

def all_unread(store):
    if store._value("SELECT 1 FROM sqlite_master WHERE name = 'unread'"):
        store._db.execute(
            "INSERT OR IGNORE INTO unread(id, source_id, sort_time) "
            "SELECT id, source_id, sort_time FROM articles"
        )
    else:
        store._db.execute("UPDATE articles SET read = 0 WHERE read = 1")
    store.checkpoint(truncate=True)

def timed(call):
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, round(time.perf_counter() - wall, 4), round(time.process_time() - cpu, 4)

found = {}
with Store.open(db) as store:
    all_unread(store)
with Store.open(db) as store:
    unread = ArticleQuery(unread_only=True)
    _, found["sources_s"], _ = timed(store.sources)
    _, found["sources_s"], _ = timed(store.sources)  # warm
    n, found["unread_ids_s"], _ = timed(lambda: len(store.article_ids(unread)))
    _, found["unread_count_s"], _ = timed(lambda: store.count(unread))
    mine = ArticleQuery(unread_only=True, source_ids=(source,))
    _, found["unread_source_ids_s"], _ = timed(lambda: store.article_ids(mine))
    first, _, _ = timed(lambda: store.list_articles(unread, limit=500))
    _, found["unread_page_s"], _ = timed(
        lambda: store.list_articles(unread, limit=500, after=(first[-1].sort_time, first[-1].id))
    )
    _, found["unread_search_s"], _ = timed(
        lambda: store.article_ids(ArticleQuery(search="is:unread climate"), limit=50)
    )
    store.count(ArticleQuery(source_ids=(source,), unread_only=True))  # warm, as a window
    changed, found["source_wall_s"], found["source_cpu_s"] = timed(
        lambda: store.mark_all_read(ArticleQuery(source_ids=(source,)))
    )
    found["source_changed"] = changed
with Store.open(db) as store:
    all_unread(store)
with Store.open(db) as store:
    store.count(ArticleQuery(unread_only=True))
    changed, found["all_wall_s"], found["all_cpu_s"] = timed(
        lambda: store.mark_all_read(ArticleQuery())
    )
    found["all_changed"] = changed
print(json.dumps(found))
"""


def copy(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    reading = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writing = sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        writing.close()
        reading.close()


def run(code: Path, db: Path, source: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(code))
    out = subprocess.run(
        [sys.executable, "-c", _ONE, str(db), str(source)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        sys.exit(out.stderr[-3000:])
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the library (only read)")
    parser.add_argument("--code", type=Path, required=True, help="the checkout to pair with")
    parser.add_argument("--work", type=Path, required=True, help="where the copies go")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    codes = {"before": args.code.resolve(), "after": REPO}
    copies = {label: args.work / f"mark-{label}.sqlite3" for label in codes}
    for label, path in copies.items():
        copy(args.db, path)
        # Opening migrates; its time is not the subject (paid once, with a backup).
        run(codes[label], path, 0)
    probe = sqlite3.connect(copies["after"])
    source, articles = probe.execute(
        "SELECT source_id, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    probe.close()
    print(f"largest source {source}: {articles:,} articles", flush=True)
    results: dict[str, list[dict[str, float]]] = {label: [] for label in codes}
    for round_ in range(args.rounds):
        for label in codes if round_ % 2 == 0 else reversed(codes):
            figures = run(codes[label], copies[label], source)
            results[label].append(figures)
            print(f"round {round_ + 1} {label:<6} {json.dumps(figures)}", flush=True)
    keys = [k for k in results["after"][0] if not k.endswith("_changed")]
    print(f"\n{'median of ' + str(args.rounds):<18} {'before':>10} {'after':>10}")
    for key in keys:
        medians = [statistics.median(r[key] for r in results[label]) for label in codes]
        print(f"{key:<18} {medians[0]:>10.4f} {medians[1]:>10.4f}")
    for label in codes:
        changed = {(r["source_changed"], r["all_changed"]) for r in results[label]}
        print(f"{label}: changed (source, library) {sorted(changed)}")


if __name__ == "__main__":
    main()

"""Search latency benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_search.py 10000 100000 250000
    python tests/benchmarks/bench_search.py --db LIB.sqlite3 [--db OTHER ...]
        [--code OTHER_CHECKOUT --other-db ITS_COPY.sqlite3] [--rounds 3] [--repeat 15]
        [--out FILE.json]

Sizes build (once, cached in the temp folder) libraries of generated articles
with the real CLI; ``--db`` measures libraries you have. For every query of a
fixed set (Chinese two- and four-character words, a Traditional spelling, a
phrase, common French and English words, a rare word, none at all, and
operators), the first page of 50 rows through the store's API,
``Store.list_articles(ArticleQuery(search=...), limit=50)``, newest first and
by relevance (``article_ids(..., sort=RELEVANCE, limit=50)``), in-process,
warm: median and p95 over ``--repeat`` runs per round.

``--code DIR`` measures another checkout (say the code before a change) in
the same run: each round runs both in turn, in fresh processes, so the
machine's load falls on both alike. Queries the other code does not know
(operators, relevance) are left out of its figures.

``--check`` checks this checkout's relevance instead: for every query of the
set, the whole list by relevance is the newest-first list's set, the count is
its length, and pages of 1, 50, 51 and 500 are its start.

``--window`` measures the window instead (offscreen unless ``DISPLAY`` and
``QT_QPA_PLATFORM`` say otherwise): from the last key typed in the search
field to the paint that shows the first rows, and to the count.

Targets (issue 17), at 250,000 articles: median under 15 ms and p95 under
30 ms for every query; operators over 100,000 articles under 50 ms; the
window's first rows within 100 ms of the last key.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from corpora import CACHE, REPO, corpus

QUERIES = {
    "zh 2 chars": "气候",
    "zh 2 chars, Traditional": "記者",
    "zh 4 chars": "气候合作",
    "phrase": '"climate talks"',
    "fr common": "de",
    "en common": "climate",
    "rare": "30",
    "no hit": "zyzzyva",
    "two languages": "climat emissions",
}
OPERATORS = {
    "title:": "title:climate",
    "source: + zh": "source:rfi 气候",
    "source: + en": "source:dw climate",
    "is:unread + word": "is:unread climate",
    "after: + word": "after:2023-07-15 de",
    "before: + zh 4": "before:2023-07-10 气候合作",
    "is:unstarred -word": "is:unstarred -climate",
    "OR": "climate OR 气候",
    "-source: + phrase": '-source:rfi "climate talks"',
}

_MEASURE = r"""
import json, statistics, sys, time
from reader.core.library import Store
from reader.core.models import ArticleQuery, SortKey
path, repeat, queries = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
relevance = hasattr(SortKey, "RELEVANCE")
out = {}
with Store.open(path) as store:
    store.list_articles(ArticleQuery(search="warm"), limit=50)
    for name, text in queries.items():
        query = ArticleQuery(search=text)
        runs = {"date": lambda: store.list_articles(query, limit=50)}
        if relevance:
            runs["relevance"] = lambda: store.summaries(
                store.article_ids(query, sort=SortKey.RELEVANCE, limit=50)
            )
        for order, run in runs.items():
            times, cpu = [], []
            rows = run()
            for _ in range(repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                rows = run()
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            out[f"{name}|{order}"] = {"times": times, "cpu": cpu, "rows": len(rows)}
print(json.dumps(out))
"""


_CHECK = r"""
import json, sys, time
from reader.core.library import Store
from reader.core.models import ArticleQuery, SortKey
bad = 0
with Store.open(sys.argv[1]) as store:
    for name, text in json.loads(sys.argv[2]).items():
        query = ArticleQuery(search=text)
        start = time.perf_counter()
        ranked = store.article_ids(query, sort=SortKey.RELEVANCE)
        took = (time.perf_counter() - start) * 1000
        count = store.count(query)
        ok = sorted(ranked) == sorted(store.article_ids(query)) and len(set(ranked)) == count
        for n in (1, 50, 51, 500):
            ok = ok and store.article_ids(query, sort=SortKey.RELEVANCE, limit=n) == ranked[:n]
        bad += not ok
        print(f"{name:<24} {'same' if ok else 'DIFFERENT'}  {count:>8,} hits, "
              f"the whole list by relevance in {took:.0f} ms")
sys.exit(1 if bad else 0)
"""


_WINDOW = r"""
import json, statistics, sys, time
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from reader.app import build_window
window = build_window(sys.argv[1])
window.resize(1400, 900)
window.show()
model, field = window.article_model, window.search_field
if sys.argv[4] == "relevance":
    model.set_relevance(True)

def wait(condition, limit=30.0):
    # In an event loop, as the window waits: spinning processEvents() or
    # QTest.qWait() keeps the GIL and starves the worker thread that searches.
    loop, timer, start = QEventLoop(), QTimer(), time.perf_counter()
    def check():
        if condition() or time.perf_counter() - start > limit:
            loop.quit()
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit("timed out")

def idle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

class Painted(QObject):
    at = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and model.rowCount() and self.at is None:
            self.at = time.perf_counter()  # the paint that draws the new rows
        return False

painted = Painted()
window.article_view.viewport().installEventFilter(painted)
wait(lambda: model.rowCount() > 0)
counted = []
model.loaded.connect(lambda n: counted.append(time.perf_counter()))
out = {}
for text in json.loads(sys.argv[2]):
    rows, counts = [], []
    for _ in range(int(sys.argv[3])):
        field.clear()
        wait(lambda: model.query.search is None and model.rowCount() > 0)
        idle(1500)  # the whole list back, the worker idle
        before = model.article_id(0)
        painted.at = None
        counted.clear()
        if text.isascii():
            QTest.keyClicks(field, text)
        else:
            for char in text:  # as an input method commits them
                field.insert(char)
        last_key = time.perf_counter()
        painted.at = None
        # A search with no hit paints no row: then its count is its answer.
        wait(
            lambda: model.query.search == text
            and counted
            and (painted.at is not None or model.rowCount() == 0)
        )
        rows.append(((painted.at or counted[-1]) - last_key) * 1000)
        counts.append((counted[-1] - last_key) * 1000)
    out[text] = {"rows": rows, "count": counts, "hits": model.rowCount()}
print(json.dumps(out))
window.close()
"""


def _window(db: Path, repeat: int, code: Path = REPO, order: str = "date") -> None:
    """Search as you type in the window (offscreen): last key to the rows painted, and the count."""
    texts = [
        "climate",
        "气候",
        "气候合作",
        "de",
        "is:unread climate",
        "source:dw climate",
        "is:unstarred -climate",
        "before:2023-07-10 气候合作",
    ]
    env = dict(os.environ, PYTHONPATH=str(code))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _WINDOW, str(db), json.dumps(texts), str(repeat), order],
        env=env,
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"window on {db.name} ({code.name}, by {order}): "
        "last key to the first rows painted / to the count (ms)"
    )
    for text, slot in data.items():
        print(
            f"  {text:<20} rows median {statistics.median(slot['rows']):6.1f} "
            f"max {max(slot['rows']):6.1f}   count median {statistics.median(slot['count']):6.1f}"
            f"   ({slot['hits']:,} hits)"
        )


def _library(count: int) -> Path:
    """A library of ``count`` generated articles (25 to a dump), imported once."""
    path = CACHE / f"search-library-{count}.sqlite3"
    if not path.exists():
        source = corpus(count, per_file=25)
        subprocess.run(
            [sys.executable, "-m", "reader", "--db", str(path), "import", str(source)],
            check=True,
            cwd=REPO,
        )
    return path


def _measure(code: Path, db: Path, repeat: int, queries: dict[str, str]) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(code))
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(db), str(repeat), json.dumps(queries)],
        env=env,
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    )
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int)
    parser.add_argument("--db", action="append", default=[], type=Path)
    parser.add_argument("--code", type=Path, help="another checkout to measure alternately")
    parser.add_argument(
        "--other-db",
        action="append",
        default=[],
        type=Path,
        help="the other checkout's copy of each library (an older index version "
        "would otherwise be rebuilt by one and again by the other)",
    )
    parser.add_argument(
        "--all-queries",
        action="store_true",
        help="measure the operators and relevance in the other checkout too (it has them)",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path, default=CACHE / "bench_search.json")
    parser.add_argument(
        "--window", action="store_true", help="measure search as you type in the window instead"
    )
    parser.add_argument(
        "--check", action="store_true", help="check relevance against newest first instead"
    )
    args = parser.parse_args()
    libraries = [_library(n) for n in args.sizes] + list(args.db)
    if args.check:
        for db in libraries:
            subprocess.run(
                [sys.executable, "-c", _CHECK, str(db), json.dumps({**QUERIES, **OPERATORS})],
                env=dict(os.environ, PYTHONPATH=str(REPO)),
                cwd=REPO,
                check=True,
            )
        return
    if args.window:
        others = dict(zip(libraries, args.other_db, strict=False))
        for db in libraries:
            for order in ("date", "relevance"):
                _window(db, args.repeat, REPO, order)
                if args.code is not None:
                    _window(others.get(db, db), args.repeat, args.code.resolve(), order)
        return
    codes = {"this": REPO}
    if args.code is not None:
        codes["other"] = args.code.resolve()
    queries = {**QUERIES, **OPERATORS}
    figures: dict[str, dict[str, dict[str, list[float]]]] = {}
    others = dict(zip(libraries, args.other_db, strict=False))
    for db in libraries:
        for _round in range(args.rounds):
            for label, code in codes.items():
                wanted = queries if label == "this" or args.all_queries else QUERIES
                path = others.get(db, db) if label == "other" else db
                result = _measure(code, path, args.repeat, wanted)
                for key, value in result.items():
                    assert isinstance(value, dict)
                    slot = figures.setdefault(db.name, {}).setdefault(f"{label}|{key}", {})
                    slot.setdefault("times", []).extend(value["times"])
                    slot.setdefault("cpu", []).extend(value.get("cpu", []))
                    slot["rows"] = [value["rows"]]
    print(f"{'library':<28} {'code':<6} {'query':<26} {'order':<10} median   p95  rows  cpu-median")
    for db_name, rows in figures.items():
        for key, slot in rows.items():
            label, name, order = key.split("|")
            times = slot["times"]
            print(
                f"{db_name:<28} {label:<6} {name:<26} {order:<10} "
                f"{statistics.median(times):6.1f} {_p95(times):5.1f} {slot['rows'][0]:5}"
                f"  {statistics.median(slot.get('cpu') or [0.0]):6.1f}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print(f"figures: {args.out}")


if __name__ == "__main__":
    main()

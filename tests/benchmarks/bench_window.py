"""Window benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_window.py [--count 100000] [--db PATH]

Builds (once) a library of ``--count`` generated articles with the real CLI,
then, in a fresh process so memory is the window's own:

1. the time of ``build_window`` plus the first paint of the article list with
   its rows (the id query runs on a worker, so "first paint" waits for it);
2. the peak memory (RSS) of the process after everything below;
3. scrolling the whole list a page at a time, then jumping to 300 random
   places (dragging the scroll bar): each step is a synchronous repaint of
   the list, timed; a frame is 16.7 ms;
4. the longest time the event loop was blocked while a search ran.

Targets (issue 3): build plus first paint under 1.5 s with 100,000 articles,
under 400 MB, and no scroll step longer than a frame or two.
Runs offscreen unless ``DISPLAY`` is set and ``QT_QPA_PLATFORM`` is not.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import CACHE, REPO, corpus

_MEASURE = r"""
import json, os, random, resource, statistics, sys, time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from reader.app import build_window, settle
app_ready = time.perf_counter()

class PaintWatch(QObject):
    painted_rows = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted_rows is None:
            if window.article_model.rowCount() > 0:
                # The paint that follows this event draws rows; note the time after it.
                QTimer.singleShot(0, self.mark)
        return False
    def mark(self):
        if self.painted_rows is None:
            self.painted_rows = time.perf_counter()

t0 = time.perf_counter()
window = build_window(sys.argv[1])
built = time.perf_counter()
watch = PaintWatch()
window.article_view.viewport().installEventFilter(watch)
window.resize(1400, 900)
window.show()
while watch.painted_rows is None:
    app.processEvents()
    if time.perf_counter() - t0 > 30:
        sys.exit("no rows after 30 s")
first_paint = watch.painted_rows
rows = window.article_model.rowCount()
settle()  # as run_window does once the window is up

view = window.article_view
bar = view.verticalScrollBar()
viewport = view.viewport()

cpu_steps = []

def step_to(value):
    begin, cpu = time.perf_counter(), time.thread_time()
    bar.setValue(value)
    viewport.repaint()
    app.processEvents()
    # CPU time of the GUI thread too: on a shared machine the wall time also
    # counts the moments another process had the core.
    cpu_steps.append((time.thread_time() - cpu) * 1000)
    return (time.perf_counter() - begin) * 1000

page = []
value = 0
while value < bar.maximum():
    value = min(bar.maximum(), value + bar.pageStep())
    page.append(step_to(value))
rng = random.Random(3)
jump = [step_to(rng.randint(0, bar.maximum())) for _ in range(300)]

# The event loop while a search runs: a 2 ms timer notes every gap.
gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append((now - last[0]) * 1000)
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
timer.start(2)
loaded = []
window.article_model.loaded.connect(loaded.append)
search_start = time.perf_counter()
window.search_field.setText("climate")
while not loaded:
    app.processEvents()
search_ms = (time.perf_counter() - search_start) * 1000
timer.stop()

def summary(values):
    values = sorted(values)
    return {
        "steps": len(values),
        "median_ms": round(statistics.median(values), 2),
        "p99_ms": round(values[int(len(values) * 0.99) - 1], 2),
        "max_ms": round(values[-1], 2),
        "over_16ms": sum(v > 16.7 for v in values),
        "over_33ms": sum(v > 33.3 for v in values),
    }

print(json.dumps({
    "platform": app.platformName(),
    "rows": rows,
    "qapplication_s": round(app_ready - started, 3),
    "build_window_s": round(built - t0, 3),
    "build_and_first_paint_s": round(first_paint - t0, 3),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "cached_rows": len(window.article_model._rows),
    "scroll_by_page": summary(page),
    "scroll_jumps": summary(jump),
    "scroll_gui_thread_cpu": summary(cpu_steps),
    "search": {"query": "climate", "hits": loaded[0], "to_list_ms": round(search_ms, 1),
               "longest_event_loop_gap_ms": round(max(gaps), 1)},
}))
window.close()
"""


def library(count: int) -> Path:
    db = CACHE / f"library-{count}.sqlite3"
    if db.exists():
        return db
    folder = corpus(count, per_file=10)
    print(f"building a library of {count} articles (once) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "import", "--db", str(db), str(folder)],
        cwd=REPO,
        check=True,
    )
    print(f"  built in {time.perf_counter() - started:.0f} s")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use this library instead of building one")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes to measure")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = args.db or library(args.count)
    env = dict(os.environ)
    if not env.get("DISPLAY") and "QT_QPA_PLATFORM" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as home:
        # Never the user's settings: a saved layout would change what is measured.
        env["OFFLINE_READER_CONFIG_DIR"] = home
        env["OFFLINE_READER_LOG_DIR"] = home
        results = []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", _MEASURE, str(db)],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode != 0:
                sys.exit(out.stderr)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(results, key=lambda r: r["build_and_first_paint_s"])
    print(json.dumps(best, indent=2))
    firsts = ", ".join(f"{r['build_and_first_paint_s']:.2f}" for r in results)
    print(
        f"{best['rows']:,} articles on {best['platform']}: build_window + first paint "
        f"{firsts} s over {len(results)} runs (target < 1.5 s); peak RSS "
        f"{max(r['peak_rss_mb'] for r in results):.0f} MB (target < 400 MB); "
        f"scroll by page max {max(r['scroll_by_page']['max_ms'] for r in results):.1f} ms, "
        f"jumps max {max(r['scroll_jumps']['max_ms'] for r in results):.1f} ms, "
        f"steps over 33 ms {sum(r['scroll_by_page']['over_33ms'] for r in results)} of "
        f"{sum(r['scroll_by_page']['steps'] + r['scroll_jumps']['steps'] for r in results)}, "
        f"GUI-thread CPU per step max "
        f"{max(r['scroll_gui_thread_cpu']['max_ms'] for r in results):.1f} ms "
        f"(a frame is 16.7 ms); event loop blocked at most "
        f"{max(r['search']['longest_event_loop_gap_ms'] for r in results):.1f} ms during a search"
    )


if __name__ == "__main__":
    main()

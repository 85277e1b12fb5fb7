"""Scrolling the article list costs the GUI thread a few milliseconds a page.

Issue 17 asks for no event-loop gap over 50 ms while the list scrolls. On a
shared machine the wall-clock gap also counts other processes (see
``tests/benchmarks/bench_scale.py``), so this measures what the window itself
spends: the GUI thread's CPU time per page step (``time.thread_time``), and
the library reads the steps make, which must stay one small window of rows
at a time (a read of the whole list, or a cache that keeps forgetting, is
what would turn a 5 ms step into a 100 ms one at 250,000 articles).
"""

from __future__ import annotations

import time

from tests.support.ui_support import fill_library

#: Generous: a step costs ~3-6 ms of CPU here (offscreen, 800 rows); the
#: issue's bound is 50 ms of wall time at 250,000 articles.
STEP_CPU_MS = 50
#: The most rows one read may ask for: a screenful and a half, and some (the
#: model's window is 160 today).
WINDOW_ROWS = 400


def test_scrolling_end_to_end_reads_small_windows_and_stays_cheap(
    make_window, db_path, corpus_factory, sample_path, qtbot, monkeypatch
):
    fill_library(db_path, corpus_factory(800, per_file=4), sample_path)
    from reader.ui.services.library import Library

    reads: list[int] = []
    real = Library.summaries
    monkeypatch.setattr(
        Library, "summaries", lambda self, ids: reads.append(len(ids)) or real(self, ids)
    )
    window = make_window(db_path, show=True)
    window.resize(1000, 600)
    model, view = window.article_model, window.article_view
    rows = model.rowCount()
    assert rows == 801
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    reads.clear()

    steps: list[float] = []
    per_step_reads: list[int] = []
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + bar.pageStep())
        before = len(reads)
        began = time.thread_time()
        bar.setValue(value)
        view.viewport().repaint()
        qtbot.wait(0)
        steps.append((time.thread_time() - began) * 1000)
        per_step_reads.append(len(reads) - before)

    assert len(steps) >= 10, "the list should take several pages"
    assert max(steps) < STEP_CPU_MS, f"slowest step {max(steps):.1f} ms CPU: {steps}"
    # One small window per read, at most one read per step, each row about once.
    assert reads and max(reads) <= WINDOW_ROWS, reads
    assert max(per_step_reads) <= 1, per_step_reads
    assert sum(reads) <= rows * 1.3, f"rows read again and again: {sum(reads)} for {rows}"
    # And the end of the list was really painted.
    last = view.rowAt(view.viewport().height() - 2)
    assert last == rows - 1 or view.rowAt(view.viewport().height() // 2) > rows - 40
    assert model.summary(rows - 1) is not None

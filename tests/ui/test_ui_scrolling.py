"""Scrolling the article list costs the GUI thread a few milliseconds a page.

Issue 17 asks for no event-loop gap over 50 ms while the list scrolls. On a
shared machine the wall-clock gap also counts other processes (see
``tests/benchmarks/bench_scale.py``), so this measures what the window itself
spends: the GUI thread's CPU time per page step (``time.thread_time``), and
the library reads the steps make, which must stay one small window of rows
at a time (a read of the whole list, or a cache that keeps forgetting, is
what would turn a 5 ms step into a 100 ms one at 250,000 articles).

What the long gaps were (issue 17, November 2026, 2 cores shared by five
workers, load 5-7): bench_scale's window script scrolling the largest source
a page a step, offscreen, the code before and after this change alternately
(the last column: the same loop in a probe, the GUI thread's CPU for the
whole scroll):

=========  ====================  =====================  ======================
articles   longest step, wall    most CPU in one step   GUI-thread CPU, scroll
=========  ====================  =====================  ======================
10,000     before 23 / 61 / 28   before 16 / 12 ms      before 1.06 / 1.14 s
           after  49 / 16 / 27   after  15 / 13 / 14    after  0.85 / 0.84 s
50,000     before 74 / 69 / 63   before 12 / 13 / 12    -
           after  124 / 44 / 49  after  10 / 12 / 15    -
250,000    before 60 / 94        before 14 / 20         before 28.2 s
           after  63 / 91        after  17 / 15         after  23.6 s
=========  ====================  =====================  ======================

No step ever spent more than 20 ms of CPU on the GUI thread, at any size;
the median step is ~2 ms of CPU (5-10 ms wall). The slow steps (py-spy and
``thread_time`` per step) spend 2-5 ms of CPU and wait the rest, preempted
(tens of involuntary context switches in one step) while other processes
and, on a display, the X server run: the machine's gaps, not the window's.
Reading the rows (``Library.summaries``, one indexed query per 160 rows,
~1 ms) was under 1% of the scroll's samples; Python's collector under 12 ms.
The one cost worth cutting was the star column's readable shade, worked
out again for every cell painted (a tenth of the Python samples): now once
per palette, ~20% less CPU per step.
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

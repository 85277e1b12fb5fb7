"""PDF export benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_pdf.py [--count 100] [--runs 3]

Generates ``--count`` corpus dumps (shared/tools/make_corpus.py) into a temp
folder, imports them, then exports all of them to one PDF in-process (the
call the window makes from its worker thread) and through the CLI. Prints
seconds, pages and file size. Target (issue 5): 100 articles in under 5 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from reader.core.dumps.importer import import_paths
    from reader.core.library import Store
    from reader.export.pdf import export_pdf
    from reader.export.qtapp import ensure_gui_application

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools" / "make_corpus.py"),
                str(corpus),
                "--count",
                str(args.count),
            ],
            check=True,
        )
        db = folder / "library.sqlite3"
        with Store.open(db) as store:
            import_paths(store, [corpus])
            ids = store.article_ids()
        print(f"{len(ids)} articles")
        out = folder / "export.pdf"
        timings = []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = export_pdf(ids, db, out)
            timings.append(time.perf_counter() - started)
        size = out.stat().st_size / 1e6
        print(
            f"in-process: best {min(timings):.2f} s, worst {max(timings):.2f} s over "
            f"{args.runs} runs; {result.pages} pages, {size:.1f} MB"
        )
        started = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "reader",
                "export-pdf",
                "--db",
                str(db),
                *map(str, ids),
                "-o",
                str(out),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        print(f"CLI (start-up included): {elapsed:.2f} s: {done.stdout.strip() or done.stderr}")
        verdict = "OK" if min(timings) < 5 else "TOO SLOW"
        print(f"target: {args.count} articles in under 5 s: {verdict}")


if __name__ == "__main__":
    main()

"""Make the README's screenshots of the window, light and dark.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 python tools/screenshots.py [--out resources/screenshots]

Builds a throwaway library from the sample dump and a generated corpus (a few
articles read, starred, two sources in a folder), opens the window on it with
throwaway settings, shows the sample article, and saves window-light.png and
window-dark.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "seeds" / "000_90a7d2ce2239aa93.txt"


def build_library(folder: Path) -> Path:
    corpus = folder / "corpus"
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "make_corpus.py"), str(corpus), "--count", "400"],
        check=True,
    )
    db = folder / "library.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "reader", "import", "--db", str(db), str(corpus), str(SAMPLE)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(REPO))
    from reader.core.store import Store

    with Store.open(db) as store:
        ids = store.article_ids()
        # Around the sample, which the screenshots show: some read, some starred.
        sample = next(a.id for a in store.iter_articles() if a.title.startswith("克里与李强"))
        at = ids.index(sample)
        store.mark(ids[at - 12 : at + 12 : 3], read=True)
        store.mark(ids[at - 10 : at + 12 : 4], starred=True)
        store.mark([sample], read=True, starred=True)
        for source in store.sources():
            if source.name in ("france24.com", "dw.com"):
                store.set_source_folder(source.id, "International")
    return db


def shoot(db: Path, out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import build_window
    from reader.core.store import Store
    from reader.ui import theme
    from reader.ui.icons import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setWindowIcon(app_icon())
    with Store.open(db) as store:
        sample = next(a for a in store.iter_articles() if a.title.startswith("克里与李强"))

    def settle(window, ms: int = 400) -> None:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(ms)
        while deadline.isActive() or window.library.busy:
            app.processEvents()

    for appearance in (theme.Appearance.LIGHT, theme.Appearance.DARK):
        window = build_window(db)
        window.mark_read_delay = 60_000
        window.set_appearance(appearance)
        window.resize(1400, 860)
        window.show()
        settle(window)
        row = window.article_model.row_of(sample.id)
        window.article_view.go_to_row(row)
        window.article_view.setFocus()
        settle(window)
        path = out / f"window-{appearance.value}.png"
        window.grab().save(str(path))
        print(f"saved {path}")
        window.set_appearance(theme.Appearance.SYSTEM)
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Never the user's settings or log.
        os.environ["OFFLINE_READER_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["OFFLINE_READER_LOG_DIR"] = str(Path(tmp) / "log")
        db = build_library(Path(tmp))
        shoot(db, args.out)


if __name__ == "__main__":
    main()

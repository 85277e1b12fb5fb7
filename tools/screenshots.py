"""Make the README's screenshots of the window, light and dark.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 python tools/screenshots.py [--out resources/screenshots]

Builds a throwaway library from the sample dump and a generated corpus (a few
articles read, starred, two sources in a folder), opens the window on it with
throwaway settings, shows the sample article, and saves window-light.png and
window-dark.png; the same at 1024x600 in both layouts (small-*.png);
export.png (the export dialog over a running export, its progress in the
status bar); pdf-page.png (the sample's first page as
exported, with a stand-in image in the cache); window-fr.png,
window-zh_CN.png and window-zh_TW.png (the window in each translation,
``--only locales``); tags.png and highlights.png (``--only research``);
search.png (a search, its passages in the list and its hits marked in the
article, ``--only search``); screen-1366x768-*.png and screen-1024x600-*.png
(``--only screens``: the whole screen of a first start on a laptop's screen,
under Xvfb + Openbox of that size, started here: the window with its frame
and status bar, light and dark). ``--only NAME`` makes one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
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
    from reader.core.library import Store

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


def _app():
    from PySide6.QtWidgets import QApplication

    from reader.ui.icons import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setWindowIcon(app_icon())
    return app


def _settle(window, ms: int = 400) -> None:
    """Let the window paint and its queries report back."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(ms)
    while deadline.isActive() or window.library.busy:
        QApplication.processEvents()


def _window_on_sample(db: Path, appearance):
    """A 1400x860 window in ``appearance`` with the sample article open."""
    from reader.app import build_window
    from reader.core.library import Store

    with Store.open(db) as store:
        sample = next(a for a in store.iter_articles() if a.title.startswith("克里与李强"))
    window = build_window(db)
    window.mark_read_delay = 60_000
    window.set_appearance(appearance)
    window.resize(1400, 860)
    window.show()
    _settle(window)
    window.article_view.go_to_row(window.article_model.row_of(sample.id))
    window.article_view.setFocus()
    _settle(window)
    return window


def _save(window, path: Path) -> None:
    window.grab().save(str(path))
    print(f"saved {path}")


def shoot(db: Path, out: Path) -> None:
    from reader.ui import theme

    _app()
    for appearance in (theme.Appearance.LIGHT, theme.Appearance.DARK):
        window = _window_on_sample(db, appearance)
        _save(window, out / f"window-{appearance.value}.png")
        # The wide layout narrows the sources; the next shots start from the stacked window's.
        sources = window.outer_splitter.sizes()
        # A small laptop's screen, in both layouts.
        for layout in ("stacked", "wide"):
            window.set_layout(layout)
            window.resize(1024, 600)
            _settle(window)
            window.article_view.scrollTo(window.article_view.currentIndex())
            _settle(window, 100)
            _save(window, out / f"small-{layout}-{appearance.value}.png")
        window.set_layout("stacked")
        window.resize(1400, 860)
        window.outer_splitter.setSizes(sources)
        window.set_appearance(theme.Appearance.SYSTEM)
        window.close()


def shoot_research(db: Path, out: Path) -> None:
    """tags.png (the Tags and Saved Searches sections, a tag listed) and
    highlights.png (the sample with two highlights, one with a note, and the panels)."""
    from reader.core.content.anchors import quote_selector
    from reader.core.library import Store
    from reader.core.models import ArticleQuery

    with Store.open(db) as store:
        sample = next(a for a in store.iter_articles() if a.title.startswith("克里与李强"))
        talks = store.article_ids(ArticleQuery(search="climat"))[:9]
        store.tag_articles([sample.id, *talks[:5]], add=["Climate talks"])
        store.tag_articles([sample.id, *talks[5:]], add=["Kerry visit"])
        store.tag_articles(talks[2:4], add=["Court case"])
        store.save_search("Li Qiang", "李强")
        text = store.get_article(sample.id).text
        for quote, colour, note in (
            ('全球变暖是"对人类的威胁"', "yellow", "Kerry's key line: quote it in the lead."),
            ("李强同意合作应对气候变化", "green", None),
        ):
            anchor = quote_selector(text, quote)
            if anchor is not None:
                store.add_highlight(sample.id, anchor, colour=colour, note=note)
    from reader.ui import theme

    _app()
    window = _window_on_sample(db, theme.Appearance.LIGHT)
    window.actions_.show_notes.setChecked(True)
    window.actions_.article_info.setChecked(True)
    notes = window.research.notes_panel
    notes.view.setCurrentIndex(notes.model.index(0, 0))  # chosen: its buttons enabled
    _settle(window)
    _save(window, out / "highlights.png")
    window.actions_.show_notes.setChecked(False)
    window.actions_.article_info.setChecked(False)
    window.source_view.select(("tag", str(_tag_id(db, "Kerry visit"))))
    _settle(window)
    window.article_view.go_to_row(0)
    _settle(window)
    _save(window, out / "tags.png")
    window.set_appearance(theme.Appearance.SYSTEM)
    window.close()


def _tag_id(db: Path, name: str) -> int:
    from reader.core.library import Store

    with Store.open(db) as store:
        found = store.tag_id(name)
    assert found is not None
    return found


def shoot_search(db: Path, out: Path) -> None:
    """search.png: a search typed in Traditional characters finding Simplified text,
    the passages in the list with the hits marked, and the hits marked in the article."""
    from reader.ui import theme

    _app()
    window = _window_on_sample(db, theme.Appearance.LIGHT)
    shown = window.browser.article
    window.search_field.setText("李強 OR négociations")
    _settle(window, 800)
    if shown is not None and (row := window.article_model.row_of(shown.id)) is not None:
        window.article_view.go_to_row(row)
    window.article_view.setFocus()
    _settle(window, 800)
    _save(window, out / "search.png")
    window.close()


LOCALES = ("fr", "zh_CN", "zh_TW")


def shoot_locales(db: Path, out: Path) -> None:
    """The window with the sample in each translation, as a reader there starts it."""
    from PySide6.QtCore import QLocale

    from reader.ui import theme
    from reader.ui.i18n import install_translators

    _app()
    english = QLocale()
    for short in LOCALES:
        QLocale.setDefault(QLocale(short))  # numbers as the language writes them
        install_translators(QLocale(short))
        window = _window_on_sample(db, theme.Appearance.LIGHT)
        _save(window, out / f"window-{short}.png")
        window.set_appearance(theme.Appearance.SYSTEM)
        window.close()
    QLocale.setDefault(english)
    install_translators(english)


def stand_in_image() -> bytes:
    """A sky over a field: where the sample's photo would be, had it been cached."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(640, 360, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, 260)
    sky.setColorAt(0, QColor("#8fb3dc"))
    sky.setColorAt(1, QColor("#3d5f8a"))
    painter.fillRect(0, 0, 640, 260, sky)
    painter.fillRect(0, 260, 640, 100, QColor("#3b5640"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def shoot_pdf_page(db: Path, out: Path, tmp: Path) -> None:
    """The sample's first page, exported and rendered by poppler at 60 dpi."""
    from PySide6.QtWidgets import QApplication

    from reader.core.library import Store
    from reader.export.pdf import export_pdf

    QApplication.instance() or QApplication([sys.argv[0]])
    with Store.open(db) as store:
        found = next(a for a in store.iter_articles() if a.title.startswith("克里与李强"))
        sample = store.get_article(found.id)
    image = stand_in_image()
    pdf = tmp / "sample.pdf"
    export_pdf(
        [sample],
        target=pdf,
        resources=lambda url: image if url.startswith("https://s.rfi.fr/media/") else None,
    )
    stem = tmp / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    (out / "pdf-page.png").write_bytes(stem.with_suffix(".png").read_bytes())
    print(f"saved {out / 'pdf-page.png'}")


def shoot_export(db: Path, out: Path, tmp: Path) -> None:
    """The export dialog over the window while a big export runs in the background."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import build_window
    from reader.ui.dialogs.export_dialog import ExportChoice, ExportDialog

    app = QApplication.instance() or QApplication([sys.argv[0]])

    def settle(ms: int) -> None:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(ms)
        while deadline.isActive():
            app.processEvents()

    window = build_window(db)
    window.mark_read_delay = 60_000
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    settle(600)
    window.article_view.go_to_row(3)
    window.article_view.selectAll()
    window.article_view.setFocus()
    settle(300)
    ids = window.selected_ids()
    window.exporter.start_export(ids, ExportChoice(tmp / "running.pdf", None, "a4"))
    settle(250)
    dialog = ExportDialog(
        window,
        count=len(ids),
        file_name=window.exporter.default_file_name(ids),
        folder=str(Path.home() / "Documents"),
        page_size="a4",
    )
    dialog.open()
    geometry = window.frameGeometry()
    dialog.move(
        geometry.center().x() - dialog.width() // 2, geometry.center().y() - dialog.height()
    )
    settle(400)
    shot = window.screen().grabWindow(0, 0, 0, geometry.width(), geometry.height())
    path = out / "export.png"
    shot.save(str(path))
    print(f"saved {path}")
    dialog.reject()
    window.close()


SCREENS = ((1366, 768), (1024, 600))


def shoot_screens(db: Path, out: Path, tmp: Path) -> None:
    """A first start on each screen size, under a real window manager."""
    for width, height in SCREENS:
        for appearance in ("light", "dark"):
            read, write = os.pipe()
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            os.close(write)
            with os.fdopen(read) as pipe:
                display = ":" + pipe.readline().strip()
            config = tmp / f"config-{width}-{appearance}"  # a first start: no settings yet
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "OFFLINE_READER_CONFIG_DIR": str(config)}  # fmt: skip
            openbox = subprocess.Popen(
                ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                time.sleep(1.5)
                target = out / f"screen-{width}x{height}-{appearance}.png"
                subprocess.run(
                    [sys.executable, str(Path(__file__)), "--screen-child", str(db),
                     str(target), appearance],
                    env=env, check=True, cwd=REPO,
                )  # fmt: skip
                print(f"saved {target}")
            finally:
                for process in (openbox, xvfb):
                    process.terminate()
                    process.wait()


def screen_child(db: Path, target: Path, appearance: str) -> None:
    """In the display :func:`shoot_screens` started: show, open the sample, grab the screen."""
    sys.path.insert(0, str(REPO))
    from reader.app import build_window
    from reader.core.library import Store
    from reader.ui import theme

    _app()
    with Store.open(db) as store:
        sample = next(a for a in store.iter_articles() if a.title.startswith("克里与李强"))
    window = build_window(db)
    window.mark_read_delay = 60_000
    window.set_appearance(theme.Appearance(appearance))
    window.show()
    _settle(window, 1500)
    row = window.article_model.row_of(sample.id)
    if row is not None:
        window.article_view.go_to_row(row)
    window.article_view.setFocus()
    _settle(window, 800)
    window.screen().grabWindow(0).save(str(target))
    window.close()


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--screen-child":
        screen_child(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "screenshots")
    parser.add_argument(
        "--only",
        action="append",
        choices=["window", "export", "pdf", "locales", "research", "search", "screens"],
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(
        args.only or ["window", "export", "pdf", "locales", "research", "search", "screens"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        # Never the user's settings or log.
        os.environ["OFFLINE_READER_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["OFFLINE_READER_LOG_DIR"] = str(Path(tmp) / "log")
        # The README's screenshots are in English whatever the machine speaks.
        os.environ.setdefault("OFFLINE_READER_LANG", "en")
        db = build_library(Path(tmp))
        if "window" in only:
            shoot(db, args.out)
        if "export" in only:
            shoot_export(db, args.out, Path(tmp))
        if "pdf" in only:
            shoot_pdf_page(db, args.out, Path(tmp))
        if "locales" in only:
            shoot_locales(db, args.out)
        if "search" in only:
            shoot_search(db, args.out)
        if "screens" in only:
            shoot_screens(db, args.out, Path(tmp))
        if "research" in only:  # last: it tags and highlights the library
            shoot_research(db, args.out)


if __name__ == "__main__":
    main()

"""Make the screenshot of an article with a cached image (resources/screenshots/images.png).

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 python tools/screenshot_images.py [--out resources/screenshots]

Serves a small feed from 127.0.0.1 whose article has a picture and a broken
image, subscribes a throwaway library to it, caches the images, stops the
server, and only then opens the window: what it shows comes from the cache.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "seeds" / "000_90a7d2ce2239aa93.txt"


def picture() -> bytes:
    """A harbour at dusk, painted (no image files in the repository needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

    image = QImage(720, 400, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(0, 0, 0, 260)
    sky.setColorAt(0, QColor("#24476b"))
    sky.setColorAt(1, QColor("#f2a65a"))
    p.fillRect(QRectF(0, 0, 720, 260), sky)
    sea = QLinearGradient(0, 260, 0, 400)
    sea.setColorAt(0, QColor("#2f6f8f"))
    sea.setColorAt(1, QColor("#123047"))
    p.fillRect(QRectF(0, 260, 720, 140), sea)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffd27f"))
    p.drawEllipse(QPointF(520, 230), 46, 46)
    p.setBrush(QColor("#1d2b38"))
    for x, w, h in ((40, 60, 120), (110, 40, 90), (160, 80, 150), (250, 50, 70)):
        p.drawRect(QRectF(x, 260 - h, w, h))
    p.setBrush(QColor("#0e1a24"))
    p.drawPolygon(QPolygonF([QPointF(330, 300), QPointF(470, 300), QPointF(445, 325),
                             QPointF(355, 325)]))  # fmt: skip
    p.drawRect(QRectF(396, 220, 5, 80))
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def serve(photo: bytes) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    body = (
        "<p>Fishing boats came back to the old harbour on Tuesday evening, a week after "
        "the port authority lifted the ban that had kept them at anchor since the storm.</p>"
        f'<p><img src="{base}img/harbour.png" alt="Boats in the harbour at dusk"></p>'
        "<p>“We lost two weeks of work,” said one skipper, who asked not to be named. "
        "The cooperative says repairs to the breakwater will take until the spring.</p>"
        f'<p><img src="{base}img/map.png" alt="Map of the breakwater repairs"></p>'
        "<p>The town council meets on Thursday to discuss compensation.</p>"
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Coastal Times</title><link>{base}</link><description>d</description>"
        f"<item><title>Boats return to the old harbour</title><link>{base}story/1</link>"
        "<guid>urn:coastal:1</guid><pubDate>Tue, 18 Jul 2023 18:15:01 GMT</pubDate>"
        f"<description>{escape(body)}</description></item></channel></rss>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = {
                "/feed": (feed, "application/rss+xml"),
                "/img/harbour.png": (photo, "image/png"),
            }.get(self.path)
            if found is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", found[1])
            self.send_header("Content-Length", str(len(found[0])))
            self.end_headers()
            self.wfile.write(found[0])

        def log_message(self, *args: object) -> None:
            pass

    server.RequestHandlerClass = Handler
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OFFLINE_READER_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["OFFLINE_READER_LOG_DIR"] = str(Path(tmp) / "log")
        from reader.app import build_window
        from reader.core.dumps.importer import import_paths
        from reader.core.feeds.refresh import refresh_sources
        from reader.core.feeds.subscriptions import subscribe
        from reader.core.images.fetch import cache_images
        from reader.core.library import Store
        from reader.ui import theme
        from reader.ui.icons import app_icon

        app.setWindowIcon(app_icon())
        db = Path(tmp) / "library.sqlite3"
        server = serve(picture())
        port = server.server_address[1]
        with Store.open(db) as store:
            if SAMPLE.is_file():
                import_paths(store, [SAMPLE])
            source_id = subscribe(store, f"http://127.0.0.1:{port}/feed", find_feed=False).source_id
            [result] = refresh_sources(store, [source_id])
            article_id = result.added_ids[0]
            cache_images(store, store.images_to_fetch(article_ids=[article_id]))
        server.shutdown()  # from here on, only the cache

        window = build_window(db)
        window.mark_read_delay = 60_000
        window.set_appearance(theme.Appearance.LIGHT)
        window.resize(1400, 860)
        window.show()

        def settle(ms: int = 500) -> None:
            deadline = QTimer()
            deadline.setSingleShot(True)
            deadline.start(ms)
            while deadline.isActive() or window.library.busy:
                app.processEvents()

        settle()
        window.source_view.select(("source", str(source_id)))
        settle()
        row = window.article_model.row_of(article_id)
        if row is not None:
            window.article_view.go_to_row(row)
        window.article_view.setFocus()
        window.inner_splitter.setSizes([140, 720])  # room for the picture
        settle()
        path = args.out / "images.png"
        window.grab().save(str(path))
        print(f"saved {path}")
        window.set_appearance(theme.Appearance.SYSTEM)
        window.close()


if __name__ == "__main__":
    main()

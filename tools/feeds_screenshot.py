"""Screenshot of feeds in the window: one feed refreshed, one failing (⚠ + tooltip).

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 python tools/feeds_screenshot.py [--out resources/screenshots]

Serves two feeds from a local HTTP server (one answers 404), subscribes a
throwaway library to both, refreshes through the window's own Refresh All
action, and saves feeds.png with the failing source selected (its ⚠ icon;
the error text is its tooltip, which a grab does not catch).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.feedkit import items, rss20  # noqa: E402


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/news.xml":
            body = rss20(items(6), title="Example News")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OFFLINE_READER_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["OFFLINE_READER_LOG_DIR"] = str(Path(tmp) / "log")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from reader.app import build_window
        from reader.core.feeds.subscriptions import subscribe
        from reader.core.library import Store

        db = Path(tmp) / "library.sqlite3"
        with Store.open(db) as store:
            subscribe(store, f"{base}/news.xml", folder="Asia", find_feed=False)
            gone = subscribe(store, f"{base}/gone.xml", title="Closed Bureau", find_feed=False)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        window = build_window(db)
        window.resize(1200, 700)
        window.move(0, 0)
        window.show()

        def settle(ms: int) -> None:
            deadline = QTimer()
            deadline.setSingleShot(True)
            deadline.start(ms)
            while deadline.isActive() or window.library.busy or window.feeds.busy:
                app.processEvents()

        settle(300)
        window.actions_.refresh_all.trigger()
        settle(1500)
        view = window.source_view
        index = window.source_model.index_of(("source", str(gone.source_id)))
        view.select(("source", str(gone.source_id)))
        settle(300)
        print("tooltip:", window.source_model.data(index, 3))
        shot = window.grab()
        path = args.out / "feeds.png"
        shot.save(str(path))
        print(f"saved {path}")
        window.close()
    server.shutdown()


if __name__ == "__main__":
    main()

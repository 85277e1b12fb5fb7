"""A Google Reader API server that answers whatever a test tells it to, on 127.0.0.1.

The real FreshRSS (tests/support/freshrss.py) behaves; this one does not:
each endpoint's answer is a function a test sets (``server.routes[...]``),
so a sync can be handed a malformed subscription list, endless continuation
tokens, unreadable item ids or look-alike items, as a hostile or broken
server would send them. It logs in anyone, and counts the requests made to
each endpoint so a test can say how far a client went.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["HostileGReader", "Request", "item_body", "stream_item"]

API = "/api/greader.php"


class Request:
    """One request as a route sees it: the path after the API, query and form fields."""

    def __init__(self, path: str, query: dict[str, list[str]], form: dict[str, list[str]]):
        self.path = path
        self.query = query
        self.form = form

    def arg(self, name: str) -> str | None:
        values = self.query.get(name) or self.form.get(name)
        return values[0] if values else None


#: A route's answer: a JSON-able value, or raw bytes sent as they are.
Route = Callable[[Request], Any]


def stream_item(item_id: int, stream: str = "feed/1", **fields: Any) -> dict[str, Any]:
    """An item body in the long id form, as FreshRSS sends one."""
    body: dict[str, Any] = {
        "id": f"tag:google.com,2005:reader/item/{item_id:016x}",
        "title": f"Story {item_id}",
        "published": 1_700_000_000 + item_id,
        "crawlTimeMsec": str((1_700_000_000 + item_id) * 1000),
        "timestampUsec": str((1_700_000_000 + item_id) * 1_000_000),
        "alternate": [{"href": f"https://news.example/{item_id}"}],
        "content": {"content": f"<p>Text of story {item_id}.</p>"},
        "origin": {"streamId": stream},
        "categories": ["user/-/state/com.google/reading-list"],
    }
    body.update(fields)
    return body


def item_body(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"items": items}


class HostileGReader:
    """The server; ``api_url`` is what an account is added with."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {
            "subscription/list": lambda r: {
                "subscriptions": [
                    {"id": "feed/1", "title": "Wire", "url": "https://wire.example/feed"}
                ]
            },
            "tag/list": lambda r: {"tags": []},
            "stream/items/ids": lambda r: {"itemRefs": []},
            "stream/items/contents": lambda r: {"items": []},
            "token": lambda r: b"token\n",
            "edit-tag": self._edit_tag,
            "subscription/edit": lambda r: b"OK",
        }
        self.hits: Counter[str] = Counter()
        #: Item ids (decimal) starred through ``edit-tag``, as a server remembers them.
        self.starred: set[str] = set()
        self.forms: list[tuple[str, dict[str, list[str]]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, form: dict[str, list[str]]) -> None:
                parts = urlsplit(self.path)
                path = parts.path.removeprefix(API).lstrip("/")
                if path == "accounts/ClientLogin":
                    self._send(200, b"SID=x\nLSID=x\nAuth=hostile-session\n", "text/plain")
                    return
                path = path.removeprefix("reader/api/0/")
                route = server.routes.get(path)
                server.hits[path] += 1
                server.forms.append((path, form))
                if route is None:
                    self._send(404, b"not here", "text/plain")
                    return
                value = route(Request(path, parse_qs(parts.query), form))
                if isinstance(value, bytes):
                    self._send(200, value, "text/plain")
                else:
                    self._send(200, json.dumps(value).encode(), "application/json")

            def _send(self, status: int, data: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer({})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                self._answer(parse_qs(body))

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _edit_tag(self, request: Request) -> bytes:
        from reader.core.sync.greader import STARRED, short_id

        ids = {short_id(i) for i in request.form.get("i", [])}
        if STARRED in request.form.get("a", []):
            self.starred |= ids
        if STARRED in request.form.get("r", []):
            self.starred -= ids
        return b"OK"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{API}"

    def contents_of(self, make: Callable[[int], dict[str, Any]]) -> Route:
        """A ``stream/items/contents`` route answering the ids asked with ``make(id)``."""
        from reader.core.sync.greader import short_id

        def route(request: Request) -> Any:
            return item_body([make(int(short_id(i))) for i in request.form.get("i", [])])

        return route

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

"""Realistic article pages and a small web site serving them, for full-text tests.

The pages (``tests/fulltext_pages/``) carry what real ones do around the
article: navigation, a cookie banner, share buttons, related stories,
comments, a footer, scripts. ``expected.json`` lists, per page, the start of
every paragraph of the article and strings of the furniture that must not
survive extraction.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from tests.support.imagekit import png

PAGES = Path(__file__).resolve().parents[1] / "fulltext_pages"
ARTICLES = ("news-site.html", "wordpress-blog.html", "chinese-news.html")
#: A real PNG, so the image cache, Qt and poppler accept it.
PHOTO = png(64, 40, (30, 90, 160))


@cache
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    return data


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def paragraphs(name: str, markup: str | None = None) -> list[str]:
    """The whole text of every article paragraph of a page (found by its start)."""
    tree = lxml_html.fromstring(markup or page(name))
    texts = [" ".join(el.text_content().split()) for el in tree.iter("p")]
    found = []
    for start in expected()[name]["paragraphs"]:
        found.append(next(t for t in texts if t.startswith(start)))
    return found


def variant(name: str, n: int) -> tuple[str, list[str]]:
    """Page ``name`` with its paragraphs' words rotated by ``n``: a new article, same page."""
    markup = page(name)
    whole = paragraphs(name)
    new = []
    for text in whole:
        words = text.split() if " " in text else list(text)
        k = n % len(words)
        joiner = " " if " " in text else ""
        rotated = f"{n} " + joiner.join(words[k:] + words[:k])
        new.append(rotated)
        assert text in markup, text
        markup = markup.replace(text, rotated, 1)
    return markup, new


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    #: More response headers (a redirect's Location).
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Site:
    """A web site on 127.0.0.1 in a thread: routes by path, ETags, a request log."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    conditional: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)
    #: seconds each page takes to come, to see how many are asked for at once
    delay: float = 0.0
    active: int = 0
    max_active: int = 0

    def __post_init__(self) -> None:
        site = self
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                # Counted while the page is "being prepared", before a byte is
                # sent: once the client has the answer it may ask again at once.
                with lock:
                    site.active += 1
                    site.max_active = max(site.max_active, site.active)
                try:
                    if site.delay:
                        time.sleep(site.delay)
                finally:
                    with lock:
                        site.active -= 1
                self._get()

            def _get(self) -> None:
                path = self.path.split("?")[0]
                site.hits[path] += 1
                site.user_agents.add(self.headers.get("User-Agent", ""))
                route = site.routes.get(path)
                if route is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") is not None:
                    site.conditional.append(path)
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.send_header("ETag", etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, path: str, body: bytes | str, **kw: Any) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(data, **kw)
        return self.base + path

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def summary_feed(site: Site, entries: list[tuple[str, str, str]]) -> str:
    """An RSS feed of (title, path, one-line summary) served by ``site``; returns its URL."""
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(site.base + p)}</link>"
        f"<guid>{escape(site.base + p)}</guid><description>{escape(s)}</description>"
        "<pubDate>Tue, 18 Jul 2023 13:15:01 GMT</pubDate></item>"
        for t, p, s in entries
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Summaries</title><link>{site.base}/</link><description>d</description>"
        f"{items}</channel></rss>"
    )
    return site.add("/feed.xml", feed, content_type="application/rss+xml")


def site_with_articles(site: Site) -> str:
    """Serve the three article pages (their images too), a 403 and a login wall, and a feed."""
    entries = []
    for n, name in enumerate(ARTICLES):
        path = f"/articles/{n}/{name}"
        markup = page(name)
        # The pages' own addresses are on other hosts: point their pictures at this site.
        image = expected()[name]["image"]
        image_path = "/" + image.split("/", 3)[3]
        markup = markup.replace(image, image_path)
        site.add(path, markup)
        site.add(image_path, PHOTO, content_type="image/png")
        first = paragraphs(name)[0]
        entries.append((f"Story {n}", path, first[:60]))
    site.add("/articles/forbidden.html", page("forbidden.html"), status=403)
    entries.append(("Forbidden story", "/articles/forbidden.html", "A teaser for a closed page."))
    site.add("/articles/login.html", page("login-wall.html"))
    entries.append(("Walled story", "/articles/login.html", "Policymakers are divided."))
    return summary_feed(site, entries)


def image_path_of(name: str) -> str:
    image = expected()[name]["image"]
    return "/" + image.split("/", 3)[3]


def words(text: str) -> list[str]:
    return re.findall(r"\w", text) if re.search(r"[\u4e00-\u9fff]", text) else text.split()


def site_to_save(site: Site) -> dict[str, str]:
    """The article pages and pictures, a redirect to one, a page that is gone.

    Returns the addresses by name: ``redirect`` (301 to ``news``), ``news``,
    ``blog``, ``chinese``, ``gone`` (404).
    """
    site_with_articles(site)
    urls = {
        key: f"{site.base}/articles/{n}/{name}"
        for n, (key, name) in enumerate(zip(("news", "blog", "chinese"), ARTICLES, strict=True))
    }
    urls["redirect"] = site.add(
        "/go/flood", b"", status=301, headers={"Location": "/articles/0/news-site.html"}
    )
    urls["gone"] = site.base + "/articles/gone.html"
    return urls

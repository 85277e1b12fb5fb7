"""A feed whose articles reference images on the test server: a real photo, a
counting pixel, a huge image, an SVG with a script, an HTML page posing as an
image and a missing one."""

from __future__ import annotations

import itertools
import struct
import threading
import zlib

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.support.feedkit import Item, rss20


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real PNG (solid colour), so Qt and poppler can decode and embed it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


PHOTO = png(64, 40)
HUGE_BYTES = 12 * 1024 * 1024
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" onload="alert(1)">'
    b'<script>alert(2)</script><rect width="20" height="20" fill="blue"/></svg>'
)


def serve_image_feed(server: HTTPServer) -> str:
    """Register the feed and its images; returns the feed URL."""
    base = server.url_for("")
    body = (
        "<p>Photo below.</p>"
        f'<img src="{base}img/photo.png" alt="the photo">'
        f'<img src="{base}img/pixel.gif" width="1" height="1">'
        f'<img src="{base}img/huge.png" alt="huge">'
        f'<img src="{base}img/drawing.svg" alt="drawing">'
        f'<img src="{base}img/page.jpg" alt="page">'
        f'<img src="{base}img/missing.png" alt="missing">'
        "<p>Words after the pictures.</p>"
    )
    item = Item("Pictures 图片", f"{base}story/1", body, guid="urn:pictures:1")
    server.expect_request("/feed").respond_with_data(
        rss20([item], site=base), content_type="application/rss+xml"
    )
    server.expect_request("/img/photo.png").respond_with_data(PHOTO, content_type="image/png")
    server.expect_request("/img/pixel.gif").respond_with_data(b"GIF89a", content_type="image/gif")
    server.expect_request("/img/huge.png").respond_with_data(
        PHOTO + b"\x00" * HUGE_BYTES, content_type="image/png"
    )
    server.expect_request("/img/drawing.svg").respond_with_data(SVG, content_type="image/svg+xml")
    server.expect_request("/img/page.jpg").respond_with_data(
        "<html>not a picture</html>", content_type="image/jpeg"
    )
    server.expect_request("/img/missing.png").respond_with_data("gone", status=404)
    return server.url_for("/feed")


def serve_picture_feed(
    server: HTTPServer,
    *,
    hold_refresh: threading.Event | None = None,
    hold_image: threading.Event | None = None,
) -> str:
    """Two items, the first with a photo on the same server; returns the feed URL.

    ``hold_refresh`` holds every fetch of the feed but the first (the one that
    finds it when subscribing) until it is set; ``hold_image``, the photo's.
    """
    base = server.url_for("")
    stories = [
        Item(
            "Flood pictures 洪水",
            f"{base}story/1",
            f'<p>The river rose overnight.</p><img src="{base}img/flood.png" alt="the flood">'
            "<p>Words after the picture.</p>",
            guid="urn:flood:1",
        ),
        Item(
            "Flood update",
            f"{base}story/2",
            "<p>The water is going down.</p>",
            guid="urn:flood:2",
            date="Tue, 18 Jul 2023 12:00:00 GMT",
        ),
    ]
    feed = rss20(stories, site=base)
    fetches = itertools.count()

    def serve_feed(request: Request) -> Response:
        if hold_refresh is not None and next(fetches) > 0:
            hold_refresh.wait(30)
        return Response(feed, content_type="application/rss+xml")

    def serve_photo(request: Request) -> Response:
        if hold_image is not None:
            hold_image.wait(30)
        return Response(PHOTO, content_type="image/png")

    server.expect_request("/floods").respond_with_handler(serve_feed)
    server.expect_request("/img/flood.png").respond_with_handler(serve_photo)
    return server.url_for("/floods")


def requested_paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]

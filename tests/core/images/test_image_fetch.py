"""Filling the image cache from a real local server: what is fetched, what never is."""

from __future__ import annotations

import json

from reader.core.feeds.refresh import refresh_sources
from reader.core.feeds.subscriptions import subscribe
from reader.core.images.fetch import ImageOutcome, cache_images, image_client
from reader.core.models import ImageStatus
from tests.cli.test_cli import run
from tests.support.imagekit import PHOTO, requested_paths, serve_image_feed


def test_refresh_then_cache_images(httpserver, store):
    feed = serve_image_feed(httpserver)
    source_id = subscribe(store, feed, find_feed=False).source_id
    [result] = refresh_sources(store, [source_id])
    assert result.added == 1 and len(result.added_ids) == 1
    urls = store.images_to_fetch(article_ids=result.added_ids)
    assert not any("pixel" in u for u in urls)  # cleaning removed the 1x1 pixel
    report = cache_images(store, urls, client=image_client(max_bytes=1024 * 1024))
    outcome = {r.url.rsplit("/", 1)[1]: r for r in report.results}
    assert outcome["photo.png"].outcome is ImageOutcome.CACHED
    assert outcome["drawing.svg"].outcome is ImageOutcome.CACHED
    assert outcome["huge.png"].outcome is ImageOutcome.SKIPPED
    assert "larger than 1 MB" in outcome["huge.png"].reason
    assert outcome["page.jpg"].outcome is ImageOutcome.SKIPPED
    assert "not an image" in outcome["page.jpg"].reason
    assert outcome["missing.png"].outcome is ImageOutcome.FAILED
    assert "404" in outcome["missing.png"].reason
    assert "/img/pixel.gif" not in requested_paths(httpserver)

    photo = store.cached_image(httpserver.url_for("/img/photo.png"))
    assert photo is not None and photo.data == PHOTO and photo.mime == "image/png"
    svg = store.cached_image(httpserver.url_for("/img/drawing.svg"))
    assert svg is not None and b"script" not in svg.data and b"onload" not in svg.data
    states = {s.url.rsplit("/", 1)[1]: s.status for s in store.image_states(result.added_ids[0])}
    assert states["huge.png"] is ImageStatus.SKIPPED
    assert states["missing.png"] is ImageStatus.FAILED
    # Nothing is fetched twice: the next run has nothing left to do.
    assert store.images_to_fetch(article_ids=result.added_ids) == []


def test_trackers_are_never_fetched_and_budget_holds(httpserver, store):
    httpserver.expect_request("/a.png").respond_with_data(PHOTO, content_type="image/png")
    httpserver.expect_request("/b.png").respond_with_data(PHOTO + b"x", content_type="image/png")
    store.set_setting("image_budget_bytes", str(len(PHOTO) + 10))
    urls = [
        httpserver.url_for("/a.png"),
        httpserver.url_for("/b.png"),
        "https://pixel.wp.com/g.gif",
    ]
    report = cache_images(store, urls, connections=1)
    by_url = {r.url: r for r in report.results}
    assert by_url[urls[0]].outcome is ImageOutcome.CACHED
    assert by_url[urls[1]].outcome is ImageOutcome.SKIPPED
    assert "cache is full" in by_url[urls[1]].reason
    assert by_url[urls[2]].outcome is ImageOutcome.SKIPPED
    assert by_url[urls[2]].reason == "a tracking image"


def test_offline_leaves_images_pending(store, unused_port_url):
    urls = [f"{unused_port_url}/img/{i}.png" for i in range(20)]
    report = cache_images(store, urls, connections=2)
    assert report.offline
    assert {r.outcome for r in report.results} == {ImageOutcome.PENDING}
    assert "cannot be reached" in report.summary()


def test_cli_refresh_caches_images_and_show_points_at_them(httpserver, db_path):
    feed = serve_image_feed(httpserver)
    assert run("add-feed", "--db", db_path, feed, "--no-fetch").returncode == 0
    result = run("refresh", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "Images: 2 cached, 2 skipped, 1 failed." in result.stdout
    assert "missing.png: HTTP 404" in result.stderr or "missing.png" in result.stderr
    assert "/img/pixel.gif" not in requested_paths(httpserver)
    [row] = [json.loads(x) for x in run("list", "--db", db_path, "--json").stdout.splitlines()]
    httpserver.clear_log()
    html = run("show", "--db", db_path, str(row["id"]), "--format", "html").stdout
    assert html.count('src="cached-image:') == 2
    assert httpserver.url_for("/img/photo.png") not in html
    # Showing an article asks the network nothing (the server is shared with
    # other tests, whose late requests may land in its log).
    assert not [p for p in requested_paths(httpserver) if p.startswith(("/img/", "/story"))]
    again = run("cache-images", "--db", db_path, "--retry")
    assert "The cache holds 2 images" in again.stdout

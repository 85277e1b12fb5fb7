"""Finding the feed of a site from what a journalist pastes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import FeedError
from reader.core.feeds.discovery import discover, feeds_in_page
from reader.core.net.http import FetchError, HttpClient
from tests.support.feedkit import items, json_feed, rss20


def test_links_in_page_order_with_base_and_types():
    page = b"""<html><head><base href="https://cdn.example/site/">
    <link rel="stylesheet" href="a.css">
    <link rel="alternate" type="application/atom+xml" title="  Atom  feed " href="atom.xml">
    <link rel="Alternate" type="application/rss+xml; charset=utf-8" href="/rss">
    <link rel="alternate" type="application/feed+json" href="feed.json">
    <link rel="alternate" type="application/rss+xml" href="/rss">
    <link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
    <link rel="alternate" hreflang="fr" type="text/html" href="/fr/">
    </head><body></body></html>"""
    found = feeds_in_page(page, "https://www.example/news/")
    assert [(f.url, f.title, f.kind) for f in found] == [
        ("https://cdn.example/site/atom.xml", "Atom feed", "Atom"),
        ("https://cdn.example/rss", None, "RSS"),
        ("https://cdn.example/site/feed.json", None, "JSON Feed"),
    ]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=500) | st.text(max_size=300).map(str.encode))
def test_any_page_gives_web_links_or_nothing(page):
    for feed in feeds_in_page(page, "https://www.example/"):
        assert feed.url.startswith(("http://", "https://"))


@pytest.fixture
def client():
    with HttpClient() as c:
        yield c


def test_a_feed_url_is_its_own_feed(httpserver, client):
    httpserver.expect_request("/feed.json").respond_with_data(
        json_feed(items(1)), content_type="application/json"
    )
    found = discover(httpserver.url_for("/feed.json"), client)
    [feed] = found.feeds
    assert feed.url == httpserver.url_for("/feed.json") and feed.title == "Example JSON"
    assert feed.kind == "JSON Feed"


def test_a_feed_served_as_text_html_is_still_a_feed(httpserver, client):
    httpserver.expect_request("/rss").respond_with_data(rss20(items(1)), content_type="text/html")
    [feed] = discover(httpserver.url_for("/rss"), client).feeds
    assert feed.title == "Example News"


def test_a_page_without_feeds_and_a_missing_page(httpserver, client):
    httpserver.expect_request("/plain").respond_with_data(
        "<html><head><title>x</title></head></html>", content_type="text/html"
    )
    with pytest.raises(FeedError, match="no feed found"):
        discover(httpserver.url_for("/plain"), client)
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    with pytest.raises(FetchError, match="404"):
        discover(httpserver.url_for("/missing"), client)
    with pytest.raises(FetchError, match="only http and https"):
        discover("file:///etc/passwd", client)

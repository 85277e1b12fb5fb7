"""Messages for people, not parsers (issue 12): a web page where a feed was
expected, and an https:// address on a server that speaks plain HTTP."""

from __future__ import annotations

import logging

import pytest
from urllib3.exceptions import SSLError

from reader.core.errors import FeedError
from reader.core.feeds.discovery import discover
from reader.core.net import pools
from reader.core.net.http import FetchError, HttpClient
from tests.cli.test_cli import run
from tests.support.feedkit import items, rss20

PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>News</title>"
    b'<link rel="alternate" type="application/rss+xml" title="All" href="/rss">'
    b"</head><body><p>Welcome<br>to the site</body></html>"
)
BARE_PAGE = b"<html lang=en>\n<head><meta charset=utf-8><title>News</title></head><body></body>"


def test_refresh_says_a_web_page_came_back_and_names_its_feed(httpserver, db_path):
    httpserver.expect_request("/moved").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/home").respond_with_data(BARE_PAGE, content_type="text/html")
    for path in ("/moved", "/home"):
        url = httpserver.url_for(path)
        added = run("add-feed", "--db", db_path, "--no-fetch", "--title", path[1:], url)
        assert added.returncode == 0, added.stderr
    result = run("refresh", "--db", db_path, "--no-images")
    assert result.returncode == 1
    assert sorted(result.stderr.splitlines()) == [
        "home: the address returned a web page, not a feed, and it links to none",
        "moved: the address returned a web page, not a feed; the page links to the feed "
        f"{httpserver.url_for('/rss')}: subscribe to that address instead",
    ]
    assert "syntax error" not in run("sources", "--db", db_path).stdout


def test_add_feed_of_a_page_without_feeds_says_so(httpserver, db_path):
    httpserver.expect_request("/home").respond_with_data(BARE_PAGE, content_type="text/html")
    url = httpserver.url_for("/home")
    result = run("add-feed", "--db", db_path, url)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"{url}: no feed found there: the address returned a web page, not a feed, "
        "and it links to none"
    )


def test_a_feed_served_as_html_is_still_read(httpserver):
    httpserver.expect_request("/rss").respond_with_data(rss20(items(2)), content_type="text/html")
    with HttpClient() as client:
        assert discover(httpserver.url_for("/rss"), client).feeds[0].title == "Example News"


def test_https_to_a_plain_http_server(httpserver, db_path, caplog):
    httpserver.expect_request("/feed").respond_with_data(rss20(items(1)))
    url = httpserver.url_for("/feed").replace("http://", "https://")
    with (
        caplog.at_level(logging.INFO, logger="offline_reader"),
        HttpClient() as client,
        pytest.raises(FetchError) as caught,
    ):
        client.fetch(url)
    assert str(caught.value) == "secure connection failed (the server does not speak HTTPS?)"
    [record] = [r for r in caplog.records if r.name == "offline_reader.http"]
    assert url in record.getMessage() and "WRONG_VERSION_NUMBER" in record.getMessage()

    result = run("add-feed", "--db", db_path, url)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"{url}: secure connection failed (the server does not speak HTTPS?)"
    )


@pytest.mark.parametrize(
    ("detail", "said"),
    [
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired",
            "the server's certificate has expired",
        ),
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate",
            "the server's certificate is not from a known authority",
        ),
        (
            "hostname 'a.example' doesn't match 'b.example'",
            "the server's certificate is for another name",
        ),
        (
            "[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version",
            "(the server does not speak HTTPS?)",
        ),
    ],
)
def test_tls_failures_in_words(detail, said):
    assert said in pools.tls_message(SSLError(detail))


def test_not_a_feed_is_kept_for_what_is_not_a_page(httpserver):
    httpserver.expect_request("/data").respond_with_data(b'{"hello": 1}', content_type="text/json")
    with HttpClient() as client, pytest.raises(FeedError) as caught:
        discover(httpserver.url_for("/data"), client)
    assert str(caught.value) == "no feed found there: not a feed: JSON without a JSON Feed version"

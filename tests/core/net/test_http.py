"""The HTTP client against a real server on 127.0.0.1 (pytest-httpserver)."""

from __future__ import annotations

import gzip
import time
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug import Request, Response

from reader import __version__
from reader.core.net.http import (
    USER_AGENT,
    Credentials,
    FetchError,
    FetchProblem,
    HttpClient,
    Timeouts,
    normalize_url,
    parse_retry_after,
    split_userinfo,
)
from tests.support.feedkit import basic_auth_feed, basic_token, items, rss20

FEED = rss20(items(2))


@pytest.fixture
def client():
    with HttpClient(timeouts=Timeouts(connect=2, read=2, total=10)) as c:
        yield c


def test_user_agent_accept_encoding_and_body(httpserver, client):
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    result = client.fetch(httpserver.url_for("/feed"))
    assert result.status == 200 and result.body == FEED
    assert result.content_type == "application/rss+xml"
    [(request, _)] = httpserver.log
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"OfflineReader/{__version__} ")
    assert "gzip" in request.headers["Accept-Encoding"]
    assert "deflate" in request.headers["Accept-Encoding"]
    assert "If-None-Match" not in request.headers


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_responses_are_decoded(httpserver, client, encoding):
    packed = gzip.compress(FEED) if encoding == "gzip" else zlib.compress(FEED)
    httpserver.expect_request("/feed").respond_with_data(
        packed, headers={"Content-Encoding": encoding}, content_type="application/rss+xml"
    )
    assert client.fetch(httpserver.url_for("/feed")).body == FEED


def test_conditional_get_and_304(httpserver, client):
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(FEED, headers={"ETag": '"v1"', "Last-Modified": "Tue, 18 Jul 2023"})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    first = client.fetch(httpserver.url_for("/feed"))
    assert (first.etag, first.last_modified) == ('"v1"', "Tue, 18 Jul 2023")
    second = client.fetch(
        httpserver.url_for("/feed"), etag=first.etag, last_modified="Tue, 18 Jul 2023"
    )
    assert second.not_modified and second.body == b""
    request = httpserver.log[-1][0]
    assert request.headers["If-None-Match"] == '"v1"'
    assert request.headers["If-Modified-Since"] == "Tue, 18 Jul 2023"


@pytest.mark.parametrize(
    "statuses, permanent",
    [((301,), True), ((308,), True), ((302,), False), ((307,), False), ((301, 302), False)],
)
def test_redirects_and_which_are_permanent(httpserver, client, statuses, permanent):
    path = "/old"
    for number, status in enumerate(statuses):
        target = f"/hop{number}"
        httpserver.expect_request(path).respond_with_data(
            "", status=status, headers={"Location": target}
        )
        path = target
    httpserver.expect_request(path).respond_with_data(FEED)
    result = client.fetch(httpserver.url_for("/old"))
    assert result.body == FEED
    assert result.url == httpserver.url_for(path)
    assert result.permanent_url == (httpserver.url_for(path) if permanent else None)


def test_redirect_loops_and_odd_targets_fail_clearly(httpserver, client):
    httpserver.expect_request("/loop").respond_with_data("", 302, {"Location": "/loop"})
    with pytest.raises(FetchError, match="too many redirects"):
        client.fetch(httpserver.url_for("/loop"))
    httpserver.expect_request("/file").respond_with_data(
        "", 301, {"Location": "file:///etc/passwd"}
    )
    with pytest.raises(FetchError, match="non-web address"):
        client.fetch(httpserver.url_for("/file"))


@pytest.mark.parametrize("status", [404, 500, 410])
def test_http_errors_name_the_status(httpserver, client, status):
    httpserver.expect_request("/feed").respond_with_data("nope", status=status)
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/feed"))
    assert caught.value.problem is FetchProblem.HTTP and caught.value.status == status
    assert str(status) in str(caught.value)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_in_seconds_and_as_a_date(httpserver, client, status):
    now = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    httpserver.expect_oneshot_request("/feed").respond_with_data(
        "", status=status, headers={"Retry-After": "120"}
    )
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/feed"), now=now)
    assert caught.value.problem is FetchProblem.RATE_LIMITED
    assert caught.value.retry_after == now + timedelta(seconds=120)
    assert "12:02" in str(caught.value)
    httpserver.expect_oneshot_request("/feed").respond_with_data(
        "", status=status, headers={"Retry-After": "Mon, 01 Jan 2024 15:00:00 GMT"}
    )
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/feed"), now=now)
    assert caught.value.retry_after == datetime(2024, 1, 1, 15, 0, tzinfo=UTC)


def test_retry_after_is_bounded_and_garbage_ignored():
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_retry_after("99999999999", now) == now + timedelta(days=7)
    assert parse_retry_after("Mon, 01 Jan 2001 00:00:00 GMT", now) == now
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_basic_auth_only_after_a_challenge(httpserver, client):
    token = basic_token("ana", "s3cret pass")
    handler = basic_auth_feed("ana", "s3cret pass", FEED)

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    with pytest.raises(FetchError) as caught:
        client.fetch(url)
    assert caught.value.problem is FetchProblem.NEEDS_PASSWORD
    result = client.fetch(url, credentials=Credentials("ana", "s3cret pass"))
    assert result.body == FEED
    first, second = (entry[0] for entry in httpserver.log[-2:])
    assert "Authorization" not in first.headers
    assert second.headers["Authorization"] == token
    with pytest.raises(FetchError) as caught:
        client.fetch(url, credentials=Credentials("ana", "wrong"))
    assert caught.value.problem is FetchProblem.AUTH
    assert "wrong" not in str(caught.value)
    assert "wrong" not in repr(Credentials("ana", "wrong"))


def test_credentials_never_follow_a_redirect_to_another_origin(httpserver, client):
    host = "127.0.0.1" if httpserver.host == "localhost" else "localhost"
    other = f"http://{host}:{httpserver.port}/elsewhere"  # same server, another origin
    httpserver.expect_request("/private").respond_with_data("", 302, {"Location": other})
    httpserver.expect_request("/elsewhere").respond_with_data(
        "login", 401, {"WWW-Authenticate": "Basic"}
    )
    with pytest.raises(FetchError):
        client.fetch(httpserver.url_for("/private"), credentials=Credentials("ana", "pw"))
    assert all("Authorization" not in request.headers for request, _ in httpserver.log)


def test_declared_and_endless_responses_are_cut_at_the_cap(httpserver):
    client = HttpClient(max_bytes=100_000, timeouts=Timeouts(connect=2, read=2, total=10))
    httpserver.expect_request("/big").respond_with_data(b"x" * 200_000)
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/big"))
    assert caught.value.problem is FetchProblem.TOO_LARGE

    sent = []

    def endless(request: Request) -> Response:
        def chunks():
            for _ in range(20_000):  # bounded: 160 MB at most if the client never stopped
                sent.append(1)
                yield b"<item>" + b"y" * 8192

        return Response(chunks(), content_type="application/rss+xml")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than"):
        client.fetch(httpserver.url_for("/endless"))
    assert time.monotonic() - started < 5
    assert len(sent) < 1000


def test_gzip_bomb_is_cut_by_the_decompressed_size(httpserver):
    client = HttpClient(max_bytes=1_000_000)
    bomb = gzip.compress(b"\0" * 50_000_000)
    assert len(bomb) < 100_000
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/bomb"))
    assert caught.value.problem is FetchProblem.TOO_LARGE


def test_timeouts(httpserver):
    client = HttpClient(timeouts=Timeouts(connect=1, read=0.3, total=5))

    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response(FEED)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/slow"))
    assert caught.value.problem is FetchProblem.TIMEOUT


def test_connection_refused_and_bad_addresses(client):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        client.fetch(f"http://127.0.0.1:{port}/feed")
    assert caught.value.problem is FetchProblem.NETWORK
    assert "cannot connect" in str(caught.value)


def test_cancel_stops_a_download(httpserver, client):
    httpserver.expect_request("/feed").respond_with_data(b"z" * 500_000)
    with pytest.raises(FetchError) as caught:
        client.fetch(httpserver.url_for("/feed"), cancelled=lambda: True)
    assert caught.value.problem is FetchProblem.CANCELLED


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("example.org/feed", "https://example.org/feed"),
        ("  https://Example.org  ", "https://example.org/"),
        ("feed://example.org/rss", "http://example.org/rss"),
        ("feed:https://example.org/rss", "https://example.org/rss"),
        ("HTTP://example.org/a?b=c#frag", "http://example.org/a?b=c"),
    ],
)
def test_normalize_url(raw, expected):
    assert normalize_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["file:///etc/passwd", "javascript:alert(1)", "exec:rm -rf /", "", "http://", "ftp://x/y"],
)
def test_normalize_url_refuses_non_web(raw):
    with pytest.raises(FetchError):
        normalize_url(raw)


def test_split_userinfo():
    assert split_userinfo("https://ana:p%40ss@host.example/f") == (
        "https://host.example/f",
        "ana",
        "p@ss",
    )
    assert split_userinfo("https://host.example/f") == ("https://host.example/f", None, None)

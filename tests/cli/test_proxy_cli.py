"""``proxy``, per-feed routes and mirrors from the command line, through real proxies.

Every server here is reached by a ``.test`` name that only the proxies
resolve (tests/support/proxykit.py): a command that succeeds went through
the proxy, and the proxy's record shows which names it was asked for.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader import cli
from reader.core.net import routes
from tests.support.feedkit import Item, items, rss20
from tests.support.fulltextkit import Site, site_with_articles
from tests.support.imagekit import PHOTO
from tests.support.proxykit import HttpProxy, ResettingServer, SocksProxy, free_port

PROXIES = {"socks": SocksProxy, "http": HttpProxy}


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    yield
    routes.use_policy(None)


@pytest.fixture(params=sorted(PROXIES))
def proxy(request):
    server = PROXIES[request.param]()
    yield server
    server.stop()


def run(capsys, *args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    """The CLI in this process: exit code, standard output, standard error."""
    import sys

    kept = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main([str(a) for a in args])
    finally:
        sys.stdin = kept
    out, err = capsys.readouterr()
    return code, out, err


@dataclass
class NamedSite(Site):
    """A fulltextkit site whose addresses carry a name only the proxies resolve."""

    host: str = "site.test"

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"


def named(server, path: str, host: str = "news.test") -> str:
    return server.url_for(path).replace("127.0.0.1", host).replace("localhost", host)


def serve_picture_feed(httpserver) -> str:
    picture = named(httpserver, "/img/photo.png", "pics.test")
    body = f'<p>Below.</p><img src="{picture}" alt="photo"><p>After.</p>'
    item = Item("Pictures", named(httpserver, "/story/1"), body, guid="urn:p:1")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss20([item]), content_type="application/rss+xml"
    )
    httpserver.expect_request("/img/photo.png").respond_with_data(PHOTO, content_type="image/png")
    page = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
    httpserver.expect_request("/").respond_with_data(page + "</head><body>Hi</body></html>",
                                                      content_type="text/html")  # fmt: skip
    return named(httpserver, "/")


def test_feeds_discovery_images_and_full_articles_through_each_proxy(
    capsys, db_path, httpserver, proxy
):
    code, out, err = run(capsys, "--db", db_path, "proxy", "set", proxy.url, "--required")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "proxy")
    assert f"Route: {proxy.url} (set with: offline-reader proxy set)" in out
    assert "Never connect directly: on" in out
    # discovery (a page that links to its feed), the feed, its pictures
    page = serve_picture_feed(httpserver)
    code, out, err = run(capsys, "--db", db_path, "add-feed", page)
    assert code == 0, err
    assert "Images: 1 cached" in out
    # full articles from a site of article pages
    site = NamedSite(host="site.test")
    try:
        feed = site_with_articles(site)
        code, out, err = run(capsys, "--db", db_path, "add-feed", feed, "--full-text")
        assert code == 0, err
        assert "Full articles: 3 downloaded" in out
    finally:
        site.stop()
    hosts = set(proxy.hosts())
    assert {"news.test", "pics.test", "site.test"} <= hosts
    assert all(a.atyp == 3 for a in proxy.asked), "a name was resolved locally"


def test_never_direct_with_the_proxy_stopped_sends_nothing(capsys, db_path, own_server, proxy):
    own_server.expect_request("/feed.xml").respond_with_data(rss20(items(2)))
    feed = own_server.url_for("/feed.xml")  # 127.0.0.1: direct would work
    assert run(capsys, "--db", db_path, "add-feed", feed, "--no-fetch")[0] == 0
    assert run(capsys, "--db", db_path, "proxy", "set", proxy.url, "--required")[0] == 0
    proxy.stop()
    code, _, err = run(capsys, "--db", db_path, "refresh")
    assert code == 1
    assert proxy.url in err and "does not answer" in err
    # a feed told to go direct is refused, not let through
    assert run(capsys, "--db", db_path, "feed-options", "127.0.0.1", "--proxy", "direct")[0] == 0
    code, _out, err = run(capsys, "--db", db_path, "refresh")
    assert code == 1 and "never connect directly" in err
    assert len(own_server.log) == 0


def test_a_feeds_own_proxy_carries_its_feed_pictures_and_pages(capsys, db_path, httpserver):
    page = serve_picture_feed(httpserver)
    with SocksProxy() as own, HttpProxy() as program:
        assert run(capsys, "--db", db_path, "proxy", "set", program.url)[0] == 0
        own_proxy = own.url.replace("h://", "://")
        code, out, err = run(
            capsys, "--db", db_path, "add-feed", page, "--full-text", "--proxy", own_proxy
        )
        assert code == 0, err
        assert "Images: 1 cached" in out
        assert {"news.test", "pics.test"} <= set(own.hosts())
        assert [r.path for r, _ in httpserver.log].count("/story/1") == 1  # the full article
        assert program.hosts() == []
        code, out, err = run(capsys, "--db", db_path, "feed-options", "news.test")
        assert f"proxy {own.url}" in out  # socks5:// kept as socks5h://
        assert (
            "Routes of their own: 1 feed (sources --json), 0 accounts"
            in (run(capsys, "--db", db_path, "proxy")[1])
        )
        run(capsys, "--db", db_path, "feed-options", "news.test", "--proxy", "default")
        assert run(capsys, "--db", db_path, "refresh", "--no-images")[0] == 0
        assert set(program.hosts()) == {"news.test"}
    code, out, err = run(
        capsys, "--db", db_path, "add-feed", "http://x.test/f", "--proxy", "ftp://a"
    )
    assert code == 2 and "proxies are http://" in err


def test_a_mirror_serves_a_feed_whose_address_refuses(capsys, db_path, httpserver):
    entries = items(3)
    body = rss20(entries)
    httpserver.expect_request("/mirror/feed.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    main = f"http://127.0.0.1:{free_port()}/feed.xml"  # nothing listens: refused
    mirror = httpserver.url_for("/mirror/feed.xml")
    code, out, err = run(
        capsys, "--db", db_path, "add-feed", main, "--no-fetch", "--mirror", mirror
    )
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "refresh")
    assert code == 0, err
    assert "3 new articles" in out
    [source] = [
        json.loads(x) for x in run(capsys, "--db", db_path, "sources", "--json")[1].split("\n") if x
    ]
    assert source["url"] == main and source["mirrors"] == [mirror]
    assert source["served_by"] == mirror
    # The main address comes back (same feed): nothing twice.
    main_server = httpserver  # the same server now answers the main address too
    main_server.expect_request("/feed.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    real_main = main_server.url_for("/feed.xml")
    code, out, err = run(
        capsys, "--db", db_path, "feed-options", "127.0.0.1", "--remove-mirror", mirror
    )
    assert code == 0, err
    from reader.core.library import Store

    with Store.open(db_path) as store:
        [feed] = store.feed_states()
        store.set_feed_url(feed.source_id, real_main)
    code, out, err = run(capsys, "--db", db_path, "refresh")
    assert code == 0, err
    assert "0 new articles" in out
    listed = [
        json.loads(x) for x in run(capsys, "--db", db_path, "list", "--json")[1].split("\n") if x
    ]
    assert len(listed) == 3
    [source] = [
        json.loads(x) for x in run(capsys, "--db", db_path, "sources", "--json")[1].split("\n") if x
    ]
    assert source["served_by"] == real_main and source["mirrors"] == []


def test_the_working_mirror_is_tried_first_next_time(capsys, db_path, httpserver):
    httpserver.expect_request("/m1.xml").respond_with_data("nope", status=451)
    httpserver.expect_request("/m2.xml").respond_with_data(
        rss20(items(1)), content_type="application/rss+xml"
    )
    main = f"http://127.0.0.1:{free_port()}/feed.xml"
    m1, m2 = httpserver.url_for("/m1.xml"), httpserver.url_for("/m2.xml")
    run(capsys, "--db", db_path, "add-feed", main, "--no-fetch", "--mirror", m1, "--mirror", m2)
    assert run(capsys, "--db", db_path, "refresh")[0] == 0
    first = [r.path for r, _ in httpserver.log]
    assert first == ["/m1.xml", "/m2.xml"]
    httpserver.clear_log()
    assert run(capsys, "--db", db_path, "refresh")[0] == 0
    assert [r.path for r, _ in httpserver.log] == ["/m2.xml"]


def test_a_reset_says_the_site_may_be_blocked(capsys, db_path):
    server = ResettingServer()
    try:
        run(capsys, "--db", db_path, "add-feed", server.url, "--no-fetch")
        code, _out, err = run(capsys, "--db", db_path, "refresh")
    finally:
        server.stop()
    assert code == 1
    assert "may be blocked on this network" in err
    assert "offline-reader proxy set URL" in err and "--add-mirror" in err


def test_the_system_proxy_is_the_default(capsys, db_path, httpserver, monkeypatch):
    feed = named(httpserver, "/feed.xml")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss20(items(1)), content_type="application/rss+xml"
    )
    with SocksProxy() as server:
        monkeypatch.setenv("all_proxy", server.url.replace("socks5h", "socks5"))
        code, out, err = run(capsys, "--db", db_path, "proxy")
        assert "(the system's: all_proxy)" in out and server.url in out
        code, out, err = run(capsys, "--db", db_path, "add-feed", feed, "--no-images")
        assert code == 0, err
        assert set(server.hosts()) == {"news.test"}
        assert run(capsys, "--db", db_path, "proxy", "off")[0] == 0
        code, out, err = run(capsys, "--db", db_path, "refresh")
        assert code == 1 and "cannot find the server news.test" in err
        assert run(capsys, "--db", db_path, "proxy", "system")[0] == 0
        assert run(capsys, "--db", db_path, "refresh")[0] == 0


def test_proxy_password_goes_to_the_keyring_only(capsys, db_path, httpserver, memory_keyring):
    feed = named(httpserver, "/feed.xml")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss20(items(1)), content_type="application/rss+xml"
    )
    with HttpProxy(user="desk", password="pa ss") as server:
        address = server.url.replace("://", "://desk@")
        code, _out, err = run(
            capsys, "--db", db_path, "proxy", "set", address, "--password-stdin", stdin="pa ss\n"
        )
        assert code == 0, err
        assert run(capsys, "--db", db_path, "add-feed", feed, "--no-images")[0] == 0
        assert {a.user for a in server.asked} == {"desk"}
    assert b"pa ss" not in db_path.read_bytes()
    assert memory_keyring.get_password("offline-reader", routes.password_key(address)) == "pa ss"


def test_tor_route_set_and_onion_feed(capsys, db_path, httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss20(items(1)), content_type="application/rss+xml"
    )
    onion = named(httpserver, "/feed.xml", "duskgytldkxiuqc6.onion")
    with SocksProxy(onion=True) as tor, SocksProxy(onion=True) as program:
        run(capsys, "--db", db_path, "proxy", "set", program.url)
        run(capsys, "--db", db_path, "proxy", "tor", tor.url)
        assert "Tor (.onion addresses only): " + tor.url in run(capsys, "--db", db_path, "proxy")[1]
        code, _, err = run(
            capsys, "--db", db_path, "add-feed", onion, "--proxy", "direct", "--no-images"
        )
        assert code == 0, err
        assert set(tor.hosts()) == {"duskgytldkxiuqc6.onion"} and program.hosts() == []
    code, _out, err = run(capsys, "--db", db_path, "refresh")
    assert code == 1 and "Tor does not answer" in err


@pytest.mark.skipif(
    shutil.which("microsocks") is None, reason="microsocks (Debian) is installed by .ci/run"
)
def test_through_a_real_socks_server_microsocks(capsys, db_path, own_server):
    """A real SOCKS5 server from Debian: the client speaks the protocol, not just to our own."""
    port = free_port()
    process = subprocess.Popen(
        ["microsocks", "-i", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            import socket

            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        own_server.expect_request("/feed.xml").respond_with_data(
            rss20(items(2)), content_type="application/rss+xml"
        )
        # microsocks resolves names itself: localhost is the name it can resolve here.
        feed = own_server.url_for("/feed.xml").replace("127.0.0.1", "localhost")
        proxy = f"socks5h://127.0.0.1:{port}"
        assert run(capsys, "--db", db_path, "proxy", "set", proxy, "--required")[0] == 0
        code, out, err = run(capsys, "--db", db_path, "add-feed", feed, "--no-images")
        assert code == 0, err
        assert "2 new articles" in out
        assert len(own_server.log) == 2  # discovery, then the refresh
    finally:
        process.terminate()
        process.wait(5)
    own_server.clear_log()
    code, out, err = run(capsys, "--db", db_path, "refresh", "--no-images")
    assert code == 1 and proxy in err
    assert len(own_server.log) == 0

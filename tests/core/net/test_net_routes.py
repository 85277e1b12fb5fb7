"""Routes per request: direct, HTTP proxy, SOCKS5 (names at the proxy), Tor, never direct.

The servers' names end in ``.test``, which only the tests' proxies resolve:
a request that reached a server went through a proxy, and the proxy's record
says with which name (a SOCKS request carrying an address would mean a local
DNS lookup).
"""

from __future__ import annotations

import socket

import pytest

from reader.core.net import routes
from reader.core.net.http import FetchError, FetchProblem, HttpClient
from reader.core.net.pools import BLOCKED_HINT
from reader.core.net.routes import ProxyMode, ProxyPolicy, RouteError, choose_route
from tests.support.feedkit import items, rss20
from tests.support.proxykit import HttpProxy, ResettingServer, SocksProxy, free_port

PROXIES = {"socks": SocksProxy, "http": HttpProxy}
_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    for name in _VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    yield
    routes.use_policy(None)


@pytest.fixture(params=sorted(PROXIES))
def proxy(request):
    server = PROXIES[request.param]()
    yield server
    server.stop()


def named(server, path: str, host: str = "news.test") -> str:
    """The server's address under a name only the proxies know."""
    return server.url_for(path).replace("127.0.0.1", host).replace("localhost", host)


def serve_feed(server) -> str:
    server.expect_request("/feed.xml").respond_with_data(
        rss20(items(2)), content_type="application/rss+xml"
    )
    return named(server, "/feed.xml")


def manual(url: str, **kw) -> ProxyPolicy:
    return ProxyPolicy(ProxyMode.MANUAL, url, **kw)


def test_the_system_proxy_as_curl_reads_it(monkeypatch):
    monkeypatch.setenv("http_proxy", "http://proxy.example:3128")
    monkeypatch.setenv("all_proxy", "socks5://127.0.0.1:1080")
    monkeypatch.setenv("no_proxy", "intranet.example,.local.example")
    policy = ProxyPolicy()
    plain = choose_route("http://news.example/feed", policy)
    assert (plain.proxy, plain.origin) == ("http://proxy.example:3128", "system: http_proxy")
    secure = choose_route("https://news.example/feed", policy)
    # all_proxy for https, and SOCKS resolves names at the proxy: socks5h.
    assert (secure.proxy, secure.origin) == ("socks5h://127.0.0.1:1080", "system: all_proxy")
    exempt = choose_route("https://intranet.example/feed", policy)
    assert exempt.direct and exempt.origin == "system: no_proxy"
    assert choose_route("https://a.local.example/x", policy).direct
    assert choose_route("https://news.example/", ProxyPolicy(ProxyMode.OFF)).direct


def test_a_feed_or_account_choice_wins_over_the_program(monkeypatch):
    monkeypatch.setenv("https_proxy", "http://proxy.example:3128")
    assert choose_route("https://x.example/", ProxyPolicy(), "direct").direct
    own = choose_route("https://x.example/", ProxyPolicy(), "socks5://10.0.0.1:9999")
    assert own.proxy == "socks5h://10.0.0.1:9999"
    assert choose_route("https://x.example/", ProxyPolicy(), "default").proxy == (
        "http://proxy.example:3128"
    )


def test_never_direct_refuses_every_direct_route(monkeypatch):
    policy = ProxyPolicy(required=True)
    with pytest.raises(RouteError, match="never connect directly"):
        choose_route("https://news.example/", policy)
    with pytest.raises(RouteError, match="never connect directly"):
        choose_route("https://news.example/", manual("http://p.example:1", required=True), "direct")


@pytest.mark.parametrize(
    "raw, problem",
    [
        ("ftp://p.example:21", "proxies are http://"),
        ("127.0.0.1:9050", "give a proxy address"),
        ("socks5h://:9050", "no host name"),
    ],
)
def test_bad_proxy_addresses_are_named(raw, problem):
    with pytest.raises(RouteError, match=problem):
        routes.parse_proxy(raw)


def test_a_feed_fetched_through_each_proxy_by_name(httpserver, proxy):
    url = serve_feed(httpserver)
    with HttpClient(policy=manual(proxy.url)) as client:
        fetched = client.fetch(url)
    assert b"<rss" in fetched.body
    [asked] = [a for a in proxy.asked if a.host == "news.test"]
    assert asked.port == httpserver.port
    if asked.kind == "socks":
        assert asked.atyp == 3, "the name was resolved locally (a DNS leak)"


def test_proxy_with_a_password_from_the_keyring(httpserver, memory_keyring):
    from reader.core.net.credentials import PasswordStore

    url = serve_feed(httpserver)
    for kind in PROXIES.values():
        with kind(user="reporter", password="s3cret pass") as server:
            proxy = server.url.replace("://", "://reporter@")
            PasswordStore().save(routes.password_key(proxy), "s3cret pass")
            with HttpClient(policy=manual(proxy)) as client:
                assert client.fetch(url).status == 200
            assert [a.user for a in server.asked] == ["reporter"]


def test_the_same_name_direct_cannot_succeed(httpserver):
    """What makes the proxied tests mean something: no one else resolves .test."""
    url = serve_feed(httpserver)
    with HttpClient(policy=ProxyPolicy(ProxyMode.OFF)) as client, pytest.raises(FetchError) as err:
        client.fetch(url)
    assert "cannot find the server news.test" in str(err.value)
    assert BLOCKED_HINT in str(err.value) and err.value.blocked
    assert not httpserver.log


def test_never_direct_with_the_proxy_down_names_it_and_sends_nothing(own_server, proxy):
    url = own_server.url_for("/feed.xml")  # 127.0.0.1: a direct attempt would succeed
    own_server.expect_request("/feed.xml").respond_with_data(rss20(items(1)))
    address = proxy.url
    proxy.stop()
    with HttpClient(policy=manual(address, required=True)) as client:
        with pytest.raises(FetchError) as err:
            client.fetch(url)
        assert address in str(err.value) and "does not answer" in str(err.value)
        # and a feed that asks for direct is refused too
        with pytest.raises(FetchError, match="never connect directly"):
            client.fetch(url, proxy="direct")
    assert len(own_server.log) == 0


def test_onion_addresses_go_only_to_tor(httpserver, monkeypatch):
    """Whatever the program's route, a .onion name goes to the Tor route, by name."""
    url = serve_feed(httpserver).replace("news.test", "expyuzz4wqqyqhjn.onion")
    other = SocksProxy(onion=True)
    tor = SocksProxy(onion=True)
    try:
        policy = ProxyPolicy(ProxyMode.MANUAL, other.url, tor=tor.url)
        with HttpClient(policy=policy) as client:
            assert client.fetch(url).status == 200
            # a feed's own "direct" does not take an onion address around Tor either
            assert client.fetch(url, proxy="direct").status == 200
        assert other.asked == []
        assert [(a.host, a.atyp) for a in tor.asked] == [("expyuzz4wqqyqhjn.onion", 3)] * 2
    finally:
        other.stop()
        tor.stop()


def test_onion_without_tor_says_to_start_tor(monkeypatch):
    monkeypatch.setattr(routes, "TOR_DEFAULTS", (f"socks5h://127.0.0.1:{free_port()}",) * 2)
    with HttpClient(policy=ProxyPolicy(ProxyMode.OFF)) as client, pytest.raises(FetchError) as err:
        client.fetch("http://expyuzz4wqqyqhjn.onion/feed.xml")
    assert "start Tor" in str(err.value)


def test_tor_found_at_its_usual_port(httpserver, monkeypatch):
    tor = SocksProxy(onion=True)
    try:
        monkeypatch.setattr(routes, "TOR_DEFAULTS", (f"socks5h://127.0.0.1:{free_port()}", tor.url))
        url = serve_feed(httpserver).replace("news.test", "abc.onion")
        with HttpClient(policy=ProxyPolicy()) as client:
            assert client.fetch(url).status == 200
        assert tor.hosts() == ["abc.onion"]
    finally:
        tor.stop()


def test_a_reset_connection_says_the_site_may_be_blocked():
    server = ResettingServer()
    try:
        client = HttpClient(policy=ProxyPolicy(ProxyMode.OFF))
        with client, pytest.raises(FetchError) as err:
            client.fetch(server.url)
        assert err.value.blocked and err.value.problem is FetchProblem.NETWORK
        text = str(err.value)
        assert "may be blocked on this network" in text
        assert "proxy set" in text and "--add-mirror" in text
        assert server.connections >= 1
    finally:
        server.stop()


def test_a_refused_connection_is_not_called_blocked(unused_port_url):
    with HttpClient(policy=ProxyPolicy(ProxyMode.OFF)) as client, pytest.raises(FetchError) as err:
        client.fetch(unused_port_url + "/feed.xml")
    assert not err.value.blocked


def test_the_test_names_do_not_resolve_here():
    with pytest.raises(OSError):
        socket.getaddrinfo("news.test", 80)


@pytest.fixture
def https_server(tmp_path, monkeypatch):
    """An HTTPS server for ``secure.test``, its certificate from the test's own authority."""
    from pytest_httpserver import HTTPServer

    from tests.support.tlskit import make_authority

    ca_file, context = make_authority(tmp_path, ["secure.test"])
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_https_through_each_proxy_checks_the_certificate(https_server, proxy):
    """CONNECT (HTTP proxy) or SOCKS: the TLS session is with the site, by its name."""
    https_server.expect_request("/feed.xml").respond_with_data(
        rss20(items(1)), content_type="application/rss+xml"
    )
    url = f"https://secure.test:{https_server.port}/feed.xml"
    with HttpClient(policy=manual(proxy.url)) as client:
        assert client.fetch(url).status == 200
    [asked] = proxy.asked
    assert (asked.host, asked.port) == ("secure.test", https_server.port)
    assert asked.kind in ("socks", "connect")  # never forwarded in clear
    # The same server under a name its certificate does not carry is refused.
    other = url.replace("secure.test", "other.test")
    with HttpClient(policy=manual(proxy.url)) as client, pytest.raises(FetchError) as err:
        client.fetch(other)
    assert "certificate" in str(err.value)

"""A real FreshRSS synced through each kind of proxy, with "never connect directly".

The account's address names the server ``freshrss.test``, which only the
proxies resolve; the articles' pages and pictures are at ``site.test``. The
sync logs in, reads the items, and fetches the full articles and pictures,
all through the proxy, which records each name it was asked for.
"""

from __future__ import annotations

import pytest

from reader.core.net import routes
from tests.cli.test_proxy_cli import PROXIES, NamedSite, run
from tests.core.sync.test_sync_integration import _only_items
from tests.support.freshrss import subscribe
from tests.support.fulltextkit import site_with_articles


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    yield
    routes.use_policy(None)


@pytest.mark.parametrize("kind", sorted(PROXIES))
def test_freshrss_sync_through_a_proxy(
    kind, capsys, db_path, freshrss, greader_user, memory_keyring
):
    site = NamedSite(host="site.test")
    proxy = PROXIES[kind]()
    try:
        feed = site_with_articles(site)
        # FreshRSS itself fetches the feed directly (it is the server): by address.
        whole = site.routes["/feed.xml"].body
        site.add("/feed.xml", _only_items(whole, 2), content_type="application/rss+xml")
        subscribe(greader_user, feed.replace("site.test", "127.0.0.1"))
        api = greader_user.api_url.replace("127.0.0.1", "freshrss.test")
        assert run(capsys, "--db", db_path, "proxy", "set", proxy.url, "--required")[0] == 0
        code, out, err = run(
            capsys, "--db", db_path, "account", "add", "greader", api,
            "--username", greader_user.username, "--password-stdin", "--name", "Desk",
            # freshrss.test is plain http to a name that is not loopback (issue 21)
            "--allow-insecure",
            stdin=greader_user.password + "\n",
        )  # fmt: skip
        assert code == 0, err
        code, out, err = run(capsys, "--db", db_path, "sync", "--no-images")
        assert code == 0, err
        assert "Desk: 2 new articles" in out
        [source] = [s for s in run(capsys, "--db", db_path, "sources")[1].splitlines() if s]
        name = source.split()[0]
        assert run(capsys, "--db", db_path, "feed-options", name, "--full-text", "on")[0] == 0
        site.add("/feed.xml", whole, content_type="application/rss+xml")
        freshrss.refresh(greader_user)
        code, out, err = run(capsys, "--db", db_path, "sync")
        assert code == 0, err
        assert "Full articles:" in out and "downloaded" in out
        hosts = set(proxy.hosts())
        assert {"freshrss.test", "site.test"} <= hosts
        assert all(a.atyp == 3 for a in proxy.asked)
    finally:
        proxy.stop()
        site.stop()
    # Never direct, proxy stopped: the sync fails naming the proxy.
    code, out, err = run(capsys, "--db", db_path, "sync")
    assert code == 1 and proxy.url in (out + err)

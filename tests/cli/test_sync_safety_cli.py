"""``account`` and ``sync`` keep the user's work, ask for a lost password, refuse plain http."""

from __future__ import annotations

import io
import json

from reader import cli
from reader.core.library import Store
from reader.core.net.credentials import forget_session_passwords
from tests.core.sync.test_sync_keeps import _my_work, no_keyring, server  # noqa: F401 (fixtures)


def _run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_plain_http_is_refused_unless_allowed(tmp_path, capsys, monkeypatch, no_keyring):  # noqa: F811
    db = str(tmp_path / "lib.sqlite")
    code, _, err = _run(
        capsys, monkeypatch, "--db", db, "account", "add", "greader",
        "http://reader.example.org/api/greader.php", "--username", "ana", "--password-stdin",
        stdin="secret\n",
    )  # fmt: skip
    assert code == 1
    assert "plain http" in err and "--allow-insecure" in err and "not sent" in err
    assert "secret" not in err
    with Store.open(db) as store:
        assert store.accounts() == []


def test_a_lost_password_is_asked_for_and_the_changes_wait(
    tmp_path,
    capsys,
    monkeypatch,
    server,  # noqa: F811
    no_keyring,  # noqa: F811
):
    db = str(tmp_path / "lib.sqlite")
    add = ["--db", db, "account", "add", "greader", server.api_url, "--username", "ana"]
    code, out, err = _run(capsys, monkeypatch, *add, "--password-stdin", "--name", "Wire",
                          stdin="pw\n")  # fmt: skip
    assert code == 0, err
    assert _run(capsys, monkeypatch, "--db", db, "sync", "--no-images")[0] == 0
    with Store.open(db) as store:
        [source] = store.sources()
        _my_work(store, source.id)
    forget_session_passwords()  # a restart
    code, out, err = _run(capsys, monkeypatch, "--db", db, "sync", "--no-images")
    assert code == 1
    assert "Wire: the account needs its password" in err and "--password-stdin" in err
    code, out, err = _run(
        capsys, monkeypatch, "--db", db, "sync", "Wire", "--no-images", "--password-stdin",
        stdin="pw\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Wire: 0 new articles; 1 change sent" in out
    code, out, err = _run(capsys, monkeypatch, "--db", db, "account", "remove", "Wire")
    assert code == 0, err
    assert "Removing Wire deletes 2 articles, 1 source, 0 changes not yet sent." in out
    assert "Kept 3 articles you starred, tagged or highlighted, under Archived: Wire." in out


def test_password_stdin_needs_one_account(tmp_path, capsys, monkeypatch, server, no_keyring):  # noqa: F811
    db = str(tmp_path / "lib.sqlite")
    for name in ("One", "Two"):
        add = ["--db", db, "account", "add", "greader", server.api_url, "--username", name]
        assert _run(capsys, monkeypatch, *add, "--password-stdin", "--name", name,
                    stdin="pw\n")[0] == 0  # fmt: skip
    code, _, err = _run(capsys, monkeypatch, "--db", db, "sync", "--password-stdin", stdin="pw\n")
    assert code == 2 and "needs one account" in err


def test_remove_feed_keeps_the_starred_article(httpserver, tmp_path, capsys, monkeypatch):
    from tests.support.feedkit import items, rss20

    httpserver.expect_request("/feed").respond_with_data(
        rss20(items(3)), content_type="application/rss+xml"
    )
    db = str(tmp_path / "lib.sqlite")
    url = httpserver.url_for("/feed")
    assert _run(capsys, monkeypatch, "--db", db, "add-feed", url, "--no-images")[0] == 0
    with Store.open(db) as store:
        first = store.article_ids()[0]
    assert _run(capsys, monkeypatch, "--db", db, "mark", "--star", str(first))[0] == 0
    code, out, err = _run(capsys, monkeypatch, "--db", db, "remove-feed", "Example News")
    assert code == 0, err
    assert "and its 2 articles." in out
    assert "Kept 1 article you starred, tagged or highlighted, under Archived: Example News." in out
    code, out, _ = _run(capsys, monkeypatch, "--db", db, "sources", "--json")
    [source] = [json.loads(line) for line in out.splitlines()]
    assert (source["archived"], source["articles"], source["url"]) == (True, 1, None)
    # The feed can be added again beside its archive.
    assert _run(capsys, monkeypatch, "--db", db, "add-feed", url, "--no-images")[0] == 0

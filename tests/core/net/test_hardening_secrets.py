"""Passwords go to the keyring and nowhere else (issue 12).

A password typed into a feed address (``http://ana:pw@host/feed``) is taken
out of it, and must then be found in no file the program writes: the
library, its write-ahead log, settings, logs, an exported OPML, not even
after the program is killed in the middle of a refresh. A plain-text
keyring is used only when the user chose it.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from reader.core.net.credentials import redact_credentials, split_credentials, without_credentials
from tests.cli.test_feeds_cli import run_with_stdin
from tests.conftest import REPO
from tests.core.test_hardening_workers import children_of
from tests.support.feedkit import basic_token, items, rss20

SECRET = "Pässw0rd-x9!"
QUOTED = quote(SECRET, safe="")
KEYRING = "tests.support.feedkit.FileKeyring"


def cli(*args: str | Path, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return run_with_stdin([str(a) for a in args], stdin, env)


def forms(secret: str) -> list[bytes]:
    """The password as it could end up in a file: plain, URL-quoted, in base64 (as
    keyrings.alt's plain-text file has it), in a Basic token."""
    raw = secret.encode()
    return [
        raw,
        quote(secret, safe="").encode(),
        base64.b64encode(raw).rstrip(b"="),
        base64.b64encode(b"ana:" + raw),
        secret.encode("utf-16-le"),
    ]


def assert_nowhere(secret: str, places: list[Path], *, but: tuple[Path, ...] = ()) -> None:
    checked = 0
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            if path in but:
                continue
            data = path.read_bytes()
            checked += 1
            for form in forms(secret):
                assert form not in data, f"the password is in {path}"
    assert checked, "nothing was checked"


def private_feed(httpserver, path: str, secret: str, gate: threading.Event | None = None):
    from werkzeug import Response

    token = basic_token("ana", secret)
    asked = threading.Event()

    def handler(request):
        if request.headers.get("Authorization") != token:
            return Response("login", 401, {"WWW-Authenticate": 'Basic realm="feeds"'})
        asked.set()
        if gate is not None:
            gate.wait(30)
        return Response(rss20(items(2, prefix=f"https://news.example{path}/")))

    httpserver.expect_request(path).respond_with_handler(handler)
    return asked


@pytest.fixture
def user_folders(tmp_path) -> list[Path]:
    """Where the program keeps settings, logs, caches (the autouse fixture made them private)."""
    names = ("OFFLINE_READER_CONFIG_DIR", "OFFLINE_READER_LOG_DIR", "XDG_CONFIG_HOME")
    names += ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    folders = [Path(os.environ[name]) for name in names]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    return folders


def test_a_password_in_an_address_reaches_no_file(httpserver, tmp_path, user_folders):
    db = tmp_path / "lib" / "library.sqlite3"
    keyring_file = tmp_path / "keyring.json"
    env = {"PYTHON_KEYRING_BACKEND": KEYRING, "OFFLINE_READER_TEST_KEYRING": str(keyring_file)}
    gate = threading.Event()
    private_feed(httpserver, "/private", SECRET)
    slow_asked = private_feed(httpserver, "/slow", "other-Secret-7", gate)
    base = httpserver.url_for("/private")
    with_password = base.replace("http://", f"http://ana:{QUOTED}@")

    added = cli("add-feed", "--db", db, with_password, env=env)
    assert added.returncode == 0, added.stderr
    assert f"Subscribed to {base} as" in added.stdout and "2 new articles" in added.stdout
    assert SECRET not in added.stdout + added.stderr and QUOTED not in added.stderr
    assert json.loads(keyring_file.read_text()) == {f"offline-reader\n{base}": SECRET}
    [source] = [
        json.loads(line)
        for line in cli("sources", "--db", db, "--json", env=env).stdout.splitlines()
    ]
    assert source["url"] == base

    # An error names the address without its password.
    nowhere = f"http://ana:{QUOTED}@127.0.0.1:9/feed"
    failed = cli("add-feed", "--db", db, nowhere, env=env)
    assert failed.returncode == 1
    assert failed.stderr.startswith("http://127.0.0.1:9/feed: ") and QUOTED not in failed.stderr

    refreshed = cli("refresh", "--db", db, "--no-images", env=env)
    assert refreshed.returncode == 0, refreshed.stderr

    # OPML: an address with a password is subscribed, its password goes to the keyring.
    opml = tmp_path / "in.opml"
    slow_url = httpserver.url_for("/slow")
    opml.write_text(
        '<opml version="2.0"><body><outline type="rss" text="Slow" xmlUrl="'
        + slow_url.replace("http://", "http://ana:other-Secret-7@")
        + '"/></body></opml>',
        encoding="utf-8",
    )
    imported = cli("opml", "import", "--db", db, opml, env=env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(keyring_file.read_text())[f"offline-reader\n{slow_url}"] == "other-Secret-7"
    exported = tmp_path / "out.opml"
    assert cli("opml", "export", "--db", db, exported, env=env).returncode == 0
    assert f'xmlUrl="{slow_url}"' in exported.read_text(encoding="utf-8")

    # Killed while it refreshes, with both passwords in memory and one sent.
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "refresh", "--db", str(db), "--no-images"],
        cwd=REPO,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert slow_asked.wait(60), "the refresh never asked for the slow feed"
        time.sleep(0.2)  # the other feed is written meanwhile
        kids = children_of(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for pid in kids:
            os.kill(pid, signal.SIGKILL)
    finally:
        gate.set()
    assert Path(str(db) + "-wal").exists()  # killed: the log was not folded in

    places = [db.parent, exported, *user_folders]
    for secret in (SECRET, "other-Secret-7"):
        assert_nowhere(secret, places, but=(keyring_file,))


def test_an_auto_detected_plain_text_keyring_is_not_used(
    httpserver, tmp_path, user_folders, monkeypatch
):
    pytest.importorskip("keyrings.alt", reason="keyrings.alt is a test dependency")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    db = tmp_path / "library.sqlite3"
    private_feed(httpserver, "/private", SECRET)
    url = httpserver.url_for("/private")
    result = cli(
        "add-feed",
        "--db",
        db,
        url,
        "--username",
        "ana",
        "--password-stdin",
        env={},
        stdin=SECRET + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "2 new articles" in result.stdout  # the password worked, from memory
    [line] = result.stderr.splitlines()
    assert "PlaintextKeyring" in line and "not used unless you choose it" in line
    assert "kept only until the program closes" in line
    later = cli("refresh", "--db", db, env={})
    assert later.returncode == 1 and "needs a user name and password" in later.stderr
    assert_nowhere(SECRET, [tmp_path, *user_folders])


@pytest.mark.parametrize("how", ["environment", "config-file"])
def test_a_plain_text_keyring_the_user_chose_is_used(
    httpserver, tmp_path, user_folders, monkeypatch, how
):
    pytest.importorskip("keyrings.alt", reason="keyrings.alt is a test dependency")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    backend = "keyrings.alt.file.PlaintextKeyring"
    env = {}
    if how == "environment":
        env["PYTHON_KEYRING_BACKEND"] = backend
    else:
        config = Path(os.environ["XDG_CONFIG_HOME"]) / "python_keyring" / "keyringrc.cfg"
        config.parent.mkdir(parents=True)
        config.write_text(f"[backend]\ndefault-keyring={backend}\n")
    db = tmp_path / "library.sqlite3"
    private_feed(httpserver, "/private", SECRET)
    url = httpserver.url_for("/private")
    result = cli(
        "add-feed",
        "--db",
        db,
        url,
        "--username",
        "ana",
        "--password-stdin",
        env=env,
        stdin=SECRET + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    later = cli("refresh", "--db", db, env=env)  # a new process finds it in that keyring
    assert later.returncode == 0, later.stderr
    stored = Path(os.environ["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"
    assert stored.exists()


@pytest.mark.parametrize(
    ("url", "clean", "user", "password"),
    [
        ("https://ana:pw@host/feed", "https://host/feed", "ana", "pw"),
        ("https://ana:p%40ss%3Aw@host:8443/f?x=1", "https://host:8443/f?x=1", "ana", "p@ss:w"),
        ("https://ana@host/feed", "https://host/feed", "ana", None),
        ("https://host/feed?mail=a@b.example", "https://host/feed?mail=a@b.example", None, None),
        ("http://[bad/feed", "http://[bad/feed", None, None),
    ],
)
def test_split_credentials(url, clean, user, password):
    assert split_credentials(url) == (clean, user, password)
    assert without_credentials(url) == clean


def test_messages_lose_every_password():
    text = "https://ana:pw@a.example/x: moved to http://bob:s%40cret@b.example:81/y?q=a@b"
    assert redact_credentials(text) == ("https://a.example/x: moved to http://b.example:81/y?q=a@b")
    assert redact_credentials("write to ana@example.org") == "write to ana@example.org"


def test_a_page_s_feed_link_loses_its_credentials():
    from reader.core.feeds.discovery import feeds_in_page

    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="https://u:p@x.example/rss"></head></html>'
    [feed] = feeds_in_page(page, "https://x.example/")
    assert feed.url == "https://x.example/rss"

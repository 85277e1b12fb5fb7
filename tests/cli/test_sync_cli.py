"""``account`` and ``sync`` as a terminal runs them, against a real FreshRSS."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

from reader.core.sync.greader import READ, STARRED
from tests.cli.test_cli import REPO, run
from tests.support.feedkit import items, rss20
from tests.support.freshrss import FeedServer, User, cli_env, client_for, subscribe


def _add(db: Path, user: User, env: dict[str, str], password: str | None = None):
    return run(
        "account", "add", "greader", user.api_url, "--username", user.username,
        "--password-stdin", "--name", "Desk", "--db", db,
        env=env, stdin=(password or user.password) + "\n",
    )  # fmt: skip


def _feed(server: FeedServer, user: User, name: str, count: int, folder: str) -> str:
    path = f"/{user.username}/{name}.xml"
    server.files[path] = _document(user, name, count)
    subscribe(user, server.url(path), folder=folder)
    return path


def _document(user: User, name: str, count: int) -> bytes:
    """A feed of ``count`` stories, none the same text as another feed's."""
    prefix = f"https://{name}.example/{user.username}/"
    start = 1000 * (zlib.crc32(name.encode()) % 10_000)
    return rss20(items(count, prefix=prefix, start=start), f"{name.title()} News")


def test_account_add_list_sync_remove(tmp_path, feed_server, greader_user):
    env = cli_env(tmp_path)
    db = tmp_path / "lib.sqlite"
    _feed(feed_server, greader_user, "asia", 3, "Asia")
    wrong = _add(db, greader_user, env, password="wrong")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == (
        f"{greader_user.api_url}: the server refused the user name or password"
    )
    added = _add(db, greader_user, env)
    assert added.returncode == 0, added.stderr
    assert "Added Desk" in added.stdout

    synced = run("sync", "--db", db, "--no-images", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "Desk: 3 new articles" in synced.stdout and "subscribed: Asia News" in synced.stdout
    listed = run("account", "list", "--json", "--db", db, env=env)
    [account] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (account["name"], account["username"], account["sources"]) == (
        "Desk",
        greader_user.username,
        1,
    )
    sources = run("sources", "--json", "--db", db, env=env)
    [source] = [json.loads(line) for line in sources.stdout.splitlines()]
    assert (source["kind"], source["account"], source["folder"], source["articles"]) == (
        "account",
        "Desk",
        "Asia",
        3,
    )
    # The window's and the CLI's mark go through the store: the change is queued and sent.
    ids = [
        str(json.loads(line)["id"])
        for line in run("list", "--db", db, "--json").stdout.split("\n")
        if line
    ]
    assert run("mark", "--db", db, "--read", ids[0], env=env).returncode == 0
    again = run("sync", "Desk", "--db", db, "--no-images", env=env)
    assert "1 change sent" in again.stdout, again.stdout

    extra = _feed(feed_server, greader_user, "africa", 2, "Africa")
    with client_for(greader_user) as client:  # _feed subscribed it: the CLI does it instead
        client.unsubscribe(
            next(s for s in client.subscriptions() if s.title == "Africa News").stream_id
        )
    followed = run(
        "account",
        "subscribe",
        "Desk",
        feed_server.url(extra),
        "--folder",
        "Africa",
        "--db",
        db,
        env=env,
    )
    assert followed.returncode == 0, followed.stderr
    assert "2 new articles" in followed.stdout
    dropped = run("account", "unsubscribe", "Africa News", "--db", db, env=env)
    assert dropped.returncode == 0, dropped.stderr
    assert "2 articles gone" in dropped.stdout
    local = run("account", "unsubscribe", "Nothing", "--db", db, env=env)
    assert local.returncode == 1 and "Nothing: no such source" in local.stderr

    unknown = run("sync", "Nope", "--db", db, env=env)
    assert unknown.returncode == 1 and "Nope: no such account" in unknown.stderr

    # The password is in the keyring file and nowhere else.
    keyring = Path(env["OFFLINE_READER_TEST_KEYRING"]).read_text()
    assert greader_user.password in keyring
    for path in tmp_path.iterdir():
        if path.name != "keyring.json" and path.is_file():
            assert greader_user.password.encode() not in path.read_bytes(), path
    for result in (added, synced, listed, sources, again):
        assert greader_user.password not in result.stdout + result.stderr

    removed = run("account", "remove", "Desk", "--db", db, env=env)
    assert removed.returncode == 0 and "Removed Desk and 3 articles." in removed.stdout
    # What goes is named first.
    assert "Removing Desk deletes 3 articles, 1 source, 0 changes not yet sent." in removed.stdout
    assert run("sources", "--json", "--db", db).stdout == ""
    assert greader_user.password not in Path(env["OFFLINE_READER_TEST_KEYRING"]).read_text()


def test_unreachable_server_exits_1_and_keeps_the_queue(tmp_path, greader_user, freshrss):
    env = cli_env(tmp_path)
    db = tmp_path / "lib.sqlite"
    assert _add(db, greader_user, env).returncode == 0
    freshrss.stop()
    try:
        result = run("sync", "--db", db, env=env)
    finally:
        freshrss.serve()
    assert result.returncode == 1
    assert result.stderr.startswith("Desk: cannot connect to 127.0.0.1")
    assert "nothing was changed" in result.stderr


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def _sync_killed_when(db: Path, env: dict[str, str], ready) -> bool:
    """Run ``sync`` and SIGKILL it as soon as ``ready()`` holds; True if it was killed.

    The points are read from the library as another program would: after the
    first batch of changes was confirmed, after the first batch of items was
    committed, and so on; each run resumes from where the last one died.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "sync", "--no-images", "--db", str(db)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.005)
    process.wait()
    return False


def test_killed_syncs_lose_nothing_and_double_nothing(
    tmp_path, feed_server, freshrss, greader_user
):
    env = cli_env(tmp_path)
    db = tmp_path / "lib.sqlite"
    feeds = [_feed(feed_server, greader_user, name, 60, name) for name in ("asia", "europe")]
    assert _add(db, greader_user, env).returncode == 0
    assert run("sync", "--no-images", "--db", db, env=env).returncode == 0
    # Changes waiting here, and new items waiting there.
    ids = [
        json.loads(line)["id"]
        for line in run("list", "--json", "--db", db).stdout.split("\n")
        if line
    ]
    marked = run("mark", "--db", db, "--read", *map(str, ids[:100]), env=env)
    assert marked.returncode == 0
    run("mark", "--db", db, "--star", *map(str, ids[:3]), env=env)
    pending = _count(db, "SELECT count(*) FROM pending_changes")
    assert pending == 103
    for path, name in zip(feeds, ("asia", "europe"), strict=True):
        feed_server.files[path] = _document(greader_user, name, 200)
    freshrss.refresh(greader_user)
    total = 400

    points = [
        lambda: 0 <= _count(db, "SELECT count(*) FROM pending_changes") < pending,
        lambda: _count(db, "SELECT count(*) FROM articles") > 120,
        lambda: _count(db, "SELECT count(*) FROM articles") >= 370,
    ]
    killed = [_sync_killed_when(db, env, point) for point in points]
    assert sum(killed) >= 2, killed  # most kills landed inside a sync

    final = run("sync", "--no-images", "--db", db, env=env)
    assert final.returncode == 0, final.stderr
    assert _count(db, "SELECT count(*) FROM articles") == total
    assert _count(db, "SELECT count(DISTINCT article_id) FROM remote_items") == total
    assert _count(db, "SELECT count(*) FROM pending_changes") == 0
    with client_for(greader_user) as client:
        unread_there = len(set(client.item_ids(exclude=READ)))
        starred_there = len(set(client.item_ids(STARRED)))
    assert unread_there == total - 100 == _count(db, "SELECT count(*) FROM unread")
    assert starred_there == 3 == _count(db, "SELECT count(*) FROM articles WHERE starred = 1")

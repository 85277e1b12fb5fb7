"""The feed commands of the CLI, run as subprocesses against a local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import list_json, run
from tests.support.cli_runner import run_cli
from tests.support.feedkit import atom, basic_auth_feed, items, json_feed, rss20

SECRET = "s3cret-Pässword!"
KEYRING = "tests.support.feedkit.FileKeyring"


@pytest.fixture
def keyring_env(tmp_path):
    return {
        "PYTHON_KEYRING_BACKEND": KEYRING,
        "OFFLINE_READER_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }


def sources(db: Path) -> list[dict]:
    result = run("sources", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_add_feed_refresh_remove(httpserver, db_path):
    httpserver.expect_request("/feed").respond_with_data(
        rss20(items(3)), content_type="application/rss+xml", headers={"ETag": '"1"'}
    )
    url = httpserver.url_for("/feed")
    added = run("add-feed", "--db", db_path, url, "--folder", "Asia")
    assert added.returncode == 0, added.stderr
    assert f"Subscribed to {url}" in added.stdout and "3 new articles" in added.stdout
    [source] = sources(db_path)
    assert (source["title"], source["folder"], source["articles"]) == ("Example News", "Asia", 3)
    assert source["kind"] == "feed" and source["url"] == url

    again = run("refresh", "--db", db_path)
    assert again.returncode == 0, again.stderr
    assert "Refreshed 1 feed" in again.stdout and "0 new articles" in again.stdout

    twice = run("add-feed", "--db", db_path, url)
    assert twice.returncode == 1 and twice.stderr.startswith(f"{url}: already subscribed")

    removed = run("remove-feed", "--db", db_path, "Example News")
    assert removed.returncode == 0, removed.stderr
    assert "its 3 articles" in removed.stdout
    assert sources(db_path) == []


def test_add_feed_through_a_page_and_refresh_by_name(httpserver, db_path):
    page = (
        '<html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head></html>'
    )
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/atom").respond_with_data(atom(items(2)))
    httpserver.expect_request("/json").respond_with_data(
        json_feed(items(2, start=5)), content_type="application/feed+json"
    )
    assert run("add-feed", "--db", db_path, httpserver.url_for("/")).returncode == 0
    assert (
        run(
            "add-feed", "--db", db_path, "--no-fetch", "--title", "J", httpserver.url_for("/json")
        ).returncode
        == 0
    )
    result = run("refresh", "--db", db_path, "J")
    assert result.returncode == 0, result.stderr
    assert "Refreshed 1 feed" in result.stdout and "2 new articles" in result.stdout
    assert len(list_json(db_path)) == 4
    bad = run("refresh", "--db", db_path, "J", "nowhere")
    assert bad.returncode == 1 and "nowhere: no such source" in bad.stderr


def test_refresh_errors_are_named_per_feed(httpserver, db_path):
    httpserver.expect_request("/good").respond_with_data(rss20(items(1)))
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    run("add-feed", "--db", db_path, "--no-fetch", "--title", "Good", httpserver.url_for("/good"))
    run("add-feed", "--db", db_path, "--no-fetch", "--title", "Gone", httpserver.url_for("/gone"))
    result = run("refresh", "--db", db_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Gone: the server answered 404" in result.stderr
    assert "1 new article," in result.stdout and "1 failed" in result.stdout
    gone = next(s for s in sources(db_path) if s["title"] == "Gone")
    assert "404" in gone["error"]


def test_add_feed_errors_exit_1_and_usage_errors_exit_2(httpserver, db_path):
    httpserver.expect_request("/page").respond_with_data(
        "<html>no feeds</html>", content_type="text/html"
    )
    result = run("add-feed", "--db", db_path, httpserver.url_for("/page"))
    assert result.returncode == 1 and "no feed found" in result.stderr
    result = run("add-feed", "--db", db_path, "file:///etc/passwd")
    assert result.returncode == 1 and "only http and https" in result.stderr
    assert (
        run("add-feed", "--db", db_path, "https://a.example/f", "--password-stdin").returncode == 2
    )
    assert run("refresh", "--db", db_path, "--bogus").returncode == 2
    assert run("opml", "--db", db_path).returncode == 2
    assert sources(db_path) == []


def test_private_feed_password_goes_to_the_keyring_only(httpserver, db_path, keyring_env, tmp_path):
    handler = basic_auth_feed("ana", SECRET, rss20(items(2)), "application/rss+xml")

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    result = run_with_stdin(
        ["add-feed", "--db", str(db_path), url, "--username", "ana", "--password-stdin"],
        SECRET + "\n",
        keyring_env,
    )
    assert result.returncode == 0, result.stderr
    assert "2 new articles" in result.stdout
    stored = json.loads(Path(keyring_env["OFFLINE_READER_TEST_KEYRING"]).read_text())
    assert stored == {f"offline-reader\n{url}": SECRET}
    assert run("refresh", "--db", db_path, env=keyring_env).returncode == 0
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw and b"ana" in raw
    assert run("remove-feed", "--db", db_path, url, env=keyring_env).returncode == 0
    assert json.loads(Path(keyring_env["OFFLINE_READER_TEST_KEYRING"]).read_text()) == {}


def test_no_keyring_is_said_plainly(httpserver, db_path):
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    handler = basic_auth_feed("ana", SECRET, rss20(items(1)))

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    result = run_with_stdin(
        ["add-feed", "--db", str(db_path), url, "--username", "ana", "--password-stdin"],
        SECRET + "\n",
        env,
    )
    assert result.returncode == 0, result.stderr
    assert "no usable keyring" in result.stderr
    later = run("refresh", "--db", db_path, env=env)
    assert later.returncode == 1 and "needs a user name and password" in later.stderr
    with_pw = run_with_stdin(
        ["refresh", "--db", str(db_path), url, "--password-stdin"], SECRET + "\n", env
    )
    assert with_pw.returncode == 0, with_pw.stderr
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw


def test_opml_import_export_cli(tmp_path, db_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Asia"><outline text="A" type="rss" xmlUrl="https://a.example/f"/></outline>'
        '<outline text="Evil" type="rss" xmlUrl="exec:rm -rf ~"/>'
        "</body></opml>"
    )
    result = run("opml", "import", "--db", db_path, opml)
    assert result.returncode == 1  # one outline skipped, and said so
    assert f"{opml}: Evil: only http and https" in result.stderr
    assert "Subscribed to 1 feed" in result.stdout
    out = tmp_path / "out.opml"
    exported = run("opml", "export", "--db", db_path, out)
    assert exported.returncode == 0 and "Exported 1 feed" in exported.stdout
    text = out.read_text()
    assert 'xmlUrl="https://a.example/f"' in text and 'text="Asia"' in text
    assert "exec:" not in text
    stdout = run("opml", "export", "--db", db_path, "-")
    assert stdout.stdout.startswith("<?xml") and "a.example" in stdout.stdout
    missing = run("opml", "import", "--db", db_path, tmp_path / "nope.opml")
    assert missing.returncode == 1 and missing.stderr.startswith(f"{tmp_path / 'nope.opml'}: ")
    junk = tmp_path / "junk.opml"
    junk.write_text("not xml at all")
    bad = run("opml", "import", "--db", db_path, junk)
    assert bad.returncode == 1 and "not an OPML file" in bad.stderr
    assert "Traceback" not in bad.stderr + missing.stderr


def test_feed_files_import_like_dumps(tmp_path, db_path, sample_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "news.rss").write_bytes(rss20(items(2)))
    (folder / "blog.atom").write_bytes(atom(items(2, start=10)))
    (folder / "feed.json").write_bytes(json_feed(items(2, start=20)))
    (folder / "no-suffix-feed.txt").write_bytes(rss20(items(1, start=30)))
    (folder / "sample.txt").write_bytes(sample_path.read_bytes())
    (folder / "broken.xml").write_bytes(b"<html>not a feed</html>")
    result = run("import", "--db", db_path, folder)
    assert result.returncode == 1
    assert result.stderr.strip() == f"{folder / 'broken.xml'}: not a feed: this is a web page"
    assert "Imported 8 articles from 6 files" in result.stdout
    again = run("import", "--db", db_path, folder / "news.rss")
    assert again.returncode == 0 and "2 duplicates" in again.stdout
    texts = run("list", "--db", db_path, "--search", "李强")
    assert texts.returncode == 0 and len(texts.stdout.splitlines()) == 8


def run_with_stdin(args: list[str], stdin: str, env: dict[str, str]):
    """The CLI (in this process) reading ``stdin``, as ``printf %s "$PW" | ...`` runs it."""
    return run_cli(*args, stdin=stdin, env=env)


#: The name other tests import it by.
subprocess_with_stdin = run_with_stdin

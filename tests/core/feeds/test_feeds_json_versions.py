"""JSON Feed whose ``version`` is a bare "1.0" / "1.1", as many generators write
it (other readers accept it): parsed, refreshed from a real server, subscribed
to with the real CLI, and imported from a saved file."""

from __future__ import annotations

import json

import pytest

from reader.core.errors import FeedError
from reader.core.feeds.parse import looks_like_feed, parse_feed
from reader.core.feeds.refresh import FeedStatus, refresh_sources
from reader.core.feeds.subscriptions import subscribe
from reader.core.library import Store
from tests.cli.test_cli import list_json, run
from tests.support.feedkit import items, json_feed

BARE = ["1.0", "1.1"]


@pytest.mark.parametrize(
    "version, fmt",
    [
        ("1", "json1"),
        ("1.0", "json10"),
        ("1.1", "json11"),
        (" 1.1 ", "json11"),
        ("https://jsonfeed.org/version/1", "json1"),
        ("https://jsonfeed.org/version/1.1", "json11"),
        ("http://jsonfeed.org/version/1.1/", "json11"),
    ],
)
def test_each_version_form_parses(version, fmt):
    data = json_feed(items(2), version=version)
    assert looks_like_feed(data)
    feed = parse_feed(data, "https://json.example/feed.json")
    assert feed.format == fmt
    assert [item.title for item in feed.items] == [e.title for e in items(2)]


@pytest.mark.parametrize("version", ["2.0", "1.1.0", "v1.1", "", "https://example.org/version/1"])
def test_other_versions_are_not_json_feeds(version):
    data = json_feed(items(1), version=version)
    with pytest.raises(FeedError, match="JSON Feed version"):
        parse_feed(data, "https://json.example/feed.json")


def test_a_number_is_not_a_version_string():
    document = json.loads(json_feed(items(1)))
    document["version"] = 1.1
    with pytest.raises(FeedError, match="JSON Feed version"):
        parse_feed(json.dumps(document).encode(), "https://json.example/feed.json")


def test_the_sniff_wants_a_version_and_items():
    assert looks_like_feed(json_feed(items(1), version="1.0"))
    assert not looks_like_feed(b'{"name": "app", "version": "1.0.0", "items": []}')
    assert not looks_like_feed(b'{"version": "1.1", "data": []}')


@pytest.mark.parametrize("content_type", ["application/feed+json", "application/json"])
@pytest.mark.parametrize("version", BARE)
def test_refresh_reads_a_bare_version(httpserver, db_path, version, content_type):
    path = f"/bare-{version}.json"
    httpserver.expect_request(path).respond_with_data(
        json_feed(items(3), version=version), content_type=content_type
    )
    with Store.open(db_path) as store:
        source_id = subscribe(store, httpserver.url_for(path), find_feed=False).source_id
        [first] = refresh_sources(store, [source_id])
        assert first.status is FeedStatus.UPDATED, first.error
        assert (first.added, first.error) == (3, None)
        [again] = refresh_sources(store, [source_id])
        assert again.ok and again.added == 0
        assert store.get_source(source_id).title == "Example JSON"


@pytest.mark.parametrize("version", BARE)
def test_cli_add_feed_and_refresh_a_bare_version(httpserver, db_path, version):
    path = f"/cli-{version}.json"
    httpserver.expect_request(path).respond_with_data(
        json_feed(items(2), version=version), content_type="application/json"
    )
    url = httpserver.url_for(path)
    added = run("add-feed", "--db", db_path, url)
    assert added.returncode == 0, added.stderr
    assert f"Subscribed to {url}" in added.stdout and "2 new articles" in added.stdout
    refreshed = run("refresh", "--db", db_path)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "0 new articles" in refreshed.stdout and "0 failed" in refreshed.stdout
    assert len(list_json(db_path)) == 2


@pytest.mark.parametrize("version", BARE)
@pytest.mark.parametrize("name", ["saved.json", "saved-feed.txt"])
def test_importing_a_saved_file_with_a_bare_version(db_path, tmp_path, version, name):
    saved = tmp_path / name
    saved.write_bytes(json_feed(items(2, prefix="https://json.example/a/"), version=version))
    result = run("import", "--db", db_path, saved)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 articles" in result.stdout and "0 failed" in result.stdout
    rows = list_json(db_path)
    assert {row["source"] for row in rows} == {"json.example"}
    assert sorted(row["title"] for row in rows) == sorted(e.title for e in items(2))

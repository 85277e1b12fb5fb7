"""Errors carry the file or address they are about, apart from the reason."""

from __future__ import annotations

import pickle
import sqlite3

import pytest

from reader.core.errors import LibraryTooNewError, ReaderError, StorageError
from reader.core.library import Store, schema
from tests.cli.test_cli import run


def test_a_library_that_is_not_one_names_its_file_once(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError) as caught:
        Store.open(junk)
    error = caught.value
    assert error.path == str(junk)
    assert str(junk) not in error.reason and "not a readable" in error.reason
    assert str(error) == f"{junk}: {error.reason}"


def test_the_schemas_refusal_gets_the_file_from_open(db_path):
    Store.open(db_path).close()
    db = sqlite3.connect(db_path)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.close()
    with pytest.raises(LibraryTooNewError) as caught:
        Store.open(db_path)
    assert caught.value.path == str(db_path)
    assert str(caught.value) == f"{db_path}: {caught.value.reason}"
    assert str(db_path) not in caught.value.reason


def test_a_failing_method_names_the_library(db_path):
    store = Store.open(db_path)
    store.close()
    with pytest.raises(StorageError) as caught:
        store.sources()
    assert caught.value.path == str(db_path)


def test_a_feed_subscribed_twice_carries_its_address(db_path):
    with Store.open(db_path) as store:
        store.add_feed("https://a.example/rss", name="a.example")
        with pytest.raises(ReaderError) as caught:
            store.add_feed("https://a.example/rss", name="again")
        assert caught.value.url == "https://a.example/rss"
        assert caught.value.path is None
        other = store.add_feed("https://b.example/rss", name="b.example")
        with pytest.raises(ReaderError) as moved:
            store.set_feed_url(other, "https://a.example/rss")
        assert moved.value.url == "https://a.example/rss"


def test_errors_keep_their_data_across_processes():
    """Import workers' errors reach the importing process pickled."""
    error = pickle.loads(pickle.dumps(StorageError("the disk is full", path="/x/lib.sqlite3")))
    assert (type(error), error.path, error.reason) == (
        StorageError,
        "/x/lib.sqlite3",
        "the disk is full",
    )
    assert str(error) == "/x/lib.sqlite3: the disk is full"


def test_the_opml_command_names_the_file_once(tmp_path, db_path):
    junk = tmp_path / "junk.opml"
    junk.write_text("not xml at all")
    missing = tmp_path / "nope.opml"
    for path in (junk, missing):
        result = run("opml", "import", "--db", db_path, path)
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(f"{path}: ") and line.count(str(path)) == 1, line

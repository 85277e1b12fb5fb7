"""Compressed article bodies: the format, and a schema-1 library brought forward."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import StorageError
from reader.core.library import Store, compact, schema
from reader.core.models import ArticleQuery

V1 = Path(__file__).resolve().parents[2] / "data" / "library-v1.sqlite"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>négociations</p>", "négociations"),
        ("<p>克里与李强和王毅会面 \U00020000</p>", "克里与李强和王毅会面 \U00020000"),
        ("", ""),
        ("<p>a\0b</p>", "a\0b"),
    ],
)
def test_a_body_comes_back_as_it_went_in(html: str, text: str) -> None:
    body = compact.pack(html, text)
    assert compact.unpack(body) == (html, text)
    assert compact.unpack_text(body) == text


def test_bodies_are_much_smaller_than_the_text() -> None:
    html = "<p>" + "Le ministre a rencontré les négociateurs à Pékin mardi. " * 40 + "</p>"
    text = html[3:-4]
    assert len(compact.pack(html, text)) < len((html + text).encode()) / 10


def test_an_unknown_format_is_refused_with_a_clear_error() -> None:
    with pytest.raises(StorageError, match="unknown format"):
        compact.unpack(b"\x09\x00\x00\x00\x01xyz")


def test_a_schema_1_library_is_compressed_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(V1, path)
    old = sqlite3.connect(path)
    before = old.execute(
        "SELECT a.id, a.title, a.read, a.starred, c.html, c.text FROM articles a "
        "JOIN article_content c ON c.id = a.id ORDER BY a.id"
    ).fetchall()
    old.close()
    assert len(before) == 33

    with Store.open(path) as store:
        version = store._db.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema.VERSION
        columns = [row[1] for row in store._db.execute("PRAGMA table_info(article_content)")]
        assert columns == ["id", "body"]
        for id_, title, read, starred, html, text in before:
            article = store.get_article(id_)
            assert (article.title, article.html, article.text) == (title, html, text)
            assert (article.read, article.starred) == (bool(read), bool(starred))
        assert store.get_article(1).read and store.get_article(2).starred
        # Search still finds the Chinese sample, and deleting unindexes it.
        hits = store.list_articles(ArticleQuery(search="李强"))
        assert hits
        assert store.delete_articles([hit.id for hit in hits]) == len(hits)
        assert store.list_articles(ArticleQuery(search="李强")) == []
        assert store.totals()[0] == 33 - len(hits)

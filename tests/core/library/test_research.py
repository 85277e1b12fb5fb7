"""The research desk's storage: tags, highlights, saved searches, provenance, migration.

Provenance hashes are recomputed here from the original bytes with hashlib
(and ``sha256sum`` for a one-record file), never taken from the program.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from reader.core.content.anchors import TextQuote, locate, quote_selector, select
from reader.core.dumps.importer import import_paths
from reader.core.errors import ReaderError
from reader.core.feeds.raw_items import item_bytes
from reader.core.feeds.refresh import refresh_sources
from reader.core.feeds.subscriptions import subscribe
from reader.core.library import Store
from reader.core.library.schema import VERSION
from reader.core.models import ArticleQuery
from reader.core.research_text import verify_file
from tests.support.feedkit import atom, items, json_feed, rss20

DATA = Path(__file__).resolve().parents[2] / "data"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record(n: int, body: str, newline: str = "\n") -> str:
    lines = [
        f"<!--16896861{n:05d}000-->",
        f"[Record {n} title](https://news.example/r/{n})",
        "------",
        "",
        f"<p>{body}</p>",
        "",
    ]
    return newline.join(lines)


# -- tags ---------------------------------------------------------------------------


def test_tags_are_case_blind_counted_and_filter_lists(store, sample_path, tmp_path):
    dump = tmp_path / "two.txt"
    dump.write_text(record(1, "one") + record(2, "two"), "utf-8")
    import_paths(store, [sample_path, dump])
    ids = store.article_ids()
    assert store.tag_articles(ids[:2], add=["Brexit", "court case"]) == 2
    store.tag_articles([ids[0]], add=["BREXIT"])  # the same tag
    assert [(t.name, t.total, t.unread) for t in store.tags()] == [
        ("Brexit", 2, 2),
        ("court case", 2, 2),
    ]
    store.mark([ids[0]], read=True)
    brexit = store.tag_id("brexit")
    assert brexit is not None
    assert store.count(ArticleQuery(tag_ids=(brexit,))) == 2
    assert store.count(ArticleQuery(tag_ids=(brexit,), unread_only=True)) == 1
    store.tag_articles(ids, remove=["brexit"])
    assert [t.name for t in store.tags()] == ["court case"]  # an empty tag goes
    store.set_article_tags(ids[0], ["x", "court case"])
    assert store.article_tags([ids[0]]) == {ids[0]: ["court case", "x"]}
    with pytest.raises(ReaderError):
        store.tag_articles(ids, add=["   "])
    store.delete_articles([ids[0]])
    assert store.article_tags([ids[0]]) == {}


# -- anchors -------------------------------------------------------------------------


def test_a_quote_said_twice_is_found_by_its_context():
    text = "The minister said no.\n\nLater, the minister said no again, firmly."
    second = text.index("minister said no again")
    anchor = select(text, second, second + len("minister said no"))
    assert anchor is not None and anchor.quote == "minister said no"
    # Laid out differently (one line break instead of two), same words: found at the second.
    other = text.replace("\n\n", "\n")
    start, end = locate(other, anchor)  # type: ignore[misc]
    assert other[start:end] == "minister said no"
    assert start == other.index("minister said no again")
    assert locate("nothing like it", anchor) is None
    assert quote_selector(text, "said   no.\nLater") is not None
    assert quote_selector(text, "not in it") is None


def test_an_anchor_survives_whitespace_across_paragraphs():
    anchor = TextQuote("end of one. Start of two", "", "", 0)
    view_text = "end of one.\u2029Start of two"  # Qt's paragraph separator
    assert locate(view_text, anchor) == (0, len(view_text))


# -- highlights and saved searches ----------------------------------------------------


def test_highlights_survive_a_reopen_and_a_reimport(db_path, sample_path):
    with Store.open(db_path) as store:
        import_paths(store, [sample_path])
        [article_id] = store.article_ids()
        anchor = quote_selector(store.get_article(article_id).text, "全球变暖")
        assert anchor is not None
        store.add_highlight(article_id, anchor, colour="pink", note="a note")
    with Store.open(db_path) as store:
        assert import_paths(store, [sample_path]).duplicates == 1
        [item] = store.highlights(article_id)
        text = store.get_article(article_id).text
    span = locate(text, TextQuote(item.quote, item.prefix, item.suffix, item.position))
    assert span is not None and text[span[0] : span[1]] == "全球变暖"
    assert (item.colour, item.note) == ("pink", "a note")


def test_saved_searches_follow_new_articles(store, sample_path, corpus_factory):
    store.save_search("Li Qiang", "李强")
    [saved] = store.saved_searches()
    assert (saved.total, saved.unread) == (0, 0)
    import_paths(store, [sample_path])
    [saved] = store.saved_searches()
    assert saved.total == 1 and saved.unread == 1
    store.save_search("li qiang", "李强 克里")  # same name, case aside: replaced
    assert [s.query for s in store.saved_searches()] == ["李强 克里"]
    store.rename_saved_search(saved.id, "Kerry")
    store.delete_saved_search(store.saved_search("kerry").id)
    assert store.saved_searches() == []


# -- provenance -----------------------------------------------------------------------


def test_a_one_record_dump_hashes_as_sha256sum_does(store, sample_path):
    import_paths(store, [sample_path])
    [article_id] = store.article_ids()
    proof = store.provenance(article_id)
    assert proof is not None
    summed = subprocess.run(
        ["sha256sum", str(sample_path)], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    assert proof.sha256 == summed == sha(sample_path.read_bytes())
    assert proof.origin.kind == "file"
    assert proof.origin.name == sample_path.name
    assert proof.origin.path == str(sample_path.resolve())


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_each_record_of_a_dump_hashes_its_own_bytes(store, tmp_path, newline):
    parts = [record(n, f"body {n}", newline).encode() for n in (1, 2, 3)]
    dump = tmp_path / "three.txt"
    dump.write_bytes(b"".join(parts))
    import_paths(store, [dump])
    by_url = {s.url: s.id for s in store.list_articles()}
    for n, raw in zip((1, 2, 3), parts, strict=True):
        proof = store.provenance(by_url[f"https://news.example/r/{n}"])
        assert proof is not None and proof.sha256 == sha(raw)
    checks = verify_file(store, str(dump))
    assert [c.ok for c in checks] == [True, True, True]

    # One byte changed in the second record: that record, and only it, is not held.
    dump.write_bytes(parts[0] + parts[1].replace(b"body 2", b"body X") + parts[2])
    checks = verify_file(store, str(dump))
    assert [c.ok for c in checks] == [True, False, True]
    assert checks[1].changed_in == by_url["https://news.example/r/2"]


def test_a_gb18030_record_hashes_the_bytes_as_received(store, tmp_path):
    raw = record(1, "记者在现场").encode("gb18030")
    dump = tmp_path / "gb.txt"
    dump.write_bytes(raw)
    import_paths(store, [dump])
    [article_id] = store.article_ids()
    assert store.provenance(article_id).sha256 == sha(raw)  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_feed_items_hash_their_bytes_as_sent(httpserver, store, fmt):
    entries = items(3)
    body = {"rss": rss20, "atom": atom, "json": json_feed}[fmt](entries)
    httpserver.expect_request("/feed").respond_with_data(body, headers={"ETag": '"v1"'})
    url = httpserver.url_for("/feed")
    subscribe(store, url, find_feed=False)
    [result] = refresh_sources(store)
    assert result.added == 3
    pieces = item_bytes(body)
    assert len(pieces) == 3
    for piece in pieces:
        assert piece in body  # sliced from the document, not written again
    wanted = {sha(piece) for piece in pieces}
    proofs = store.provenances(store.article_ids())
    assert {p.sha256 for p in proofs.values()} == wanted
    proof = next(iter(proofs.values()))
    assert proof.origin.kind == "feed" and proof.origin.name == url
    assert proof.origin.etag == '"v1"'
    assert proof.origin.http_date is not None  # the server's own Date header
    sent = parsedate_to_datetime(proof.origin.http_date)
    assert abs((sent - proof.captured_at).total_seconds()) < 60


def test_json_items_are_sliced_whatever_their_strings_hold():
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "x ] [ {",'
        b' "items": [{"id": "1", "content_html": "a \\" } ] b"}, {"id": "2", "n": [1, {"a": 2}]}]}'
    )
    assert item_bytes(body) == [
        b'{"id": "1", "content_html": "a \\" } ] b"}',
        b'{"id": "2", "n": [1, {"a": 2}]}',
    ]


# -- migration ------------------------------------------------------------------------


def test_a_version_1_library_upgrades_and_keeps_everything(tmp_path):
    library = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v1.sqlite", library)
    with sqlite3.connect(library) as db:
        before = db.execute(
            "SELECT count(*), sum(read), sum(starred), (SELECT count(*) FROM sources) FROM articles"
        ).fetchone()
    with Store.open(library) as store:
        total, unread, starred = store.totals()
        assert (total, total - unread, starred) == before[:3]
        assert len(store.sources()) == before[3]
        ids = store.article_ids()
        assert store.provenance(ids[0]) is None  # not recorded: nothing made up
        store.tag_articles(ids[:2], add=["after upgrade"])
        assert store.tags()[0].total == 2
        anchor = quote_selector(store.get_article(ids[0]).text, store.get_article(ids[0]).text[:8])
        assert anchor is not None
        store.add_highlight(ids[0], anchor)
        store.save_search("s", "climat")
    with sqlite3.connect(library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_a_saved_feed_file_is_hashed_item_by_item_and_verified(store, tmp_path):
    body = rss20(items(2))
    saved = tmp_path / "news.xml"
    saved.write_bytes(body)
    import_paths(store, [saved])
    proofs = store.provenances(store.article_ids())
    assert {p.sha256 for p in proofs.values()} == {sha(piece) for piece in item_bytes(body)}
    assert {p.origin.name for p in proofs.values()} == {"news.xml"}
    assert [check.ok for check in verify_file(store, str(saved))] == [True, True]
    saved.write_bytes(body.replace(b"Paragraph one of story 1", b"Paragraph one of story I"))
    assert [check.ok for check in verify_file(store, str(saved))] == [True, False]

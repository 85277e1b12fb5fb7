"""Saving web pages as evidence (issue 28) and the page's provenance (issue 21), from the CLI.

A local site of realistic pages (navigation, cookie banner, an in-body
picture, a redirect, a page that is gone): pages are saved, the server
stops, and the pages read in full in ``show`` and in a PDF; the capture's
payload digest is the SHA-256 of the bytes served; the WACZ passes
Webrecorder's own validator; ``verify`` checks a WARC and a WACZ record by
record. Commands run in this process (``qapp``: export-pdf uses Qt here).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import zipfile

from reader import cli
from reader.core.library import Store
from tests.support.fulltextkit import (
    expected,
    image_path_of,
    paragraphs,
    site_to_save,
    site_with_articles,
)
from tests.support.pdf_tools import pdftotext, squash


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def show_json(capsys, db, article_id: int) -> dict:
    code, out, err = run(capsys, "show", "--db", db, article_id, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def ids_by_url(capsys, db) -> dict[str, int]:
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0
    return {row["url"]: row["id"] for row in map(json.loads, out.splitlines())}


def wacz_validate(path) -> subprocess.CompletedProcess[str]:
    """Webrecorder's validator, as a web archivist runs it."""
    return subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_saved_pages_read_in_full_offline_and_prove_their_bytes(
    db_path, site, tmp_path, capsys, qapp
):
    urls = site_to_save(site)
    served = site.routes["/articles/0/news-site.html"].body
    code, out, err = run(
        capsys, "save", "--db", db_path, urls["redirect"], urls["blog"], urls["gone"],
        "--tag", "evidence",
    )  # fmt: skip
    assert code == 1  # the page that is gone
    assert "Saved pages: 2 saved, 1 left for the next refresh" in out
    assert "Images: 2 cached" in out
    assert "404" in err
    ids = ids_by_url(capsys, db_path)
    news, blog, gone = ids[urls["redirect"]], ids[urls["blog"]], ids[urls["gone"]]
    site.stop()  # offline from here on

    for article_id, name in ((news, "news-site.html"), (blog, "wordpress-blog.html")):
        code, text, _ = run(capsys, "show", "--db", db_path, article_id)
        assert code == 0
        for paragraph in paragraphs(name):
            assert paragraph in text
        for furniture in expected()[name]["furniture"]:
            assert furniture not in text, furniture
        record = show_json(capsys, db_path, article_id)
        assert record["shown"] == "full" and record["tags"] == ["evidence"]
        assert "cached-image:" in record["html"] and image_path_of(name) not in record["html"]

    record = show_json(capsys, db_path, news)
    # The page's own metadata named it, not the link.
    assert record["title"] == "Flood defences fail in river towns as storm lingers"
    assert record["published"] == "2024-02-11T07:30:00Z"
    page = record["provenance"]["page"]
    assert page["requested_url"] == urls["redirect"]
    assert page["url"] == urls["news"]  # after the redirect
    assert page["http_status"] == 200 and page["http_date"].endswith("GMT")
    assert page["sha256"] == hashlib.sha256(served).hexdigest()
    assert page["warc_payload_digest"] == "sha256:" + page["sha256"]
    assert page["raw_capture_kept"] is True
    assert record["provenance"]["text_shown"] == "full article from the page"

    pending = show_json(capsys, db_path, gone)
    assert pending["full_text"]["status"] == "offline"
    assert "404" in pending["full_text"]["reason"]
    assert "next refresh" in pending["full_text"]["reason"]

    pdf = tmp_path / "saved.pdf"
    code, _, err = run(capsys, "export-pdf", "--db", db_path, news, "--output", pdf)
    assert code == 0, err
    text = squash(pdftotext(pdf))
    for paragraph in paragraphs("news-site.html"):
        assert squash(paragraph) in text
    assert squash(f"(WARC-Payload-Digest): {page['sha256']}") in text
    assert squash("Text shown: the full article from this page") in text

    wacz = tmp_path / "evidence.wacz"
    code, out, err = run(capsys, "export-wacz", "--db", db_path, news, blog, "-o", wacz)
    assert code == 0, err
    assert "2 pages" in out
    checked = wacz_validate(wacz)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "passed WACZ is valid" in checked.stdout
    with zipfile.ZipFile(wacz) as package:
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").splitlines()]
        assert {p.get("url") for p in pages[1:]} == {urls["news"], urls["blog"]}
        warc = package.read("archive/data.warc.gz")
        assert f"WARC-Payload-Digest: sha256:{page['sha256']}".encode() in gzip.decompress(warc)
        assert served in gzip.decompress(warc)  # the page byte for byte
        # The redirect on the way is kept too (pywb replays the address asked for).
        assert f"WARC-Target-URI: {urls['redirect']}".encode() in gzip.decompress(warc)
        assert b"HTTP/1.0 301 Moved Permanently" in gzip.decompress(warc)

    code, out, _ = run(capsys, "verify", "--db", db_path, wacz)
    assert code == 0, out
    assert out.count(": unchanged (article") == 5  # two pages, their pictures, the redirect
    assert f"{urls['news']}: unchanged (article {news}," in out

    # A WARC whose page was edited afterwards is not what the library holds.
    tampered = tmp_path / "tampered.warc"
    edited = gzip.decompress(warc).replace(b"gave way shortly", b"held out shortly")
    tampered.write_bytes(edited)
    code, out, _ = run(capsys, "verify", "--db", db_path, tampered)
    assert code == 1
    assert (
        f"{urls['news']} (its WARC-Payload-Digest does not match its bytes): "
        f"changed: article {news} has this URL"
    ) in out


def test_a_page_that_cannot_be_had_is_retried_at_the_next_refresh(db_path, site, capsys):
    url = site.add("/statement.html", b"", status=503)
    code, out, err = run(capsys, "save", "--db", db_path, url)
    assert code == 1 and "1 left for the next refresh" in out and "503" in err
    [article_id] = ids_by_url(capsys, db_path).values()
    assert show_json(capsys, db_path, article_id)["full_text"]["status"] == "offline"

    site_with_articles(site)
    site.add("/statement.html", site.routes["/articles/1/wordpress-blog.html"].body)
    code, out, err = run(capsys, "refresh", "--db", db_path)
    assert "Saved pages: 1 saved" in out, out + err
    record = show_json(capsys, db_path, article_id)
    assert record["shown"] == "full"
    assert paragraphs("wordpress-blog.html")[-1] in record["text"]
    assert site.hits["/articles/0/news-site.html"] == 0


def test_a_feeds_full_article_keeps_its_page_as_received(db_path, site, capsys):
    feed = site_with_articles(site)
    assert run(capsys, "add-feed", "--db", db_path, feed, "--no-fetch")[0] == 0
    assert run(capsys, "feed-options", "--db", db_path, feed, "--full-text", "on")[0] == 0
    _, out, err = run(capsys, "refresh", "--db", db_path)
    assert "Full articles: 3 downloaded" in out, out + err
    ids = _titles(capsys, db_path)
    record = show_json(capsys, db_path, ids["Story 1"])
    proof = record["provenance"]
    # The feed's record and the page's own capture, both, and which is shown.
    assert proof["origin"] == feed and proof["sha256"]
    served = site.routes["/articles/1/wordpress-blog.html"].body
    assert proof["page"]["sha256"] == hashlib.sha256(served).hexdigest()
    assert proof["page"]["sha256"] != proof["sha256"]
    assert proof["text_shown"] == "full article from the page"
    # Its picture too, as the image cache received it.
    with Store.open(db_path) as store:
        pictures = [c for c in store.captures(ids["Story 1"]) if c.kind == "resource"]
    picture = site.routes[image_path_of("wordpress-blog.html")].body
    assert [c.payload_sha256 for c in pictures] == [hashlib.sha256(picture).hexdigest()]
    assert pictures[0].url.endswith(image_path_of("wordpress-blog.html"))
    teaser = show_json(capsys, db_path, ids["Forbidden story"])["provenance"]
    assert "page" not in teaser  # a page that gave no article is not shown as its source


def _titles(capsys, db) -> dict[str, int]:
    _, out, _ = run(capsys, "list", "--db", db, "--json")
    return {row["title"]: row["id"] for row in map(json.loads, out.splitlines())}


def test_saving_a_feeds_article_captures_its_page_and_keeps_the_feeds_record(db_path, site, capsys):
    feed = site_with_articles(site)
    assert run(capsys, "add-feed", "--db", db_path, feed, "--no-images")[0] == 0
    ids = _titles(capsys, db_path)
    before = show_json(capsys, db_path, ids["Story 2"])
    url = before["url"]
    code, out, err = run(capsys, "save", "--db", db_path, url, "--no-images")
    assert code == 0, err
    assert f"{url}: already in the library (article {ids['Story 2']})" in out
    assert f"article {ids['Story 2']}: saved" in out
    after = show_json(capsys, db_path, ids["Story 2"])
    assert after["title"] == "Story 2" and after["published"] == before["published"]
    assert after["source"] == before["source"] and after["shown"] == "full"
    proof = after["provenance"]
    assert proof["origin"] == feed and proof["sha256"] == before["provenance"]["sha256"]
    served = site.routes["/articles/2/chinese-news.html"].body
    assert proof["page"]["sha256"] == hashlib.sha256(served).hexdigest()
    again = run(capsys, "save", "--db", db_path, url)[1]
    assert "Saved pages: 0 saved" in again  # captured once

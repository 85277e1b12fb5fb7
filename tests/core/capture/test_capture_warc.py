"""The WARC records of a capture (issue 28): what is kept as received, what is said
when it cannot be (a compressed response), and what is never kept (a password)."""

from __future__ import annotations

import gzip
import hashlib
import io

from warcio.archiveiterator import ArchiveIterator

from reader.core.capture.save import save_urls
from reader.core.library import Store
from tests.support.fulltextkit import page, paragraphs


def _records(data: bytes) -> list:
    out = []
    for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
        out.append(
            (record.rec_type, record.rec_headers, record.http_headers, record.raw_stream.read())
        )
    return out


def test_a_compressed_page_is_kept_decompressed_and_says_so(db_path, httpserver):
    markup = page("news-site.html").encode("utf-8")
    httpserver.expect_request("/gz/story.html").respond_with_data(
        gzip.compress(markup),
        headers={"Content-Encoding": "gzip", "Set-Cookie": "consent=no"},
        content_type="text/html; charset=utf-8",
    )
    with Store.open(db_path) as store:
        _, report = save_urls(store, [httpserver.url_for("/gz/story.html")], images=False)
        assert report.count("saved") == 1
        [(article_id, _state)] = [(i, s) for i, (s, _) in report.outcomes.items()]
        [(info, data)] = list(store.capture_records([article_id]))
        text = store.get_article(article_id).text
    assert paragraphs("news-site.html")[0] in text
    response, request = _records(data)[0], _records(data)[1]
    assert response[0] == "response" and request[0] == "request"
    headers = response[2]
    assert headers.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert headers.get_header("Content-Encoding") is None
    assert headers.get_header("Content-Length") == str(len(markup))
    assert headers.get_header("Set-Cookie") == "consent=no"  # the server's words, as sent
    assert response[3] == markup
    digest = hashlib.sha256(markup).hexdigest()
    assert response[1].get_header("WARC-Payload-Digest") == f"sha256:{digest}"
    assert info.payload_sha256 == digest
    assert request[2].get_header("User-Agent").startswith("OfflineReader/")
    assert request[1].get_header("WARC-Concurrent-To") == response[1].get_header("WARC-Record-ID")


def test_a_password_in_a_saved_address_never_reaches_the_library(db_path, httpserver):
    httpserver.expect_request("/private.html").respond_with_data(
        page("wordpress-blog.html"), content_type="text/html"
    )
    url = httpserver.url_for("/private.html").replace("http://", "http://reporter:s3cret-pw@")
    with Store.open(db_path) as store:
        results, _report = save_urls(store, [url], images=False)
        assert results[0].url == httpserver.url_for("/private.html")
    for path in db_path.parent.glob(db_path.name + "*"):
        assert b"s3cret-pw" not in path.read_bytes()

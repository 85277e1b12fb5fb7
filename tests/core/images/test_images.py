"""The offline image cache's rules and storage (no network here)."""

from __future__ import annotations

import json

import pytest

from reader.core.dumps.importer import import_paths
from reader.core.images.cache import (
    cache_reference,
    image_sources,
    parse_cache_reference,
    rewrite_image_sources,
    sanitize_svg,
    sniff_image,
)
from reader.core.library import Store
from reader.core.models import ImageStatus
from tests.cli.test_cli import run

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        (b"<html><body>not an image</body></html>", None),
        (b"", None),
        (b"%PDF-1.7", None),
    ],
)
def test_sniff(data, mime):
    assert sniff_image(data) == mime


def test_svg_keeps_drawing_only():
    hostile = b"""<?xml version="1.0"?>
    <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
         onload="alert(1)" width="10" height="10">
      <script>alert(2)</script>
      <style>rect { fill: url(https://evil.example/x) }</style>
      <foreignObject><iframe src="https://evil.example/"/></foreignObject>
      <image href="file:///etc/passwd"/>
      <a href="javascript:alert(3)"><text>link &xxe;</text></a>
      <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
      <rect width="10" height="10" fill="url(#g)" stroke="url(https://evil.example/s)"
            onclick="alert(4)"/>
      <use xlink:href="https://evil.example/sprite.svg#a"/>
      <use href="#g"/>
    </svg>"""
    clean = sanitize_svg(hostile)
    assert clean is not None
    text = clean.decode()
    for bad in (
        "onload",
        "script",
        "style",
        "foreignObject",
        "iframe",
        "<image",
        "javascript",
        "evil.example",
        "onclick",
        "passwd",
        "<a ",
    ):
        assert bad not in text, bad
    assert 'fill="url(#g)"' in text and 'href="#g"' in text and "<rect" in text
    assert sanitize_svg(b"<html/>") is None
    assert sanitize_svg(b"not xml at all <") is None


def test_cache_references_and_rewriting():
    digest = "ab" * 32
    assert parse_cache_reference(cache_reference(digest)) == digest
    for bad in ("cached-image:xyz", "cached-image:" + "AB" * 32, "https://x/y", "cached-image:"):
        assert parse_cache_reference(bad) is None
    html = (
        '<p>a</p><img src="https://e.org/a.jpg?x=1&amp;y=2" alt="A"><img src="https://e.org/b.png">'
    )
    assert image_sources(html) == ["https://e.org/a.jpg?x=1&y=2", "https://e.org/b.png"]
    out = rewrite_image_sources(html, {"https://e.org/a.jpg?x=1&y=2": "cached-image:1"}.get)
    assert out == '<p>a</p><img src="cached-image:1" alt="A"><img src="https://e.org/b.png">'


def test_import_records_images_and_cache_dedupes(store, sample_path):
    import_paths(store, [sample_path])
    [article] = store.list_articles()
    [state] = store.image_states(article.id)
    assert state.url.startswith("https://s.rfi.fr/media/display/")
    assert state.status is ImageStatus.PENDING
    assert store.images_to_fetch() == [state.url]
    assert store.images_to_fetch(source_ids=[article.source_id]) == [state.url]
    assert store.images_to_fetch(article_ids=[article.id + 1]) == []
    assert store.cached_image(state.url) is None

    digest = store.store_image(state.url, PNG, "image/png")
    assert store.store_image("https://other.example/same.png", PNG, "image/png") == digest
    assert store.image_cache_usage() == (1, len(PNG))
    cached = store.cached_image(state.url)
    assert cached is not None and cached.data == PNG and cached.hash == digest
    assert store.cached_image_by_hash(digest).data == PNG
    assert store.images_to_fetch() == []
    assert store.image_hashes([state.url, "https://nowhere/x"]) == {state.url: digest}

    store.clear_image_cache()
    assert store.image_cache_usage() == (0, 0)
    assert store.images_to_fetch() == [state.url]
    store.set_image_status(state.url, ImageStatus.FAILED, "HTTP 404")
    assert store.images_to_fetch() == []
    assert store.images_to_fetch(retry_failed=True) == [state.url]
    assert store.image_states(article.id)[0].reason == "HTTP 404"

    store.store_image(state.url, PNG, "image/png")
    store.delete_articles([article.id])
    assert store.image_cache_usage() == (0, 0)


def test_show_html_points_at_the_cache(db_path, sample_path):
    with Store.open(db_path) as store:
        import_paths(store, [sample_path])
        [article] = store.list_articles()
        [state] = store.image_states(article.id)
        digest = store.store_image(state.url, PNG, "image/png")
    out = run("show", "--db", db_path, str(article.id), "--format", "html").stdout
    assert f'src="cached-image:{digest}"' in out
    assert "s.rfi.fr" not in out
    data = json.loads(run("show", "--db", db_path, str(article.id), "--format", "json").stdout)
    assert f'src="cached-image:{digest}"' in data["html"] and "s.rfi.fr" not in data["html"]


def test_settings_live_with_the_library(store):
    assert store.setting("image_budget_bytes") is None
    store.set_setting("image_budget_bytes", "1000")
    assert store.setting("image_budget_bytes") == "1000"
    store.set_setting("image_budget_bytes", None)
    assert store.setting("image_budget_bytes") is None

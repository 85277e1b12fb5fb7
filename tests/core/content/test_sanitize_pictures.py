"""Every picture goes through the picture stage, whatever tag it came in (issue 22).

An HTML5 parser builds ``<image>`` as ``<img>``; libxml2 does not, so the
cleaning once let nh3 turn it into an ``<img>`` that nobody had vetted: a
counting pixel, a tracker, a local path or a ``\\\\host\\share`` kept as
written, and off the picture list.  Each vector here must come out exactly
as the same markup written with ``<img>`` does.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from reader.core.content import cleaning
from reader.core.content.cleaning import clean_article
from reader.core.content.pictures import keep_listed_pictures
from reader.core.content.render import article_html
from reader.core.images.cache import cache_reference, image_sources
from reader.core.models import Article

BASE = "https://news.example/world/story.html"
HOST = "198.51.100.7"

#: The issue's vectors.
ISSUE = [
    f'<image src="http://{HOST}/pixel.gif" width="1" height="1">',
    '<image src="https://www.facebook.com/tr?id=1&ev=PageView">',
    f'<image src="//{HOST}/proto.gif" alt="proto">',
    f'<image src="\\\\{HOST}\\share\\unc.png" alt="unc share">',
    '<image src="/home/NAME/secret.png" alt="secret">',
    '<image src="file:///home/NAME/secret.png" alt="file">',
    '<image src="mailto:desk@news.example" alt="mail">',
    '<image src="java&#x09;script:alert(1)" alt="script">',
    '<image src="relative/photo.jpg" alt="relative">',
    '<image src="https://cdn.news.example/photo.jpg?utm_source=feed" alt="a photo">',
    '<IMAGE SRC="https://cdn.news.example/upper.jpg" ALT="upper">',
    '<image src="https://cdn.news.example/self.jpg" alt="self-closed"/>',
    '<image class="lazy" src="data:," data-src="https://cdn.news.example/lazy.jpg" alt="lazy">',
    '<image srcset="https://cdn.news.example/a-320.jpg 320w, '
    'https://cdn.news.example/a-800.jpg 800w">',
    '<picture><source srcset="https://cdn.news.example/p.webp">'
    '<image src="https://cdn.news.example/p.jpg" alt="p"></picture>',
    '<table><tr><td>cell</td></tr><image src="//HOST/in-table.gif" alt="fostered"></table>',
    '<a href="https://news.example/big"><image src="/home/NAME/linked.png" alt="linked"></a>',
    "<p>A sentence <image src=\"https://cdn.news.example/inline.jpg\" alt=\"inline\"> goes on.</p>",
    "<image src=https://cdn.news.example/unquoted.jpg alt=unquoted>words after",
]  # fmt: skip

#: html5lib-tests, tree-construction/tests19.dat: "<image/>" is built as "<img>".
HTML5LIB = ["<!doctype html><image/>"]

#: payloadbox/xss-payload-list (Intruder/xss-payload-list.txt): its lines with
#: an ``<image>`` that has a ``src`` or ``srcset``, as written there.
PAYLOADBOX = [
    "<!'/*\"/*/'/*/\"/*--></Script><Image SrcSet=K */; OnError=confirm`1` //>",
    "<image src =q onerror=prompt(8)>",
    "<image src/onerror=alert(1)>",
    "<image src/onerror=prompt(8)>",
    '<image src="javascript:alert(1)">',
    '<image src="javascript:alert(2)"> // IE6, O10.10↓, OM10.0↓',
    '<image src=1 href=1 onerror="javascript:alert(1)"></image>',
    "<image src=validimage.png onload=alert(1)>",
    "<image src=validimage.png onloadend=alert(1)>",
    "<image src=validimage.png onloadstart=alert(1)>",
    "<image srcset=1 onerror=alert(1)>",
    "<image/src/onerror=prompt(8)>",
]

VECTORS = ISSUE + HTML5LIB + PAYLOADBOX
_IMAGE_TAG = re.compile(r"<(/?)image(?=[\s/>])", re.IGNORECASE)


def as_img(vector: str) -> str:
    """The same markup with ``<img>`` where it says ``<image>``."""
    return _IMAGE_TAG.sub(r"<\1img", vector)


def wrapped(vector: str) -> str:
    return f"<p>Words before.</p>{vector}<p>Words after.</p>"


def assert_only_listed_pictures(html: str, images: tuple[str, ...]) -> None:
    """Each picture's src is an absolute web address on the article's picture list."""
    assert html.lower().count("<img") == len(re.findall(r'<img\b[^>]*\ssrc="', html))
    for src in image_sources(html):
        assert src in images, (src, html)
        assert re.match(r"https?://[^/\\]", src), (src, html)


@pytest.mark.parametrize("base", [None, BASE], ids=["no-base", "base"])
@pytest.mark.parametrize("vector", VECTORS)
def test_image_gives_the_same_article_as_img(vector: str, base: str | None) -> None:
    as_image = clean_article(wrapped(vector), base)
    assert as_image == clean_article(wrapped(as_img(vector)), base)
    assert_only_listed_pictures(as_image.html, as_image.images)
    assert "Words before." in as_image.text and "Words after." in as_image.text


def test_the_issues_vectors_one_by_one() -> None:
    def clean(vector: str) -> cleaning.CleanArticle:
        return clean_article(wrapped(vector), None)

    pixel, tracker, proto, unc, local, file, mail, script = (clean(v) for v in ISSUE[:8])
    # The counting pixel and the known tracker are gone, and not on the list.
    for gone in (pixel, tracker):
        assert "<img" not in gone.html and gone.images == ()
        assert HOST not in gone.html and "facebook" not in gone.html
    # Protocol-relative becomes absolute (https without a base), on the list for cache-images.
    assert proto.images == (f"https://{HOST}/proto.gif",)
    assert f'<img src="https://{HOST}/proto.gif" alt="proto">' in proto.html
    # Paths, shares and other schemes are dropped; their description stays.
    for dropped, alt in ((unc, "unc share"), (local, "secret"), (file, "file"),
                         (mail, "mail"), (script, "script")):  # fmt: skip
        assert "<img" not in dropped.html and dropped.images == ()
        assert alt in dropped.text.split("\n")
    # With the page's address, a path is the site's (as a browser reads it).
    assert clean_article(wrapped(ISSUE[4]), BASE).images == (
        "https://news.example/home/NAME/secret.png",
    )


@pytest.mark.parametrize("vector", VECTORS)
def test_a_picture_the_cleaning_missed_is_still_dropped_after_sanitizing(
    vector: str, monkeypatch
) -> None:
    """nh3 parses again, as HTML5: a picture only it builds never comes out unlisted."""
    monkeypatch.setattr(cleaning, "name_pictures", lambda body, lowered: None)
    for base in (None, BASE):
        article = clean_article(wrapped(vector), base)
        assert_only_listed_pictures(article.html, article.images)


def test_keep_listed_pictures() -> None:
    markup = (
        '<p>a <img src="https://x.example/1.png" alt="one"> '
        '<img alt="two &amp; &lt;b&gt;" src="\\\\host\\share\\2.png"> '
        '<img src="https://x.example/3.png?a=1&amp;b=2" alt="three">'
        '<img src="mailto:x@x.example">'
        '<img alt="no src"></p>'
    )
    kept = keep_listed_pictures(
        markup, {"https://x.example/1.png", "https://x.example/3.png?a=1&b=2"}
    )
    assert kept == (
        '<p>a <img src="https://x.example/1.png" alt="one"> two &amp; &lt;b&gt; '
        '<img src="https://x.example/3.png?a=1&amp;b=2" alt="three">no src</p>'
    )
    # Listed is not enough: only a web address is a picture.
    assert (
        keep_listed_pictures('<img src="file:///etc/x.png" alt="x">', {"file:///etc/x.png"}) == "x"
    )


def stored(body: str) -> Article:
    when = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    return Article(
        id=1, source_id=1, source_name="news.example", source_title="News", title="T",
        url="https://news.example/a", author=None, published=when, added=when, html=body,
        text="text", read=False, starred=False,
    )  # fmt: skip


def test_what_is_shown_names_only_web_addresses_and_the_cache() -> None:
    """An article stored before the cleaning vetted every picture is shown safely too."""
    digest = "ab" * 32
    bad = [
        f"\\\\{HOST}\\share\\unc.png", "/home/NAME/secret.png", "file:///etc/passwd",
        f"//{HOST}/proto.gif", "relative.png", "mailto:x@news.example",
        "java\tscript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "cached-image:abc",
        "https:/no-host.png", f"https://{HOST}\\share\\x.png",
    ]  # fmt: skip
    good = ["https://cdn.news.example/a.jpg", f"http://{HOST}/b.png"]
    body = "".join(
        f'<p><img src="{src}" alt="picture {n}"></p>' for n, src in enumerate(bad + good)
    )
    body += '<p><img src="https://cdn.news.example/cached.jpg" alt="cached"></p>'
    shown = article_html(stored(body), {"https://cdn.news.example/cached.jpg": digest})
    assert image_sources(shown) == [*good, cache_reference(digest)]
    for n in range(len(bad)):
        assert f'<img alt="picture {n}">' in shown  # shown as a missing picture: its alt


def test_cache_images_fetches_an_image_picture_and_never_its_pixel(httpserver, db_path) -> None:
    """On the picture list, an ``<image>`` is fetched for offline reading, as an ``<img>`` is."""
    from reader.core.feeds.refresh import refresh_sources
    from reader.core.feeds.subscriptions import subscribe
    from reader.core.images.fetch import cache_images, image_client
    from reader.core.library import Store
    from tests.support.feedkit import Item, rss20
    from tests.support.imagekit import PHOTO, requested_paths

    base = httpserver.url_for("")
    body = (
        f'<p>Photo below.</p><image src="{base}img/photo.png" alt="the photo">'
        f'<image src="{base}img/pixel.gif" width="1" height="1"><p>Words after.</p>'
    )
    item = Item("Pictures", f"{base}story/1", body, guid="urn:image:1")
    httpserver.expect_request("/feed").respond_with_data(
        rss20([item], site=base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/img/photo.png").respond_with_data(PHOTO, content_type="image/png")
    httpserver.expect_request("/img/pixel.gif").respond_with_data(
        b"GIF89a", content_type="image/gif"
    )
    with Store.open(db_path) as store:
        source_id = subscribe(store, httpserver.url_for("/feed"), find_feed=False).source_id
        [result] = refresh_sources(store, [source_id])
        urls = store.images_to_fetch(article_ids=result.added_ids)
        report = cache_images(store, urls, client=image_client())
        article = store.get_article(result.added_ids[0])
    assert urls == [f"{base}img/photo.png"]
    assert [r.outcome.value for r in report.results] == ["cached"]
    assert "/img/photo.png" in requested_paths(httpserver)
    assert "/img/pixel.gif" not in requested_paths(httpserver)
    assert image_sources(article.html) == [f"{base}img/photo.png"]

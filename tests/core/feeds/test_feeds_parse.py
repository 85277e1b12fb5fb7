"""Feed documents to cleaned articles: every format, bases, damage, hostile input."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import FeedError
from reader.core.feeds import parse as feedparse
from reader.core.feeds.parse import looks_like_feed, parse_feed, prepare_feed, to_articles
from tests.support.feedkit import FORMATS, Item, atom, items, json_feed, rss20

FEED_URL = "https://news.example/feeds/all.xml"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_yields_clean_articles(fmt):
    data = FORMATS[fmt](items(3))
    feed = parse_feed(data, FEED_URL)
    assert len(feed.items) == 3
    assert feed.title and feed.title.startswith("Example")
    articles = to_articles(feed, FEED_URL)
    first = articles[0]
    assert first.title == "Story 0: 李强 met envoys"
    # Tracking parameters go from the article's URL too.
    assert first.url == "https://news.example/a/0"
    assert first.published == datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC)
    assert "Paragraph one of story 0" in first.text
    for junk in ("facebook", "whatsapp", "twitter", "feedx", "分享", "获取更多RSS"):
        assert junk not in first.html, junk
        assert junk not in first.text, junk
    if fmt != "rss10":  # RSS 1.0 items are identified by their link
        assert first.guid == "urn:story:0"


def test_relative_links_resolve_against_the_item():
    [article] = to_articles(parse_feed(rss20(items(1)), FEED_URL), FEED_URL)
    assert 'src="https://news.example/img/0.jpg"' in article.html
    assert 'href="https://news.example/more/0"' in article.html
    assert article.images == ("https://news.example/img/0.jpg",)


def test_atom_xml_base_wins_and_relative_item_links_resolve():
    entry = Item("T", "posts/1", '<p>Body <img src="pic.png"></p>', guid="urn:1")
    feed = parse_feed(atom([entry], base="https://blog.example/2024/"), FEED_URL)
    [article] = to_articles(feed, FEED_URL)
    assert article.url == "https://blog.example/2024/posts/1"
    assert 'src="https://blog.example/2024/pic.png"' in article.html
    assert article.author == "Reporter"


def test_script_and_event_handlers_never_survive():
    body = (
        '<p onclick="steal()">Text</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe>'
        '<img src="file:///etc/passwd" alt="local">'
    )
    [article] = to_articles(parse_feed(rss20([Item("T", "https://a.example/1", body)])))
    for bad in ("onclick", "<script", "javascript:", "<iframe", "file:"):
        assert bad not in article.html
    assert "Text" in article.text


def test_json_feed_versions_and_text_content():
    document = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Old style",
        "author": {"name": "Solo"},
        "items": [
            {"id": 7, "content_text": "Line one\n\nLine <two>", "url": "/p/7"},
            "not an object",
            {"id": "x", "summary": "Only a summary", "external_url": "https://ext.example/x"},
        ],
    }
    feed = parse_feed(json.dumps(document).encode(), "https://json.example/feed.json")
    assert feed.format == "json1"
    assert feed.warning and "1 items" in feed.warning
    first, second = to_articles(feed)
    assert first.url == "https://json.example/p/7" and first.guid == "7"
    assert first.text == "Line one\n\nLine <two>" and "&lt;two&gt;" in first.html
    assert first.author == "Solo" and first.title == "Line one"
    assert second.url == "https://ext.example/x" and "Only a summary" in second.text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"{}", "JSON Feed version"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "no list of items"),
        (b"[1, 2]", "not a JSON Feed"),
        (b"{not json", "not valid"),
        (b"<!DOCTYPE html><html><body><p>hello</p></body></html>", "not a feed"),
        (b"just some words", "not a feed"),
    ],
)
def test_not_a_feed_is_a_clear_error(data, reason):
    with pytest.raises(FeedError, match=reason):
        parse_feed(data, FEED_URL)
    prepared = prepare_feed(data, FEED_URL)
    assert prepared.error and reason in prepared.error and not prepared.articles


def test_malformed_feed_still_yields_items_with_a_warning():
    data = rss20(items(2)).replace(b"</channel>", b"<broken></channel>")
    assert feedparser.parse(io.BytesIO(data)).bozo
    prepared = prepare_feed(data, FEED_URL)
    assert prepared.error is None
    assert len(prepared.articles) == 2
    assert prepared.warning and "damaged" in prepared.warning


def test_bytes_that_name_a_local_file_are_never_opened(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss20(items(1)))
    with pytest.raises(FeedError):
        parse_feed(str(secret).encode(), FEED_URL)


def test_future_dates_are_dropped_and_titles_of_html_become_text():
    item = Item("<b>Bold</b> &amp; more", "https://a.example/1", "<p>x</p>")
    data = atom([item]).replace(b"<title>&lt;b&gt;", b'<title type="html">&lt;b&gt;')
    data = data.replace(
        b"<updated>2023-07-18T13:15:01Z</updated><author>",
        b"<updated>2999-01-01T00:00:00Z</updated><author>",
    )
    [article] = to_articles(parse_feed(data, FEED_URL))
    assert article.title == "Bold & more"
    assert article.published is None


def test_cp1252_controls_are_still_mapped():
    """feedparser maps C1 controls to cp1252 characters; the faster pop must too."""
    assert feedparse.FAST_POP
    text = "quote \x93here\x94 and dash \x96"
    data = rss20([Item(text, "https://a.example/1", f"<p>{text}</p>")])
    [article] = to_articles(parse_feed(data, FEED_URL))
    assert article.title == "quote “here” and dash –"
    assert "“here”" in article.text


def test_fast_pop_changes_nothing(monkeypatch):
    from feedparser import mixin

    documents = [FORMATS[f](items(5)) for f in sorted(FORMATS) if f != "json"]
    documents.append(rss20([Item("é \x80 ü", "https://a.example/", "<p>\x85 € ö</p>")]))
    fast = [feedparser.parse(io.BytesIO(d), sanitize_html=False) for d in documents]
    original = mixin._FeedParserMixin.pop.__wrapped_original__
    monkeypatch.setattr(mixin._FeedParserMixin, "pop", original)
    slow = [feedparser.parse(io.BytesIO(d), sanitize_html=False) for d in documents]
    assert fast == slow


def test_cached_joins_and_copied_params_change_nothing(monkeypatch):
    """Every speedup off (pop, URL joins): the same parse, xml:base and content types included."""
    from feedparser import mixin

    assert feedparse.CACHED_JOINS
    documents = [FORMATS[f](items(5)) for f in sorted(FORMATS) if f != "json"]
    documents.append(
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" '
        b'xml:base="http://a.example/x/"><title type="html">&lt;b&gt;T</title>'
        b'<entry xml:base="sub/"><title>t</title><link href="../y"/><id>i</id>'
        b'<content type="xhtml" xml:lang="fr"><div xmlns="http://www.w3.org/1999/xhtml">'
        b'<a href="z">z</a></div></content></entry><entry xml:base="javascript:alert(1)">'
        b'<title>u</title><summary type="text">s</summary></entry></feed>'
    )
    fast = [feedparser.parse(io.BytesIO(d), sanitize_html=False) for d in documents]
    monkeypatch.setattr(
        mixin._FeedParserMixin, "pop", mixin._FeedParserMixin.pop.__wrapped_original__
    )
    monkeypatch.setattr(mixin, "_urljoin", mixin._urljoin.__wrapped__)
    monkeypatch.setattr(mixin, "make_safe_absolute_uri", mixin.make_safe_absolute_uri.__wrapped__)
    slow = [feedparser.parse(io.BytesIO(d), sanitize_html=False) for d in documents]
    assert fast == slow
    assert fast[-1].entries[0].content[0].language == "fr"


def test_sniffing():
    assert looks_like_feed(rss20(items(1)))
    assert looks_like_feed(atom(items(1)))
    assert looks_like_feed(json_feed(items(1)))
    assert looks_like_feed(b"whatever", "application/atom+xml")
    assert not looks_like_feed(b"<!DOCTYPE html><html></html>")
    assert not looks_like_feed(b'{"a": 1}')
    assert not looks_like_feed(b"<!--1689686101000-->\n[T](https://a.example)\n---\n\nx")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_prepare_feed_never_raises_on_random_bytes(data):
    prepared = prepare_feed(data, FEED_URL)
    assert (prepared.error is None) or not prepared.articles


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=40), st.text(max_size=200)),
        max_size=5,
    )
)
def test_any_titles_and_bodies_round_trip_every_format(pairs):
    entries = [
        Item(title, f"https://a.example/{n}", body, guid=f"g{n}")
        for n, (title, body) in enumerate(pairs)
    ]
    for fmt in ("rss20", "atom", "json"):
        data = FORMATS[fmt](entries)
        prepared = prepare_feed(data, FEED_URL)
        if prepared.error is not None:
            # XML cannot carry some control characters; the error must say so plainly.
            assert fmt != "json"
            continue
        assert len(prepared.articles) == len(entries)
        for indexed, entry in zip(prepared.articles, entries, strict=True):
            article = indexed.article
            assert article.url == entry.link
            assert "<script" not in article.html.lower()


def test_known_items_are_counted_not_prepared():
    data = rss20(items(4))
    known = (frozenset({"urn:story:0"}), frozenset({"https://news.example/a/1"}))
    prepared = prepare_feed(data, FEED_URL, None, known)
    assert prepared.known == 2
    assert [a.article.guid for a in prepared.articles] == ["urn:story:2", "urn:story:3"]

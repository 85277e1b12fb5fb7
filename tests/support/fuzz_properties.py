"""What fuzzing checks, shared by the test run and ``tools/fuzz.py`` (issue 12).

Three parsers meet hostile input: the dump parser (files from anywhere), the
cleaner (article HTML) and the feed parser (whatever a server sends). For
any input each must give articles or a clear :class:`ReaderError`, never
another exception, and no markup outside the sanitizer's allow-list may
come out. Each ``check_*`` function asserts that for one input; the
strategies make inputs, from random bytes to near-valid documents with
damage in them, which is where parsers break.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from hypothesis import strategies as st
from lxml import html as lxml_html

from reader.core.content import cleaning
from reader.core.content.cleaning import clean_article
from reader.core.dumps.parser import read_dump
from reader.core.errors import ReaderError
from reader.core.feeds.parse import parse_feed, prepare_feed
from tests.core.content.test_sanitize import FRAGMENTS
from tests.support.feedkit import FORMATS, Item

BASES = st.sampled_from([None, "https://example.org/a/b/story.html", "file:///", "javascript:x"])
FEED_URL = "https://news.example/feed.xml"

# --- the sanitizer's allow-list, as the cleaner configures nh3 ---------------

_TAGS = cleaning._ALLOWED_TAGS
_ATTRIBUTES = {tag: set(names) for tag, names in cleaning._ALLOWED_ATTRIBUTES.items()}
_ATTRIBUTES.setdefault("a", set()).add("rel")  # nh3 writes rel="noopener noreferrer"
_URL_ATTRIBUTES = {"href", "src"}
_SCHEMES = {"", "http", "https", "mailto"}
_CODE = re.compile(
    r"<\s*/?\s*(script|style|iframe|object|embed|svg|math|form|base|meta|link)\b", re.I
)


def assert_sanitized(html: str) -> None:
    """Every element and attribute of ``html`` is on the allow-list; URLs are web ones."""
    if not html:
        return
    assert not _CODE.search(html), html
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for element in root.iterdescendants():
        assert isinstance(element.tag, str), f"a comment or instruction survived: {html!r}"
        assert element.tag in _TAGS, f"<{element.tag}> is not allowed: {html!r}"
        allowed = _ATTRIBUTES["*"] | _ATTRIBUTES.get(element.tag, set())
        for name, value in element.attrib.items():
            assert name in allowed, f"{name}= on <{element.tag}>: {html!r}"
            if name in _URL_ATTRIBUTES:
                assert urlsplit(value.strip()).scheme.lower() in _SCHEMES, value


class _Swallowed(logging.Handler):
    """The cleaner never raises: it logs a crash and returns an empty article.
    A fuzzer must see those crashes, so they are collected here."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_swallowed = _Swallowed()
logging.getLogger(cleaning.__name__).addHandler(_swallowed)


def _no_swallowed_crash() -> None:
    records, _swallowed.records = _swallowed.records, []
    assert not records, f"the cleaner crashed and hid it: {records[0].exc_info!r}"


# --- checks --------------------------------------------------------------------


def check_dump(data: bytes) -> None:
    """Records, or a DumpFormatError saying why not; the records' bodies clean safely."""
    try:
        dump = read_dump(data)
    except ReaderError as exc:
        assert str(exc).strip()
        return
    assert dump.records
    for record in dump.records:
        assert isinstance(record.title, str) and isinstance(record.body, str)
        record.title.encode("utf-8")  # no lone surrogates from decoding
        record.body.encode("utf-8")
    assert all(isinstance(w, str) and w for w in dump.warnings)
    assert dump.truncated == any(w.startswith("possibly truncated") for w in dump.warnings)
    check_cleaner(dump.records[-1].body, dump.records[-1].url or None)


def check_cleaner(html: str, base: str | None) -> None:
    article = clean_article(html, base)
    _no_swallowed_crash()
    assert_sanitized(article.html)
    assert isinstance(article.text, str)
    assert all(urlsplit(src).scheme in ("http", "https") for src in article.images)


def check_feed(data: bytes) -> None:
    """A parsed feed or a FeedError; prepared articles hold allowed markup only."""
    try:
        parse_feed(data, FEED_URL)
    except ReaderError as exc:
        assert str(exc).strip()
    prepared = prepare_feed(data, FEED_URL)
    _no_swallowed_crash()
    if prepared.error is not None:
        assert not prepared.articles
        # prepare_feed turns any other exception into this; it must not happen.
        assert "could not be read (" not in prepared.error, prepared.error
        return
    for indexed in prepared.articles:
        assert_sanitized(indexed.article.html)
        assert isinstance(indexed.article.title, str)


# --- inputs ----------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Café",
        "crème",
        "déjà",
        "Genève",
        "李强",
        "会面",
        "气候",
        "美中关系",
        "Müller",
        "naïve",
        "the",
    ]
)
_PHRASES = st.lists(_WORDS, min_size=3, max_size=12).map(" ".join)
_BODY_PARTS = st.one_of(FRAGMENTS, _PHRASES, st.text(max_size=20))
HTML = st.lists(_BODY_PARTS, max_size=30).map("".join)


@st.composite
def _record(draw: st.DrawFn) -> bytes:
    title = draw(_PHRASES)
    stamp = draw(st.sampled_from(["<!--1689686101000-->\n", "<!--x-->\n", ""]))
    rule = draw(st.sampled_from(["---", "------", "———", "==="]))
    body = draw(HTML)
    text = f"{stamp}[{title}](https://e.org/{draw(st.integers(0, 99))})\n{rule}\n\n{body}\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "gb18030", "big5"]))
    return text.encode(encoding, "replace")


@st.composite
def _damaged(draw: st.DrawFn, document: st.SearchStrategy[bytes]) -> bytes:
    """A document with what real files suffer: cut short, bytes lost or flipped."""
    data = draw(document)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["cut", "insert", "drop"]))
        if how == "cut":
            data = data[:at]
        elif how == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
        else:
            data = data[:at] + data[at + 1 :]
    return data


DUMPS = st.one_of(
    st.binary(max_size=600),
    _damaged(st.lists(_record(), min_size=1, max_size=4).map(b"".join)),
    st.lists(_record(), min_size=1, max_size=4).map(b"".join),
)


def _encodable(text: str) -> bool:
    return not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


#: Feeds are written as UTF-8 by the test's own writers: no lone surrogates.
_FEED_HTML = st.lists(_BODY_PARTS.filter(_encodable), max_size=30).map("".join)
_ITEMS = st.lists(
    st.builds(
        Item,
        title=st.one_of(_PHRASES, st.text(max_size=30), FRAGMENTS).filter(_encodable),
        link=st.sampled_from(
            ["https://a.example/1", "javascript:alert(1)", "/relative", "file:///etc/passwd", ""]
        ),
        body=_FEED_HTML,
        guid=st.one_of(st.none(), st.text(max_size=10).filter(_encodable)),
    ),
    max_size=4,
)
_FEEDS = st.builds(
    lambda fmt, entries: FORMATS[fmt](entries), st.sampled_from(list(FORMATS)), _ITEMS
)
FEEDS = st.one_of(st.binary(max_size=400), _FEEDS, _damaged(_FEEDS))

"""The article document shared by the view, `show` and the PDF export."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.core.content.render import article_html, article_text, display_url, text_direction
from reader.core.models import Article


def make(**changes):
    fields = dict(
        id=1,
        source_id=1,
        source_name="rfi.fr",
        source_title="RFI",
        title="T <b>",
        url="https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/a",
        author=None,
        published=datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC),
        added=datetime(2024, 1, 1, tzinfo=UTC),
        html="<p>body</p>",
        text="body",
        read=False,
        starred=False,
    )
    fields.update(changes)
    return Article(**fields)


def test_header_is_escaped_and_link_readable():
    doc = article_html(make())
    assert '<h1 class="title">T &lt;b&gt;</h1>' in doc
    assert 'href="https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/a"' in doc
    assert ">https://www.rfi.fr/cn/国际/a</a>" in doc
    assert "RFI · 2023-07-18 13:15 UTC" in doc


@pytest.mark.parametrize(
    "url",
    [
        "https://e.org/a%20b",  # a space would hide where the link goes
        "https://e.org/%E2%80%AEgpj.exe",  # right-to-left override
        "https://e.org/%00x",
        "https://e.org/%FF",  # not UTF-8
    ],
)
def test_deceptive_urls_stay_encoded(url):
    assert display_url(url) == url


def test_direction_and_text():
    assert text_direction("قال الوزير") == "rtl"
    assert text_direction("123 שלום") == "rtl"
    assert text_direction("李强 said") == "ltr"
    doc = article_html(make(title="قال الوزير", text="إن المفاوضات", html="<p>إن المفاوضات</p>"))
    assert 'class="body" dir="rtl"' in doc
    text = article_text(make(author="Jo"))
    assert text.splitlines()[:4] == ["T <b>", "RFI", "Jo", "2023-07-18 13:15 UTC"]
    assert text.endswith("\n\nbody\n")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Qt runs unknown HTML5 blocks into their neighbours: they become classed divs.
        (
            "<section>A</section><section>B</section>",
            '<div class="section">A</div><div class="section">B</div>',
        ),
        (
            '<figure><img src="https://e.org/i.jpg" alt="I"><figcaption>Cap</figcaption></figure>',
            '<div class="figure"><img src="https://e.org/i.jpg" alt="I">'
            '<div class="figcaption">Cap</div></div>',
        ),
        # Qt puts what follows a block into it: the run gets its own block.
        (
            "<div>Photo: AFP</div>The minister said",
            "<div>Photo: AFP</div><div>The minister said</div>",
        ),
        (
            '<p>x</p><img src="https://e.org/i.jpg"><p>z</p>',
            '<p>x</p><div><img src="https://e.org/i.jpg"></div><p>z</p>',
        ),
        (
            "<div>a<div>F</div>tail <b>b</b></div>",
            "<div>a<div>F</div><div>tail <b>b</b></div></div>",
        ),
        # Nothing to do: unchanged, entities and all.
        ('<p>A &amp; <a href="https://e.org/?a=1&amp;b=2">l</a></p>', None),
        ("", None),
    ],
)
def test_rich_text_markup_gives_qt_the_blocks_a_browser_sees(body, expected):
    from reader.core.content.cleaning import html_to_text
    from reader.core.content.render import rich_text_markup

    result = rich_text_markup(body)
    assert result == (body if expected is None else expected)
    assert html_to_text(result) == html_to_text(body)  # the words and paragraphs are the same

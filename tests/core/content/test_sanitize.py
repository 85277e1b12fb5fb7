"""Hostile HTML must come out inert: no code, no disk access, no remote styling.

The reader shows article HTML in a QTextBrowser and prints it to PDF, so a
surviving ``file:`` URL would read the journalist's disk and a surviving
script or event handler is a foothold.  Each vector is tried with and
without a base URL, since relative references resolve differently.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.core.content.cleaning import clean_article

BASE = "https://example.org/a/b/story.html"
VISIBLE = "Visible words"

FORBIDDEN = [
    re.compile(r"file:", re.IGNORECASE),
    re.compile(r"javascript", re.IGNORECASE),
    re.compile(r"vbscript", re.IGNORECASE),
    re.compile(r"data:", re.IGNORECASE),
    re.compile(r"on\w+=", re.IGNORECASE),
    re.compile(r"url\(", re.IGNORECASE),
    re.compile(
        r"<\s*(script|style|iframe|frame|form|input|button|object|embed|base|meta|link|svg"
        r"|math|template|noscript|textarea)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bstyle\s*=", re.IGNORECASE),
]

VECTORS = {
    "script": "<script>alert(1)</script>",
    "script split": "<scr<script>ipt>alert(1)</script>",
    "script in comment": "<!--<script>alert(1)</script>-->",
    "script in cdata": "<![CDATA[<script>alert(1)</script>]]>",
    "template": "<template><script>alert(1)</script></template>",
    "noscript mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "img onerror": '<img src="x" onerror="alert(1)">',
    "img onerror unquoted": "<img src=x onerror=alert(1)//>",
    "p onmouseover": '<p onmouseover="alert(1)">hover</p>',
    "a onclick": '<a href="https://ok.example/" onclick="alert(1)">ok</a>',
    "body onload": '<body onload="alert(1)">',
    "href javascript": '<a href="javascript:alert(1)">j</a>',
    "href javascript upper": '<a href="JAVASCRIPT:alert(1)">j</a>',
    "href javascript spaces": '<a href="   javascript:alert(1)">j</a>',
    "href javascript tab entity": '<a href="jav&#x09;ascript:alert(1)">j</a>',
    "href javascript newline entity": '<a href="java&#10;script:alert(1)">j</a>',
    "href javascript decimal entity": '<a href="&#106;avascript:alert(1)">j</a>',
    "href javascript control char": '<a href="\x01javascript:alert(1)">j</a>',
    "href javascript nul entity": '<a href="java&#0;script:alert(1)">j</a>',
    "href vbscript": '<a href="vbscript:msgbox(1)">v</a>',
    "href data": '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
    "href file": '<a href="file:///etc/passwd">f</a>',
    "href file upper": '<a href="FILE:///C:/Windows/win.ini">f</a>',
    "img src javascript": '<img src="javascript:alert(1)" alt="pic">',
    "img src vbscript": '<img src="vbscript:msgbox(1)" alt="pic">',
    "img src data": '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">',
    "img src file": '<img src="file:///etc/passwd" alt="pw">',
    "img src obfuscated": '<img src=" JaVa&#x09;ScRiPt:alert(1)" alt="pic">',
    "img srcset file": '<img src="https://ex.org/a.jpg" srcset="file:///etc/passwd 2x">',
    "img relative up": '<img src="../../etc/passwd" alt="up">',
    "img absolute path": '<img src="/etc/passwd" alt="root">',
    "a relative up": '<a href="../../etc/passwd">up</a>',
    "iframe": '<iframe src="file:///etc/passwd">frame text</iframe>',
    "iframe srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "frameset": '<frameset><frame src="javascript:alert(1)"></frameset>',
    "form": '<form action="javascript:alert(1)"><input value="x"><button>Go</button></form>',
    "object": '<object data="file:///etc/passwd"><param name="x" value="y"></object>',
    "embed": '<embed src="javascript:alert(1)">',
    "style element": "<style>@import 'javascript:alert(1)'; p{background:url(file:///x)}</style>",
    "style attribute": '<div style="background:url(javascript:alert(1))">styled</div>',
    "style attribute file": "<p style=\"background-image: url('file:///etc/passwd')\">bg</p>",
    "base href": '<base href="file:///"><a href="etc/passwd">rel</a><img src="etc/passwd">',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "link stylesheet": '<link rel="stylesheet" href="file:///etc/x.css">',
    "svg onload": '<svg onload="alert(1)"><circle r="1"/></svg>',
    "svg script": '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>',
    "math": '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
    "textarea": "<textarea><script>alert(1)</script></textarea>",
    "select": "<select><option>o</option></select>",
    "video poster": '<video poster="javascript:alert(1)" src="file:///x.mp4"></video>',
    "blockquote cite": '<blockquote cite="javascript:alert(1)">quoted</blockquote>',
    "area": '<map><area href="javascript:alert(1)"></map>',
    "formaction": '<button formaction="javascript:alert(1)">b</button>',
    "xml namespace": '<p xmlns:x="x" x:onclick="alert(1)">ns</p>',
}


@pytest.mark.parametrize("base", [None, BASE], ids=["no-base", "base"])
@pytest.mark.parametrize("vector", list(VECTORS.values()), ids=list(VECTORS))
def test_hostile_markup_is_neutralised(vector: str, base: str | None) -> None:
    article = clean_article(f"<p>{VISIBLE}</p>{vector}<p>{VISIBLE}</p>", base)
    for pattern in FORBIDDEN:
        assert not pattern.search(article.html), (pattern.pattern, article.html)
    assert article.text.startswith(VISIBLE)
    assert article.text.endswith(VISIBLE)
    for url in article.images:
        assert url.startswith(("https://", "http://"))
    _assert_only_web_urls(article.html)


ALLOWED_ATTRIBUTES = {
    *("href", "src", "alt", "width", "height", "lang", "dir", "title", "rel"),
    *("colspan", "rowspan", "align", "start", "datetime"),
}


def _assert_only_web_urls(html: str) -> None:
    """Every href/src left is absolute http(s) (or mailto: for links)."""
    if not html:
        return
    tree = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), html
            assert name in ALLOWED_ATTRIBUTES, html
            if name == "href":
                assert value.startswith(("https://", "http://", "mailto:")), html
            if name == "src":
                assert value.startswith(("https://", "http://")), html


@pytest.mark.parametrize(
    ("vector", "text"),
    [
        ('<a href="javascript:alert(1)">click here</a>', "click here"),
        ('<a href="jav&#x09;ascript:alert(1)">obfuscated</a>', "obfuscated"),
        ('<img src="javascript:alert(1)" alt="the chart">', "the chart"),
        ('<img src="file:///etc/passwd" alt="a photo">', "a photo"),
    ],
)
def test_bad_links_keep_their_text_and_bad_images_their_alt(vector: str, text: str) -> None:
    article = clean_article(f"<p>{vector}</p>", None)
    assert article.text == text
    assert "href" not in article.html
    assert "<img" not in article.html


def test_relative_path_with_base_stays_on_the_web() -> None:
    article = clean_article('<p>x</p><img src="../../etc/passwd">', BASE)
    assert article.images == ("https://example.org/etc/passwd",)


@pytest.mark.parametrize("src", ["../../etc/passwd", "/etc/passwd", "etc/passwd", "C:\\x.jpg"])
def test_relative_image_without_base_is_dropped(src: str) -> None:
    article = clean_article(f'<p>x</p><img src="{src}">', None)
    assert article.images == ()
    assert "<img" not in article.html


def test_event_handler_on_a_kept_link_is_dropped() -> None:
    article = clean_article('<a href="https://ok.example/" onclick="alert(1)">ok</a>', None)
    assert article.html == '<a href="https://ok.example/" rel="noopener noreferrer">ok</a>'


# --- properties --------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<br>",
        "<hr>",
        "<b>",
        "</b>",
        "<table>",
        "<tr>",
        "<td>",
        "</td>",
        "</table>",
        "<ul><li>",
        "</li></ul>",
        "<script>alert(1)</script>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        '<img src="javascript:alert(1)">',
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">',
        '<a href="JaVaScRiPt:alert(1)">',
        "</a>",
        '<a href="jav&#x09;ascript:alert(1)">',
        '<a href="vbscript:x">',
        '<a href="data:x">',
        '<a href="https://ok.example/?utm_source=x">',
        '<img src="https://ok.example/i.png">',
        '<img src="../../etc/passwd">',
        '<a href="file:///etc/passwd">',
        "<iframe>",
        "<svg>",
        "<math>",
        "<form>",
        "<noscript>",
        "<template>",
        "<textarea>",
        "<title>",
        "<xmp>",
        "<plaintext>",
        '<base href="file:///">',
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&#0;",
        "&#x1;",
        "\x00",
        "\x0c",
        "\ufdd0",
        "\ud800",
        "<",
        ">",
        "&",
        '"',
        "'",
        "=",
        '<div style="background:url(javascript:x)">',
        '<p onclick="x">',
        "<svg onload=alert(1)>",
        '<a href="https://www.facebook.com/sharer.php?u=1">',
        '<img width="1" height="1" src="https://t.example/p">',
    ]
)
SAFE_TEXT = st.text(alphabet="abc xyz中文مرحبا\n\t", max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, BASE, "file:///", "javascript:x"]))
def test_arbitrary_text_never_raises(data: str, base: str | None) -> None:
    article = clean_article(data, base)
    assert "<script" not in article.html.lower()
    _assert_only_web_urls(article.html)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, SAFE_TEXT), max_size=40), st.sampled_from([None, BASE]))
def test_htmlish_input_never_yields_code(parts: list[str], base: str | None) -> None:
    article = clean_article("".join(parts), base)
    lowered = article.html.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "file:" not in lowered
    _assert_only_web_urls(article.html)


def test_a_page_wrapped_in_a_form_keeps_its_text():
    html = '<form action="/post"><p>Every word stays.</p><input name="q"><button>Go</button></form>'
    result = clean_article(html, "https://example.org/a")
    assert result.text == "Every word stays."
    assert "<form" not in result.html and "<input" not in result.html and "Go" not in result.html

"""Cleaning keeps the article and drops what a mirror wrapped around it.

The real sample dump is the reference: whatever else changes, every paragraph
of that article must come through word for word.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.core.content.cleaning import (
    CleanArticle,
    clean_article,
    html_to_text,
    strip_tracking_params,
)
from reader.core.resources import resource_path
from tests import conftest

SAMPLE_PARAGRAPHS = conftest.SAMPLE_PARAGRAPHS
SAMPLE = conftest.SAMPLE
BASE = "https://example.org/news/2023/story.html"


def read_sample() -> tuple[str, str]:
    """(body, url): line 2 is ``[title](url)``, the body starts on line 5."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    match = re.fullmatch(r"\[.*\]\((.*)\)", lines[1])
    assert match is not None
    return "\n".join(lines[4:]), match.group(1)


@pytest.fixture(scope="module")
def sample() -> CleanArticle:
    body, url = read_sample()
    return clean_article(body, url)


# --- the real sample -----------------------------------------------------------


def test_sample_keeps_every_paragraph_verbatim(sample: CleanArticle) -> None:
    for paragraph in SAMPLE_PARAGRAPHS:
        assert paragraph in sample.text
        assert paragraph in sample.html


def test_sample_text_is_exactly_the_paragraphs(sample: CleanArticle) -> None:
    assert sample.text == "\n\n".join(SAMPLE_PARAGRAPHS)


@pytest.mark.parametrize(
    "junk",
    [
        "facebook",
        "whatsapp",
        "twitter",
        "rfi.my",
        "feedx",
        "分享",
        "获取更多RSS",
        "share-button",
        "share-modal",
        "data-root-share",
        "data-selfpromo",
        "<hr",
        "style=",
        "target=",
    ],
)
def test_sample_loses_the_wrapping(sample: CleanArticle, junk: str) -> None:
    assert junk not in sample.html
    assert junk not in sample.text


def test_sample_unwraps_the_nested_spans(sample: CleanArticle) -> None:
    assert "<span" not in sample.html
    assert "<p>美国气候特使约翰-克里于周日抵达中国" in sample.html


def test_sample_lists_its_one_image(sample: CleanArticle) -> None:
    assert sample.images == (
        "https://s.rfi.fr/media/display/7fee6832-2569-11ee-873f-005056a90284/w:1280/p:16x9/"
        "2023-07-18T041454Z_1978324263_RC2E52A8ID1Q_RTRMADP_3_CHINA-USA-CLIMATE.JPG",
    )
    assert f'<img src="{sample.images[0]}">' in sample.html


def test_sample_text_is_the_text_of_its_html(sample: CleanArticle) -> None:
    assert html_to_text(sample.html) == sample.text


def test_corpus_articles_keep_every_paragraph(tmp_path: Path) -> None:
    import subprocess
    import sys

    tool = conftest.MAKE_CORPUS
    subprocess.run([sys.executable, str(tool), str(tmp_path), "--count", "40"], check=True)
    for dump in sorted(tmp_path.glob("*.txt")):
        lines = dump.read_text(encoding="utf-8").splitlines()
        body = "\n".join(lines[4:])
        article = clean_article(body, lines[1][lines[1].rfind("](") + 2 : -1])
        paragraphs = re.findall(r"<p>(?:<span>|<strong>)*(.*?)</", body)
        assert paragraphs
        for paragraph in paragraphs:
            assert paragraph.strip() in article.text
            assert paragraph.strip() in article.html
        for junk in ("feedx", "facebook", "whatsapp", "twitter", "Partager", "Share :", "分享"):
            assert junk not in article.html
        assert html_to_text(article.html) == article.text


# --- tracking parameters -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://ex.org/a?utm_source=rss&id=5&fbclid=IwAR0&page=2&gclid=x1&mc_eid=9f#frag",
            "https://ex.org/a?id=5&page=2#frag",
        ),
        ("https://ex.org/a?utm_source=rss&utm_medium=feed", "https://ex.org/a"),
        ("https://ex.org/a?utm_campaign=x#section-2", "https://ex.org/a#section-2"),
        ("https://ex.org/a?z=1&UTM_Source=x&a=2", "https://ex.org/a?z=1&a=2"),
        ("https://ex.org/a?utm%5Fsource=x&q=%E4%B8%AD", "https://ex.org/a?q=%E4%B8%AD"),
        ("https://ex.org/a?q=a+b&msclkid=1&_hsenc=2&mkt_tok=3", "https://ex.org/a?q=a+b"),
        ("https://ex.org/a#frag?utm_source=x", "https://ex.org/a#frag?utm_source=x"),
        ("https://ex.org/a?q=%e4%b8%ad&sort=Desc", "https://ex.org/a?q=%e4%b8%ad&sort=Desc"),
        ("https://ex.org/a", "https://ex.org/a"),
        ("", ""),
    ],
)
def test_strip_tracking_params(url: str, expected: str) -> None:
    assert strip_tracking_params(url) == expected


def test_links_and_images_lose_tracking_params() -> None:
    article = clean_article(
        '<p><a href="https://ex.org/a?utm_source=x&amp;id=1#top">link</a>'
        '<img src="https://ex.org/i.jpg?fbclid=1&amp;w=600"></p>',
        None,
    )
    assert 'href="https://ex.org/a?id=1#top"' in article.html
    assert article.images == ("https://ex.org/i.jpg?w=600",)
    assert 'src="https://ex.org/i.jpg?w=600"' in article.html


# --- images --------------------------------------------------------------------


@pytest.mark.parametrize(
    "pixel",
    [
        '<img src="https://ex.org/p.gif" width="1" height="1">',
        '<img src="https://ex.org/p.gif" width="0" height="0">',
        '<img src="https://ex.org/p.gif" width="1px" height="1px">',
        '<img src="https://ex.org/p.gif" height="1">',
        '<img src="https://ex.org/p.gif" style="width:1px;height:1px">',
        '<img src="https://ex.org/p.gif" style="display: none">',
        '<img src="https://ex.org/p.gif" style="visibility:hidden">',
        '<img src="https://ex.org/p.gif" hidden>',
        '<img src="https://pixel.wp.com/g.gif?v=1">',
        '<img src="https://stats.wordpress.com/b.gif?x=1">',
        '<img src="https://feeds.feedburner.com/~r/site/~4/abc">',
        '<img src="https://www.google-analytics.com/collect?v=1">',
    ],
)
def test_pixels_are_removed(pixel: str) -> None:
    article = clean_article(f"<p>Story text.{pixel}</p>", None)
    assert "<img" not in article.html
    assert article.images == ()
    assert article.text == "Story text."


def test_real_images_are_kept_in_order_without_duplicates() -> None:
    article = clean_article(
        '<img src="https://ex.org/a.jpg" width="600" height="400"><p>x</p>'
        '<img src="https://ex.org/b.jpg"><img src="https://ex.org/a.jpg">',
        None,
    )
    assert article.images == ("https://ex.org/a.jpg", "https://ex.org/b.jpg")
    assert 'width="600"' in article.html


def test_lazy_loaded_image_uses_its_data_src() -> None:
    article = clean_article(
        '<p>x</p><img src="data:image/gif;base64,R0lGOD" data-src="/media/real.jpg">', BASE
    )
    assert article.images == ("https://example.org/media/real.jpg",)


def test_non_ascii_image_url_matches_its_html() -> None:
    article = clean_article('<p>x</p><img src="https://ex.org/图片 1.jpg">', None)
    assert article.images == ("https://ex.org/%E5%9B%BE%E7%89%87%201.jpg",)
    assert f'src="{article.images[0]}"' in article.html


# --- relative URLs -------------------------------------------------------------


def test_relative_urls_resolve_against_the_base() -> None:
    article = clean_article(
        '<p><a href="../about">about</a> <a href="/contact">contact</a> '
        '<a href="#note">note</a></p><img src="img/a.jpg"><img src="//cdn.example.net/b.jpg">',
        BASE,
    )
    assert 'href="https://example.org/news/about"' in article.html
    assert 'href="https://example.org/contact"' in article.html
    assert 'href="https://example.org/news/2023/story.html#note"' in article.html
    assert article.images == (
        "https://example.org/news/2023/img/a.jpg",
        "https://cdn.example.net/b.jpg",
    )


def test_protocol_relative_url_takes_the_base_scheme() -> None:
    article = clean_article('<p>x</p><img src="//cdn.example.net/b.jpg">', "http://example.org/")
    assert article.images == ("http://cdn.example.net/b.jpg",)


def test_relative_urls_without_base_lose_their_target_not_their_text() -> None:
    article = clean_article(
        '<p><a href="../about">About us</a></p><img src="img/a.jpg" alt="A photo">', None
    )
    assert "href" not in article.html
    assert "<img" not in article.html
    assert article.text == "About us\n\nA photo"


def test_a_file_base_is_ignored() -> None:
    article = clean_article('<p><a href="notes.txt">notes</a></p>', "file:///home/me/")
    assert "file:" not in article.html
    assert "href" not in article.html


# --- share links and pruning ---------------------------------------------------

SHARE_LINKS = [
    "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fex.org%2Fa",
    "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fex.org%2Fa",
    "https://www.facebook.com/dialog/share?app_id=1&href=https%3A%2F%2Fex.org",
    "https://www.facebook.com/dialog/feed?app_id=1&link=https%3A%2F%2Fex.org",
    "https://m.facebook.com/share.php?u=https%3A%2F%2Fex.org",
    "https://twitter.com/intent/tweet?url=https%3A%2F%2Fex.org&via=x",
    "https://twitter.com/share?url=https%3A%2F%2Fex.org",
    "https://x.com/intent/tweet?text=hello",
    "https://x.com/intent/post?text=hello",
    "https://x.com/share?url=https%3A%2F%2Fex.org",
    "whatsapp://send?text=hello%20https%3A%2F%2Fex.org",
    "https://api.whatsapp.com/send?text=hello",
    "https://web.whatsapp.com/send?text=hello",
    "https://wa.me/?text=hello",
    "https://t.me/share/url?url=https%3A%2F%2Fex.org",
    "https://telegram.me/share/url?url=https%3A%2F%2Fex.org",
    "tg://msg_url?url=https%3A%2F%2Fex.org",
    "https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fex.org",
    "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fex.org",
    "https://service.weibo.com/share/share.php?url=https%3A%2F%2Fex.org",
    "https://www.reddit.com/submit?url=https%3A%2F%2Fex.org",
    "https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fex.org",
    "https://line.me/R/msg/text/?hello",
    "https://lineit.line.me/share/ui?url=https%3A%2F%2Fex.org",
    "https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fex.org",
    "https://vk.com/share.php?url=https%3A%2F%2Fex.org",
    "https://www.tumblr.com/share/link?url=https%3A%2F%2Fex.org",
    "https://www.tumblr.com/widgets/share/tool?canonicalUrl=https%3A%2F%2Fex.org",
    "https://getpocket.com/save?url=https%3A%2F%2Fex.org",
    "https://share.flipboard.com/bookmarklet/popout?v=2&url=https%3A%2F%2Fex.org",
    "https://www.threads.net/intent/post?text=hello",
    "https://bsky.app/intent/compose?text=hello",
    "mailto:?subject=Read%20this&body=https%3A%2F%2Fex.org",
    "MAILTO:?body=https%3A%2F%2Fex.org",
]


@pytest.mark.parametrize("href", SHARE_LINKS)
def test_share_link_is_removed(href: str) -> None:
    article = clean_article(f'<p>Kept paragraph.</p><div><a href="{href}">Network</a></div>', BASE)
    assert "<a" not in article.html
    assert "Network" not in article.text
    assert article.text == "Kept paragraph."
    assert article.html == "<p>Kept paragraph.</p>"


@pytest.mark.parametrize(
    "href",
    [
        "https://twitter.com/RFI_Cn",
        "https://www.facebook.com/rfi",
        "https://wa.me/33123456789",
        "https://t.me/rfi_news",
        "https://www.linkedin.com/in/reporter",
        "mailto:reporter@example.org",
        "mailto:reporter@example.org?subject=Tip",
    ],
)
def test_ordinary_links_to_the_same_networks_stay(href: str) -> None:
    article = clean_article(f'<p>Write to <a href="{href}">the reporter</a>.</p>', None)
    assert f'href="{href}"' in article.html
    assert article.text == "Write to the reporter."


def test_share_block_with_label_is_pruned() -> None:
    article = clean_article(
        "<p>Body text.</p>"
        '<div><div>Share this:</div><div><a href="https://www.facebook.com/sharer.php?u=1">'
        '<img src="https://ex.org/fb.png"></a><a href="https://twitter.com/intent/tweet?u=1">'
        "<span></span></a></div></div>",
        None,
    )
    assert article.html == "<p>Body text.</p>"
    assert article.images == ()


@pytest.mark.parametrize("label", ["分享 :", "Partager :", "Share :", "Teilen", "Поделиться:"])
def test_share_labels_go_with_their_links(label: str) -> None:
    article = clean_article(
        f'<p>Body.</p><div><span>{label}</span><a href="https://x.com/intent/tweet?t=1">X</a></div>',
        None,
    )
    assert article.text == "Body."


def test_a_container_with_real_text_is_not_pruned() -> None:
    article = clean_article(
        '<p>Read the full report. <a href="https://www.facebook.com/sharer.php?u=1">Share</a></p>',
        None,
    )
    assert article.text == "Read the full report."
    assert article.html == "<p>Read the full report. </p>"


def test_a_container_with_an_image_is_not_pruned() -> None:
    article = clean_article(
        '<div><a href="https://twitter.com/intent/tweet?text=x">Tweet</a>'
        '<div><img src="https://ex.org/photo.jpg"></div></div><p>Caption.</p>',
        None,
    )
    assert article.images == ("https://ex.org/photo.jpg",)
    assert "Tweet" not in article.text


def test_an_unrelated_empty_looking_container_with_an_image_stays() -> None:
    article = clean_article(
        '<div><span></span><img src="https://ex.org/chart.png"></div><p>Text.</p>'
        '<div><a href="https://www.facebook.com/sharer.php?u=1"></a></div>',
        None,
    )
    assert article.html == '<div><img src="https://ex.org/chart.png"></div><p>Text.</p>'


@pytest.mark.parametrize(
    "junk",
    [
        '<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>x</li></ul></div>',
        '<div class="share-buttons"><a href="#">Share</a></div>',
        '<ul class="social-share"><li>Facebook</li></ul>',
        "<div data-selfpromo-newsletter>Subscribe</div>",
        "<div data-selfpromo-app>Get the app</div>",
        "<span data-root-share><share-button></share-button></span>",
        "<share-modal>Share</share-modal>",
    ],
)
def test_junk_selectors(junk: str) -> None:
    article = clean_article(f"<p>Kept.</p>{junk}", None)
    assert article.text == "Kept."


def test_a_class_that_merely_contains_a_junk_name_stays() -> None:
    article = clean_article('<div class="not-social-share-buttons-x">Kept text</div>', None)
    assert article.text == "Kept text"


# --- mirror footers --------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["feedx.net", "feedx.best", "feedx.top", "feedx.site", "feedx.xyz"]
)
def test_feedx_footer_inside_a_wrapper_is_removed(host: str) -> None:
    article = clean_article(
        f'<div><p>Text</p><br><hr><div>获取更多RSS：<br><a href="https://{host}">'
        f"https://{host}</a></div></div>",
        None,
    )
    assert article.html == "<div><p>Text</p></div>"


def test_a_mirror_link_inside_a_sentence_keeps_its_words() -> None:
    article = clean_article('<p>Found via <a href="https://feedx.net/x">feedx</a> today.</p>', None)
    assert article.html == "<p>Found via feedx today.</p>"


def test_footer_text_alone_is_removed() -> None:
    article = clean_article("<p>Text</p><hr><p>获取更多RSS：</p>", None)
    assert article.html == "<p>Text</p>"


def test_a_paragraph_quoting_the_footer_phrase_stays() -> None:
    sentence = "The mirror adds 获取更多RSS to every item, readers say."
    assert clean_article(f"<p>{sentence}</p>", None).text == sentence


# --- text rules and markup -------------------------------------------------------


def test_text_rules() -> None:
    article = clean_article(
        "<h1>Title</h1><p>One   two\n three</p><p>Line<br>break</p>"
        "<ul><li>first</li><li>second</li></ul>"
        "<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>"
        "<blockquote>Quote</blockquote><figure><figcaption>Caption</figcaption></figure>"
        "<p>  </p><pre>code  block</pre>",
        None,
    )
    assert article.text == (
        "Title\n\nOne two three\n\nLine\nbreak\n\nfirst\n\nsecond\n\nName Value\n\na 1"
        "\n\nQuote\n\nCaption\n\ncode block"
    )
    assert html_to_text(article.html) == article.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Москва, 18 июля — Переговоры продолжатся, заявил министр.",
        "الرئيس قال إن المحادثات ستستمر يوم الثلاثاء.",
        "השר אמר כי השיחות יימשכו ביום שלישי.",
        "L'envoyé spécial a rencontré des responsables à Pékin ; « déçu », dit-il.",
        "Ελληνικά: ο υπουργός δήλωσε την Τρίτη.",
        "日本語の記事です。韓国語：기자가 말했다.",
        "Fish &amp; chips &lt;3",
    ],
)
def test_scripts_survive_word_for_word(paragraph: str) -> None:
    article = clean_article(f"<p><span><span>{paragraph}</span></span></p>", None)
    plain = paragraph.replace("&amp;", "&").replace("&lt;", "<")
    assert article.text == plain
    assert article.html == f"<p>{paragraph}</p>"


def test_meaningless_wrappers_are_unwrapped_but_lang_and_dir_stay() -> None:
    article = clean_article(
        '<p><span><span>text</span></span> <font color="red">red</font> '
        '<span lang="ar" dir="rtl">مرحبا</span> <font dir="rtl">שלום</font></p>',
        None,
    )
    assert article.html == (
        '<p>text red <span lang="ar" dir="rtl">مرحبا</span> <span dir="rtl">שלום</span></p>'
    )


def test_blocks_nh3_would_unwrap_keep_their_words_apart() -> None:
    article = clean_article("<center>first</center><center>second</center>", None)
    assert article.text == "first\n\nsecond"
    assert html_to_text(article.html) == article.text


# --- robustness --------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    ["", "   \n ", "\x00\x01\x02", "<!-- only a comment -->", "<script>x()</script>", "<br><hr>"],
)
def test_garbage_gives_an_empty_article(garbage: str) -> None:
    assert clean_article(garbage, None) == CleanArticle("", "", ())


def test_control_characters_and_cdata_do_not_break_cleaning() -> None:
    article = clean_article(
        "<p>a\x00b &#1;c &#xFDD0;d \ufdd0e\x0cf</p><![CDATA[ x ]]><p>g\ufffeh</p>", None
    )
    assert article.text == "ab c d e f\n\ngh"


def test_huge_and_deep_input() -> None:
    huge = "<p>word " * 50_000
    assert clean_article(huge, None).text.count("word") == 50_000
    deep = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert isinstance(clean_article(deep, None), CleanArticle)


def test_not_a_string_gives_an_empty_article() -> None:
    assert clean_article(b"<p>x</p>", None) == CleanArticle("", "", ())  # type: ignore[arg-type]


def test_html_to_text_of_garbage_is_empty() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<script>x</script><style>p{}</style>") == ""


# --- the rules are data --------------------------------------------------------------


def test_rules_file_documents_each_section() -> None:
    rules = json.loads(resource_path("cleaning.json").read_text(encoding="utf-8"))
    for section in (
        "share_links",
        "junk_selectors",
        "share_labels",
        "mirror_footers",
        "tracking_params",
        "tracker_images",
        "video_embeds",
    ):
        assert rules[section]["_comment"]


# --- media: srcset, players -------------------------------------------------------------


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.jpg 300w, b.jpg 1024w, c.jpg 2048w", "b.jpg"),
        ("c.jpg 2048w, a.jpg 300w, b.jpg 800w", "b.jpg"),
        ("x1.jpg 1x, x2.jpg 2x", "x1.jpg"),
        ("huge.jpg 2000w, huger.jpg 3000w", "huge.jpg"),
        ("only.jpg", "only.jpg"),
        ("  ,, a.jpg, b.jpg 2x", "a.jpg"),
        ("a.jpg,b.jpg 2x", "a.jpg,b.jpg"),  # no space after the comma: one URL, as browsers read it
        # A URL runs to white space: a data: URL and a CDN path keep their commas.
        ("data:image/gif;base64,R0l,GO 10w, https://c.org/w_300,h_200/p.jpg 300w", None),
        ("", None),
    ],
)
def test_srcset_candidate_choice(srcset: str, expected: str | None) -> None:
    from reader.core.content.media import pick_srcset, srcset_candidates

    if srcset.startswith("data:"):
        assert srcset_candidates(srcset) == [
            ("data:image/gif;base64,R0l,GO", 10),
            ("https://c.org/w_300,h_200/p.jpg", 300),
        ]
        expected = "https://c.org/w_300,h_200/p.jpg"
    assert pick_srcset(srcset) == expected


@pytest.mark.parametrize(
    ("player", "page"),
    [
        (
            "https://www.youtube.com/embed/aB3dE5fG7hI?start=3",
            "https://www.youtube.com/watch?v=aB3dE5fG7hI",
        ),
        (
            "https://www.youtube-nocookie.com/embed/aB3dE5fG7hI",
            "https://www.youtube.com/watch?v=aB3dE5fG7hI",
        ),
        ("http://youtube.com/v/aB3dE5fG7hI", "https://www.youtube.com/watch?v=aB3dE5fG7hI"),
        (
            "https://www.youtube.com/embed/videoseries?list=PL12_-x",
            "https://www.youtube.com/playlist?list=PL12_-x",
        ),
        (
            "https://player.vimeo.com/video/76979871?h=8f3a&badge=0",
            "https://vimeo.com/76979871/8f3a",
        ),
        ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"),
        (
            "https://www.dailymotion.com/embed/video/x7tgad0",
            "https://www.dailymotion.com/video/x7tgad0",
        ),
        (
            "https://geo.dailymotion.com/player/xa1b2.html?video=x7tgad0",
            "https://www.dailymotion.com/video/x7tgad0",
        ),
        (
            "https://geo.dailymotion.com/player.html?video=x7tgad0",
            "https://www.dailymotion.com/video/x7tgad0",
        ),
        ("https://www.youtube.com.evil.example/embed/aB3dE5fG7hI", None),
        ("https://evil.example/?u=https://www.youtube.com/embed/aB3dE5fG7hI", None),
        ("https://vimeo.com/76979871", None),
    ],
)
def test_video_players_map_to_their_pages(player: str, page: str | None) -> None:
    from reader.core.content.rules import load_rules

    assert load_rules().video_page(player) == page


def test_a_player_with_no_usable_address_leaves_its_fallback() -> None:
    result = clean_article(
        '<p>a</p><video src="javascript:alert(1)" poster="file:///x.jpg">'
        "<p>Watch it on our site.</p></video><p>b</p>",
        BASE,
    )
    assert result.text == "a\n\nWatch it on our site.\n\nb"
    assert "javascript" not in result.html and "file:" not in result.html
    assert result.images == ()


def test_an_unknown_iframe_goes_and_the_text_after_it_stays() -> None:
    result = clean_article(
        '<p>a</p><iframe src="https://ads.example/frame"></iframe><p>b</p>', BASE
    )
    assert result.text == "a\n\nb"
    assert "ads.example" not in result.html

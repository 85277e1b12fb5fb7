"""Real-world article markup keeps every word, picture and media link, wherever it is read.

Each ``tests/markup/*.html`` is a fragment written after a kind of page
journalists save (WordPress, Guardian, BBC, Le Monde, New York Times) or a
construct that once lost text (void elements, unclosed ``<picture>`` and
``<video>``, players).  Its opening comment says what must survive, one item
a line:

- ``para: TEXT``: a whole paragraph of the plain text, word for word;
- ``words: TEXT``: text that must appear (inside a longer paragraph);
- ``image: SRC | ALT``: an image kept with that source and description;
- ``media: URL``: a link to a video or sound, shown as its URL;
- ``link: URL``: an ordinary link;
- ``cell: TEXT``: a table cell;
- ``gone: TEXT``: junk that must not appear.

They are checked in the cleaning output, in ``offline-reader show --format
text`` and in an exported PDF read back by pdftotext (both run as real
commands), and in the article view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.core.content.cleaning import CleanArticle, clean_article, html_to_text
from reader.core.models import Article
from tests.cli.test_cli import list_json, run
from tests.support.pdf_tools import pdftotext, squash

MARKUP = Path(__file__).resolve().parents[2] / "markup"
FRAGMENTS = sorted(MARKUP.glob("*.html"))
BASE = "https://news.example.com/2023/07/18/"
#: The fragments that also go through the real CLI (show, export-pdf): one of each kind.
THROUGH_THE_CLI = ["guardian", "nyt", "players", "iframes", "tables", "void_elements"]
MISSING_IMAGE = "[image not available offline]"


@dataclass
class Expected:
    paras: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)


def read_fragment(path: Path) -> tuple[str, Expected]:
    """(body, what must survive) of a fragment file."""
    source = path.read_text(encoding="utf-8")
    match = re.match(r"<!--(.*?)-->\n", source, re.S)
    assert match is not None, f"{path.name} has no opening comment"
    expected = Expected()
    lists = {
        "para": expected.paras,
        "words": expected.words,
        "media": expected.media,
        "link": expected.links,
        "cell": expected.cells,
        "gone": expected.gone,
    }
    for line in match.group(1).splitlines():
        kind, colon, value = line.partition(": ")
        if kind == "image" and colon:
            src, _, alt = value.partition(" |")
            expected.images.append((src.strip(), alt.strip()))
        elif kind in lists and colon:
            lists[kind].append(value.strip())
    assert expected.paras, f"{path.name} expects no paragraph"
    return source[match.end() :], expected


def url_of(name: str) -> str:
    return f"{BASE}{name.replace('_', '-')}.html"


def cleaned(path: Path) -> tuple[CleanArticle, Expected]:
    body, expected = read_fragment(path)
    return clean_article(body, url_of(path.stem)), expected


def _normal(text: str) -> str:
    return " ".join(text.split())


# --- cleaning ------------------------------------------------------------------------


def test_the_corpus_is_there() -> None:
    assert len(FRAGMENTS) >= 12
    assert {p.stem for p in FRAGMENTS} >= set(THROUGH_THE_CLI)


@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.stem)
def test_cleaning_keeps_every_word_picture_and_link(path: Path) -> None:
    article, expected = cleaned(path)
    paragraphs = article.text.split("\n\n")
    for para in expected.paras:
        assert para in paragraphs, (para, paragraphs)
    for words in expected.words:
        assert words in article.text, (words, article.text)
    tree = etree.fromstring(f"<div>{article.html}</div>", etree.HTMLParser())
    images = [(img.get("src"), img.get("alt") or "") for img in tree.iter("img")]
    for src, alt in expected.images:
        assert (src, alt) in images, (src, alt, images)
        assert src in article.images
    hrefs = [a.get("href") for a in tree.iter("a")]
    for url in expected.media:
        assert url in hrefs, (url, hrefs)
        assert url in article.text
    for url in expected.links:
        assert url in hrefs, (url, hrefs)
    cells = [_normal("".join(cell.itertext())) for cell in tree.iter("td", "th")]
    for cell in expected.cells:
        assert cell in cells, (cell, cells)
        assert cell in article.text
    for junk in expected.gone:
        assert junk not in article.html and junk not in article.text, junk
    assert html_to_text(article.html) == article.text


@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.stem)
def test_the_sanitizer_still_lets_nothing_active_through(path: Path) -> None:
    article, _ = cleaned(path)
    tree = etree.fromstring(f"<div>{article.html}</div>", etree.HTMLParser())
    allowed_attributes = {"href", "src", "alt", "width", "height", "lang", "dir", "title", "rel"}
    allowed_attributes |= {"colspan", "rowspan", "align", "start", "datetime"}
    for element in tree.iter():
        assert element.tag not in ("video", "audio", "source", "iframe", "embed", "picture")
        assert element.tag not in ("script", "track", "object", "style")
        assert set(element.attrib) <= allowed_attributes, element.attrib
        for name in ("href", "src"):
            assert element.get(name, "https://").startswith(("https://", "http://"))


# --- through the command line: show and export-pdf -------------------------------------


def _dump(path: Path) -> str:
    body, _ = read_fragment(path)
    return f"<!--1689686101000-->\n[{path.stem}]({url_of(path.stem)})\n------\n\n{body}"


@pytest.fixture(scope="module")
def cli_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("markup")
    dumps = folder / "dumps"
    dumps.mkdir()
    for name in THROUGH_THE_CLI:
        (dumps / f"{name}.txt").write_text(_dump(MARKUP / f"{name}.html"), encoding="utf-8")
    db = folder / "library.sqlite3"
    result = run("import", "--db", db, dumps)
    assert result.returncode == 0, result.stderr
    ids = {row["title"]: row["id"] for row in list_json(db)}
    assert sorted(ids) == sorted(THROUGH_THE_CLI)
    return db, ids


@pytest.mark.parametrize("name", THROUGH_THE_CLI)
def test_show_as_text_keeps_every_word_and_media_link(
    cli_library: tuple[Path, dict[str, int]], name: str
) -> None:
    db, ids = cli_library
    result = run("show", "--db", db, str(ids[name]), "--format", "text")
    assert result.returncode == 0, result.stderr
    _, expected = read_fragment(MARKUP / f"{name}.html")
    paragraphs = result.stdout.split("\n\n")
    for para in expected.paras:
        assert para in paragraphs or para + "\n" in paragraphs, para
    for text in (*expected.words, *expected.media, *expected.cells):
        assert text in result.stdout, text


@pytest.fixture(scope="module")
def exported(cli_library: tuple[Path, dict[str, int]]) -> str:
    db, ids = cli_library
    out = db.parent / "markup.pdf"
    numbers = [str(ids[name]) for name in THROUGH_THE_CLI]
    result = run("export-pdf", "--db", db, *numbers, "--output", out)
    assert result.returncode == 0, result.stderr
    # -raw: no joining of words across a line-end hyphen ("china-" + "econ" in a URL).
    return squash(pdftotext(out, "-raw"))


@pytest.mark.parametrize("name", THROUGH_THE_CLI)
def test_the_pdf_keeps_every_word_and_says_where_images_were(exported: str, name: str) -> None:
    _, expected = read_fragment(MARKUP / f"{name}.html")
    for text in (*expected.paras, *expected.words, *expected.media, *expected.cells):
        assert squash(text) in exported, text
    for _src, alt in expected.images:  # nothing is cached: each image says what it showed
        assert squash(f"[{alt}]" if alt else MISSING_IMAGE) in exported


# --- the article view ---------------------------------------------------------------------


def _as_article(path: Path) -> Article:
    result, _ = cleaned(path)
    when = datetime(2023, 7, 18, tzinfo=UTC)
    return Article(
        id=1,
        source_id=1,
        source_name="news.example.com",
        source_title="Example News",
        title=path.stem,
        url=url_of(path.stem),
        author=None,
        published=when,
        added=when,
        html=result.html,
        text=result.text,
        read=False,
        starred=False,
    )


@pytest.mark.parametrize("name", ["wordpress", "nyt", "players", "lemonde"])
def test_the_view_shows_every_paragraph_apart(qtbot, name: str) -> None:
    from reader.ui.views.article_view import ArticleBrowser

    asked: list[str] = []

    class Recording(ArticleBrowser):
        def loadResource(self, kind, url):  # what Qt itself asks for
            asked.append("qt:" + url.toString())
            return super().loadResource(kind, url)

    view = Recording(provider=lambda url: asked.append(url.toString()))
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    path = MARKUP / f"{name}.html"
    view.show_article(_as_article(path))
    view.grab()
    _, expected = read_fragment(path)
    # Nothing loads: the cache is asked for each picture (posters included), Qt for nothing.
    assert sorted(asked) == sorted(src for src, _alt in expected.images)
    blocks = view.toPlainText().split("\n")
    for para in expected.paras:
        assert para in blocks, (para, blocks)
    shown = view.toPlainText()
    for url in expected.media:
        assert url in shown
    for _src, alt in expected.images:
        assert (f"[{alt}]" if alt else MISSING_IMAGE) in shown
    links = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isAnchor():
                links.append(it.fragment().charFormat().anchorHref())
            it += 1
        block = block.next()
    for url in expected.media:
        assert url in links


# --- property: no sequence of these elements loses the text after it -------------------------

ELEMENTS = st.sampled_from(
    [
        '<picture><source srcset="https://m.example/a.webp 800w" type="image/webp">',
        '<picture><source srcset="https://m.example/b.webp">'
        '<img src="https://m.example/b.jpg" alt="B"></picture>',
        "</picture>",
        '<source src="https://m.example/c.mp4" type="video/mp4">',
        '<track kind="captions" src="https://m.example/c.vtt">',
        '<embed src="https://m.example/d.swf">',
        "<embed>",
        "<wbr>",
        "<keygen>",
        '<img srcset="https://m.example/e-500.jpg 500w, https://m.example/e-1500.jpg 1500w">',
        '<img data-src="https://m.example/f.jpg" src="data:image/gif;base64,R0lGOD">',
        '<img class="lazyload" data-srcset="https://m.example/g.jpg 2x">',
        '<video src="https://m.example/h.mp4" poster="https://m.example/h.jpg">',
        '<video controls><source src="https://m.example/i.mp4">',
        "</video>",
        '<audio src="https://m.example/j.mp3">',
        '<audio><source src="https://m.example/k.ogg"><track src="https://m.example/k.vtt">',
        "</audio>",
        '<iframe src="https://www.youtube.com/embed/AbCdEfGhIjK"></iframe>',
        '<iframe src="https://player.vimeo.com/video/1234"></iframe>',
        '<iframe src="https://ads.example/x"></iframe>',
        "<figure>",
        "</figure>",
        "<figcaption>",
        "</figcaption>",
        "<div>",
        "</div>",
        "<section>",
        "</section>",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(ELEMENTS, st.booleans()), max_size=25))
def test_no_sequence_of_media_elements_loses_the_words_after_it(
    parts: list[tuple[str, bool]],
) -> None:
    markup: list[str] = []
    words: list[str] = []
    for number, (element, inline) in enumerate(parts):
        markup.append(element)
        word = f"word{number}x"
        words.append(word)
        markup.append(f" {word} " if inline else f"<p>{word}</p>")
    article = clean_article("".join(markup), BASE)
    positions = [article.text.find(word) for word in words]
    assert -1 not in positions, (markup, article.text)
    assert positions == sorted(positions), (markup, article.text)

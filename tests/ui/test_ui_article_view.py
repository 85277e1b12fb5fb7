"""The article view fetches nothing, reads no local file, opens links only on click."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.core.models import Article
from reader.ui.views.article_view import ArticleBrowser

IMAGE = QTextDocument.ResourceType.ImageResource.value


def png_bytes() -> bytes:
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def article(body: str, url: str = "https://example.org/a") -> Article:
    return Article(
        id=1,
        source_id=1,
        source_name="example.org",
        source_title="Example",
        title="A title",
        url=url,
        author=None,
        published=datetime(2024, 3, 1, 12, 0, tzinfo=UTC),
        added=datetime(2024, 3, 1, 12, 0, tzinfo=UTC),
        html=body,
        text="text",
        read=False,
        starred=False,
    )


class Spy(ArticleBrowser):
    """Records every resource Qt asks the view for, and what it got."""

    def __init__(self, **kwargs) -> None:
        self.requests: list[tuple[str, object]] = []
        super().__init__(**kwargs)

    def loadResource(self, kind, url):
        result = super().loadResource(kind, url)
        self.requests.append((url.toString(), result))
        return result


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.png"
    path.write_bytes(png_bytes())
    return path


def test_nothing_remote_or_local_is_loaded(qtbot, secret):
    asked: list[str] = []

    def provider(url: QUrl) -> bytes | None:
        asked.append(url.toString())
        return None

    view = Spy(provider=provider)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    body = (
        '<p>one <img src="https://cdn.example.org/photo.jpg" alt="The minister"></p>'
        f'<p>two <img src="{QUrl.fromLocalFile(str(secret)).toString()}"></p>'
        '<p>three <img src="secret.png"></p>'
    )
    view.show_article(article(body))
    view.grab()
    # Only the web image was looked up, in the cache only; Qt itself asked for nothing
    # because every missing image was replaced before layout.
    assert asked == ["https://cdn.example.org/photo.jpg"]
    assert view.requests == []
    text = view.toPlainText()
    assert "[The minister]" in text
    assert text.count("[image not available offline]") == 2
    # And asked directly, loadResource refuses local and relative URLs outright: a blank
    # pixel, not the 4x3 secret (None would make Qt read the name as a file itself).
    for url in (QUrl.fromLocalFile(str(secret)), QUrl("secret.png"), QUrl("ftp://x/y.png")):
        refused = view.loadResource(IMAGE, url)
        assert isinstance(refused, QImage) and (refused.width(), refused.height()) == (1, 1)
    assert asked == ["https://cdn.example.org/photo.jpg"]


def test_a_cached_image_is_shown_from_the_cache(qtbot):
    cached = png_bytes()
    view = Spy(provider=lambda url: cached if url.host() == "cdn.example.org" else None)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_article(article('<p><img src="https://cdn.example.org/photo.jpg" alt="x"></p>'))
    view.grab()
    assert "[x]" not in view.toPlainText()
    loaded = [result for url, result in view.requests if url.endswith("photo.jpg")]
    assert loaded and isinstance(loaded[0], QImage) and loaded[0].width() == 4


def test_a_broken_cache_does_not_break_reading(qtbot):
    def provider(url: QUrl) -> bytes | None:
        raise OSError("cache folder gone")

    view = ArticleBrowser(provider=provider)
    qtbot.addWidget(view)
    view.show_article(article('<p>still here <img src="https://x.org/i.png"></p>'))
    assert "still here" in view.toPlainText()


@pytest.mark.parametrize(
    ("href", "opens"),
    [
        ("https://example.org/story", True),
        ("http://example.org/story", True),
        ("mailto:desk@example.org", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("ftp://example.org/x", False),
        ("smb://server/share", False),
        ("relative/page.html", False),
    ],
)
def test_links_open_only_on_click_and_only_web_and_mail(qtbot, href, opens):
    opened: list[str] = []
    view = ArticleBrowser(opener=lambda url: opened.append(url.toString()) or True)
    qtbot.addWidget(view)
    view.show_article(article(f'<p><a href="{href}">link</a></p>'))
    assert opened == []  # showing an article opens nothing
    before = view.toPlainText()
    with qtbot.waitSignals([view.link_refused], timeout=200, raising=False) as refused:
        view.anchorClicked.emit(QUrl(href))
    assert bool(opened) is opens
    assert refused.signal_triggered is not opens
    # The view never navigates: it still shows the article.
    assert view.toPlainText() == before
    view.setSource(QUrl("file:///etc/passwd"))
    assert view.toPlainText() == before


def test_zoom_and_palette_restyle_the_text(qtbot):
    view = ArticleBrowser()
    qtbot.addWidget(view)
    view.show_article(article("<p>body</p>"))
    size = view.document().defaultFont().pointSizeF()
    view.set_zoom(150)
    assert view.document().defaultFont().pointSizeF() == pytest.approx(size * 1.5)
    assert "body" in view.toPlainText()

"""Images in the window: the view and the PDF read the cache only; downloads
happen when asked (or for "always load" sources), on a worker, with progress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from reader.core.feeds.refresh import refresh_sources
from reader.core.feeds.subscriptions import subscribe
from reader.core.images.cache import cache_reference
from reader.core.images.fetch import cache_images, image_client
from reader.core.library import Store
from reader.core.models import ImageStatus
from reader.export.cache import cache_resources
from reader.ui import message
from tests.cli.test_cli import run
from tests.support.feedkit import Item, rss20
from tests.support.imagekit import PHOTO, png, requested_paths, serve_image_feed
from tests.support.pdf_tools import pdfimages
from tests.support.ui_support import confirm_with, wait_idle

MB = 1024 * 1024


def subscribe_and_refresh(db_path, feed_url: str) -> tuple[int, int]:
    """(source id, id of its one article), images not fetched."""
    with Store.open(db_path) as store:
        source_id = subscribe(store, feed_url, find_feed=False).source_id
        [result] = refresh_sources(store, [source_id])
    assert len(result.added_ids) == 1
    return source_id, result.added_ids[0]


def document_images(browser) -> list[tuple[str, float, float]]:
    """(name, width, height) of every image laid out in the view's document."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                found.append((image.name(), image.width(), image.height()))
            it += 1
        block = block.next()
    return found


def show(window, qtbot, article_id: int) -> None:
    window.show_article(article_id)
    wait_idle(qtbot, window)


def wait_images(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.images.busy, timeout=30_000)


def test_cached_images_show_offline_in_view_and_pdf(
    own_server, db_path, make_window, qtbot, tmp_path
):
    """The issue's test: refresh caches the images (no pixel, huge cut at the cap);
    with the server gone the article still shows them, in the view and the PDF."""
    server = own_server
    feed = serve_image_feed(server)
    with Store.open(db_path) as store:
        source_id = subscribe(store, feed, find_feed=False).source_id
        [result] = refresh_sources(store, [source_id])
        article_id = result.added_ids[0]
        urls = store.images_to_fetch(article_ids=result.added_ids)
        report = cache_images(store, urls, client=image_client(max_bytes=MB))
    photo_url = server.url_for("/img/photo.png")
    outcome = {r.url.rsplit("/", 1)[1]: r for r in report.results}
    assert outcome["photo.png"].outcome.value == "cached"
    assert outcome["huge.png"].outcome.value == "skipped"
    assert "larger than 1 MB" in (outcome["huge.png"].reason or "")
    assert "/img/pixel.gif" not in requested_paths(server)
    server.clear_log()
    server.stop()

    window = make_window(db_path, show=True)
    show(window, qtbot, article_id)
    browser = window.browser
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(photo_url))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (64, 40)
    names = [name for name, _w, _h in document_images(browser)]
    assert photo_url in names
    text = browser.toPlainText()
    assert "[huge]" in text and "[the photo]" not in text
    assert not window.images.bar.isHidden()  # the 404 can still be tried again
    assert server.log == []  # opening fetched nothing (and the server is down anyway)

    pdf = tmp_path / "pictures.pdf"
    result = run("export-pdf", "--db", db_path, str(article_id), "--output", pdf)
    assert result.returncode == 0, result.stderr
    sizes = {(row["width"], row["height"]) for row in pdfimages(pdf) if row.get("type") == "image"}
    assert ("64", "40") in sizes


def test_cache_resources_by_url_and_by_hash(db_path):
    with Store.open(db_path) as store:
        digest = store.store_image("https://img.example/a.png", PHOTO, "image/png")
    resources = cache_resources(db_path)
    try:
        assert resources("https://img.example/a.png") == PHOTO
        assert resources(cache_reference(digest)) == PHOTO
        assert resources("https://img.example/other.png") is None
        assert resources("file:///etc/passwd") is None
    finally:
        resources.close()


def test_load_images_for_this_article(httpserver, db_path, make_window, qtbot):
    _source_id, article_id = subscribe_and_refresh(db_path, serve_image_feed(httpserver))
    httpserver.clear_log()
    window = make_window(db_path, show=True)
    show(window, qtbot, article_id)
    assert requested_paths(httpserver) == []  # opening fetched nothing
    assert "[the photo]" in window.browser.toPlainText()
    assert not window.images.bar.isHidden()
    action = window.actions_.load_images
    assert action.isEnabled()

    with qtbot.waitSignal(window.images.finished, timeout=30_000) as done:
        window.images.bar.button.click()
    assert done.args[0] is not None
    assert "/img/photo.png" in requested_paths(httpserver)
    assert "/img/pixel.gif" not in requested_paths(httpserver)
    with Store.open(db_path) as store:
        assert store.cached_image(httpserver.url_for("/img/photo.png")) is not None
    # Laid out again with the image in place.
    assert "[the photo]" not in window.browser.toPlainText()
    assert httpserver.url_for("/img/photo.png") in [n for n, *_ in document_images(window.browser)]
    assert window.images.progress.isHidden()


def test_always_load_images_source_fetches_on_open_others_do_not(
    httpserver, db_path, make_window, qtbot
):
    feed = serve_image_feed(httpserver)
    base = httpserver.url_for("")
    other_body = f'<p>Other.</p><img src="{base}img2/other.png" alt="other">'
    httpserver.expect_request("/feed2").respond_with_data(
        rss20([Item("Other story", f"{base}story/2", other_body, guid="urn:other:1")], site=base),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/img2/other.png").respond_with_data(
        png(10, 10), content_type="image/png"
    )
    always_source, always_article = subscribe_and_refresh(db_path, feed)
    _plain_source, plain_article = subscribe_and_refresh(db_path, httpserver.url_for("/feed2"))
    with Store.open(db_path) as store:
        assert store.always_load_images(always_source) is False
        store.set_always_load_images(always_source, True)
    httpserver.clear_log()

    window = make_window(db_path, show=True)
    show(window, qtbot, plain_article)
    qtbot.wait(200)
    assert not window.images.busy
    assert requested_paths(httpserver) == []

    with qtbot.waitSignal(window.images.finished, timeout=30_000):
        show(window, qtbot, always_article)
    assert "/img/photo.png" in requested_paths(httpserver)
    assert "/img2/other.png" not in requested_paths(httpserver)
    assert "[the photo]" not in window.browser.toPlainText()

    # The checkable action follows the selected source and writes it back.
    window.source_view.select(("source", str(always_source)))
    action = window.actions_.always_load_images
    assert action.isEnabled() and action.isChecked()
    action.trigger()  # off
    wait_images(qtbot, window)
    qtbot.waitUntil(lambda: _always(db_path, always_source) is False, timeout=10_000)


def _always(db_path, source_id: int) -> bool:
    with Store.open(db_path) as store:
        return store.always_load_images(source_id)


def test_download_for_a_source_offline_says_so(own_server, db_path, make_window, qtbot):
    source_id, article_id = subscribe_and_refresh(db_path, serve_image_feed(own_server))
    own_server.stop()
    errors: list[tuple[str, str]] = []
    window = make_window(db_path)

    def record(text: str, detail: str) -> None:
        errors.append((text, detail))

    message.global_bridge.error_raised.connect(record)
    window.source_view.select(("source", str(source_id)))
    try:
        with qtbot.waitSignal(window.images.finished, timeout=60_000) as done:
            window.actions_.download_images_source.trigger()
            assert not window.images.progress.isHidden()
    finally:
        message.global_bridge.error_raised.disconnect(record)
    report = done.args[0]
    assert report is not None and report.offline
    assert any("network cannot be reached" in text for text, _ in errors)
    with Store.open(db_path) as store:
        states = store.image_states(article_id)
    assert states and all(s.status is ImageStatus.PENDING for s in states)


def test_settings_show_usage_change_budget_and_clear(db_path, make_window, qtbot, monkeypatch):
    with Store.open(db_path) as store:
        store.store_image("https://img.example/a.png", PHOTO, "image/png")
    window = make_window(db_path)
    dialog = window.images.open_settings()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.usage_label.text().startswith("1 image, ")  # not "1 images"
    assert dialog.budget.value() == 1024  # the default, 1 GB

    asked = confirm_with(monkeypatch, True)
    dialog.clear_button.click()
    assert asked
    qtbot.waitUntil(lambda: dialog.usage_label.text().startswith("0 images"), timeout=10_000)
    with Store.open(db_path) as store:
        assert store.image_cache_usage() == (0, 0)

    dialog.budget.setValue(200)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    with Store.open(db_path) as store:
        assert store.setting("image_budget_bytes") == str(200 * MB)


def test_a_wide_cached_image_is_scaled_to_the_text_column(qtbot):
    from datetime import UTC, datetime

    from reader.core.models import Article
    from reader.ui.views.article_view import ArticleBrowser

    wide = png(3000, 300)
    url = "https://img.example/wide.png"
    browser = ArticleBrowser(provider=lambda u: wide if u.toString() == url else None)
    qtbot.addWidget(browser)
    browser.resize(900, 600)
    article = Article(
        1, 1, "example", "Example", "Wide", "https://example.com/1", None, None,
        datetime(2023, 7, 18, tzinfo=UTC), f'<p>x</p><img src="{url}" alt="wide">', "x",
        False, False,
    )  # fmt: skip
    browser.show_article(article)
    [(name, width, height)] = document_images(browser)
    assert name == url and 0 < width < 900 and height == pytest.approx(width / 10, rel=0.01)

"""Add Feed in the window, driven as a person does: type into the dialog, press OK.

Against a real local HTTP server; then what the window shows: the new feed
selected, its articles listed and counted, and their pictures in the cache
(the article view and an exported PDF take them from there, offline).
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reader.core.library import Store
from reader.ui.dialogs import export_dialog
from reader.ui.dialogs.export_dialog import ExportChoice
from reader.ui.dialogs.feed_dialogs import FeedDialog
from reader.ui.models.article_model import Column
from tests.cli.test_cli import run
from tests.support.imagekit import PHOTO, requested_paths, serve_picture_feed
from tests.support.pdf_tools import pdfimages
from tests.support.ui_support import fill_library, wait_idle


def add_through_the_dialog(qtbot, window, url: str, *, folder: str = "") -> None:
    """Feeds ▸ Add Feed…, type the address (and a folder), press OK; the dialog
    closes (and is deleted) once the feed is found."""
    window.actions_.add_feed.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, FeedDialog) and dialog.objectName() == "addFeedDialog"
    qtbot.keyClicks(dialog.url, url)
    if folder:
        qtbot.keyClicks(dialog.folder.lineEdit(), folder)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # It stays open while the feed is looked for, then closes.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=15_000)


def wait_added(qtbot, window) -> None:
    """Until the refresh of the new feed has reported back and the window is quiet."""
    qtbot.waitUntil(lambda: window.feeds.last_outcome is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.feeds.busy, timeout=30_000)
    wait_idle(qtbot, window)


def listed_titles(window) -> list[str]:
    model = window.article_model
    return sorted(model.index(row, Column.TITLE).data() for row in range(model.rowCount()))


def feed_id(db_path, url: str) -> int:
    with Store.open(db_path) as store:
        [source] = [s for s in store.sources() if s.feed_url == url]
    return source.id


TITLES = ["Flood pictures 洪水", "Flood update"]


def test_add_feed_shows_the_new_feed_with_its_articles_and_count(
    httpserver, db_path, sample_path, make_window, qtbot
):
    url = serve_picture_feed(httpserver)
    fill_library(db_path, sample_path)
    window = make_window(db_path, show=True)
    # A search left over from before: it matches the sample, not the new feed.
    qtbot.keyClicks(window.search_field, "COP28")
    qtbot.waitUntil(lambda: window.article_model.query.search == "COP28", timeout=5_000)
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 1

    add_through_the_dialog(qtbot, window, url, folder="Weather")
    wait_added(qtbot, window)

    key = ("source", str(feed_id(db_path, url)))
    assert window.source_view.current_key == key
    selected = window.source_view.selectionModel().selectedRows()
    assert [window.source_model.node(i).key for i in selected] == [key]
    assert window.source_model.node(selected[0]).source.folder == "Weather"
    assert window.search_field.text() == ""
    assert listed_titles(window) == TITLES
    assert window.count_label.text() == "2 articles"
    assert window.windowTitle().startswith("Example News")


def test_the_new_articles_are_listed_while_their_images_download(
    httpserver, db_path, make_window, qtbot
):
    """The list's query runs as soon as the new feed is selected, before the fetch
    wrote anything; the articles must show up once written, not after the images."""
    refresh, image = threading.Event(), threading.Event()
    try:
        url = serve_picture_feed(httpserver, hold_refresh=refresh, hold_image=image)
        window = make_window(db_path, show=True)
        add_through_the_dialog(qtbot, window, url)
        qtbot.waitUntil(lambda: window.feeds.running, timeout=10_000)
        key = ("source", str(feed_id(db_path, url)))
        qtbot.waitUntil(lambda: window.source_view.current_key == key, timeout=10_000)
        qtbot.waitUntil(lambda: window.count_label.text() == "0 articles", timeout=10_000)

        refresh.set()  # the feed arrives; its photo does not yet
        qtbot.waitUntil(lambda: window.count_label.text() == "2 articles", timeout=10_000)
        assert listed_titles(window) == TITLES
        model = window.source_model
        qtbot.waitUntil(lambda: model.node(model.index_of(key)).count == 2, timeout=10_000)
        assert window.feeds.running, "the images were not still downloading"
    finally:
        refresh.set()
        image.set()
    wait_added(qtbot, window)
    assert window.count_label.text() == "2 articles"
    assert "Images: 1 cached" in window.statusBar().currentMessage()


def test_add_feed_caches_the_pictures_for_reading_and_pdf_offline(
    own_server, db_path, make_window, qtbot, tmp_path, monkeypatch
):
    url = serve_picture_feed(own_server)
    photo = own_server.url_for("/img/flood.png")
    window = make_window(db_path, show=True)
    assert window.actions_.download_images.isChecked()  # the default
    add_through_the_dialog(qtbot, window, url)
    wait_added(qtbot, window)
    assert window.feeds.last_outcome.added == 2
    assert "Images: 1 cached" in window.statusBar().currentMessage()
    assert "/img/flood.png" in requested_paths(own_server)
    own_server.stop()  # offline from here on: no refresh, no server

    with Store.open(db_path) as store:
        [article] = [a for a in store.list_articles() if a.title == TITLES[0]]
        cached = store.cached_image(photo)
    assert cached is not None and cached.data == PHOTO
    shown = run("show", "--db", db_path, str(article.id), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    html = json.loads(shown.stdout)["html"]
    assert 'src="cached-image:' in html and photo not in html

    row = window.article_model.row_of(article.id)
    window.article_view.go_to_row(row)
    qtbot.waitUntil(lambda: window.browser.article is not None, timeout=5_000)
    image = window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(photo))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (64, 40)

    target = tmp_path / "flood.pdf"
    monkeypatch.setattr(
        export_dialog, "ask_export", lambda parent, **kw: ExportChoice(target, None, "a4")
    )
    window.actions_.export_pdf.trigger()
    qtbot.waitUntil(lambda: not window.exporter.running and target.exists(), timeout=60_000)
    assert [(i["width"], i["height"]) for i in pdfimages(target)] == [("64", "40")]


def test_add_feed_leaves_the_images_when_downloading_them_is_off(
    httpserver, db_path, make_window, qtbot
):
    url = serve_picture_feed(httpserver)
    window = make_window(db_path)
    window.actions_.download_images.setChecked(False)
    try:
        add_through_the_dialog(qtbot, window, url)
        wait_added(qtbot, window)
        assert window.feeds.last_outcome.added == 2
        assert window.feeds.last_outcome.images is None
        with Store.open(db_path) as store:
            assert store.cached_image(httpserver.url_for("/img/flood.png")) is None
    finally:
        window.actions_.download_images.setChecked(True)  # the setting is shared


def test_a_source_asked_for_before_the_tree_lists_it_is_selected_when_it_comes(
    db_path, sample_path, make_window, qtbot
):
    """Sources come in snapshots read on a worker: one read before the feed was
    written must not send the selection to "All articles" for good."""
    from dataclasses import replace

    from reader.ui.models.source_model import ALL_KEY
    from reader.ui.services.library import SourceSnapshot

    fill_library(db_path, sample_path)
    window = make_window(db_path)
    view = window.source_view
    with Store.open(db_path) as store:
        new_id = store.add_feed("https://floods.example/rss", name="floods.example")
        sources = store.sources()
    old = [s for s in sources if s.id != new_id]
    key = ("source", str(new_id))

    window.show_new_source(key)
    assert view.current_key == ALL_KEY  # not listed yet: nothing to select
    # A snapshot read before the write, with another change (a new shape: a reset).
    renamed = [replace(s, title="Radio France") for s in old]
    view.update_sources(SourceSnapshot(renamed, 1, 1, 0))
    assert view.current_key == ALL_KEY
    view.update_sources(SourceSnapshot(sources, 1, 1, 0))
    assert view.current_key == key
    wait_idle(qtbot, window)
    assert window.article_model.query.source_ids == (new_id,)

    # The user going elsewhere first cancels the wish.
    view.select(ALL_KEY)
    window.show_new_source(("source", "999"))
    view.selectionModel().setCurrentIndex(
        window.source_model.index_of(("source", str(old[0].id))),
        view.selectionModel().SelectionFlag.ClearAndSelect,
    )
    view.update_sources(SourceSnapshot(sources, 1, 1, 0))
    assert view.current_key == ("source", str(old[0].id))
    wait_idle(qtbot, window)

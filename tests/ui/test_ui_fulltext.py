"""Full articles in the window: read offline with the mouse on real rows, the switch
to the feed's summary (and a PDF of what is shown), failures with their reason,
Download Full Article, the suggestion for a feed of short items, the Edit Feed option."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.feeds.refresh import refresh_with_images
from reader.core.feeds.subscriptions import subscribe
from reader.core.library import Store
from reader.ui.dialogs import export_dialog
from reader.ui.dialogs.export_dialog import ExportChoice
from reader.ui.dialogs.feed_dialogs import FeedDialog
from reader.ui.models.article_model import Column
from reader.ui.window import menus
from tests.support.fulltextkit import ARTICLES, Site, paragraphs, site_with_articles
from tests.support.pdf_tools import pdftotext, squash
from tests.support.ui_support import wait_idle


def _library(db_path, site: Site, *, full_text: bool) -> int:
    feed = site_with_articles(site)
    with Store.open(db_path) as store:
        source_id = subscribe(store, feed, find_feed=False).source_id
        store.set_full_text_option(source_id, full_text)
        refresh_with_images(store, [source_id])
    return source_id


def _click_title(qtbot, window, title: str) -> None:
    model, view = window.article_model, window.article_view
    for row in range(model.rowCount()):
        if model.summary(row).title == title:
            index = model.index(row, Column.TITLE)
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            qtbot.waitUntil(lambda: window.browser.article is not None)
            assert window.browser.article.title == title
            return
    raise AssertionError(f"no row {title!r}")


def _export(qtbot, window, monkeypatch, target) -> str:
    monkeypatch.setattr(
        export_dialog, "ask_export", lambda parent, **kw: ExportChoice(target, None, "a4")
    )
    window.actions_.export_pdf.trigger()
    qtbot.waitUntil(lambda: not window.exporter.running, timeout=60_000)
    return squash(pdftotext(target))


def test_full_article_reads_offline_and_switches_to_the_summary(
    db_path, site, make_window, qtbot, monkeypatch, tmp_path
):
    _library(db_path, site, full_text=True)
    site.stop()  # the network is gone
    window = make_window(db_path, show=True)
    bar = window.full_text.bar

    _click_title(qtbot, window, "Story 0")
    text = window.browser.toPlainText()
    for paragraph in paragraphs(ARTICLES[0]):
        assert paragraph in text
    assert "Accept all cookies" not in text and "Related stories" not in text
    assert "[image not available offline]" not in text  # the in-body picture is cached
    assert bar.isVisible() and bar.label.text().startswith("Full article")
    full_pdf = _export(qtbot, window, monkeypatch, tmp_path / "full.pdf")
    assert squash(paragraphs(ARTICLES[0])[-1]) in full_pdf

    qtbot.mouseClick(bar.switch, Qt.MouseButton.LeftButton)
    summary = window.browser.toPlainText()
    assert paragraphs(ARTICLES[0])[-1] not in summary
    assert paragraphs(ARTICLES[0])[0][:60] in summary  # the feed's own teaser
    assert bar.label.text() == "The feed's summary is shown."
    # The PDF gives what the view shows.
    summary_pdf = _export(qtbot, window, monkeypatch, tmp_path / "summary.pdf")
    assert squash(paragraphs(ARTICLES[0])[-1]) not in summary_pdf

    qtbot.mouseClick(bar.switch, Qt.MouseButton.LeftButton)
    assert paragraphs(ARTICLES[0])[-1] in window.browser.toPlainText()

    _click_title(qtbot, window, "Walled story")
    assert bar.isVisible() and "sign in or subscribe" in bar.label.text()
    assert bar.retry.isVisible() and not bar.switch.isVisible()
    _click_title(qtbot, window, "Forbidden story")
    assert "403" in bar.label.text()


def test_download_full_article_and_the_suggestion(db_path, site, make_window, qtbot):
    source_id = _library(db_path, site, full_text=False)
    window = make_window(db_path, show=True)
    bar = window.full_text.bar

    _click_title(qtbot, window, "Story 1")
    # Items of a few words: the bar suggests downloading the full articles.
    assert bar.isVisible() and bar.suggest.isVisible()
    assert "short summaries" in bar.label.text()
    assert paragraphs(ARTICLES[1])[-1] not in window.browser.toPlainText()

    action = window.actions_.download_full_article
    assert action.isEnabled()
    assert action in window.menuBar().actions()[1].menu().actions()  # the Article menu
    assert "download_full_article" in menus.ARTICLE_MENU  # and the list's context menu
    action.trigger()
    qtbot.waitUntil(lambda: not window.full_text.busy, timeout=30_000)
    for paragraph in paragraphs(ARTICLES[1]):
        assert paragraph in window.browser.toPlainText()
    assert bar.label.text().startswith("Full article")
    assert "1 downloaded" in window.statusBar().currentMessage()

    _click_title(qtbot, window, "Story 2")
    assert bar.suggest.isVisible()
    qtbot.mouseClick(bar.suggest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.full_text.busy, timeout=30_000)
    wait_idle(qtbot, window)
    assert window.library.full_text_option(source_id)
    assert paragraphs(ARTICLES[2])[-1] in window.browser.toPlainText()
    with Store.open(db_path) as store:
        assert store.full_text(window.browser.article.id) is not None


def test_edit_feed_dialog_has_the_option(db_path, site, make_window, qtbot):
    source_id = _library(db_path, site, full_text=True)
    window = make_window(db_path)
    source = next(s for s in window.source_model.sources() if s.id == source_id)
    dialog = FeedDialog(window, [], source, full_text=window.library.full_text_option(source_id))
    assert dialog.full_text.isChecked() and dialog.full_text.text() == "&Download full articles"
    dialog.full_text.click()
    window.feeds.start_edit(source, dialog.fields())
    qtbot.waitUntil(lambda: not window.library.full_text_option(source_id), timeout=10_000)
    wait_idle(qtbot, window)


def test_refresh_in_the_window_downloads_the_full_articles(db_path, site, make_window, qtbot):
    feed = site_with_articles(site)
    with Store.open(db_path) as store:
        source_id = subscribe(store, feed, find_feed=False).source_id
    window = make_window(db_path, show=True)
    dialog = FeedDialog(window, [], next(s for s in window.source_model.sources()))
    dialog.full_text.click()  # Edit Feed ▸ Download full articles
    source = next(s for s in window.source_model.sources() if s.id == source_id)
    window.feeds.start_edit(source, dialog.fields())
    qtbot.waitUntil(lambda: window.library.full_text_option(source_id), timeout=10_000)
    wait_idle(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_F5)  # Refresh All Feeds
    qtbot.waitUntil(lambda: window.feeds.busy, timeout=5000)
    qtbot.waitUntil(lambda: not window.feeds.busy, timeout=60_000)
    wait_idle(qtbot, window)
    status = window.statusBar().currentMessage()
    assert "Full articles: 3 downloaded, 2 not available, 0 left for later." in status
    site.stop()
    _click_title(qtbot, window, "Story 2")
    for paragraph in paragraphs(ARTICLES[2]):
        assert paragraph in window.browser.toPlainText()

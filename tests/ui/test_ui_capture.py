"""Web pages in the window (issue 28): File ▸ Save Web Page… with the clipboard's address,
a link and a browser's .mhtml dropped on the window, File ▸ Import Links…, Export as Web
Archive…, the raw-captures setting; each page read offline by clicking its row, with the
capture in the Info panel."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from email.message import EmailMessage

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.core.library import Store
from reader.ui.controllers import capture_controller
from reader.ui.models.article_model import Column
from tests.support.fulltextkit import PHOTO, paragraphs, site_to_save
from tests.support.readlaterkit import Saved, pocket_csv
from tests.support.ui_support import confirm_with, wait_idle


def _wait(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.capture.running, timeout=60_000)
    wait_idle(qtbot, window)


def _click_title(qtbot, window, title: str) -> None:
    model, view = window.article_model, window.article_view
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    for row in range(model.rowCount()):
        if model.summary(row).title == title:
            index = model.index(row, Column.TITLE)
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            qtbot.waitUntil(
                lambda: window.browser.article is not None and window.browser.article.title == title
            )
            return
    titles = [model.summary(r).title for r in range(model.rowCount())]
    raise AssertionError(f"no row {title!r} in {titles}")


def _drop(window, urls: list[QUrl]) -> None:
    mime = QMimeData()
    mime.setUrls(urls)
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(window, drop)


def test_save_web_page_from_the_clipboard_and_read_it_offline(
    db_path, site, make_window, qtbot, monkeypatch, tmp_path
):
    urls = site_to_save(site)
    served = site.routes["/articles/0/news-site.html"].body
    window = make_window(db_path, show=True)
    QGuiApplication.clipboard().setText(urls["redirect"])
    offered = []

    def ask(parent, suggested):
        offered.append(suggested)
        return suggested

    monkeypatch.setattr(capture_controller, "ask_url", ask)
    window.actions_.save_page.trigger()
    _wait(qtbot, window)
    assert offered == [urls["redirect"]]  # the clipboard's address, suggested
    site.stop()

    title = "Flood defences fail in river towns as storm lingers"
    _click_title(qtbot, window, title)
    text = window.browser.toPlainText()
    for paragraph in paragraphs("news-site.html"):
        assert paragraph in text
    assert "Accept all cookies" not in text
    assert "[image not available offline]" not in text
    window.actions_.article_info.trigger()
    info = window.research.info_panel.shown_text()
    assert hashlib.sha256(served).hexdigest() in info
    assert "WARC-Payload-Digest" in info and urls["news"] in info
    assert "Text shown: the full article from this page" in info

    # Export ▸ Web Archive… of the selected page, valid for Webrecorder's validator.
    target = tmp_path / "page.wacz"
    monkeypatch.setattr(capture_controller, "ask_wacz_path", lambda parent: target)
    window.actions_.export_web_archive.trigger()
    _wait(qtbot, window)
    qtbot.waitUntil(target.exists, timeout=20_000)
    checked = subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_dropped_link_is_saved_and_a_dropped_mhtml_imported(
    db_path, site, make_window, qtbot, tmp_path
):
    urls = site_to_save(site)
    window = make_window(db_path, show=True)
    _drop(window, [QUrl(urls["blog"])])
    _wait(qtbot, window)

    page = EmailMessage()  # what Chrome's "Save as: Webpage, Single File" writes
    page["Subject"] = "A statement"
    page["MIME-Version"] = "1.0"
    page.make_related()
    markup = site.routes["/articles/2/chinese-news.html"].body.decode("utf-8")
    page.add_related(markup, subtype="html")
    page.get_payload()[0]["Content-Location"] = "https://news.example.cn/2024/0301/story.html"
    image = "https://news.example.cn" + "/" + markup.split('src="/', 1)[1].split('"', 1)[0]
    page.add_related(PHOTO, maintype="image", subtype="png")
    page.get_payload()[1]["Content-Location"] = image
    saved = tmp_path / "statement.mhtml"
    saved.write_bytes(page.as_bytes())
    _drop(window, [QUrl.fromLocalFile(str(saved))])
    _wait(qtbot, window)
    site.stop()

    _click_title(
        qtbot, window, "Inside the courtroom: the week the pipeline case turned – Field Notes"
    )
    for paragraph in paragraphs("wordpress-blog.html"):
        assert paragraph in window.browser.toPlainText()
    with Store.open(db_path) as store:
        titles = {s.title or s.name for s in store.sources()}
    assert "Saved pages" in titles
    rows = [window.article_model.summary(r).title for r in range(window.article_model.rowCount())]
    [chinese] = [t for t in rows if "老旧小区" in t]
    _click_title(qtbot, window, chinese)
    shown = window.browser.toPlainText()
    assert paragraphs("chinese-news.html")[0] in shown
    assert "[image not available offline]" not in shown  # the MHTML's own picture


def test_import_links_then_pages_follow(db_path, site, make_window, qtbot, monkeypatch, tmp_path):
    urls = site_to_save(site)
    export = pocket_csv(
        [
            Saved(urls["news"], "Floods (from Pocket)", ("climate",)),
            Saved(urls["gone"], "A deleted statement"),
            Saved(urls["news"], "Floods (duplicate)"),
        ],
        tmp_path / "pocket.csv",
    )
    window = make_window(db_path, show=True)
    monkeypatch.setattr(capture_controller, "ask_links_file", lambda parent: export)
    window.actions_.import_links.trigger()
    _wait(qtbot, window)
    site.stop()
    _click_title(qtbot, window, "Floods (from Pocket)")
    assert paragraphs("news-site.html")[-1] in window.browser.toPlainText()
    assert window.article_model.rowCount() == 2
    _click_title(qtbot, window, "A deleted statement")
    assert "404" in window.full_text.bar.label.text()  # the reason is shown


def test_turning_raw_captures_off_asks_and_says_what_is_lost(
    db_path, make_window, qtbot, monkeypatch
):
    window = make_window(db_path, show=True)
    dialog = window.images.open_settings()
    page = dialog.capture_page
    qtbot.waitUntil(lambda: page.keep.isEnabled())
    assert page.keep.isChecked() and "0 captures" in page.usage.text()
    asked = confirm_with(monkeypatch, False)
    page.keep.setChecked(False)
    assert page.keep.isChecked() and "web archive" in asked[0]  # refused: still on
    confirm_with(monkeypatch, True)
    page.keep.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy)
    with Store.open(db_path) as store:
        assert not store.keep_raw_captures()


def test_a_pending_page_comes_with_the_windows_next_refresh(db_path, site, make_window, qtbot):
    site_to_save(site)
    url = site.add("/statement.html", b"", status=503)
    window = make_window(db_path, show=True)
    window.capture.save([url])
    _wait(qtbot, window)
    _click_title(qtbot, window, url)
    assert "503" in window.full_text.bar.label.text()
    site.add("/statement.html", site.routes["/articles/1/wordpress-blog.html"].body)
    window.actions_.refresh_all.trigger()
    qtbot.waitUntil(lambda: site.hits["/statement.html"] == 2, timeout=30_000)
    _wait(qtbot, window)
    # The open article is shown again with its page, under the page's own title.
    title = "Inside the courtroom: the week the pipeline case turned – Field Notes"
    qtbot.waitUntil(lambda: window.browser.article.title == title)
    assert paragraphs("wordpress-blog.html")[-1] in window.browser.toPlainText()

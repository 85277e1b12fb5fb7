"""The log holds what went wrong, not what the user read and exported (issue 21).

A real export (to the file name the window offers: the article's date and
title), a failed one, and Open Original, in a window logging as the program
does; the log file is then read: no title, no article address, no exported
file's name at the default level; all of them with the debug level on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl, qInstallMessageHandler

from reader.app import _qt_message_handler
from reader.core.dumps.filenames import safe_filename
from reader.ui import message
from reader.ui.dialogs.export_dialog import ExportChoice
from tests.conftest import SAMPLE_TITLE
from tests.support.ui_support import fill_library, wait_idle
from tests.ui.test_ui_export import answer_export, wait_export
from tests.ui.test_ui_reading import click_row

SAMPLE_URL_PART = "rfi.fr/cn/"


@pytest.fixture
def logged(monkeypatch):
    """The log file as the program sets it up, Qt's messages included."""

    def start(debug: bool):
        if debug:
            monkeypatch.setenv(message.LOG_LEVEL_ENV, "debug")
        else:
            monkeypatch.delenv(message.LOG_LEVEL_ENV, raising=False)
        return message.setup_logging()

    previous = qInstallMessageHandler(_qt_message_handler)
    yield start
    qInstallMessageHandler(previous)
    message.setup_logging()  # back to the default level for the next tests
    message._private.clear()


def _read(log) -> str:
    for handler in message.log.handlers:
        handler.flush()
    return log.read_text(encoding="utf-8")


def _use_the_window(make_window, db_path, qtbot, monkeypatch, tmp_path, opened_urls):
    window = make_window(db_path, show=True)
    click_row(qtbot, window, 0)
    wait_idle(qtbot, window)
    article = window.browser.article
    assert article is not None and SAMPLE_URL_PART in article.url
    name = safe_filename(article.title, article.published)
    # Export to the name the window offers, as most users do.
    target = tmp_path / "exports" / name
    target.parent.mkdir()
    asked = answer_export(monkeypatch, ExportChoice(target, None, "a4"))
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    assert asked[0]["file_name"] == name and target.exists()
    # An export that fails: a folder where the file would go, with the same name.
    blocked = tmp_path / "blocked" / name
    blocked.mkdir(parents=True)
    answer_export(monkeypatch, ExportChoice(blocked, None, "a4"))
    window.actions_.export_pdf.trigger()
    wait_export(qtbot, window)
    # Open Original, as the menu's command does.
    window.actions_.open_original.trigger()
    assert opened_urls == [QUrl(article.url)]
    return article, name


def test_the_default_log_names_no_article_address_or_export(
    make_window, db_path, sample_path, qtbot, monkeypatch, tmp_path, opened_urls, logged
):
    fill_library(db_path, sample_path)
    log = logged(debug=False)
    article, name = _use_the_window(make_window, db_path, qtbot, monkeypatch, tmp_path, opened_urls)
    text = _read(log)
    assert "export" in text  # the export and its failure are logged, without names
    assert "The export failed" in text
    for private in (SAMPLE_TITLE, article.title, article.url, SAMPLE_URL_PART, name):
        assert private not in text, (private, text)
    assert "克里" not in text


def test_the_debug_level_names_them(
    make_window, db_path, sample_path, qtbot, monkeypatch, tmp_path, opened_urls, logged
):
    fill_library(db_path, sample_path)
    log = logged(debug=True)
    _article, name = _use_the_window(
        make_window, db_path, qtbot, monkeypatch, tmp_path, opened_urls
    )
    text = _read(log)
    assert name in text


def test_addresses_keep_their_host_and_named_texts_go(logged):
    logged(debug=False)
    message.keep_out_of_log("Minister's secret trip")
    line = message.private_text(
        "fetching https://news.example/2023/minister-secret?id=4 for Minister's secret trip"
    )
    assert line == "fetching https://news.example/… for <private>"
    assert message.private_text("https://news.example") == "https://news.example"

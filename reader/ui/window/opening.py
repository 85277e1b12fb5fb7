"""Files given to the program: on its command line, from "Open With", or by a
second launch (:mod:`reader.ui.services.single_instance`).

An OPML file is a list of subscriptions, so it goes to the feeds; dumps,
saved feeds and folders go to the importer, which shows them as they land.
The window comes to the front: the user just asked for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from reader.core.dumps.files import prepare_file
from reader.core.resources import resource_path

if TYPE_CHECKING:
    from reader.ui.window.parts import OpeningWindow

SAMPLE = "samples/sample-rfi.txt"


def open_paths(window: OpeningWindow, paths: Sequence[str]) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    opml = [p for p in paths if Path(p).suffix.lower() == ".opml"]
    others = [p for p in paths if p not in opml]
    for path in opml:
        window.feeds.import_opml_file(path)
    if others:
        window.start_import(others)


def on_hint_action(window: OpeningWindow, name: str) -> None:
    """A link of the empty pane was clicked."""
    if name == "sample":
        open_sample(window)
        return
    actions = {"import": window.actions_.import_files, "add-feed": window.actions_.add_feed}
    if name in actions:
        actions[name].trigger()


def open_sample(window: OpeningWindow) -> None:
    """Import the sample and open it, selected in the list.

    Imported and left unopened, the pane still said "Select an article to
    read it": the reader had asked to see an article, not to import one.
    """
    path = resource_path(SAMPLE)
    prepared = prepare_file(str(path))
    titles = {indexed.article.title for indexed in prepared.articles}
    if not window.start_import([str(path)]):
        return

    def done(_report: object) -> None:
        window.importer.finished.disconnect(done)
        window.search_field.clear()
        window.goals.open_when_listed(lambda summary: summary.title in titles)
        window.reload()

    window.importer.finished.connect(done)


def offer_copy(window: OpeningWindow, url: QUrl) -> None:
    """No browser opened the address: say so, and offer to copy it.

    It used to fail in silence (only the log knew); on a locked-down laptop
    the reader can still paste the address into whatever browser there is.
    """
    address = url.toString()
    text = QCoreApplication.translate("MainWindow", "No web browser could be opened for {url}.")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Open Original"),
        text.format(url=address),
        QMessageBox.StandardButton.Close,
        window.dialog_parent(),
    )
    box.setObjectName("noBrowserBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow", "Copy the address and paste it into a browser, or set a default browser."
        )
    )
    copy = box.addButton(
        QCoreApplication.translate("MainWindow", "&Copy Address"), QMessageBox.ButtonRole.AcceptRole
    )
    copy.setObjectName("copyAddress")

    def copied() -> None:
        QGuiApplication.clipboard().setText(address)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Copied {url}").format(url=address), 8000
        )

    copy.clicked.connect(copied)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.statusBar().showMessage(text.format(url=address), 15_000)
    box.open()

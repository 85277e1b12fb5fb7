"""Settings ▸ Web Captures: keep the raw captures of saved pages, and their size.

The raw records are the evidence (what the server sent, for a WACZ and for
``verify``); the text, the pictures and the hashes stay without them. So
the box is on by default, and turning it off asks, saying what is lost.
Turning it off keeps the captures already made: only new pages go without.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from reader.core.library import KEEP_RAW_SETTING, Store
from reader.ui import message
from reader.ui.services.library import Library

MB = 1024 * 1024


class CapturePage(QWidget):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._loaded: bool | None = None
        self.pending = 0
        explain = QLabel(
            self.tr(
                "Every page you save, and every full article downloaded for a feed, keeps "
                "the exchange as received (request, response headers and body, and its "
                "pictures) as WARC records: the proof of what the server sent, exported "
                "with Export as Web Archive and checked by verify."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.keep = QCheckBox(self.tr("Keep raw captures of web pages"), self)
        self.keep.setObjectName("keepRawCaptures")
        self.keep.setEnabled(False)  # until the current value is read
        self.keep.toggled.connect(self._toggled)
        self.usage = QLabel("…", self)
        self.usage.setObjectName("captureUsage")
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.keep)
        form.addRow(self.tr("In use:"), self.usage)
        self._run(lambda store: (store.keep_raw_captures(), *store.capture_usage()), self._show)

    def _run(self, job: Callable[[Store], Any], then: Callable[[Any], None]) -> None:
        self.pending += 1

        def done(result: Any) -> None:
            self.pending -= 1
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                then(result)

        def failed() -> None:
            self.pending -= 1

        self._library.run_task(
            job,
            done,
            failure_text=self.tr("Could not read the web captures"),
            on_error=failed,
        )

    def _show(self, result: tuple[bool, int, int]) -> None:
        keep, count, size = result
        self._loaded = keep
        self.keep.blockSignals(True)
        self.keep.setChecked(keep)
        self.keep.blockSignals(False)
        self.keep.setEnabled(True)
        self.usage.setText(
            self.tr("{captures}, {size} MB").format(
                captures=self.tr("%n capture(s)", "", count), size=f"{size / MB:.1f}"
            )
        )

    def _toggled(self, on: bool) -> None:
        if on:
            return
        if not message.confirm(
            self,
            self.tr("Keep Raw Captures"),
            self.tr(
                "Pages saved from now on will keep their text, pictures and hashes, but not "
                "what the server sent: they cannot be exported as a web archive or checked "
                "record by record with verify. The captures already made are kept."
            ),
            action=self.tr("Stop Keeping"),
        ):
            self.keep.blockSignals(True)
            self.keep.setChecked(True)
            self.keep.blockSignals(False)

    def apply(self) -> None:
        """Keep the choice (the dialog's OK)."""
        on = self.keep.isChecked()
        if self._loaded is None or on == self._loaded:
            return
        value = None if on else "0"

        def job(store: Store) -> None:
            store.set_setting(KEEP_RAW_SETTING, value)

        self._run(job, lambda _none: None)
        self._loaded = on

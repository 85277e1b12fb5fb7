"""Helpers for the window tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from reader.core.dumps.importer import import_paths
from reader.core.library import Store
from reader.ui import message
from reader.ui.window.main_window import MainWindow


def wait_idle(qtbot, window: MainWindow, timeout: int = 20_000) -> None:
    """Until every query, write and import the window started has reported back."""
    qtbot.waitUntil(
        lambda: not window.library.busy and not window.importer.running, timeout=timeout
    )


def fill_library(db_path: Path, *paths: Path) -> None:
    with Store.open(db_path) as store:
        report = import_paths(store, paths)
    assert not report.failed, report.failed


def confirm_with(monkeypatch, answer: bool) -> list[str]:
    """Answer every confirmation with ``answer``; returns the questions asked."""
    asked: list[str] = []

    def confirm(parent, title, text, *, action):
        asked.append(text)
        return answer

    monkeypatch.setattr(message, "confirm", confirm)
    return asked

"""House rules for the window code: typed, no SQL, lists are models."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_architecture import REPO, _imported_modules

UI = REPO / "reader" / "ui"
EXPORT = REPO / "reader" / "export"
UI_FILES = [*sorted(UI.rglob("*.py")), REPO / "reader" / "app.py"]


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_window_code_runs_no_sql_and_uses_no_item_widgets(path: Path):
    modules = _imported_modules(path)
    assert "sqlite3" not in modules, "the window reads the library through Store methods"
    source = path.read_text(encoding="utf-8")
    assert not re.search(r"\b(SELECT|UPDATE|INSERT|DELETE FROM)\s", source)
    widgets = re.findall(r"\bQ(?:List|Tree|Table)Widget\b", source)
    assert not widgets, "lists are models and views, not item widgets"


@pytest.mark.parametrize("path", sorted(EXPORT.rglob("*.py")), ids=lambda p: p.name)
def test_export_is_qt_without_widgets(path: Path):
    """PDF export runs from the command line without a window (no QtWidgets)."""
    modules = _imported_modules(path)
    assert not any(m.startswith("PySide6.QtWidgets") for m in modules)
    assert not any(m.startswith("reader.ui") for m in modules)


GATEWAY = UI / "services" / "library.py"
CONTROLLERS = UI / "controllers"


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_only_the_gateway_opens_the_library(path: Path):
    """One door: opening a connection, and reporting a worker's failure, happen
    in reader/ui/services/library.py (Library.run_task), never beside it."""
    if path == GATEWAY:
        return
    source = path.read_text(encoding="utf-8")
    assert not re.search(r"\bStore\s*\.\s*open\b", source), (
        f"{path.relative_to(REPO)} opens the library: use Library.run_task"
    )


@pytest.mark.parametrize("path", sorted(CONTROLLERS.rglob("*.py")), ids=lambda p: p.name)
def test_controllers_know_the_window_only_as_a_host(path: Path):
    """Controllers take a WindowHost (reader/ui/controllers/host.py), not the window."""
    window = {m for m in _imported_modules(path) if m.startswith("reader.ui.window")}
    assert not window, f"{path.relative_to(REPO)} imports {sorted(window)}"


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_window_modules_stay_readable(path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines < 500, f"{path.relative_to(REPO)} has {lines} lines: split it"

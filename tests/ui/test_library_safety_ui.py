"""A damaged library in the window: the dialog at start, the background check, Settings."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from reader.app import open_window
from reader.core.library import Store, backup
from reader.ui import message
from reader.ui.dialogs import damaged_dialog
from reader.ui.dialogs.damaged_dialog import Choice, DamagedDialog
from reader.ui.services.safety_watch import SafetyWatch
from tests.core.library.test_library_safety import damage_middle, digest
from tests.support.ui_support import wait_idle
from tests.ui.test_ui_window import SAMPLE_TITLE


def library_with_backup(path: Path, sample_path: Path) -> backup.Backup:
    from reader.core.dumps.importer import import_paths

    with Store.open(path) as store:
        import_paths(store, [sample_path])
    backup.make_backup(path)
    [made] = backup.list_backups(path)
    return made


def unreadable(path: Path) -> None:
    """Garbage over page 1's table list: SQLite cannot open it at all."""
    with Store.open(path) as store:
        store.checkpoint(truncate=True)
    with path.open("r+b") as file:
        file.seek(100)
        file.write(b"\xa5" * 4000)


def answer_with(monkeypatch, qtbot, name: str) -> list[DamagedDialog]:
    """Let the program's question show the real dialog and click its button ``name``.

    ``ask`` blocks in ``exec()``, which the test run forbids (see conftest);
    this replaces only the waiting, as the tests of message.confirm do.
    """
    shown: list[DamagedDialog] = []

    def ask(parent, library, reason, made, **kwargs) -> Choice:
        dialog = DamagedDialog(parent, library, reason, made, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        dialog.findChild(QPushButton, name).click()
        return dialog.choice()

    monkeypatch.setattr(damaged_dialog, "ask", ask)
    return shown


@pytest.fixture
def close_later(qtbot):
    windows = []

    def add(window) -> None:
        qtbot.addWidget(window)
        windows.append(window)

    yield add
    for window in windows:
        wait_idle(qtbot, window)
        window.close()


def test_dialog_buttons(qtbot, tmp_path, sample_path):
    made = library_with_backup(tmp_path / "library.sqlite3", sample_path)
    for name, choice in (("restoreBackup", Choice.RESTORE), ("newLibrary", Choice.NEW)):
        dialog = DamagedDialog(None, tmp_path / "library.sqlite3", "page 7: bad", made)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.findChild(QPushButton, name).click()
        assert dialog.choice() is choice
    without = DamagedDialog(None, tmp_path / "library.sqlite3", "bad", None)
    qtbot.addWidget(without)
    assert without.findChild(QPushButton, "restoreBackup") is None
    without.show()
    without.findChild(QPushButton, "quit").click()
    assert without.choice() is Choice.QUIT


def test_damaged_at_start_opens_a_copy_of_the_backup(
    qtbot, tmp_path, sample_path, capsys, close_later, monkeypatch
):
    path = tmp_path / "library.sqlite3"
    library_with_backup(path, sample_path)
    unreadable(path)
    before = digest(path)
    shown = answer_with(monkeypatch, qtbot, "restoreBackup")
    window = open_window(path)
    assert len(shown) == 1 and "2" in shown[0].informativeText()  # the backup's date
    assert window is not None
    close_later(window)
    opened = Path(window.library.path)
    assert opened.parent == tmp_path and opened.name.startswith("library-restored-")
    wait_idle(qtbot, window)
    assert window.article_model.rowCount() == 1
    with Store.open(opened) as store:
        assert store.list_articles()[0].title == SAMPLE_TITLE
    assert digest(path) == before  # the damaged file is left alone
    err = capsys.readouterr().err
    assert f"{path}: the library is damaged" in err and str(opened) in err


def test_damaged_at_start_a_new_library_or_quit(
    qtbot, tmp_path, sample_path, close_later, monkeypatch
):
    path = tmp_path / "library.sqlite3"
    library_with_backup(path, sample_path)
    backup.mark_damaged(path, "page 12: btreeInitPage() returns error code 11")
    before = digest(path)
    answer_with(monkeypatch, qtbot, "quit")
    assert open_window(path) is None
    answer_with(monkeypatch, qtbot, "newLibrary")
    window = open_window(path)
    assert window is not None
    close_later(window)
    assert Path(window.library.path).name.startswith("library-new-")
    assert window.article_model.rowCount() == 0
    assert digest(path) == before


def test_the_background_check_finds_damage_and_stops_writes(
    qtbot, tmp_path, corpus_factory, close_later, capsys
):
    from reader.app import build_window
    from reader.core.dumps.importer import import_paths

    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        import_paths(store, [corpus_factory(300)])
    backup.make_backup(path)
    damage_middle(path)
    window = build_window(path)
    close_later(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window)
    errors: list[tuple[str, str]] = []
    message.global_bridge.error_raised.connect(lambda text, detail: errors.append((text, detail)))
    watch = SafetyWatch(path, window)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(window)
    ticker.timeout.connect(tick)
    ticker.start(10)
    with qtbot.waitSignal(watch.damaged, timeout=60_000):
        watch.start(0)
    ticker.stop()
    assert errors and "damaged" in errors[-1][0]
    assert str(backup.list_backups(path)[0].path) in errors[-1][0]  # the backup is offered
    box = window.findChild(QMessageBox, "errorBox")  # said in the window
    assert box is not None and box.isVisible() and "damaged" in box.text()
    box.close()
    assert "the library is damaged" in capsys.readouterr().err
    with pytest.raises(backup.DamagedLibraryError, match="found damaged"), Store.open(path) as s:
        s.mark([1], read=True)
    assert max(gaps, default=0) < 0.5


def test_the_background_check_then_backs_up_once_a_day(qtbot, tmp_path, sample_path):
    from reader.core.dumps.importer import import_paths

    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        import_paths(store, [sample_path])
    watch = SafetyWatch(path)
    with (
        qtbot.waitSignal(watch.checked, timeout=20_000) as checked,
        qtbot.waitSignal(watch.backed_up, timeout=20_000) as made,
    ):
        watch.start(0)
    assert checked.args == [None]
    assert backup.list_backups(path)[0].path == made.args[0]
    # A day has not passed: looking again neither checks nor backs up.
    with qtbot.assertNotEmitted(watch.checked), qtbot.assertNotEmitted(watch.backed_up):
        watch.look()
        qtbot.wait(300)
    assert len(backup.list_backups(path)) == 1


def test_settings_say_where_the_backups_are(db_path, make_window, qtbot):
    window = make_window(db_path)
    dialog = window.images.open_settings()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.backups_label.text() == (
        f"Backups: {db_path.parent / 'backups'} (the last 3 are kept)"
    )
    dialog.close()

"""Importing from the window: drops and the File menu, in the background."""

from __future__ import annotations

import shutil
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader.core.library import Store
from reader.ui.controllers import import_controller
from tests.support.feedkit import items, rss20
from tests.support.ui_support import wait_idle


def drop(window, paths, widget=None) -> QDropEvent:
    """Drop local files on ``widget`` (default: the window) as a file manager does."""
    target = widget or window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(window, event)
    return event


def test_dropping_dumps_and_folders_imports_them_and_refreshes(
    make_window, db_path, tmp_path, sample_path, corpus_factory, qtbot
):
    window = make_window(db_path, show=True)
    assert window.article_model.rowCount() == 0
    folder = tmp_path / "dumps"
    shutil.copytree(corpus_factory(12), folder / "nested")
    (folder / "notes.txt").write_text("not a dump\n")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss20(items(2)))  # a saved feed imports like the dumps
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as finished:
        event = drop(window, [sample_path, folder, feed])
        assert event.isAccepted()
        progress = window.importer.progress_widget
        assert progress.isVisible() and progress.cancel_button.isVisible()
    wait_idle(qtbot, window)
    report = finished.args[0]
    assert report.imported == 15 and report.duplicates == 0
    assert {f.path for f in report.failed} == {str(folder / "notes.txt")}
    assert window.article_model.rowCount() == 15
    assert not progress.isVisible()
    # A failure opens the report, which does not block the window, and lists
    # the file with its reason in plain view.
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert QApplication.activeModalWidget() is None
    assert "Imported 15 articles" in dialog.text() and "1 file failed" in dialog.text()
    assert "1 file could not be imported:" in dialog.text()
    assert f"{folder / 'notes.txt'}: " in dialog.failures.toPlainText()
    assert "Imported 15 articles" in window.statusBar().currentMessage()
    # Copy puts the whole list on the clipboard.
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert str(folder / "notes.txt") in QApplication.clipboard().text()
    # Closed, the report comes back from the status bar.
    dialog.close()
    button = window.importer.report_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    dialog.close()
    titles = [window.source_model.node(window.source_model.index(r, 0)).title for r in range(7)]
    assert "RFI" in titles
    # Dropping the same files again adds nothing and says so, in the status
    # bar only: no window opens for an import that went well.
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as again:
        drop(window, [sample_path], widget=window.browser)
    assert again.args[0].imported == 0 and again.args[0].duplicates == 1
    # The newest first; the first import's summary, seconds old, still behind it.
    assert (
        window.statusBar().currentMessage().startswith("Imported 0 articles · 1 duplicate skipped")
    )
    assert not dialog.isVisible() and not button.isVisible()


def test_drops_that_are_not_local_files_are_refused(make_window, db_path, qtbot):
    window = make_window(db_path)
    mime = QMimeData()
    mime.setUrls([QUrl("ftp://example.org/feed.xml")])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    # A web link is taken by Save Web Page (issue 28: tests/ui/test_ui_capture.py), never
    # by the import: the drag is accepted and no import starts.
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/feed.xml")])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() and not window.importer.running
    mime = QMimeData()
    mime.setText("some text")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert not window.importer.running


def test_a_large_import_uses_spawned_processes_and_the_window_stays_responsive(
    make_window, db_path, corpus_factory, qtbot, monkeypatch
):
    made = []
    real = import_controller.executor_for

    def spy(count):
        executor = real(count)
        made.append((count, executor))
        return executor

    monkeypatch.setattr(import_controller, "executor_for", spy)
    window = make_window(db_path)
    ticks = []
    timer_id = window.startTimer(20)
    window.timerEvent = lambda _event: ticks.append(1)
    progress = []
    window.importer.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(window.importer.finished, timeout=120_000) as finished:
        window.start_import([str(corpus_factory(60))])
    window.killTimer(timer_id)
    wait_idle(qtbot, window)
    [(count, executor)] = made
    assert count == 60 and isinstance(executor, ProcessPoolExecutor)
    assert executor._mp_context.get_start_method() == "spawn"
    assert finished.args[0].imported == 60
    assert progress[-1] == (60, 60)
    assert len(ticks) > 3  # the event loop kept running during the import
    assert window.article_model.rowCount() == 60


def test_small_imports_stay_in_process(make_window, db_path, sample_path, qtbot, monkeypatch):
    made = []
    real = import_controller.executor_for
    monkeypatch.setattr(
        import_controller, "executor_for", lambda n: made.append(real(n)) or made[-1]
    )
    window = make_window(db_path)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        window.start_import([str(sample_path)])
    assert all(isinstance(e, ThreadPoolExecutor) for e in made)


def test_cancelling_an_import(make_window, db_path, corpus_factory, qtbot, monkeypatch):
    window = make_window(db_path)
    corpus = corpus_factory(30)
    import reader.core.dumps.importer as importer

    real = importer.prepare_file

    def slow(path):
        import time

        time.sleep(0.05)
        return real(path)

    monkeypatch.setattr(importer, "prepare_file", slow)  # runs in a thread: sees the patch
    monkeypatch.setattr(import_controller, "executor_for", lambda n: ThreadPoolExecutor(1))
    # One file a chunk: files arrive one by one, so the cancel lands mid-import
    # (with larger chunks, the last files could all be written before the click).
    monkeypatch.setattr(importer, "_CHUNK_MAX", 1)
    monkeypatch.setattr(importer, "_CHUNK_MIN", 1)
    with qtbot.waitSignal(
        window.importer.progress, timeout=10_000, check_params_cb=lambda done, total: done > 0
    ):
        window.start_import([str(corpus)])
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as finished:
        window.importer.progress_widget.cancel_button.click()
    report = finished.args[0]
    assert report.cancelled and 0 < report.imported < 30
    assert "cancelled" in window.statusBar().currentMessage()
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        assert store.count() == report.imported == window.article_model.rowCount()


def test_file_menu_import_uses_the_dialog(make_window, db_path, sample_path, qtbot, monkeypatch):
    window = make_window(db_path)
    monkeypatch.setattr(import_controller, "choose_files", lambda parent, folder: [])
    window.actions_.import_files.trigger()
    assert not window.importer.running  # cancelled dialog: nothing happens
    monkeypatch.setattr(
        import_controller, "choose_files", lambda parent, folder: [str(sample_path)]
    )
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as finished:
        window.actions_.import_files.trigger()
    assert finished.args[0].imported == 1
    assert window.settings.import_folder == str(sample_path.parent)
    monkeypatch.setattr(
        import_controller, "choose_folder", lambda parent, folder: str(sample_path.parent)
    )
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as finished:
        window.actions_.import_folder.trigger()
    assert finished.args[0].duplicates == 1


def test_a_second_import_waits_for_the_first(make_window, db_path, sample_path, qtbot):
    window = make_window(db_path)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        assert window.start_import([str(sample_path)])
        assert not window.start_import([str(sample_path)])
        assert "already running" in window.statusBar().currentMessage()


def test_cancelling_before_the_first_file_says_so(make_window, db_path, corpus_factory, qtbot):
    window = make_window(db_path)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as finished:
        window.start_import([str(corpus_factory(30))])
        window.importer.cancel()
    report = finished.args[0]
    assert report.cancelled and report.imported < 30

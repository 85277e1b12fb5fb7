"""Errors the program survives still reach the log (issue 27).

A damage mark that cannot be written leaves the store's write interlock
open on a damaged library: the one place where silence would cost the user
their library, so it is logged at ERROR and tested through a real folder
that refuses writes (a file where the backups folder should be).
"""

from __future__ import annotations

import logging

from reader.core.library import backup


def test_a_damage_mark_that_cannot_be_written_is_logged_as_an_error(tmp_path, caplog):
    library = tmp_path / "library.sqlite3"
    library.write_bytes(b"")
    backup.backup_dir(library).write_text("a file, not a folder")
    with caplog.at_level(logging.WARNING):
        backup.mark_damaged(library, "database disk image is malformed")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors, caplog.text
    assert "malformed" in errors[0].getMessage()
    assert backup.damaged_reason(library) is None  # nothing was marked: the log says so


def test_a_check_that_cannot_record_its_time_says_so(tmp_path, caplog, monkeypatch):
    library = tmp_path / "library.sqlite3"
    library.write_bytes(b"")
    backup.backup_dir(library).write_text("a file, not a folder")
    monkeypatch.setattr(backup, "quick_check", lambda _library: None)
    with caplog.at_level(logging.WARNING):
        assert backup.check_library(library) is None
    assert any("checked" in r.getMessage() for r in caplog.records), caplog.text

"""The in-process CLI runner answers as a real process would (tests/support/cli_runner.py)."""

from __future__ import annotations

import logging
import os

import reader.cli
from tests.support.cli_runner import run_cli, run_process


def test_exit_codes_usage_errors_and_escaped_exceptions(monkeypatch, tmp_path):
    db = tmp_path / "l.sqlite3"
    assert run_cli("list", "--db", db).returncode == 0
    usage = run_cli("list", "--limit", "x", "--db", db)
    assert usage.returncode == 2 and "usage:" in usage.stderr

    def crash(argv):
        raise RuntimeError("boom")

    monkeypatch.setattr(reader.cli, "main", crash)
    crashed = run_cli("list", "--db", db)
    assert crashed.returncode == 1
    assert "Traceback" in crashed.stderr and "RuntimeError: boom" in crashed.stderr


def test_stdin_environment_and_folder_are_the_calls_alone(monkeypatch, tmp_path):
    seen = {}

    def look(argv):
        import sys

        seen.update(line=sys.stdin.readline(), db=os.environ.get("OFFLINE_READER_DB"))
        seen.update(gone="OFFLINE_READER_LANG" not in os.environ, cwd=os.getcwd())
        print("out\r\nline")
        return 3

    monkeypatch.setattr(reader.cli, "main", look)
    here = os.getcwd()
    result = run_cli(
        "x", stdin="secret\n", env={"OFFLINE_READER_DB": "a.db", "OFFLINE_READER_LANG": None},
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 3 and result.stdout == "out\nline\n"
    assert seen == {"line": "secret\n", "db": "a.db", "gone": True, "cwd": str(tmp_path)}
    assert "OFFLINE_READER_DB" not in os.environ and os.environ["OFFLINE_READER_LANG"] == "en"
    assert os.getcwd() == here


def test_warnings_logged_reach_stderr_as_a_new_process_prints_them(monkeypatch):
    def warn(argv):
        logging.getLogger("offline_reader").warning("the keyring would not forget")
        logging.getLogger("werkzeug").warning("a test server's line")
        return 0

    monkeypatch.setattr(reader.cli, "main", warn)
    assert run_cli().stderr == "the keyring would not forget\n"


def test_session_passwords_do_not_outlive_a_run(monkeypatch):
    from reader.core.net import credentials

    def remember(argv):
        credentials.PasswordStore(use_keyring=False).remember_for_session("http://h/f", "pw")
        return 0

    monkeypatch.setattr(reader.cli, "main", remember)
    assert run_cli().returncode == 0
    assert credentials._session == {}


def test_the_real_process_leaves_out_what_it_is_told(tmp_path):
    result = run_process("--version", env={"OFFLINE_READER_LANG": None})
    assert result.returncode == 0 and result.stdout.startswith("offline-reader ")

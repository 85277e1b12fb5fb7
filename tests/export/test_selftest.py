"""``--version`` and ``--self-test`` from source, as the bundle runs them.

The bundle's own run of both is ``tests/bundle/test_bundle.py`` (slow, opt-in).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader import __version__
from tests.bundle import filekeyring

REPO = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("OFFLINE_READER_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def test_version_prints_the_program_and_its_version(tmp_path: Path) -> None:
    done = _run(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"offline-reader {__version__}"


def test_self_test_checks_window_import_search_pdf_and_keyring(tmp_path: Path) -> None:
    calls = filekeyring.install(tmp_path)
    done = _run(tmp_path, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert "Traceback" not in done.stderr
    for expected in (
        "keyring backend in use: filekeyring.FileKeyring",
        "keyring: a password was saved, read back and deleted",
        "window opened on a temporary library",
        "imported the sample: 克里与李强和王毅会面 盼重新定义美中关系",
        "search for 李强 lists it in the window",
        "its text contains the title",
    ):
        assert any(expected in line for line in lines), (expected, done.stdout)
    # The round-trip went through the configured backend and left nothing behind.
    log = json.loads(calls.read_text(encoding="utf-8"))
    assert log["calls"] == ["set", "get", "delete"]
    assert log["passwords"] == {}
    # The user's folders were not touched: no library, no settings, no log.
    assert not (tmp_path / ".local" / "share" / "offline-reader").exists()
    assert not (tmp_path / ".config" / "offline-reader").exists()


def test_self_test_fails_with_a_reason_when_the_keyring_loses_passwords(tmp_path: Path) -> None:
    filekeyring.install(tmp_path, "ForgetfulKeyring")
    done = _run(tmp_path, "--self-test")
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1].startswith("FAIL  keyring filekeyring.ForgetfulKeyring")
    assert "Traceback" not in done.stdout + done.stderr

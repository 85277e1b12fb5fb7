"""Open With and a second launch, as a desktop does them: real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.core.library import Store
from reader.ui.services.single_instance import socket_path
from tests.conftest import REPO
from tests.support.cli_runner import run_cli
from tests.support.feedkit import items, rss20


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def logged(folder: Path, text: str) -> int:
    """How often the window's log says ``text``: read without opening the
    library, which another process reading while the window imports would."""
    log = folder / "offline-reader.log"
    return log.read_text(encoding="utf-8").count(text) if log.exists() else 0


def count(db: Path) -> int:
    if not db.exists():
        return 0
    with Store.open(db) as store:
        return store.count()


def feeds(db: Path) -> list[str]:
    with Store.open(db) as store:
        return [s.feed_url for s in store.sources() if s.feed_url]


def test_files_open_in_the_first_window_and_a_second_launch_hands_them_over(
    tmp_path, sample_path, corpus_factory
):
    db = tmp_path / "library.sqlite3"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "OFFLINE_READER_CONFIG_DIR": str(tmp_path / "config"),
        "OFFLINE_READER_LOG_DIR": str(tmp_path / "log"),
        "OFFLINE_READER_LANG": "en",
    }
    run = [sys.executable, "-m", "reader", "--db", str(db)]
    # Opened with a dump: the window starts and imports it.
    first = subprocess.Popen([*run, str(sample_path)], cwd=REPO, env=env)
    try:
        wait_for(lambda: Path(socket_path(db)).exists())
        wait_for(lambda: logged(tmp_path / "log", "import: Imported 1 article") == 1)
        # A second launch with a folder and an OPML file hands them over and ends.
        corpus = corpus_factory(5)
        opml = tmp_path / "subscriptions.opml"
        opml.write_text(
            '<opml version="2.0"><body><outline type="rss" text="Local" '
            'xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>',
            encoding="utf-8",
        )
        second = subprocess.run(
            [*run, str(corpus), str(opml)], cwd=REPO, env=env, capture_output=True, text=True,
            timeout=30,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "handed to the window already open" in second.stderr
        wait_for(lambda: logged(tmp_path / "log", "import: Imported 5 articles") == 1)
        wait_for(lambda: logged(tmp_path / "log", "OPML: 1 feeds added") == 1)
        # Only one window runs on the library.
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGINT)
        try:
            first.wait(timeout=20)
        except subprocess.TimeoutExpired:
            first.kill()
    assert first.returncode == 0
    assert count(db) == 6 and feeds(db) == ["http://127.0.0.1:9/feed.xml"]
    assert logged(tmp_path / "log", "ERROR") == 0


def test_a_word_that_is_neither_a_command_nor_a_file_is_a_usage_error(tmp_path):
    result = run_cli("--db", tmp_path / "l.sqlite3", "nosuchthing")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert rss20(items(1))  # the feed helpers stay importable here

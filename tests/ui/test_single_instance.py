"""One window per library: a second launch hands its files over (two processes)."""

from __future__ import annotations

import subprocess
import sys

from reader.ui.services.single_instance import InstanceServer, hand_over, socket_path
from tests.conftest import REPO

CLIENT = (
    "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
    "from reader.ui.services.single_instance import hand_over;"
    "sys.exit(0 if hand_over(sys.argv[1], sys.argv[2:]) else 3)"
)


def launch(db, *paths):
    return subprocess.Popen([sys.executable, "-c", CLIENT, str(db), *map(str, paths)], cwd=REPO)


def test_a_second_process_hands_its_paths_to_the_first(qtbot, tmp_path):
    db = tmp_path / "library.sqlite3"
    server = InstanceServer(db)
    assert server.listen()
    received: list[list[str]] = []
    server.paths_received.connect(received.append)
    dump = tmp_path / "a dump.txt"
    dump.write_text("x")
    client = launch(db, dump, tmp_path)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
    assert client.returncode == 0
    assert received == [[str(dump.resolve()), str(tmp_path.resolve())]]
    # A launch without files is answered too (the window comes to the front).
    client = launch(db)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
    assert client.returncode == 0 and received[-1] == []
    server.close()


def test_another_library_or_no_window_is_not_reached(qtbot, tmp_path):
    server = InstanceServer(tmp_path / "one.sqlite3")
    assert server.listen()
    assert socket_path(tmp_path / "one.sqlite3") != socket_path(tmp_path / "two.sqlite3")
    assert not hand_over(tmp_path / "two.sqlite3", [], timeout_ms=300)
    server.close()
    assert not hand_over(tmp_path / "one.sqlite3", [], timeout_ms=300)


def test_a_socket_left_by_a_crashed_window_is_replaced(qtbot, tmp_path):
    db = tmp_path / "library.sqlite3"
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from reader.ui.services.single_instance import InstanceServer;"
            f"s = InstanceServer({str(db)!r}); assert s.listen(); os._exit(0)",
        ],
        cwd=REPO,
    )
    assert crashed.returncode == 0
    server = InstanceServer(db)
    assert server.listen()
    received: list[list[str]] = []
    server.paths_received.connect(received.append)
    client = launch(db)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
    assert client.returncode == 0 and received == [[]]
    server.close()

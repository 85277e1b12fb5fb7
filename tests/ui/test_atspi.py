"""The real program under a screen reader's eyes: its accessible tree over AT-SPI.

What Orca reads on Linux comes over the AT-SPI bus, not from Qt's objects in
the test's process: the test starts what a desktop session has (a session
bus, the AT-SPI bus, an X server), runs ``python -m reader`` on a library
with Qt's accessibility on, and lets ``tests/support/atspi_probe.py`` (the
system Python, with Debian's pyatspi) walk the tree, press keys and listen to
the events. NVDA and VoiceOver get the same from Qt's accessibility layer.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.library import Store
from tests.support.ui_support import fill_library

PROBE = Path(__file__).resolve().parent.parent / "support" / "atspi_probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SYNC_ERROR = "cannot connect to 127.0.0.1:9: Connection refused"


def _missing() -> str | None:
    """Why this machine cannot run the test (the CI installs all of it)."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not any(Path(p).is_file() for p in BUS_LAUNCHERS):
        return "at-spi-bus-launcher is not installed (Debian: at-spi2-core)"
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ) if Path(SYSTEM_PYTHON).is_file() else None  # fmt: skip
    if found is None or found.returncode != 0:
        return "the system Python has no pyatspi (Debian: python3-pyatspi, python3-gi)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


class Session:
    """A desktop session's buses and X server, for one test; stopped by pid."""

    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI", "DISPLAY", "WAYLAND", "QT_"))
            and key not in ("NO_AT_BRIDGE", "XAUTHORITY")
        }
        self.env["XDG_RUNTIME_DIR"] = str(runtime)
        # Set here, not by the tests' autouse fixture: this session outlives one test.
        home = folder / "user"
        self.env["OFFLINE_READER_CONFIG_DIR"] = str(home / "config")
        self.env["OFFLINE_READER_LOG_DIR"] = str(home / "log")
        for name in (
            "HOME",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
        ):
            self.env[name] = str(home / name.lower())
        self.env["DISPLAY"] = self._x_server()
        bus = self._start(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).is_file())
        self._start([launcher, "--launch-immediately"])

    def _start(self, command: list[str], **options: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, env=self.env, stderr=subprocess.DEVNULL, **options)  # type: ignore[call-overload]
        self.processes.append(process)
        return process

    def _x_server(self) -> str:
        """Xvfb on a display of its own: 100 and up, from a random start."""
        start = 100 + random.randrange(400)
        for number in range(start, start + 50):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            server = self._start(
                ["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"]
            )
            socket = Path(f"/tmp/.X11-unix/X{number}")
            deadline = time.monotonic() + 10
            while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            if server.poll() is None and socket.exists():
                return f":{number}"
        raise RuntimeError("no free X display for Xvfb")

    def program_env(self) -> dict[str, str]:
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            OFFLINE_READER_LANG="en",
        )
        return env

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _dump(folder: Path, name: str, when_ms: int, title: str, url: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"<!--{when_ms}-->\n[{title}]({url})\n------\n\n{body}\n", encoding="utf-8")
    return path


def _library(tmp_path: Path) -> tuple[Path, Path]:
    """A library: an unread article with links (newest), a starred one, an
    account whose last sync failed; and a dump left to import."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    linked = _dump(
        dumps, "001_aaaaaaaaaaaaaaaa.txt", 1_700_000_000_000, "Court hearing resumes",
        "https://example.org/hearing",
        '<p>The hearing resumed. <a href="https://example.org/ruling">The ruling</a> and '
        '<a href="https://example.org/appeal">the appeal</a>.</p>',
    )  # fmt: skip
    starred = _dump(
        dumps, "002_bbbbbbbbbbbbbbbb.txt", 1_690_000_000_000, "Budget vote delayed",
        "https://example.net/budget", "<p>The vote moved to Friday.</p>",
    )  # fmt: skip
    later = tmp_path / "later"
    later.mkdir()
    to_import = _dump(
        later, "003_cccccccccccccccc.txt", 1_600_000_000_000, "Flood warning",
        "https://example.com/flood", "<p>Rivers rose overnight.</p>",
    )  # fmt: skip
    db = tmp_path / "library.sqlite3"
    fill_library(db, linked, starred)
    with Store.open(db) as store:
        ids = {a.title: a.id for a in store.list_articles()}
        store.mark([ids["Budget vote delayed"]], starred=True, read=True)
        account = store.add_account("Newsroom", "http://127.0.0.1:9/api", "reporter")
        store.record_sync(account, error=SYNC_ERROR)
    return db, to_import


def _probe(session: Session, db: Path, to_import: Path) -> dict[str, object]:
    env = session.program_env()
    program = [sys.executable, "-m", "reader", "--db", str(db)]
    log = (db.parent / "window.log").open("wb")
    window = subprocess.Popen(program, env=env, stdout=log, stderr=log)
    session.processes.append(window)
    broken = db.parent / "broken.opml"
    broken.write_text("<opml><body><outline", encoding="utf-8")
    launches = {"import": [*program, str(to_import)], "error": [*program, str(broken)]}
    probe = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), "offline-reader", json.dumps(launches)],
        env=env,
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr.decode(errors="replace")[-3000:]
    return dict(json.loads(probe.stdout))


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One walk of the window for all the checks below (it takes 20 s)."""
    folder = tmp_path_factory.mktemp("atspi")
    library = _library(folder)
    session = Session(folder)
    try:
        return _probe(session, *library)
    finally:
        session.stop()


def _names(events: object, kind: str, role: str = "table cell") -> list[str]:
    assert isinstance(events, list)
    return [e["name"] for e in events if e.get("type") == kind and e.get("role") == role]


def test_a_screen_reader_finds_every_control_named(tree):
    assert tree["unnamed"] == []
    assert tree["unnamed_after"] == []


def test_rows_say_unread_and_starred_and_the_star_is_checked(tree):
    rows = tree["rows"]
    star, title, _source, _date = rows[0]
    assert title["name"].startswith("Unread, Court hearing resumes, example.org, ")
    assert star["name"] == "Not starred" and "checked" not in star["states"]
    star, title, _source, _date = rows[1]
    assert title["name"].startswith("Starred, Budget vote delayed, example.net, ")
    assert star["name"] == "Starred" and "checked" in star["states"]


def test_the_failed_account_says_why(tree):
    account = next(row[0] for row in tree["sources"] if row[0]["name"].startswith("Newsroom"))
    assert account["name"] == "Newsroom, failed"
    assert account["description"] == f"Sync failed: {SYNC_ERROR}"


def test_focus_on_a_pane_reports_its_current_row(tree):
    assert any(
        name.startswith("Unread, Court hearing resumes")
        for name in _names(tree["focus_list"], "focus:")
    ), tree["focus_list"]
    assert "All articles, 1 unread" in _names(tree["focus_sources"], "focus:")


def test_s_and_m_are_heard_as_a_state_and_a_name_change(tree):
    # j opened the first article, which then counted as read.
    checked = [e for e in tree["key_s"] if e.get("type") == "object:state-changed:checked"]
    assert checked and checked[0]["detail1"] == 1, tree["key_s"]
    renamed = _names(tree["key_s"], "object:property-change:accessible-name")
    assert any(name.startswith("Starred, Court hearing resumes") for name in renamed), renamed
    renamed = _names(tree["key_m"], "object:property-change:accessible-name")
    assert any(name.startswith("Unread, starred, Court hearing") for name in renamed), renamed


def test_the_article_lists_its_links_and_tab_says_where_one_goes(tree):
    description = tree["browser_open"]["description"]
    assert "3 links" in description
    assert "The ruling (https://example.org/ruling)" in description
    assert "the appeal (https://example.org/appeal)" in description
    said = [e["data"] for e in tree["tab_in_article"] if e.get("type") == "object:announcement"]
    assert said == ["Link: https://example.org/hearing"], tree["tab_in_article"]


def test_the_import_result_is_announced_and_stays_readable(tree):
    said = [
        (e["data"], e["role"]) for e in tree["import_events"] if e["type"] == "object:announcement"
    ]
    assert ("Imported 1 article", "status bar") in said, tree["import_events"]
    assert tree["status_after_import"]["name"] == "Imported 1 article"


def test_an_error_is_announced_first(tree):
    said = [
        (e["data"], e["detail1"])
        for e in tree["error_events"]
        if e["type"] == "object:announcement"
    ]
    # detail1 is the politeness: 2, assertive, interrupts what is being said.
    assert any(
        text.startswith("Could not import the OPML file")
        and "broken.opml" in text
        and politeness == 2
        for text, politeness in said
    ), tree["error_events"]
    assert len([text for text, _ in said if text.startswith("Could not import")]) == 1

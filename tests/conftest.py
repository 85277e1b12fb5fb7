"""Shared fixtures: the real sample dump, generated corpora and temp libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the interface's English whatever the machine's language.
os.environ.setdefault("OFFLINE_READER_LANG", "en")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "seeds" / "000_90a7d2ce2239aa93.txt"
MAKE_CORPUS = SHARED / "tools" / "make_corpus.py"

SAMPLE_TITLE = "克里与李强和王毅会面 盼重新定义美中关系"
SAMPLE_PARAGRAPHS = [
    "18/07/2023 - 14:52",
    "周二，美国气候特使约翰-克里分别与中国总理李强和最高外交官王毅会面。克里表示，全球变暖是"
    '"对人类的威胁"，而气候合作可以重新定义美中关系。李强同意合作应对气候变化。',
    "美国气候特使约翰-克里于周日抵达中国，周一他与中国气候特使谢振华举行4小时会谈，周二，"
    "他又与中国总理李强和最高外交官员王毅举行了会谈。",
    "法新社指出，这是世界两大碳排污染国（中国第一，美国第二）在数月的外交冷却后试图重启对话。",
    "王毅与克里在开始会晤之前握手并交换了几句话。法新社说，王毅向素与北京亲善的约翰-克里宣布："
    '"你是我们的老朋友”。',
    '约翰-克里坚持说："我们（美国人）希望这次会议将标志着双方（气候问题）合作新定义的开始，'
    "也标志着解决我们之间分歧的开始。",
    '王毅说："中美气候变化合作正在取得进展，因此我们需要两国人民的共同支持。'
    "王毅还警告说：“我们需要健康、稳定和持久的中美关系”。",
    '随后，中国总理李强也与约翰-克里会了面。李强表示，"包括中美在内的世界各国必须加强合作，'
    '形成共识，加快应对气候变化"。',
    '约翰-克里向李强保证说："我希望，从现在到12月在阿联酋举行联合国第28届气候大会（COP28）'
    '期间，我们能够取得进展"。',
]


@pytest.fixture(scope="session")
def sample_path() -> Path:
    assert SAMPLE.is_file(), f"the sample dump is missing: {SAMPLE}"
    return SAMPLE


@pytest.fixture(scope="session")
def corpus_factory(tmp_path_factory: pytest.TempPathFactory):
    """Make (and cache per session) a corpus of N generated dumps."""
    made: dict[tuple[int, int, int], Path] = {}

    def make(count: int, per_file: int = 1, seed: int = 1) -> Path:
        key = (count, per_file, seed)
        if key not in made:
            out = tmp_path_factory.mktemp(f"corpus{count}_{per_file}_{seed}")
            subprocess.run(
                [
                    sys.executable,
                    str(MAKE_CORPUS),
                    str(out),
                    "--count",
                    str(count),
                    "--per-file",
                    str(per_file),
                    "--seed",
                    str(seed),
                ],
                check=True,
            )
            made[key] = out
        return made[key]

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def store(db_path: Path):
    """An open library in the test's folder (closed at teardown)."""
    from reader.core.library import Store

    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def site():
    """A site of article pages on 127.0.0.1 (tests/support/fulltextkit.py), stopped at teardown."""
    from tests.support.fulltextkit import Site

    server = Site()
    yield server
    server.stop()


def _local_server():
    """pytest-httpserver's server on 127.0.0.1, threaded: refreshes fetch in parallel,
    and one slow feed must not hold up the others."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


make_httpserver = pytest.fixture(scope="session", name="make_httpserver")(_local_server)
#: A server of one test alone, so the test can stop it (the shared one cannot).
own_server = pytest.fixture(name="own_server")(_local_server)


@pytest.fixture
def unused_port_url() -> str:
    """An http:// address on 127.0.0.1 where nothing listens (connections are refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """No test reads or writes the user's real settings, log or data folders."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("OFFLINE_READER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("OFFLINE_READER_LOG_DIR", str(home / "log"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))


def _blocked(name: str):
    def fail(*args, **kwargs):
        raise AssertionError(f"a test opened a blocking {name}; monkeypatch it")

    return fail


#: Test folders whose tests drive Qt (the window, PDF export, the bundle, the desktop entry).
QT_FOLDERS = frozenset({"ui", "export", "bundle", "packaging"})
#: Fixtures that bring Qt into a test anywhere else.
QT_FIXTURES = frozenset({"qtbot", "qapp", "make_window"})


@pytest.fixture(autouse=True)
def _qt_guards(request: pytest.FixtureRequest) -> None:
    """The Qt guards below, for the tests that touch Qt, and only those: the core's
    and the CLI's tests neither import PySide6 nor pay for patching it (the CLI's
    export-pdf uses no dialog, settings or browser)."""
    folder = Path(str(request.path)).relative_to(REPO / "tests").parts[0]
    if folder in QT_FOLDERS or QT_FIXTURES & set(request.fixturenames):
        request.getfixturevalue("opened_urls")


@pytest.fixture
def opened_urls(monkeypatch, tmp_path_factory: pytest.TempPathFactory) -> list:
    """Guards for every test that touches Qt: a dialog that would wait for a
    click fails the test instead of hanging it, QSettings never finds the
    user's files, and no URL reaches the real system browser (the URLs the
    window tried to open are returned)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    for cls, names in (
        (QDialog, ["exec"]),
        (QMessageBox, ["exec", "critical", "warning", "question", "information", "about"]),
        (QFileDialog, ["exec", "getOpenFileNames", "getExistingDirectory", "getOpenFileName"]),
        (QInputDialog, ["exec", "getText", "getItem", "getInt"]),
        (QMenu, ["exec"]),
    ):
        for name in names:
            monkeypatch.setattr(cls, name, _blocked(f"{cls.__name__}.{name}"))
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)
    return opened


@pytest.fixture
def make_window(qtbot):
    """Build main windows on a library (closed, with their workers, at teardown)."""
    from reader.app import build_window
    from tests.support.ui_support import wait_idle

    windows = []

    def make(db_path: Path, *, show: bool = False, **kwargs):
        window = build_window(db_path, **kwargs)
        window.mark_read_delay = 30
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        wait_idle(qtbot, window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def memory_keyring():
    """A real keyring backend (keyring's own API) that keeps passwords in memory."""
    import keyring

    from reader.core.net.credentials import forget_session_passwords
    from tests.support.feedkit import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    forget_session_passwords()
    yield backend
    keyring.set_keyring(previous)
    forget_session_passwords()


# The real FreshRSS of the sync tests (started once, on first use).
from tests.support.freshrss import feed_server, freshrss, greader_user  # noqa: E402, F401

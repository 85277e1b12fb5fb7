"""A real FreshRSS server for the sync tests, and a local web server for its feeds.

The session starts one FreshRSS (``../shared/tools/freshrss-server``, PHP's
built-in server and SQLite) on a free port; each test gets a user of its
own (``cli/create-user.php`` takes a tenth of a second), so tests do not
see each other's subscriptions. FreshRSS fetches feeds from
:class:`FeedServer`, a threaded HTTP server on 127.0.0.1 whose documents a
test sets (``server.files["/a.xml"] = rss20(...)``).

:meth:`FreshRSS.refresh` makes FreshRSS fetch one user's feeds now, as the
tool's ``refresh DIR`` does for the first user it lists (that listing also
finds ``index.html``, which sorts before most user names: so the steps are
repeated here for the user asked for).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
TOOL = SHARED / "tools" / "freshrss-server"
PACKAGES = "php-cli php-sqlite3 php-curl php-xml php-mbstring php-intl php-zip php-gmp"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class FeedServer:
    """Serves ``files`` (path → bytes) on 127.0.0.1; 404 for anything else."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        files = self.files

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class User:
    api_url: str
    username: str
    password: str


class FreshRSS:
    """One FreshRSS installation in ``folder``, served on ``port``."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder = folder
        self.port = port
        self._names = itertools.count(1)
        out = self._tool("start", str(folder), str(port), "admin", "admin-api-pass")
        self.api_url = out.split()[0]

    def _tool(self, *args: str) -> str:
        done = subprocess.run(
            [str(TOOL), *args], capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"freshrss-server {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def _php(self, *args: str) -> None:
        subprocess.run(
            ["php", *args], cwd=self.folder, capture_output=True, timeout=300, check=True
        )

    def new_user(self) -> User:
        """A fresh user with an API password and no subscription."""
        name = f"user{next(self._names)}"
        password = f"api-{name}-secret"
        self._php(
            "cli/create-user.php", "--user", name, "--password", f"web-{name}-password",
            "--api-password", password,
        )  # fmt: skip
        user = User(self.api_url, name, password)
        with client_for(user) as client:  # FreshRSS subscribes new users to its releases
            for subscription in client.subscriptions():
                client.unsubscribe(subscription.stream_id)
        return user

    def refresh(self, user: User) -> None:
        """Make FreshRSS fetch the user's feeds now, whatever their time to live."""
        cache = self.folder / "data" / "cache"
        for path in cache.glob("*"):
            if path.is_file() and path.name != "index.html":
                path.unlink()
        database = self.folder / "data" / "users" / user.username / "db.sqlite"
        self._php(
            "-r",
            '$d = new PDO("sqlite:" . $argv[1]); $d->exec("UPDATE feed SET lastUpdate = 0");',
            str(database),
        )
        self._php("cli/actualize-user.php", "--user", user.username)

    def stop(self) -> None:
        self._tool("stop", str(self.folder))
        for _ in range(100):  # until the port is closed
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            threading.Event().wait(0.05)

    def serve(self) -> None:
        self._tool("serve", str(self.folder), str(self.port))


@pytest.fixture(scope="session")
def feed_server():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def freshrss(tmp_path_factory: pytest.TempPathFactory):
    """The session's FreshRSS; the tests fail (not skip) without PHP: CI must install it."""
    if shutil.which("php") is None:
        pytest.fail(f"php is needed for the sync tests (apt-get install {PACKAGES})")
    folder = tmp_path_factory.mktemp("freshrss") / "server"
    server = FreshRSS(folder, free_port())
    yield server
    server.stop()


@pytest.fixture
def greader_user(freshrss: FreshRSS) -> User:
    return freshrss.new_user()


def client_for(user: User):  # -> GReaderClient, logged in
    from reader.core.sync.greader import GReaderClient

    client = GReaderClient(user.api_url)
    client.login(user.username, user.password)
    return client


def subscribe(user: User, url: str, *, folder: str | None = None, title: str | None = None):
    with client_for(user) as client:
        client.subscribe(url, folder=folder, title=title)


def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a CLI run that shares a file keyring with the test."""
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.feedkit.FileKeyring",
        "OFFLINE_READER_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }

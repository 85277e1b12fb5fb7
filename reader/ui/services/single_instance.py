"""One window per library: a second launch hands its files to the first.

Opening an ``.opml`` or a feed file from the file manager starts the program
again; two windows on one library would each show half of what happens,
and a desktop's "Open With" expects the program already open to take the
file. So the first window listens on a local socket named for the user and
the library, and a later launch sends its paths there and exits.

The socket lives in the user's runtime folder (or the temporary one), by an
absolute path: its name holds a hash of the library's path, so two
libraries get two windows, and another user's window is never reached.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader import APP_NAME
from reader.core import platform

#: How long a second launch waits for the first window to answer (ms).
HAND_OVER_MS = 2000
_ACK = b"ok\n"


def socket_path(db_path: str | Path) -> str:
    library = str(Path(db_path).expanduser().resolve())
    digest = hashlib.sha256(f"{getpass.getuser()}\0{library}".encode()).hexdigest()[:16]
    # Each system's rules (folder, length, named pipes) are the platform
    # module's; Qt's own lookup of the runtime folder warns when the session
    # has none (a terminal over SSH).
    return platform.current().socket_name(f"{APP_NAME}-{digest}")


def hand_over(db_path: str | Path, paths: list[str], timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give ``paths`` to the window already open on ``db_path``; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(socket_path(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"paths": [str(Path(p).resolve()) for p in paths]}).encode() + b"\n"
    socket.write(QByteArray(message))
    socket.flush()
    answered = b""
    while _ACK not in answered and socket.waitForReadyRead(timeout_ms):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return _ACK in answered


class InstanceServer(QObject):
    """Listens for later launches; emits the paths each one brings (maybe none)."""

    paths_received = Signal(list)

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = socket_path(db_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by a window that crashed is replaced.

        Call :func:`hand_over` first: only when no window answered is an
        existing socket stale.
        """
        if self._server.listen(self._path):
            return True
        QLocalServer.removeServer(self._path)
        return self._server.listen(self._path)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            paths = [str(p) for p in json.loads(line).get("paths", [])]
        except (ValueError, AttributeError, TypeError):
            socket.abort()  # not one of ours
            return
        socket.write(QByteArray(_ACK))
        socket.flush()
        self.paths_received.emit(paths)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

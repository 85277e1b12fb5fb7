"""A SOCKS5 server and an HTTP proxy of our own, that record what they were asked.

Both resolve host names that nobody else can: anything under ``.test`` or
``.invalid`` (and ``.onion`` when told to, for a stand-in Tor) goes to
127.0.0.1, where the tests' servers listen. The machine's resolver knows none
of those names, so a request that went direct, or a name looked up locally,
fails instead of quietly reaching the server: whatever succeeds went through
the proxy. SOCKS requests that arrive with an address instead of a name are
recorded as such (``atyp``), which is how a local DNS lookup would show.
"""

from __future__ import annotations

import base64
import contextlib
import select
import socket
import socketserver
import struct
import threading
from dataclasses import dataclass, field


@dataclass
class Asked:
    """One request a proxy received."""

    kind: str  # "socks", "connect" (HTTP CONNECT) or "forward" (absolute-form GET)
    host: str
    port: int
    #: SOCKS: 3 for a host name, 1 for an IPv4 address (a name resolved locally).
    atyp: int = 3
    user: str | None = None


@dataclass
class _Config:
    onion: bool = False
    user: str | None = None
    password: str | None = None
    asked: list[Asked] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def resolve(host: str, onion: bool) -> str | None:
    """What only the proxy knows: the tests' made-up names are this machine."""
    name = host.lower().rstrip(".")
    if name in ("127.0.0.1", "localhost"):
        return "127.0.0.1"
    if name.endswith((".test", ".invalid")):
        return "127.0.0.1"
    if onion and name.endswith(".onion"):
        return "127.0.0.1"
    return None


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy both ways until either side closes."""
    sockets = [a, b]
    try:
        while True:
            readable, _, broken = select.select(sockets, [], sockets, 30)
            if broken or not readable:
                return
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                (b if sock is a else a).sendall(data)
    except OSError:
        return


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    config: _Config


class _Proxy:
    """Start on 127.0.0.1 on a free port (or ``port``); stop() to close."""

    scheme = ""
    handler: type[socketserver.BaseRequestHandler]

    def __init__(
        self,
        *,
        onion: bool = False,
        user: str | None = None,
        password: str | None = None,
        port: int = 0,
    ) -> None:
        self.config = _Config(onion=onion, user=user, password=password)
        self._server = _Server(("127.0.0.1", port), self.handler)
        self._server.config = self.config
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    @property
    def asked(self) -> list[Asked]:
        with self.config.lock:
            return list(self.config.asked)

    def hosts(self) -> list[str]:
        return [a.host for a in self.asked]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> _Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _SocksHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        config: _Config = self.server.config  # type: ignore[attr-defined]
        sock: socket.socket = self.request
        with contextlib.suppress(OSError, ConnectionError, struct.error):
            version, count = _recv_exact(sock, 2)
            methods = _recv_exact(sock, count)
            if version != 5:
                return
            user = None
            if config.user is not None:
                if 2 not in methods:
                    sock.sendall(b"\x05\xff")
                    return
                sock.sendall(b"\x05\x02")
                _, ulen = _recv_exact(sock, 2)
                user = _recv_exact(sock, ulen).decode()
                (plen,) = _recv_exact(sock, 1)
                password = _recv_exact(sock, plen).decode()
                ok = user == config.user and password == config.password
                sock.sendall(b"\x01\x00" if ok else b"\x01\x01")
                if not ok:
                    return
            else:
                sock.sendall(b"\x05\x00")
            _, cmd, _, atyp = _recv_exact(sock, 4)
            if atyp == 1:
                host = socket.inet_ntoa(_recv_exact(sock, 4))
            elif atyp == 3:
                (length,) = _recv_exact(sock, 1)
                host = _recv_exact(sock, length).decode()
            else:
                host = socket.inet_ntop(socket.AF_INET6, _recv_exact(sock, 16))
            (port,) = struct.unpack("!H", _recv_exact(sock, 2))
            with config.lock:
                config.asked.append(Asked("socks", host, port, atyp, user))
            address = resolve(host, config.onion)
            if cmd != 1 or address is None:
                # 0x04 host unreachable: the name means nothing here.
                sock.sendall(b"\x05\x04\x00\x01" + b"\0" * 6)
                return
            try:
                upstream = socket.create_connection((address, port), timeout=10)
            except OSError:
                sock.sendall(b"\x05\x05\x00\x01" + b"\0" * 6)  # connection refused
                return
            with upstream:
                sock.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + b"\0\0")
                _pipe(sock, upstream)


class SocksProxy(_Proxy):
    """SOCKS5 (no authentication, or user name and password)."""

    scheme = "socks5h"
    handler = _SocksHandler


def _read_head(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


class _HttpHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        config: _Config = self.server.config  # type: ignore[attr-defined]
        sock: socket.socket = self.request
        with contextlib.suppress(OSError, ConnectionError, ValueError):
            data = _read_head(sock)
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            headers = [line.split(":", 1) for line in lines[1:] if ":" in line]
            named = {k.strip().lower(): v.strip() for k, v in headers}
            user = None
            auth = named.get("proxy-authorization", "")
            if auth.lower().startswith("basic "):
                user, _, given = base64.b64decode(auth[6:]).decode().partition(":")
            else:
                given = None
            if config.user is not None and (user != config.user or given != config.password):
                sock.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n'
                    b"Connection: close\r\n\r\n"
                )
                return
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                self._record(config, Asked("connect", host.strip("[]"), int(port), user=user))
                address = resolve(host, config.onion)
                if address is None:
                    sock.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                    return
                with socket.create_connection((address, int(port)), timeout=10) as upstream:
                    sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    if rest:
                        upstream.sendall(rest)
                    _pipe(sock, upstream)
                return
            self._forward(config, sock, method, target, headers, rest, user)

    def _record(self, config: _Config, asked: Asked) -> None:
        with config.lock:
            config.asked.append(asked)

    def _forward(
        self,
        config: _Config,
        sock: socket.socket,
        method: str,
        target: str,
        headers: list[list[str]],
        rest: bytes,
        user: str | None,
    ) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        host, port = parts.hostname or "", parts.port or 80
        self._record(config, Asked("forward", host, port, user=user))
        address = resolve(host, config.onion)
        if address is None:
            sock.sendall(
                b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            return
        length = 0
        kept = []
        for key, value in headers:
            name = key.strip().lower()
            if name == "content-length":
                length = int(value)
            if name in ("connection", "proxy-connection", "proxy-authorization", "keep-alive"):
                continue
            kept.append(f"{key.strip()}: {value.strip()}")
        body = rest
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        request = f"{method} {path} HTTP/1.1\r\n" + "\r\n".join([*kept, "Connection: close"])
        with socket.create_connection((address, port), timeout=10) as upstream:
            upstream.sendall(request.encode("latin-1") + b"\r\n\r\n" + body)
            while True:
                data = upstream.recv(65536)
                if not data:
                    break
                sock.sendall(data)


class HttpProxy(_Proxy):
    """An HTTP proxy: CONNECT for https://, forwarding for http://."""

    scheme = "http"
    handler = _HttpHandler


class ResettingServer:
    """Accepts connections and resets them at once: what a censor's middlebox does."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self.connections = 0
        self._stopped = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/feed.xml"

    def _run(self) -> None:
        while not self._stopped:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            with contextlib.suppress(OSError):
                conn.recv(1024)
                # SO_LINGER 0: close() sends RST instead of FIN.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    def stop(self) -> None:
        self._stopped = True
        self._sock.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

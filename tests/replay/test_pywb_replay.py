"""A WACZ written by export-wacz replays in pywb (issue 28), on demand.

pywb brings gevent and a web stack of its own, too heavy for the test extra
and CI, so it lives in a virtual environment of its own and the test runs
only when told where:

    python3 -m venv /tmp/pywb && /tmp/pywb/bin/pip install pywb
    OFFLINE_READER_PYWB=/tmp/pywb/bin .venv/bin/python -m pytest tests/replay -q

The package goes into a pywb collection as a web archivist adds one
(``wb-manager add --unpack-wacz``), pywb serves it on 127.0.0.1, and the
archived page's paragraphs are read back through the replay, both as the
archive holds it (``id_``) and rewritten for a browser (``mp_``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from reader import cli
from tests.support.fulltextkit import Site, paragraphs, site_to_save

PYWB = os.environ.get("OFFLINE_READER_PYWB")
pytestmark = pytest.mark.skipif(
    not PYWB, reason="pywb replay is on demand: set OFFLINE_READER_PYWB to pywb's bin folder"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_an_exported_wacz_replays_in_pywb(db_path, tmp_path, capsys):
    site = Site()
    try:
        urls = site_to_save(site)
        assert cli.main(["--db", str(db_path), "save", urls["redirect"], urls["blog"]]) == 0
    finally:
        site.stop()
    wacz = tmp_path / "evidence.wacz"
    assert cli.main(["--db", str(db_path), "export-wacz", "1", "2", "-o", str(wacz)]) == 0
    capsys.readouterr()

    bin_dir = Path(str(PYWB))
    work = tmp_path / "pywb"
    work.mkdir()
    for args in (["init", "evidence"], ["add", "--unpack-wacz", "evidence", str(wacz)]):
        done = subprocess.run(
            [bin_dir / "wb-manager", *args], cwd=work, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stdout + done.stderr
    port = _free_port()
    server = subprocess.Popen(
        [bin_dir / "wayback", "--bind", "127.0.0.1", "-p", str(port)],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/evidence"
        deadline = time.monotonic() + 60
        while True:
            try:
                raw = _get(f"{base}/id_/{urls['blog']}")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        # The address asked for: pywb replays the redirect, then the page.
        rewritten = _get(f"{base}/mp_/{urls['redirect']}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    for paragraph in paragraphs("wordpress-blog.html", raw):
        assert paragraph
    for paragraph in paragraphs("news-site.html"):
        assert paragraph in " ".join(rewritten.split())

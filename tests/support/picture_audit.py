"""Articles that name paths and addresses as pictures, and strace to see who opens them.

Two articles: one stored as an older version's cleaning left it (every
``src`` as the feed wrote it: a local file that exists, a UNC share, a
protocol-relative address, ``file:``, ``mailto:``...), and one cleaned now
from the issue's ``<image>`` vectors.  A picture that is in the cache but
whose bytes do not decode, and one that is cached and fine, sit beside them.
The audit runs a real process under ``strace -f -e trace=openat,connect``
and lists what it opened and where it connected.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.content.cleaning import clean_article
from reader.core.library import Store
from reader.core.models import NewArticle
from tests.conftest import REPO
from tests.support.imagekit import PHOTO

#: The host of every remote picture: nothing listens there, and nothing may try.
HOST = "127.0.0.9"
STORED_TITLE = "Pictures as an older version stored them"
CLEANED_TITLE = "Pictures cleaned now"
CACHED_URL = f"http://{HOST}/audit-cached.png"
BROKEN_URL = f"http://{HOST}/audit-broken.png"

_LINE_RE = re.compile(r"^(?:\[pid\s+)?\d*\]?\s*(openat|connect)\((.*)$")
_PATH_RE = re.compile(r'^(?:AT_FDCWD|\d+(?:<[^>]*>)?),\s*"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class AuditLibrary:
    db_path: Path
    #: Distinctive parts of every name an article gave as a picture.
    named: tuple[str, ...]
    stored_id: int
    cleaned_id: int


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("\t", "&#x09;")


def sources(folder: Path) -> list[str]:
    """Every way an article can name a picture that is not for the cache to answer."""
    secret = folder / "audit-secret.png"
    secret.write_bytes(PHOTO)  # a real picture, so that an open would succeed
    return [
        str(secret),
        str(folder / "audit-noext"),
        f"\\\\{HOST}\\share\\audit-unc.png",
        f"//{HOST}/audit-proto.gif",
        f"http://{HOST}/audit-pixel.gif",
        (folder / "audit-file.png").as_uri(),
        "audit-relative/a.png",
        "mailto:audit-mail@example.org",
        "java\tscript:audit-script()",
        BROKEN_URL,
    ]


def _body(tag: str, named: list[str]) -> str:
    pictures = "".join(
        f'<p><{tag} src="{_attribute(src)}" alt="alt {n}"></p>' for n, src in enumerate(named)
    )
    return (
        f"<p>Before the pictures.</p>{pictures}"
        f'<p><{tag} src="http://{HOST}/audit-pixel.gif" width="1" height="1"></p>'
        f'<p><{tag} src="https://www.facebook.com/tr?id=1&amp;ev=PageView"></p>'
        f'<p><{tag} src="{CACHED_URL}" alt="cached"></p><p>After the pictures.</p>'
    )


def make_library(db_path: Path, folder: Path) -> AuditLibrary:
    named = sources(folder)
    cleaned = clean_article(_body("image", named), None)
    when = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    articles = [
        NewArticle(
            title=STORED_TITLE,
            url="https://audit.example/stored",
            published=when,
            html=_body("img", named),  # as stored before the cleaning vetted pictures
            text="Before the pictures.\n\nAfter the pictures.",
        ),
        NewArticle(
            title=CLEANED_TITLE,
            url="https://audit.example/cleaned",
            published=when,
            html=cleaned.html,
            text=cleaned.text,
            images=cleaned.images,
        ),
    ]
    with Store.open(db_path) as store:
        source = store.source_id("audit.example", title="Audit")
        stored_id, cleaned_id = store.add_articles(source, articles).added
        store.store_image(CACHED_URL, PHOTO, "image/png")
        store.store_image(BROKEN_URL, PHOTO[:40], "image/png")  # a header, no picture
    markers = ("audit-secret", "audit-noext", "audit-unc", "audit-proto", "audit-pixel",
               "audit-file", "audit-relative", "audit-mail", "audit-script", "audit-broken",
               "audit-cached", "facebook", HOST)  # fmt: skip
    return AuditLibrary(db_path, markers, stored_id, cleaned_id)


def traced(trace: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as its own process under strace, from the repository, without a display."""
    strace = shutil.which("strace")
    assert strace, "strace is needed (apt-get install strace)"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    command = [strace, "-f", "-qq", "-s", "4096", "-e", "trace=openat,connect", "-o", str(trace)]
    return subprocess.run(
        [*command, sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=180,
    )


def calls(trace: Path) -> tuple[list[str], list[str]]:
    """(paths opened, connect calls as strace wrote them) in a trace."""
    opened: list[str] = []
    connected: list[str] = []
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _LINE_RE.match(line.strip())
        if match is None:
            continue
        call, rest = match.groups()
        if call == "connect":
            connected.append(line)
            continue
        path = _PATH_RE.match(rest)
        if path is not None:
            opened.append(path.group(1))
    return opened, connected


def named_opens(opened: list[str], library: AuditLibrary) -> list[str]:
    """The opens of a path an article named (in any spelling strace gives it)."""
    return [path for path in opened if any(marker in path for marker in library.named)]

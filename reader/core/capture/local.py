"""A page a browser saved to disk (``.html``, ``.mhtml``), dropped on the window.

The file is what the user has, not what a server sent, so its provenance is
the file's (its name, path and SHA-256), as for a dump. The page's address
comes from what browsers write into it: MHTML's ``Content-Location``,
Chrome's and Internet Explorer's ``<!-- saved from url=(NNNN)… -->``, the
canonical link or ``og:url``. An MHTML file carries the page's pictures:
those the article shows go into the image cache, so it reads offline whole.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import os
import re
import stat
from email.message import EmailMessage
from pathlib import Path

from reader.core.capture.meta import page_meta
from reader.core.capture.save import SAVED_SOURCE
from reader.core.content.cleaning import clean_article
from reader.core.errors import ReaderError
from reader.core.fulltext.extract import decode_page, extract_article
from reader.core.images.cache import sniff_image
from reader.core.library import Store
from reader.core.models import NewArticle, Origin

__all__ = ["PAGE_SUFFIXES", "import_page_file"]

PAGE_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
#: A saved page with its pictures is a few MB; this leaves room for big ones.
MAX_PAGE_FILE_BYTES = 64 * 1024 * 1024
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_CANONICAL = re.compile(
    r"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']"""
    r"""|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']""",
    re.I,
)


def _read(path: Path) -> bytes:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ReaderError(f"{path}: not a regular file")
        if info.st_size > MAX_PAGE_FILE_BYTES:
            raise ReaderError(f"{path}: larger than {MAX_PAGE_FILE_BYTES // 2**20} MB; not read")
        return path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc


def _mhtml_parts(data: bytes) -> tuple[bytes, str, dict[str, bytes]]:
    """The page's HTML, its address, and the other parts by their address."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    page: bytes | None = None
    url = ""
    parts: dict[str, bytes] = {}
    for part in message.walk():
        if part.is_multipart() or not isinstance(part, EmailMessage):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        location = str(part.get("Content-Location", "") or "")
        if page is None and part.get_content_type() == "text/html":
            page, url = payload, location
        elif location:
            parts[location] = payload
    if page is None:
        raise ReaderError("an MHTML file without a web page in it")
    return page, url, parts


def _address(body: bytes, text: str) -> str:
    saved = _SAVED_FROM.search(body[:4096])
    if saved:
        return saved.group(1).decode("ascii", "replace")
    found = _CANONICAL.search(text)
    if found:
        url = found.group(1) or found.group(2) or ""
        if url.lower().startswith(("http://", "https://")):
            return url
    return ""


def import_page_file(store: Store, path: Path) -> int | None:
    """Add the saved page at ``path`` to "Saved pages"; its article id (None: already there).

    Raises :class:`ReaderError` naming the file when it cannot be read or
    holds no page.
    """
    data = _read(path)
    parts: dict[str, bytes] = {}
    url = ""
    body = data
    try:
        if (
            path.suffix.lower() in (".mhtml", ".mht")
            or data[:200].lower().startswith(b"from:")
            or b"multipart/related" in data[:2000].lower()
        ):
            body, url, parts = _mhtml_parts(data)
    except ReaderError as exc:
        raise ReaderError(f"{path}: {exc}") from exc
    text = decode_page(body, None)
    if not text.strip():
        raise ReaderError(f"{path}: the page is empty")
    url = url if url.lower().startswith(("http://", "https://")) else _address(body, text)
    extracted = extract_article(body, url or "about:blank", "text/html", 0)
    if extracted.ok:
        html, plain, images = extracted.html, extracted.text, extracted.images
    else:  # a short page (a statement, a post): all of it, cleaned
        cleaned = clean_article(text, url or None)
        html, plain, images = cleaned.html, cleaned.text, cleaned.images
    meta = page_meta(body, "text/html")
    title = meta.title or path.stem
    article = NewArticle(
        title,
        url,
        meta.published,
        html,
        plain,
        author=meta.author,
        images=images,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    origin = Origin(kind="file", name=path.name, path=str(path.resolve()))
    source_id = store.source_id(SAVED_SOURCE)
    added = store.add_articles(source_id, [article], origin=origin).added
    for image in images:
        found = parts.get(image)
        mime = sniff_image(found) if found else None
        if found and mime and mime != "image/svg+xml":
            store.store_image(image, found, mime)
    return added[0] if added else None

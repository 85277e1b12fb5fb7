"""Captures as a WACZ 1.1.1 package: what web archivists open, replay and cite.

The layout of the specification (https://specs.webrecorder.net/wacz/1.1.1/):
``archive/data.warc.gz`` (a ``warcinfo`` record, then each capture's
records as the library keeps them, byte for byte), ``indexes/index.cdx``
(CDXJ, sorted by SURT then time), ``pages/pages.jsonl`` (each article's page
with its title), ``datapackage.json`` (every file with its SHA-256 and size)
and ``datapackage-digest.json`` (the hash of that). The WARC data is stored
in the ZIP without compression (its records are gzip members already, and
replay tools seek into it); the rest is deflated.

Written without the ``wacz`` package (which the tests use to validate):
that package pulls a data-package framework and a web stack the program
does not need for a few JSON files and a sorted index.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from reader import __version__
from reader.core.errors import ReaderError
from reader.core.evidence.warc import read_records, warcinfo_record
from reader.core.library import Store

__all__ = ["WACZ_VERSION", "WaczWritten", "surt", "write_wacz"]

WACZ_VERSION = "1.1.1"
_WARC_NAME = "data.warc.gz"
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(slots=True)
class WaczWritten:
    pages: int = 0
    records: int = 0
    #: Articles asked for that have no kept capture.
    missing: list[int] = field(default_factory=list)


def surt(url: str) -> str:
    """The Sort-friendly URI Reordering Transform replay tools look captures up by.

    As the ``surt`` package does by default: host labels reversed and
    comma-joined (an IP address too, as the package does), ``www`` dropped, a default
    port dropped, path and query lowercased, query arguments sorted.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www.") and host.count(".") > 1:
        host = host[4:]
    key = host if ":" in host else ",".join(reversed(host.split(".")))
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        key += f":{port}"
    path = (parts.path or "/").lower()
    query = ""
    if parts.query:
        query = "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True))).lower()
    return f"{key}){path}{query}"


def _timestamp(warc_date: str) -> str:
    digits = "".join(c for c in warc_date if c.isdigit())
    return (digits + "0" * 14)[:14]


def _iso(warc_date: str) -> str:
    ts = _timestamp(warc_date)
    return f"{ts[:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}Z"


def write_wacz(
    store: Store, article_ids: Sequence[int], output: Path, *, title: str | None = None
) -> WaczWritten:
    """Write the kept captures of these articles to ``output`` (replaced whole, or not at all).

    Raises :class:`ReaderError` naming the file when it cannot be written or
    when none of the articles has a kept capture.
    """
    written = WaczWritten()
    ids = list(dict.fromkeys(article_ids))
    pages: list[dict[str, str]] = []
    folder = output.resolve().parent
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".wacz-") as work:
            warc_path = Path(work) / _WARC_NAME
            with open(warc_path, "wb") as warc:
                warc.write(warcinfo_record(_WARC_NAME, "Captures exported by Offline Reader"))
                for article_id in ids:
                    kept = False
                    for info, data in store.capture_records([article_id]):
                        warc.write(data)
                        kept = True
                        if info.kind == "page":
                            article = store.get_article(article_id)
                            pages.append(
                                {
                                    "id": info.record_id.strip("<>").rpartition(":")[2],
                                    "url": info.url,
                                    "ts": _iso(info.fetched),
                                    "title": article.title,
                                }
                            )
                    if not kept:
                        written.missing.append(article_id)
            if not pages:
                raise ReaderError(f"{output}: none of the articles has a kept capture to export")
            index = _index(warc_path)
            written.records = index.records
            written.pages = len(pages)
            _package(output, work, warc_path, index.lines, pages, title)
    except OSError as exc:
        raise ReaderError(f"{output}: cannot be written: {exc.strerror or exc}") from exc
    return written


@dataclass(slots=True)
class _Index:
    lines: list[str]
    records: int


def _index(warc_path: Path) -> _Index:
    lines: list[str] = []
    records = 0
    with open(warc_path, "rb") as stream:
        for record in read_records(stream):
            records += 1
            if record.rec_type not in ("response", "revisit"):
                continue
            fields = {
                "url": record.url,
                "mime": record.mime or "unk",
                "status": str(record.status or ""),
                "digest": record.declared_digest or f"sha256:{record.payload_sha256}",
                "length": str(record.length),
                "offset": str(record.offset),
                "filename": _WARC_NAME,
            }
            key = f"{surt(record.url)} {_timestamp(record.date)}"
            lines.append(f"{key} {json.dumps(fields, ensure_ascii=False)}")
    lines.sort()
    return _Index(lines, records)


def _hash_file(path: Path) -> tuple[str, int]:
    hasher = hashlib.sha256()
    size = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(1024 * 1024):
            hasher.update(chunk)
            size += len(chunk)
    return f"sha256:{hasher.hexdigest()}", size


def _package(
    output: Path,
    work: str,
    warc_path: Path,
    index: list[str],
    pages: list[dict[str, str]],
    title: str | None,
) -> None:
    files: dict[str, Path] = {f"archive/{_WARC_NAME}": warc_path}
    index_path = Path(work) / "index.cdx"
    index_path.write_text("".join(line + "\n" for line in index), encoding="utf-8")
    files["indexes/index.cdx"] = index_path
    pages_path = Path(work) / "pages.jsonl"
    header = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    body = [json.dumps(header)] + [json.dumps(p, ensure_ascii=False) for p in pages]
    pages_path.write_text("\n".join(body) + "\n", encoding="utf-8")
    files["pages/pages.jsonl"] = pages_path
    resources = []
    for name, path in files.items():
        digest, size = _hash_file(path)
        resources.append(
            {"name": os.path.basename(name).lower(), "path": name, "hash": digest, "bytes": size}
        )
    package: dict[str, object] = {
        "profile": "data-package",
        "resources": resources,
        "wacz_version": WACZ_VERSION,
        "software": f"Offline Reader {__version__}",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": title or "Offline Reader captures",
    }
    if len(pages) == 1:
        package["mainPageURL"] = pages[0]["url"]
        package["mainPageDate"] = pages[0]["ts"]
    datapackage = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
    digest_record = {
        "path": "datapackage.json",
        "hash": "sha256:" + hashlib.sha256(datapackage).hexdigest(),
    }
    partial = Path(work) / "package.wacz"
    with zipfile.ZipFile(partial, "w") as package_zip:
        package_zip.write(warc_path, f"archive/{_WARC_NAME}", compress_type=zipfile.ZIP_STORED)
        for name in ("indexes/index.cdx", "pages/pages.jsonl"):
            package_zip.write(files[name], name, compress_type=zipfile.ZIP_DEFLATED)
        package_zip.writestr("datapackage.json", datapackage, zipfile.ZIP_DEFLATED)
        package_zip.writestr(
            "datapackage-digest.json", json.dumps(digest_record, indent=2), zipfile.ZIP_DEFLATED
        )
    os.replace(partial, output)

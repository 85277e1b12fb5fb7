"""An HTTP exchange as WARC records (ISO 28500, written with warcio), and reading them back.

A capture is evidence only if it is what the server sent: the response's
status line and headers as received, and its payload byte for byte. Two
departures are written down in the record rather than hidden:

- the HTTP client decompresses as it reads (that is how its size cap holds
  against a gzip bomb), so a response sent with ``Content-Encoding`` is kept
  decompressed: the header is kept as ``X-Archive-Orig-Content-Encoding``
  (the convention pywb and other archives use), likewise ``Transfer-Encoding``
  and the original ``Content-Length``, and a ``Content-Length`` of the kept
  payload is added, so the record replays;
- an ``Authorization`` header the client sent is never kept (a password).

The payload digest is SHA-256 in hex (``sha256:…``, as Browsertrix writes
it), so it equals ``sha256sum`` of the bytes served; warcio adds the block
digest.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reader import __version__
from reader.core.net.http import FetchResult

__all__ = [
    "Exchange",
    "RecordRead",
    "WarcCapture",
    "exchange_of",
    "read_records",
    "warc_records",
    "warcinfo_record",
]

_DROPPED_REQUEST = frozenset({"authorization", "proxy-authorization", "cookie"})
_RENAMED_RESPONSE = frozenset({"content-encoding", "transfer-encoding", "content-length"})
_ORIG = "X-Archive-Orig-"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and its response as the client saw them."""

    requested_url: str
    url: str  # after redirects: the response's own address
    status: int
    reason: str
    http_version: str
    request_headers: tuple[tuple[str, str], ...]
    response_headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched: datetime
    content_type: str | None = None
    http_date: str | None = None

    @property
    def payload_sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def exchange_of(
    requested_url: str, result: FetchResult, fetched: datetime | None = None
) -> Exchange:
    return Exchange(
        requested_url=requested_url,
        url=result.url,
        status=result.status,
        reason=result.reason,
        http_version=result.http_version,
        request_headers=result.request_headers,
        response_headers=result.headers,
        body=result.body,
        fetched=fetched or datetime.now(UTC),
        content_type=result.content_type,
        http_date=result.date,
    )


@dataclass(frozen=True, slots=True)
class WarcCapture:
    """The records of one exchange (request and response, gzip members) and their keys."""

    data: bytes
    record_id: str  # the response record's WARC-Record-ID
    payload_sha256: str


def _warc_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _response_warc_headers(
    ex: Exchange, date: str, digest: str, body_unread: bool
) -> dict[str, str]:
    fields = {"WARC-Date": date, "WARC-Payload-Digest": f"sha256:{digest}"}
    declared = [v for n, v in ex.response_headers if n.lower() == "content-length"]
    if body_unread and declared != ["0"]:
        fields["WARC-Truncated"] = "unspecified"
    return fields


def _response_headers(ex: Exchange) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    for name, value in ex.response_headers:
        if name.lower() in _RENAMED_RESPONSE:
            kept.append((_ORIG + name, value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", str(len(ex.body))))
    return kept


def _request_headers(ex: Exchange) -> list[tuple[str, str]]:
    parts = urlsplit(ex.url)
    host = parts.netloc.rpartition("@")[2]
    headers = [("Host", host)]
    headers += [(n, v) for n, v in ex.request_headers if n.lower() not in _DROPPED_REQUEST]
    return headers


def warc_records(ex: Exchange, *, body_unread: bool = False) -> WarcCapture:
    """The request and response records of ``ex``, WARC/1.1, each its own gzip member.

    ``body_unread``: a redirect, whose body the client does not read; unless
    the server said it had none, the record says its payload is cut
    (``WARC-Truncated: unspecified``) rather than pretend it was empty.
    """
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    date = _warc_date(ex.fetched)
    digest = ex.payload_sha256
    status_line = f"{ex.status} {ex.reason}".rstrip()
    http_headers = StatusAndHeaders(status_line, _response_headers(ex), protocol=ex.http_version)
    response = writer.create_warc_record(
        ex.url,
        "response",
        payload=io.BytesIO(ex.body),
        length=len(ex.body),
        http_headers=http_headers,
        warc_headers_dict=_response_warc_headers(ex, date, digest, body_unread),
    )
    record_id = str(response.rec_headers.get_header("WARC-Record-ID"))
    parts = urlsplit(ex.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request = writer.create_warc_record(
        ex.url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(
            f"GET {target} {ex.http_version}", _request_headers(ex), is_http_request=True
        ),
        warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id},
    )
    writer.write_record(response)
    writer.write_record(request)
    return WarcCapture(out.getvalue(), record_id, digest)


def warcinfo_record(filename: str, description: str) -> bytes:
    """The ``warcinfo`` record that opens an exported WARC: what wrote it, and why."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    info = {
        "software": f"Offline Reader {__version__} (warcio)",
        "format": "WARC File Format 1.1",
        "description": description,
    }
    writer.write_record(writer.create_warcinfo_record(filename, info))
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class RecordRead:
    """One record of a WARC file, with what ``verify`` and the index need."""

    number: int  # 1-based, among all records of the file
    rec_type: str
    url: str
    record_id: str
    date: str
    status: int | None
    mime: str
    declared_digest: str | None
    payload_sha256: str
    offset: int
    length: int


def read_records(stream: IO[bytes]) -> Iterator[RecordRead]:
    """Every record of a WARC (plain or gzip), its payload hashed as stored."""
    records = ArchiveIterator(stream, check_digests=False)
    for number, record in enumerate(records, start=1):
        headers = record.rec_headers
        status: int | None = None
        mime = ""
        if record.http_headers is not None and record.rec_type in ("response", "revisit"):
            code = record.http_headers.get_statuscode()
            status = int(code) if code and str(code).isdigit() else None
            mime = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip()
        hasher = hashlib.sha256()
        while chunk := record.raw_stream.read(64 * 1024):
            hasher.update(chunk)
        records.read_to_end()
        yield RecordRead(
            number=number,
            rec_type=str(record.rec_type),
            url=str(headers.get_header("WARC-Target-URI") or ""),
            record_id=str(headers.get_header("WARC-Record-ID") or ""),
            date=str(headers.get_header("WARC-Date") or ""),
            status=status,
            mime=mime,
            declared_digest=headers.get_header("WARC-Payload-Digest"),
            payload_sha256=hasher.hexdigest(),
            offset=records.get_record_offset(),
            length=records.get_record_length(),
        )

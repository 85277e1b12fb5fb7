"""Parse saved article dumps (the ``.txt`` files feed mirrors deliver).

The format is described in ``shared/docs/seed-format.md``: a ``<!--epoch ms-->``
line, a Markdown ``[title](url)`` line, a rule of dashes, then the body HTML.
Real collections are messier than the sample, so the parser decodes legacy
Chinese encodings, accepts several records per file, missing timestamps and
odd rules, and otherwise fails with one clear :class:`DumpFormatError` that
names the reason (the caller adds the file name).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from reader.core.errors import DumpFormatError

#: Files larger than this are not dumps anyone saved by hand; refusing them
#: keeps one stray video from eating the importer's memory.
MAX_FILE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DumpRecord:
    title: str
    url: str
    published: datetime | None
    body: str


_TIMESTAMP = re.compile(r"^\s*<!--\s*(.*?)\s*-->\s*$")
_RULE = re.compile(r"^\s*[-‐‑‒–—―─━=]{3,}\s*$")
_SCHEME = re.compile(r"\]\(\s*<?([A-Za-z][A-Za-z0-9+.\-]*:)")
_MD_ESCAPE = re.compile(r"\\([\\\[\]()])")


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the legacy Chinese encodings.

    Journalists' collections hold files saved by many tools; GB18030 and Big5
    are the usual non-UTF-8 cases. Which of the two a file is cannot be read off
    its bytes alone, so charset-normalizer's language model decides, and only
    between those two candidates.
    """
    if not data:
        raise DumpFormatError("the file is empty")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DumpFormatError(f"the text is not valid {codec.upper()}") from exc
    if data.find(b"\x00", 0, 8192) >= 0:  # no copy of the first 8 KB
        raise DumpFormatError("this is binary data, not a text dump")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    candidates: dict[str, str] = {}
    for codec in ("gb18030", "big5hkscs"):
        try:
            candidates[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise DumpFormatError("the text encoding is not UTF-8, GB18030 or Big5")
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is not None and best.encoding in ("big5", "big5hkscs", "cp950"):
        return candidates["big5hkscs"]
    return candidates["gb18030"]


def parse_dump(data: bytes) -> list[DumpRecord]:
    """Every record of one dump file, or :class:`DumpFormatError` saying why not."""
    if len(data) > MAX_FILE_BYTES:
        raise DumpFormatError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    text = decode(data)
    # No control byte at all means no control character in any encoding this
    # reads (in UTF-16 and UTF-32 each control has a zero byte): one C pass
    # over the bytes instead of encoding the start of the text again.
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) and _looks_binary(text):
        raise DumpFormatError("this is binary data, not a text dump")
    return parse_text(text)


#: C0 controls but tab, newline, vertical tab, form feed and carriage return, and DEL.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])


def _looks_binary(text: str) -> bool:
    """Whether the start of the text is thick with control characters.

    Counted on the UTF-8 bytes, where each control is one byte and no other
    character has a byte below 0x80 that is a control: ``bytes.translate``
    counts them in one C pass, a regex took several times as long.
    """
    sample = text[:4096]
    raw = sample.encode("utf-8", "surrogatepass")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def parse_text(text: str) -> list[DumpRecord]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    headers = list(_find_headers(lines))
    if not headers:
        if not text.strip():
            raise DumpFormatError("the file holds only blank lines")
        raise DumpFormatError(
            "not an article dump: no '[title](url)' line followed by a line of dashes"
        )
    records = []
    for index, (start, title_line, body_start) in enumerate(headers):
        del start
        end = headers[index + 1][0] if index + 1 < len(headers) else len(lines)
        timestamp_line = lines[title_line - 1] if title_line > 0 else ""
        published = _parse_timestamp(timestamp_line)
        title, url = _parse_title_line(lines[title_line])
        body = "\n".join(line.rstrip() for line in lines[body_start:end]).strip()
        records.append(DumpRecord(title=title, url=url, published=published, body=body))
    return records


def _find_headers(lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """(record start, title line, first body line) of every record.

    A record starts at a ``[title](url)`` line directly followed by a rule,
    optionally preceded by the ``<!--…-->`` timestamp line; an HTML comment
    inside a body is therefore never taken for a new record.
    """
    for i in range(len(lines) - 1):
        line = lines[i].strip()
        if not (line.startswith("[") and line.endswith(")") and "](" in line):
            continue
        if not _RULE.match(lines[i + 1]):
            continue
        start = i - 1 if i > 0 and _TIMESTAMP.match(lines[i - 1]) else i
        yield start, i, i + 2


def _parse_title_line(line: str) -> tuple[str, str]:
    """Split ``[title](url)`` where both may hold brackets and parentheses.

    The URL is taken from the last ``](`` that is followed by a URL scheme, so
    ``[A [b](http://x) c](http://y)`` gives the title ``A [b](http://x) c``;
    everything up to the final ``)`` is the URL, parentheses included.
    """
    line = line.strip()
    inner = line[1:-1]
    split = -1
    for match in _SCHEME.finditer(inner):
        split = match.start()
    if split < 0:
        split = inner.rfind("](")
    title = _MD_ESCAPE.sub(r"\1", inner[:split]).strip()
    url = inner[split + 2 :].strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1].strip()
    url = url.replace(" ", "%20")
    return " ".join(title.split()), url


def _parse_timestamp(line: str) -> datetime | None:
    match = _TIMESTAMP.match(line)
    if not match:
        return None
    value = match.group(1).strip()
    if value.isdigit():
        number = int(value)
        # Epoch milliseconds as the mirrors write them; seconds from other tools.
        seconds = number / 1000 if number > 10**11 else number
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)

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
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

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


@dataclass(frozen=True, slots=True)
class Dump:
    """A dump's records, and what its reader should be told about them."""

    records: list[DumpRecord]
    #: Damage that was read around (bytes replaced, a record in another
    #: encoding, an end that looks cut off), each naming the record.
    warnings: tuple[str, ...] = ()
    #: The last record's HTML or text stops short: the file was cut.
    truncated: bool = False


_TIMESTAMP = re.compile(r"^\s*<!--\s*(.*?)\s*-->\s*$")
_RULE = re.compile(r"^\s*[-‐‑‒–—―─━=]{3,}\s*$")
_SCHEME = re.compile(r"\]\(\s*<?([A-Za-z][A-Za-z0-9+.\-]*:)")
_MD_ESCAPE = re.compile(r"\\([\\\[\]()])")


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the legacy Chinese encodings."""
    return "".join(piece.text for piece in _decode(data))


class _Piece(NamedTuple):
    """Part of a file, decoded on its own: a record, where the file marks them.

    A tuple: a frozen dataclass costs a microsecond per file more to make.
    """

    text: str
    #: What went wrong in decoding it, for the user; None when nothing did.
    note: str | None = None
    #: The file ends inside a character: cut off.
    cut: bool = False


#: A record starts at a ``<!--…-->`` line; legacy encodings never have these
#: bytes inside a character (GB18030 and Big5 continuation bytes are 0x30 and up,
#: never newline, ``<``, ``!`` or ``-``), so the bytes can be split there.
_RECORD_START = re.compile(rb"(?m)^[ \t]*<!--")
#: Up to this share of a record's non-ASCII bytes may be invalid for it to
#: count as UTF-8 with damage; read as UTF-8, GB18030 text has two thirds of
#: them invalid and Big5 four fifths, Latin text in GB18030 all of them.
_DAMAGED_UTF8_SHARE = 0.25


def _decode(data: bytes) -> list[_Piece]:
    """The file as text, in pieces that each say how they were read.

    Journalists' collections hold files saved by many tools, and files that
    were concatenated from several: a UTF-8 record followed by a GB18030 one
    used to be read as GB18030 throughout, which turned ``Café`` into
    ``Caf茅`` without a word. When the whole file is not UTF-8, each record
    is decoded on its own; a record with a few bad bytes is read as UTF-8
    with those bytes replaced, and says so.
    """
    if not data:
        raise DumpFormatError("the file is empty")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return [_Piece(data[len(bom) :].decode(codec))]
            except UnicodeDecodeError as exc:
                raise DumpFormatError(f"the text is not valid {codec.upper()}") from exc
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        if not data:
            raise DumpFormatError("the file is empty")
    elif data.find(b"\x00", 0, 8192) >= 0:  # no copy of the first 8 KB
        raise DumpFormatError("this is binary data, not a text dump")
    try:
        return [_Piece(data.decode("utf-8"))]
    except UnicodeDecodeError:
        pass
    starts = [m.start() for m in _RECORD_START.finditer(data)]
    bounds = [0, *(i for i in starts if i > 0), len(data)]
    pieces = [_decode_piece(data[a:b], last=b == len(data)) for a, b in itertools.pairwise(bounds)]
    if all(p.note == _UNREADABLE for p in pieces):
        raise DumpFormatError("the text encoding is not UTF-8, GB18030 or Big5")
    # Say which records were read in another encoding, unless all were (ASCII
    # reads the same in every one of them).
    legacy = {p.note for p in pieces if p.note is not None and p.note.startswith("read as")}
    if legacy and all(p.note in legacy or p.text.isascii() for p in pieces):
        pieces = [p if p.note not in legacy else _Piece(p.text, None, p.cut) for p in pieces]
    return pieces


_UNREADABLE = "its text is not UTF-8, GB18030 or Big5: left out"


def _decode_piece(raw: bytes, *, last: bool) -> _Piece:
    try:
        return _Piece(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if last and exc.end == len(raw) and exc.reason == "unexpected end of data":
            try:  # cut inside the last character
                return _Piece(raw[: exc.start].decode("utf-8"), cut=True)
            except UnicodeDecodeError:
                pass
    replaced = raw.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    if bad <= high * _DAMAGED_UTF8_SHARE:
        what = (
            "1 byte that is not UTF-8 was" if bad == 1 else f"{bad} bytes that are not UTF-8 were"
        )
        return _Piece(replaced, f"{what} replaced by \ufffd")
    try:
        text, codec = _decode_legacy(raw)
    except DumpFormatError:
        return _Piece("", _UNREADABLE)
    return _Piece(text, f"read as {codec}, unlike the rest of the file")


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """GB18030 or Big5, and which.

    Journalists' collections hold files saved by many tools; GB18030 and Big5
    are the usual non-UTF-8 cases. Which of the two a text is cannot be read
    off its bytes alone, so charset-normalizer's language model decides, and
    only between those two candidates.
    """
    candidates: dict[str, str] = {}
    for codec in ("gb18030", "big5hkscs"):
        try:
            candidates[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise DumpFormatError("the text encoding is not UTF-8, GB18030 or Big5")
    names = {"gb18030": "GB18030", "big5hkscs": "Big5"}
    if len(candidates) == 1:
        [(codec, text)] = candidates.items()
        return text, names[codec]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is not None and best.encoding in ("big5", "big5hkscs", "cp950"):
        return candidates["big5hkscs"], "Big5"
    return candidates["gb18030"], "GB18030"


def parse_dump(data: bytes) -> list[DumpRecord]:
    """Every record of one dump file, or :class:`DumpFormatError` saying why not."""
    return read_dump(data).records


def read_dump(data: bytes) -> Dump:
    """The records of one dump file and what was read around, or why there are none."""
    if len(data) > MAX_FILE_BYTES:
        raise DumpFormatError(too_large_message())
    pieces = _decode(data)
    text = pieces[0].text if len(pieces) == 1 else "".join(p.text for p in pieces)
    # No control byte at all means no control character in any encoding this
    # reads (in UTF-16 and UTF-32 each control has a zero byte): one C pass
    # over the bytes instead of encoding the start of the text again.
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) and _looks_binary(text):
        raise DumpFormatError("this is binary data, not a text dump")
    lines = _lines(text)
    headers = _headers_or_fail(lines, text)
    records = _records(lines, headers)
    warnings = _piece_warnings(pieces, headers, records)
    cut = pieces[-1].cut
    why_cut = "the file ends inside a character" if cut else _looks_cut(records[-1].body)
    if why_cut is not None:
        warnings.append(f"possibly truncated: {why_cut}")
    return Dump(records, tuple(warnings), truncated=why_cut is not None)


def too_large_message() -> str:
    return f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not an article dump"


def _piece_warnings(
    pieces: list[_Piece], headers: list[tuple[int, int, int]], records: list[DumpRecord]
) -> list[str]:
    """Each decoding note, naming its record (by title and number)."""
    warnings: list[str] = []
    if all(piece.note is None for piece in pieces):
        return warnings  # nearly always: no lines to count
    line = 0
    for piece in pieces:
        if piece.note is not None:
            index = max((i for i, h in enumerate(headers) if h[0] <= line), default=0)
            title = records[index].title or records[index].url or "untitled"
            where = f"record {index + 1} of {len(records)}, " if len(records) > 1 else ""
            warnings.append(f"“{_short(title)}” ({where}line {line + 1}): {piece.note}")
        line += _line_count(piece.text)
    return warnings


def _line_count(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


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


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")


def _headers_or_fail(lines: list[str], text: str) -> list[tuple[int, int, int]]:
    headers = list(_find_headers(lines))
    if not headers:
        if not text.strip():
            raise DumpFormatError("the file holds only blank lines")
        raise DumpFormatError(
            "this file is not a saved article: it has no title line (a saved article, or "
            "article dump, starts with its title and web address, then a line of dashes)"
        )
    return headers


def _records(lines: list[str], headers: list[tuple[int, int, int]]) -> list[DumpRecord]:
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


#: Elements whose end tag HTML requires: one left open at the end of a body
#: means the body stops short. (Optional end tags, ``<p>`` or ``<li>``, and
#: void elements prove nothing.)
_END_TAG_NAMES = (
    "a abbr article aside audio b blockquote button center cite code del details div dl em "
    "figcaption figure font footer form h1 h2 h3 h4 h5 h6 header i iframe ins label main "
    "mark nav noscript ol picture pre q s section select small span strong sub summary sup "
    "table time u ul video"
)
_END_TAG_REQUIRED = frozenset(_END_TAG_NAMES.split())
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
#: How complete bodies end: with the end of a block. Only other endings are
#: looked at closely, which keeps the check off the import's time.
_ENDS_A_BLOCK = re.compile(
    r"</(?:div|p|article|section|body|html|table|ul|ol|blockquote|figure|footer|main)\s*>\s*\Z",
    re.IGNORECASE,
)


def _looks_cut(body: str) -> str | None:
    """Why the end of a body looks cut off (a download that stopped), or None.

    Not proof either way: a body cut right after the end of a block reads
    as complete, and a sloppy page that never closes its ``<div>`` and ends
    in text reads as cut.
    """
    tail = body[-200:].rstrip()
    if not tail or _ENDS_A_BLOCK.search(tail):
        return None
    if tail.rfind("<") > tail.rfind(">"):
        return "it ends inside an HTML tag"
    depth: dict[str, int] = {}
    for slash, name in _TAG.findall(body):
        name = name.lower()
        if name in _END_TAG_REQUIRED:
            depth[name] = depth.get(name, 0) + (-1 if slash else 1)
    open_ = sorted(name for name, count in depth.items() if count > 0)
    if not open_:
        return None
    return "it ends with " + ", ".join(f"<{name}>" for name in open_) + " left open"

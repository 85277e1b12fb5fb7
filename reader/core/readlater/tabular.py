"""The CSV exports (Pocket, Instapaper) and plain lists of URLs."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime

from reader.core.capture.save import Link
from reader.core.errors import ReaderError

__all__ = ["csv_export", "epoch", "url_list"]

_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def epoch(value: object) -> datetime | None:
    """A time given as seconds since 1970 (text or number); None when it is not one."""
    try:
        seconds = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    if seconds <= 0:
        return None
    if seconds > 10**11:  # milliseconds
        seconds //= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def csv_export(text: str) -> tuple[list[Link], str]:
    reader = csv.DictReader(io.StringIO(text))
    fields = {(f or "").strip().lower() for f in reader.fieldnames or ()}
    if {"url", "time_added"} <= fields:
        return [_pocket(row) for row in _rows(reader) if _get(row, "url")], "Pocket"
    if {"url", "title", "folder"} <= fields:
        return [_instapaper(row) for row in _rows(reader) if _get(row, "url")], "Instapaper"
    if "url" in fields:
        return [Link(_get(row, "url"), _get(row, "title") or None) for row in _rows(reader)], "CSV"
    raise ReaderError("a CSV file without a url column: not an export the program knows")


def _rows(reader: csv.DictReader[str]) -> list[dict[str, str]]:
    try:
        return [{(k or "").strip().lower(): v or "" for k, v in row.items()} for row in reader]
    except csv.Error as exc:
        raise ReaderError(f"damaged CSV at line {reader.line_num}: {exc}") from exc


def _get(row: dict[str, str], key: str) -> str:
    value = row.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _pocket(row: dict[str, str]) -> Link:
    tags = tuple(t.strip() for t in _get(row, "tags").split("|") if t.strip())
    status = _get(row, "status").lower()
    return Link(
        _get(row, "url"),
        _get(row, "title") or None,
        tags=tags,
        added=epoch(_get(row, "time_added")),
        archived=status in ("archive", "archived"),
    )


def _instapaper(row: dict[str, str]) -> Link:
    folder = _get(row, "folder")
    tags: tuple[str, ...] = ()
    raw = _get(row, "tags")
    if raw:
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = raw.split(",")
        if isinstance(parsed, list):
            tags = tuple(str(t).strip() for t in parsed if str(t).strip())
    own_folder = folder if folder.lower() not in ("unread", "archive", "starred", "") else None
    return Link(
        _get(row, "url"),
        _get(row, "title") or None,
        tags=tags,
        folder=own_folder,
        added=epoch(_get(row, "timestamp")),
        archived=folder.lower() == "archive",
        starred=folder.lower() == "starred",
        excerpt=_get(row, "selection") or None,
    )


def url_list(text: str) -> list[Link]:
    """One URL a line (anything else on the line, and lines without one, ignored)."""
    links = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found = _URL.search(line)
        if found:
            links.append(Link(found.group(0).rstrip(".,;)>\"'")))
    return links

"""The JSON exports: Wallabag's, and Omnivore's (a ZIP of ``metadata_*.json``)."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

from reader.core.capture.save import Link
from reader.core.errors import ReaderError

__all__ = ["json_export", "omnivore_zip"]

#: The metadata files of an Omnivore export are small; a ZIP member larger
#: than this is not one (and is not inflated into memory).
_MAX_MEMBER = 256 * 1024 * 1024


def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":  # +0100 → +01:00
        text = text[:-2] + ":" + text[-2:]
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _names(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        return ()
    names = []
    for value in values:
        if isinstance(value, dict):
            value = value.get("label") or value.get("name") or value.get("slug")
        if isinstance(value, str) and value.strip():
            names.append(value.strip())
    return tuple(names)


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def json_export(text: str) -> tuple[list[Link], str]:
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise ReaderError(f"not valid JSON: {exc}") from exc
    items = (
        data if isinstance(data, list) else data.get("items") if isinstance(data, dict) else None
    )
    if not isinstance(items, list):
        raise ReaderError("JSON that is not a list of saved links")
    entries = [i for i in items if isinstance(i, dict) and isinstance(i.get("url"), str)]
    if any("savedAt" in i or "labels" in i for i in entries[:50]):
        return [_omnivore(i) for i in entries], "Omnivore"
    if any("is_archived" in i for i in entries[:50]):
        return [_wallabag(i) for i in entries], "Wallabag"
    return [Link(i["url"], _str(i.get("title"))) for i in entries], "JSON"


def _wallabag(item: dict[str, Any]) -> Link:
    content = item.get("content")
    excerpt = None
    if isinstance(content, str) and content:  # Wallabag's own copy, until the page comes
        excerpt = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", content)).split())[:2000] or None
    return Link(
        item["url"],
        _str(item.get("title")),
        tags=_names(item.get("tags")),
        added=_when(item.get("created_at")),
        archived=bool(item.get("is_archived")),
        starred=bool(item.get("is_starred")),
        excerpt=excerpt,
    )


def _omnivore(item: dict[str, Any]) -> Link:
    state = str(item.get("state") or "").lower()
    progress = item.get("readingProgress")
    read = isinstance(progress, int | float) and progress >= 100
    return Link(
        item["url"],
        _str(item.get("title")),
        tags=_names(item.get("labels")),
        added=_when(item.get("savedAt")),
        read=read,
        archived=state == "archived",
        excerpt=_str(item.get("description")),
    )


def omnivore_zip(data: bytes) -> list[Link]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ReaderError(f"a damaged ZIP file: {exc}") from exc
    links: list[Link] = []
    with package:
        members = [
            m
            for m in package.infolist()
            if m.filename.rsplit("/", 1)[-1].startswith("metadata") and m.filename.endswith(".json")
        ]
        if not members:
            raise ReaderError("a ZIP file without Omnivore's metadata_*.json")
        for member in sorted(members, key=lambda m: m.filename):
            if member.file_size > _MAX_MEMBER:
                raise ReaderError(f"{member.filename} is too large to be Omnivore's metadata")
            found, _ = json_export(package.read(member).decode("utf-8-sig", errors="replace"))
            links.extend(found)
    return links

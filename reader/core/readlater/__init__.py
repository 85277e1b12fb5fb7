"""Moving in from read-later services and browsers: their export files as links to save.

:func:`read_links` tells the format from the file itself and returns
:class:`~reader.core.capture.save.Link` values (titles, tags, folders, time
added, read/archived state); :mod:`reader.core.capture.save` stores and
fetches them. The formats, as their services document and write them:

- Pocket: the CSV of its last years (``title,url,time_added,tags,status``,
  tags joined by ``|``) and the older ``ril_export.html`` (``Unread`` and
  ``Read Archive`` lists of links with ``time_added`` and ``tags``);
- Instapaper: CSV ``URL,Title,Selection,Folder,Timestamp[,Tags]``, the folder
  ``Unread``, ``Archive``, ``Starred`` or the user's own;
- Wallabag: the JSON export (``is_archived``, ``is_starred``, ``tags``,
  ``created_at``, ``content``);
- Omnivore: the ZIP of ``metadata_*.json`` (``labels``, ``state``,
  ``savedAt``), or one of those JSON files;
- any browser's bookmarks (the Netscape bookmark file: folders, ``ADD_DATE``,
  ``TAGS``);
- a plain list of URLs, one a line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.core.capture.save import Link
from reader.core.errors import ReaderError
from reader.core.readlater import markup, services, tabular

__all__ = ["MAX_EXPORT_BYTES", "parse_links", "read_links"]

#: The largest export read: 50,000 links with Wallabag's full texts stay far below.
MAX_EXPORT_BYTES = 512 * 1024 * 1024


def read_links(path: Path) -> tuple[list[Link], str]:
    """The links of an export file and the name of its format.

    Raises :class:`ReaderError` naming the file and the reason when it
    cannot be read or is no export the program knows.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ReaderError(f"{path}: not a regular file")
    if info.st_size > MAX_EXPORT_BYTES:
        raise ReaderError(f"{path}: larger than {MAX_EXPORT_BYTES // 2**20} MB; not read")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        links, service = parse_links(data, path.name)
    except ReaderError as exc:
        raise ReaderError(f"{path}: {exc}") from exc
    if not links:
        raise ReaderError(f"{path}: no links found ({service})")
    return links, service


def parse_links(data: bytes, name: str = "") -> tuple[list[Link], str]:
    """The links of an export given as bytes; ``name`` (the file's) helps tell the format."""
    lower = name.lower()
    if data[:4] == b"PK\x03\x04":
        return services.omnivore_zip(data), "Omnivore"
    text = data.decode("utf-8-sig", errors="replace")
    head = text.lstrip()[:2000]
    if head.startswith(("[", "{")):
        return services.json_export(text)
    if head.startswith("<") or lower.endswith((".html", ".htm")):
        return markup.html_export(text)
    first = head.splitlines()[0].lower() if head else ""
    if lower.endswith(".csv") or ("," in first and "url" in first):
        return tabular.csv_export(text)
    return tabular.url_list(text), "URL list"

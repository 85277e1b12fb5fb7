"""The HTML exports: a browser's bookmark file and Pocket's older ``ril_export.html``.

Both are "Netscape bookmark" style HTML that no parser builds a sensible
tree from (``<DT>`` and ``<p>`` are never closed), so the tags that matter
are read in order: an ``<H3>`` names the folder of the ``<DL>`` that follows,
``</DL>`` leaves it; Pocket's ``<h1>`` says whether the links after it are
unread or archived.
"""

from __future__ import annotations

import html
import re

from reader.core.capture.save import Link
from reader.core.readlater.tabular import epoch

__all__ = ["html_export"]

_TOKENS = re.compile(
    r"<(?P<tag>h1|h3|a)\b(?P<attrs>[^>]*)>(?P<text>.*?)</(?P=tag)\s*>|<(?P<close>/?)dl\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_TAGS = re.compile(r"<[^>]+>")


def _attrs(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTR.finditer(text)
    }


def _text(markup: str) -> str:
    return " ".join(html.unescape(_TAGS.sub("", markup)).split())


def html_export(text: str) -> tuple[list[Link], str]:
    pocket = "pocket export" in text[:2000].lower() or bool(
        re.search(r"<h1>\s*(unread|read archive)\s*</h1>", text, re.IGNORECASE)
    )
    links: list[Link] = []
    folders: list[str | None] = []
    pending_folder: str | None = None
    archived = False
    for match in _TOKENS.finditer(text):
        if match.group("tag") is None:  # <DL> or </DL>
            if match.group("close"):
                if folders:
                    folders.pop()
            else:
                folders.append(pending_folder)
                pending_folder = None
            continue
        tag = match.group("tag").lower()
        if tag == "h1":
            archived = "archive" in _text(match.group("text")).lower()
        elif tag == "h3":
            pending_folder = _text(match.group("text")) or None
        else:
            attrs = _attrs(match.group("attrs"))
            url = attrs.get("href", "")
            if not url.lower().startswith(("http://", "https://")):
                continue  # javascript: bookmarklets, place: queries, file: links
            path = [f for f in folders if f]
            tags = tuple(t.strip() for t in re.split(r"[,|]", attrs.get("tags", "")) if t.strip())
            links.append(
                Link(
                    url,
                    _text(match.group("text")) or None,
                    tags=tags,
                    folder="/".join(path) or None,
                    added=epoch(attrs.get("time_added") or attrs.get("add_date")),
                    archived=pocket and archived,
                )
            )
    return links, "Pocket" if pocket else "bookmarks"

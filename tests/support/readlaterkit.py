"""Export files of read-later services and browsers, in their real formats.

Each writer takes the same links (url, title, tags, epoch added, state,
folder) and writes them as the service's export does, so a test can check
that every field survives the move. The formats are as the services wrote
them: Pocket's CSV (2023-2025) and its ``ril_export.html``, Instapaper's CSV,
Wallabag's JSON, Omnivore's ZIP of ``metadata_*.json`` with ``content/``,
the Netscape bookmark file browsers export, and a plain list of URLs.
"""

from __future__ import annotations

import csv
import html
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Saved:
    url: str
    title: str
    tags: tuple[str, ...] = ()
    added: int = 1_700_000_000
    archived: bool = False
    folder: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def pocket_csv(items: list[Saved], path: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["title", "url", "time_added", "tags", "status"])
    for i in items:
        status = "archive" if i.archived else "unread"
        writer.writerow([i.title, i.url, i.added, "|".join(i.tags), status])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def pocket_html(items: list[Saved], path: Path) -> Path:
    def section(rows: list[Saved]) -> str:
        return "\n".join(
            f'\t\t\t<li><a href="{html.escape(i.url)}" time_added="{i.added}" '
            f'tags="{html.escape(",".join(i.tags))}">{html.escape(i.title)}</a></li>'
            for i in rows
        )

    text = f"""<!DOCTYPE html>
<html>
\t<!--So long and thanks for all the fish-->
\t<head>
\t\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
\t\t<title>Pocket Export</title>
\t</head>
\t<body>
\t\t<h1>Unread</h1>
\t\t<ul>
{section([i for i in items if not i.archived])}
\t\t</ul>

\t\t<h1>Read Archive</h1>
\t\t<ul>
{section([i for i in items if i.archived])}
\t\t</ul>
\t</body>
</html>
"""
    path.write_text(text, encoding="utf-8")
    return path


def instapaper_csv(items: list[Saved], path: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["URL", "Title", "Selection", "Folder", "Timestamp", "Tags"])
    for i in items:
        folder = "Archive" if i.archived else (i.folder or "Unread")
        writer.writerow([i.url, i.title, "", folder, i.added, json.dumps(list(i.tags))])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def wallabag_json(items: list[Saved], path: Path) -> Path:
    entries = [
        {
            "is_archived": int(i.archived),
            "is_starred": 0,
            "tags": list(i.tags),
            "is_public": False,
            "id": n,
            "title": i.title,
            "url": i.url,
            "given_url": i.url,
            "content": f"<p>{html.escape(i.title)}: Wallabag's copy of the text.</p>",
            "created_at": datetime.fromtimestamp(i.added, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "updated_at": datetime.fromtimestamp(i.added, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "published_by": [],
            "annotations": [],
            "mimetype": "text/html; charset=utf-8",
            "language": "en",
            "reading_time": 3,
            "domain_name": "127.0.0.1",
            "preview_picture": None,
            "http_status": "200",
            "headers": {"content-type": "text/html; charset=utf-8"},
        }
        for n, i in enumerate(items, start=1)
    ]
    path.write_text(json.dumps(entries, indent=4), encoding="utf-8")
    return path


def omnivore_zip(items: list[Saved], path: Path) -> Path:
    metadata = [
        {
            "id": f"0000000{n}-aaaa-bbbb-cccc-dddddddddddd",
            "slug": f"saved-{n}",
            "title": i.title,
            "description": f"{i.title} (the description)",
            "author": None,
            "url": i.url,
            "state": "Archived" if i.archived else "Succeeded",
            "readingProgress": 100 if i.archived else 0,
            "thumbnail": None,
            "labels": list(i.tags),
            "savedAt": _iso(i.added),
            "updatedAt": _iso(i.added),
            "publishedAt": None,
        }
        for n, i in enumerate(items, start=1)
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(f"metadata_0_to_{len(items)}.json", json.dumps(metadata))
        for n, i in enumerate(items, start=1):
            package.writestr(f"content/saved-{n}.html", f"<p>{html.escape(i.title)}</p>")
    return path


def bookmarks_html(items: list[Saved], path: Path) -> Path:
    """The Netscape bookmark file (Firefox, Chrome, Safari, Edge all write it)."""
    by_folder: dict[str | None, list[Saved]] = {}
    for i in items:
        by_folder.setdefault(i.folder, []).append(i)

    def entry(i: Saved, indent: str) -> str:
        tags = f' TAGS="{html.escape(",".join(i.tags))}"' if i.tags else ""
        return (
            f'{indent}<DT><A HREF="{html.escape(i.url)}" ADD_DATE="{i.added}" '
            f'LAST_MODIFIED="{i.added}"{tags}>{html.escape(i.title)}</A>'
        )

    lines = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<!-- This is an automatically generated file.",
        "     It will be read and overwritten.",
        "     DO NOT EDIT! -->",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Bookmarks Menu</H1>",
        "",
        "<DL><p>",
        '    <DT><A HREF="place:parent=toolbar_____">Recent Tags</A>',
    ]
    lines += [entry(i, "    ") for i in by_folder.pop(None, [])]
    for folder, rows in by_folder.items():
        outer, _, inner = (folder or "").partition("/")
        lines.append(f'    <DT><H3 ADD_DATE="1700000000">{html.escape(outer)}</H3>')
        lines.append("    <DL><p>")
        if inner:
            lines.append(f'        <DT><H3 ADD_DATE="1700000000">{html.escape(inner)}</H3>')
            lines.append("        <DL><p>")
            lines += [entry(i, "            ") for i in rows]
            lines.append("        </DL><p>")
        else:
            lines += [entry(i, "        ") for i in rows]
        lines.append("    </DL><p>")
    lines.append("</DL><p>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def url_list(items: list[Saved], path: Path) -> Path:
    path.write_text(
        "# links a source sent\n" + "\n".join(i.url for i in items) + "\n", encoding="utf-8"
    )
    return path


WRITERS = {
    "pocket.csv": pocket_csv,
    "ril_export.html": pocket_html,
    "instapaper-export.csv": instapaper_csv,
    "wallabag-export.json": wallabag_json,
    "omnivore-export.zip": omnivore_zip,
    "bookmarks.html": bookmarks_html,
    "links.txt": url_list,
}

"""Moving in from read-later services (issue 28): each export format, as written by the
service, with a dead link and a duplicate among the links; entries are created at once
with their titles, tags, folders, time added and read/archived state, then the pages are
fetched and read in full offline."""

from __future__ import annotations

import json

import pytest

from reader import cli
from tests.support.fulltextkit import paragraphs, site_to_save
from tests.support.readlaterkit import WRITERS, Saved


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _links(urls: dict[str, str]) -> list[Saved]:
    return [
        Saved(urls["news"], "Floods (my title)", ("climate", "floods"), 1_600_000_000, True),
        Saved(urls["blog"], "Courtroom week", ("courts",), 1_650_000_000, folder="Reading/Courts"),
        Saved(urls["chinese"], "老旧小区改造", (), 1_680_000_000),
        Saved(urls["gone"], "A deleted statement", ("evidence",), 1_690_000_000),
        Saved(urls["news"], "Floods again (duplicate)", ("dup",), 1_700_000_000, True),
    ]


#: What each format can carry: titles, tags, folders, archived state.
CARRIES = {
    "pocket.csv": {"title", "tags", "archived"},
    "ril_export.html": {"title", "tags", "archived"},
    "instapaper-export.csv": {"title", "tags", "archived"},
    "wallabag-export.json": {"title", "tags", "archived"},
    "omnivore-export.zip": {"title", "tags", "archived"},
    "bookmarks.html": {"title", "tags", "folder"},
    "links.txt": set(),
}
SERVICE = {
    "pocket.csv": "Pocket",
    "ril_export.html": "Pocket",
    "instapaper-export.csv": "Instapaper",
    "wallabag-export.json": "Wallabag",
    "omnivore-export.zip": "Omnivore",
    "bookmarks.html": "bookmarks",
    "links.txt": "URL list",
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_import_links_from_each_service(name, db_path, site, tmp_path, capsys):
    urls = site_to_save(site)
    export = WRITERS[name](_links(urls), tmp_path / name)
    code, out, err = run(capsys, "import-links", "--db", db_path, export)
    assert code == 0, err
    assert f"{name}: {SERVICE[name]} export, 5 links: 4 new, 1 already in the library." in out
    assert "Saved pages: 3 saved, 1 left for the next refresh" in out, out + err
    assert "404" in err
    site.stop()

    code, out, _ = run(capsys, "list", "--db", db_path, "--json")
    rows = {row["url"]: row for row in map(json.loads, out.splitlines())}
    assert len(rows) == 4 and {r["source"] for r in rows.values()} == {"Saved pages"}
    news, blog, gone = rows[urls["news"]], rows[urls["blog"]], rows[urls["gone"]]
    carries = CARRIES[name]
    if "title" in carries:
        assert news["title"] == "Floods (my title)"  # the user's title, not the page's
        assert gone["title"] == "A deleted statement"
    else:
        assert news["title"] == "Flood defences fail in river towns as storm lingers"
    if "tags" in carries:
        assert {"climate", "floods"} <= set(news["tags"])
        assert "evidence" in gone["tags"]
    if "archived" in carries:
        assert news["read"] and "archived" in news["tags"] and not blog["read"]
    if "folder" in carries:
        assert "Reading/Courts" in blog["tags"]

    for article_id, page in ((news["id"], "news-site.html"), (blog["id"], "wordpress-blog.html")):
        code, text, _ = run(capsys, "show", "--db", db_path, article_id)
        assert code == 0
        for paragraph in paragraphs(page):
            assert paragraph in text
    code, out, _ = run(capsys, "show", "--db", db_path, gone["id"], "--format", "json")
    record = json.loads(out)
    assert record["full_text"]["status"] == "offline" and "404" in record["full_text"]["reason"]


def test_an_import_resumes_where_it_stopped(db_path, site, tmp_path, capsys):
    urls = site_to_save(site)
    export = WRITERS["pocket.csv"](_links(urls), tmp_path / "pocket.csv")
    code, out, _ = run(capsys, "import-links", "--db", db_path, export, "--no-fetch")
    assert code == 0 and "4 new" in out and "Saved pages" not in out
    assert sum(site.hits.values()) == 0  # entries only: nothing fetched yet
    code, out, _ = run(capsys, "save", "--db", db_path)  # the pending pages, now
    assert "Saved pages: 3 saved, 1 left for the next refresh" in out
    again = run(capsys, "import-links", "--db", db_path, export, "--no-fetch")[1]
    assert "0 new, 5 already in the library" in again


def test_a_file_that_is_no_export_is_refused_with_the_reason(db_path, tmp_path, capsys):
    bad = tmp_path / "export.json"
    bad.write_text('{"not": "links"}', encoding="utf-8")
    code, _, err = run(capsys, "import-links", "--db", db_path, bad)
    assert code == 1 and f"{bad}: JSON that is not a list of saved links" in err
    assert "Traceback" not in err
    folder = run(capsys, "import-links", "--db", db_path, tmp_path)
    assert folder[0] == 1 and "not a regular file" in folder[2]

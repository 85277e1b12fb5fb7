"""Hostile files and text on the command line (issue 21).

``verify`` refuses what ``import`` refuses before reading a byte, and every
text the CLI writes to a terminal shows control characters as escapes
instead of obeying them; ``--json`` stays exact.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle
from reader.core.terminal import defuse
from tests.conftest import REPO

#: What set a terminal's title and cleared its screen through `sources` and `list`.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J"
#: Escapes that must never reach the terminal raw: ESC, BEL, C1 CSI, a bidi override.
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _raw_free(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


@pytest.fixture
def library(tmp_path, sample_path) -> Path:
    db = tmp_path / "library.sqlite3"
    assert cli.main(["--db", str(db), "import", str(sample_path)]) == 0
    with Store.open(db) as store:
        [source] = store.sources()
        store.rename_source(source.id, f"Feed {HOSTILE}\u202eevil")
        hostile = store.source_id("hostile", title=f"{HOSTILE}\x9b31m")
        store.add_articles(
            hostile,
            [
                NewArticle(
                    title=f"Title {HOSTILE}",
                    url="https://example.com/a",
                    published=None,
                    html=f"<p>Body {HOSTILE} end</p>",
                    text=f"Body {HOSTILE} end",
                )
            ],
        )
    return db


def test_defuse_shows_every_control_and_keeps_layout():
    assert defuse(f"a\tb\n{HOSTILE}") == "a\tb\n\\x1b]0;pwned\\x07\\x1b[2J"
    assert defuse("\x9b2J\x7f\u202efile\u2066") == "\\x9b2J\\x7f\\u202efile\\u2066"
    assert defuse("\r12/40", keep_leading_cr=True) == "\r12/40"
    assert defuse("a\rb", keep_leading_cr=True) == "a\\x0db"


def test_text_output_of_every_listing_is_defused(library, capsys):
    db = str(library)
    article = None
    assert cli.main(["--db", db, "list"]) == 0
    out, err = capsys.readouterr()
    _raw_free(out + err)
    assert "Title \\x1b]0;pwned\\x07\\x1b[2J" in out
    for line in out.splitlines():
        if "Title" in line:
            article = line.split()[0]
    assert article is not None
    for argv in (
        ["sources"],
        ["show", article, "--format", "text"],
        ["show", article, "--format", "html"],
        ["tags"],
        ["notes", article, "--markdown"],
    ):
        assert cli.main(["--db", db, *argv]) == 0, argv
        out, err = capsys.readouterr()
        _raw_free(out + err)
    assert cli.main(["--db", db, "sources"]) == 0
    out, _ = capsys.readouterr()
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m" in out and "\\u202eevil" in out
    # An error message naming a source: on standard error, defused as well.
    assert cli.main(["--db", db, "retention", f"nope{HOSTILE}"]) == 1
    out, err = capsys.readouterr()
    _raw_free(out + err)
    assert "nope\\x1b]0;pwned" in err


def test_json_output_stays_exact(library, capsys):
    db = str(library)
    assert cli.main(["--db", db, "sources", "--json"]) == 0
    out, _ = capsys.readouterr()
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert f"{HOSTILE}\x9b31m" in titles and f"Feed {HOSTILE}\u202eevil" in titles
    assert cli.main(["--db", db, "list", "--json"]) == 0
    out, _ = capsys.readouterr()
    [row] = [json.loads(line) for line in out.splitlines() if "Title" in line]
    assert row["title"] == f"Title {HOSTILE}"
    assert cli.main(["--db", db, "show", str(row["id"]), "--format", "json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out)["title"] == f"Title {HOSTILE}"


def test_file_names_with_escapes_in_import_and_verify(tmp_path, sample_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    named = tmp_path / f"dump{HOSTILE}.txt"
    named.write_bytes(sample_path.read_bytes())
    broken = tmp_path / f"broken\u202etxt.exe{HOSTILE}.txt"
    broken.write_bytes(b"\x00\x01 not a dump")
    assert cli.main(["--db", db, "import", str(named), str(broken)]) == 1
    out, err = capsys.readouterr()
    _raw_free(out + err)
    assert "broken\\u202etxt.exe\\x1b]0;pwned" in err
    assert cli.main(["--db", db, "verify", str(named), str(broken)]) == 1
    out, err = capsys.readouterr()
    _raw_free(out + err)
    assert "dump\\x1b]0;pwned\\x07\\x1b[2J.txt: unchanged" in out


# -- verify refuses what import refuses ------------------------------------------------


def test_verify_refuses_links_to_devices_pipes_and_folders(tmp_path, sample_path):
    """Run as a real process: a named pipe used to block it for ever, a link to
    /dev/zero to grow it by 1.5 GB a second."""
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(tmp_path / "l.sqlite3"), "verify",
         str(zero), str(pipe), str(folder), str(sample_path)],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f"{zero}: not a regular file (a device)" in lines
    assert f"{pipe}: not a regular file (a named pipe)" in lines
    assert f"{folder}: not a regular file (a folder)" in lines
    assert "Traceback" not in result.stderr
    assert "not in the library" in result.stdout  # the good file is still checked


# VmHWM, not getrusage's ru_maxrss: Linux keeps ru_maxrss across execve, so
# a child started from a large pytest process would report the parent's peak.
_MEASURE = """
import sys
from reader import cli
code = cli.main(sys.argv[1:])
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(peak, file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize("name", ["big.txt", "big.json"])
def test_verify_of_a_huge_sparse_file_stays_small(tmp_path, name):
    """A 2 GB sparse file peaked at 2.1 GB: now refused on its size, unread."""
    big = tmp_path / name
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, "--db", str(tmp_path / "l.sqlite3"), "verify", str(big)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    *messages, peak_kb = result.stderr.splitlines()
    assert messages == [
        f"{big}: the file is larger than 32 MB: not an article dump"
        if name.endswith(".txt")
        else f"{big}: the file is too large to be a feed"
    ]
    assert int(peak_kb) < 150 * 1024, f"peak {int(peak_kb) // 1024} MB"


# -- notes as Markdown -------------------------------------------------------------

MD_TITLE = (
    '<img src="http://tracker.example/t.gif"> [x](javascript:alert(1)) <script>alert(2)</script>'
)
MD_QUOTE = "![pixel](http://tracker.example/p.gif) and [click](javascript:alert(3))"
MD_NOTE = (
    "<img src=http://tracker.example/n.gif onerror=alert(4)>\n"
    "[source](http://tracker.example/s) <http://tracker.example/a> www.tracker.example\n"
    "- a list? 1. a number? # a heading? &lt;b&gt; `code` **bold**"
)
ARTICLE_URL = "https://news.example/story?id=1"


def _rendered_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    # CommonMark with raw HTML on, as most viewers render it; tables and strikethrough too.
    return (
        MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    )


def _check_harmless(html: str) -> None:
    import re

    assert "<img" not in html and "<script" not in html and "<a " in html
    addresses = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert addresses == [ARTICLE_URL.replace("&", "&amp;")], addresses
    assert "javascript:" not in " ".join(re.findall(r"<[^>]*>", html))


def test_notes_markdown_escapes_everything_from_articles_and_notes(tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    with Store.open(db) as store:
        source = store.source_id("hostile", title="Feed <img src=http://tracker.example/f.gif>")
        store.add_articles(
            source,
            [
                NewArticle(
                    title=MD_TITLE,
                    url=ARTICLE_URL,
                    published=None,
                    html=f"<p>Before {MD_QUOTE} after</p>",
                    text=f"Before {MD_QUOTE} after",
                ),
                NewArticle(
                    title="[link](javascript:alert(5))",
                    url="javascript:alert(6)",
                    published=None,
                    html="<p>Plain</p>",
                    text="Plain",
                ),
            ],
        )
        ids = [s.id for s in store.list_articles(ArticleQuery(), limit=10)]
    assert (
        cli.main(["--db", db, "note", str(min(ids)), "--quote", MD_QUOTE, "--text", MD_NOTE]) == 0
    )
    assert cli.main(["--db", db, "notes", *map(str, sorted(ids)), "--markdown"]) == 0
    markdown, err = capsys.readouterr()
    assert not err
    html = _rendered_html(markdown)
    _check_harmless(html)
    # The text is all there, as text.
    assert "&lt;img src=&quot;http://tracker.example/t.gif&quot;&gt;" in html
    assert "[click](javascript:alert(3))" in html
    assert "**bold**" in html and "&amp;lt;b&amp;gt;" in html
    assert "<h2>[link](javascript:alert(5))</h2>" in html


# -- sync: names from a server ---------------------------------------------------------


def test_sync_prints_a_hostile_servers_names_defused(
    tmp_path, capsys, monkeypatch, memory_keyring, httpserver
):
    """A Google Reader API server of our own whose subscription and item titles
    carry terminal escapes: `sync`, `sources` and `list` show them as escapes."""
    api = "/api/greader.php"
    item = {
        "id": "tag:google.com,2005:reader/item/000000000000001a",
        "title": f"Item {HOSTILE}",
        "published": 1_689_686_101,
        "canonical": [{"href": "https://hostile.example/1"}],
        "summary": {"content": f"<p>Body {HOSTILE}</p>"},
        "origin": {"streamId": "feed/1", "title": f"Origin {HOSTILE}"},
        "categories": [],
    }
    answers = {
        "/accounts/ClientLogin": "SID=s\nLSID=l\nAuth=token\n",
        "/reader/api/0/token": "actiontoken",
        "/reader/api/0/subscription/list": json.dumps(
            {
                "subscriptions": [
                    {
                        "id": "feed/1",
                        "title": f"Sub {HOSTILE}\u202e",
                        "url": "https://hostile.example/feed",
                        "categories": [],
                    }
                ]
            }
        ),
        "/reader/api/0/tag/list": json.dumps({"tags": []}),
        "/reader/api/0/stream/items/contents": json.dumps({"items": [item]}),
    }
    for path, body in answers.items():
        httpserver.expect_request(api + path).respond_with_data(body)

    def ids(request):
        from werkzeug import Response

        stream = request.args.get("s", "")
        refs = [{"id": "26"}] if stream.endswith("reading-list") else []
        return Response(json.dumps({"itemRefs": refs}), content_type="application/json")

    httpserver.expect_request(api + "/reader/api/0/stream/items/ids").respond_with_handler(ids)
    db = str(tmp_path / "library.sqlite3")
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    url = httpserver.url_for(api)
    assert cli.main(["--db", db, "account", "add", "greader", url, "--username", "u",
                     "--password-stdin", "--name", f"Desk{HOSTILE}"]) == 0  # fmt: skip
    capsys.readouterr()
    code = cli.main(["--db", db, "sync", "--no-images"])
    out, err = capsys.readouterr()
    assert code == 0, err
    _raw_free(out + err)
    assert "Sub \\x1b]0;pwned\\x07\\x1b[2J\\u202e" in out
    for argv in (["sources"], ["list"], ["account", "list"]):
        assert cli.main(["--db", db, *argv]) == 0
        out, err = capsys.readouterr()
        _raw_free(out + err)
        assert "\\x1b]0;pwned" in out, argv


def test_a_newline_in_a_title_draws_no_row_of_its_own(library, capsys):
    with Store.open(library) as store:
        source = store.source_id("forger", title="Forged\n      9 *N 2020-01-01 fake")
        store.add_articles(
            source,
            [
                NewArticle(
                    "Real\n      8 *N 2020-01-01 forged row", "https://x.example/", None, "", ""
                )
            ],
        )
    for argv, rows in ((["list"], 2), (["sources"], 2)):
        assert cli.main(["--db", str(library), *argv]) == 0
        out, _ = capsys.readouterr()
        assert len(out.splitlines()) == rows + 1, out  # + the hostile fixture's one
        assert "\\n" in out

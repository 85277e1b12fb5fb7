"""The command line as a package (issue 11): only the window and export-pdf load
Qt, every count reads right, and the modules stay small and strictly typed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.common import plural
from tests.cli.test_cli import run
from tests.conftest import REPO
from tests.support.feedkit import Item, rss20
from tests.support.imagekit import PHOTO

#: What a command of the library must never load: Qt, and the code built on it.
HEAVY = ("PySide6", "shiboken6", "reader.ui", "reader.export", "reader.app")

#: Runs ``python -m reader ARGS...`` as the program does, then writes the
#: heavy modules loaded to FILE, at exit (after ``sys.exit``).
PROBE = f"""
import atexit, runpy, sys
out = sys.argv[1]
def dump():
    with open(out, "w", encoding="utf-8") as f:
        f.write("\\n".join(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))
atexit.register(dump)
sys.argv = ["reader", *sys.argv[2:]]
runpy.run_module("reader", run_name="__main__", alter_sys=True)
"""

#: Commands as scripts run them; ``{db}``, ``{sample}`` and ``{tmp}`` filled in.
QT_FREE = [
    ["list", "--limit", "1"],
    ["list", "--json", "--search", "李强"],
    ["sources"],
    ["sources", "--json"],
    ["show", "1"],
    ["show", "1", "--format", "html"],
    ["show", "1", "--format", "json"],
    ["import", "{sample}"],
    ["mark", "1", "--read", "--star"],
    ["retention", "rfi.fr", "30"],
    ["cache-images", "1"],
    ["add-feed", "http://127.0.0.1:9/other.xml", "--no-fetch"],
    ["refresh", "--no-images"],
    ["remove-feed", "127.0.0.1"],
    ["opml", "export", "-"],
    ["list", "--source", "nowhere"],  # an error, reported without Qt too
]


@pytest.fixture(scope="module")
def small_library(tmp_path_factory, sample_path) -> Path:
    db = tmp_path_factory.mktemp("qt-free") / "library.sqlite3"
    assert run("import", "--db", db, sample_path).returncode == 0
    assert run("add-feed", "--db", db, "http://127.0.0.1:9/feed.xml", "--no-fetch").returncode == 0
    return db


def heavy_modules(args: list[str], db: Path, tmp: Path, sample: Path) -> tuple[int, list[str]]:
    """The exit code of ``python -m reader ARGS --db DB`` and the heavy modules it loaded."""
    copy = tmp / "library.sqlite3"
    shutil.copy(db, copy)
    argv = [a.format(db=copy, sample=sample, tmp=tmp) for a in args]
    report = tmp / "modules.txt"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(report), *argv, "--db", str(copy)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, report.read_text(encoding="utf-8").split()


@pytest.mark.parametrize("args", QT_FREE, ids=" ".join)
def test_library_commands_load_no_qt(args, small_library, tmp_path, sample_path):
    code, loaded = heavy_modules(args, small_library, tmp_path, sample_path)
    assert code in (0, 1), code  # refresh and the unknown source fail, on purpose
    assert loaded == [], f"{' '.join(args)} loaded {loaded}"


def test_the_probe_sees_qt_where_it_is_used(small_library, tmp_path, sample_path):
    """export-pdf needs Qt: were the probe blind, the test above could not fail."""
    args = ["export-pdf", "1", "--output", "{tmp}/out.pdf"]
    code, loaded = heavy_modules(args, small_library, tmp_path, sample_path)
    assert code == 0
    assert "PySide6.QtGui" in loaded and "reader.export.pdf" in loaded
    assert not [m for m in loaded if m.startswith("reader.ui")]  # export is not the window


def test_plural():
    assert plural(1, "article", "articles") == "1 article"
    assert plural(0, "article", "articles") == "0 articles"
    assert plural(2, "older article", "older articles") == "2 older articles"
    assert plural(12_345, "page", "pages") == "12,345 pages"
    assert plural(1_000_000, "child", "children") == "1,000,000 children"


#: A count of one followed by a plural noun, as the CLI used to print ("1 images").
ONE_PLURAL = re.compile(
    r"(?<![\d,.])1 (?:older |new )?(?:articles|files|feeds|images|pages|days|duplicates)\b"
)


def one_article_feed(server) -> str:
    """A feed of one article with one picture, both on the local server."""
    base = server.url_for("")
    item = Item("Alone", f"{base}story/1", f'<p>One.</p><img src="{base}img/one.png">', "urn:1")
    server.expect_request("/feed").respond_with_data(
        rss20([item], site=base), content_type="application/rss+xml"
    )
    server.expect_request("/img/one.png").respond_with_data(PHOTO, content_type="image/png")
    return server.url_for("/feed")


def test_counts_of_one_are_singular(own_server, tmp_path, sample_path):
    """Every command that prints a count, each with a count of one, through the real CLI."""
    url = one_article_feed(own_server)
    db, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    opml = tmp_path / "feeds.opml"
    pdf, pdfs = tmp_path / "one.pdf", tmp_path / "pdfs"
    steps = [
        (["import", "--db", other, sample_path], "Imported 1 article from 1 file in"),
        (["import", "--db", other, sample_path], "0 articles from 1 file in"),
        (["import", "--db", other, sample_path], "s: 1 duplicate, 0 failed."),
        (["add-feed", "--db", db, url, "--no-images"], "Example News: 1 new article."),
        (["cache-images", "--db", db], "The cache holds 1 image ("),
        (["refresh", "--db", db, "--no-images"], "Refreshed 1 feed in"),
        (
            [
                "export-pdf",
                "--db",
                db,
                "--source",
                "Example News",
                "-o",
                pdf,
                "--one-per-article",
                pdfs,
            ],
            f"Exported 1 article (1 page) to {pdf} and 1 file in {pdfs}",
        ),
        (["opml", "export", "--db", db, opml], "Exported 1 feed to"),
        (["opml", "import", "--db", other, opml], "Subscribed to 1 feed from"),
        (["remove-feed", "--db", other, "Example News"], "and its 0 articles."),
        (["retention", "--db", db, "Example News", "1"], "now keeps articles 1 day; 1 older"),
        (["retention", "--db", db, "Example News"], "keeps articles 1 day (starred"),
        (["add-feed", "--db", other, url, "--no-fetch"], "Subscribed to"),
        (["refresh", "--db", other, "--no-images"], "1 new article, 0 unchanged"),
        (["remove-feed", "--db", other, "Example News"], "and its 1 article."),
    ]
    printed = []
    for args, expected in steps:
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert expected in result.stdout, (args, result.stdout)
        printed.append(result.stdout)
    assert not ONE_PLURAL.findall("".join(printed)), "".join(printed)


def test_cli_modules_are_small_and_strictly_typed():
    """Strict typing is checked with the whole program's (tests/test_architecture.py)."""
    for path in sorted((REPO / "reader" / "cli").glob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines < 400, f"{path.name}: {lines} lines; split it"
    one_run = (REPO / "tests" / "test_architecture.py").read_text(encoding="utf-8")
    assert '"--strict", "reader"' in one_run, "the mypy run must cover reader/cli, strictly"

"""``offline-reader export-pdf``, run as a real subprocess like scripts run it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import list_json, run
from tests.conftest import SAMPLE_PARAGRAPHS, SAMPLE_TITLE
from tests.support.cli_runner import run_process
from tests.support.pdf_samples import SCRIPTS, add_script_articles
from tests.support.pdf_tools import pdftotext, squash


@pytest.fixture
def library(db_path, sample_path):
    assert run("import", "--db", db_path, sample_path).returncode == 0
    add_script_articles(db_path)
    return db_path


def test_export_by_id_without_a_display(library, tmp_path):
    """A real process: Qt picks its platform once per process, when the program starts it."""
    [row] = list_json(library, "--search", "李强")
    out = tmp_path / "sample.pdf"
    env = dict.fromkeys(("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    result = run_process("export-pdf", "--db", library, str(row["id"]), "--output", out, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Exported 1 article (1 page) to {out} in ")
    assert result.stderr == ""
    text = squash(pdftotext(out))
    assert squash(SAMPLE_TITLE) in text
    assert all(squash(p) in text for p in SAMPLE_PARAGRAPHS)


def test_export_a_source_or_a_search(library, tmp_path):
    out = tmp_path / "scripts.pdf"
    result = run(
        "export-pdf", "--db", library, "--source", "Scripts", "-o", out, "--page-size", "letter"
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    # Newest first, like the list.
    assert [i.title for i in reader.outline] == [s[1] for s in reversed(SCRIPTS)]
    assert round(float(reader.pages[0].mediabox.width)) == 612

    folder = tmp_path / "each"
    result = run("export-pdf", "--db", library, "--search", "Genève", "--one-per-article", folder)
    assert result.returncode == 0, result.stderr
    assert "to 1 file in" in result.stdout
    [name] = [p.name for p in folder.iterdir()]
    assert name == "2024-03-05 Négociations à Genève « un règlement rapide » espéré.pdf"


@pytest.mark.parametrize(
    "args",
    [
        ["export-pdf", "-o", "x.pdf"],
        ["export-pdf", "1", "--search", "x", "-o", "x.pdf"],
        ["export-pdf", "1"],
        ["export-pdf", "1", "-o", "x.pdf", "--page-size", "b7"],
        ["export-pdf", "one", "-o", "x.pdf"],
    ],
)
def test_usage_errors_exit_2(db_path, tmp_path, args):
    result = run(*args, "--db", db_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_runtime_errors_exit_1_with_one_line(library, tmp_path):
    missing = run("export-pdf", "--db", library, "1", "424242", "-o", tmp_path / "a.pdf")
    assert missing.returncode == 1
    assert missing.stderr == "offline-reader: no article with id 424242\n"
    assert not (tmp_path / "a.pdf").exists()
    nothing = run("export-pdf", "--db", library, "--search", "不存在的词", "-o", tmp_path / "a.pdf")
    assert nothing.returncode == 1 and "no articles match" in nothing.stderr
    nosource = run("export-pdf", "--db", library, "--source", "nowhere", "-o", tmp_path / "a.pdf")
    assert nosource.returncode == 1 and "no source named 'nowhere'" in nosource.stderr
    bad = run("export-pdf", "--db", library, "1", "-o", tmp_path / "no" / "such" / "a.pdf")
    assert bad.returncode == 1
    assert bad.stderr.startswith("offline-reader: cannot write in ")
    assert "Traceback" not in bad.stderr and len(bad.stderr.splitlines()) == 1

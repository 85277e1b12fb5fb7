"""The research desk's commands, run as real subprocesses: tags, notes, saved searches, verify."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from tests.cli.test_cli import list_json, run
from tests.support.pdf_tools import pdftotext, squash

QUOTE = "全球变暖是"


@pytest.fixture
def library(db_path, sample_path, corpus_factory):
    result = run("import", "--db", db_path, sample_path, corpus_factory(4))
    assert result.returncode == 0, result.stderr
    return db_path


def sample_id(db) -> int:
    [row] = [r for r in list_json(db) if r["title"].startswith("克里与李强")]
    return int(row["id"])


def test_tag_and_list_by_tag(library):
    ids = [str(row["id"]) for row in list_json(library)][:3]
    result = run("tag", "--db", library, *ids, "--add", "Brexit", "--add", "court case")
    assert result.returncode == 0, result.stderr
    assert run("tag", "--db", library, ids[0], "--remove", "BREXIT").returncode == 0
    tagged = list_json(library, "--tag", "brexit")
    assert sorted(str(row["id"]) for row in tagged) == sorted(ids[1:])
    assert all(row["tags"] == ["Brexit", "court case"] for row in tagged)
    assert len(list_json(library, "--tag", "court case")) == 3
    missing = run("tag", "--db", library, ids[0], "999999", "--add", "x")
    assert missing.returncode == 1 and "no article with id 999999" in missing.stderr
    unknown = run("list", "--db", library, "--tag", "nope")
    assert unknown.returncode == 1 and "no tag named 'nope'" in unknown.stderr
    shown = json.loads(run("show", "--db", library, ids[1], "--format", "json").stdout)
    assert shown["tags"] == ["Brexit", "court case"]
    tags = [
        json.loads(line)
        for line in run("tags", "--db", library, "--json").stdout.split("\n")
        if line
    ]
    assert {t["name"]: t["articles"] for t in tags} == {"Brexit": 2, "court case": 3, "x": 1}


def test_note_notes_and_markdown(library):
    article = str(sample_id(library))
    result = run("note", "--db", library, article, "--quote", QUOTE, "--text", "Kerry, on record")
    assert result.returncode == 0, result.stderr
    absent = run("note", "--db", library, article, "--quote", "words that are not there")
    assert absent.returncode == 1
    assert "the quote is not in the article" in absent.stderr
    assert run("note", "--db", library, "999999", "--quote", "x").returncode == 1
    [note] = [
        json.loads(line)
        for line in run("notes", "--db", library, article, "--json").stdout.splitlines()
    ]
    assert (note["quote"], note["note"]) == (QUOTE, "Kerry, on record")
    markdown = run("notes", "--db", library, article, "--markdown").stdout
    assert f"> {QUOTE}\n\nKerry, on record\n" in markdown
    assert markdown.startswith("# Highlights and notes\n\n## 克里与李强")
    shown = json.loads(run("show", "--db", library, article, "--format", "json").stdout)
    assert shown["highlights"][0]["quote"] == QUOTE


def test_saved_searches(library):
    assert run("saved-search", "--db", library, "add", "Li Qiang", "李强").returncode == 0
    [saved] = [
        json.loads(line)
        for line in run("saved-search", "--db", library, "list", "--json").stdout.splitlines()
    ]
    assert saved["name"] == "Li Qiang" and saved["query"] == "李强"
    assert saved["articles"] == len(list_json(library, "--search", "李强")) >= 1
    assert list_json(library, "--saved", "li qiang") == list_json(library, "--search", "李强")
    assert run("saved-search", "--db", library, "remove", "Li Qiang").returncode == 0
    gone = run("saved-search", "--db", library, "remove", "Li Qiang")
    assert gone.returncode == 1 and "no saved search called Li Qiang" in gone.stderr
    assert run("list", "--db", library, "--saved", "Li Qiang").returncode == 1


def test_provenance_in_show_json_and_verify(library, sample_path, tmp_path):
    article = str(sample_id(library))
    shown = json.loads(run("show", "--db", library, article, "--format", "json").stdout)
    proof = shown["provenance"]
    summed = subprocess.run(["sha256sum", str(sample_path)], capture_output=True, text=True)
    assert proof["sha256"] == summed.stdout.split()[0]
    assert proof["origin"] == sample_path.name and proof["path"] == str(sample_path.resolve())
    assert proof["captured_at"].endswith("Z") and proof["recorded"] is True

    good = run("verify", "--db", library, sample_path)
    assert good.returncode == 0, good.stderr
    assert "unchanged" in good.stdout and proof["sha256"] in good.stdout

    altered = tmp_path / "altered.txt"
    altered.write_bytes(sample_path.read_bytes().replace("李强".encode(), "李鹏".encode(), 1))
    stranger = tmp_path / "stranger.txt"
    stranger.write_text("<!--1689686101000-->\n[Other](https://other.example/x)\n---\n\n<p>x</p>\n")
    bad = run("verify", "--db", library, sample_path, altered, stranger)
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert lines[0].endswith(f"unchanged (article {article}, sha256 {proof['sha256']})")
    assert f"changed: article {article} has this URL" in lines[1]
    assert hashlib.sha256(altered.read_bytes()).hexdigest() in lines[1]
    assert "not in the library" in lines[2]
    missing = run("verify", "--db", library, tmp_path / "nope.txt")
    assert missing.returncode == 1 and "nope.txt: cannot be read" in missing.stderr


def test_export_pdf_with_notes_and_provenance(library, sample_path, tmp_path):
    article = str(sample_id(library))
    assert (
        run(
            "note", "--db", library, article, "--quote", QUOTE, "--text", "Kerry, on record"
        ).returncode
        == 0
    )
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert run("export-pdf", "--db", library, article, "-o", plain).returncode == 0
    result = run("export-pdf", "--db", library, article, "-o", noted, "--with-notes")
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    without, with_notes = squash(pdftotext(plain)), squash(pdftotext(noted))
    for text in (without, with_notes):
        assert "Provenance" in text and digest in text and sample_path.name in text
    assert "Kerry, on record" not in without
    assert "Highlightsandnotes" in with_notes and "Kerry,onrecord" in with_notes


def test_an_upgraded_library_says_provenance_was_not_recorded(tmp_path):
    import shutil
    from pathlib import Path

    library = tmp_path / "library.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "library-v1.sqlite", library)
    shown = json.loads(run("show", "--db", library, "1", "--format", "json").stdout)
    assert shown["read"] is True  # article 1 was read before the upgrade
    assert shown["provenance"] == {
        "recorded": False,
        "captured_at": None,
        "origin": None,
        "sha256": None,
    }
    assert run("tag", "--db", library, "1", "2", "--add", "kept").returncode == 0
    assert [row["id"] for row in list_json(library, "--tag", "kept", "--starred")] == [2]

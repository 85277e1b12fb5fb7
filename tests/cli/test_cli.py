"""The command line contract, as scripts run it (in this process: tests/support/cli_runner.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_PARAGRAPHS, SAMPLE_TITLE  # noqa: F401 (REPO: re-exported)
from tests.support.cli_runner import run_cli


def run(
    *args: str | Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env, stdin=stdin)


def list_json(db: Path, *args: str) -> list[dict]:
    result = run("list", "--db", db, "--json", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_sample_end_to_end(db_path, sample_path):
    result = run("import", "--db", db_path, sample_path)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 article" in result.stdout
    [row] = list_json(db_path)
    assert row["title"] == SAMPLE_TITLE
    assert row["source"] == "rfi.fr"
    assert row["published"] == "2023-07-18T13:15:01Z"
    assert row["url"].startswith("https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20230718-")
    assert row["read"] is False and row["starred"] is False

    text = run("show", "--db", db_path, str(row["id"]), "--format", "text")
    assert text.returncode == 0, text.stderr
    for paragraph in SAMPLE_PARAGRAPHS:
        assert paragraph in text.stdout
    for junk in ("分享", "facebook", "whatsapp", "twitter", "rfi.my", "feedx", "获取更多RSS"):
        assert junk not in text.stdout

    html = run("show", "--db", db_path, str(row["id"]), "--format", "html").stdout
    for junk in ("facebook.com", "whatsapp", "twitter.com", "feedx", "share-button", "<script"):
        assert junk not in html
    assert SAMPLE_TITLE in html

    data = json.loads(run("show", "--db", db_path, str(row["id"]), "--format", "json").stdout)
    assert data["title"] == SAMPLE_TITLE and "李强" in data["text"]

    [found] = list_json(db_path, "--search", "李强")
    assert found["id"] == row["id"]
    assert list_json(db_path, "--search", "李强", "--source", "RFI") == [found]
    assert list_json(db_path, "--search", "不存在的词") == []

    sources = run("sources", "--db", db_path, "--json")
    [source] = [json.loads(line) for line in sources.stdout.splitlines()]
    assert (source["name"], source["title"], source["articles"], source["unread"]) == (
        "rfi.fr",
        "RFI",
        1,
        1,
    )


def test_reimport_adds_nothing_and_mark(db_path, corpus_factory, sample_path):
    corpus = corpus_factory(60)
    first = run("import", "--db", db_path, corpus, sample_path)
    assert first.returncode == 0, first.stderr
    assert "Imported 61 articles" in first.stdout
    again = run("import", "--db", db_path, corpus)
    assert again.returncode == 0
    assert "Imported 0 articles from 60 files" in again.stdout
    assert "60 duplicates" in again.stdout
    rows = list_json(db_path)
    assert len(rows) == 61
    ids = [str(r["id"]) for r in rows[:3]]
    assert run("mark", "--db", db_path, *ids, "--read", "--star").returncode == 0
    assert len(list_json(db_path, "--starred")) == 3
    assert len(list_json(db_path, "--unread")) == 58
    assert len(list_json(db_path, "--limit", "5")) == 5
    assert run("mark", "--db", db_path, ids[0], "--unstar").returncode == 0
    assert len(list_json(db_path, "--starred")) == 2
    missing = run("mark", "--db", db_path, "999999", "--read")
    assert missing.returncode == 1 and "no article with id 999999" in missing.stderr


def test_bad_files_are_named_and_the_rest_imported(db_path, tmp_path, sample_path):
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.txt").write_bytes(sample_path.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "notes.txt").write_text("just some notes\nnothing else\n")
    (folder / "ignored.jpg").write_bytes(b"\xff\xd8\xff")
    result = run("import", "--db", db_path, folder, tmp_path / "nope.txt")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = dict(line.split(": ", 1) for line in result.stderr.splitlines())
    assert set(errors) == {
        str(folder / "empty.txt"),
        str(folder / "binary.txt"),
        str(folder / "notes.txt"),
        str(tmp_path / "nope.txt"),
    }
    assert "empty" in errors[str(folder / "empty.txt")]
    assert "binary" in errors[str(folder / "binary.txt")]
    assert "not a saved article" in errors[str(folder / "notes.txt")]
    assert "no such file" in errors[str(tmp_path / "nope.txt")]
    assert len(list_json(db_path)) == 1


def test_source_option_and_default_db(tmp_path, sample_path):
    env = {"OFFLINE_READER_DB": str(tmp_path / "lib" / "x.sqlite3")}
    assert run("import", "--source", "Court notes", sample_path, env=env).returncode == 0
    result = run("list", "--json", env=env)
    assert json.loads(result.stdout)["source"] == "Court notes"
    assert (tmp_path / "lib" / "x.sqlite3").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["list", "--limit", "0"],
        ["list", "--limit", "x"],
        ["show"],
        ["mark", "1"],
        ["show", "abc"],
        ["frobnicate"],
        ["mark", "1", "--read", "--unread"],
    ],
)
def test_usage_errors_exit_2(db_path, args):
    result = run(*args, "--db", db_path) if args[0] != "frobnicate" else run(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


def test_runtime_errors_are_one_line(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    result = run("list", "--db", junk)
    assert result.returncode == 1
    assert result.stderr.startswith(f"offline-reader: {junk}")
    assert "Traceback" not in result.stderr
    missing = run("show", "--db", tmp_path / "new.sqlite3", "42")
    assert missing.returncode == 1 and "no article with id 42" in missing.stderr
    nosource = run("list", "--db", tmp_path / "new.sqlite3", "--source", "nowhere")
    assert nosource.returncode == 1 and "no source named 'nowhere'" in nosource.stderr


def test_retention_is_the_users_choice_per_source(db_path, corpus_factory):
    assert run("import", "--db", db_path, "--source", "Old", corpus_factory(12)).returncode == 0
    rows = list_json(db_path)
    assert run("mark", "--db", db_path, str(rows[0]["id"]), "--star").returncode == 0
    shown = run("retention", "--db", db_path, "Old")
    assert shown.stdout.strip() == "Old keeps everything."
    result = run("retention", "--db", db_path, "Old", "30")
    assert result.returncode == 0, result.stderr
    assert "now keeps articles 30 days; 11 older articles deleted" in result.stdout
    assert [r["id"] for r in list_json(db_path)] == [rows[0]["id"]]  # starred ones stay
    assert "keeps articles 30 days" in run("retention", "--db", db_path, "Old").stdout
    assert run("retention", "--db", db_path, "Old", "all").returncode == 0
    assert run("retention", "--db", db_path, "Old").stdout.strip() == "Old keeps everything."
    assert run("retention", "--db", db_path, "Old", "soon").returncode == 2
    assert run("retention", "--db", db_path, "Old", "0").returncode == 1
    assert run("retention", "--db", db_path, "Nowhere").returncode == 1


def test_an_outdated_search_index_is_announced_then_rebuilt(db_path, sample_path):
    import sqlite3

    assert run("import", "--db", db_path, sample_path).returncode == 0
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("UPDATE meta SET value = '1' WHERE key = 'search_index'")
    db.close()
    result = run("list", "--db", db_path, "--search", "李强", "--json")
    assert result.returncode == 0
    assert "updating the search index" in result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == [SAMPLE_TITLE]
    again = run("list", "--db", db_path, "--search", "李强", "--json")
    assert again.stderr == "" and again.stdout == result.stdout

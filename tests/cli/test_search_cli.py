"""Searching from the command line: operators, the order, Chinese in both scripts, and a
library written before the search index changed (the v1 test library)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.cli.test_cli import list_json, run

V1 = Path(__file__).resolve().parents[1] / "data" / "library-v1.sqlite"


def test_operators_order_and_scripts_on_an_upgraded_library(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    shutil.copy(V1, db)
    before = sqlite3.connect(db)
    (total,) = before.execute("SELECT count(*) FROM articles").fetchone()
    before.close()
    # The index of version 2 is rebuilt (with its new rowids and folding) on opening.
    every = list_json(db)
    assert len(every) == total
    simplified = list_json(db, "--search", "李强")
    assert simplified and list_json(db, "--search", "李強") == simplified
    assert list_json(db, "--search", "記者") == list_json(db, "--search", "记者")
    unread = list_json(db, "--search", "is:unread")
    assert {row["id"] for row in unread} == {row["id"] for row in every if not row["read"]}
    starred = list_json(db, "--search", "is:starred")
    assert [row["starred"] for row in starred] == [True]
    rfi = list_json(db, "--search", "source:rfi")
    assert rfi and all(row["source"] == "rfi.fr" for row in rfi)
    dated = list_json(db, "--search", "after:2023-07-18 before:2023-07-19")
    assert dated and all(row["published"].startswith("2023-07-18") for row in dated)
    newest = list_json(db, "--search", "climat")
    relevant = list_json(db, "--search", "climat", "--sort", "relevance")
    assert sorted(r["id"] for r in newest) == sorted(r["id"] for r in relevant)
    assert (
        list_json(db, "--search", "climat", "--sort", "relevance", "--limit", "2") == (relevant[:2])
    )
    # Nothing else changed: the read and starred flags came through.
    assert [r["id"] for r in every if r["read"]] == [1]
    assert [r["id"] for r in every if r["starred"]] == [2]


def test_a_bad_sort_is_a_usage_error(tmp_path: Path) -> None:
    result = run("list", "--db", tmp_path / "x.sqlite3", "--sort", "best")
    assert result.returncode == 2 and "--sort" in result.stderr

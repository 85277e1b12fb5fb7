"""Imports leave nothing behind and still take turns (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from reader.core.dumps import importer
from reader.core.library import Store
from tests.conftest import REPO
from tests.support.cli_runner import run_cli as run_in_process


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_in_process(*args)


def test_an_import_leaves_nothing_beside_the_library(tmp_path, corpus_factory):
    corpus = corpus_factory(120)  # more than the inline limit: worker processes
    folder = tmp_path / "lib"
    result = run_cli("import", "--db", folder / "library.sqlite3", corpus)
    assert result.returncode == 0, result.stderr
    assert "Imported 120 articles" in result.stdout
    assert sorted(os.listdir(folder)) == ["library.sqlite3"]


def test_two_imports_into_one_library_take_turns(tmp_path, corpus_factory):
    db = tmp_path / "library.sqlite3"
    with Store.open(db):
        pass
    first, second = corpus_factory(120, seed=11), corpus_factory(120, seed=12)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", "import", "--db", str(db), str(corpus)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for corpus in (first, second)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with Store.open(db) as store:
        assert store.count() == 240
    assert sorted(os.listdir(tmp_path)) == ["library.sqlite3"]


_HOLD_TURN = """
import sys, time
from reader.core.dumps.importer import _write_turn
from reader.core.library import Store
with Store.open(sys.argv[1]) as store, _write_turn(store.path):
    print("held", flush=True)
    time.sleep(1.0)
"""


def test_a_write_turn_waits_for_another_process(tmp_path):
    db = tmp_path / "library.sqlite3"
    with Store.open(db) as store:
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD_TURN, str(db)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        started = time.monotonic()
        with importer._write_turn(store.path):
            waited = time.monotonic() - started
        holder.wait(timeout=30)
    assert waited > 0.5
    assert sorted(os.listdir(tmp_path)) == ["library.sqlite3"]

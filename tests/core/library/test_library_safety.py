"""The library's safety: foreign files left alone, backups, damage found and contained.

Through the real CLI on real files, as a journalist's terminal would run it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from reader.core.library import Store, backup, schema
from tests.cli.test_cli import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_db(path: Path, *, wal: bool = False) -> Path:
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    db.execute("INSERT INTO contacts VALUES ('source A', '+33 1 23 45 67 89')")
    db.commit()
    db.close()
    return path


def newer_library(path: Path) -> Path:
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.execute("PRAGMA journal_mode = DELETE")  # as a newer program might leave it
    db.close()
    return path


def damaged_header(path: Path) -> Path:
    foreign_db(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # the table list of page 1
    path.write_bytes(bytes(data))
    return path


def not_sqlite(path: Path) -> Path:
    path.write_text("Notes from the hearing, not a database.\n" * 50, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (foreign_db, "another program"),
        (lambda p: foreign_db(p, wal=True), "another program"),
        (damaged_header, "damaged"),
        (not_sqlite, "not an SQLite database"),
        (newer_library, "newer Offline Reader"),
    ],
    ids=["foreign", "foreign-wal", "damaged", "text", "newer"],
)
@pytest.mark.parametrize("command", [["list"], ["mark", "1", "--read"], ["import"]])
def test_a_refused_file_is_left_byte_for_byte(tmp_path, make, reason, command, sample_path):
    path = make(tmp_path / "their.db")
    before = digest(path)
    args = [*command, sample_path] if command == ["import"] else command
    result = run("--db", path, *args)
    assert result.returncode == 1
    assert str(path) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["their.db"]  # no -wal, -shm, backups


def test_an_empty_file_becomes_a_library(tmp_path, sample_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert run("import", "--db", path, sample_path).returncode == 0
    assert Store.open(path).count() == 1


# -- backups ---------------------------------------------------------------------------


def test_backup_command_makes_lists_and_keeps_the_newest(db_path, sample_path):
    assert run("import", "--db", db_path, sample_path).returncode == 0
    made = run("backup", "--db", db_path)
    assert made.returncode == 0, made.stderr
    [first] = backup.list_backups(db_path)
    assert first.path.parent == db_path.parent / "backups"
    assert first.path.name.startswith("library-") and first.path.suffix == ".sqlite3"
    assert str(first.path) in made.stdout
    # The copy is a library of its own, with the article, and no -wal beside it.
    with Store.open(first.path) as copy:
        assert copy.count() == 1
    # Older backups (renamed as if made on earlier days) go beyond the newest N.
    for days in range(1, 5):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y-%m-%dT%H%M")
        (first.path.parent / f"library-{stamp}.sqlite3").write_bytes(first.path.read_bytes())
    assert len(backup.list_backups(db_path)) == 5
    assert run("backup", "--db", db_path, "--keep", "2").returncode == 0
    kept = backup.list_backups(db_path)
    assert len(kept) == 2 and kept[0].path == first.path
    listed = run("backup", "--list", "--db", db_path)
    assert listed.returncode == 0
    assert [line.split()[-1] for line in listed.stdout.splitlines()] == [str(b.path) for b in kept]


def test_a_migration_backs_up_the_library_first(db_path, monkeypatch):
    with Store.open(db_path) as store:
        store.add_articles(store.source_id("notes"), [])
    monkeypatch.setattr(schema, "VERSION", schema.VERSION + 1)
    seen: list[int] = []

    def migrate(db: sqlite3.Connection) -> None:
        [made] = backup.list_backups(db_path)
        seen.append(sqlite3.connect(made.path).execute("PRAGMA user_version").fetchone()[0])
        db.execute("ALTER TABLE sources ADD COLUMN colour TEXT")

    monkeypatch.setitem(schema.MIGRATIONS, schema.VERSION - 1, migrate)
    Store.open(db_path).close()
    assert seen == [schema.VERSION - 1]  # the backup holds the library before the step


def test_a_damaged_library_never_replaces_a_good_backup(tmp_path, corpus_factory):
    path = tmp_path / "library.sqlite3"
    assert run("import", "--db", path, corpus_factory(300)).returncode == 0
    assert run("backup", "--db", path).returncode == 0
    [good] = backup.list_backups(path)
    good_digest = digest(good.path)
    damage_middle(path)
    later = datetime.now() + timedelta(days=1)
    with pytest.raises(backup.DamagedLibraryError, match="damaged"):
        backup.make_backup(path, now=later)
    assert [b.path for b in backup.list_backups(path)] == [good.path]
    assert digest(good.path) == good_digest
    assert backup.newest_good(path) == good


# -- damage inside the file ---------------------------------------------------------------


def damage_middle(path: Path) -> None:
    """4 KB of garbage in the middle of the file, as a failing disk or a bad sync leaves.

    On the first page in use from the middle on: a free page (an import
    leaves a few, where the search index merged) holds nothing a check could
    find damaged, and the layout of an import varies from run to run.
    """
    with Store.open(path) as store:
        store.checkpoint(truncate=True)
        page_size = int(store._value("PRAGMA page_size"))
        middle = path.stat().st_size // 2 // page_size + 1
        try:
            used = store._value("SELECT min(pageno) FROM dbstat WHERE pageno >= ?", (middle,))
        except sqlite3.Error:  # an SQLite built without dbstat: the middle, as it comes
            used = None
    page = int(used) if used is not None else middle
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(os.urandom(4096))


@pytest.fixture(scope="module")
def five_mb_library(tmp_path_factory, corpus_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "library.sqlite3"
    assert run("import", "--db", path, corpus_factory(600)).returncode == 0
    assert path.stat().st_size > 2_000_000  # bodies are compressed: 4 KB an article
    return path


def test_check_finds_damage_in_the_middle_and_writes_stop(tmp_path, five_mb_library):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(five_mb_library.read_bytes())
    assert run("backup", "--db", path).returncode == 0
    sound = run("check", "--db", path)
    assert sound.returncode == 0 and "no damage" in sound.stdout
    damage_middle(path)

    found = run("check", "--db", path)
    assert found.returncode == 1
    assert f"{path}: the library is damaged" in found.stderr
    [good] = backup.list_backups(path)
    assert str(good.path) in found.stderr  # the way back is offered
    assert "Traceback" not in found.stderr

    damaged = digest(path)
    for command in (["mark", "1", "--read"], ["retention", "1", "30"], ["backup"]):
        refused = run(*command, "--db", path)
        assert refused.returncode == 1, command
        assert "damaged" in refused.stderr and str(path) in refused.stderr, command
        assert "Traceback" not in refused.stderr
    assert digest(path) == damaged
    assert backup.list_backups(path) == [good]

    # The backup, copied to a new name, is a sound library with every article.
    restored = backup.restore_copy(good.path, path)
    assert run("check", "--db", restored).returncode == 0
    assert run("mark", "1", "--read", "--db", restored).returncode == 0


def test_the_daily_check_is_throttled(tmp_path, sample_path):
    path = tmp_path / "library.sqlite3"
    assert run("import", "--db", path, sample_path).returncode == 0
    assert backup.check_due(path)
    assert backup.check_library(path) is None
    assert not backup.check_due(path)
    assert backup.check_due(path, now=backup.last_check(path) + backup.DAY)  # type: ignore[operator]

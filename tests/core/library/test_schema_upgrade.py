"""A library brought forward from schema 1 must be the library a new one is.

Each feature added its tables twice, once in the fresh schema and once in
its migration; if the two drift, an upgraded library behaves differently
from a new one in ways no feature test sees.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from reader.core.library import Store, schema

V1 = Path(__file__).parents[2] / "data" / "library-v1.sqlite"


def _shape(path: Path) -> dict[str, object]:
    db = sqlite3.connect(path)
    try:
        objects = db.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'article_search_%' ORDER BY type, name"
        ).fetchall()
        columns = {
            name: sorted(
                (row[1], row[2].upper(), row[3], row[5])
                for row in db.execute(f"PRAGMA table_info({name})")
            )
            for kind, name in objects
            if kind == "table" and name != "article_search"
        }
        return {"objects": objects, "columns": columns}
    finally:
        db.close()


def test_an_upgraded_library_has_the_new_schema(tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(V1, old)
    with Store.open(old) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    new = tmp_path / "new.sqlite"
    with Store.open(new):
        pass
    assert _shape(old) == _shape(new)


def test_each_migration_says_which_step_it_takes():
    """A migration's docstring names its own step ("Schema 4 → 5: ..."), so a
    reader of one module knows where it sits without counting the table."""
    import re

    from reader.core.library import schema

    for step, migrate in sorted(schema.MIGRATIONS.items()):
        doc = migrate.__doc__ or ""
        found = re.match(r"\s*Schema (\d+) → (\d+):", doc)
        assert found, f"{migrate.__module__}.migrate has no 'Schema N → N+1:' line"
        assert (int(found[1]), int(found[2])) == (step, step + 1), (
            f"{migrate.__module__}.migrate says {found[0].strip()} but takes {step} → {step + 1}"
        )

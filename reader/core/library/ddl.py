"""Running DDL scripts inside the caller's transaction.

A leaf every schema module uses: ``sqlite3.executescript`` commits first,
which would break the one-transaction-per-migration rule of
:mod:`reader.core.library.schema`, and a naive ``split(";")`` breaks on a
semicolon inside a trigger body or a string. ``sqlite3.complete_statement``
knows where a statement really ends.
"""

from __future__ import annotations

import sqlite3

__all__ = ["run_script", "statements"]


def statements(script: str) -> list[str]:
    """The complete statements of ``script``, comment lines left out."""
    found, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    return [s for s in found if s]


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run every statement of ``script`` in the caller's transaction."""
    for statement in statements(script):
        db.execute(statement)

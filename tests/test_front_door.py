"""The library package has one front door (issue 27).

``reader.core.library`` exports what callers need; its submodules are the
store's own parts and may be rearranged freely. A module outside the package
that reaches ``reader.core.library.<submodule>`` pins that arrangement, so
this test forbids it (tests may still reach inside, to test the parts).
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIBRARY = REPO / "reader" / "core" / "library"
#: Submodules the package exports whole, as a namespace of its own (``backup.check_library``).
_NAMESPACES = {"backup"}


def _inner_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("reader.core.library."):
                found.append(f"{node.lineno}: from {node.module} import ...")
            elif node.module == "reader.core.library":
                found += [
                    f"{node.lineno}: from reader.core.library import {a.name} (a module)"
                    for a in node.names
                    if (LIBRARY / f"{a.name}.py").exists() and a.name not in _NAMESPACES
                ]
        elif isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {a.name}"
                for a in node.names
                if a.name.startswith("reader.core.library.")
            ]
    return found


def test_nothing_outside_the_library_imports_its_submodules():
    offenders = {
        str(path.relative_to(REPO)): found
        for path in sorted((REPO / "reader").rglob("*.py"))
        if LIBRARY not in path.parents and (found := _inner_imports(path))
    }
    assert offenders == {}, "import these from reader.core.library instead: " + repr(offenders)


def test_the_check_catches_a_submodule_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from reader.core.library.accounts import Account\n"
        "from reader.core.library import store\n"
        "from reader.core.library import Store\n"
        "from reader.core.library import backup\n",  # exported whole, a namespace
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in _inner_imports(module)] == ["1", "2"]

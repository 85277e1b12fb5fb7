"""The floors of ``reader/core``: every import goes down or stays on its floor (issue 27).

A package may use what lies below it, never what lies above: the network
client knows nothing of feeds, rendering nothing of the picture cache.
Every import counts here, late ones and ``TYPE_CHECKING`` ones too: a late
import is still a dependency, only hidden. The README's Layout lists the
same floors.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORE = REPO / "reader" / "core"

#: Lowest first. A module or package of ``reader/core`` on floor N imports
#: only from floors 0..N (its own package included).
FLOORS: tuple[frozenset[str], ...] = (
    # leaves: the exception tree, the data classes, small helpers
    frozenset({"errors", "models", "hashing", "terminal", "resources", "platform", "licences"}),
    frozenset({"workers"}),  # worker processes that die with their parent
    frozenset({"content"}),  # cleaning, sanitizing, rendering an article
    frozenset({"library"}),  # the SQLite library
    frozenset({"net"}),  # the one way out (reads its route from the library)
    frozenset({"images", "tasks"}),  # the picture cache; a long task's options
    frozenset({"evidence"}),  # exchanges kept as WARC records
    frozenset({"fulltext"}),  # full articles from web pages
    frozenset({"capture"}),  # saved pages, WACZ, verify of a web archive
    frozenset({"feeds"}),  # feeds: parsing, discovery, refresh, OPML
    frozenset({"dumps", "sync"}),  # dump files (a saved feed among them); sync accounts
    frozenset({"research_text", "readlater"}),  # notes, provenance, verify; read-later files
)


def floor_of(name: str) -> int:
    for number, names in enumerate(FLOORS):
        if name in names:
            return number
    raise AssertionError(f"reader/core/{name} has no floor: add it to FLOORS and the README")


def core_imports(path: Path) -> set[str]:
    """The ``reader.core`` packages or modules ``path`` imports, anywhere in it."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("reader.core."):
                found.add(node.module.split(".")[2])
            elif node.module == "reader.core":
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(
                a.name.split(".")[2] for a in node.names if a.name.startswith("reader.core.")
            )
    return found


def test_every_core_import_goes_down_or_stays_on_its_floor():
    upward = []
    for path in sorted(CORE.rglob("*.py")):
        parts = path.relative_to(CORE).parts
        if parts == ("__init__.py",):
            continue
        me = parts[0].removesuffix(".py")
        for other in core_imports(path) - {me}:
            if floor_of(other) > floor_of(me):
                upward.append(f"{path.relative_to(REPO)} imports {other} (floor {floor_of(other)}"
                              f" above {me}'s {floor_of(me)})")  # fmt: skip
    assert upward == []


def test_every_core_package_has_a_floor_and_the_readme_lists_them():
    names = {p.name.removesuffix(".py") for p in CORE.iterdir()} - {"__init__", "__pycache__"}
    for name in names:
        floor_of(name)
    layout = (REPO / "README.md").read_text(encoding="utf-8").split("## Layout", 1)[1]
    for floor in FLOORS:
        for name in floor:
            assert name in layout, f"the README's Layout does not name {name}"


def test_an_upward_import_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def late():\n    from reader.core.feeds.parse import x\n", encoding="utf-8")
    assert core_imports(module) == {"feeds"}
    assert floor_of("feeds") > floor_of("content")

"""No import circles between the program's modules.

A circle works only as long as every module in it reaches the others' names
late; one ``from x import name`` run before ``x`` has defined ``name`` and the
import fails, or not, depending on which module the program happened to
import first. Imports inside functions run later and do not count; nor do
those under ``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def module_names(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root`` by its dotted name."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _run_at_import(body: list[ast.stmt], typing: bool = False) -> list[ast.stmt]:
    """The statements of ``body`` that importing the module runs, blocks opened.

    With ``typing``, the ``if TYPE_CHECKING:`` blocks count too: a circle the
    type checker sees is still a floor running the wrong way, one refactor
    away from a real one.
    """
    found: list[ast.stmt] = []
    for node in body:
        found.append(node)
        if isinstance(node, ast.If):
            if typing or not _is_type_checking(node.test):
                found += _run_at_import(node.body, typing)
            found += _run_at_import(node.orelse, typing)
        elif isinstance(node, ast.Try | ast.TryStar):
            for block in (node.body, node.orelse, node.finalbody):
                found += _run_at_import(block, typing)
            for handler in node.handlers:
                found += _run_at_import(handler.body, typing)
        elif isinstance(node, ast.With | ast.ClassDef | ast.For | ast.While):
            found += _run_at_import(node.body, typing)
    return found


def imports_at_load(
    name: str, path: Path, modules: dict[str, Path], typing: bool = False
) -> set[str]:
    """The modules among ``modules`` that importing ``name`` imports itself."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    targets: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in _run_at_import(tree.body, typing):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    targets.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules:
                    targets.add(submodule)
                elif base in modules:
                    targets.add(base)
    targets.discard(name)
    return targets


def import_circles(root: Path, typing: bool = False) -> list[list[str]]:
    """Each set of modules that import one another in a circle (Tarjan's components)."""
    modules = module_names(root)
    graph = {
        name: sorted(imports_at_load(name, path, modules, typing)) for name, path in modules.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for name in graph:
        if name not in index:
            visit(name)
    return sorted(circles)


def test_the_program_has_no_import_circle():
    circles = import_circles(REPO / "reader")
    assert circles == [], "modules that import one another: " + "; ".join(
        " <-> ".join(circle) for circle in circles
    )


def test_no_import_circle_even_for_the_type_checker():
    circles = import_circles(REPO / "reader", typing=True)
    assert circles == [], "modules that import one another: " + "; ".join(
        " <-> ".join(circle) for circle in circles
    )


def test_a_circle_is_found_and_late_imports_are_not_counted(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from pkg.sub import thing\n",
        "sub/__init__.py": "from .deep import thing\n",
        # deep -> pkg (its __init__) -> sub -> deep: a circle through two packages.
        "sub/deep.py": "import pkg\nthing = 1\n",
        "a.py": "try:\n    from pkg import b\nexcept ImportError:\n    b = None\n",
        "b.py": "class B:\n    from pkg.a import b as again\n",
        # Neither of these runs when c is imported.
        "c.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pkg import d\n"
            "def later():\n    from pkg import d\n"
        ),
        "d.py": "from pkg import c\n",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    assert import_circles(package) == [
        ["pkg", "pkg.sub", "pkg.sub.deep"],
        ["pkg.a", "pkg.b"],
    ]
    assert import_circles(package, typing=True) == [
        ["pkg", "pkg.sub", "pkg.sub.deep"],
        ["pkg.a", "pkg.b"],
        ["pkg.c", "pkg.d"],
    ]

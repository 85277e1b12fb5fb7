"""House rules that keep the design honest: a Qt-free core, lint and types."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORE = REPO / "reader" / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_source_imports_no_qt(path):
    bad = {m for m in _imported_modules(path) if m.split(".")[0] in QT_MODULES}
    bad |= {m for m in _imported_modules(path) if m.startswith("reader.ui") or m == "reader.app"}
    assert not bad, f"{path.relative_to(REPO)} imports {sorted(bad)}"


def test_importing_the_core_and_cli_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, reader.core, reader.cli\n"
        "for m in pkgutil.iter_modules(reader.core.__path__):\n"
        "    importlib.import_module('reader.core.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in "
        f"{QT_MODULES!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[test]')")
    return found


def test_ruff_lint_and_format():
    lint = subprocess.run(
        [_tool("ruff"), "check", "reader", "tests"], cwd=REPO, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = subprocess.run(
        [_tool("ruff"), "format", "--check", "reader", "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_on_the_whole_program():
    """The core, the window, export and the CLI, all held to ``--strict``.

    The suite's one mypy run: it covers what the core's and the CLI's own runs
    checked, which took half a minute each.
    """
    result = subprocess.run(
        [_tool("mypy"), "--strict", "reader"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


#: What opens connections. Only reader/core/net/ may import them, so that a
#: proxy, Tor or "never connect directly" applies to every request (issue 23).
NETWORK_MODULES = (
    "urllib3",
    "http.client",
    "socket",
    "ssl",
    "urllib.request",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "socks",
)
#: Qt's network classes: only local sockets (one window per library) are allowed.
QT_NETWORK_ALLOWED = {REPO / "reader" / "ui" / "services" / "single_instance.py"}


def _network_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                found.add(name)
            if name.startswith("PySide6.QtNetwork") and path not in QT_NETWORK_ALLOWED:
                found.add(name)
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in sorted((REPO / "reader").rglob("*.py")) if CORE / "net" not in p.parents],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_one_way_out_to_the_network(path):
    """Everything else asks reader.core.net: no module opens a connection of its own."""
    bad = _network_imports(path)
    assert not bad, f"{path.relative_to(REPO)} imports {sorted(bad)}: go through reader.core.net"


def test_the_one_way_out_check_finds_a_stray_import(tmp_path):
    stray = tmp_path / "stray.py"
    stray.write_text("import socket\nfrom http import client\nfrom urllib3 import PoolManager\n")
    assert _network_imports(stray) == {"socket", "http.client", "urllib3", "urllib3.PoolManager"}

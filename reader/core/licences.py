"""The licences of what the program is made of: for ``--version --verbose``.

A bundle carries every component's licence text, gathered at build time
from the installed packages' metadata (``packaging/offline-reader.spec``)
into a ``licences`` folder with an ``index.json``; that index is read here.
Run from source, the same list comes from the installed distributions that
``offline-reader`` requires, directly or not, with their texts where pip put
them.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from reader import APP_NAME

#: The bundle's folder of licence texts, under PyInstaller's ``_MEIPASS``.
FOLDER = "licences"
INDEX = "index.json"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    #: Paths of the licence texts (in a bundle: relative to its licences folder).
    texts: tuple[str, ...] = field(default=())
    note: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "version": self.version,
            "licence": self.licence,
            "texts": list(self.texts),
            "note": self.note,
        }


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    # get_all: a missing field is None with the standard library's metadata
    # and a KeyError with importlib_metadata's, which keyring brings.
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    declared = str((meta.get_all("License") or [""])[0] or "").strip()
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text"


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """The distribution's licence texts as installed (PEP 639 or older wheels)."""
    found: list[Path] = []
    names = dist.metadata.get_all("License-File") or []
    for entry in dist.files or []:
        parts = Path(str(entry)).parts
        if not parts or not parts[0].endswith((".dist-info", ".egg-info")):
            continue
        name = Path(str(entry)).name
        if name in names or (len(parts) > 2 and parts[1] == "licenses"):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file() and path not in found:
                found.append(path)
    return found


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        spec, _, marker = requirement.partition(";")
        if marker and not _marker_holds(marker):
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
        if match:
            names.append(match.group(1))
    return names


def _marker_holds(marker: str) -> bool:
    """The few environment markers the program's requirements use."""
    values = {
        "python_version": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "sys_platform": sys.platform,
        "platform_system": {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}.get(
            sys.platform, sys.platform
        ),
        "implementation_name": sys.implementation.name,
        "platform_python_implementation": "CPython",
        "os_name": "nt" if sys.platform == "win32" else "posix",
    }
    for clause in re.split(r"\band\b", marker):
        match = re.match(r"\s*(\w+)\s*(==|!=|<=|>=|<|>)\s*['\"]([^'\"]*)['\"]\s*$", clause)
        if match is None or match.group(1) not in values:
            continue
        have, op, want = values[match.group(1)], match.group(2), match.group(3)
        if match.group(1) == "python_version":
            left = tuple(int(n) for n in have.split("."))
            right = tuple(int(n) for n in want.split("."))
            holds = {
                "==": left == right, "!=": left != right, "<": left < right,
                "<=": left <= right, ">": left > right, ">=": left >= right,
            }[op]  # fmt: skip
        else:
            holds = (have == want) if op == "==" else (have != want)
        if not holds:
            return False
    return True


def python_distributions(root: str = "offline-reader") -> list[metadata.Distribution]:
    """``root`` and every distribution it needs here, directly or not, by name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        todo.extend(_requirement_names(dist))
    return sorted(seen.values(), key=lambda d: str(d.metadata["Name"]).lower())


def from_source() -> list[Component]:
    """Python and the installed distributions the program is made of."""
    components = [
        Component(
            name="Python",
            version=sys.version.split()[0],
            licence="PSF-2.0",
            texts=tuple(
                str(p)
                for p in [
                    Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}."
                    f"{sys.version_info[1]}" / "LICENSE.txt"
                ]
                if p.is_file()
            ),
        )
    ]
    for dist in python_distributions():
        components.append(
            Component(
                name=str(dist.metadata["Name"]),
                version=dist.version,
                licence=_licence_of(dist),
                texts=tuple(str(p) for p in licence_files(dist)),
            )
        )
    return components


def bundle_folder() -> Path | None:
    """The bundle's licences folder, when this is a bundle that has one."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    folder = Path(base) / FOLDER
    return folder if (folder / INDEX).is_file() else None


def shipped() -> tuple[list[Component], Path | None]:
    """The components and where their texts are (None: beside each package)."""
    folder = bundle_folder()
    if folder is None:
        return from_source(), None
    entries = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    return [
        Component(
            name=e["name"],
            version=e["version"],
            licence=e["licence"],
            texts=tuple(e.get("texts", ())),
            note=e.get("note", ""),
        )
        for e in entries
    ], folder


def describe() -> list[str]:
    """Lines for ``--version --verbose``."""
    components, folder = shipped()
    where = f"in {folder}" if folder is not None else "beside each installed package"
    lines = [
        f"{APP_NAME} is free software under the GPL-3.0-or-later; it is made of "
        f"{len(components)} components, with their licence texts {where}:"
    ]
    for component in components:
        lines.append(f"  {component.name} {component.version}: {component.licence}")
        lines.extend(f"      {text}" for text in component.texts)
        if component.note:
            lines.append(f"      {component.note}")
    return lines

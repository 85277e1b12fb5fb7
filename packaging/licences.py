"""Gather the licence texts of everything a bundle ships, at build time.

Called by the spec with the binaries it keeps; writes ``build/licences``
(texts in a folder per component, and ``index.json``), which the spec adds to
the bundle as ``licences/``. The sources, all of them installed packages'
own metadata:

- the Python distributions the program requires (their dist-info licence
  files, ``reader.core.licences``), the program itself among them;
- Python (its ``LICENSE.txt``) and PyInstaller's bootloader (``COPYING.txt``);
- Qt, inside PySide6: the LGPL-3.0 and GPL-3.0 texts, and how to replace it;
- every other shipped library, by the Debian package that installed it
  (``dpkg -S``; its ``/usr/share/doc/PACKAGE/copyright``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from reader.core.licences import Component, from_source, licence_files

COMMON = Path("/usr/share/common-licenses")

QT_NOTE = (
    "Qt is used under the LGPL-3.0. Its libraries are the separate files "
    "PySide6/Qt/lib/libQt6*.so.6 (and PySide6/Qt/plugins), loaded at run time: "
    "to use a modified Qt, build the same Qt version from its source "
    "(https://download.qt.io/official_releases/qt/) and put your libraries in "
    "their place. PySide6's source: https://code.qt.io/cgit/pyside/pyside-setup.git"
)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._+-]+", "-", name)


def _copy(out: Path, name: str, sources: list[Path]) -> tuple[str, ...]:
    folder = out / _slug(name)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for source in sources:
        target = folder / source.name
        shutil.copyfile(source, target)
        texts.append(str(target.relative_to(out)))
    return tuple(texts)


def _common_texts(expression: str) -> list[Path]:
    """The texts an SPDX expression names, from Debian's common-licenses.

    PySide6's and shiboken6's wheels declare their licence but carry no text.
    """
    found = []
    for spdx in re.findall(r"[A-Za-z0-9.+-]+", expression):
        match = re.fullmatch(r"(L?GPL|Apache|MPL)-(\d)\.\d(?:-only|-or-later|\+)?", spdx)
        if match:
            path = COMMON / f"{match.group(1)}-{match.group(2)}"
            if path.is_file() and path not in found:
                found.append(path)
    return found


def _debian_package(path: Path) -> str | None:
    real = path.resolve()
    candidates = {str(path), str(real)}
    for p in list(candidates):
        if p.startswith("/usr/"):
            candidates.add(p[4:])
        elif p.startswith("/lib"):
            candidates.add("/usr" + p)
    if shutil.which("dpkg") is None:
        return None  # not Debian or Ubuntu: the library is listed without its text
    for candidate in sorted(candidates):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0 and ":" in done.stdout:
            return done.stdout.split(":")[0].split(",")[0].strip()
    return None


def _debian_version(package: str) -> str:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    )
    return done.stdout.strip() or "?"


def write(out: Path, binaries: list[tuple[str, str, str]]) -> list[Component]:
    """Fill ``out`` for ``binaries`` (the spec's kept ``(dest, src, kind)``)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    components: list[Component] = []
    for component in from_source():
        texts = [Path(t) for t in component.texts] or _common_texts(component.licence)
        components.append(
            Component(
                component.name,
                component.version,
                component.licence,
                _copy(out, component.name, texts),
                "" if component.texts else "the package carries no text: Debian's copy of it",
            )
        )
        if component.name.lower().startswith("pyside6"):
            qt = [COMMON / "LGPL-3", COMMON / "GPL-3"]
            components.append(
                Component(
                    "Qt",
                    component.version,
                    "LGPL-3.0-only",
                    _copy(out, "Qt", [p for p in qt if p.is_file()]),
                    QT_NOTE,
                )
            )
    icu = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
    icu_versions = sorted(
        {
            m.group(1)
            for d, _, _ in binaries
            if (m := re.match(r"libicu\w+\.so\.(\d+)", Path(d).name))
        }
    )
    if icu_versions:
        components.append(
            Component(
                "ICU (in PySide6)",
                icu_versions[-1],
                "Unicode-3.0",
                _copy(out, "ICU", icu[-1:]),
                "the text is the one Debian ships with its ICU",
            )
        )
    try:
        bootloader = metadata.distribution("pyinstaller")
        components.append(
            Component(
                "PyInstaller bootloader",
                bootloader.version,
                "GPL-2.0-or-later WITH Bootloader-exception",
                _copy(out, "PyInstaller", licence_files(bootloader)),
            )
        )
    except metadata.PackageNotFoundError:
        pass
    packages: dict[str, list[str]] = {}
    prefixes = (str(Path(sys.base_prefix).resolve()), str(Path(sys.prefix).resolve()))
    for dest, src, _kind in binaries:
        source = Path(src).resolve()
        if str(source).startswith(prefixes) or "site-packages" in source.parts:
            continue  # Python's own, or a wheel's: listed above
        package = _debian_package(Path(src))
        packages.setdefault(package or "?", []).append(Path(dest).name)
    for package, files in sorted(packages.items()):
        if package == "?":
            components.append(
                Component("unknown origin", "", "unknown", (), "files: " + ", ".join(files))
            )
            continue
        base = package.split(":")[0]
        copyright = Path("/usr/share/doc") / base / "copyright"
        components.append(
            Component(
                base,
                _debian_version(base),
                "see copyright (Debian)",
                _copy(out, base, [copyright] if copyright.is_file() else []),
                "files: " + ", ".join(sorted(set(files))),
            )
        )
    (out / "index.json").write_text(
        json.dumps([c.as_json() for c in components], indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    return components

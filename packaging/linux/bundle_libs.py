"""Which shared libraries a Linux bundle ships, and which it leaves to the system.

Used by the PyInstaller spec (to drop them) and by the bundle test (to check
the result). A library that every desktop has and that must match the
system it runs on stays out, as AppImage's exclude list has it: the C and
C++ runtimes (glibc, libstdc++, libgcc_s: a bundled copy needs the build
machine's glibc, and loads beside the system's), the toolkit stack the Qt
plugins talk to (GTK, GLib, cairo, pango, harfbuzz, fontconfig, freetype), the
display (X11, libxcb, xkbcommon, Wayland, GL/EGL/DRM), the session (D-Bus,
systemd), printing (CUPS), and the small libraries the list names (zlib,
expat, uuid, gmp, p11-kit, gpg-error, com_err).

The xcb-util helpers (``libxcb-cursor``, ``-icccm``, ``-image``,
``-keysyms``, ``-render-util``, ``-util``) are shipped: Qt's xcb platform
needs them, many desktops lack ``libxcb-cursor0``, and they only wrap
libxcb's protocol, so a copy never disagrees with the system.

Standard library only: the spec runs in the build venv, the test in the
project's.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

#: Libraries that come from the system, by group (the README lists them).
SYSTEM_GROUPS: dict[str, str] = {
    "glibc": r"ld-linux(-x86-64)?|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl"
    r"|libnsl|libnss_\w+|libmvec|libBrokenLocale|libthread_db|libcrypt",
    "C++ runtime": r"libstdc\+\+|libgcc_s|libatomic",
    "GTK": r"libgtk-3|libgdk-3|libgdk_pixbuf-2\.0|libatk-1\.0|libatk-bridge-2\.0|libatspi"
    r"|libepoxy|libcolord\w*|librsvg-2",
    "GLib": r"libglib-2\.0|libgobject-2\.0|libgio-2\.0|libgmodule-2\.0|libgthread-2\.0",
    "cairo, pango, harfbuzz": r"libcairo|libcairo-gobject|libpixman-1|libpango-1\.0"
    r"|libpangocairo-1\.0|libpangoft2-1\.0|libharfbuzz|libfribidi|libthai|libdatrie|libgraphite2",
    "fontconfig, freetype": r"libfontconfig|libfreetype",
    "X11": r"libX11|libX11-xcb|libXau|libXdmcp|libXext|libXrender|libXi|libXfixes|libXcursor"
    r"|libXrandr|libXinerama|libXcomposite|libXdamage|libXtst|libXxf86vm|libICE|libSM",
    "xcb": r"libxcb(-(dri2|dri3|glx|present|randr|render|shape|shm|sync|xfixes|xinerama"
    r"|xinput|xkb|xv|composite|damage|dpms|record|res|screensaver|xtest))?",
    "xkbcommon": r"libxkbcommon|libxkbcommon-x11",
    "Wayland": r"libwayland-(client|cursor|egl|server)",
    "GL": r"libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libGLESv2|libdrm|libgbm|libglapi",
    "D-Bus": r"libdbus-1",
    "systemd": r"libsystemd|libudev",
    "CUPS": r"libcups|libcupsimage",
    "sound": r"libasound|libpulse\w*|libjack",
    "small system libraries": r"libz|libexpat|libuuid|libgmp|libp11-kit|libgpg-error|libcom_err"
    r"|libusb-1\.0",
}
_SYSTEM = {
    group: re.compile(rf"^(?:{pattern})\.so(\.\d+)*$") for group, pattern in SYSTEM_GROUPS.items()
}

#: The newest glibc symbol version a bundled file may need (Ubuntu 22.04).
GLIBC_FLOOR = (2, 35)


def system_group(name: str) -> str | None:
    """The group a library (by file name) belongs to when the system provides it."""
    for group, pattern in _SYSTEM.items():
        if pattern.match(name):
            return group
    return None


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path | str) -> list[str]:
    """The libraries ``path`` names in its dynamic section (DT_NEEDED)."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)", out, flags=re.MULTILINE)


def glibc_versions(path: Path | str) -> set[tuple[int, ...]]:
    """The ``GLIBC_x.y`` symbol versions ``path`` needs (``objdump -T``)."""
    out = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return {
        tuple(int(n) for n in v.split(".")) for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)", out)
    }


def prune(
    binaries: Iterable[tuple[str, str, str]], is_root: Callable[[tuple[str, str, str]], bool]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The binaries a bundle keeps, and why each other one went.

    System libraries go; then only what a root (an extension module, a Qt
    plugin, libpython) needs, directly or through another kept library,
    stays; a plugin that needs a Qt library no longer shipped could never
    load, so it goes too, until nothing changes.
    """
    entries = list(binaries)
    dropped: list[str] = []
    kept = []
    for entry in entries:
        group = system_group(Path(entry[0]).name)
        if group is None:
            kept.append(entry)
        else:
            dropped.append(f"{entry[0]}: the system's ({group})")
    deps = {entry[0]: needed(entry[1]) for entry in kept}
    while True:
        names = {Path(entry[0]).name for entry in kept}
        broken = [
            e
            for e in kept
            if is_root(e) and any(n.startswith("libQt6") and n not in names for n in deps[e[0]])
        ]
        for entry in broken:
            missing = [n for n in deps[entry[0]] if n.startswith("libQt6") and n not in names]
            dropped.append(f"{entry[0]}: cannot load without {', '.join(missing)}")
        kept = [e for e in kept if e not in broken]
        by_name: dict[str, list[tuple[str, str, str]]] = {}
        for entry in kept:
            by_name.setdefault(Path(entry[0]).name, []).append(entry)
        reached: set[str] = set()
        todo = [e for e in kept if is_root(e)]
        while todo:
            entry = todo.pop()
            if entry[0] in reached:
                continue
            reached.add(entry[0])
            for name in deps[entry[0]]:
                todo.extend(by_name.get(name, []))
        unused = [e for e in kept if e[0] not in reached]
        for entry in unused:
            dropped.append(f"{entry[0]}: nothing shipped needs it")
        kept = [e for e in kept if e[0] in reached]
        if not broken and not unused:
            return kept, dropped

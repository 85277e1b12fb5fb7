"""Make the Windows .ico and macOS .icns from resources/icons/ with Qt.

PyInstaller wants one icon file per platform; the PNG sizes in
resources/icons are the source. Qt encodes the PNGs and reads the results
back as the check; the two containers are a few lines of headers, so no
Pillow or iconutil is needed, and the result is committed: building for
Windows or macOS then needs nothing from this script.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, also without a display

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, by pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256))


def _image(size: int) -> QImage:
    image = QImage(str(ICONS / f"offline-reader-{size}.png"))
    if image.isNull():
        raise SystemExit(f"{ICONS / f'offline-reader-{size}.png'}: missing or not a PNG")
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _png(size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not _image(size).save(buffer, "PNG"):
        raise SystemExit(f"cannot encode the {size}px icon")
    return bytes(data.data())


def write_ico(target: Path) -> None:
    """An .ico of every size: Qt's ico writer writes one image per call, so
    the directory is assembled here from the PNG-encoded entries Windows
    Vista+ reads."""
    entries: list[tuple[int, bytes]] = []
    for size in ICO_SIZES:
        entries.append((size, _png(size)))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory = b""
    for size, png in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        directory += (32).to_bytes(2, "little") + len(png).to_bytes(4, "little")
        directory += offset.to_bytes(4, "little")
        offset += len(png)
    target.write_bytes(header + directory + b"".join(png for _, png in entries))


def write_icns(target: Path) -> None:
    """An .icns of PNG entries under the types macOS reads (no table of
    contents: it is optional, and Qt's icns writer emits one its own reader
    calls corrupt)."""
    chunks = b""
    for kind, size in ICNS_TYPES:
        png = _png(size)
        chunks += kind + (8 + len(png)).to_bytes(4, "big") + png
    target.write_bytes(b"icns" + (8 + len(chunks)).to_bytes(4, "big") + chunks)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    write_ico(ICONS / "offline-reader.ico")
    write_icns(ICONS / "offline-reader.icns")
    for name in ("offline-reader.ico", "offline-reader.icns"):
        check = QImage(str(ICONS / name))
        if check.isNull():
            raise SystemExit(f"{ICONS / name}: Qt cannot read back what it wrote")
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes, {check.width()}px")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

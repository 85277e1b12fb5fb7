#!/usr/bin/env bash
# Build the Linux bundle from a clean checkout:
#   dist/offline-reader/offline-reader                     (one folder, runs in place)
#   dist/offline-reader-VERSION-linux-x86_64.tar.xz        (that folder, packed)
# The folder also holds what installs it (install.sh, the menu entry, the
# AppStream metadata, the icons under share/) and the program's LICENSE; the
# licence texts of everything shipped are in _internal/licences.
# A build venv in build/venv gets the program and PyInstaller (from PyPI);
# nothing outside the checkout changes. Needs python3 (3.11+) with venv,
# binutils (strip, objdump), dpkg (the shipped libraries' licences) and xz.
# ARCHIVE=gz packs a .tar.gz instead (larger: see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install -q --upgrade . 'pyinstaller>=6.10'

version=$("$VENV/bin/python" -c 'import reader; print(reader.__version__)')
ARCHIVE=${ARCHIVE:-xz}
archive="dist/offline-reader-$version-linux-x86_64.tar.$ARCHIVE"
rm -rf dist/offline-reader dist/offline-reader-"$version"-linux-x86_64.tar.*
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/offline-reader.spec

# PyInstaller strips what it collects; make sure nothing slipped through.
find dist/offline-reader -name '*.so*' -type f -exec strip --strip-unneeded {} + 2>/dev/null || true

# The download installs itself: bash offline-reader/install.sh
ID=org.offline_reader.OfflineReader
B=dist/offline-reader
cp LICENSE packaging/linux/install.sh "$B/"
install -D -m 644 "packaging/linux/$ID.desktop" "$B/share/applications/$ID.desktop"
install -D -m 644 "packaging/linux/$ID.metainfo.xml" "$B/share/metainfo/$ID.metainfo.xml"
install -D -m 644 resources/icons/offline-reader.svg "$B/share/icons/hicolor/scalable/apps/$ID.svg"
for png in resources/icons/offline-reader-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$B/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

case "$ARCHIVE" in
  xz) XZ_OPT="-9 -T2" tar -C dist --owner=0 --group=0 -cJf "$archive" offline-reader ;;
  gz) tar -C dist --owner=0 --group=0 -czf "$archive" offline-reader ;;
  *) echo "ARCHIVE must be xz or gz" >&2; exit 2 ;;
esac
echo "built dist/offline-reader ($(du -sh dist/offline-reader | cut -f1)) and" \
  "$archive ($(du -h "$archive" | cut -f1))"

#!/usr/bin/env bash
# Build the Linux bundle from a clean checkout:
#   dist/offline-reader/offline-reader                     (one folder, runs in place)
#   dist/offline-reader-VERSION-linux-x86_64.tar.gz        (that folder, packed)
# A build venv in build/venv gets the program and PyInstaller (from PyPI);
# nothing outside the checkout changes. Needs python3 (3.11+) with venv and
# binutils' strip.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install -q --upgrade . 'pyinstaller>=6.10'

version=$("$VENV/bin/python" -c 'import reader; print(reader.__version__)')
rm -rf dist/offline-reader "dist/offline-reader-$version-linux-x86_64.tar.gz"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/offline-reader.spec

# PyInstaller strips what it collects; make sure nothing slipped through.
find dist/offline-reader -name '*.so*' -type f -exec strip --strip-unneeded {} + 2>/dev/null || true

tar -C dist -czf "dist/offline-reader-$version-linux-x86_64.tar.gz" offline-reader
echo "built dist/offline-reader ($(du -sh dist/offline-reader | cut -f1)) and" \
  "dist/offline-reader-$version-linux-x86_64.tar.gz ($(du -h "dist/offline-reader-$version-linux-x86_64.tar.gz" | cut -f1))"

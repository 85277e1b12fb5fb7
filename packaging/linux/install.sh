#!/usr/bin/env bash
# Install the bundle for the current user, or take it away again. From the
# unpacked download (the bundle folder holds this script):
#
#   bash offline-reader/install.sh
#   bash offline-reader/install.sh --uninstall
#
# or from a checkout, after packaging/build.sh:
#
#   bash packaging/linux/install.sh [BUNDLE]        # BUNDLE: dist/offline-reader by default
#
# Into $PREFIX (default ~/.local): the program in lib/offline-reader, a link
# bin/offline-reader, the menu entry, the icons, the AppStream metadata and
# the file types it opens (.opml, RSS, Atom and JSON feeds, and .txt dumps,
# offered in "Open With" without becoming their default program). No root, no
# system folders; the library, settings and log are never touched.
set -euo pipefail

ID=org.offline_reader.OfflineReader
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP="$PREFIX/lib/offline-reader"
ICONS="$PREFIX/share/icons/hicolor"
SIZES=(16 24 32 48 64 128 256)

refresh_caches() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP"
  rm -f "$PREFIX/bin/offline-reader" "$PREFIX/share/applications/$ID.desktop" \
        "$PREFIX/share/metainfo/$ID.metainfo.xml" "$ICONS/scalable/apps/$ID.svg"
  for size in "${SIZES[@]}"; do rm -f "$ICONS/${size}x${size}/apps/$ID.png"; done
  refresh_caches
  echo "Offline Reader removed from $PREFIX (your library, settings and log stay)."
  exit 0
fi

if [ -x "$HERE/offline-reader" ]; then
  DEFAULT_BUNDLE="$HERE"  # run from the bundle itself
else
  DEFAULT_BUNDLE="$REPO/dist/offline-reader"
fi
BUNDLE="$(cd "${1:-$DEFAULT_BUNDLE}" 2>/dev/null && pwd || echo "${1:-$DEFAULT_BUNDLE}")"
if [ ! -x "$BUNDLE/offline-reader" ]; then
  echo "$BUNDLE/offline-reader: no bundle there; build it first: bash packaging/build.sh" >&2
  exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$APP.new"
cp -a "$BUNDLE" "$APP.new"
rm -rf "$APP"
mv "$APP.new" "$APP"
ln -sfn "$APP/offline-reader" "$PREFIX/bin/offline-reader"
# The menu entry runs the installed program by its full path: ~/.local/bin
# is not on every desktop session's PATH.
# The menu entry, metadata and icons come with the bundle (share/); a bundle
# without them is a development one, next to this script in a checkout.
SHARE="$APP/share"
if [ -f "$SHARE/applications/$ID.desktop" ]; then
  desktop="$SHARE/applications/$ID.desktop"
  metainfo="$SHARE/metainfo/$ID.metainfo.xml"
  svg="$SHARE/icons/hicolor/scalable/apps/$ID.svg"
  png() { echo "$SHARE/icons/hicolor/$1x$1/apps/$ID.png"; }
else
  desktop="$HERE/$ID.desktop"
  metainfo="$HERE/$ID.metainfo.xml"
  svg="$REPO/resources/icons/offline-reader.svg"
  png() { echo "$REPO/resources/icons/offline-reader-$1.png"; }
fi
sed -e "s|^Exec=offline-reader|Exec=$APP/offline-reader|" \
    -e "s|^TryExec=offline-reader|TryExec=$APP/offline-reader|" \
    "$desktop" > "$PREFIX/share/applications/$ID.desktop"
cp "$metainfo" "$PREFIX/share/metainfo/$ID.metainfo.xml"
mkdir -p "$ICONS/scalable/apps"
cp "$svg" "$ICONS/scalable/apps/$ID.svg"
for size in "${SIZES[@]}"; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$(png "$size")" "$ICONS/${size}x${size}/apps/$ID.png"
done
refresh_caches
echo "Offline Reader installed in $APP; start it from the menu or with $PREFIX/bin/offline-reader."

"""Offline Reader: a desktop feed reader for journalists who read offline."""

__version__ = "0.1.0"
APP_NAME = "offline-reader"
APP_DISPLAY_NAME = "Offline Reader"
#: The desktop file's id, the AppStream id and the macOS bundle identifier.
APP_ID = "org.offline_reader.OfflineReader"

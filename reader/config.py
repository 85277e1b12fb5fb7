"""Every place the program keeps something, and every variable that moves it.

One module to read to know where the library, the settings, the log and the
backups live on this machine, and how a test (or a journalist with an
unusual setup) points them elsewhere. It imports neither Qt nor the core,
so the command line, the window and the tests all read it cheaply.

| variable | moves |
| --- | --- |
| ``OFFLINE_READER_DB`` | the library file (``--db`` wins over it) |
| ``OFFLINE_READER_CONFIG_DIR`` | the settings file's folder |
| ``OFFLINE_READER_LOG_DIR`` | the log file's folder |
| ``OFFLINE_READER_LOG_LEVEL`` | ``debug``: the log names articles, addresses and files |
| ``OFFLINE_READER_LANG`` | the interface language (``zh_CN``, ``zh_TW``, ``fr``, ``en``) |
| ``OFFLINE_READER_INOREADER_APP_ID``, ``…_APP_KEY`` | the application Inoreader's API asks for |
"""

from __future__ import annotations

import os
from pathlib import Path

from reader import APP_NAME

DB_ENV = "OFFLINE_READER_DB"
SETTINGS_DIR_ENV = "OFFLINE_READER_CONFIG_DIR"
LOG_DIR_ENV = "OFFLINE_READER_LOG_DIR"
LOG_LEVEL_ENV = "OFFLINE_READER_LOG_LEVEL"
LANGUAGE_ENV = "OFFLINE_READER_LANG"
INOREADER_APP_ID_ENV = "OFFLINE_READER_INOREADER_APP_ID"
INOREADER_APP_KEY_ENV = "OFFLINE_READER_INOREADER_APP_KEY"

LIBRARY_FILE = "library.sqlite3"
SETTINGS_FILE = f"{APP_NAME}.ini"
LOG_FILE = f"{APP_NAME}.log"


def default_db_path() -> Path:
    """The library: ``$OFFLINE_READER_DB``, else the platform's user data folder
    (``~/.local/share/offline-reader/library.sqlite3`` on Linux)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILE


def settings_dir() -> Path | None:
    """The settings file's folder when moved; None: Qt's own place for an INI
    file (``~/.config/offline-reader/`` on Linux)."""
    override = os.environ.get(SETTINGS_DIR_ENV)
    return Path(override) if override else None


def log_dir() -> Path:
    """``$OFFLINE_READER_LOG_DIR``, else ``~/.local/state/offline-reader/log`` on Linux."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_FILE


def inoreader_app() -> tuple[str, str] | None:
    """Inoreader's API serves registered applications only (``AppId``/``AppKey``
    headers); the program has no registration of its own, so whoever has one
    gives it here. None when not set."""
    app_id = os.environ.get(INOREADER_APP_ID_ENV, "").strip()
    app_key = os.environ.get(INOREADER_APP_KEY_ENV, "").strip()
    return (app_id, app_key) if app_id and app_key else None

"""What the window remembers between runs, in one QSettings file.

The file is an INI file in the user's config folder on every platform (no
registry on Windows): a journalist can read, back up or delete it. Setting
:data:`SETTINGS_DIR_ENV` moves it, which is how the tests keep away from the
user's real settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from reader import APP_NAME, config

SETTINGS_DIR_ENV = config.SETTINGS_DIR_ENV

ZOOM_DEFAULT = 100
ZOOM_MIN = 50
ZOOM_MAX = 300


def open_settings() -> QSettings:
    folder = config.settings_dir()
    if folder is not None:
        return QSettings(str(folder / config.SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


class Settings:
    """Typed access, so a value of the wrong type in the file never crashes the window."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else open_settings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default)
        if isinstance(value, int):
            return value
        try:
            return int(str(value))
        except ValueError:
            return default

    def state(self, name: str) -> QByteArray | None:
        """A saved widget state (geometry, splitter, header) or None."""
        return self._bytes(f"state/{name}")

    def set_state(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"state/{name}", value)

    @property
    def zoom(self) -> int:
        return max(ZOOM_MIN, min(ZOOM_MAX, self._int("article/zoom", ZOOM_DEFAULT)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.qsettings.setValue("article/zoom", int(value))

    @property
    def font_family(self) -> str:
        """The article's font family; empty: the interface's font."""
        return str(self.qsettings.value("article/font_family", "") or "")

    @font_family.setter
    def font_family(self, value: str) -> None:
        self.qsettings.setValue("article/font_family", value)

    @property
    def library_path(self) -> str:
        """The library chosen by Move Library…; empty: the default place.

        Read at start when neither ``--db`` nor ``$OFFLINE_READER_DB`` names one.
        """
        return str(self.qsettings.value("library/path", "") or "")

    @library_path.setter
    def library_path(self, value: str) -> None:
        self.qsettings.setValue("library/path", value)

    @property
    def appearance(self) -> str:
        return str(self.qsettings.value("view/appearance", "system"))

    @appearance.setter
    def appearance(self, value: str) -> None:
        self.qsettings.setValue("view/appearance", value)

    @property
    def layout(self) -> str:
        """``stacked`` (the list above the article) or ``wide`` (side by side)."""
        value = str(self.qsettings.value("view/layout", "stacked"))
        return value if value in ("stacked", "wide") else "stacked"

    @layout.setter
    def layout(self, value: str) -> None:
        self.qsettings.setValue("view/layout", value)

    @property
    def language(self) -> str:
        """The interface's language (``fr``, ``zh_TW``...); empty or ``system``: the system's."""
        return str(self.qsettings.value("view/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("view/language", value)

    @property
    def export_folder(self) -> str:
        return str(self.qsettings.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self.qsettings.setValue("export/folder", value)

    @property
    def sort(self) -> tuple[int, bool]:
        """(column, descending) of the article list."""
        column = self._int("articles/sort_column", -1)
        descending = self._int("articles/sort_descending", 1) != 0
        return column, descending

    @sort.setter
    def sort(self, value: tuple[int, bool]) -> None:
        self.qsettings.setValue("articles/sort_column", value[0])
        self.qsettings.setValue("articles/sort_descending", int(value[1]))

    @property
    def import_folder(self) -> str:
        return str(self.qsettings.value("import/folder", ""))

    @import_folder.setter
    def import_folder(self, value: str) -> None:
        self.qsettings.setValue("import/folder", value)

    @property
    def maximized(self) -> bool:
        """The window was maximised when it closed (said apart from the geometry:
        not every window manager maps a window maximised from its saved state)."""
        return self._int("window/maximized", 0) == 1

    @maximized.setter
    def maximized(self, value: bool) -> None:
        self.qsettings.setValue("window/maximized", int(value))

    def sync(self) -> None:
        self.qsettings.sync()

"""Settings kept with the library rather than with the machine, and per-source options.

A library copied to another laptop keeps its image budget and which sources
may load images when an article opens.
"""

from __future__ import annotations

from reader.core.errors import NotFoundError
from reader.core.library.base import StoreBase, _wrapped


class SettingsMixin(StoreBase):
    @_wrapped
    def always_load_images(self, source_id: int) -> bool:
        """Whether opening an article of this source fetches its missing images.

        Off by default: opening an article must not tell anyone it was read.
        """
        row = self._named(
            "SELECT always_load_images AS always FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no source with id {source_id}")
        return bool(row["always"])

    @_wrapped
    def set_always_load_images(self, source_id: int, on: bool) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._db.execute(
                "UPDATE sources SET always_load_images = ? WHERE id = ?", (int(on), source_id)
            )

    @_wrapped
    def setting(self, key: str) -> str | None:
        """A library-wide setting (kept with the library, not with the machine)."""
        value = self._value("SELECT value FROM meta WHERE key = ?", (f"setting:{key}",))
        return None if value is None else str(value)

    @_wrapped
    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self._db.execute("DELETE FROM meta WHERE key = ?", (f"setting:{key}",))
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (f"setting:{key}", value),
                )

"""Highlights and their notes, anchored by quote and context (see content/anchors.py)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from reader.core.content.anchors import TextQuote
from reader.core.errors import NotFoundError
from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.models import Highlight, from_epoch

#: The colours a highlight may have; the first is the default.
COLOURS = ("yellow", "green", "pink")

_COLUMNS = "id, article_id, quote, prefix, suffix, position, colour, note, created"


def _highlight(row: tuple[object, ...]) -> Highlight:
    id_, article, quote, prefix, suffix, position, colour, note, created = row
    when = from_epoch(int(created))  # type: ignore[call-overload]
    assert when is not None
    return Highlight(
        id=int(id_),  # type: ignore[call-overload]
        article_id=int(article),  # type: ignore[call-overload]
        quote=str(quote),
        prefix=str(prefix),
        suffix=str(suffix),
        position=int(position),  # type: ignore[call-overload]
        colour=str(colour),
        note=note if isinstance(note, str) else None,
        created=when,
    )


class NotesMixin(StoreBase):
    @_wrapped
    def add_highlight(
        self,
        article_id: int,
        anchor: TextQuote,
        *,
        colour: str = COLOURS[0],
        note: str | None = None,
    ) -> int:
        if self._value("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
            raise NotFoundError(f"no article with id {article_id}")
        with self.transaction():
            cursor = self._db.execute(
                """
                INSERT INTO highlights(article_id, quote, prefix, suffix, position, colour,
                    note, created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    article_id,
                    anchor.quote,
                    anchor.prefix,
                    anchor.suffix,
                    anchor.position,
                    colour if colour in COLOURS else COLOURS[0],
                    note or None,
                    int(time.time()),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_wrapped
    def highlights(self, article_id: int) -> list[Highlight]:
        """The article's highlights in reading order."""
        return self.highlights_of([article_id]).get(article_id, [])

    @_wrapped
    def highlights_of(self, ids: Sequence[int]) -> dict[int, list[Highlight]]:
        found: dict[int, list[Highlight]] = {}
        for chunk in chunks(list(ids)):
            for row in self._db.execute(
                f"SELECT {_COLUMNS} FROM highlights WHERE article_id IN ({marks(len(chunk))}) "
                "ORDER BY article_id, position, id",
                chunk,
            ):
                item = _highlight(row)
                found.setdefault(item.article_id, []).append(item)
        return found

    @_wrapped
    def set_highlight_note(self, highlight_id: int, note: str | None) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE highlights SET note = ? WHERE id = ?", (note or None, highlight_id)
            )

    @_wrapped
    def delete_highlight(self, highlight_id: int) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))

"""Tags: any number per article, named freely, case ignored ("Brexit" is "brexit").

The tables are the ones the search's ``tag:`` operator reads (see
:mod:`reader.core.library.research_schema`). A tag with no article left is
deleted with its last article's untagging, so the source tree lists no
empty tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.errors import ReaderError
from reader.core.library.base import StoreBase, _wrapped, chunks, marks
from reader.core.models import Tag

#: A tag is a word or a few, not a paragraph.
MAX_TAG_LENGTH = 64


def clean_tag(name: str) -> str:
    """The tag as stored: spaces collapsed; refused when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ReaderError("a tag needs a name")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise ReaderError(f"a tag name is at most {MAX_TAG_LENGTH} characters")
    return cleaned


class TagsMixin(StoreBase):
    @_wrapped
    def tags(self) -> list[Tag]:
        """Every tag with its article and unread counts, by name."""
        rows = self._db.execute(
            """
            SELECT t.id, t.name, count(a.id), coalesce(sum(a.id IN (SELECT id FROM unread)), 0)
            FROM tags t LEFT JOIN article_tags x ON x.tag_id = t.id
            LEFT JOIN articles a ON a.id = x.article_id
            GROUP BY t.id ORDER BY t.name COLLATE NOCASE
            """
        )
        return [Tag(int(i), str(n), int(total), int(unread)) for i, n, total, unread in rows]

    @_wrapped
    def tag_id(self, name: str) -> int | None:
        found = self._value("SELECT id FROM tags WHERE name = ?", (clean_tag(name),))
        return None if found is None else int(found)

    @_wrapped
    def tag_articles(
        self, ids: Sequence[int], add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> int:
        """Add and remove tags on articles; returns how many of the articles exist.

        Tags are created on first use; a tag left without articles goes.
        """
        added = [clean_tag(name) for name in add]
        removed = [clean_tag(name) for name in remove]
        id_list = list(ids)
        with self.transaction():
            existing: list[int] = []
            for chunk in chunks(id_list):
                existing.extend(
                    int(i)
                    for i in self._column(
                        f"SELECT id FROM articles WHERE id IN ({marks(len(chunk))})", chunk
                    )
                )
            for name in added:
                self._db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
                tag = int(self._value("SELECT id FROM tags WHERE name = ?", (name,)))
                self._db.executemany(
                    "INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)",
                    ((article, tag) for article in existing),
                )
            for name in removed:
                found = self._value("SELECT id FROM tags WHERE name = ?", (name,))
                if found is None:
                    continue
                self._db.executemany(
                    "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                    ((article, int(found)) for article in existing),
                )
            self._drop_unused_tags()
        return len(existing)

    @_wrapped
    def set_article_tags(self, article_id: int, names: Iterable[str]) -> None:
        """Make the article's tags exactly these (the window's tag editor)."""
        wanted = {clean_tag(name).casefold(): clean_tag(name) for name in names}
        current = {t.casefold(): t for t in self.article_tags([article_id]).get(article_id, [])}
        self.tag_articles(
            [article_id],
            add=[n for key, n in wanted.items() if key not in current],
            remove=[n for key, n in current.items() if key not in wanted],
        )

    @_wrapped
    def article_tags(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """The tags of each article (by name); articles without tags are left out."""
        found: dict[int, list[str]] = {}
        for chunk in chunks(list(ids)):
            for article, name in self._db.execute(
                f"""
                SELECT x.article_id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
                WHERE x.article_id IN ({marks(len(chunk))}) ORDER BY t.name COLLATE NOCASE
                """,
                chunk,
            ):
                found.setdefault(int(article), []).append(str(name))
        return found

    @_wrapped
    def rename_tag(self, tag_id: int, name: str) -> None:
        cleaned = clean_tag(name)
        clash = self._value("SELECT id FROM tags WHERE name = ? AND id <> ?", (cleaned, tag_id))
        if clash is not None:
            raise ReaderError(f"there is already a tag called {cleaned}")
        with self.transaction():
            self._db.execute("UPDATE tags SET name = ? WHERE id = ?", (cleaned, tag_id))

    @_wrapped
    def delete_tag(self, tag_id: int) -> None:
        """Untag every article (the articles stay)."""
        with self.transaction():
            self._db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))

    def _drop_unused_tags(self) -> None:
        self._db.execute(
            "DELETE FROM tags WHERE NOT EXISTS "
            "(SELECT 1 FROM article_tags x WHERE x.tag_id = tags.id)"
        )

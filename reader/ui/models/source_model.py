"""The source tree: "All articles", "Unread", "Starred", folders, sources.

Counts change all the time (every article read changes one), so an update
that keeps the tree's shape only sends ``dataChanged``: selection and
expansion stay as they are. Only a new shape (a source added, renamed into
another place, moved to a folder) resets the model; nodes carry a stable
:attr:`Node.key` so the window can put the selection back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from reader.core.models import ArticleQuery, Source
from reader.ui import icons
from reader.ui.services.library import SourceSnapshot

AnyIndex = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class NodeKind(Enum):
    ALL = "all"
    UNREAD = "unread"
    STARRED = "starred"
    FOLDER = "folder"
    SOURCE = "source"
    # the research desk's sections: a heading each, with its tags / saved searches
    TAGS = "tags"
    TAG = "tag"
    SAVED_SEARCHES = "saved-searches"
    SAVED = "saved"


NodeKey = tuple[str, str]


@dataclass(eq=False)
class Node:
    kind: NodeKind
    key: NodeKey
    title: str
    count: int = 0  # what the count column shows: unread (starred for "Starred")
    source: Source | None = None
    folder: str | None = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    uid: int = 0
    #: A tag's id, a saved search's id (TAG, SAVED).
    item_id: int | None = None
    #: A saved search's query (SAVED).
    search: str | None = None

    def query(self) -> ArticleQuery:
        """Which articles selecting this node lists."""
        if self.kind is NodeKind.UNREAD:
            return ArticleQuery(unread_only=True)
        if self.kind is NodeKind.STARRED:
            return ArticleQuery(starred_only=True)
        if self.kind is NodeKind.FOLDER:
            return ArticleQuery(folder=self.folder)
        if self.kind is NodeKind.SOURCE and self.source is not None:
            return ArticleQuery(source_ids=(self.source.id,))
        if self.kind is NodeKind.TAG and self.item_id is not None:
            return ArticleQuery(tag_ids=(self.item_id,))
        if self.kind is NodeKind.SAVED and self.search:
            return ArticleQuery(search=self.search)
        return ArticleQuery()


ALL_KEY: NodeKey = ("all", "")


class SourceTreeModel(QAbstractItemModel):
    NAME, COUNT = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node(NodeKind.ALL, ("root", ""), "")
        self._nodes: dict[int, Node] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._build(SourceSnapshot([], 0, 0, 0))

    # -- building -----------------------------------------------------------

    def _specials(self, snapshot: SourceSnapshot) -> list[Node]:
        return [
            Node(NodeKind.ALL, ALL_KEY, self.tr("All articles"), snapshot.unread),
            Node(NodeKind.UNREAD, ("unread", ""), self.tr("Unread"), snapshot.unread),
            Node(NodeKind.STARRED, ("starred", ""), self.tr("Starred"), snapshot.starred),
        ]

    def _tree(self, snapshot: SourceSnapshot) -> list[Node]:
        top = self._specials(snapshot)
        folders: dict[str, Node] = {}
        loose: list[Node] = []
        for source in snapshot.sources:
            node = Node(
                NodeKind.SOURCE,
                ("source", str(source.id)),
                source.title,
                source.unread,
                source=source,
            )
            if source.folder:
                folder = folders.get(source.folder)
                if folder is None:
                    folder = folders[source.folder] = Node(
                        NodeKind.FOLDER, ("folder", source.folder), source.folder,
                        folder=source.folder,
                    )  # fmt: skip
                node.parent = folder
                folder.children.append(node)
                folder.count += source.unread
            else:
                loose.append(node)
        ordered = sorted(folders.values(), key=lambda f: f.title.casefold())
        return top + ordered + loose + self._research_sections(snapshot)

    def _research_sections(self, snapshot: SourceSnapshot) -> list[Node]:
        """ "Tags" and "Saved Searches", each listed once it has something."""
        sections = []
        for kind, child_kind, title, items in (
            (NodeKind.TAGS, NodeKind.TAG, self.tr("Tags"), snapshot.tags),
            (NodeKind.SAVED_SEARCHES, NodeKind.SAVED, self.tr("Saved Searches"), snapshot.saved),
        ):
            if not items:
                continue
            head = Node(kind, (kind.value, ""), title)
            for item in items:
                child = Node(child_kind, (child_kind.value, str(item.id)), item.name, item.unread)
                child.item_id = item.id
                child.search = getattr(item, "query", None)
                child.parent = head
                head.children.append(child)
            sections.append(head)
        return sections

    @staticmethod
    def _shape(nodes: list[Node]) -> list[tuple[NodeKey, str, list[tuple[NodeKey, str]]]]:
        return [(n.key, n.title, [(c.key, c.title) for c in n.children]) for n in nodes]

    def _build(self, snapshot: SourceSnapshot) -> None:
        self._root.children = self._tree(snapshot)
        self._nodes.clear()
        uid = 0
        for node in self._root.children:
            node.parent = self._root if node.parent is None else node.parent
            for item in (node, *node.children):
                uid += 1
                item.uid = uid
                self._nodes[uid] = item

    def update(self, snapshot: SourceSnapshot) -> None:
        new = self._tree(snapshot)
        if self._shape(new) != self._shape(self._root.children):
            self.beginResetModel()
            self._build(snapshot)
            self.endResetModel()
            return
        for old_node, new_node in zip(self._root.children, new, strict=True):
            old_node.count, old_node.source = new_node.count, new_node.source
            for old_child, new_child in zip(old_node.children, new_node.children, strict=True):
                old_child.count, old_child.source = new_child.count, new_child.source
                old_child.search = new_child.search
        last = len(self._root.children) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, self.COUNT))
        for row, node in enumerate(self._root.children):
            if node.children:
                parent = self.index(row, 0)
                bottom = len(node.children) - 1
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(bottom, self.COUNT, parent)
                )

    # -- lookups ------------------------------------------------------------

    def node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def index_of(self, key: NodeKey) -> QModelIndex:
        for node in self._nodes.values():
            if node.key == key:
                return self._index_for(node)
        return QModelIndex()

    def _index_for(self, node: Node, column: int = 0) -> QModelIndex:
        parent = node.parent or self._root
        return self.createIndex(parent.children.index(node), column, node.uid)

    def folders(self) -> list[str]:
        return [n.title for n in self._root.children if n.kind is NodeKind.FOLDER]

    def sources(self) -> list[Source]:
        return [n.source for n in self._nodes.values() if n.source is not None]

    # -- QAbstractItemModel -------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self.node(parent) if parent.isValid() else self._root
        if owner is None or row >= len(owner.children):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row].uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_for(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self.node(parent) if parent.isValid() else self._root
        return len(owner.children) if owner is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self.node(index)
        if node is not None and node.kind in (NodeKind.TAGS, NodeKind.SAVED_SEARCHES):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: nothing to list by itself
        if node is not None and node.kind is not NodeKind.FOLDER:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return node.title
            return str(node.count) if node.count else ""
        if role == Qt.ItemDataRole.FontRole:
            if node.count and node.kind is not NodeKind.STARRED:
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            if node.source is not None and node.source.last_error:  # the last refresh failed
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon(node.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == KEY_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind.value
        if role == SOURCE_ID_ROLE:
            return node.source.id if node.source is not None else None
        return None

    def _tooltip(self, node: Node) -> str:
        if node.kind is NodeKind.STARRED:
            return self.tr("Starred: {count}").format(count=node.count)
        if node.kind is NodeKind.SAVED:
            return self.tr("Search: {query}").format(query=node.search or "")
        if node.kind in (NodeKind.TAGS, NodeKind.SAVED_SEARCHES):
            return ""
        if node.source is not None:
            text = self.tr("{name}: {articles}, {unread} unread").format(
                name=node.source.name,
                articles=self.tr("%Ln article(s)", "", node.source.total),
                unread=f"{node.source.unread:,}",
            )
            if node.source.last_error:
                text += "\n" + node.source.last_error
            return text
        return self.tr("Unread: {count}").format(count=node.count)

    @staticmethod
    def _icon(kind: NodeKind) -> QIcon:
        if kind is NodeKind.STARRED:
            return icons.star_icon(True)
        if kind is NodeKind.UNREAD:
            return icons.dot_icon()
        if kind in (NodeKind.TAGS, NodeKind.SAVED_SEARCHES):
            return QIcon()
        pixmap = {
            NodeKind.TAG: QStyle.StandardPixmap.SP_FileDialogInfoView,
            NodeKind.SAVED: QStyle.StandardPixmap.SP_FileDialogContentsView,
            NodeKind.ALL: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            NodeKind.FOLDER: QStyle.StandardPixmap.SP_DirIcon,
            NodeKind.SOURCE: QStyle.StandardPixmap.SP_FileIcon,
        }[kind]
        return QApplication.style().standardIcon(pixmap)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Source") if section == self.NAME else self.tr("Unread")
        return None

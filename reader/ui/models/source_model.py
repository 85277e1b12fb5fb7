"""The source tree: "All articles", "Unread", "Starred", folders, sources, sync
accounts, tags and saved searches.

A sync account is a node of its own kind (:data:`NodeKind.ACCOUNT`, built
by :meth:`SourceTreeModel._account_nodes`) holding the server's folders
(``ACCOUNT_FOLDER``) and subscriptions; it lists its articles by source ids,
so a local folder of the same name never mixes with the server's.

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

from reader.core.library import Account
from reader.core.models import ArticleQuery, Source
from reader.ui import icons, message
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
    ACCOUNT = "account"
    ACCOUNT_FOLDER = "account-folder"
    #: Sources that went away, kept for the articles the user starred, tagged or highlighted.
    ARCHIVE = "archive"
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
    account: Account | None = None
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
        if self.kind in (NodeKind.ACCOUNT, NodeKind.ACCOUNT_FOLDER, NodeKind.ARCHIVE):
            # -1 matches nothing: an account without subscriptions lists nothing.
            return ArticleQuery(source_ids=tuple(s.id for s in self.descendants()) or (-1,))
        if self.kind is NodeKind.TAG and self.item_id is not None:
            return ArticleQuery(tag_ids=(self.item_id,))
        if self.kind is NodeKind.SAVED and self.search:
            return ArticleQuery(search=self.search)
        return ArticleQuery()

    def descendants(self) -> list[Source]:
        """The sources under this node, at any depth."""
        found = [self.source] if self.source is not None else []
        for child in self.children:
            found.extend(child.descendants())
        return found


ALL_KEY: NodeKey = ("all", "")
#: The kinds of node that hold others.
_CONTAINERS = frozenset(
    {NodeKind.FOLDER, NodeKind.ACCOUNT, NodeKind.ACCOUNT_FOLDER, NodeKind.ARCHIVE}
)


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
        archive = Node(NodeKind.ARCHIVE, ("archive", ""), self.tr("Archived"))
        for source in snapshot.sources:
            if source.account is not None:
                continue  # under its account (_account_nodes)
            if source.archived:
                node = Node(
                    NodeKind.SOURCE, ("source", str(source.id)), source.title, source.unread,
                    source=source, parent=archive,
                )  # fmt: skip
                archive.children.append(node)
                archive.count += source.unread
                continue
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
        return (
            top
            + ordered
            + loose
            + self._account_nodes(snapshot)
            + ([archive] if archive.children else [])
            + self._research_sections(snapshot)
        )

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

    def _account_nodes(self, snapshot: SourceSnapshot) -> list[Node]:
        """One node a sync account, with the server's folders and subscriptions under it."""
        nodes = []
        for account in snapshot.accounts:
            top = Node(NodeKind.ACCOUNT, ("account", str(account.id)), account.name)
            top.account = account
            folders: dict[str, Node] = {}
            loose: list[Node] = []
            for source in snapshot.sources:
                if source.account != account.name:
                    continue
                node = Node(
                    NodeKind.SOURCE, ("source", str(source.id)), source.title, source.unread,
                    source=source,
                )  # fmt: skip
                owner = top
                if source.folder:
                    owner = folders.get(source.folder) or folders.setdefault(
                        source.folder,
                        Node(
                            NodeKind.ACCOUNT_FOLDER,
                            ("account-folder", f"{account.id}/{source.folder}"),
                            source.folder, parent=top, account=account,
                        ),
                    )  # fmt: skip
                    owner.children.append(node)
                else:
                    loose.append(node)
                node.parent = owner
                owner.count += source.unread
                if owner is not top:
                    top.count += source.unread
            top.children = sorted(folders.values(), key=lambda f: f.title.casefold()) + loose
            nodes.append(top)
        return nodes

    @classmethod
    def _shape(cls, nodes: list[Node]) -> list[tuple[NodeKey, str, list[Any]]]:
        return [(n.key, n.title, cls._shape(n.children)) for n in nodes]

    def _build(self, snapshot: SourceSnapshot) -> None:
        self._root.children = self._tree(snapshot)
        self._nodes.clear()
        uid = 0

        def number(nodes: list[Node], parent: Node) -> None:
            nonlocal uid
            for node in nodes:
                node.parent = parent if node.parent is None else node.parent
                uid += 1
                node.uid = uid
                self._nodes[uid] = node
                number(node.children, node)

        number(self._root.children, self._root)

    def update(self, snapshot: SourceSnapshot) -> None:
        new = self._tree(snapshot)
        if self._shape(new) != self._shape(self._root.children):
            self.beginResetModel()
            self._build(snapshot)
            self.endResetModel()
            return
        self._refresh_counts(self._root.children, new, QModelIndex())

    def _refresh_counts(self, old: list[Node], new: list[Node], parent: QModelIndex) -> None:
        """Same shape: take the new counts (and errors) and repaint, level by level."""
        for old_node, new_node in zip(old, new, strict=True):
            old_node.count, old_node.source = new_node.count, new_node.source
            old_node.account = new_node.account
            old_node.search = new_node.search
        if old:
            last = len(old) - 1
            self.dataChanged.emit(self.index(0, 0, parent), self.index(last, self.COUNT, parent))
        for row, (old_node, new_node) in enumerate(zip(old, new, strict=True)):
            if old_node.children:
                self._refresh_counts(
                    old_node.children, new_node.children, self.index(row, 0, parent)
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
        if node is not None and node.kind not in _CONTAINERS:
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
            if node.kind is NodeKind.ACCOUNT and node.account and node.account.last_error:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon(node.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if column == self.NAME and role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node)
        if column == self.NAME and role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._failure(node)
        if role == KEY_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind.value
        if role == SOURCE_ID_ROLE:
            return node.source.id if node.source is not None else None
        return None

    def _failure(self, node: Node) -> str | None:
        """What the ⚠ means, for a screen reader that cannot see it."""
        if node.kind is NodeKind.ACCOUNT and node.account and node.account.last_error:
            return self.tr("Sync failed: {reason}").format(reason=node.account.last_error)
        if node.source is not None and node.source.last_error:
            return self.tr("Refresh failed: {reason}").format(reason=node.source.last_error)
        return None

    def _spoken(self, node: Node) -> str:
        """The name, the failure's ⚠ and the unread count in one: the count
        column is a cell a listener would have to move to."""
        parts = [node.title]
        if self._failure(node) is not None:
            parts.append(self.tr("failed"))
        if node.count and node.kind is not NodeKind.STARRED:
            parts.append(self.tr("%Ln unread", "", node.count))
        elif node.count:
            parts.append(self.tr("%Ln starred", "", node.count))
        return self.tr(", ").join(parts)

    def _tooltip(self, node: Node) -> str:
        if node.kind is NodeKind.ACCOUNT and node.account is not None:
            account = node.account
            text = self.tr("{name}: {user} on {server}").format(
                name=account.name, user=account.username, server=account.url
            )
            if account.last_sync is None:
                text += "\n" + self.tr("Not synced yet")
            else:
                text += "\n" + self.tr("Last sync: {when}").format(
                    when=f"{account.last_sync.astimezone():%Y-%m-%d %H:%M}"
                )
            if account.pending:
                text += "\n" + self.tr("%Ln change(s) waiting to be sent", "", account.pending)
            if account.last_error:
                text += "\n" + message.network_error(account.last_error)
            return text
        if node.kind is NodeKind.STARRED:
            return self.tr("Starred: {count}").format(count=node.count)
        # A long tag or search name is cut in a narrow pane: the tooltip gives it whole.
        if node.kind is NodeKind.SAVED:
            return "\n".join(
                (
                    node.title,
                    self.tr("Search: {query}").format(query=node.search or ""),
                    self.tr("Unread: {count}").format(count=node.count),
                )
            )
        if node.kind is NodeKind.TAG:
            return node.title + "\n" + self.tr("Unread: {count}").format(count=node.count)
        if node.kind in (NodeKind.TAGS, NodeKind.SAVED_SEARCHES):
            return ""
        if node.source is not None:
            text = self.tr("{name}: {articles}, {unread} unread").format(
                name=node.source.name,
                articles=self.tr("%Ln article(s)", "", node.source.total),
                unread=f"{node.source.unread:,}",
            )
            if node.source.last_error:
                text += "\n" + message.network_error(node.source.last_error)
            if node.source.archived:
                text += "\n" + self.tr(
                    "Archived: its feed or subscription went; these are the articles you "
                    "starred, tagged or highlighted"
                )
            return text
        if node.kind is NodeKind.ARCHIVE:
            return self.tr(
                "Sources that went away, kept for the articles you starred, tagged or highlighted"
            )
        return self.tr("Unread: {count}").format(count=node.count)

    @staticmethod
    def _icon(kind: NodeKind) -> QIcon:
        if kind is NodeKind.STARRED:
            return icons.star_icon(True)
        if kind is NodeKind.UNREAD:
            return icons.dot_icon()
        if kind is NodeKind.TAG:
            return icons.tag_icon()
        if kind is NodeKind.SAVED:
            return icons.search_icon()
        if kind in (NodeKind.TAGS, NodeKind.SAVED_SEARCHES):
            return QIcon()
        pixmap = {
            NodeKind.ALL: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            NodeKind.FOLDER: QStyle.StandardPixmap.SP_DirIcon,
            NodeKind.SOURCE: QStyle.StandardPixmap.SP_FileIcon,
            NodeKind.ACCOUNT: QStyle.StandardPixmap.SP_DriveNetIcon,
            NodeKind.ACCOUNT_FOLDER: QStyle.StandardPixmap.SP_DirIcon,
            NodeKind.ARCHIVE: QStyle.StandardPixmap.SP_DirClosedIcon,
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

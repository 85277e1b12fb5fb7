"""The source pane: the tree of sources, what is selected, and editing sources.

The pane remembers the selected node by its key, not by its row: counts
arrive every few seconds and sources get renamed or moved, and the user's
place must survive all of that. Editing (rename, move to a folder, delete)
asks the user here and writes through the library; the tree updates when
the library reports back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMenu, QTreeView, QWidget

from reader.ui import message
from reader.ui.models.source_model import ALL_KEY, Node, NodeKey, NodeKind, SourceTreeModel
from reader.ui.services.library import Library, SourceSnapshot
from reader.ui.window.actions import Actions

#: "Tags" and "Saved Searches": headings over their items, not sources of articles
_HEADINGS = (NodeKind.TAGS, NodeKind.SAVED_SEARCHES)


class SourceTreeView(QTreeView):
    #: the selected node (a different one, or the same one renamed or moved)
    node_selected = Signal(object)

    def __init__(
        self,
        model: SourceTreeModel,
        library: Library,
        actions: Actions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._library = library
        self._actions = actions
        self.current_key: NodeKey = ALL_KEY
        #: A node asked for before the tree lists it (see :meth:`select_when_listed`).
        self._wanted: NodeKey | None = None
        self._selecting = False
        self.setObjectName("sourceView")
        self.setAccessibleName(self.tr("Sources"))
        self.setAccessibleDescription(
            self.tr("Feeds, imported sources and folders; choose one to list its articles")
        )
        self.setModel(model)
        self.setHeaderHidden(True)
        # Squeezed by the Highlights and Info panels, the tree keeps room for
        # a name's first words and its count (French squeezed it to icons only).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        # Tags, saved searches and an account's feeds sit one level in: a
        # narrower step than the style's 20 px leaves their names more room.
        self.setIndentation(max(12, self.fontMetrics().averageCharWidth() * 2))
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SourceTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SourceTreeModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.customContextMenuRequested.connect(self._context_menu)
        model.modelReset.connect(self._after_reset)
        actions.rename_source.triggered.connect(self.rename_source)
        actions.move_source.triggered.connect(self.move_source)
        actions.delete_source.triggered.connect(self.delete_source)
        library.kept.connect(self._say_kept)
        actions.rename_folder.triggered.connect(self.rename_folder)

    # -- the selected node --------------------------------------------------

    def current_node(self) -> Node | None:
        return self._model.node(self._model.index_of(self.current_key))

    def update_sources(self, snapshot: SourceSnapshot) -> None:
        self._model.update(snapshot)  # a new shape resets: _after_reset selects
        wanted = self._claim_wanted()
        if wanted is not None:
            self.select(wanted)
        elif not self.currentIndex().isValid():
            self.select(self.current_key)

    def select(self, key: NodeKey) -> None:
        index = self._model.index_of(key)
        if not index.isValid():
            index = self._model.index_of(ALL_KEY)
        self._selecting = True
        try:
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False

    def select_when_listed(self, key: NodeKey) -> None:
        """Select ``key`` now if the tree lists it, else as soon as it does.

        A feed just added is written on a worker and reaches the tree with a
        later snapshot; one read before the write would otherwise make the
        selection fall back to "All articles" and lose the new feed. The
        user choosing another node in the meantime cancels the wish.
        """
        self._wanted = key
        wanted = self._claim_wanted()
        if wanted is not None:
            self.select(wanted)

    def _claim_wanted(self) -> NodeKey | None:
        key = self._wanted
        if key is None or not self._model.index_of(key).isValid():
            return None
        self._wanted = None
        return key

    def _after_reset(self) -> None:
        self.expandAll()
        self.select(self._claim_wanted() or self.current_key)
        node = self.current_node()
        if node is not None:
            # Same key, new title or folder: the window title and query follow.
            self.node_selected.emit(node)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self._model.node(current)
        if node is not None and not self._selecting:
            self._wanted = None  # the user went elsewhere first
        if node is None or node.key == self.current_key or node.kind in _HEADINGS:
            # A heading lists nothing of its own: clicked or passed with the
            # arrow keys, the list and the title stay (it listed the whole
            # library as "Tags", and Mark All as Read there marked all of it).
            return
        self.current_key = node.key
        self.node_selected.emit(node)

    def _selected_source(self) -> Node | None:
        node = self._model.node(self.currentIndex())
        return node if node is not None and node.source is not None else None

    # -- editing ------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        node = self._model.node(self.indexAt(pos))
        if node is None or node.kind in _HEADINGS:
            return
        a = self._actions
        menu = QMenu(self)
        menu.addAction(a.mark_all_read)
        if node.kind is NodeKind.SOURCE:
            menu.addSeparator()
            if node.source is not None and node.source.feed_url:
                menu.addActions([a.refresh_source, a.edit_feed])
            elif node.source is not None and node.source.account is not None:
                menu.addAction(a.edit_feed)  # title, folder, full articles
            menu.addActions([a.rename_source, a.move_source, a.delete_source])
        elif node.kind is NodeKind.FOLDER:
            menu.addSeparator()
            menu.addAction(a.rename_folder)
        elif node.kind is NodeKind.ACCOUNT:
            menu.addSeparator()
            menu.addActions([a.sync_accounts, a.subscribe_in_account])
        if node.kind in (NodeKind.SOURCE, NodeKind.FOLDER):
            menu.addSeparator()
            menu.addAction(a.download_images_source)
        if node.kind is NodeKind.SOURCE:
            menu.addAction(a.always_load_images)
        if node.kind in (NodeKind.TAG, NodeKind.SAVED):
            menu.addSeparator()
        if node.kind is NodeKind.TAG:
            menu.addActions([a.rename_tag, a.delete_tag])
        elif node.kind is NodeKind.SAVED:
            menu.addActions([a.rename_saved_search, a.delete_saved_search])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(pos))

    def rename_source(self) -> None:
        node = self._selected_source()
        if node is None or node.source is None:
            return
        title = node.source.title
        new = message.ask_text(
            self, self.tr("Rename Source"), self.tr("New name for “{title}”:").format(title=title),
            title,
        )  # fmt: skip
        if new is not None and new.strip() and new.strip() != title:
            self._library.rename_source(node.source.id, new.strip())

    def move_source(self) -> None:
        node = self._selected_source()
        if node is None or node.source is None:
            return
        no_folder = self.tr("(No folder)")
        folders = [no_folder, *self._model.folders()]
        if node.source.account is not None:  # the server's folders (labels) of its account
            account = node.source.account
            names = {s.folder for s in self._model.sources() if s.account == account and s.folder}
            folders = [no_folder, *sorted(names, key=str.casefold)]
        current = folders.index(node.source.folder) if node.source.folder in folders else 0
        choice = message.ask_item(
            self,
            self.tr("Move to Folder"),
            self.tr("Folder for “{title}” (pick one or type a new name):").format(
                title=node.source.title
            ),
            folders,
            current,
        )
        if choice is None:
            return
        folder = None if choice == no_folder or not choice.strip() else choice.strip()
        self._library.set_source_folder(node.source.id, folder)

    def delete_source(self) -> None:
        node = self._selected_source()
        if node is None or node.source is None:
            return
        source = node.source
        question = self.tr(
            "Delete the source “{title}” and its {count} articles from the library? "
            "This cannot be undone."
        )
        if not source.archived:  # what the user made stays (archived), and is said so
            question = self.tr(
                "Delete the source “{title}” and its {count} articles from the library? "
                "The articles you starred, tagged or highlighted stay, under Archived."
            )
        if source.account is not None:  # a sync account's: it goes on the server too
            question = self.tr(
                "Unsubscribe from “{title}” on the server of {account}? Its {count} articles "
                "leave the library, except those you starred, tagged or highlighted: they "
                "stay, under Archived."
            )
        if message.confirm(
            self,
            self.tr("Delete Source"),
            question.format(title=source.title, count=f"{source.total:,}", account=source.account),
            action=self.tr("Delete"),
        ):
            self._library.delete_source(source.id)

    def _say_kept(self, title: str, count: int) -> None:
        """A deleted source kept the user's articles: the status bar says where they are."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr(
                    "Kept %Ln article(s) you starred, tagged or highlighted, "
                    "under Archived: {title}",
                    "",
                    count,
                ).format(title=title),
                15_000,
            )

    def rename_folder(self) -> None:
        node = self._model.node(self.currentIndex())
        if node is None or node.kind is not NodeKind.FOLDER or node.folder is None:
            return
        new = message.ask_text(
            self, self.tr("Rename Folder"), self.tr("New name for the folder:"), node.folder
        )
        if new is not None and new.strip() and new.strip() != node.folder:
            self.current_key = ("folder", new.strip())  # stay on it once renamed
            self._library.rename_folder(node.folder, new.strip())

"""The main window: sources, the article list and the article, in splitters.

It wires models to views and actions to the library, and keeps what the
reader is looking at (the open article, the selection, the search); the
articles themselves live in the library and reach it only through the
gateway (:mod:`reader.ui.services.library`). Everything slow happens on
workers, in the gateway or in the controllers, which see the window only as
the :class:`~reader.ui.controllers.host.WindowHost` it satisfies; the window
reacts to their results and, when it closes, shuts them down in one place.
The menus are a table (:mod:`reader.ui.window.menus`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QWidget,
)

from reader import APP_DISPLAY_NAME
from reader.core.errors import ReaderError
from reader.core.library import search_terms, unreadable_dates
from reader.core.models import ArticleQuery
from reader.ui import accessibility, message, theme
from reader.ui.controllers.base import Controller
from reader.ui.controllers.capture_controller import CaptureController
from reader.ui.controllers.export_controller import ExportController
from reader.ui.controllers.feeds_controller import FeedsController
from reader.ui.controllers.fulltext_controller import FullTextController
from reader.ui.controllers.images_controller import ImagesController
from reader.ui.controllers.import_controller import ImportController
from reader.ui.controllers.research_controller import ResearchController
from reader.ui.controllers.sync_controller import SyncController
from reader.ui.controllers.upkeep_controller import UpkeepController
from reader.ui.icons import app_icon
from reader.ui.models.article_model import URL_ROLE, ArticleTableModel, Column
from reader.ui.models.source_model import Node, NodeKey, NodeKind, SourceTreeModel
from reader.ui.services.library import Library, SourceSnapshot
from reader.ui.settings import Settings
from reader.ui.timers import single_shot
from reader.ui.views import list_pane, pane_focus
from reader.ui.views.article_list import ArticleListView
from reader.ui.views.article_view import ArticleBrowser, ResourceProvider, no_cache
from reader.ui.views.notices import Notices
from reader.ui.views.source_view import SourceTreeView
from reader.ui.views.status_bar import KeepingStatusBar
from reader.ui.window import hints, menus, opening, state
from reader.ui.window.actions import Actions
from reader.ui.window.list_goals import ListGoals
from reader.ui.window.network_status import ProxyStatus
from reader.ui.window.pane_layout import PaneLayout
from reader.ui.window.view_commands import ViewCommands

#: How long an article stays open before it counts as read (ms): skimming
#: past it with j/k does not mark it.
MARK_READ_DELAY = 700
#: The pause after the last key before the list searches (ms): the first
#: page comes from the index in a few ms, so the rows follow within 100 ms.
SEARCH_DELAY = 50


class MainWindow(QMainWindow):
    """Sources | list over (or beside) the article; it satisfies
    :class:`~reader.ui.controllers.host.WindowHost` for its controllers."""

    # Built by _build_views; named for the protocols of helpers made before it.
    source_view: SourceTreeView
    article_view: ArticleListView
    browser: ArticleBrowser
    search_field: list_pane.SearchField
    inner_splitter: QSplitter
    outer_splitter: QSplitter

    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        provider: ResourceProvider = no_cache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.mark_read_delay = MARK_READ_DELAY
        self._shown_id: int | None = None
        self._shut_down = False
        self.goals = ListGoals(self)  # the first result, the sample: once listed

        self.actions_ = Actions(self)
        self.source_model = SourceTreeModel(self)
        self.article_model = ArticleTableModel(library, self)

        self._build_views(provider)
        # After the panes: made before them, its widgets broke the panes' Tab order.
        self.setStatusBar(KeepingStatusBar(self))  # a message needing reading stays
        self.toolbar = menus.build_menus(self, self.actions_)
        self.panes = PaneLayout(
            self,
            outer=self.outer_splitter,
            inner=self.inner_splitter,
            article_list=self.article_view,
            toolbar=self.toolbar,
            actions=self.actions_,
            settings=self.settings,
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.proxy_status = ProxyStatus(self)
        self.statusBar().addPermanentWidget(self.proxy_status)
        self.importer = ImportController(self)
        self.notices = Notices(self)
        self._connect()
        self.view_commands = ViewCommands(self)
        self.feeds = FeedsController(self)
        self.exporter = ExportController(self)
        self.images = ImagesController(self)
        self.full_text = FullTextController(self)  # after images: its bar goes under theirs
        self.sync = SyncController(self)
        self.research = ResearchController(self)  # tags, highlights, saved searches, Info
        a = self.actions_  # web pages: save, import links, WACZ, drops (issue 28)
        self.capture = CaptureController(self, (a.save_page, a.import_links, a.export_web_archive))
        self.feeds.refresh_finished.connect(lambda _outcome: self.capture.fetch_pending())
        #: shut down in this order when the window closes
        self.upkeep = UpkeepController(self)  # when idle: index merges, VACUUM
        self.controllers: list[Controller] = [
            self.upkeep, self.importer, self.feeds, self.exporter, self.images, self.full_text,
            self.sync, self.research, self.capture,
        ]  # fmt: skip
        self.screen_reader = accessibility.ScreenReader(
            self, article_view=self.article_view, article_model=self.article_model,
            library=library, source_view=self.source_view, browser=self.browser,
        )  # fmt: skip
        accessibility.name_unnamed(self, self.search_field, self.toolbar)
        self._restore()

        self.article_model.set_query(self._query())  # first: the list is what people wait for
        self.library.load_sources(self._on_sources)
        self._update_title()

    # -- construction -------------------------------------------------------

    def _build_views(self, provider: ResourceProvider) -> None:
        self.source_view = SourceTreeView(self.source_model, self.library, self.actions_)
        self.article_view = ArticleListView(self.article_model)

        self.browser = ArticleBrowser(provider=provider)
        self.search_field = list_pane.search_field()
        self.search_order = list_pane.order_choice()
        self.search_problem = list_pane.search_problem()
        self.list_pane = list_pane.list_pane(
            self.search_field, self.article_view, self.search_problem
        )

        self.inner_splitter = QSplitter(Qt.Orientation.Vertical)
        self.inner_splitter.setObjectName("innerSplitter")
        self.inner_splitter.addWidget(self.list_pane)
        self.inner_splitter.addWidget(self.browser)
        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.addWidget(self.source_view)
        self.outer_splitter.addWidget(self.inner_splitter)
        self.setCentralWidget(self.outer_splitter)
        panes = (self.search_field, self.article_view, self.browser, self.source_view)
        pane_focus.cycle_panes(self, panes)
        list_pane.add_order(self.list_pane, self.search_order)

    def _connect(self) -> None:
        a = self.actions_
        self._search_timer = single_shot(self, self.apply_query, SEARCH_DELAY)
        self._read_timer = single_shot(self, self._mark_shown_read)

        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.apply_query)
        self.search_field.to_results.connect(self.goals.to_results)
        self.search_order.currentIndexChanged.connect(lambda i: a.by_relevance.setChecked(i == 1))
        a.by_relevance.toggled.connect(lambda on: self.search_order.setCurrentIndex(int(on)))
        a.by_relevance.toggled.connect(self.article_model.set_relevance)
        self.source_view.node_selected.connect(self._on_node_selected)
        view = self.article_view
        # A mouse press makes a row current before it selects it; the
        # selection change is when the row is really chosen.
        view.selectionModel().currentChanged.connect(self._open_current)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        view.customContextMenuRequested.connect(self._article_menu)
        view.clicked.connect(self._on_article_clicked)
        view.open_requested.connect(self._open_row_original)
        self.article_model.loaded.connect(self._on_articles_loaded)
        self.browser.action_requested.connect(lambda name: opening.on_hint_action(self, name))
        self.browser.open_failed.connect(lambda url: opening.offer_copy(self, url))

        self.library.changed.connect(lambda: self.library.load_sources(self._on_sources))
        self.library.write_failed.connect(self.article_model.reload)
        self.library.changed_elsewhere.connect(self.reload)

        a.quit.triggered.connect(self.close)
        a.next_article.triggered.connect(lambda: self.step(1))
        a.previous_article.triggered.connect(lambda: self.step(-1))
        a.page_down.triggered.connect(self.page_down)
        a.toggle_read.triggered.connect(self.toggle_read)
        a.mark_read.triggered.connect(lambda: self.mark_selected(read=True))
        a.mark_unread.triggered.connect(lambda: self.mark_selected(read=False))
        a.toggle_star.triggered.connect(self.toggle_star)
        a.delete.triggered.connect(self.delete_selected)
        a.open_original.triggered.connect(self.open_original)
        a.mark_all_read.triggered.connect(self.mark_all_read)
        a.reload.triggered.connect(self.reload)
        a.find.triggered.connect(self.focus_search)
        self._update_actions()

    # -- remembered state ---------------------------------------------------

    def _restore(self) -> None:
        state.restore(
            self.settings,
            panes=self.panes,
            article_view=self.article_view,
            article_model=self.article_model,
            browser=self.browser,
            appearance_actions=self.actions_.appearance_actions,
        )

    def save_state(self) -> None:
        state.save(
            self.settings, panes=self.panes, article_view=self.article_view, browser=self.browser
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work: cancel an import, let writes finish."""
        if self._shut_down:
            return
        self._shut_down = True
        self._read_timer.stop()
        self._search_timer.stop()
        if self.view_commands.shortcuts_dialog is not None:
            self.view_commands.shortcuts_dialog.close()
        for controller in self.controllers:
            controller.shutdown()
        self.library.shutdown()
        self.notices.detach()
        self.screen_reader.detach()

    # -- sources ------------------------------------------------------------

    def _on_sources(self, snapshot: SourceSnapshot) -> None:
        self.source_view.update_sources(snapshot)
        if self.article_model.rowCount() == 0:
            self._show_hint(0)  # a feed's error may just have arrived

    def _on_node_selected(self, node: Node) -> None:
        self._update_title()
        self.apply_query()

    def show_new_source(self, key: NodeKey) -> None:
        """Go to a source just added, with no leftover search hiding its articles."""
        self.search_field.clear()
        self.source_view.select_when_listed(key)

    def _update_title(self) -> None:
        node = self.source_view.current_node()
        title = node.title if node is not None else ""
        self.setWindowTitle(f"{title} — {APP_DISPLAY_NAME}" if title else APP_DISPLAY_NAME)

    # -- the article list ---------------------------------------------------

    def _query(self) -> ArticleQuery:
        node = self.source_view.current_node()
        query = node.query() if node is not None else ArticleQuery()
        source = node.source if node is not None and node.kind is NodeKind.SOURCE else None
        if source is not None and (elsewhere := self.feeds.elsewhere.get(source.id)):
            # Its stories were in the library under another source: shown here too.
            query = dataclasses.replace(query, source_ids=(), ids=elsewhere)
        text = self.search_field.text().strip()
        search = " ".join(s for s in (query.search, text) if s)  # a saved search's, narrowed
        return dataclasses.replace(query, search=search or None)

    def apply_query(self) -> None:
        self._search_timer.stop()
        query = self._query()
        list_pane.show_problem(self.search_problem, unreadable_dates(self.search_field.text()))
        if query != self.article_model.query:
            self.article_model.set_query(query)
            self.browser.set_marked(search_terms(query.search or ""))

    def reload(self) -> None:
        if self._query() != self.article_model.query:
            self.apply_query()  # a feed's stories found under other sources, say
        else:
            self.article_model.reload()
        self.library.load_sources(self._on_sources)

    def _on_articles_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln article(s)", "", count))
        self._show_hint(count)
        # The pane never shows an article the list does not hold: the list
        # view has carried its selection over (by id); an article that left
        # the list leaves the pane too.
        if self._shown_id is not None and self.article_model.row_of(self._shown_id) is None:
            self._close_article()
        self._open_current()
        self.goals.loaded()
        self._update_actions()

    def _close_article(self) -> None:
        self._read_timer.stop()
        self._shown_id = None
        self.browser.show_article(None)

    def _show_hint(self, count: int) -> None:
        """What the article pane says when no article is open."""
        node = self.source_view.current_node()
        query, path = self.article_model.query, self.library.path
        self.browser.set_hint(*hints.pane_hint(query, count, node, library=path))

    def open_paths(self, paths: list[str]) -> None:
        """Files from the command line, "Open With" or a second launch."""
        opening.open_paths(self, paths)

    def _on_selection_changed(self, *_args: object) -> None:
        self._open_current()
        self._update_actions()

    def _open_current(self, *_args: object) -> None:
        """Open the current row's article once that row is selected.

        Focus alone makes a row current but unselected (do not open it); a
        reset clears the current row (keep showing the article).
        """
        current = self.article_view.currentIndex()
        if not current.isValid() or not self.article_view.is_row_selected(current.row()):
            return
        article_id = self.article_model.article_id(current.row())
        if article_id is not None and article_id != self._shown_id:
            self.show_article(article_id)

    def show_article(self, article_id: int) -> None:
        self._read_timer.stop()
        try:
            article = self.library.article(article_id)
        except ReaderError as exc:
            message.error(self.tr("Could not open the article"), detail=str(exc))
            return
        self._shown_id = article.id if article is not None else None
        self.browser.show_article(article)
        if article is not None and not article.read:
            self._read_timer.start(self.mark_read_delay)
        self._update_actions()

    def _mark_shown_read(self) -> None:
        if self._shown_id is not None:
            row = self.article_model.row_of(self._shown_id)
            summary = self.article_model.summary(row) if row is not None else None
            if summary is None or not summary.read:
                self.library.mark([self._shown_id], read=True)

    def _on_article_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.STAR:
            summary = self.article_model.summary(index.row())
            if summary is not None:
                self.library.mark([summary.id], starred=not summary.starred)

    def selected_ids(self) -> list[int]:
        selection = self.article_view.selectionModel().selection()
        ranges = [
            (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.size())
        ]
        ids = self.article_model.ids_in_rows(ranges)
        if not ids and self._shown_id is not None:
            ids = [self._shown_id]
        return ids

    def _current_summary_flags(self) -> tuple[bool, bool] | None:
        """(read, starred) of the focused row: toggles follow it."""
        current = self.article_view.currentIndex()
        summary = self.article_model.summary(current.row()) if current.isValid() else None
        if summary is None and self._shown_id is not None:
            row = self.article_model.row_of(self._shown_id)
            summary = self.article_model.summary(row) if row is not None else None
        return (summary.read, summary.starred) if summary is not None else None

    def step(self, delta: int) -> None:
        rows = self.article_model.rowCount()
        if rows == 0:
            return
        current = self.article_view.currentIndex()
        if not current.isValid():
            row = 0 if delta > 0 else rows - 1
        elif not self.article_view.is_row_selected(current.row()):
            row = current.row()  # focus made it current; nothing is open yet
        else:
            row = current.row() + delta
        if 0 <= row < rows:
            self.article_view.go_to_row(row)

    def page_down(self) -> None:
        if self._shown_id is None or not self.browser.page_down():
            self.step(1)

    def toggle_read(self) -> None:
        flags = self._current_summary_flags()
        if flags is not None:
            self.mark_selected(read=not flags[0])

    def toggle_star(self) -> None:
        flags = self._current_summary_flags()
        if flags is not None:
            self.mark_selected(starred=not flags[1])

    def mark_selected(self, *, read: bool | None = None, starred: bool | None = None) -> None:
        ids = self.selected_ids()
        if read is False and self._shown_id in ids:
            self._read_timer.stop()  # do not mark it read again behind the user's back
        self.library.mark(ids, read=read, starred=starred)

    def mark_all_read(self) -> None:
        self.library.mark_all_read(self._query(), then=self.article_model.reload)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not message.confirm_delete_articles(self, len(ids)):
            return
        if self._shown_id in ids:
            self._close_article()
        self.library.delete_articles(ids)

    def open_original(self) -> None:
        article = self.browser.article
        if article is not None and article.url:
            self.browser.anchorClicked.emit(QUrl(article.url))

    def _open_row_original(self, index: QModelIndex) -> None:
        """Return or a double-click on a row: the original, in the system browser."""
        url = self.article_model.data(index, URL_ROLE)
        if isinstance(url, str) and url:
            self.browser.anchorClicked.emit(QUrl(url))

    def _article_menu(self, pos: QPoint) -> None:
        if not self.article_view.indexAt(pos).isValid():
            return
        menu = menus.article_menu(self, self.actions_)
        menu.popup(self.article_view.viewport().mapToGlobal(pos))

    def _update_actions(self, *_args: object) -> None:
        has = self._shown_id is not None or self.article_view.selectionModel().hasSelection()
        for action in self.actions_.article_actions():
            action.setEnabled(has)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # -- layout and help ----------------------------------------------------

    @property
    def layout_name(self) -> str:
        return self.panes.name

    def set_layout(self, layout: str) -> None:
        self.panes.set_layout(layout)

    def set_zoom(self, percent: int) -> None:
        self.view_commands.set_zoom(percent)

    def set_appearance(self, appearance: theme.Appearance) -> None:
        self.view_commands.set_appearance(appearance)

    # -- what controllers ask of the window (WindowHost) ---------------------

    def dialog_parent(self) -> QWidget:
        return self

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def start_import(self, paths: list[str]) -> bool:
        return self.importer.start(paths)

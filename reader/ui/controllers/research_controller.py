"""The research desk in the window: tags, highlights and notes, saved searches, Info.

Reads that show the open article (its highlights, provenance, tags) are one
indexed query each on the GUI thread, like reading the article itself; every
write goes through the gateway's write thread. Highlights are drawn as the
view's extra selections, over the document and not in it, so re-rendering
(zoom, theme, images arriving) never stacks or loses them: each new layout
finds them again by quote and context (:mod:`reader.core.content.anchors`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMainWindow, QTextEdit

from reader.core.content.anchors import TextQuote, locate, select
from reader.core.library import Store
from reader.core.models import Highlight
from reader.export.annotations import COLOURS, provenance_lines
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.export_controller import suggested_folder
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs.research_dialogs import NoteDialog, TagDialog
from reader.ui.models.source_model import NodeKind
from reader.ui.views import pane_focus
from reader.ui.views.research_panels import InfoPanel, NotesPanel, fit_panels


class ResearchController(Controller):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.highlights: list[Highlight] = []
        #: the article :attr:`highlights` belong to
        self._highlights_of: int | None = None
        window = host.dialog_parent()
        self.notes_panel = NotesPanel(window)
        self.info_panel = InfoPanel(window)
        a = host.actions_
        for panel, action in ((self.notes_panel, a.show_notes), (self.info_panel, a.article_info)):
            panel.hide()
            if isinstance(window, QMainWindow):
                window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            action.toggled.connect(panel.setVisible)
            action.toggled.connect(self._share_height)
            panel.visibilityChanged.connect(action.setChecked)
        pane_focus.add_panes(
            window, self.notes_panel.view, self.info_panel.text, after=host.browser
        )
        self.notes_panel.chosen.connect(self.reveal)
        self.notes_panel.edit_requested.connect(self.edit_note)
        self.notes_panel.delete_requested.connect(self.delete_highlight)
        a.edit_tags.triggered.connect(self.edit_tags)
        a.highlight.triggered.connect(lambda: self.highlight_selection())
        a.highlight_note.triggered.connect(self.highlight_with_note)
        a.export_notes.triggered.connect(self.export_notes)
        a.save_search.triggered.connect(self.save_search)
        # Where the search is typed, a button keeps it (also View ▸ Save Search…).
        host.search_field.addAction(a.save_search, QLineEdit.ActionPosition.TrailingPosition)
        # Greyed while there is nothing to keep (a click used to answer with a dialog).
        host.search_field.textChanged.connect(
            lambda text: a.save_search.setEnabled(bool(text.strip()))
        )
        a.save_search.setEnabled(bool(host.search_field.text().strip()))
        a.rename_tag.triggered.connect(self.rename_tag)
        a.delete_tag.triggered.connect(self.delete_tag)
        a.rename_saved_search.triggered.connect(self.rename_saved_search)
        a.delete_saved_search.triggered.connect(self.delete_saved_search)
        browser = host.browser
        # A new article is read once; a re-render of it (zoom, theme, an image
        # arriving) only draws the highlights again on the new layout.
        browser.article_shown.connect(self.refresh)
        browser.rendered.connect(self._redraw)
        browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        browser.customContextMenuRequested.connect(self._browser_menu)
        browser.copyAvailable.connect(self._selection_changed)
        self._selection_changed(False)

    def _share_height(self, shown: bool) -> None:
        window = self.host.dialog_parent()
        if shown and isinstance(window, QMainWindow):
            fit_panels(window, [self.notes_panel, self.info_panel])

    @staticmethod
    def run_dialog(dialog: QDialog) -> bool:
        """Show a modal dialog; True when it was accepted (tests answer it here)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- the open article -------------------------------------------------------

    def refresh(self) -> None:
        """Draw the open article's highlights and fill the panels."""
        browser = self.host.browser
        article = browser.article
        if self._closed:
            return  # the window closed the library; a last re-render is not ours to fill
        if article is None:
            self.highlights, self._highlights_of = [], None
            browser.set_marks("highlights", [])
            self.notes_panel.show_highlights([], set())
            self.info_panel.show_info([])
            return
        library = self.host.library
        self.highlights = library.highlights(article.id)
        self._highlights_of = article.id
        found = self._draw()
        self.notes_panel.show_highlights(self.highlights, found)
        tags = library.article_tags([article.id]).get(article.id, [])
        tags = library.article_tags([article.id]).get(article.id, [])
        lines = [article.title, ""]
        lines.append(self.tr("Tags: {tags}").format(tags=", ".join(tags) or "–"))
        lines.append("")
        lines.append(self.tr("Provenance"))
        lines.extend(provenance_lines(library.provenance(article.id)))
        self.info_panel.show_info(lines)

    def _redraw(self) -> None:
        """The same article laid out again: its highlights go back on, unread."""
        article = self.host.browser.article
        if not self._closed and article is not None and article.id == self._highlights_of:
            self._draw()

    def _draw(self) -> set[int]:
        """Draw :attr:`highlights` over the view; the ids of those found in it."""
        browser = self.host.browser
        raw = browser.document().toRawText()
        selections = []
        found: set[int] = set()
        for item in self.highlights:
            span = locate(raw, _anchor(item))
            if span is None:
                continue
            found.add(item.id)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(browser.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            marked = QTextCharFormat()
            marked.setBackground(QColor(COLOURS.get(item.colour, COLOURS["yellow"])))
            marked.setForeground(QColor("#000000"))  # readable in a dark theme too
            selection.format = marked
            selections.append(selection)
        browser.set_marks("highlights", selections)
        return found

    def _selection_changed(self, has_text: bool) -> None:
        for action in (self.host.actions_.highlight, self.host.actions_.highlight_note):
            action.setEnabled(has_text)

    def _browser_menu(self, pos: QPoint) -> None:
        browser = self.host.browser
        menu = browser.createStandardContextMenu(pos)
        a = self.host.actions_
        menu.addSeparator()
        menu.addActions([a.highlight, a.highlight_note, a.show_notes, a.article_info])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(browser.viewport().mapToGlobal(pos))

    # -- highlights ---------------------------------------------------------------

    def highlight_selection(self, colour: str = "yellow", note: str | None = None) -> bool:
        """Highlight the text selected in the article view; False if there is none."""
        browser = self.host.browser
        article = browser.article
        cursor = browser.textCursor()
        if article is None or not cursor.hasSelection():
            message.info(self.tr("Select some text of the article first."))
            return False
        anchor = select(
            browser.document().toRawText(), cursor.selectionStart(), cursor.selectionEnd()
        )
        if anchor is None:
            return False
        article_id = article.id
        # The selection's own colour would hide the new highlight until a click elsewhere.
        cursor.clearSelection()
        browser.setTextCursor(cursor)
        self.host.library.write(
            lambda store: store.add_highlight(article_id, anchor, colour=colour, note=note),
            self.tr("Could not save the highlight"),
            then=lambda _id: self._refresh_if_open(article_id),
        )
        return True

    def highlight_with_note(self) -> None:
        cursor = self.host.browser.textCursor()
        if not cursor.hasSelection():
            message.info(self.tr("Select some text of the article first."))
            return
        dialog = NoteDialog(self.host.dialog_parent(), " ".join(cursor.selectedText().split()))
        if self.run_dialog(dialog):
            self.highlight_selection(dialog.chosen_colour(), dialog.note() or None)

    def edit_note(self, highlight_id: int) -> None:
        item = next((h for h in self.highlights if h.id == highlight_id), None)
        if item is None:
            return
        dialog = NoteDialog(self.host.dialog_parent(), item.quote, item.note or "", item.colour)
        if not self.run_dialog(dialog):
            return
        note = dialog.note() or None
        self.host.library.write(
            lambda store: store.set_highlight_note(highlight_id, note),
            self.tr("Could not save the note"),
            then=lambda _none: self._refresh_if_open(item.article_id),
        )

    def delete_highlight(self, highlight_id: int) -> None:
        article = self.host.browser.article
        self.host.library.write(
            lambda store: store.delete_highlight(highlight_id),
            self.tr("Could not delete the highlight"),
            then=lambda _none: self._refresh_if_open(article.id if article else None),
        )

    def reveal(self, highlight_id: int) -> None:
        """Scroll the article to a highlight and select it."""
        item = next((h for h in self.highlights if h.id == highlight_id), None)
        browser = self.host.browser
        if item is None:
            return
        span = locate(browser.document().toRawText(), _anchor(item))
        if span is None:
            return
        cursor = QTextCursor(browser.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()

    def _refresh_if_open(self, article_id: int | None) -> None:
        article = self.host.browser.article
        if article is not None and article.id == article_id:
            self.refresh()

    # -- tags ---------------------------------------------------------------------

    def edit_tags(self) -> None:
        """The tag editor for the selected articles (``t``)."""
        ids = self.host.selected_ids()
        if not ids:
            return
        library = self.host.library
        by_article = library.article_tags(ids)
        common = _common_tags([by_article.get(i, []) for i in ids])
        dialog = TagDialog(self.host.dialog_parent(), common, library.tag_names(), len(ids))
        if not self.run_dialog(dialog):
            return
        wanted = dialog.tags()
        keys = {name.casefold() for name in wanted}
        removed = [name for name in common if name.casefold() not in keys]
        library.write(
            lambda store: store.tag_articles(ids, add=wanted, remove=removed),
            self.tr("Could not change the tags"),
            then=lambda _count: self.refresh(),
        )

    def _current(self, kind: NodeKind) -> tuple[int, str] | None:
        node = self.host.source_view.current_node()
        if node is None or node.kind is not kind or node.item_id is None:
            return None
        return node.item_id, node.title

    def rename_tag(self) -> None:
        found = self._current(NodeKind.TAG)
        if found is None:
            return
        tag_id, name = found
        new = message.ask_text(
            self.host.dialog_parent(), self.tr("Rename Tag"), self.tr("New name:"), name
        )
        if new and new.strip() != name:
            self.host.library.write(
                lambda store: store.rename_tag(tag_id, new),
                self.tr("Could not rename the tag"),
                then=lambda _none: self.host.reload(),
            )

    def delete_tag(self) -> None:
        found = self._current(NodeKind.TAG)
        if found is not None:
            tag_id = found[0]
            self.host.library.write(
                lambda store: store.delete_tag(tag_id),
                self.tr("Could not delete the tag"),
                then=lambda _none: self.host.reload(),
            )

    # -- saved searches -------------------------------------------------------------

    def save_search(self) -> None:
        query = self.host.search_field.text().strip()
        if not query:
            message.info(self.tr("Type a search first, then save it."))
            return
        name = message.ask_text(
            self.host.dialog_parent(), self.tr("Save Search"), self.tr("Name:"), query
        )
        if name and name.strip():
            self.host.library.write(
                lambda store: store.save_search(name, query),
                self.tr("Could not save the search"),
            )

    def rename_saved_search(self) -> None:
        found = self._current(NodeKind.SAVED)
        if found is None:
            return
        search_id, name = found
        new = message.ask_text(
            self.host.dialog_parent(), self.tr("Rename Saved Search"), self.tr("New name:"), name
        )
        if new and new.strip() != name:
            self.host.library.write(
                lambda store: store.rename_saved_search(search_id, new),
                self.tr("Could not rename the saved search"),
            )

    def delete_saved_search(self) -> None:
        found = self._current(NodeKind.SAVED)
        if found is not None:
            search_id = found[0]
            self.host.library.write(
                lambda store: store.delete_saved_search(search_id),
                self.tr("Could not delete the saved search"),
            )

    # -- Markdown -------------------------------------------------------------------

    def export_notes(self) -> None:
        ids = self.host.selected_ids()
        if not ids:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self.host.dialog_parent(),
            self.tr("Export Notes as Markdown"),
            str(Path(suggested_folder(self.host.settings)) / "notes.md"),
            self.tr("Markdown (*.md)"),
        )
        if target:
            self.write_notes(ids, Path(target))

    def write_notes(self, ids: list[int], target: Path) -> None:
        """Write the highlights and notes of ``ids`` as Markdown, in the background."""
        from reader.core.research_text import notes_markdown

        message.keep_out_of_log(target, target.name)  # an export's file name: not in the log

        def job(store: Store) -> int:
            highlights = store.highlights_of(ids)
            articles = [store.get_article(i) for i in ids]
            target.write_text(
                notes_markdown([(a, highlights.get(a.id, [])) for a in articles]), "utf-8"
            )
            return sum(len(h) for h in highlights.values())

        def done(count: int) -> None:
            self.host.settings.export_folder = str(target.parent)  # PDF export starts there too
            self.host.status_bar().showMessage(
                self.tr("%n highlight(s) written to {path}", "", count).format(path=target), 8000
            )

        self.host.library.run_task(
            job, done, pool=self._pool, failure_text=self.tr("Could not export the notes")
        )


def _anchor(item: Highlight) -> TextQuote:
    return TextQuote(item.quote, item.prefix, item.suffix, item.position)


def _common_tags(lists: list[list[str]]) -> list[str]:
    """The tags every one of the articles has (what the editor shows for several)."""
    if not lists:
        return []
    keys = set.intersection(*({n.casefold() for n in names} for names in lists))
    return [name for name in lists[0] if name.casefold() in keys]
